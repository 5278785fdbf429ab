// SPDX-License-Identifier: GPL-3.0-or-later
// A secret scanner must not become the leak: without --reveal, no byte Keyscout writes (reports, standard
// output and error, anything under HOME, the XDG folders or TMPDIR) may hold a secret it found, nor any run
// of the secret longer than its mask shows. With --reveal the secrets appear, which also proves the search
// works.
#include "TestSupport.h"
#include "rules/RuleCatalogue.h"

#include <QCryptographicHash>
#include <QDirIterator>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <sys/stat.h>

using namespace keyscout;

namespace {

// A mask shows the prefix and four characters at each end of the body: any longer run of the body is a leak.
constexpr qsizetype kLeakWindow = 10;

struct Planted {
    QString file; // relative to the scanned workstation
    QByteArray secret;
    qsizetype prefixLength;
};

// Bytes Keyscout wrote, and where they came from.
struct Written {
    QString origin;
    QByteArray bytes;
};

// Where `haystack` holds the secret, its body or any kLeakWindow-long run of its body; empty when nowhere.
QString leakIn(const Planted& planted, const QByteArray& haystack)
{
    if (haystack.contains(planted.secret)) {
        return QStringLiteral("the raw secret");
    }
    const QByteArray body = planted.secret.mid(planted.prefixLength);
    for (qsizetype i = 0; i + kLeakWindow <= body.size(); ++i) {
        if (haystack.contains(body.mid(i, kLeakWindow))) {
            return QStringLiteral("characters %1-%2 of the secret's body").arg(i + 1).arg(i + kLeakWindow);
        }
    }
    return {};
}

QList<Written> filesUnder(const QString& folder)
{
    QList<Written> out;
    QDirIterator it(folder, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile f(path);
        if (!it.fileInfo().isSymLink() && f.open(QIODevice::ReadOnly)) {
            out.append({path, f.readAll()});
        }
    }
    return out;
}

uint permissionBits(const QString& path)
{
    struct stat st {};
    return ::stat(QFile::encodeName(path).constData(), &st) == 0 ? (st.st_mode & 07777U) : 0U;
}

QString sha256Hex(const QByteArray& bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

} // namespace

class TestNoLeak : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_base;
    QString m_workstation; // what is scanned
    QString m_isolated;    // HOME, XDG_*_HOME and TMPDIR of every run
    QString m_outputs;     // every --output without --reveal
    QList<Planted> m_planted;
    QList<Written> m_streams; // stdout and stderr of every run without --reveal
    QList<Written> m_stdoutReports;

