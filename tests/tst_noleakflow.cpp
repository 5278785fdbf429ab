// SPDX-License-Identifier: GPL-3.0-or-later
// No secret leaves Keyscout (issue 9), over a whole session of the real program on a planted home: a scan
// with every report format, online checks, revocation and cleanup against the configured endpoint (a stand-in
// for Hugging Face on 127.0.0.1), and the list of changes. Afterwards every byte Keyscout wrote — databases,
// settings, logs, reports, the backups folder's manifest, remediation logs, temporary files, standard output
// and error — is searched for the planted secrets, and every network connection it opened (traced with
// strace) is checked: the configured endpoint and nothing else.
#include "TestSupport.h"
#include "verify/FakeHub.h"

#include <QDirIterator>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <csignal>
#include <sys/resource.h>
#include <sys/stat.h>

using namespace keyscout;

namespace {

constexpr qsizetype kLeakWindow = 10; // a mask shows 4 characters at each end: any longer run is a leak

struct Planted {
    QString where;
    QByteArray secret;
};

QString leakIn(const QByteArray& secret, const QByteArray& haystack)
{
    if (haystack.contains(secret)) {
        return QStringLiteral("the raw secret");
    }
    const QByteArray body = secret.mid(3);
    for (qsizetype i = 0; i + kLeakWindow <= body.size(); ++i) {
        if (haystack.contains(body.mid(i, kLeakWindow))) {
            return QStringLiteral("characters %1-%2 of its body").arg(i + 1).arg(i + kLeakWindow);
        }
    }
    return {};
}

uint permissionBits(const QString& path)
{
    struct stat st {};
    return ::stat(QFile::encodeName(path).constData(), &st) == 0 ? (st.st_mode & 07777U) : 0U;
}

} // namespace

class TestNoLeakFlow : public QObject {
    Q_OBJECT

    QTemporaryDir m_base;
    QString m_home;     // the planted home that is scanned and cleaned
    QString m_isolated; // HOME, XDG folders and TMPDIR of every Keyscout run
    QString m_reports;
    QString m_traces;
    QList<Planted> m_planted;
    QList<QPair<QString, QByteArray>> m_streams; // stdout and stderr of every run
    FakeHub m_hub;
    QRandomGenerator m_rng{5150};
    int m_runs = 0;

