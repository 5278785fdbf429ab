// SPDX-License-Identifier: GPL-3.0-or-later
// Cleaning up a leaked token from a planted home: each kind of place gets the change a person would make by
// hand, previewed with the secret masked, backed up, written atomically and undone byte for byte; failures
// (read-only folder, a file-size limit, a crash between backup and write) never leave a half-written file.
#include "TestSupport.h"
#include "detect/Matcher.h"
#include "remediate/Assessment.h"
#include "remediate/AtomicFile.h"
#include "remediate/ChangeJournal.h"
#include "remediate/CleanupPlan.h"
#include "remediate/RemediationLog.h"
#include "rules/RuleCatalogue.h"
#include "sources/FileSystemScanner.h"

#include <QDir>
#include <QDirIterator>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <csignal>
#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace keyscout;

namespace {

using test::modeOf;
using test::readAll;

} // namespace

class TestRemediate : public QObject {
    Q_OBJECT

    RuleCatalogue m_catalogue = RuleCatalogue::builtin();
    std::unique_ptr<Matcher> m_matcher;
    QRandomGenerator m_rng{4242};

    QList<Finding> scan(const QString& root)
    {
        ScanOptions options;
        options.roots = {root};
        options.threads = 1;
        FileSystemScanner scanner(*m_matcher, options);
        QList<Finding> out;
        scanner.run([&](QList<Finding>&& batch) { out += batch; });
        return out;
    }

    static const PlannedChange* changeFor(const CleanupPlan& plan, const QString& path)
    {
        for (const PlannedChange& c : plan.changes) {
            if (c.path == path) {
                return &c;
            }
        }
        return nullptr;
    }

