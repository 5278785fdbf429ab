// SPDX-License-Identifier: GPL-3.0-or-later
// Model scan benchmark (tests/bench/README.md): generates a folder of large PyTorch-style zip archives
// (hundreds of MB of tensor entries, one small data.pkl each) and times ModelScanner over it against reading
// every byte of the same files, in the same run. Prints a table and one BENCH_JSON line; never fails on a
// timing.
//
//     bench_models [--dir DIR] [--files N] [--megabytes M] [--entries E] [--runs R] [--keep]
#include "../ModelFixtures.h"
#include "artifacts/ModelScanner.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTextStream>
#include <algorithm>
#include <vector>

using namespace keyscout;

namespace {

// One archive of `entries` tensor entries of `entryBytes` each, plus data.pkl, byteorder and version.
bool writeArchive(const QString& path, int entries, qint64 entryBytes, quint32 seed)
{
    QRandomGenerator rng(seed);
    QByteArray tensor(entryBytes, Qt::Uninitialized);
    QList<test::ZipMember> members{{"archive/data.pkl", test::cleanStateDictPickle(), false, {}},
                                   {"archive/byteorder", "little", false, {}}};
    for (int i = 0; i < entries; ++i) {
        rng.fillRange(reinterpret_cast<quint32*>(tensor.data()), tensor.size() / 4);
        members.append({"archive/data/" + QByteArray::number(i), tensor, false, {}});
    }
    members.append({"archive/version", "3\n", false, {}});
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(test::zipBytes(members)) > 0;
}

// What a scanner that reads whole files costs: every byte, in 1 MiB reads.
qint64 readEverything(const QStringList& files)
{
    std::vector<char> buffer(size_t(1) << 20);
    qint64 total = 0;
    for (const QString& path : files) {
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly | QIODevice::Unbuffered)) {
            continue;
        }
        qint64 n = 0;
        while ((n = f.read(buffer.data(), qint64(buffer.size()))) > 0) {
            total += n;
        }
    }
    return total;
}

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v.empty() ? 0 : v[v.size() / 2];
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QString dir;
    int files = 8;
    qint64 megabytes = 400;
    int entries = 40;
    int runs = 3;
    bool keep = false;
    const QStringList args = QCoreApplication::arguments().mid(1);
    QTextStream out(stdout);
    QTextStream err(stderr);
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString& a = args.at(i);
        const bool hasValue = i + 1 < args.size();
        if (a == QLatin1String("--dir") && hasValue) {
            dir = args.at(++i);
        } else if (a == QLatin1String("--files") && hasValue) {
            files = args.at(++i).toInt();
        } else if (a == QLatin1String("--megabytes") && hasValue) {
            megabytes = args.at(++i).toLongLong();
        } else if (a == QLatin1String("--entries") && hasValue) {
            entries = args.at(++i).toInt();
        } else if (a == QLatin1String("--runs") && hasValue) {
            runs = args.at(++i).toInt();
        } else if (a == QLatin1String("--keep")) {
            keep = true;
        } else {
            err << "usage: bench_models [--dir DIR] [--files N] [--megabytes M] [--entries E] [--runs R] "
                   "[--keep]\n";
            return 2;
        }
    }
    if (files < 1 || megabytes < 1 || entries < 1 || runs < 1) {
        err << "bench_models: --files, --megabytes, --entries and --runs must be positive\n";
        return 2;
    }
    QTemporaryDir scratch;
    scratch.setAutoRemove(!keep);
    const bool generate = dir.isEmpty();
    if (generate) {
        dir = scratch.path();
        const qint64 entryBytes = std::max<qint64>(4, (megabytes * 1'000'000 / files / entries) & ~qint64(3));
        QElapsedTimer t;
        t.start();
        for (int i = 0; i < files; ++i) {
            const QString path =
                QStringLiteral("%1/models--bench--m%2/snapshots/0000/pytorch_model.bin").arg(dir).arg(i);
            QDir().mkpath(QFileInfo(path).absolutePath());
            if (!writeArchive(path, entries, entryBytes, quint32(i + 1))) {
                err << "bench_models: cannot write " << path << "\n";
                return 1;
            }
        }
        err << "generated " << files << " archives in " << t.elapsed() << " ms under " << dir << "\n";
    }

    // One warm-up pass of each loads the page cache; then the two take turns.
    const ModelScanner scanner;
    QList<ModelVerdict> verdicts = scanner.scanPaths({dir});
    QStringList paths;
    qint64 totalBytes = 0;
    for (const ModelVerdict& v : verdicts) {
        paths << v.path;
        totalBytes += v.size;
    }
    readEverything(paths);
    std::vector<double> scanMs;
    std::vector<double> readMs;
    qint64 bytesRead = 0;
    int clean = 0;
    for (int r = 0; r < runs; ++r) {
        QElapsedTimer t;
        t.start();
        verdicts = scanner.scanPaths({dir});
        scanMs.push_back(double(t.nsecsElapsed()) / 1e6);
        t.restart();
        readEverything(paths);
        readMs.push_back(double(t.nsecsElapsed()) / 1e6);
    }
    for (const ModelVerdict& v : verdicts) {
        bytesRead += v.bytesRead;
        clean += v.verdict == ModelVerdictKind::Clean ? 1 : 0;
    }
    const double scan = median(scanMs);
    const double read = median(readMs);
    const double mb = double(totalBytes) / 1e6;
    out << QStringLiteral("files %1 (clean %2), %3 MB, %4 entries each\n")
               .arg(verdicts.size())
               .arg(clean)
               .arg(mb, 0, 'f', 1)
               .arg(entries + 3);
    out << QStringLiteral("model scan   median %1 ms  %2 MB/s  read %3 bytes (%4 of the total)\n")
               .arg(scan, 0, 'f', 2)
               .arg(mb / (scan / 1000), 0, 'f', 0)
               .arg(bytesRead)
               .arg(double(bytesRead) / double(std::max<qint64>(totalBytes, 1)), 0, 'g', 3);
    out << QStringLiteral("read it all  median %1 ms  %2 MB/s\n")
               .arg(read, 0, 'f', 2)
               .arg(mb / (read / 1000), 0, 'f', 0);
    out << QStringLiteral("scan time / read-all time: %1\n").arg(scan / read, 0, 'f', 4);
    const QJsonObject json{
        {QStringLiteral("files"), int(verdicts.size())},
        {QStringLiteral("clean"), clean},
        {QStringLiteral("total_bytes"), totalBytes},
        {QStringLiteral("bytes_read"), bytesRead},
        {QStringLiteral("read_fraction"), double(bytesRead) / double(std::max<qint64>(totalBytes, 1))},
        {QStringLiteral("scan_ms"), scan},
        {QStringLiteral("read_all_ms"), read},
        {QStringLiteral("scan_mb_per_s"), mb / (scan / 1000)},
        {QStringLiteral("read_all_mb_per_s"), mb / (read / 1000)},
        {QStringLiteral("ratio"), scan / read}};
    out << "BENCH_JSON " << QJsonDocument(json).toJson(QJsonDocument::Compact) << "\n";
    return clean == int(verdicts.size()) && !verdicts.isEmpty() ? 0 : 1;
}