    QProcessEnvironment environment() const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const auto& [variable, folder] :
             QList<std::pair<const char*, const char*>>{{"HOME", "home"},
                                                        {"XDG_CONFIG_HOME", "config"},
                                                        {"XDG_DATA_HOME", "data"},
                                                        {"XDG_CACHE_HOME", "cache"},
                                                        {"XDG_STATE_HOME", "state"},
                                                        {"TMPDIR", "tmp"}}) {
            const QString path = QDir(m_isolated).filePath(QLatin1String(folder));
            QDir().mkpath(path);
            env.insert(QLatin1String(variable), path);
        }
        env.insert(QStringLiteral("HF_ENDPOINT"), m_hub.url().toString());
        env.remove(QStringLiteral("HF_HOME"));
        env.remove(QStringLiteral("HF_TOKEN"));
        env.remove(QStringLiteral("HF_TOKEN_PATH"));
        return env;
    }

    // Runs keyscout ARGS under strace (connections only), while this process serves the hub. Returns the exit
    // status, or -1 when it did not finish.
    int run(const QStringList& arguments)
    {
        const QString trace = QDir(m_traces).filePath(QStringLiteral("run%1.trace").arg(++m_runs));
        QProcess process;
        process.setProcessEnvironment(environment());
        process.setStandardInputFile(QProcess::nullDevice());
        QSignalSpy finished(&process, &QProcess::finished);
        process.start(QStringLiteral("strace"),
                      QStringList{QStringLiteral("-f"), QStringLiteral("-qq"), QStringLiteral("-e"),
                                  QStringLiteral("trace=connect"), QStringLiteral("-o"), trace,
                                  QStringLiteral(KEYSCOUT_BINARY)} +
                          arguments);
        if (!finished.wait(120000)) { // the event loop runs: the hub answers meanwhile
            process.kill();
            process.waitForFinished();
            return -1;
        }
        const QString label = QStringLiteral("keyscout ") + arguments.join(QLatin1Char(' '));
        m_streams.append({QStringLiteral("stdout of ") + label, process.readAllStandardOutput()});
        m_streams.append({QStringLiteral("stderr of ") + label, process.readAllStandardError()});
        return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    }

    void plant(const QString& relative, const QByteArray& before, const QByteArray& after, const char* preset)
    {
        const QByteArray token = test::hfToken(m_rng);
        QVERIFY(test::writeFile(QDir(m_home).filePath(relative), before + token + after));
        m_hub.addToken(token, FakeHub::profile(QLatin1String(preset), QStringLiteral("ada")));
        m_planted.append({relative, token});
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_base.isValid());
        QProcess probe;
        probe.start(QStringLiteral("strace"), {QStringLiteral("-qq"), QStringLiteral("-e"),
                                               QStringLiteral("trace=connect"), QStringLiteral("true")});
        QVERIFY2(probe.waitForFinished(10000) && probe.exitCode() == 0,
                 "strace is needed to see every connection (packaging/setup-deps.sh --test installs it)");
        QVERIFY2(m_hub.listen(), qPrintable(m_hub.errorString()));
        m_home = m_base.filePath(QStringLiteral("planted"));
        m_isolated = m_base.filePath(QStringLiteral("keyscout"));
        m_reports = m_base.filePath(QStringLiteral("reports"));
        m_traces = m_base.filePath(QStringLiteral("traces"));
        QVERIFY(QDir().mkpath(m_reports) && QDir().mkpath(m_traces));

        plant(QStringLiteral("project/.env"), "A=1\nHF_TOKEN=", "\nB=2\n", "write");
        plant(QStringLiteral(".bash_history"), "ls\nhuggingface-cli login --token ", "\ngit push\n", "read");
        plant(QStringLiteral("project/train.ipynb"),
              "{\"cells\": [{\"cell_type\": \"code\", \"execution_count\": 1, \"metadata\": {}, \"outputs\": "
              "[{\"name\": \"stdout\", \"output_type\": \"stream\", \"text\": [\"token ",
              "\\n\"]}], \"source\": [\"print(1)\"]}], \"metadata\": {}, \"nbformat\": 4, "
              "\"nbformat_minor\": 5}\n",
              "fineGrained");
        plant(QStringLiteral(".git-credentials"), "https://ada:", "@huggingface.co\n", "write");
        const QByteArray aws = "AKIA" + test::randomString(m_rng, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567", 16);
        QVERIFY(test::writeFile(QDir(m_home).filePath(QStringLiteral(".aws/credentials")),
                                "[default]\naws_access_key_id = " + aws + "\n"));
        m_planted.append({QStringLiteral(".aws/credentials"), aws});

        // The session: every report, checks, revocation, cleanup, the list of changes.
        for (const QString& format :
             {QStringLiteral("text"), QStringLiteral("json"), QStringLiteral("sarif"), QStringLiteral("csv"),
              QStringLiteral("html"), QStringLiteral("jsonl")}) {
            const QString out = QDir(m_reports).filePath(QStringLiteral("report.") + format);
            QCOMPARE(run({QStringLiteral("scan"), QStringLiteral("-q"), QStringLiteral("--format"), format,
                          QStringLiteral("-o"), out, m_home}),
                     1);
            QVERIFY2(QFileInfo(out).size() > 0, qPrintable(format));
        }
        QCOMPARE(run({QStringLiteral("verify"), QStringLiteral("--yes"), QStringLiteral("-q"), m_home}), 1);
        QVERIFY(m_hub.requestCount() >= 4);
        QCOMPARE(run({QStringLiteral("revoke"), QStringLiteral("--yes"), QStringLiteral("-q"), m_home}), 0);
        for (const Planted& p : std::as_const(m_planted)) {
            if (p.secret.startsWith("hf_")) {
                QVERIFY2(m_hub.isRevoked(p.secret), qPrintable(p.where));
            }
        }
        QCOMPARE(run({QStringLiteral("clean"), QStringLiteral("--yes"), QStringLiteral("-q"), m_home}), 0);
        QCOMPARE(run({QStringLiteral("changes")}), 0);
        // What remains of the planted secrets in the home is what cleanup could not reach: none here.
        for (const Planted& p : std::as_const(m_planted)) {
            if (p.secret.startsWith("hf_")) {
                QVERIFY2(leakIn(p.secret, test::readAll(QDir(m_home).filePath(p.where))).isEmpty(),
                         qPrintable(p.where));
            }
        }
    }

    // Only the configured endpoint was ever connected to: no other host, no name lookup, no telemetry.
    void onlyTheConfiguredEndpoint()
    {
        static const QRegularExpression connect(
            QStringLiteral(R"(connect\(\d+, \{sa_family=(AF_\w+)(.*?)\}, \d+\))"));
        static const QRegularExpression inet(QStringLiteral(
            R"re(sin6?_port=htons\((\d+)\).*?(?:inet_addr\("([^"]+)"\)|inet_pton\(AF_INET6, "([^"]+)"))re"));
        int toHub = 0;
        QStringList others;
        QDirIterator it(m_traces, {QStringLiteral("*.trace")}, QDir::Files);
        while (it.hasNext()) {
            QFile file(it.next());
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QString text = QString::fromUtf8(file.readAll());
            for (auto m = connect.globalMatch(text); m.hasNext();) {
                const QRegularExpressionMatch c = m.next();
                const QString family = c.captured(1);
                if (family == QLatin1String("AF_UNIX")) {
                    // Local sockets (nscd, the session bus) leave the machine no more than a file does; none
                    // is expected, but they are listed if there.
                    others << QStringLiteral("(local) ") + c.captured(0);
                    continue;
                }
                const QRegularExpressionMatch a = inet.match(c.captured(2));
                const QString address = a.captured(2).isEmpty() ? a.captured(3) : a.captured(2);
                if (a.hasMatch() && address == QLatin1String("127.0.0.1") &&
                    a.captured(1).toInt() == m_hub.port()) {
                    ++toHub;
                } else {
                    others << c.captured(0);
                }
            }
        }
        QVERIFY2(toHub >= 5, qPrintable(QString::number(toHub)));
        QStringList remote = others.filter(QRegularExpression(QStringLiteral("^(?!\\(local\\))")));
        QVERIFY2(remote.isEmpty(), qPrintable(remote.join(QLatin1Char('\n'))));
        if (!others.isEmpty()) {
            qInfo("local sockets: %s", qPrintable(others.join(QLatin1String("; "))));
        }
        // The token went in a header, never in the URL.
        const FakeHub::Request last = m_hub.lastRequest();
        for (const Planted& p : std::as_const(m_planted)) {
            QVERIFY(!last.path.contains(p.secret.mid(3, kLeakWindow)));
        }
    }

    // A crash writes no core dump: the memory it would hold has the secrets in it. The test allows core files
    // (core_pattern "core" writes them to the working folder) and kills a running keyscout with SIGSEGV.
    void aCrashWritesNoCoreDump()
    {
        rlimit old{};
        QCOMPARE(::getrlimit(RLIMIT_CORE, &old), 0);
        rlimit all = old;
        all.rlim_cur = all.rlim_max;
        ::setrlimit(RLIMIT_CORE, &all);
        auto restore = qScopeGuard([&] { ::setrlimit(RLIMIT_CORE, &old); });
        QTemporaryDir cwd;
        QProcess process;
        process.setProcessEnvironment(environment());
        process.setWorkingDirectory(cwd.path());
        process.start(QStringLiteral(KEYSCOUT_BINARY), {QStringLiteral("install-token")}); // waits for stdin
        QVERIFY(process.waitForStarted());
        const QString limits = QStringLiteral("/proc/%1/limits").arg(process.processId());
        QString coreLimit;
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                const QStringList lines = QString::fromLatin1(test::readAll(limits)).split(QLatin1Char('\n'));
                coreLimit = lines.filter(QStringLiteral("Max core file size")).value(0).simplified();
                return coreLimit.startsWith(QLatin1String("Max core file size 0 0"));
            }(),
            5000);
        ::kill(static_cast<pid_t>(process.processId()), SIGSEGV);
        QVERIFY(process.waitForFinished(10000));