    CleanupPlan planFor(const QString& root, const QByteArray& token)
    {
        const QList<Finding> all = scan(root);
        const QList<Finding> places = test::withSecret(all, token);
        return planCleanup(token, places.isEmpty() ? QString() : places.first().masked, places, all);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_catalogue.errors().isEmpty());
        m_matcher = std::make_unique<Matcher>(m_catalogue.rules());
        std::signal(SIGXFSZ,
                    SIG_IGN); // a write past RLIMIT_FSIZE then fails with EFBIG instead of killing us
    }

    // Line-oriented files lose the whole entry that held the token (a timestamp line, a continued zsh
    // command, a fish record), nothing else; undo puts every byte back.
    void linesAndEntriesAreRemovedAndUndone()
    {
        QTemporaryDir home;
        QTemporaryDir backups;
        const QByteArray token = test::hfToken(m_rng);
        const QString env = home.filePath(QStringLiteral("project/.env"));
        const QString bash = home.filePath(QStringLiteral(".bash_history"));
        const QString zsh = home.filePath(QStringLiteral(".zsh_history"));
        const QString fish = home.filePath(QStringLiteral(".local/share/fish/fish_history"));
        const QString creds = home.filePath(QStringLiteral(".git-credentials"));
        const QString bashrc = home.filePath(QStringLiteral(".bashrc"));
        const QString python = home.filePath(QStringLiteral(".python_history"));
        const QByteArray bashrcBytes =
            "alias ll='ls -l'\nexport HF_TOKEN=\"" + token + "\"\nexport PATH=$HOME/bin:$PATH\n";
        const QByteArray pythonBytes =
            "import os\nos.environ['HF_TOKEN'] = '" + token + "'\nfrom transformers import pipeline\n";
        const QByteArray envBytes = "WANDB_PROJECT=demo\nHF_TOKEN=" + token + "\nDEBUG=1\n";
        const QByteArray bashBytes =
            "#1700000000\nls\n#1700000001\nexport HF_TOKEN=" + token + "\n#1700000002\npwd\n";
        const QByteArray zshBytes =
            ": 1700000000:0;ls\n: 1700000001:0;curl -H \\\n  'Authorization: Bearer " + token +
            "' \\\n  https://huggingface.co/api/whoami-v2\n: 1700000002:0;pwd\n";
        const QByteArray fishBytes =
            "- cmd: ls\n  when: 1700000000\n- cmd: export HF_TOKEN=" + token +
            "\n  when: 1700000001\n  paths:\n    - x\n- cmd: pwd\n  when: 1700000002\n";
        const QByteArray credBytes =
            "https://me:ghp_notatokenjustwords@github.com\nhttps://hf_user:" + token + "@huggingface.co\n";
        for (const auto& [path, bytes] : {std::pair{env, envBytes},
                                          {bash, bashBytes},
                                          {zsh, zshBytes},
                                          {fish, fishBytes},
                                          {creds, credBytes},
                                          {bashrc, bashrcBytes},
                                          {python, pythonBytes}}) {
            QVERIFY(test::writeFile(path, bytes));
        }
        QFile::setPermissions(creds, QFile::ReadOwner | QFile::WriteOwner);

        const CleanupPlan plan = planFor(home.path(), token);
        QVERIFY2(plan.problems.isEmpty(), qPrintable(plan.problems.join(QLatin1Char('\n'))));
        const QHash<QString, QByteArray> expected{
            {env, "WANDB_PROJECT=demo\nDEBUG=1\n"},
            {bash, "#1700000000\nls\n#1700000002\npwd\n"},
            {zsh, ": 1700000000:0;ls\n: 1700000002:0;pwd\n"},
            {fish, "- cmd: ls\n  when: 1700000000\n- cmd: pwd\n  when: 1700000002\n"},
            {creds, "https://me:ghp_notatokenjustwords@github.com\n"},
            {bashrc, "alias ll='ls -l'\nexport PATH=$HOME/bin:$PATH\n"},
            {python, "import os\nfrom transformers import pipeline\n"}};
        ChangeJournal journal(backups.path());
        QHash<QString, QString> ids;
        for (auto it = expected.cbegin(); it != expected.cend(); ++it) {
            const PlannedChange* c = changeFor(plan, it.key());
            QVERIFY2(c != nullptr, qPrintable(it.key()));
            QCOMPARE(c->action, PlannedChange::Action::RemoveLines);
            QCOMPARE(c->after, it.value());
            // The preview shows the removed lines with the token masked.
            const QString preview = c->preview.join(QLatin1Char('\n'));
            QVERIFY2(preview.contains(QLatin1Char('-')) && !preview.contains(QString::fromLatin1(token)),
                     qPrintable(preview));
            QString error;
            QString id;
            QVERIFY2(journal.apply(*c, &error, &id), qPrintable(error));
            ids.insert(it.key(), id);
            QCOMPARE(readAll(it.key()), it.value());
        }
        QCOMPARE(modeOf(creds), 0600); // the mode is kept
        QVERIFY(test::withSecret(scan(home.path()), token).isEmpty());

        // The manifest names files and hashes, never the token.
        QVERIFY(!readAll(backups.filePath(QStringLiteral("manifest.json"))).contains(token));
        QCOMPARE(modeOf(backups.path()), 0700);

        const QHash<QString, QByteArray> originals{
            {env, envBytes}, {bash, bashBytes}, {zsh, zshBytes}, {fish, fishBytes}, {creds, credBytes}};
        ChangeJournal reopened(backups.path()); // undo works from the manifest on disk
        for (auto it = originals.cbegin(); it != originals.cend(); ++it) {
            QString error;
            QVERIFY2(reopened.undo(ids.value(it.key()), &error), qPrintable(error));
            QCOMPARE(readAll(it.key()), it.value());
        }
        QCOMPARE(modeOf(creds), 0600);
        QCOMPARE(reopened.entry(ids.value(env))->state, QStringLiteral("undone"));
    }

    // A notebook loses the outputs that printed the token, the token in a cell's source becomes the
    // placeholder, and every other byte stays; an outputs list left empty is "[]".
    void notebookOutputsAreStrippedRestKept()
    {
        QTemporaryDir home;
        QTemporaryDir backups;
        const QByteArray token = test::hfToken(m_rng);
        const QByteArray head =
            "{\n \"cells\": [\n  {\n   \"cell_type\": \"code\",\n   \"execution_count\": 1,\n"
            "   \"metadata\": {},\n   \"outputs\": [\n";
        const QByteArray keptOutput = "    {\n     \"name\": \"stdout\",\n     \"output_type\": "
                                      "\"stream\",\n     \"text\": [\"ok\\n\"]\n    }";
        const QByteArray tokenOutput =
            "    {\n     \"name\": \"stdout\",\n     \"output_type\": \"stream\",\n"
            "     \"text\": [\"token " +
            token + "\\n\"]\n    }";
        const QByteArray cell1Rest = "\n   ],\n   \"source\": [\"login(\\\"" + token + "\\\")\"]\n  },\n";
        const QByteArray cell2 =
            "  {\n   \"cell_type\": \"code\",\n   \"execution_count\": 2,\n   \"metadata\": {},\n"
            "   \"outputs\": [\n" +
            tokenOutput + "\n   ],\n   \"source\": [\"print(tok)\"]\n  }\n";
        const QByteArray tail = " ],\n \"metadata\": {},\n \"nbformat\": 4,\n \"nbformat_minor\": 5\n}\n";
        const QByteArray original = head + keptOutput + ",\n" + tokenOutput + cell1Rest + cell2 + tail;
        const QString path = home.filePath(QStringLiteral("explore.ipynb"));
        QVERIFY(test::writeFile(path, original));
        // Jupyter's checkpoint of the same notebook holds the same outputs: cleaned the same way.
        const QString checkpoint =
            home.filePath(QStringLiteral(".ipynb_checkpoints/explore-checkpoint.ipynb"));
        QVERIFY(test::writeFile(checkpoint, original));

        const CleanupPlan plan = planFor(home.path(), token);
        const PlannedChange* c = changeFor(plan, path);
        QVERIFY(c != nullptr);
        QCOMPARE(c->action, PlannedChange::Action::RemoveNotebookOutputs);
        const PlannedChange* cp = changeFor(plan, checkpoint);
        QVERIFY(cp != nullptr);
        QCOMPARE(cp->action, PlannedChange::Action::RemoveNotebookOutputs);
        QCOMPARE(cp->after, c->after);
        const QByteArray expected =
            head + keptOutput + "\n   ],\n   \"source\": [\"login(\\\"REMOVED_BY_KEYSCOUT\\\")\"]\n  },\n" +
            "  {\n   \"cell_type\": \"code\",\n   \"execution_count\": 2,\n   \"metadata\": {},\n"
            "   \"outputs\": []"
            ",\n   \"source\": [\"print(tok)\"]\n  }\n" +
            tail;
        QCOMPARE(c->after, expected);
        QCOMPARE(c->count, 3); // two outputs and one source occurrence
        ChangeJournal journal(backups.path());
        QString error;
        QString id;
        QVERIFY2(journal.apply(*c, &error, &id), qPrintable(error));
        QString checkpointId;
        QVERIFY2(journal.apply(*cp, &error, &checkpointId), qPrintable(error));
        QVERIFY(test::withSecret(scan(home.path()), token).isEmpty());
        QVERIFY(journal.undo(id, &error));
        QCOMPARE(readAll(path), original);
        QVERIFY(journal.undo(checkpointId, &error));
        QCOMPARE(readAll(checkpoint), original);
    }

    // IPython's database: the rows go, so do copies in free pages of rows deleted earlier, and the WAL.
    void ipythonRowsAreDeletedSecurely()
    {
        QTemporaryDir home;
        QTemporaryDir backups;
        const QByteArray token = test::hfToken(m_rng);
        const QString path = home.filePath(QStringLiteral(".ipython/profile_default/history.sqlite"));
        QDir().mkpath(QFileInfo(path).absolutePath());
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("ipy"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery q(db);
            for (const char* sql :
                 {"PRAGMA secure_delete=OFF", "PRAGMA journal_mode=WAL",
                  "CREATE TABLE sessions (session integer primary key autoincrement, start timestamp, end "
                  "timestamp, num_cmds integer, remark text)",
                  "CREATE TABLE history (session integer, line integer, source text, source_raw text, "
                  "PRIMARY KEY (session, line))",
                  "CREATE TABLE output_history (session integer, line integer, output text, PRIMARY KEY "
                  "(session, line))",
                  "INSERT INTO sessions VALUES (1, '2024-05-01 10:11:12.000000', NULL, 3, '')"}) {
                QVERIFY2(q.exec(QString::fromLatin1(sql)), qPrintable(q.lastError().text()));
            }
            QVERIFY(q.prepare(QStringLiteral("INSERT INTO history VALUES (1, ?, ?, ?)")));
            const QList<QByteArray> sources = {"import os", "login(\"" + token + "\")", "print(1)",
                                               "os.environ['HF_TOKEN'] = '" + token + "'"};
            for (int i = 0; i < sources.size(); ++i) {
                q.addBindValue(i + 1);
                q.addBindValue(QString::fromLatin1(sources.at(i)));
                q.addBindValue(QString::fromLatin1(sources.at(i)));
                QVERIFY(q.exec());
            }
            QVERIFY(q.exec(QStringLiteral("INSERT INTO output_history VALUES (1, 2, '%1')")
                               .arg(QString::fromLatin1(token))));
            QVERIFY(q.exec(QStringLiteral("DELETE FROM history WHERE line = 4"))); // left in a free page
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("ipy"));
        const QByteArray original = readAll(path);

        const CleanupPlan plan = planFor(home.path(), token);
        const PlannedChange* c = changeFor(plan, path);
        QVERIFY(c != nullptr);
        QCOMPARE(c->action, PlannedChange::Action::DeleteHistoryRows);
        ChangeJournal journal(backups.path());
        QString error;
        QString id;
        QVERIFY2(journal.apply(*c, &error, &id), qPrintable(error));
        QVERIFY(!readAll(path).contains(token));
        QVERIFY(!readAll(path + QStringLiteral("-wal")).contains(token));
        QVERIFY(test::withSecret(scan(home.path()), token).isEmpty());
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("check"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery q(QStringLiteral("SELECT line FROM history ORDER BY line"), db);
            QList<int> lines;
            while (q.next()) {
                lines << q.value(0).toInt();
            }
            QCOMPARE(lines, (QList<int>{1, 3}));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("check"));
        // The backup is the database as it was (its WAL folded in), and undo puts it back.
        QVERIFY(journal.undo(id, &error));
        QVERIFY(readAll(path).contains(token));
        QVERIFY(!original.isEmpty());
    }

    // A token inside a remote URL: the URL without user:token@; stale bytecode: deleted, and restored.
    void remoteUrlAndBytecode()
    {
        QTemporaryDir home;
        QTemporaryDir backups;
        const QByteArray token = test::hfToken(m_rng);
        const QString repo = home.filePath(QStringLiteral("model"));
        QVERIFY(QDir().mkpath(repo));
        QVERIFY(test::git(repo, {QStringLiteral("init"), QStringLiteral("-q")}));
        QVERIFY(test::git(repo, {QStringLiteral("remote"), QStringLiteral("add"), QStringLiteral("origin"),
                                 QStringLiteral("https://hf_user:%1@huggingface.co/acme/model")
                                     .arg(QString::fromLatin1(token))}));
        const QString pyc = home.filePath(QStringLiteral("app/__pycache__/settings.cpython-311.pyc"));
        // A marshalled short string (type 0xda, length 37) followed by None ('N'), as `TOKEN = "hf_…"`
        // compiles.
        const QByteArray pycBytes = QByteArray("\xa7\x0d\x0d\x0a\0\0\0\0", 8) + "\xda\x25" + token + "N";
        QVERIFY(test::writeFile(pyc, pycBytes));

        const CleanupPlan plan = planFor(home.path(), token);
        const QString config = repo + QStringLiteral("/.git/config");
        const PlannedChange* url = changeFor(plan, config);
        QVERIFY(url != nullptr);
        QCOMPARE(url->action, PlannedChange::Action::RewriteRemoteUrl);
        QVERIFY(url->after.contains("url = https://huggingface.co/acme/model\n"));
        QVERIFY(!url->after.contains(token));
        const PlannedChange* bytecode = changeFor(plan, pyc);
        QVERIFY(bytecode != nullptr);
        QCOMPARE(bytecode->action, PlannedChange::Action::DeleteFile);

        ChangeJournal journal(backups.path());
        QString error;
        QString urlId;
        QString pycId;
        QVERIFY2(journal.apply(*url, &error, &urlId), qPrintable(error));
        QVERIFY2(journal.apply(*bytecode, &error, &pycId), qPrintable(error));
        QVERIFY(!QFileInfo::exists(pyc));
        QVERIFY(test::withSecret(scan(home.path()), token).isEmpty());
        QVERIFY(journal.undo(pycId, &error));
        QCOMPARE(readAll(pyc), pycBytes);
    }

    // Code keeps its lines: the token becomes the placeholder. Git history is a step done by hand, with a
    // command that names the token by its visible ends only.
    void codeAndHistory()
    {
        QTemporaryDir home;
        const QByteArray token = test::hfToken(m_rng);
        const QString repo = home.filePath(QStringLiteral("app"));
        QVERIFY(test::writeFile(repo + QStringLiteral("/config.py"),
                                "import os\nTOKEN = \"" + token + "\"  # TODO\nREPO = 'me/m'\n"));
        QVERIFY(test::git(repo, {QStringLiteral("init"), QStringLiteral("-q")}));
        QVERIFY(test::git(repo, {QStringLiteral("add"), QStringLiteral("-A")}));
        QVERIFY(test::git(repo, {QStringLiteral("commit"), QStringLiteral("-q"), QStringLiteral("-m"),
                                 QStringLiteral("x")}));

        const CleanupPlan plan = planFor(home.path(), token);
        const PlannedChange* code = changeFor(plan, repo + QStringLiteral("/config.py"));
        QVERIFY(code != nullptr);
        QCOMPARE(code->action, PlannedChange::Action::ReplaceSecret);
        QCOMPARE(code->after,
                 QByteArray("import os\nTOKEN = \"REMOVED_BY_KEYSCOUT\"  # TODO\nREPO = 'me/m'\n"));
        const PlannedChange* history = changeFor(plan, repo);
        QVERIFY(history != nullptr);
        QCOMPARE(history->action, PlannedChange::Action::Manual);
        QVERIFY(history->command.contains(QLatin1String("filter-repo --replace-text")));
        QVERIFY(history->command.contains(QString::fromLatin1(token.left(7))));
        QVERIFY(!history->command.contains(QString::fromLatin1(token)));
        QVERIFY(history->title.contains(QLatin1String("before anything is pushed")));
    }

    // The file changed after the preview: nothing is written. Undo after a later edit: refused.
    void staleChangesAreRefused()
    {
        QTemporaryDir home;
        QTemporaryDir backups;
        const QByteArray token = test::hfToken(m_rng);
        const QString env = home.filePath(QStringLiteral(".env"));
        QVERIFY(test::writeFile(env, "HF_TOKEN=" + token + "\n"));
        const CleanupPlan plan = planFor(home.path(), token);
        QVERIFY(test::writeFile(env, "HF_TOKEN=" + token + "\nNEW=1\n"));
        ChangeJournal journal(backups.path());
        QString error;
        QVERIFY(!journal.apply(plan.changes.first(), &error));
        QVERIFY(error.contains(env) && error.contains(QLatin1String("changed since the preview")));
        QCOMPARE(readAll(env), QByteArray("HF_TOKEN=" + token + "\nNEW=1\n"));

        const CleanupPlan fresh = planFor(home.path(), token);
        QString id;
        QVERIFY(journal.apply(fresh.changes.first(), &error, &id));
        QVERIFY(test::writeFile(env, "NEW=2\n"));
        QVERIFY(!journal.undo(id, &error));
        QVERIFY(error.contains(QLatin1String("not overwritten")));
        QCOMPARE(readAll(env), QByteArray("NEW=2\n"));
    }

    // Failing writes leave the original: a read-only folder, and a file-size limit smaller than the file.
    void failingWritesLeaveTheOriginal()
    {
        if (::geteuid() == 0) {
            // Root writes into read-only folders; the file-size limit below still applies to root.
            qInfo("running as root: the read-only folder case is checked by tst_remediate_unprivileged");
        }
        QTemporaryDir home;
        QTemporaryDir backups;
        const QByteArray token = test::hfToken(m_rng);
        const QString folder = home.filePath(QStringLiteral("locked"));
        const QString env = folder + QStringLiteral("/.env");
        const QByteArray original = "A=1\nHF_TOKEN=" + token + "\n" + QByteArray(4096, '#') + "\n";
        QVERIFY(test::writeFile(env, original));
        const CleanupPlan plan = planFor(home.path(), token);
        QCOMPARE(plan.changes.size(), 1);
        ChangeJournal journal(backups.path());
        QString error;
        if (::geteuid() != 0) {
            QVERIFY(QFile::setPermissions(folder, QFile::ReadOwner | QFile::ExeOwner));
            QVERIFY(!journal.apply(plan.changes.first(), &error));
            QVERIFY2(error.contains(env), qPrintable(error));
            QCOMPARE(readAll(env), original);
            QCOMPARE(journal.entries().last().state, QStringLiteral("failed"));
            QVERIFY(QFile::setPermissions(folder, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
        }
        // "Disk full": no file may grow past 1 KiB, so even the backup cannot be written.
        rlimit old{};
        QCOMPARE(::getrlimit(RLIMIT_FSIZE, &old), 0);
        rlimit small = old;
        small.rlim_cur = 1024;
        QCOMPARE(::setrlimit(RLIMIT_FSIZE, &small), 0);
        const qsizetype before = journal.entries().size();
        const bool applied = journal.apply(plan.changes.first(), &error);
        QCOMPARE(::setrlimit(RLIMIT_FSIZE, &old), 0);
        QVERIFY(!applied);
        QVERIFY2(error.contains(QLatin1String("File too large")), qPrintable(error));
        QCOMPARE(readAll(env), original);
        QCOMPARE(journal.entries().size(), before); // nothing recorded for a change never started
        // No temporary file left behind.
        QCOMPARE(QDir(folder).entryList(QDir::Files | QDir::Hidden), QStringList{QStringLiteral(".env")});
    }

    // A crash after the backup: the next start finds the file untouched ("interrupted"); a crash after the
    // write: the change is recorded as made and can be undone.
    void crashesAreRecovered()
    {
        QTemporaryDir home;
        QTemporaryDir backups;
        const QByteArray token = test::hfToken(m_rng);
        const QString env = home.filePath(QStringLiteral(".env"));
        const QByteArray original = "HF_TOKEN=" + token + "\nX=1\n";
        QVERIFY(test::writeFile(env, original));
        CleanupPlan plan = planFor(home.path(), token);
        QString error;
        {
            ChangeJournal journal(backups.path());
            journal.faultHook = [](ChangeJournal::Stage stage) {
                return stage != ChangeJournal::Stage::BackedUp;
            };
            QVERIFY(!journal.apply(plan.changes.first(), &error));
        }
        QCOMPARE(readAll(env), original);
        {
            ChangeJournal journal(backups.path());
            QCOMPARE(journal.entries().size(), 1);
            QCOMPARE(journal.entries().first().state, QStringLiteral("interrupted"));
            QCOMPARE(readAll(backups.filePath(journal.entries().first().backup)), original);
            journal.faultHook = [](ChangeJournal::Stage stage) {
                return stage != ChangeJournal::Stage::Written;
            };
            QVERIFY(!journal.apply(plan.changes.first(), &error));
        }
        QCOMPARE(readAll(env), QByteArray("X=1\n"));
        ChangeJournal journal(backups.path());
        QCOMPARE(journal.entries().last().state, QStringLiteral("applied"));
        QVERIFY2(journal.undo(journal.entries().last().id, &error), qPrintable(error));
        QCOMPARE(readAll(env), original);
        // Deleting a backup makes the change final.
        plan = planFor(home.path(), token);
        QString id;
        QVERIFY(journal.apply(plan.changes.first(), &error, &id));
        const QString backup = backups.filePath(journal.entry(id)->backup);
        QVERIFY(QFileInfo::exists(backup));
        QVERIFY(journal.deleteBackup(id, &error));
        QVERIFY(!QFileInfo::exists(backup));
        QVERIFY(!journal.undo(id, &error));
    }

    // A dotfile kept as a link (stow, chezmoi): the link stays a link and its target gets the new bytes.
    // Backups and remediation logs live beside the triage database (~/.local/share/keyscout/…), where README
    // and the man page say, not in Qt's per-application folder (which doubled it: keyscout/keyscout/backups).
    void foldersAreWhereTheDocumentationSays()
    {
        QTemporaryDir data;
        const QByteArray old = qgetenv("XDG_DATA_HOME");
        qputenv("XDG_DATA_HOME", data.path().toUtf8());
        QCoreApplication::setOrganizationName(QStringLiteral("keyscout"));
        QCoreApplication::setApplicationName(QStringLiteral("keyscout"));
        QCOMPARE(ChangeJournal::defaultFolder(), data.path() + QStringLiteral("/keyscout/backups"));
        const RemediationLog log(QString(64, QLatin1Char('a')), QStringLiteral("hf_AbCd…WxYz"),
                                 QStringLiteral("Hugging Face user access token"));
        QVERIFY2(
            log.defaultPath().startsWith(data.path() + QStringLiteral("/keyscout/remediation/aaaaaaaaaaaa-")),
            qPrintable(log.defaultPath()));
        qputenv("XDG_DATA_HOME", old);
    }

    void linksStayLinks()
    {
        QTemporaryDir home;
        const QString target = home.filePath(QStringLiteral("dotfiles/env"));
        QVERIFY(test::writeFile(target, "HF_TOKEN=x\nA=1\n"));
        QFile::setPermissions(target, QFile::ReadOwner | QFile::WriteOwner);
        const QString link = home.filePath(QStringLiteral(".env"));
        QVERIFY(QFile::link(target, link));
        QString error;
        QVERIFY2(writeFileAtomically(link, "A=1\n", &error), qPrintable(error));
        QVERIFY(QFileInfo(link).isSymLink());
        QCOMPARE(readAll(target), QByteArray("A=1\n"));
        QCOMPARE(modeOf(target), 0600);
        // A link to nothing is refused, not replaced by a file.
        const QString dangling = home.filePath(QStringLiteral(".envrc"));
        QVERIFY(QFile::link(home.filePath(QStringLiteral("missing")), dangling));
        QVERIFY(!writeFileAtomically(dangling, "A=1\n", &error));
        QVERIFY(error.contains(dangling));
        QVERIFY(QFileInfo(dangling).isSymLink());
    }

    // WriteFile: a file that did not exist is created with the planned mode and recorded as created; undo
    // deletes it. An existing file is backed up, replaced whole, and undone byte for byte with its mode. A
    // file that appeared after the plan is not overwritten; a crash before the creation is "interrupted".
    void writeFileCreatesAndReplaces()
    {
        QTemporaryDir home;
        QTemporaryDir backups;
        const QString path = home.filePath(QStringLiteral("token"));
        PlannedChange create;
        create.action = PlannedChange::Action::WriteFile;
        create.path = path;
        create.title = QStringLiteral("Store the new token");
        create.after = "new-content";
        create.mode = 0600;
        ChangeJournal journal(backups.path());
        QString error;
        QString id;
        QVERIFY2(journal.apply(create, &error, &id), qPrintable(error));
        QCOMPARE(readAll(path), QByteArray("new-content"));
        QCOMPARE(modeOf(path), 0600);
        QVERIFY(journal.entry(id)->created);
        QCOMPARE(journal.entry(id)->action, QStringLiteral("write-file"));
        QVERIFY(journal.entry(id)->backup.isEmpty());
        // The manifest keeps "created" across a restart.
        QVERIFY(ChangeJournal(backups.path()).entry(id)->created);
        QVERIFY2(journal.undo(id, &error), qPrintable(error));
        QVERIFY(!QFileInfo::exists(path));
        QCOMPARE(journal.entry(id)->state, QStringLiteral("undone"));

        // Appeared since the plan: refused, the newcomer kept.
        QVERIFY(test::writeFile(path, "someone else's"));
        const qsizetype recorded = journal.entries().size();
        QVERIFY(!journal.apply(create, &error));
        QVERIFY2(error.contains(QLatin1String("changed since the preview")), qPrintable(error));
        QCOMPARE(readAll(path), QByteArray("someone else's"));
        QCOMPARE(journal.entries().size(), recorded); // nothing recorded for a change never started

        // Replacing an existing file: backed up, new mode, undone byte for byte with the old mode.
        QVERIFY(QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup |
                                                QFile::ReadOther));
        PlannedChange replace = create;
        replace.before = "someone else's";
        replace.after = "replaced";
        QVERIFY2(journal.apply(replace, &error, &id), qPrintable(error));
        QCOMPARE(readAll(path), QByteArray("replaced"));
        QCOMPARE(modeOf(path), 0600);
        QVERIFY(!journal.entry(id)->created);
        // Changed after the write: undo refuses rather than lose the edit.
        QVERIFY(test::writeFile(path, "edited"));
        QVERIFY(!journal.undo(id, &error));
        QVERIFY(test::writeFile(path, "replaced"));
        QVERIFY2(journal.undo(id, &error), qPrintable(error));
        QCOMPARE(readAll(path), QByteArray("someone else's"));
        QCOMPARE(modeOf(path), 0644);

        // A crash between the manifest and the creation: the next start calls it interrupted; a crash
        // after the creation: applied, and undo deletes the file.
        QVERIFY(QFile::remove(path));
        {
            ChangeJournal crashing(backups.path());
            crashing.faultHook = [](ChangeJournal::Stage stage) {
                return stage != ChangeJournal::Stage::BackedUp;
            };
            QVERIFY(!crashing.apply(create, &error));
        }
        QCOMPARE(ChangeJournal(backups.path()).entries().last().state, QStringLiteral("interrupted"));
        {
            ChangeJournal crashing(backups.path());
            crashing.faultHook = [](ChangeJournal::Stage stage) {
                return stage != ChangeJournal::Stage::Written;
            };
            QVERIFY(!crashing.apply(create, &error));
        }
        ChangeJournal recovered(backups.path());
        QCOMPARE(recovered.entries().last().state, QStringLiteral("applied"));
        QVERIFY2(recovered.undo(recovered.entries().last().id, &error), qPrintable(error));
        QVERIFY(!QFileInfo::exists(path));
    }

    // The verdict weighs the worst place and what a check said.
    // Where to start reading an audit log and a commit history: the oldest place, a commit by its time, a
    // file by its modification time; no place with a time, no answer.
    void firstExposureIsTheOldestPlace()
    {
        Finding file;
        file.path = QStringLiteral("/home/ada/.env");
        file.file.mtime = 1'700'000'000;
        Finding commit;
        commit.path = QStringLiteral("/home/ada/app/config.py");
        commit.place.kind = SourceKind::Git;
        commit.place.git.time = 1'600'000'000;
        commit.file.mtime = 1'750'000'000; // the repository's file time is not the commit's
        Finding unknown;
        unknown.path = QStringLiteral("/proc/42/environ");
        const QList<Finding> places{file, commit, unknown};
        const Finding* first = firstExposure(places);
        QVERIFY(first != nullptr);
        QCOMPARE(first->path, commit.path);
        QCOMPARE(exposureTime(*first), 1'600'000'000);
        const QList<Finding> filesOnly{unknown, file};
        QCOMPARE(firstExposure(filesOnly)->path, file.path);
        QCOMPARE(firstExposure(QList<Finding>{unknown}), nullptr);
    }

    void assessmentVerdicts()
    {
        Finding store;
        store.place.kind = SourceKind::TokenStore;
        store.path = QStringLiteral("/home/me/.cache/huggingface/token");
        store.file.mode = 0600;
        store.severity = Severity::Info; // a private store holding the active token
        Assessment a = assess({store}, std::nullopt);
        QVERIFY(!a.mustRevoke);
        QVERIFY(a.verdict.startsWith(QLatin1String("Kept only in Hugging Face's token store")));

        Finding env;
        env.place.kind = SourceKind::Environment;
        env.path = QStringLiteral("/home/me/app/.env");
        env.file.mode = 0644;
        a = assess({store, env}, std::nullopt);
        QVERIFY(a.mustRevoke);
        QVERIFY2(a.verdict.contains(QLatin1String("revoke it and reissue it as a fine-grained token")),
                 qPrintable(a.verdict));

        CheckResult dead;
        dead.state = CheckResult::State::Invalid;
        a = assess({env}, dead);
        QVERIFY(a.dead);
        QVERIFY(a.verdict.contains(QLatin1String("no longer works")));

        CheckResult read;
        read.state = CheckResult::State::Valid;
        read.role = QStringLiteral("read");
        a = assess({store}, read);
        QVERIFY(a.legacy && !a.couldWrite);
        QVERIFY(a.verdict.contains(QLatin1String("classic read token")));
        CheckResult fine;
        fine.state = CheckResult::State::Valid;
        fine.role = QStringLiteral("fineGrained");
        fine.scoped = {{QStringLiteral("model"), QStringLiteral("me/bert"), {QStringLiteral("repo.write")}}};
        a = assess({env}, fine);
        QVERIFY(a.couldWrite && !a.legacy);
    }

    // The Hub repositories a token's repositories push to, whatever form their remote URL takes.
    void hubRepositoriesFromRemotes()
    {
        QTemporaryDir home;
        const QString a = home.filePath(QStringLiteral("a"));
        const QString b = home.filePath(QStringLiteral("b"));
        for (const QString& repo : {a, b}) {
            QVERIFY(QDir().mkpath(repo));
            QVERIFY(test::git(repo, {QStringLiteral("init"), QStringLiteral("-q")}));
        }
        QVERIFY(test::git(a, {QStringLiteral("remote"), QStringLiteral("add"), QStringLiteral("origin"),
                              QStringLiteral("https://huggingface.co/datasets/acme/corpus.git")}));
        QVERIFY(test::git(a, {QStringLiteral("remote"), QStringLiteral("add"), QStringLiteral("gh"),
                              QStringLiteral("git@github.com:acme/corpus.git")}));
        QVERIFY(
            test::git(b, {QStringLiteral("config"), QStringLiteral("url.https://huggingface.co/.insteadOf"),
                          QStringLiteral("hf:")}));
        QVERIFY(test::git(b, {QStringLiteral("remote"), QStringLiteral("add"), QStringLiteral("origin"),
                              QStringLiteral("hf:alice/model")}));
        Finding inHistory;
        inHistory.place.kind = SourceKind::Git;
        inHistory.place.git.repository = a;
        Finding inTree;
        inTree.worktree.root = b;
        QCOMPARE(hubRepositoriesOf({inHistory, inTree}),
                 (QStringList{QStringLiteral("datasets/acme/corpus"), QStringLiteral("alice/model")}));
    }

    // The log names the token by mask and fingerprint; saved owner-only.
    void logHoldsNoSecret()
    {
        QTemporaryDir dir;
        const QByteArray token = test::hfToken(m_rng);
        RemediationLog log(sha256Hex(token), QStringLiteral("hf_AbCd\u2026WxYz"),
                           QStringLiteral("Hugging Face token"));
        log.add(QStringLiteral("Revoke"), QStringLiteral("confirmed"));
        log.setRemaining({QStringLiteral("By hand: git history")});
        const QString path = dir.filePath(QStringLiteral("logs/log.md"));
        QString error;
        QVERIFY2(log.save(path, &error), qPrintable(error));
        const QByteArray bytes = readAll(path);
        QVERIFY(bytes.contains("**Revoke** confirmed"));
        QVERIFY(bytes.contains("By hand: git history"));
        QVERIFY(bytes.contains(sha256Hex(token).toLatin1()));
        QVERIFY(!bytes.contains(token));
        QCOMPARE(modeOf(path), 0600);
    }
};

QTEST_GUILESS_MAIN(TestRemediate)
#include "tst_remediate.moc"
