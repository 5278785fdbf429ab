// SPDX-License-Identifier: GPL-3.0-or-later
// The responder's evidence from its parts: the scanned system read from a planted copy (host name, users and
// groups, homes from home/*, root/ and etc/passwd, symbolic links out of it refused), each file hashed as it
// is now with a change since the scan said, and the timeline of when each secret appeared, oldest first.
#include "TestSupport.h"
#include "report/EvidenceCollector.h"
#include "sources/ScannedSystem.h"

#include <QCryptographicHash>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <sys/stat.h>
#include <unistd.h>

using namespace keyscout;

namespace {

QString sha256Hex(const QByteArray& bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

FileFacts factsOf(const QString& path)
{
    struct stat st {};
    FileFacts facts;
    if (::stat(QFile::encodeName(path).constData(), &st) == 0) {
        facts.size = st.st_size;
        facts.mtime = st.st_mtim.tv_sec;
        facts.mode = st.st_mode & 07777;
        facts.uid = st.st_uid;
    }
    return facts;
}

Finding finding(const QByteArray& secret, SourceKind kind, const QString& path, qint64 mtime)
{
    Finding f;
    f.secret = secret;
    f.secretSha256 = sha256Hex(secret);
    f.masked = QString::fromLatin1(secret.left(4)) + QChar(0x2026);
    f.path = path;
    f.place.kind = kind;
    f.file.mtime = mtime;
    return f;
}

} // namespace

class TestEvidenceCollector : public QObject {
    Q_OBJECT
private:
    QRandomGenerator m_rng{4711};

    // A copy of a machine: etc files, home/alice, home/dave (in no etc/passwd), root/, carol's home
    // elsewhere.
    static QString plantSystem(const QTemporaryDir& dir)
    {
        const QString root = dir.filePath(QStringLiteral("image"));
        const uint uid = ::getuid();
        test::writeFile(root + QStringLiteral("/etc/hostname"), "web-01\n# comment\n");
        test::writeFile(root + QStringLiteral("/etc/passwd"),
                        QStringLiteral("toor:x:0:0:root:/root:/bin/bash\n"
                                       "daemon:x:1:1:daemon:/usr/sbin:/usr/sbin/nologin\n"
                                       "alice:x:%1:%1:Alice:/home/alice:/bin/bash\n"
                                       "carol:x:4444:4444:Carol:/data/carol:/bin/zsh\n"
                                       "ghost:x:4445:4445::/home/ghost:/bin/sh\n"
                                       "nobody:x:65534:65534::/nonexistent:/usr/sbin/nologin\n")
                            .arg(uid == 0 ? 4242 : uid)
                            .toUtf8());
        test::writeFile(root + QStringLiteral("/etc/group"), "toor:x:0:\nstaff:x:4444:\n");
        for (const char* folder : {"/home/alice", "/home/dave", "/root", "/data/carol", "/usr/sbin"}) {
            QDir().mkpath(root + QLatin1String(folder));
        }
        return QFileInfo(root).canonicalFilePath();
    }

private slots:
    void systemRootHomesAndNames()
    {
        QTemporaryDir dir;
        const QString root = plantSystem(dir);
        QString error;
        const ScannedSystem system = ScannedSystem::read(root, &error);
        QVERIFY2(system.isValid(), qPrintable(error));
        QVERIFY(system.isFilesystemRoot());
        QCOMPARE(system.hostName(), QStringLiteral("web-01"));
        // daemon's /usr/sbin is not a person's home; ghost's does not exist.
        QCOMPARE(system.homes(),
                 (QStringList{root + QStringLiteral("/data/carol"), root + QStringLiteral("/home/alice"),
                              root + QStringLiteral("/home/dave"), root + QStringLiteral("/root")}));
        QVERIFY(system.hasUserTable());
        QCOMPARE(system.userName(0), QStringLiteral("toor"));
        QCOMPARE(system.userName(4444), QStringLiteral("carol"));
        QCOMPARE(system.userName(777777), QStringLiteral("777777")); // unknown there: a number, never ours
        QCOMPARE(system.groupName(4444), QStringLiteral("staff"));
        QCOMPARE(system.groupName(777777), QStringLiteral("777777"));
        QCOMPARE(system.homesIn({root + QStringLiteral("/home/alice/projects")}),
                 QStringList{root + QStringLiteral("/home/alice")});
        QCOMPARE(system.homesIn({root + QStringLiteral("/home")}).size(), 2);

        QVERIFY(system.resolveUnder(root + QStringLiteral("/home/alice"), &error).has_value());
        QVERIFY(!system.resolveUnder(dir.path(), &error).has_value());
        QVERIFY(error.contains(QLatin1String("not under the scanned root")));
        QVERIFY(system.contains(root + QStringLiteral("/home/alice/new/report.json")));
        QVERIFY(!system.contains(dir.filePath(QStringLiteral("report.json"))));
    }

