// SPDX-License-Identifier: GPL-3.0-or-later
// Fault injection for every change Keyscout makes to a person's files (issue 9): each kind of cleanup — lines
// removed from .env and shell history, a token replaced in a config, notebook outputs stripped, IPython rows
// deleted, a remote URL rewritten, a stale .pyc deleted — and the token install's new file, each under each
// fault: a crash right after the backup, a crash right after the write, "disk full" for the backup (a 1 KiB
// file-size limit), and a really full file system under the file at the moment of the replace (a small tmpfs,
// when this machine lets the test mount one). Afterwards, as after a restart, the file is either exactly as
// it was or exactly as planned — never a mix — no temporary file is left beside it, and the backup manifest
// agrees with the files: nothing "prepared", an applied change's backup holds the original and undoes it byte
// for byte, an interrupted one left the file as it was.
#include "TestSupport.h"
#include "detect/Matcher.h"
#include "remediate/ChangeJournal.h"
#include "remediate/CleanupPlan.h"
#include "rules/RuleCatalogue.h"
#include "sources/FileSystemScanner.h"

#include <QCryptographicHash>
#include <QDirIterator>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <csignal>
#include <sys/mount.h>
#include <sys/resource.h>
#include <unistd.h>

using namespace keyscout;

namespace {

enum class Fault { CrashAfterBackup, CrashAfterWrite, BackupDiskFull, TargetDiskFull };

QString faultName(Fault f)
{
    switch (f) {
    case Fault::CrashAfterBackup:
        return QStringLiteral("crash after backup");
    case Fault::CrashAfterWrite:
        return QStringLiteral("crash after write");
    case Fault::BackupDiskFull:
        return QStringLiteral("disk full (1 KiB file-size limit)");
    case Fault::TargetDiskFull:
        return QStringLiteral("file system full at replace");
    }
    return {};
}

QString sha(const QByteArray& bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

QStringList listing(const QString& folder)
{
    QStringList out =
        QDir(folder).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot, QDir::Name);
    return out;
}

int rowsHolding(const QString& database, const QByteArray& token)
{
    const QString name = QStringLiteral("faults-%1").arg(quintptr(&database));
    int rows = -1;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(database);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (db.open()) {
            QSqlQuery q(db);
            if (q.exec(QStringLiteral("SELECT count(*) FROM history WHERE source LIKE '%%1%'")
                           .arg(QString::fromLatin1(token))) &&
                q.next()) {
                rows = q.value(0).toInt();
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return rows;
}

} // namespace

class TestFaults : public QObject {
    Q_OBJECT

    RuleCatalogue m_catalogue = RuleCatalogue::builtin();
    std::unique_ptr<Matcher> m_matcher;
    QRandomGenerator m_rng{9090};
    QByteArray m_token;
    int m_injected = 0;
    int m_survived = 0;
    bool m_canMount = false;

    // A home with one file for each kind of change, each over 1 KiB so a 1 KiB limit stops its backup.
    void plantHome(const QString& home)
    {
        const QByteArray pad = "# " + QByteArray(1500, '-') + "\n";
        QVERIFY(test::writeFile(home + QStringLiteral("/project/.env"),
                                pad + "A=1\nHF_TOKEN=" + m_token + "\nB=2\n"));
        QVERIFY(test::writeFile(home + QStringLiteral("/.bash_history"),
                                pad + "ls\n#1700000000\nexport HF_TOKEN=" + m_token + "\ngit status\n"));
        QVERIFY(test::writeFile(home + QStringLiteral("/project/config.yaml"),
                                pad + "hub:\n  token: " + m_token + "\n  repo: acme/model\n"));
        QVERIFY(test::writeFile(
            home + QStringLiteral("/project/train.ipynb"),
            "{\n \"cells\": [\n  {\n   \"cell_type\": \"code\",\n   \"execution_count\": 1,\n   "
            "\"metadata\": {},\n"
            "   \"outputs\": [\n    {\n     \"name\": \"stdout\",\n     \"output_type\": \"stream\",\n"
            "     \"text\": [\n      \"token " +
                m_token + "\\n\"\n     ]\n    }\n   ],\n   \"source\": [\n    \"print(1)  # " +
                QByteArray(1200, 'x') +
                "\"\n   ]\n  }\n ],\n \"metadata\": {},\n \"nbformat\": 4,\n \"nbformat_minor\": 5\n}\n"));
        const QString repo = home + QStringLiteral("/model");
        QVERIFY(QDir().mkpath(repo));
        QVERIFY(test::git(repo, {QStringLiteral("init"), QStringLiteral("-q")}));
        QVERIFY(test::git(repo, {QStringLiteral("config"), QStringLiteral("core.comment"),
                                 QString::fromLatin1(pad.trimmed().mid(2))}));
        QVERIFY(test::git(repo, {QStringLiteral("remote"), QStringLiteral("add"), QStringLiteral("origin"),
                                 QStringLiteral("https://hf_user:%1@huggingface.co/acme/model")
                                     .arg(QString::fromLatin1(m_token))}));
        QVERIFY(
            test::writeFile(home + QStringLiteral("/project/__pycache__/settings.cpython-311.pyc"),
                            QByteArray("\xa7\x0d\x0d\x0a\0\0\0\0", 8) + "\xda\x25" + m_token + "N" + pad));
        const QString history = home + QStringLiteral("/.ipython/profile_default/history.sqlite");
        QVERIFY(QDir().mkpath(QFileInfo(history).absolutePath()));
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("plant"));
            db.setDatabaseName(history);
            QVERIFY(db.open());
            QSqlQuery q(db);
            for (const QString& sql :
                 {QStringLiteral(
                      "CREATE TABLE sessions (session integer primary key autoincrement, start timestamp, "
                      "end timestamp, num_cmds integer, remark text)"),
                  QStringLiteral(
                      "CREATE TABLE history (session integer, line integer, source text, source_raw "
                      "text, PRIMARY KEY (session, line))"),
                  QStringLiteral("CREATE TABLE output_history (session integer, line integer, output text, "
                                 "PRIMARY KEY (session, line))"),
                  QStringLiteral(
                      "INSERT INTO sessions VALUES (1, '2024-05-01 10:11:12.000000', NULL, 3, '')"),
                  QStringLiteral("INSERT INTO history VALUES (1, 1, 'import os', 'import os')"),
                  QStringLiteral("INSERT INTO history VALUES (1, 2, 'login(\"%1\")', 'login(\"%1\")')")
                      .arg(QString::fromLatin1(m_token)),
                  QStringLiteral("INSERT INTO history VALUES (1, 3, '%1', '%1')")
                      .arg(QString::fromLatin1(pad))}) {
                QVERIFY2(q.exec(sql), qPrintable(q.lastError().text()));
            }
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("plant"));
    }