    [[nodiscard]] QProcessEnvironment environment() const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        const QList<std::pair<const char*, const char*>> folders{{"HOME", "home"},
                                                                 {"XDG_CONFIG_HOME", "config"},
                                                                 {"XDG_DATA_HOME", "data"},
                                                                 {"XDG_CACHE_HOME", "cache"},
                                                                 {"TMPDIR", "tmp"}};
        for (const auto& [variable, folder] : folders) {
            const QString path = QDir(m_isolated).filePath(QLatin1String(folder));
            QDir().mkpath(path);
            env.insert(QLatin1String(variable), path);
        }
        return env;
    }

    // Runs `keyscout scan --quiet ARGS... WORKSTATION`; returns its stdout and stderr, nothing when it
    // did not finish normally.
    [[nodiscard]] QList<Written> scan(const QStringList& arguments, int* exitCode = nullptr) const
    {
        QProcess process;
        process.setProcessEnvironment(environment());
        process.setStandardInputFile(QProcess::nullDevice());
        const QStringList all = QStringList{QStringLiteral("scan"), QStringLiteral("--quiet")} + arguments +
                                QStringList{m_workstation};
        process.start(QStringLiteral(KEYSCOUT_BINARY), all);
        if (!process.waitForFinished(60000) || process.exitStatus() != QProcess::NormalExit) {
            process.kill();
            process.waitForFinished();
            return {};
        }
        if (exitCode != nullptr) {
            *exitCode = process.exitCode();
        }
        const QString label = all.join(QLatin1Char(' '));
        return {{QStringLiteral("stdout of ") + label, process.readAllStandardOutput()},
                {QStringLiteral("stderr of ") + label, process.readAllStandardError()}};
    }

    void plant(const QString& file, const QByteArray& secret, qsizetype prefixLength,
               const QByteArray& content)
    {
        QVERIFY(test::writeFile(QDir(m_workstation).filePath(file), content));
        m_planted.append({file, secret, prefixLength});
    }

    void addPlantedRows()
    {
        QTest::addColumn<int>("index");
        for (int i = 0; i < m_planted.size(); ++i) {
            QTest::newRow(qPrintable(m_planted.at(i).file)) << i;
        }
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(RuleCatalogue::builtin().findRule(QStringLiteral("huggingface.user_token")) != nullptr,
                 "the built-in catalogue (resources/rules/*.json) has no huggingface.user_token rule");
        QVERIFY(m_base.isValid());
        m_workstation = m_base.filePath(QStringLiteral("workstation"));
        m_isolated = m_base.filePath(QStringLiteral("isolated"));
        m_outputs = m_base.filePath(QStringLiteral("reports"));
        QVERIFY(QDir().mkpath(m_outputs));

        QRandomGenerator rng(8128);
        QByteArray s = test::hfToken(rng);
        plant(QStringLiteral("projects/app/.env"), s, 3, "# local\nHF_TOKEN=" + s + "\nPORT=8080\n");
        s = test::hfToken(rng);
        // In a notebook the source is a JSON string, so the token sits between escaped quotes: \"hf_…\".
        const QByteArray cell = "    \"login(token=\\\"" + s + "\\\")\\n\"";
        plant(QStringLiteral("projects/app/train.ipynb"), s, 3,
              "{\n \"cells\": [{\"cell_type\": \"code\", \"source\": [\n" + cell +
                  "\n ]}],\n \"nbformat\": 4\n}\n");
        s = test::hfToken(rng);
        plant(QStringLiteral(".git-credentials"), s, 3, "https://user:" + s + "@huggingface.co\n");
        s = test::hfToken(rng);
        plant(QStringLiteral(".bash_history"), s, 3,
              "ls\nhuggingface-cli login --token " + s + " --add-to-git-credential\ngit push\n");
        s = test::hfToken(rng);
        plant(QStringLiteral("models/adapter.bin"), s, 3,
              QByteArray("\x89WTS\x00\x00\x00\x01", 8) + QByteArray(64, '\0') + s + QByteArray(1, '\0') +
                  test::randomString(rng, "\x01\x02\x03\x7f\xfe\xff", 256));
        s = test::githubToken(rng);
        plant(QStringLiteral(".config/gh/hosts.yml"), s, 4,
              "github.com:\n    oauth_token: " + s + "\n    user: me\n");
        s = test::awsKeyId(rng);
        plant(QStringLiteral(".aws/credentials"), s, 4,
              "[default]\naws_access_key_id = " + s + "\nregion = eu-west-1\n");

        // Every format, to standard output and to a file; the outputs are searched below.
        const QStringList formats{QStringLiteral("text"), QStringLiteral("json"), QStringLiteral("sarif")};
        for (const QString& format : formats) {
            int exitCode = -1;
            const QList<Written> toStdout =
                scan({QStringLiteral("--format"), format, QStringLiteral("--list-skipped")}, &exitCode);
            QVERIFY2(!toStdout.isEmpty() && exitCode == 1, qPrintable(format));
            m_streams += toStdout;
            m_stdoutReports += toStdout.first();
            const QString file = QDir(m_outputs).filePath(QStringLiteral("report.") + format);
            const QList<Written> toFile =
                scan({QStringLiteral("--format"), format, QStringLiteral("--output"), file});
            QVERIFY2(!toFile.isEmpty(), qPrintable(format));
            m_streams += toFile;
        }
    }

    // The search below only means something if the runs saw every secret: each report names its SHA-256.
    void everyReportFoundEverySecret_data() { addPlantedRows(); }

    void everyReportFoundEverySecret()
    {
        QFETCH(int, index);
        const QByteArray sha = sha256Hex(m_planted.at(index).secret).toLatin1();
        const QList<Written> reports = filesUnder(m_outputs);
        QCOMPARE(reports.size(), 3);
        for (const Written& w : reports + m_stdoutReports) {
            QVERIFY2(
                w.bytes.contains(sha),
                qPrintable(QStringLiteral("%1 does not report %2").arg(w.origin, m_planted.at(index).file)));
        }
    }

    void nothingKeyscoutWroteHoldsASecret_data() { addPlantedRows(); }

    void nothingKeyscoutWroteHoldsASecret()
    {
        QFETCH(int, index);
        const Planted& planted = m_planted.at(index);
        const QList<Written> everything = m_streams + filesUnder(m_outputs) + filesUnder(m_isolated);
        for (const Written& w : everything) {
            const QString leak = leakIn(planted, w.bytes);
            QVERIFY2(leak.isEmpty(),
                     qPrintable(QStringLiteral("%1 of %2 is in %3").arg(leak, planted.file, w.origin)));
        }
    }

    void revealWritesSecretsToAnOwnerOnlyFile_data()
    {
        QTest::addColumn<bool>("existingFile");
        QTest::newRow("new file") << false;
        QTest::newRow("existing world-readable file") << true;
    }

    void revealWritesSecretsToAnOwnerOnlyFile()
    {
        QFETCH(bool, existingFile);
        QTemporaryDir out;
        const QString file = out.filePath(QStringLiteral("revealed.json"));
        if (existingFile) {
            QVERIFY(test::writeFile(file, "old report\n"));
            QVERIFY(QFile::setPermissions(file, QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                                    QFileDevice::ReadGroup | QFileDevice::ReadOther));
        }
        int exitCode = -1;
        const QList<Written> streams = scan({QStringLiteral("--reveal"), QStringLiteral("--format"),
                                             QStringLiteral("json"), QStringLiteral("--output"), file},
                                            &exitCode);
        QVERIFY(!streams.isEmpty());
        QCOMPARE(exitCode, 1);
        QCOMPARE(QString::number(permissionBits(file), 8), QStringLiteral("600"));
        const QList<Written> written = filesUnder(out.path());
        QCOMPARE(written.size(), 1); // no temporary file is left beside it
        for (const Planted& planted : std::as_const(m_planted)) {
            QVERIFY2(
                leakIn(planted, written.first().bytes) == QLatin1String("the raw secret"),
                qPrintable(QStringLiteral("--reveal does not show the secret from %1").arg(planted.file)));
        }
    }

    void revealPrintsSecretsToStandardOutput()
    {
        const QList<Written> streams = scan({QStringLiteral("--reveal")});
        QVERIFY(!streams.isEmpty());
        for (const Planted& planted : std::as_const(m_planted)) {
            QVERIFY2(
                leakIn(planted, streams.first().bytes) == QLatin1String("the raw secret"),
                qPrintable(QStringLiteral("--reveal does not print the secret from %1").arg(planted.file)));
        }
    }
};

QTEST_GUILESS_MAIN(TestNoLeak)
#include "tst_noleak.moc"
