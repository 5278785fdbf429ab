// SPDX-License-Identifier: GPL-3.0-or-later
// The walk's traps: symbolic links and loops, FIFOs and sockets, unreadable files, huge files, exclusions,
// cancellation, and the file facts every finding carries.
#include "TestSupport.h"
#include "detect/Matcher.h"
#include "rules/RuleCatalogue.h"
#include "sources/FileSystemScanner.h"
#include "sources/GzipStream.h"

#include "findings/PlaceDescription.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <memory>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <thread>
#include <unistd.h>

using namespace keyscout;

namespace {

struct ScanOutcome {
    QList<Finding> findings;
    ScanProgress progress;
    QList<SkippedItem> skipped;
    QStringList rootErrors;

    [[nodiscard]] bool skippedWith(const QString& pathEnd, const QString& reasonPart) const
    {
        return std::any_of(skipped.begin(), skipped.end(), [&](const SkippedItem& s) {
            return s.path.endsWith(pathEnd) && s.reason.contains(reasonPart);
        });
    }
    [[nodiscard]] int count(const QByteArray& secret) const
    {
        return static_cast<int>(std::count_if(findings.begin(), findings.end(),
                                              [&](const Finding& f) { return f.secret == secret; }));
    }
};

} // namespace

class TestFileSystemScanner : public QObject {
    Q_OBJECT
private:
    RuleCatalogue m_catalogue = RuleCatalogue::builtin();
    std::unique_ptr<Matcher> m_matcher;
    QRandomGenerator m_rng{777};

