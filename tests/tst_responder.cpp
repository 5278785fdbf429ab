// SPDX-License-Identifier: GPL-3.0-or-later
// Incident-responder mode end to end: a planted copy of a machine (host name, users, two people's homes and
// root's, a .env, a notebook output, a timestamped bash history, a git repository with dated commits, a tag
// and a remote, an IPython history whose newest row is only in its -wal, a Hugging Face token store and hub
// cache with a pickle) scanned by the built `keyscout scan --root` and by the window's mounted-home scan.
// Neither changes a byte, a mode, an owner or a time under the root (a tree hash before and after), and the
// evidence names the scanned host, homes and owners, hashes each file as the test does, orders the commit
// before the history entry, and comes with a report hash that `sha256sum -c` accepts.
#include "DetailPanel.h"
#include "FindingsFilterModel.h"
#include "FindingsModel.h"
#include "MainWindow.h"
#include "ModelFixtures.h"
#include "ResultsPage.h"
#include "ScanController.h"
#include "TestSupport.h"

#include <QApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QDirIterator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QProcess>
#include <QPushButton>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <QToolBar>
#include <QTreeView>

#include <sys/stat.h>
#include <unistd.h>

using namespace keyscout;

namespace {

QString sha256Hex(const QByteArray& bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

// Every entry under `root` (and root itself): path, type, mode, owner, size, modification and change times to
// the nanosecond, content SHA-256 and link target. Access times are left out: reading for this listing
// changes them.
QStringList treeListing(const QString& root)
{
    QStringList out;
    QStringList paths{root};
    QDirIterator it(root, QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        paths << it.next();
    }
    for (const QString& path : std::as_const(paths)) {
        struct stat st {};
        if (::lstat(QFile::encodeName(path).constData(), &st) != 0) {
            out << path + QStringLiteral(" vanished");
            continue;
        }
        QString content;
        if (S_ISREG(st.st_mode)) {
            content = sha256Hex(test::readAll(path));
        } else if (S_ISLNK(st.st_mode)) {
            content = QFile::symLinkTarget(path);
        }
        out << QStringLiteral("%1 %2 %3 %4:%5 %6 %7.%8 %9.%10 %11")
                   .arg(QDir(root).relativeFilePath(path))
                   .arg(st.st_mode >> 12, 0, 8)
                   .arg(st.st_mode & 07777, 4, 8, QLatin1Char('0'))
                   .arg(st.st_uid)
                   .arg(st.st_gid)
                   .arg(st.st_size)
                   .arg(st.st_mtim.tv_sec)
                   .arg(st.st_mtim.tv_nsec, 9, 10, QLatin1Char('0'))
                   .arg(st.st_ctim.tv_sec)
                   .arg(st.st_ctim.tv_nsec, 9, 10, QLatin1Char('0'))
                   .arg(content);
    }
    out.sort();
    return out;
}

struct Run {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

Run runKeyscout(const QStringList& arguments)
{
    QProcess process;
    process.start(QStringLiteral(KEYSCOUT_BINARY), arguments);
    process.closeWriteChannel();
    const bool finished = process.waitForFinished(120000) && process.exitStatus() == QProcess::NormalExit;
    return {finished ? process.exitCode() : -1, process.readAllStandardOutput(),
            process.readAllStandardError()};
}

QByteArray notebookPrinting(const QByteArray& token)
{
    return "{\n \"cells\": [\n  {\n   \"cell_type\": \"code\",\n   \"execution_count\": 3,\n   \"metadata\": "
           "{},\n"
           "   \"outputs\": [\n    {\n     \"name\": \"stdout\",\n     \"output_type\": \"stream\",\n     "
           "\"text\": [\n      \"env HF_TOKEN = " +
           token +
           "\\n\"\n     ]\n    }\n   ],\n   \"source\": [\n    \"import os\\n\",\n    "
           "\"print('env HF_TOKEN =', os.environ['HF_TOKEN'])\"\n   ]\n  }\n ],\n \"metadata\": {},\n"
           " \"nbformat\": 4,\n \"nbformat_minor\": 5\n}\n";
}

} // namespace

class TestResponder : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_sandbox;
    QString m_root;      // the planted copy of a machine
    QString m_alice;     // its home/alice
    QString m_responder; // the responder's own home, data and Hugging Face store: outside the root
    QString m_out;       // where the reports go
    QRandomGenerator m_rng{8080};
    QHash<QString, QByteArray> m_tokens; // what → token planted under the root
    QList<QByteArray> m_responderTokens; // in the responder's own HF_HOME and HF_TOKEN_PATH
    QString m_owner;                     // the test's uid as the planted etc/passwd names it
    const QDateTime m_commitTime{QDate(2019, 5, 1), QTime(12, 0), QTimeZone::utc()};
    const QDateTime m_tagTime{QDate(2019, 6, 1), QTime(9, 0), QTimeZone::utc()};
    const qint64 m_historyTime = 1600000000; // 2020-09-13T12:26:40Z

    QByteArray token(const QString& what)
    {
        if (!m_tokens.contains(what)) {
            m_tokens.insert(what, test::hfToken(m_rng));
        }
        return m_tokens.value(what);
    }

    bool gitAt(const QDateTime& when, const QString& dir, const QStringList& args)
    {
        const QByteArray date = when.toString(Qt::ISODate).toUtf8();
        qputenv("GIT_AUTHOR_DATE", date);
        qputenv("GIT_COMMITTER_DATE", date);
        const bool ok = test::git(dir, args);
        qunsetenv("GIT_AUTHOR_DATE");
        qunsetenv("GIT_COMMITTER_DATE");
        return ok;
    }

    // An IPython history written by a running kernel in WAL mode and copied while it ran: the newest row is
    // only in history.sqlite-wal (there is no -shm in the copy).
    bool plantIPythonHistory(const QString& folder, const QByteArray& secret)
    {
        const QString live = m_sandbox.filePath(QStringLiteral("kernel/history.sqlite"));
        QDir().mkpath(QFileInfo(live).absolutePath());
        QDir().mkpath(folder);
        bool ok = false;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("kernel"));
            db.setDatabaseName(live);
            ok = db.open();
            QSqlQuery q(db);
            for (const QString& sql :
                 {QStringLiteral("CREATE TABLE sessions (session integer primary key autoincrement, start "
                                 "timestamp, end timestamp, num_cmds integer, remark text)"),
                  QStringLiteral(
                      "CREATE TABLE history (session integer, line integer, source text, source_raw "
                      "text, PRIMARY KEY (session, line))"),
                  QStringLiteral("CREATE TABLE output_history (session integer, line integer, output text, "
                                 "PRIMARY KEY (session, line))"),
                  QStringLiteral("PRAGMA journal_mode=WAL"), QStringLiteral("PRAGMA wal_autocheckpoint=0"),
                  QStringLiteral("INSERT INTO sessions VALUES (NULL, '2021-03-04 05:06:07', NULL, NULL, '')"),
                  QStringLiteral("INSERT INTO history VALUES (1, 1, 'login(token=\"%1\")', "
                                 "'login(token=\"%1\")')")
                      .arg(QLatin1String(secret))}) {
                ok = ok && q.exec(sql);
                while (q.next()) {
                }
            }
            q.finish();
            ok = ok && QFile::copy(live, folder + QStringLiteral("/history.sqlite")) &&
                 QFile::copy(live + QStringLiteral("-wal"), folder + QStringLiteral("/history.sqlite-wal"));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("kernel"));
        return ok && !test::readAll(folder + QStringLiteral("/history.sqlite")).contains(secret);
    }

    static QJsonObject locationOf(const QJsonObject& report, const QByteArray& secret)
    {
        for (const QJsonValue s : report.value(QStringLiteral("secrets")).toArray()) {
            if (s[QStringLiteral("secret_sha256")].toString() == sha256Hex(secret)) {
                return s[QStringLiteral("locations")].toArray().first().toObject();
            }
        }
        return {};
    }

    static QStringList secretHashes(const QJsonObject& report)
    {
        QStringList out;
        for (const QJsonValue s : report.value(QStringLiteral("secrets")).toArray()) {
            out << s[QStringLiteral("secret_sha256")].toString();
        }
        return out;
    }

    void checkNoRawSecret(const QByteArray& bytes)
    {
        for (auto it = m_tokens.cbegin(); it != m_tokens.cend(); ++it) {
            QVERIFY2(!bytes.contains(it.value()), qPrintable(it.key()));
        }
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_sandbox.isValid());
        m_root = m_sandbox.filePath(QStringLiteral("image"));
        m_alice = m_root + QStringLiteral("/home/alice");
        m_responder = m_sandbox.filePath(QStringLiteral("responder"));
        m_out = m_sandbox.filePath(QStringLiteral("out"));
        QVERIFY(QDir().mkpath(m_out));

        // The responder's own environment: a home, data and settings of their own, and a Hugging Face store
        // of their own that a responder scan must not read as the scanned people's.
        qputenv("HOME", m_responder.toUtf8());
        qputenv("XDG_DATA_HOME", (m_responder + QStringLiteral("/data")).toUtf8());
        qputenv("XDG_CONFIG_HOME", (m_responder + QStringLiteral("/config")).toUtf8());
        qputenv("XDG_CACHE_HOME", (m_responder + QStringLiteral("/cache")).toUtf8());
        qputenv("HF_HOME", (m_responder + QStringLiteral("/hf")).toUtf8());
        qputenv("HF_TOKEN_PATH", (m_responder + QStringLiteral("/hf-token.txt")).toUtf8());
        m_responderTokens = {test::hfToken(m_rng), test::hfToken(m_rng)};
        QVERIFY(test::writeFile(m_responder + QStringLiteral("/hf/token"), m_responderTokens.at(0)));
        QVERIFY(test::writeFile(m_responder + QStringLiteral("/hf-token.txt"), m_responderTokens.at(1)));

        // The scanned system: its host name, and users that are not this machine's (uid 0 is "toor" there).
        const uint uid = ::getuid();
        const uint gid = ::getgid();
        const uint aliceUid = uid == 0 ? 4242 : uid;
        const uint aliceGid = gid == 0 ? 4242 : gid;
        m_owner = uid == 0 ? QStringLiteral("toor") : QStringLiteral("alice");
        QVERIFY(test::writeFile(m_root + QStringLiteral("/etc/hostname"), "evidence-host\n"));
        QVERIFY(test::writeFile(m_root + QStringLiteral("/etc/passwd"),
                                QStringLiteral("toor:x:0:0:root:/root:/bin/bash\n"
                                               "daemon:x:1:1:daemon:/usr/sbin:/usr/sbin/nologin\n"
                                               "alice:x:%1:%2:Alice:/home/alice:/bin/bash\n"
                                               "bob:x:4343:4343:Bob:/srv/bob:/bin/bash\n")
                                    .arg(aliceUid)
                                    .arg(aliceGid)
                                    .toUtf8()));
        QVERIFY(
            test::writeFile(m_root + QStringLiteral("/etc/group"),
                            QStringLiteral("toor:x:0:\nalice:x:%1:\nbob:x:4343:\n").arg(aliceGid).toUtf8()));

        // alice: a .env, a notebook that printed a token, a bash history with times, a git repository.
        QVERIFY(test::writeFile(m_alice + QStringLiteral("/.env"),
                                "WANDB_PROJECT=demo\nHF_TOKEN=" + token(QStringLiteral("env")) + "\n"));
        QVERIFY(test::writeFile(m_alice + QStringLiteral("/notebooks/explore.ipynb"),
                                notebookPrinting(token(QStringLiteral("notebook")))));
        QVERIFY(test::writeFile(m_alice + QStringLiteral("/.bash_history"),
                                "#1599999000\nls\n#" + QByteArray::number(m_historyTime) +
                                    "\nexport HF_TOKEN=" + token(QStringLiteral("history")) +
                                    "\n#1600000100\npython train.py\n"));
        const QString app = m_alice + QStringLiteral("/projects/app");
        QVERIFY(test::writeFile(app + QStringLiteral("/README.md"), "app\n"));
        QVERIFY(test::git(app, {QStringLiteral("init"), QStringLiteral("-q"), QStringLiteral("-b"),
                                QStringLiteral("main")}));
        QVERIFY(gitAt(m_commitTime.addDays(-30), app, {QStringLiteral("add"), QStringLiteral("README.md")}));
        QVERIFY(gitAt(
            m_commitTime.addDays(-30), app,
            {QStringLiteral("commit"), QStringLiteral("-q"), QStringLiteral("-m"), QStringLiteral("start")}));
        QVERIFY(test::writeFile(app + QStringLiteral("/config.py"),
                                "TOKEN = \"" + token(QStringLiteral("git")) + "\"\n"));
        QVERIFY(gitAt(m_commitTime, app, {QStringLiteral("add"), QStringLiteral("config.py")}));
        QVERIFY(gitAt(m_commitTime, app,
                      {QStringLiteral("commit"), QStringLiteral("-q"), QStringLiteral("-m"),
                       QStringLiteral("add config")}));
        QVERIFY(gitAt(m_tagTime, app,
                      {QStringLiteral("tag"), QStringLiteral("-a"), QStringLiteral("v1.0"),
                       QStringLiteral("-m"), QStringLiteral("release 1.0")}));
        QVERIFY(test::git(app, {QStringLiteral("remote"), QStringLiteral("add"), QStringLiteral("origin"),
                                QStringLiteral("https://huggingface.co/alice/app")}));
        QVERIFY(test::git(app, {QStringLiteral("update-ref"), QStringLiteral("refs/remotes/origin/main"),
                                QStringLiteral("HEAD")}));
        // The token left the working tree later: only history holds it.
        QVERIFY(test::writeFile(app + QStringLiteral("/config.py"),
                                "import os\nTOKEN = os.environ['HF_TOKEN']\n"));
        QVERIFY(gitAt(m_commitTime.addDays(60), app,
                      {QStringLiteral("commit"), QStringLiteral("-q"), QStringLiteral("-a"),
                       QStringLiteral("-m"), QStringLiteral("read the token from the environment")}));

        // alice's IPython history (a row only in the -wal), her Hugging Face store and hub cache with a
        // pickle.
        QVERIFY(plantIPythonHistory(m_alice + QStringLiteral("/.ipython/profile_default"),
                                    token(QStringLiteral("ipython"))));
        const QString hf = m_alice + QStringLiteral("/.cache/huggingface");
        QVERIFY(test::writeFile(hf + QStringLiteral("/token"), token(QStringLiteral("store"))));
        QVERIFY(QFile::setPermissions(hf + QStringLiteral("/token"), QFile::ReadOwner | QFile::WriteOwner));
        QVERIFY(test::writeFile(hf + QStringLiteral("/hub/models--acme--bert/refs/main"), "0123abcd\n"));
        QVERIFY(test::writeFile(
            hf + QStringLiteral("/hub/models--acme--bert/snapshots/0123abcd/pytorch_model.bin"),
            test::osSystemPickle()));

        // root's history, and bob, whose home only the scanned etc/passwd names (/srv/bob).
        QVERIFY(test::writeFile(m_root + QStringLiteral("/root/.bash_history"),
                                "export HF_TOKEN=" + token(QStringLiteral("root")) + "\n"));
        QVERIFY(test::writeFile(m_root + QStringLiteral("/srv/bob/.env"),
                                "HF_TOKEN=" + token(QStringLiteral("bob")) + "\n"));
        // Not a home: /srv/www is named by nobody's etc/passwd entry.
        QVERIFY(test::writeFile(m_root + QStringLiteral("/srv/www/.env"),
                                "HF_TOKEN=" + token(QStringLiteral("www")) + "\n"));

        // The listing sees what any write would leave, down to a change time: a chmod to the same mode.
        const QStringList baseline = treeListing(m_root);
        QTest::qWait(20);
        QVERIFY(::chmod(QFile::encodeName(m_root + QStringLiteral("/srv/www/.env")).constData(), 0644) == 0);
        QVERIFY(treeListing(m_root) != baseline);
    }

    void scanWritesNothingAndCarriesEvidence()
    {
        const QStringList before = treeListing(m_root);
        const QString report = m_out + QStringLiteral("/report.json");
        const Run run =
            runKeyscout({QStringLiteral("scan"), QStringLiteral("--root"), m_root, QStringLiteral("--format"),
                         QStringLiteral("json"), QStringLiteral("-o"), report, QStringLiteral("-q")});
        QCOMPARE(treeListing(m_root), before);
        QVERIFY2(run.exitCode == 1, run.err.constData());

        const QByteArray bytes = test::readAll(report);
        checkNoRawSecret(bytes);
        checkNoRawSecret(run.err);
        const QJsonObject json = QJsonDocument::fromJson(bytes).object();
        QVERIFY(!json.isEmpty());

        // Every person's places, read as theirs; the responder's own store and a non-home folder are not
        // read.
        const QStringList found = secretHashes(json);
        for (const QString& what :
             {QStringLiteral("env"), QStringLiteral("notebook"), QStringLiteral("history"),
              QStringLiteral("git"), QStringLiteral("ipython"), QStringLiteral("store"),
              QStringLiteral("root"), QStringLiteral("bob")}) {
            QVERIFY2(found.contains(sha256Hex(token(what))), qPrintable(what));
        }
        QVERIFY(!found.contains(sha256Hex(token(QStringLiteral("www")))));
        for (const QByteArray& own : std::as_const(m_responderTokens)) {
            QVERIFY(!found.contains(sha256Hex(own)));
            QVERIFY(!bytes.contains(own));
        }
        QCOMPARE(locationOf(json, token(QStringLiteral("store")))[QStringLiteral("kind")].toString(),
                 QStringLiteral("token-store"));
        QCOMPARE(locationOf(json, token(QStringLiteral("ipython")))[QStringLiteral("kind")].toString(),
                 QStringLiteral("ipython-history"));
        QCOMPARE(
            locationOf(json, token(QStringLiteral("env")))[QStringLiteral("file")][QStringLiteral("owner")]
                .toString(),
            m_owner);
        bool modelFile = false;
        for (const QJsonValue s : json[QStringLiteral("secrets")].toArray()) {
            for (const QJsonValue l : s[QStringLiteral("locations")].toArray()) {
                modelFile =
                    modelFile ||
                    (l[QStringLiteral("kind")].toString() == QLatin1String("model-file") &&
                     l[QStringLiteral("path")].toString().contains(QLatin1String("pytorch_model.bin")));
            }
        }
        QVERIFY2(modelFile, "alice's hub cache was not judged");

        // The evidence: the scanned host and homes, each file hashed as the test hashes it, owned as the
        // scanned system says.
        const QJsonObject evidence = json[QStringLiteral("evidence")].toObject();
        QCOMPARE(evidence[QStringLiteral("scanned_host")].toString(), QStringLiteral("evidence-host"));
        const QString root = QFileInfo(m_root).canonicalFilePath();
        QCOMPARE(evidence[QStringLiteral("scanned_root")].toString(), root);
        QStringList homes;
        for (const QJsonValue h : evidence[QStringLiteral("scanned_homes")].toArray()) {
            homes << h.toString();
        }
        QCOMPARE(homes, (QStringList{root + QStringLiteral("/home/alice"), root + QStringLiteral("/root"),
                                     root + QStringLiteral("/srv/bob")}));
        QCOMPARE(evidence[QStringLiteral("keyscout_version")].toString(), QStringLiteral(KEYSCOUT_VERSION));
        QCOMPARE(evidence[QStringLiteral("rules")].toString(),
                 json[QStringLiteral("tool")][QStringLiteral("rules")].toString());
        QVERIFY(!evidence[QStringLiteral("scanning_host")].toString().isEmpty());
        QVERIFY(!evidence[QStringLiteral("scanning_user")].toString().isEmpty());
        QCOMPARE(evidence[QStringLiteral("read_only")].toBool(), true);
        QCOMPARE(evidence[QStringLiteral("network_used")].toBool(), false);
        QCOMPARE(evidence[QStringLiteral("processes_read")].toBool(), false);
        QMap<QString, QJsonObject> files;
        for (const QJsonValue f : evidence[QStringLiteral("files")].toArray()) {
            files.insert(f[QStringLiteral("path")].toString(), f.toObject());
        }
        for (const QString& path : QStringList{
                 root + QStringLiteral("/home/alice/.env"),
                 root + QStringLiteral("/home/alice/.bash_history"),
                 root + QStringLiteral("/home/alice/notebooks/explore.ipynb"),
                 root + QStringLiteral("/home/alice/.ipython/profile_default/history.sqlite"),
                 root + QStringLiteral("/home/alice/.cache/huggingface/token"),
                 root + QStringLiteral("/root/.bash_history"), root + QStringLiteral("/srv/bob/.env")}) {
            QVERIFY2(files.contains(path), qPrintable(path));
            const QJsonObject f = files.value(path);
            QCOMPARE(f[QStringLiteral("sha256")].toString(), sha256Hex(test::readAll(path)));
            QCOMPARE(f[QStringLiteral("size")].toInteger(), QFileInfo(path).size());
            QCOMPARE(f[QStringLiteral("owner")].toString(), m_owner);
            QCOMPARE(f[QStringLiteral("group")].toString(), m_owner);
            QVERIFY(!f.contains(QStringLiteral("error")));
        }
        QCOMPARE(
            files.value(root + QStringLiteral("/home/alice/.cache/huggingface/token"))[QStringLiteral("mode")]
                .toString(),
            QStringLiteral("0600"));

        // The timeline: the commit (2019), then its tag, before the history entry (2020), oldest first.
        const QJsonArray timeline = evidence[QStringLiteral("timeline")].toArray();
        qsizetype commitAt = -1;
        qsizetype tagAt = -1;
        qsizetype historyAt = -1;
        QDateTime previous;
        for (qsizetype i = 0; i < timeline.size(); ++i) {
            const QJsonObject e = timeline.at(i).toObject();
            const QDateTime time =
                QDateTime::fromString(e[QStringLiteral("time")].toString(), Qt::ISODateWithMs);
            QVERIFY(time.isValid());
            QVERIFY(!previous.isValid() || previous <= time);
            previous = time;
            const QString secret = e[QStringLiteral("secret_sha256")].toString();
            const QString event = e[QStringLiteral("event")].toString();
            if (secret == sha256Hex(token(QStringLiteral("git"))) && event == QLatin1String("commit")) {
                QCOMPARE(time, m_commitTime);
                QVERIFY(e[QStringLiteral("description")].toString().contains(QLatin1String("add config")));
                QCOMPARE(e[QStringLiteral("approximate")].toBool(), false);
                commitAt = i;
            } else if (secret == sha256Hex(token(QStringLiteral("git"))) && event == QLatin1String("tag")) {
                QCOMPARE(time, m_tagTime);
                QVERIFY(e[QStringLiteral("description")].toString().contains(QLatin1String("v1.0")));
                tagAt = i;
            } else if (secret == sha256Hex(token(QStringLiteral("history"))) &&
                       event == QLatin1String("history-entry")) {
                QCOMPARE(time, QDateTime::fromSecsSinceEpoch(m_historyTime, QTimeZone::utc()));
                QCOMPARE(e[QStringLiteral("approximate")].toBool(), false);
                historyAt = i;
            }
        }
        QVERIFY(commitAt >= 0);
        QVERIFY(tagAt > commitAt);
        QVERIFY(historyAt > tagAt);

        // The report's own hash: on standard error and beside the report, as sha256sum checks it.
        const QString hex = sha256Hex(bytes);
        QVERIFY2(run.err.contains(QByteArray(QByteArray("Report SHA-256: ") + hex.toLatin1())),
                 run.err.constData());
        QCOMPARE(test::readAll(report + QStringLiteral(".sha256")), hex.toLatin1() + "  report.json\n");
        QProcess check;
        check.setWorkingDirectory(m_out);
        check.start(QStringLiteral("sha256sum"),
                    {QStringLiteral("-c"), QStringLiteral("report.json.sha256")});
        QVERIFY(check.waitForFinished(30000));
        QVERIFY2(check.exitCode() == 0, check.readAllStandardError().constData());
        QVERIFY(check.readAllStandardOutput().contains("report.json: OK"));
    }

    void textReportShowsEvidenceAndHashesStandardOutput()
    {
        const QStringList before = treeListing(m_root);
        const Run run =
            runKeyscout({QStringLiteral("scan"), QStringLiteral("--root"), m_root, QStringLiteral("-q")});
        QCOMPARE(treeListing(m_root), before);
        QCOMPARE(run.exitCode, 1);
        checkNoRawSecret(run.out);
        const QString text = QString::fromUtf8(run.out);
        QVERIFY(text.contains(QLatin1String("Evidence (read-only responder scan)")));
        QVERIFY(text.contains(QLatin1String("(host evidence-host)")));
        const QString env = QFileInfo(m_alice + QStringLiteral("/.env")).canonicalFilePath();
        QVERIFY(text.contains(sha256Hex(test::readAll(env)) + QStringLiteral("  ") + env));
        QVERIFY(text.contains(QLatin1String("Committed in")));
        QVERIFY2(run.err.contains(QByteArray(QByteArray("Report SHA-256: ") + sha256Hex(run.out).toLatin1())),
                 run.err.constData());
    }

    void pathsUnderTheRootOnly()
    {
        const QStringList before = treeListing(m_root);
        // A folder under the root: only it is read, still as alice's.
        const QString report = m_out + QStringLiteral("/alice.json");
        Run run = runKeyscout({QStringLiteral("scan"), QStringLiteral("--root"), m_root,
                               m_alice + QStringLiteral("/notebooks"), QStringLiteral("--format"),
                               QStringLiteral("json"), QStringLiteral("-o"), report, QStringLiteral("-q")});
        QCOMPARE(run.exitCode, 1);
        const QJsonObject json = QJsonDocument::fromJson(test::readAll(report)).object();
        QCOMPARE(secretHashes(json), QStringList{sha256Hex(token(QStringLiteral("notebook")))});
        QCOMPARE(json[QStringLiteral("evidence")][QStringLiteral("scanned_homes")].toArray().size(), 1);

        // Outside the root (also through a symbolic link under it): refused.
        run = runKeyscout({QStringLiteral("scan"), QStringLiteral("--root"), m_root, m_responder});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains("is not under the scanned root"), run.err.constData());
        QTemporaryDir links;
        QVERIFY(QFile::link(m_responder, links.filePath(QStringLiteral("escape"))));
        const QString linkedRoot = links.filePath(QStringLiteral("copy"));
        QVERIFY(QDir().mkpath(linkedRoot + QStringLiteral("/home/eve")));
        QVERIFY(QFile::link(m_responder, linkedRoot + QStringLiteral("/home/eve/out")));
        run = runKeyscout({QStringLiteral("scan"), QStringLiteral("--root"), linkedRoot,
                           linkedRoot + QStringLiteral("/home/eve/out")});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains("is not under the scanned root"), run.err.constData());

        // A report under the root would be a write there: refused.
        run = runKeyscout({QStringLiteral("scan"), QStringLiteral("--root"), m_root, QStringLiteral("-o"),
                           m_alice + QStringLiteral("/report.txt")});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains("nothing is written"), run.err.constData());
        QCOMPARE(treeListing(m_root), before);
    }

    void refusesProcessesAndNetwork()
    {
        const QStringList before = treeListing(m_root);
        Run run = runKeyscout(
            {QStringLiteral("scan"), QStringLiteral("--root"), m_root, QStringLiteral("--processes")});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains("--processes"), run.err.constData());
        QCOMPARE(run.out, QByteArray());
        run = runKeyscout(
            {QStringLiteral("scan"), QStringLiteral("--root"), m_root, QStringLiteral("--follow-symlinks")});
        QCOMPARE(run.exitCode, 2);
        for (const QString& command : {QStringLiteral("verify"), QStringLiteral("revoke"),
                                       QStringLiteral("clean"), QStringLiteral("install-token")}) {
            run = runKeyscout({command, QStringLiteral("--root"), m_root, m_alice});
            QCOMPARE(run.exitCode, 2);
            QVERIFY2(run.err.contains("read-only, offline responder mode"), run.err.constData());
        }
        QCOMPARE(treeListing(m_root), before);
    }

    void oneHomeFolder()
    {
        const QString report = m_out + QStringLiteral("/home.json");
        const Run run =
            runKeyscout({QStringLiteral("scan"), QStringLiteral("--root"),
                         m_root + QStringLiteral("/srv/bob"), QStringLiteral("--format"),
                         QStringLiteral("json"), QStringLiteral("-o"), report, QStringLiteral("-q")});
        QCOMPARE(run.exitCode, 1);
        const QJsonObject evidence =
            QJsonDocument::fromJson(test::readAll(report)).object()[QStringLiteral("evidence")].toObject();
        QCOMPARE(evidence[QStringLiteral("scanned_host")].toString(), QString());
        QCOMPARE(evidence[QStringLiteral("scanned_homes")].toArray().size(), 1);
        QCOMPARE(evidence[QStringLiteral("files")].toArray().size(), 1);
    }

    // The window's "A mounted home or disk image folder…": the same mode, said on the results page, with the
    // fix turned off and the evidence kept for an exported report.
    void windowMountedHomeWritesNothing()
    {
        const QStringList before = treeListing(m_root);
        {
            MainWindow window;
            window.resize(1300, 800);
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            window.scanMountedHome(m_root);
            ResultsPage* results = window.resultsPage();
            QTRY_VERIFY(results->isVisible());
            QTRY_VERIFY_WITH_TIMEOUT(!window.scanController()->isRunning(), 60000);
            QVERIFY(results->model()->secretCount() >= 8);

            auto* banner = window.findChild<QLabel*>(QStringLiteral("responderBanner"));
            QVERIFY(banner != nullptr);
            QVERIFY(banner->isVisible());
            QVERIFY(banner->text().startsWith(QStringLiteral("Read-only responder scan of ")));
            QVERIFY(banner->text().contains(QFileInfo(m_root).canonicalFilePath()));

            // A secret selected: its fix is off, and says why.
            auto* tree = window.findChild<QTreeView*>(QStringLiteral("findingsTree"));
            const QModelIndex secret = results->filterModel()->index(0, 0);
            tree->setCurrentIndex(results->filterModel()->index(0, 0, secret));
            auto* fix = window.findChild<QPushButton*>(QStringLiteral("fixButton"));
            QVERIFY(fix != nullptr);
            QTRY_VERIFY(!fix->isEnabled());
            QCOMPARE(fix->toolTip(), QStringLiteral("Responder mode: read-only, offline"));
            QCOMPARE(window.openRemediation(secret.data(FindingsModel::FingerprintRole).toString()), nullptr);

            // A decision goes to the responder's own store, outside the root.
            auto* save = window.findChild<QPushButton*>(QStringLiteral("saveTriageButton"));
            QVERIFY(save->isEnabled());
            QTest::mouseClick(save, Qt::LeftButton);
            QVERIFY(QFileInfo::exists(m_responder + QStringLiteral("/data/keyscout/triage.sqlite")));

            const std::optional<Evidence>& evidence = window.scanController()->evidence();
            QVERIFY(evidence.has_value());
            QCOMPARE(evidence->scannedHostName, QStringLiteral("evidence-host"));
            QCOMPARE(evidence->scannedHomes.size(), 3);
            QVERIFY(evidence->files.size() >= 7);
            for (const EvidenceFile& f : evidence->files) {
                QCOMPARE(f.sha256, sha256Hex(test::readAll(f.path)));
                QCOMPARE(f.owner, m_owner);
            }
            QVERIFY(!evidence->timeline.isEmpty());

            // Another scan is not a responder scan: the banner goes, the fix comes back.
            window.scanFolders({m_responder});
            QTRY_VERIFY_WITH_TIMEOUT(!window.scanController()->isRunning(), 60000);
            QVERIFY(!banner->isVisible());
            QVERIFY(!window.scanController()->evidence().has_value());
        }
        QCOMPARE(treeListing(m_root), before);
    }
};

QTEST_MAIN(TestResponder)
#include "tst_responder.moc"