    // An image can point etc/passwd or a home anywhere on the responder's machine: never followed.
    void symbolicLinksOutOfTheRootAreNotFollowed()
    {
        QTemporaryDir dir;
        const QString root = dir.filePath(QStringLiteral("image"));
        const QString outside = dir.filePath(QStringLiteral("responder"));
        QVERIFY(test::writeFile(outside + QStringLiteral("/passwd"), "mallory:x:0:0::/root:/bin/sh\n"));
        QVERIFY(test::writeFile(outside + QStringLiteral("/hostname"), "responder-laptop\n"));
        QVERIFY(QDir().mkpath(root + QStringLiteral("/etc")));
        QVERIFY(QDir().mkpath(root + QStringLiteral("/home/alice")));
        QVERIFY(QFile::link(outside + QStringLiteral("/passwd"), root + QStringLiteral("/etc/passwd")));
        QVERIFY(QFile::link(outside + QStringLiteral("/hostname"), root + QStringLiteral("/etc/hostname")));
        QVERIFY(QFile::link(outside, root + QStringLiteral("/home/linked")));
        QString error;
        const ScannedSystem system = ScannedSystem::read(root, &error);
        QVERIFY(system.isValid());
        QVERIFY(!system.hasUserTable());
        QCOMPARE(system.hostName(), QString());
        QCOMPARE(system.homes(),
                 QStringList{QFileInfo(root).canonicalFilePath() + QStringLiteral("/home/alice")});
    }

    void oneHomeFolder()
    {
        QTemporaryDir dir;
        QVERIFY(test::writeFile(dir.filePath(QStringLiteral(".env")), "A=1\n"));
        QVERIFY(QDir().mkpath(dir.filePath(QStringLiteral("etc")))); // dotfiles, not a system's etc
        QString error;
        const ScannedSystem system = ScannedSystem::read(dir.path(), &error);
        QVERIFY(system.isValid());
        QVERIFY(!system.isFilesystemRoot());
        QCOMPARE(system.homes(), QStringList{QFileInfo(dir.path()).canonicalFilePath()});

        QVERIFY(!ScannedSystem::read(dir.filePath(QStringLiteral(".env")), &error).isValid());
        QVERIFY(error.contains(QLatin1String("not a folder")));
        QVERIFY(!ScannedSystem::read(dir.filePath(QStringLiteral("missing")), &error).isValid());
    }

    // Each home's own Hugging Face store and hub cache, whatever this machine's environment says.
    void scanOptionsReadEachPersonsOwnStore()
    {
        QTemporaryDir dir;
        const QString root = plantSystem(dir);
        qputenv("HF_HOME", dir.filePath(QStringLiteral("responder-hf")).toUtf8());
        qputenv("HF_TOKEN_PATH", dir.filePath(QStringLiteral("responder-token")).toUtf8());
        QString error;
        const ScanOptions options = ScannedSystem::read(root, &error).scanOptions();
        qunsetenv("HF_HOME");
        qunsetenv("HF_TOKEN_PATH");
        QCOMPARE(options.roots.size(), 4);
        QCOMPARE(options.responderRoot, root);
        QVERIFY(!options.processes);
        QVERIFY(options.ownerNames.has_value());
        QVERIFY(
            options.tokenStorePaths.contains(root + QStringLiteral("/home/alice/.cache/huggingface/token")));
        QVERIFY(options.tokenStorePaths.contains(root + QStringLiteral("/home/alice/.huggingface/token")));
        for (const QString& path : options.tokenStorePaths) {
            QVERIFY2(ScannedSystem::isUnder(path, root), qPrintable(path));
        }
        QVERIFY(options.modelRoots.contains(root + QStringLiteral("/root/.cache/huggingface/hub")));
        QCOMPARE(options.modelRoots.size(), 4);

        // A folder inside one home: that person's store, and their hub cache only if the folder holds it.
        const ScanOptions narrow =
            ScannedSystem::read(root, &error).scanOptions({root + QStringLiteral("/home/alice/projects")});
        QCOMPARE(narrow.roots, QStringList{root + QStringLiteral("/home/alice/projects")});
        QVERIFY(narrow.modelRoots.isEmpty());
        QVERIFY(
            narrow.tokenStorePaths.contains(root + QStringLiteral("/home/alice/.cache/huggingface/token")));
    }