#if !defined(__SANITIZE_ADDRESS__) // AddressSanitizer catches the signal, reports and exits instead
        QCOMPARE(process.exitStatus(), QProcess::CrashExit);
#endif
        const QStringList left = QDir(cwd.path()).entryList(QDir::Files | QDir::Hidden);
        QVERIFY2(left.filter(QRegularExpression(QStringLiteral("^core"))).isEmpty(),
                 qPrintable(left.join(QLatin1Char(' '))));
    }

    // Nothing Keyscout wrote holds a planted secret — except the backups themselves, which exist to put the
    // files back and are owner-only.
    void nothingWrittenHoldsASecret()
    {
        QList<QPair<QString, QByteArray>> written = m_streams;
        int backups = 0;
        for (const QString& root : {m_isolated, m_reports}) {
            QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
            while (it.hasNext()) {
                const QString path = it.next();
                if (path.endsWith(QLatin1String(".backup")) && path.contains(QLatin1String("/backups/"))) {
                    ++backups;
                    QCOMPARE(permissionBits(path), 0600U);
                    QCOMPARE(permissionBits(QFileInfo(path).absolutePath()), 0700U);
                    continue;
                }
                written.append({path, test::readAll(path)});
            }
        }
        QVERIFY2(backups >= 4, qPrintable(QString::number(backups)));
        QStringList kinds;
        for (const auto& [origin, bytes] : std::as_const(written)) {
            kinds << QFileInfo(origin).fileName();
        }
        // The run wrote what a session writes: the check cache, the manifest, a report of each kind.
        QVERIFY2(kinds.contains(QStringLiteral("checks.sqlite")), qPrintable(kinds.join(QLatin1Char(' '))));
        QVERIFY2(kinds.contains(QStringLiteral("manifest.json")), qPrintable(kinds.join(QLatin1Char(' '))));
        for (const Planted& p : std::as_const(m_planted)) {
            for (const auto& [origin, bytes] : std::as_const(written)) {
                const QString leak = leakIn(p.secret, bytes);
                QVERIFY2(leak.isEmpty(),
                         qPrintable(
                             QStringLiteral("%1 of the secret from %2 is in %3").arg(leak, p.where, origin)));
            }
        }
    }
};

QTEST_MAIN(TestNoLeakFlow)
#include "tst_noleakflow.moc"
