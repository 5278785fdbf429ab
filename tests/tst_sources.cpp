// SPDX-License-Identifier: GPL-3.0-or-later
// The places ML work leaves credentials, read in their own terms through the real filesystem scan of a
// planted home: shell histories give the command's time, env files the variable, credential files the host
// and user, the token store the saved token's name (and a private store is informational), docker's base64
// auths are decoded, IPython's database is read row by row and its deleted rows are still found.
#include "TestSupport.h"
#include "detect/Matcher.h"
#include "findings/PlaceDescription.h"
#include "rules/RuleCatalogue.h"
#include "sources/FileSystemScanner.h"

#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <sys/stat.h>

using namespace keyscout;

class TestSources : public QObject {
    Q_OBJECT
private:
    RuleCatalogue m_catalogue = RuleCatalogue::builtin();
    std::unique_ptr<Matcher> m_matcher;
    QRandomGenerator m_rng{2718};

    struct Outcome {
        QList<Finding> findings;
        QList<SkippedItem> notices;
    };

    Outcome scan(const QString& root)
    {
        ScanOptions options;
        options.roots = {root};
        options.threads = 1;
        FileSystemScanner scanner(*m_matcher, options);
        Outcome out;
        scanner.run([&](QList<Finding>&& batch) { out.findings += batch; });
        out.notices = scanner.notices();
        return out;
    }

private slots:
    void initTestCase()
    {
        qputenv("TZ", "UTC");
        QVERIFY(m_catalogue.errors().isEmpty());
        m_matcher = std::make_unique<Matcher>(m_catalogue.rules());
    }

    void historiesGiveTheCommandAndItsTime()
    {
        QTemporaryDir home;
        const QByteArray zshToken = test::hfToken(m_rng);
        const QByteArray fishToken = test::hfToken(m_rng);
        const QByteArray bashToken = test::hfToken(m_rng);
        QVERIFY(test::writeFile(home.filePath(QStringLiteral(".zsh_history")),
                                ": 1700000000:0;ls\n: 1700000100:3;huggingface-cli login \\\n--token " +
                                    zshToken + "\n: 1700000200:0;git push\n"));
        QVERIFY(test::writeFile(home.filePath(QStringLiteral(".local/share/fish/fish_history")),
                                "- cmd: echo hi\n  when: 1700000300\n- cmd: export HF_TOKEN=" + fishToken +
                                    "\n  when: 1700000400\n"));
        QVERIFY(test::writeFile(home.filePath(QStringLiteral(".bash_history")),
                                "#1700000500\nls\n#1700000600\nexport HF_TOKEN=" + bashToken + "\n"));
        const Outcome out = scan(home.path());
        QVERIFY(out.notices.isEmpty());

        const QList<Finding> zsh = test::withSecret(out.findings, zshToken);
        QCOMPARE(zsh.size(), 1);
        QCOMPARE(zsh.first().place.kind, SourceKind::ShellHistory);
        QCOMPARE(zsh.first().place.time, 1700000100);
        QCOMPARE(zsh.first().place.entry, 2);
        QCOMPARE(zsh.first().line, 3);
        QCOMPARE(describePlace(zsh.first()),
                 QStringLiteral("Shell history .zsh_history, line 3, run 2023-11-14 22:15"));

        const QList<Finding> fish = test::withSecret(out.findings, fishToken);
        QCOMPARE(fish.size(), 1);
        QCOMPARE(fish.first().place.time, 1700000400);
        QCOMPARE(fish.first().line, 3);

        const QList<Finding> bash = test::withSecret(out.findings, bashToken);
        QCOMPARE(bash.size(), 1);
        QCOMPARE(bash.first().place.time, 1700000600);
    }