    void describeFileHashesAndSaysWhatChanged()
    {
        QTemporaryDir dir;
        const QString root = plantSystem(dir);
        QString error;
        const ScannedSystem system = ScannedSystem::read(root, &error);
        const QString path = root + QStringLiteral("/home/alice/.env");
        const QByteArray content = "HF_TOKEN=" + test::hfToken(m_rng) + "\n";
        QVERIFY(test::writeFile(path, content));
        QVERIFY(QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner));
        const FileFacts scanned = factsOf(path);

        EvidenceFile file = EvidenceCollector::describeFile(path, scanned, system);
        QCOMPARE(file.sha256, sha256Hex(content));
        QCOMPARE(file.size, content.size());
        QCOMPARE(file.mode, QStringLiteral("0600"));
        QCOMPARE(file.owner, ::getuid() == 0 ? QStringLiteral("toor") : QStringLiteral("alice"));
        QCOMPARE(file.mtime.toSecsSinceEpoch(), scanned.mtime);
        QCOMPARE(file.mtime.timeZone(), QTimeZone::utc());
        QVERIFY(file.ctime.isValid());
        QVERIFY2(file.error.isEmpty(), qPrintable(file.error));

        // Changed after the scan: hashed as it is now, and said.
        QFile append(path);
        QVERIFY(append.open(QIODevice::Append));
        append.write("MORE=1\n");
        append.close();
        file = EvidenceCollector::describeFile(path, scanned, system);
        QCOMPARE(file.sha256, sha256Hex(content + "MORE=1\n"));
        QVERIFY(file.error.contains(QLatin1String("changed between the scan and the hash")));

        QVERIFY(QFile::remove(path));
        file = EvidenceCollector::describeFile(path, scanned, system);
        QVERIFY(file.sha256.isEmpty());
        QCOMPARE(file.error, QStringLiteral("disappeared after the scan"));
    }