    QList<PlannedChange> plan(const QString& home)
    {
        ScanOptions options;
        options.roots = {home};
        options.threads = 1;
        options.gitHistory = true; // .git/config is read by the git scanner
        FileSystemScanner scanner(*m_matcher, options);
        QList<Finding> all;
        scanner.run([&](QList<Finding>&& batch) { all += batch; });
        const QList<Finding> places = test::withSecret(all, m_token);
        const CleanupPlan cleanup = planCleanup(m_token, places.value(0).masked, places, all);
        QList<PlannedChange> out;
        for (const PlannedChange& c : cleanup.changes) {
            if (c.automatic()) {
                out << c;
            }
        }
        // The token install's new file: what the wizard writes into Hugging Face's store.
        PlannedChange install;
        install.action = PlannedChange::Action::WriteFile;
        install.path = home + QStringLiteral("/.cache/huggingface/token");
        install.title = QStringLiteral("Store the new token");
        install.after = "hf_" + QByteArray(34, 'N');
        install.mode = 0600;
        QDir().mkpath(QFileInfo(install.path).absolutePath());
        out << install;
        return out;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_catalogue.errors().isEmpty());
        m_matcher = std::make_unique<Matcher>(m_catalogue.rules());
        std::signal(SIGXFSZ, SIG_IGN); // a write past RLIMIT_FSIZE fails with EFBIG instead of killing us
        m_token = test::hfToken(m_rng);
        QTemporaryDir probe;
        m_canMount = ::geteuid() == 0 && ::mount("tmpfs", QFile::encodeName(probe.path()).constData(),
                                                 "tmpfs", 0, "size=64k") == 0;
        if (m_canMount) {
            ::umount(QFile::encodeName(probe.path()).constData());
        } else {
            qInfo("no tmpfs can be mounted here: the full-file-system case is left out");
        }
    }

    void everyChangeUnderEveryFault()
    {
        QList<Fault> faults{Fault::CrashAfterBackup, Fault::CrashAfterWrite, Fault::BackupDiskFull};
        if (m_canMount) {
            faults << Fault::TargetDiskFull;
        }
        QSet<PlannedChange::Action> kinds;
        int changeCount = -1;
        for (int index = 0;; ++index) {
            for (const Fault fault : std::as_const(faults)) {
                QTemporaryDir sandbox;
                QVERIFY(sandbox.isValid());
                const QString home = sandbox.filePath(QStringLiteral("home"));
                const QString backups = sandbox.filePath(QStringLiteral("backups"));
                QByteArray mountPoint;
                if (fault == Fault::TargetDiskFull) {
                    QVERIFY(QDir().mkpath(home));
                    mountPoint = QFile::encodeName(home);
                    QCOMPARE(::mount("tmpfs", mountPoint.constData(), "tmpfs", 0, "size=2m"), 0);
                }
                auto cleanupMount = qScopeGuard([&] {
                    if (!mountPoint.isEmpty()) {
                        ::umount2(mountPoint.constData(), MNT_DETACH);
                    }
                });
                plantHome(home);
                const QList<PlannedChange> changes = plan(home);
                if (changeCount < 0) {
                    changeCount = static_cast<int>(changes.size());
                    QStringList names;
                    for (const PlannedChange& c : changes) {
                        names << actionId(c.action) + QLatin1Char(' ') + QFileInfo(c.path).fileName();
                    }
                    QVERIFY2(changeCount >= 8, qPrintable(names.join(QLatin1Char(','))));
                }
                QCOMPARE(changes.size(), changeCount);
                if (index >= changeCount) {
                    break;
                }
                const PlannedChange& change = changes.at(index);
                kinds.insert(change.action);
                const QString folder = QFileInfo(change.path).absolutePath();
                const QStringList folderBefore = listing(folder);
                const bool existed = QFileInfo::exists(change.path);
                const QByteArray original = existed ? test::readAll(change.path) : QByteArray();
                const bool database = change.action == PlannedChange::Action::DeleteHistoryRows;
                const QString label =
                    QStringLiteral("%1 / %2").arg(QFileInfo(change.path).fileName(), faultName(fault));

                QString error;
                bool applied = false;
                {
                    ChangeJournal journal(backups);
                    if (fault == Fault::CrashAfterBackup || fault == Fault::CrashAfterWrite) {
                        const ChangeJournal::Stage stop = fault == Fault::CrashAfterBackup
                                                              ? ChangeJournal::Stage::BackedUp
                                                              : ChangeJournal::Stage::Written;
                        journal.faultHook = [stop](ChangeJournal::Stage stage) {
                            return stage != stop;
                        };
                        applied = journal.apply(change, &error);
                    } else if (fault == Fault::BackupDiskFull) {
                        rlimit old{};
                        QCOMPARE(::getrlimit(RLIMIT_FSIZE, &old), 0);
                        rlimit small = old;
                        small.rlim_cur = 1024;
                        QCOMPARE(::setrlimit(RLIMIT_FSIZE, &small), 0);
                        applied = journal.apply(change, &error);
                        QCOMPARE(::setrlimit(RLIMIT_FSIZE, &old), 0);
                    } else {
                        // Fill the file system the file lives on, to the last block.
                        QFile filler(home + QStringLiteral("/filler"));
                        QVERIFY(filler.open(QIODevice::WriteOnly));
                        const QByteArray block(4096, 'f');
                        while (filler.write(block) == block.size() && filler.flush()) {
                        }
                        filler.close();
                        applied = journal.apply(change, &error);
                        QFile::remove(home + QStringLiteral("/filler"));
                    }
                }
                ++m_injected;
                if (qEnvironmentVariableIsSet("KEYSCOUT_TEST_VERBOSE")) {
                    qInfo("%s: %s %s", qPrintable(label), applied ? "applied" : "refused", qPrintable(error));
                }
                if (fault != Fault::CrashAfterWrite && change.action != PlannedChange::Action::DeleteFile &&
                    !(fault == Fault::BackupDiskFull && !existed)) {
                    // Each of these faults really stopped the change (deleting a file needs no space; a new
                    // 37-byte token file needs no backup and fits under the limit).
                    QVERIFY2(!applied, qPrintable(label));
                }
                if (!applied) {
                    QVERIFY2(!error.isEmpty(), qPrintable(label));
                }

                // As after a restart: the journal settles what the fault left.
                ChangeJournal journal(backups);
                QVERIFY2(journal.problems().isEmpty(),
                         qPrintable(label + journal.problems().join(QLatin1Char(';'))));
                const QList<ChangeJournal::Entry> entries = journal.entries();
                QVERIFY2(entries.size() <= 1, qPrintable(label));
                const bool nowExists = QFileInfo::exists(change.path);
                const QByteArray now = nowExists ? test::readAll(change.path) : QByteArray();
                bool finished = false;
                if (database) {
                    const int rows = rowsHolding(change.path, m_token);
                    QVERIFY2(rows == 0 || rows == 1,
                             qPrintable(label + QStringLiteral(": %1 rows").arg(rows)));
                    finished = rows == 0;
                } else if (change.action == PlannedChange::Action::DeleteFile) {
                    QVERIFY2(!nowExists || now == original, qPrintable(label + QStringLiteral(": a mix")));
                    finished = !nowExists;
                } else {
                    QVERIFY2(
                        (existed && now == original) || (!existed && !nowExists) || now == change.after,
                        qPrintable(label + QStringLiteral(": neither the original nor the planned bytes")));
                    finished = nowExists && now == change.after;
                }
                // No temporary file beside it.
                QStringList folderNow = listing(folder);
                QStringList expected = folderBefore;
                if (finished && change.action == PlannedChange::Action::DeleteFile) {
                    expected.removeAll(QFileInfo(change.path).fileName());
                }
                if (finished && !existed) {
                    expected << QFileInfo(change.path).fileName();
                    expected.sort();
                }
                folderNow.removeAll(QStringLiteral("filler"));
                if (database) { // SQLite's own -journal/-wal files may come and go
                    folderNow = folderNow.filter(QRegularExpression(QStringLiteral("^history\\.sqlite$")));
                    expected = expected.filter(QRegularExpression(QStringLiteral("^history\\.sqlite$")));
                }
                QCOMPARE(folderNow, expected);

                // The manifest agrees with the file.
                if (entries.isEmpty()) {
                    QVERIFY2(!finished,
                             qPrintable(label + QStringLiteral(": changed without a manifest entry")));
                } else {
                    const ChangeJournal::Entry& e = entries.first();
                    QVERIFY2(e.state == QLatin1String("applied") || e.state == QLatin1String("interrupted") ||
                                 e.state == QLatin1String("failed"),
                             qPrintable(label + QStringLiteral(": state ") + e.state));
                    QCOMPARE(e.state == QLatin1String("applied"), finished);
                    if (!e.backup.isEmpty() && existed) {
                        QCOMPARE(sha(test::readAll(journal.folder() + QLatin1Char('/') + e.backup)),
                                 sha(original));
                    }
                    if (finished) {
                        QString undoError;
                        QVERIFY2(journal.undo(e.id, &undoError),
                                 qPrintable(label + QLatin1Char(' ') + undoError));
                        if (database) {
                            QCOMPARE(rowsHolding(change.path, m_token), 1);
                        } else if (existed) {
                            QCOMPARE(test::readAll(change.path), original);
                        } else {
                            QVERIFY(!QFileInfo::exists(change.path));
                        }
                    }
                }
                if (!finished && !database && existed) {
                    QCOMPARE(test::readAll(change.path), original);
                }
                ++m_survived;
            }
            if (changeCount >= 0 && index >= changeCount) {
                break;
            }
        }
        QVERIFY(kinds.contains(PlannedChange::Action::RemoveLines));
        QVERIFY(kinds.contains(PlannedChange::Action::ReplaceSecret));
        QVERIFY(kinds.contains(PlannedChange::Action::RemoveNotebookOutputs));
        QVERIFY(kinds.contains(PlannedChange::Action::DeleteHistoryRows));
        QVERIFY(kinds.contains(PlannedChange::Action::RewriteRemoteUrl));
        QVERIFY(kinds.contains(PlannedChange::Action::DeleteFile));
        QVERIFY(kinds.contains(PlannedChange::Action::WriteFile));
        qInfo("%d faults injected into %d changes (%d kinds): nothing lost in %d", m_injected, changeCount,
              static_cast<int>(kinds.size()), m_survived);
        QCOMPARE(m_survived, m_injected);
    }
};

QTEST_MAIN(TestFaults)
#include "tst_faults.moc"