    ScanOutcome scan(ScanOptions options)
    {
        FileSystemScanner scanner(*m_matcher, options);
        ScanOutcome out;
        scanner.run(
            [&](QList<Finding>&& batch) { out.findings += batch; }); // the sink may be called concurrently
        out.progress = scanner.progress();
        out.skipped = scanner.skippedItems();
        out.rootErrors = scanner.rootErrors();
        return out;
    }
    ScanOutcome scanDir(const QString& dir)
    {
        ScanOptions options;
        options.roots = {dir};
        options.threads = 1; // the sink above appends without a lock
        return scan(options);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_catalogue.errors().isEmpty());
        m_matcher = std::make_unique<Matcher>(m_catalogue.rules());
    }

    void findsTokensAcrossATree()
    {
        QTemporaryDir dir;
        QList<QByteArray> tokens;
        for (int i = 0; i < 50; ++i) {
            tokens << test::hfToken(m_rng);
            QVERIFY(test::writeFile(
                dir.filePath(QStringLiteral("d%1/sub%2/f%3.env").arg(i % 5).arg(i % 3).arg(i)),
                "HF_TOKEN=" + tokens.last() + "\n"));
        }
        ScanOptions options;
        options.roots = {dir.path()};
        options.threads = 4;
        FileSystemScanner scanner(*m_matcher, options);
        std::mutex mutex;
        QList<Finding> findings;
        scanner.run([&](QList<Finding>&& batch) {
            const std::lock_guard lock(mutex);
            findings += batch;
        });
        QCOMPARE(findings.size(), 50);
        QCOMPARE(scanner.progress().files, 50);
        for (const QByteArray& t : tokens) {
            QVERIFY(std::any_of(findings.begin(), findings.end(),
                                [&](const Finding& f) { return f.secret == t; }));
        }
    }

    void symlinksAreNotFollowedByDefault()
    {
        QTemporaryDir outside;
        QTemporaryDir dir;
        const QByteArray token = test::hfToken(m_rng);
        QVERIFY(test::writeFile(outside.filePath(QStringLiteral("secret.env")), "T=" + token));
        QVERIFY(QFile::link(outside.path(), dir.filePath(QStringLiteral("out-dir"))));
        QVERIFY(QFile::link(outside.filePath(QStringLiteral("secret.env")),
                            dir.filePath(QStringLiteral("out-file"))));
        const ScanOutcome r = scanDir(dir.path());
        QCOMPARE(r.count(token), 0);
        QVERIFY(r.skippedWith(QStringLiteral("/out-dir"), QStringLiteral("symbolic link")));
        QVERIFY(r.skippedWith(QStringLiteral("/out-file"), QStringLiteral("symbolic link")));
    }

    void symlinkLoopEndsWhenFollowing()
    {
        QTemporaryDir dir;
        const QByteArray token = test::hfToken(m_rng);
        QVERIFY(test::writeFile(dir.filePath(QStringLiteral("a/b/t.env")), "T=" + token));
        QVERIFY(QFile::link(dir.filePath(QStringLiteral("a")), dir.filePath(QStringLiteral("a/b/loop"))));
        QVERIFY(QFile::link(dir.path(), dir.filePath(QStringLiteral("a/up"))));
        ScanOptions options;
        options.roots = {dir.path()};
        options.followSymlinks = true;
        options.threads = 1;
        const ScanOutcome r = scan(options);
        QCOMPARE(r.count(token), 1);
        QVERIFY(r.skippedWith(QStringLiteral("/loop"), QStringLiteral("already scanned")));
    }

    void fifosAndSocketsAreNeverOpened()
    {
        QTemporaryDir dir;
        const QByteArray token = test::hfToken(m_rng);
        QVERIFY(test::writeFile(dir.filePath(QStringLiteral("ok.env")), "T=" + token));
        const QByteArray fifo = QFile::encodeName(dir.filePath(QStringLiteral("pipe")));
        QCOMPARE(mkfifo(fifo.constData(), 0644), 0);
        // A socket bound to a path: opening it would fail, listing it must not try.
        const int fd = socket(AF_UNIX, SOCK_STREAM, 0);
        sockaddr_un addr{};
        addr.sun_family = AF_UNIX;
        const QByteArray sock = QFile::encodeName(dir.filePath(QStringLiteral("sock")));
        QVERIFY(sock.size() < static_cast<qsizetype>(sizeof(addr.sun_path)));
        std::memcpy(addr.sun_path, sock.constData(), static_cast<size_t>(sock.size()));
        QCOMPARE(bind(fd, reinterpret_cast<sockaddr*>(&addr), sizeof(addr)), 0);
        QElapsedTimer timer;
        timer.start();
        const ScanOutcome r = scanDir(dir.path()); // with nobody writing to the FIFO, opening it would hang
        ::close(fd);
        QVERIFY(timer.elapsed() < 20000);
        QCOMPARE(r.count(token), 1);
        QVERIFY(r.skippedWith(QStringLiteral("/pipe"), QStringLiteral("FIFO")));
        QVERIFY(r.skippedWith(QStringLiteral("/sock"), QStringLiteral("socket")));
    }

    void unreadableItemsAreCountedAndTheScanGoesOn()
    {
        if (geteuid() == 0) {
            QSKIP("root can read every file; ctest runs this test again as 'nobody' "
                  "(tst_filesystemscanner_unprivileged)");
        }
        QTemporaryDir dir;
        const QByteArray token = test::hfToken(m_rng);
        QVERIFY(test::writeFile(dir.filePath(QStringLiteral("readable.env")), "T=" + token));
        QVERIFY(test::writeFile(dir.filePath(QStringLiteral("locked.env")), "T=" + test::hfToken(m_rng)));
        QVERIFY(
            test::writeFile(dir.filePath(QStringLiteral("closed/inner.env")), "T=" + test::hfToken(m_rng)));
        QVERIFY(
            QFile::setPermissions(dir.filePath(QStringLiteral("locked.env")), QFileDevice::Permissions()));
        QVERIFY(QFile::setPermissions(dir.filePath(QStringLiteral("closed")), QFileDevice::Permissions()));
        const ScanOutcome r = scanDir(dir.path());
        QFile::setPermissions(dir.filePath(QStringLiteral("closed")),
                              QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        QCOMPARE(r.findings.size(), 1);
        QCOMPARE(r.count(token), 1);
        QCOMPARE(r.progress.failed, 2);
        QVERIFY(r.skippedWith(QStringLiteral("/locked.env"), QStringLiteral("permission denied")));
        QVERIFY(r.skippedWith(QStringLiteral("/closed"), QStringLiteral("permission denied")));
    }

    void hugeFilesAreSkippedWithReason()
    {
        QTemporaryDir dir;
        const QString big = dir.filePath(QStringLiteral("weights.bin"));
        QFile f(big);
        QVERIFY(f.open(QIODevice::WriteOnly));
        QVERIFY(f.resize(qint64(10) << 30)); // 10 GiB, sparse: costs no disk
        f.close();
        const QByteArray token = test::hfToken(m_rng);
        QVERIFY(test::writeFile(dir.filePath(QStringLiteral("small.env")), "T=" + token));
        QElapsedTimer timer;
        timer.start();
        const ScanOutcome r = scanDir(dir.path());
        QVERIFY(timer.elapsed() < 20000);
        QCOMPARE(r.count(token), 1);
        QVERIFY(r.skippedWith(QStringLiteral("/weights.bin"), QStringLiteral("size limit")));
        QCOMPARE(r.progress.bytes, qint64(2 + token.size()));
    }

    void defaultExclusionsAndOverrides()
    {
        QTemporaryDir dir;
        const QByteArray inModules = test::hfToken(m_rng);
        const QByteArray inVenv = test::hfToken(m_rng);
        const QByteArray inStore = test::hfToken(m_rng);
        QVERIFY(test::writeFile(dir.filePath(QStringLiteral("app/node_modules/pkg/index.js")),
                                "k='" + inModules + "'"));
        QVERIFY(test::writeFile(dir.filePath(QStringLiteral(".venv/lib/python3.11/site-packages/x/c.py")),
                                "k='" + inVenv + "'"));
        QVERIFY(test::writeFile(dir.filePath(QStringLiteral(".cache/huggingface/token")), inStore + "\n"));

        ScanOutcome r = scanDir(dir.path());
        QCOMPARE(r.count(inModules), 0);
        QCOMPARE(r.count(inVenv), 0);
        QCOMPARE(r.count(inStore), 1); // the token store is never excluded
        QVERIFY(
            r.skippedWith(QStringLiteral("/node_modules"), QStringLiteral("excluded by **/node_modules")));

        ScanOptions options;
        options.roots = {dir.path()};
        options.threads = 1;
        options.defaultExcludes = false;
        r = scan(options);
        QCOMPARE(r.count(inModules), 1);
        QCOMPARE(r.count(inVenv), 1);

        options.excludeGlobs = {QStringLiteral("*.js")};
        options.includeGlobs = {QStringLiteral("**/*.js"), QStringLiteral("**/*.py")};
        r = scan(options);
        QCOMPARE(r.count(inModules), 0);
        QCOMPARE(r.count(inVenv), 1);
        QCOMPARE(r.count(inStore), 0); // not matched by --include
    }

    void fileFactsAreRecorded()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("token"));
        const QByteArray token = test::hfToken(m_rng);
        QVERIFY(test::writeFile(path, token));
        QVERIFY(QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                                QFileDevice::ReadGroup | QFileDevice::ReadOther));
        ScanOutcome r = scanDir(dir.path());
        QCOMPARE(r.findings.size(), 1);
        const Finding& f = r.findings.first();
        QCOMPARE(f.file.mode, 0644U);
        QCOMPARE(f.file.size, token.size());
        QCOMPARE(f.file.uid, static_cast<uint>(geteuid()));
        QVERIFY(!f.file.owner.isEmpty());
        QVERIFY(f.file.mtime > 1600000000);
        QVERIFY(f.notes.join(QString()).contains(QLatin1String("readable by every user")));

        QVERIFY(QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner));
        r = scanDir(dir.path());
        QCOMPARE(r.findings.first().file.mode, 0600U);
        QVERIFY(r.findings.first().notes.isEmpty());
    }

    void missingRootIsAnErrorAndOthersAreScanned()
    {
        QTemporaryDir dir;
        const QByteArray token = test::hfToken(m_rng);
        QVERIFY(test::writeFile(dir.filePath(QStringLiteral("a.env")), "T=" + token));
        ScanOptions options;
        options.roots = {dir.filePath(QStringLiteral("does-not-exist")), dir.path(),
                         dir.filePath(QStringLiteral("a.env"))};
        options.threads = 1;
        const ScanOutcome r = scan(options);
        QCOMPARE(r.rootErrors.size(), 1);
        QVERIFY(r.rootErrors.first().contains(QLatin1String("does-not-exist")));
        QVERIFY(r.count(token) >= 1);
    }

    void namesThatAreNotUtf8()
    {
        QTemporaryDir dir;
        const QByteArray token = test::hfToken(m_rng);
        const QByteArray name = QFile::encodeName(dir.path()) + "/caf\xE9\nname.env";
        FILE* f = std::fopen(name.constData(), "w");
        QVERIFY(f != nullptr);
        std::fputs(QByteArray("T=" + token).constData(), f);
        std::fclose(f);
        const ScanOutcome r = scanDir(dir.path());
        QCOMPARE(r.count(token), 1);
    }

    // A token exported in a shell lives on in every program started from it: running processes' environments
    // and command lines are read (when asked), and inherited copies are one finding with the others named.
    void runningProcessesAreRead()
    {
        // Fresh tokens: a process left over from an earlier run must not count as one of these.
        QRandomGenerator rng = QRandomGenerator::securelySeeded();
        const QByteArray envToken = test::hfToken(rng);
        const QByteArray argToken = test::hfToken(rng);
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("HF_TOKEN"), QString::fromLatin1(envToken));
        QList<std::shared_ptr<QProcess>> children;
        for (int i = 0; i < 4; ++i) {
            auto child = std::make_shared<QProcess>();
            if (i < 3) {
                // Three programs with the token in their environment (exec: one process each).
                child->setProcessEnvironment(env);
                child->start(QStringLiteral("sh"), {QStringLiteral("-c"), QStringLiteral("exec sleep 30")});
            } else {
                // One with the token on its command line ($1 of the shell).
                child->start(QStringLiteral("sh"),
                             {QStringLiteral("-c"), QStringLiteral("sleep 30; echo $1"), QStringLiteral("sh"),
                              QStringLiteral("--token=") + QString::fromLatin1(argToken)});
            }
            QVERIFY(child->waitForStarted());
            children << child;
        }
        QTest::qWait(200); // let the shells exec
        QTemporaryDir dir;
        ScanOptions options;
        options.roots = {dir.path()};
        options.threads = 1;

        ScanOutcome without = scan(options);
        QVERIFY(std::none_of(without.findings.begin(), without.findings.end(),
                             [&](const Finding& f) { return f.secret == envToken; }));

        options.processes = true;
        const ScanOutcome with = scan(options);
        const qint64 firstPid = children.first()->processId();
        for (auto& child : children) {
            child->kill();
            child->waitForFinished();
        }
        QVERIFY(with.progress.processes >= 3);
        QList<Finding> envFindings;
        QList<Finding> argFindings;
        for (const Finding& f : with.findings) {
            if (f.secret == envToken) {
                envFindings << f;
            } else if (f.secret == argToken) {
                argFindings << f;
            }
        }
        QCOMPARE(envFindings.size(), 1); // inherited copies are one finding…
        const Finding& e = envFindings.first();
        QCOMPARE(e.place.kind, SourceKind::Process);
        QCOMPARE(e.place.name, QStringLiteral("HF_TOKEN"));
        QCOMPARE(e.place.entry, firstPid); // the oldest
        QCOMPARE(e.place.command, QStringLiteral("sleep 30"));
        QCOMPARE(exposureOf(e), Exposure::LiveProcess);
        QCOMPARE(e.context, QStringList{QStringLiteral("HF_TOKEN=") + e.masked}); // and no other variable
        QVERIFY2(e.notes.join(QLatin1Char(' ')).contains(QLatin1String("also in 2 other running process")),
                 qPrintable(e.notes.join(QLatin1Char(' '))));
        QCOMPARE(describePlace(e),
                 QStringLiteral("Running process sleep (pid %1), variable HF_TOKEN").arg(e.place.entry));

        QCOMPARE(argFindings.size(), 1);
        QVERIFY(argFindings.first().place.command.endsWith(QStringLiteral("--token=") +
                                                           argFindings.first().masked));
        QCOMPARE(argFindings.first().place.name, QStringLiteral("command line"));
        QVERIFY2(argFindings.first().context.first().endsWith(
                     QStringLiteral("sh -c sleep 30; echo $1 sh --token=%1").arg(argFindings.first().masked)),
                 qPrintable(argFindings.first().context.first()));
    }

    // gzip files are read decompressed, as a stream: a token deep in a rotated log is found at its line in
    // the decompressed text; a truncated stream is read up to the cut; a decompression bomb stops at the
    // limit.
    void gzipFilesAreReadDecompressed()
    {
        QTemporaryDir dir;
        const QByteArray deep = test::hfToken(m_rng);
        const QByteArray second = test::hfToken(m_rng);
        QByteArray log;
        for (int i = 0; i < 200000; ++i) {
            log += "2026-11-28 INFO step " + QByteArray::number(i) + " loss 0.123 lr 3e-4\n";
        }
        const qint64 deepOffset = log.size() + 9;
        log += "HF_TOKEN=" + deep + "\n";
        auto gzip = [&dir](const QString& name, const QByteArray& content) {
            QProcess p;
            QDir().mkpath(QFileInfo(dir.filePath(name)).absolutePath());
            p.setStandardOutputFile(dir.filePath(name));
            p.start(QStringLiteral("gzip"), {QStringLiteral("-c")});
            p.write(content);
            p.closeWriteChannel();
            return p.waitForFinished() && p.exitCode() == 0;
        };
        QVERIFY(gzip(QStringLiteral("train.log.gz"), log));
        // Two members, as `cat a.gz b.gz` makes.
        QVERIFY(gzip(QStringLiteral("a.part"), "first part\n"));
        QVERIFY(gzip(QStringLiteral("b.part"), "export HF_TOKEN=" + second + "\n"));
        QFile a(dir.filePath(QStringLiteral("a.part")));
        QFile b(dir.filePath(QStringLiteral("b.part")));
        QVERIFY(a.open(QIODevice::ReadOnly) && b.open(QIODevice::ReadOnly));
        QVERIFY(test::writeFile(dir.filePath(QStringLiteral("history.gz")), a.readAll() + b.readAll()));
        QFile::remove(a.fileName());
        QFile::remove(b.fileName());
        // Truncated: half of the big log.
        QFile full(dir.filePath(QStringLiteral("train.log.gz")));
        QVERIFY(full.open(QIODevice::ReadOnly));
        const QByteArray compressed = full.readAll();
        QVERIFY(test::writeFile(dir.filePath(QStringLiteral("cut/train.log.gz")),
                                compressed.left(compressed.size() / 2)));
        // A bomb: 300 MB of zeros, then a token the scan must not reach.
        QVERIFY(gzip(QStringLiteral("bomb/zeros.gz"),
                     QByteArray(300 << 20, '\0') + "HF_TOKEN=" + test::hfToken(m_rng)));

        const ScanOutcome out = scanDir(dir.path());
        const auto deepHits = std::count_if(out.findings.begin(), out.findings.end(),
                                            [&](const Finding& f) { return f.secret == deep; });
        QCOMPARE(deepHits, 1); // in train.log.gz only: the cut copy ends before it
        const auto it = std::find_if(out.findings.begin(), out.findings.end(),
                                     [&](const Finding& f) { return f.secret == deep; });
        QCOMPARE(it->line, 200001);
        QCOMPARE(it->offset, deepOffset);
        QCOMPARE(it->column, 10);
        QVERIFY(it->notes.join(QLatin1Char(' ')).contains(QLatin1String("gzip")));
        QVERIFY(std::any_of(out.findings.begin(), out.findings.end(),
                            [&](const Finding& f) { return f.secret == second && f.line == 2; }));
        QCOMPARE(out.findings.size(), 2);
        FileSystemScanner scanner(*m_matcher, [&] {
            ScanOptions o;
            o.roots = {dir.path()};
            o.threads = 1;
            return o;
        }());
        scanner.run([](QList<Finding>&&) {});
        const QList<SkippedItem> notices = scanner.notices();
        QCOMPARE(notices.size(), 2);
        for (const SkippedItem& n : notices) {
            if (n.path.contains(QLatin1String("/cut/"))) {
                QVERIFY2(n.reason.contains(QLatin1String("truncated")), qPrintable(n.reason));
            } else {
                QVERIFY(n.path.contains(QLatin1String("/bomb/")));
                QVERIFY2(n.reason.contains(QLatin1String("decompression bomb")), qPrintable(n.reason));
            }
        }
    }

    // Found by fuzzing (tests/fuzz): the decompression limit held for every piece but one, the piece that
    // inflated just before damage (here a wrong CRC-32 in the trailer), which was handed on whole, past it.
    void gzipLimitHoldsWhenTheStreamIsDamaged()
    {
        std::string gz = gzipCompress(std::string(100000, 'a'));
        gz[gz.size() - 8] = static_cast<char>(gz[gz.size() - 8] ^ 0x55);
        size_t at = 0;
        qint64 received = 0;
        const GzipResult result = inflateGzip(
            [&](char* out, size_t capacity) {
                const size_t n = std::min(capacity, gz.size() - at);
                std::copy_n(gz.data() + at, n, out);
                at += n;
                return static_cast<qint64>(n);
            },
            [&](std::string_view piece) {
                received += static_cast<qint64>(piece.size());
                return true;
            },
            1000);
        QVERIFY2(result.error.contains(QLatin1String("corrupt")), qPrintable(result.error));
        QCOMPARE(received, 1000);
        QCOMPARE(result.decompressed, 1000);
    }

    void cancelStopsQuickly()
    {
        QTemporaryDir dir;
        // Dense keyword hits (worst case for the matcher) make each file take a while.
        const QByteArray block = QByteArray("HF_TOKEN=hf_short export API_KEY=none\n").repeated(28000);
        for (int i = 0; i < 40; ++i) {
            QVERIFY(test::writeFile(dir.filePath(QStringLiteral("f%1/data.txt").arg(i)), block.repeated(4)));
        }
        ScanOptions options;
        options.roots = {dir.path()};
        FileSystemScanner scanner(*m_matcher, options);
        std::thread worker([&] { scanner.run([](QList<Finding>&&) {}); });
        QTRY_VERIFY_WITH_TIMEOUT(scanner.progress().files > 0 || scanner.progress().bytes > 0, 10000);
        QElapsedTimer timer;
        timer.start();
        scanner.cancel();
        worker.join();
        QVERIFY2(timer.elapsed() < 1000, qPrintable(QString::number(timer.elapsed())));
        QVERIFY(scanner.isCancelled());
        QVERIFY(scanner.progress().files < 40);
    }
};

QTEST_GUILESS_MAIN(TestFileSystemScanner)
#include "tst_filesystemscanner.moc"