    void timelineOldestFirst()
    {
        const QByteArray a = test::hfToken(m_rng);
        const QByteArray b = test::hfToken(m_rng);
        const auto at = [](int year) {
            return QDateTime(QDate(year, 1, 1), QTime(0, 0), QTimeZone::utc()).toSecsSinceEpoch();
        };
        QList<Finding> findings;
        findings << finding(a, SourceKind::Environment, QStringLiteral("/img/home/a/.env"), at(2023));
        findings << finding(a, SourceKind::Environment, QStringLiteral("/img/home/a/.env"), at(2023)); // once
        Finding commit = finding(a, SourceKind::Git, QStringLiteral("/img/home/a/app/config.py"), at(2019));
        commit.place.git.commit = QStringLiteral("c78c092cba0123456789");
        commit.place.git.author = QStringLiteral("Ada <ada@example.org>");
        commit.place.git.summary = QStringLiteral("add config");
        commit.place.git.time = at(2019);
        commit.place.git.repository = QStringLiteral("/img/home/a/app");
        findings << commit;
        Finding history =
            finding(b, SourceKind::ShellHistory, QStringLiteral("/img/home/a/.bash_history"), at(2024));
        history.place.entry = 4;
        history.place.time = at(2020);
        findings << history;
        Finding ipython =
            finding(b, SourceKind::IPythonHistory, QStringLiteral("/img/home/a/h.sqlite"), at(2024));
        ipython.place.session = 2;
        ipython.place.entry = 1;
        ipython.place.time = at(2021);
        findings << ipython;
        findings << finding(b, SourceKind::Notebook, QStringLiteral("/img/home/a/n.ipynb"), at(2022));
        findings << finding(b, SourceKind::ModelFile, QStringLiteral("/img/home/a/m.bin"),
                            at(2000)); // no secret
        Finding process = finding(b, SourceKind::Process, QStringLiteral("/proc/1/environ"), 0);
        findings << process;

        const QList<EvidenceEvent> timeline = EvidenceCollector::timeline(findings);
        QStringList events;
        for (const EvidenceEvent& e : timeline) {
            events << QStringLiteral("%1 %2%3")
                          .arg(e.time.date().year())
                          .arg(e.event, e.approximate ? QStringLiteral("~") : QString());
        }
        QCOMPARE(events, (QStringList{
                             QStringLiteral("2019 commit"), QStringLiteral("2020 history-entry"),
                             QStringLiteral("2021 history-entry~"), QStringLiteral("2022 notebook-modified~"),
                             QStringLiteral("2023 file-modified~"), QStringLiteral("2024 file-modified~"),
                             QStringLiteral("2024 file-modified~")}));
        QCOMPARE(timeline.first().description,
                 QStringLiteral("Committed in c78c092cba by Ada <ada@example.org>: add config"));
        QCOMPARE(timeline.first().secretSha256, sha256Hex(a));
        for (const EvidenceEvent& e : timeline) {
            QVERIFY(!e.masked.isEmpty());
            QVERIFY(!e.description.contains(QString::fromLatin1(a)) &&
                    !e.description.contains(QString::fromLatin1(b)));
        }
    }

    void collectFillsEveryField()
    {
        QTemporaryDir dir;
        const QString root = plantSystem(dir);
        QString error;
        const ScannedSystem system = ScannedSystem::read(root, &error);
        const QString env = root + QStringLiteral("/home/alice/.env");
        const QString history = root + QStringLiteral("/root/.bash_history");
        const QByteArray token = test::hfToken(m_rng);
        QVERIFY(test::writeFile(env, "HF_TOKEN=" + token + "\n"));
        QVERIFY(test::writeFile(history, "export HF_TOKEN=" + token + "\n"));
        ScanResult result;
        result.roots = system.homes();
        result.catalogueVersion = QStringLiteral("rules 1");
        result.startedAt = QDateTime::currentDateTimeUtc();
        result.finishedAt = result.startedAt.addSecs(2);
        for (const QString& path : {history, env, env}) {
            Finding f = finding(token, SourceKind::Environment, path, factsOf(path).mtime);
            f.file = factsOf(path);
            result.findings << f;
        }
        const Evidence evidence = EvidenceCollector::collect(result, system);
        QCOMPARE(evidence.scannedRoot, root);
        QCOMPARE(evidence.scannedHostName, QStringLiteral("web-01"));
        QCOMPARE(evidence.scannedHomes, system.homes());
        QCOMPARE(evidence.keyscoutVersion, QStringLiteral(KEYSCOUT_VERSION));
        QCOMPARE(evidence.catalogueVersion, QStringLiteral("rules 1"));
        QCOMPARE(evidence.scanStarted, result.startedAt);
        QCOMPARE(evidence.scanFinished, result.finishedAt);
        QVERIFY(!evidence.scanningHost.isEmpty());
        QVERIFY(evidence.scanningUser.contains(QStringLiteral("uid %1").arg(::geteuid())));
        QVERIFY(evidence.readOnly && !evidence.networkUsed && !evidence.processesRead);
        QCOMPARE(evidence.files.size(), 2); // each file once, sorted by path
        QCOMPARE(evidence.files.at(0).path, env);
        QCOMPARE(evidence.files.at(1).path, history);
        QCOMPARE(evidence.files.at(1).sha256, sha256Hex(test::readAll(history)));
        QCOMPARE(evidence.timeline.size(), 2);
    }
};

QTEST_GUILESS_MAIN(TestEvidenceCollector)
#include "tst_evidencecollector.moc"