    void envAndCredentialFilesNameTheVariableHostAndUser()
    {
        QTemporaryDir home;
        const QByteArray envToken = test::hfToken(m_rng);
        const QByteArray gitToken = test::hfToken(m_rng);
        const QByteArray netrcToken = test::githubToken(m_rng);
        QVERIFY(test::writeFile(home.filePath(QStringLiteral("proj/.env")),
                                "# settings\nexport HUGGINGFACEHUB_API_TOKEN='" + envToken +
                                    "'  # for langchain\n"));
        const QByteArray password =
            test::randomString(m_rng, "abcdefghijkmnopqrstuvwxyzABCDEFGH23456789", 18);
        QVERIFY(test::writeFile(home.filePath(QStringLiteral(".git-credentials")),
                                "https://me:" + gitToken + "@huggingface.co\nhttps://deploy:" + password +
                                    "@gitlab.internal.example\n"));
        QVERIFY(test::writeFile(home.filePath(QStringLiteral(".netrc")),
                                "machine api.github.com\n  password " + netrcToken + "\n  login octo\n"));
        const Outcome out = scan(home.path());

        const QList<Finding> env = test::withSecret(out.findings, envToken);
        QCOMPARE(env.size(), 1);
        QCOMPARE(env.first().place.kind, SourceKind::Environment);
        QCOMPARE(env.first().place.name, QStringLiteral("HUGGINGFACEHUB_API_TOKEN"));
        QCOMPARE(describePlace(env.first()),
                 QStringLiteral("Environment file .env, variable HUGGINGFACEHUB_API_TOKEN, line 2"));

        const QList<Finding> git = test::withSecret(out.findings, gitToken);
        QCOMPARE(git.size(), 1);
        QCOMPARE(git.first().place.kind, SourceKind::CredentialFile);
        QCOMPARE(git.first().place.name, QStringLiteral("huggingface.co"));
        QCOMPARE(git.first().place.user, QStringLiteral("me"));
        QCOMPARE(describePlace(git.first()),
                 QStringLiteral("Git credentials for huggingface.co (user me), line 1"));
        QCOMPARE(git.first().ruleId, QStringLiteral("huggingface.user_token")); // the known kind wins
        // A password of no known kind is still one finding for its URL, with host and user.
        const QList<Finding> other = test::withSecret(out.findings, password);
        QCOMPARE(other.size(), 1);
        QCOMPARE(other.first().ruleId, QStringLiteral("git_credentials.password"));
        QCOMPARE(describePlace(other.first()),
                 QStringLiteral("Git credentials for gitlab.internal.example (user deploy), line 2"));

        const QList<Finding> netrc = test::withSecret(out.findings, netrcToken);
        QCOMPARE(netrc.size(), 1);
        QCOMPARE(netrc.first().place.name, QStringLiteral("api.github.com"));
        QCOMPARE(netrc.first().place.user, QStringLiteral("octo")); // the login after the password
    }

    void condaEnvironmentVariablesAndExposureClasses()
    {
        QTemporaryDir home;
        const QByteArray conda = test::hfToken(m_rng);
        const QByteArray history = test::hfToken(m_rng);
        QVERIFY(test::writeFile(
            home.filePath(QStringLiteral("miniconda3/envs/llm/conda-meta/state")),
            "{\n  \"env_vars\": {\n    \"HF_HUB_CACHE\": \"/data/hf\",\n    \"HF_TOKEN\": \"" + conda +
                "\"\n  }\n}\n"));
        // A private history, with a documentation placeholder next to the real token.
        const QString bash = home.filePath(QStringLiteral(".bash_history"));
        QVERIFY(
            test::writeFile(bash, "export HF_TOKEN=hf_YOUR_TOKEN_HERE\nexport HF_TOKEN=" + history + "\n"));
        ::chmod(QFile::encodeName(bash).constData(), 0600);
        const Outcome out = scan(home.path());
        QCOMPARE(out.findings.size(), 2);

        const Finding c = test::withSecret(out.findings, conda).value(0);
        QCOMPARE(c.place.kind, SourceKind::Environment);
        QCOMPARE(c.place.name, QStringLiteral("HF_TOKEN"));
        QCOMPARE(c.line, 4);
        QCOMPARE(describePlace(c), QStringLiteral("Conda environment llm, variable HF_TOKEN, line 4"));

        const Finding h = test::withSecret(out.findings, history).value(0);
        QCOMPARE(h.line, 2);
        QCOMPARE(exposureOf(h), Exposure::History);
        QCOMPARE(exposureId(exposureOf(h)), QStringLiteral("history"));
    }

    void dockerAuthIsDecoded()
    {
        // The token is only in base64 in the file: the plain read cannot see it.
        QTemporaryDir home;
        const QByteArray token = test::githubToken(m_rng);
        const QByteArray auth = QByteArray("octo:" + token).toBase64();
        QVERIFY(test::writeFile(home.filePath(QStringLiteral(".docker/config.json")),
                                "{\n\t\"auths\": {\n\t\t\"ghcr.io\": {\n\t\t\t\"auth\": \"" + auth +
                                    "\"\n\t\t}\n\t}\n}\n"));
        const Outcome out = scan(home.path());
        const QList<Finding> found = test::withSecret(out.findings, token);
        QCOMPARE(found.size(), 1);
        const Finding& f = found.first();
        QCOMPARE(f.place.name, QStringLiteral("ghcr.io"));
        QCOMPARE(f.place.user, QStringLiteral("octo"));
        QCOMPARE(f.line, 4);
        QCOMPARE(f.offset, -1); // encoded in the file
        QVERIFY(f.notes.join(QLatin1Char(' ')).contains(QLatin1String("base64")));
        QCOMPARE(describePlace(f), QStringLiteral("Docker login for ghcr.io (user octo), line 4"));
        QVERIFY(!f.context.join(QLatin1Char('\n')).contains(QString::fromLatin1(token)));
    }

    void tokenStoreIsStoredNotLeaked()
    {
        QTemporaryDir home;
        const QByteArray active = test::hfToken(m_rng);
        const QByteArray saved = test::hfToken(m_rng);
        const QString store = home.filePath(QStringLiteral(".cache/huggingface"));
        QVERIFY(test::writeFile(store + QStringLiteral("/token"), active));
        QVERIFY(
            test::writeFile(store + QStringLiteral("/stored_tokens"),
                            "[laptop]\nhf_token = " + active + "\n\n[ci-write]\nhf_token = " + saved + "\n"));
        ::chmod(QFile::encodeName(store + QStringLiteral("/token")).constData(), 0600);
        ::chmod(QFile::encodeName(store + QStringLiteral("/stored_tokens")).constData(), 0644);
        const Outcome out = scan(home.path());

        const QList<Finding> a = test::withSecret(out.findings, active);
        QCOMPARE(a.size(), 2);
        for (const Finding& f : a) {
            QCOMPARE(f.place.kind, SourceKind::TokenStore);
        }
        const auto tokenFile = std::find_if(
            a.begin(), a.end(), [](const Finding& f) { return f.path.endsWith(QLatin1String("/token")); });
        QVERIFY(tokenFile != a.end());
        QCOMPARE(tokenFile->severity, Severity::Info); // private: where it belongs
        const QList<Finding> s = test::withSecret(out.findings, saved);
        QCOMPARE(s.size(), 1);
        QCOMPARE(s.first().place.name, QStringLiteral("ci-write"));
        QVERIFY(s.first().severity > Severity::Info); // readable by every user: a leak
        QCOMPARE(describePlace(s.first()),
                 QStringLiteral("Hugging Face saved token \u201cci-write\u201d, line 5"));
        QCOMPARE(copiesOutsideTokenStore(a), 0); // both places are the store
        QList<Finding> withCopy = a;
        Finding copy = a.first();
        copy.place = Place{};
        withCopy << copy;
        QCOMPARE(copiesOutsideTokenStore(withCopy), 1);
    }

    void ipythonHistoryRowsAndDeletedRows()
    {
        QTemporaryDir home;
        const QString path = home.filePath(QStringLiteral(".ipython/profile_default/history.sqlite"));
        QDir().mkpath(QFileInfo(path).absolutePath());
        const QByteArray kept = test::hfToken(m_rng);
        const QByteArray deleted = test::hfToken(m_rng);
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("ipy"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("PRAGMA secure_delete=OFF")));
            for (const char* sql :
                 {"CREATE TABLE sessions (session integer primary key autoincrement, start timestamp, end "
                  "timestamp, "
                  "num_cmds integer, remark text)",
                  "CREATE TABLE history (session integer, line integer, source text, source_raw text, "
                  "PRIMARY KEY "
                  "(session, line))",
                  "CREATE TABLE output_history (session integer, line integer, output text, PRIMARY KEY "
                  "(session, "
                  "line))",
                  "INSERT INTO sessions VALUES (1, '2024-05-01 10:11:12.000000', NULL, 3, '')"}) {
                QVERIFY2(q.exec(QString::fromLatin1(sql)), qPrintable(q.lastError().text()));
            }
            QVERIFY(q.prepare(QStringLiteral("INSERT INTO history VALUES (1, ?, ?, ?)")));
            const QList<QByteArray> sources = {"import os",
                                               "from huggingface_hub import login\nlogin(\"" + kept + "\")",
                                               "os.environ['HF_TOKEN'] = '" + deleted + "'"};
            for (int i = 0; i < sources.size(); ++i) {
                q.addBindValue(i + 1);
                q.addBindValue(QString::fromLatin1(sources.at(i)));
                q.addBindValue(QString::fromLatin1(sources.at(i)));
                QVERIFY(q.exec());
            }
            // The person deletes the line with the token, as a guide might tell them: the bytes stay in the
            // page.
            QVERIFY(q.exec(QStringLiteral("DELETE FROM history WHERE line = 3")));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("ipy"));

        const Outcome out = scan(home.path());
        const QList<Finding> k = test::withSecret(out.findings, kept);
        QCOMPARE(k.size(), 1);
        QCOMPARE(k.first().place.kind, SourceKind::IPythonHistory);
        QCOMPARE(k.first().place.session, 1);
        QCOMPARE(k.first().place.entry, 2);
        QCOMPARE(k.first().place.lineInPart, 2);
        QCOMPARE(k.first().context.at(0), QStringLiteral("from huggingface_hub import login"));
        QVERIFY(describePlace(k.first()).startsWith(QLatin1String("IPython history, session 1, In [2]")));

        const QList<Finding> d = test::withSecret(out.findings, deleted);
        QVERIFY(!d.isEmpty()); // once per copy left in the page (IPython stores source and source_raw)
        for (const Finding& f : d) {
            QCOMPARE(f.place.kind, SourceKind::IPythonHistory);
            QVERIFY(f.notes.join(QLatin1Char(' ')).contains(QLatin1String("deleted rows or free pages")));
        }
        // Nothing was written next to the database.
        QCOMPARE(QDir(QFileInfo(path).absolutePath()).entryList(QDir::Files),
                 QStringList{QStringLiteral("history.sqlite")});
    }

    // A secret in a git working tree with a remote is one commit and one push away from publication, unless
    // git ignores the file; placeholders beside real tokens stay quiet.
    void exposureInAGitWorkingTree()
    {
        QTemporaryDir home;
        const QString repo = home.filePath(QStringLiteral("projects/model"));
        QVERIFY(QDir().mkpath(repo));
        auto git = [&repo](const QStringList& args) {
            QProcess p;
            p.setWorkingDirectory(repo);
            p.start(QStringLiteral("git"),
                    QStringList{QStringLiteral("-c"), QStringLiteral("user.name=T"), QStringLiteral("-c"),
                                QStringLiteral("user.email=t@example.org")} +
                        args);
            return p.waitForFinished() && p.exitCode() == 0;
        };
        QVERIFY(git({QStringLiteral("init"), QStringLiteral("-q")}));
        QVERIFY(git({QStringLiteral("remote"), QStringLiteral("add"), QStringLiteral("origin"),
                     QStringLiteral("https://huggingface.co/acme/model")}));
        const QByteArray unignored = test::hfToken(m_rng);
        const QByteArray ignored = test::hfToken(m_rng);
        const QByteArray tracked = test::hfToken(m_rng);
        const QByteArray outside = test::hfToken(m_rng);
        QVERIFY(test::writeFile(repo + QStringLiteral("/.gitignore"), "secrets/\n"));
        QVERIFY(test::writeFile(repo + QStringLiteral("/train.env"),
                                "HF_TOKEN=" + unignored +
                                    "\nEXAMPLE_TOKEN=hf_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\n"));
        QVERIFY(test::writeFile(repo + QStringLiteral("/secrets/.env"), "HF_TOKEN=" + ignored + "\n"));
        QVERIFY(test::writeFile(repo + QStringLiteral("/config.py"), "TOKEN = \"" + tracked + "\"\n"));
        QVERIFY(git({QStringLiteral("add"), QStringLiteral("config.py")}));
        QVERIFY(test::writeFile(home.filePath(QStringLiteral("notes/.env")), "HF_TOKEN=" + outside + "\n"));
        for (const char* f : {"projects/model/train.env", "projects/model/secrets/.env",
                              "projects/model/config.py", "notes/.env"}) {
            ::chmod(QFile::encodeName(home.filePath(QString::fromLatin1(f))).constData(), 0600);
        }
        const QStringList before =
            QDir(repo + QStringLiteral("/.git")).entryList(QDir::AllEntries | QDir::Hidden);

        const Outcome out = scan(home.path());
        // Four files, and the staged config.py blob in the repository's object database; not the placeholder.
        QCOMPARE(out.findings.size(), 5);
        const QList<Finding> staged = test::withSecret(out.findings, tracked);
        QCOMPARE(staged.size(), 2);
        QVERIFY(std::any_of(staged.begin(), staged.end(), [](const Finding& f) {
            return f.place.kind == SourceKind::Git && f.place.git.pathInRepo == QLatin1String("config.py");
        }));

        const Finding u = test::withSecret(out.findings, unignored).value(0);
        QCOMPARE(u.worktree.root, repo);
        QCOMPARE(u.worktree.remote, QStringLiteral("origin"));
        QCOMPARE(u.worktree.remoteHost, QStringLiteral("huggingface.co"));
        QVERIFY(!u.worktree.ignored);
        QVERIFY(!u.worktree.tracked);
        QCOMPARE(exposureOf(u), Exposure::GitWorkingTree);
        QVERIFY(exposureExplanation(u).contains(QLatin1String("huggingface.co")));

        const Finding i = test::withSecret(out.findings, ignored).value(0);
        QVERIFY(i.worktree.ignored);
        QCOMPARE(exposureOf(i), Exposure::PrivateFile);
        QVERIFY(exposureExplanation(i).contains(QLatin1String("ignores this file")));

        const auto trackedFile = std::find_if(
            staged.begin(), staged.end(), [](const Finding& f) { return f.place.kind != SourceKind::Git; });
        QVERIFY(trackedFile != staged.end());
        const Finding t = *trackedFile;
        QVERIFY(t.worktree.tracked);
        QCOMPARE(exposureOf(t), Exposure::GitWorkingTree);
        QVERIFY(exposureExplanation(t).contains(QLatin1String("tracked")));

        const Finding o = test::withSecret(out.findings, outside).value(0);
        QVERIFY(!o.worktree.inRepository());
        QCOMPARE(exposureOf(o), Exposure::PrivateFile);
        // The repository was only read.
        QCOMPARE(QDir(repo + QStringLiteral("/.git")).entryList(QDir::AllEntries | QDir::Hidden), before);
    }

    void sameTokenInCiAndAtHomeIsSharedAcrossEnvironments()
    {
        QTemporaryDir home;
        const QByteArray shared = test::hfToken(m_rng);
        const QByteArray ciOnly = test::hfToken(m_rng);
        QVERIFY(test::writeFile(home.filePath(QStringLiteral("proj/.github/workflows/train.yml")),
                                "env:\n  HF_TOKEN: " + shared + "\n  OTHER: " + ciOnly + "\n"));
        QVERIFY(test::writeFile(home.filePath(QStringLiteral(".bash_history")),
                                "export HF_TOKEN=" + shared + "\n"));
        const Outcome out = scan(home.path());
        const QList<Finding> s = test::withSecret(out.findings, shared);
        QCOMPARE(s.size(), 2);
        QVERIFY(sharedAcrossEnvironments(s));
        QVERIFY(!sharedAcrossEnvironments(test::withSecret(out.findings, ciOnly)));
    }

    void brokenDockerConfigIsANotice()
    {
        QTemporaryDir home;
        const QByteArray token = test::githubToken(m_rng);
        QVERIFY(test::writeFile(home.filePath(QStringLiteral(".docker/config.json")),
                                "{\"auths\": {\"ghcr.io\": {\"password\": \"" + token + "\""));
        const Outcome out = scan(home.path());
        QCOMPARE(test::withSecret(out.findings, token).size(), 1); // the plain read still finds it
        QCOMPARE(out.notices.size(), 1);
        QVERIFY(out.notices.first().path.endsWith(QLatin1String(".docker/config.json")));
        QVERIFY(!out.notices.first().reason.toUtf8().contains(token));
    }
};

QTEST_GUILESS_MAIN(TestSources)
#include "tst_sources.moc"
