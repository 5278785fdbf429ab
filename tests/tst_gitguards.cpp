// SPDX-License-Identifier: GPL-3.0-or-later
// Keyscout's guards in real repositories made with git: the pre-commit hook stops a commit whose staged files
// hold a token (masked in its message) and lets a clean one through, chains an existing hook and gives it
// back byte for byte, honours core.hooksPath; the notebook clean filter commits notebooks without outputs
// while the working copy keeps them, and its removal leaves the config and attributes as they were.
#include "TestSupport.h"
#include "remediate/GitGuards.h"
#include "rules/RuleCatalogue.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace keyscout;

namespace {

using test::runGit;

QByteArray headCommit(const QString& repo)
{
    return runGit(repo, {QStringLiteral("rev-parse"), QStringLiteral("HEAD")}).out.trimmed();
}

const QString kKeyscout = QStringLiteral(KEYSCOUT_BINARY);

// A notebook as Jupyter writes it: a code cell with `outputs` and `count`, and a markdown cell.
QByteArray notebook(const QByteArray& outputs, const QByteArray& count, const QByteArray& eol)
{
    QByteArray nb =
        "{\n \"cells\": [\n  {\n   \"cell_type\": \"code\",\n   \"execution_count\": " + count +
        ",\n   \"id\": \"a1\",\n   \"metadata\": {\"scrolled\": true},\n   \"outputs\": " + outputs +
        ",\n   \"source\": [\n    \"print('loss')\"\n   ]\n  },\n  {\n   \"cell_type\": \"markdown\",\n"
        "   \"id\": \"b2\",\n   \"metadata\": {},\n   \"source\": [\"# Notes\"]\n  }\n ],\n"
        " \"metadata\": {\"kernelspec\": {\"name\": \"python3\"}},\n \"nbformat\": 4,\n"
        " \"nbformat_minor\": 5\n}\n";
    nb.replace("\n", eol);
    return nb;
}

// With a stream output and an execute_result.
QByteArray notebookWithOutputs(const QByteArray& eol = "\n")
{
    return notebook(
        "[\n    {\n     \"name\": \"stdout\",\n     \"output_type\": \"stream\",\n     \"text\": [\n"
        "      \"loss 0.25\\n\"\n     ]\n    },\n    {\n     \"data\": {\"text/plain\": [\"42\"]},\n"
        "     \"execution_count\": 7,\n     \"metadata\": {},\n     \"output_type\": \"execute_result\"\n"
        "    }\n   ]",
        "7", eol);
}

// What the clean filter makes of it.
QByteArray notebookStripped(const QByteArray& eol = "\n")
{
    return notebook("[]", "null", eol);
}

} // namespace

class TestGitGuards : public QObject {
    Q_OBJECT

    QRandomGenerator m_rng{99};
    QTemporaryDir m_home;

    // A repository with one commit.
    static QString makeRepository(const QTemporaryDir& dir)
    {
        const QString repo = dir.filePath(QStringLiteral("repo"));
        [&] {
            QVERIFY(QDir().mkpath(repo));
            QVERIFY(test::git(repo, {QStringLiteral("init"), QStringLiteral("-q")}));
            QVERIFY(test::writeFile(repo + QStringLiteral("/README.md"), "# model\n"));
            QVERIFY(test::git(repo, {QStringLiteral("add"), QStringLiteral("README.md")}));
            QVERIFY(test::git(repo, {QStringLiteral("commit"), QStringLiteral("-q"), QStringLiteral("-m"),
                                     QStringLiteral("first")}));
        }();
        return repo;
    }

private slots:
    void initTestCase()
    {
        // The person's own git settings (a global core.hooksPath, templates) must not change the tests. An
        // empty file of the test's, not /dev/null: on a machine where /dev/null became a regular file it
        // holds whatever was last thrown away, and git would read that as its configuration.
        QVERIFY(m_home.isValid());
        const QString global = m_home.filePath(QStringLiteral("gitconfig"));
        QVERIFY(test::writeFile(global, {}));
        qputenv("GIT_CONFIG_GLOBAL", QFile::encodeName(global));
        qputenv("GIT_CONFIG_NOSYSTEM", "1");
        QVERIFY(QFileInfo(kKeyscout).isExecutable());
    }

    void hookStopsCommitsWithTokens()
    {
        QTemporaryDir dir;
        const QString repo = makeRepository(dir);
        const GitRepository repository(repo);
        QVERIFY(repository.valid());
        PreCommitHook hook(repository, kKeyscout);
        QVERIFY(!hook.isInstalled());
        QString error;
        QVERIFY2(hook.install(&error), qPrintable(error));
        QVERIFY(hook.isInstalled());
        QCOMPARE(hook.path(), repo + QStringLiteral("/.git/hooks/pre-commit"));
        QCOMPARE(test::modeOf(hook.path()), 0755);

        const QByteArray token = test::hfToken(m_rng);
        QVERIFY(test::writeFile(repo + QStringLiteral("/train.py"), "import os\nHF = \"" + token + "\"\n"));
        QVERIFY(test::git(repo, {QStringLiteral("add"), QStringLiteral("train.py")}));
        const QByteArray before = headCommit(repo);
        test::GitResult refused =
            runGit(repo, {QStringLiteral("commit"), QStringLiteral("-m"), QStringLiteral("add token")});
        QCOMPARE(refused.exitCode, 1);
        QCOMPARE(headCommit(repo), before);
        QVERIFY2(refused.err.contains("train.py:2:7"), refused.err.constData());
        QVERIFY2(refused.err.contains(token.left(7)), refused.err.constData()); // masked: hf_ + 4 characters
        QVERIFY(!refused.err.contains(token));
        QVERIFY(!refused.out.contains(token));

        // The staged version is what counts: the working copy fixed but not staged is still refused; staged,
        // the commit goes through.
        QVERIFY(test::writeFile(repo + QStringLiteral("/train.py"),
                                "import os\nHF = os.environ[\"HF_TOKEN\"]\n"));
        QCOMPARE(runGit(repo, {QStringLiteral("commit"), QStringLiteral("-m"), QStringLiteral("x")}).exitCode,
                 1);
        QVERIFY(test::git(repo, {QStringLiteral("add"), QStringLiteral("train.py")}));
        const test::GitResult clean =
            runGit(repo, {QStringLiteral("commit"), QStringLiteral("-m"), QStringLiteral("read env")});
        QVERIFY2(clean.exitCode == 0, clean.err.constData());
        QVERIFY(headCommit(repo) != before);

        // `git commit -a` commits through a temporary index: the hook reads that one.
        QVERIFY(test::writeFile(repo + QStringLiteral("/README.md"), "# model\ntoken " + token + "\n"));
        QCOMPARE(runGit(repo, {QStringLiteral("commit"), QStringLiteral("-a"), QStringLiteral("-m"),
                               QStringLiteral("y")})
                     .exitCode,
                 1);

        // The check itself, as the wizard would run it.
        const RuleCatalogue catalogue = RuleCatalogue::builtin();
        const Matcher matcher(catalogue.rules());
        QVERIFY(test::git(repo, {QStringLiteral("add"), QStringLiteral("README.md")}));
        const StagedScan staged = scanStaged(repository, matcher);
        QVERIFY(staged.error.isEmpty());
        QCOMPARE(staged.findings.size(), 1);
        QCOMPARE(staged.findings.first().path, QStringLiteral("README.md"));
        QCOMPARE(staged.findings.first().line, 2);

        QVERIFY2(hook.remove(&error), qPrintable(error));
        QVERIFY(!QFileInfo::exists(hook.path()));
        QVERIFY(!hook.isInstalled());
    }

    // The person's own hook is kept: renamed, run first, given back byte for byte with its mode.
    void existingHookIsChainedAndRestored()
    {
        QTemporaryDir dir;
        const QString repo = makeRepository(dir);
        const QString own = repo + QStringLiteral("/.git/hooks/pre-commit");
        const QByteArray ownScript =
            "#!/bin/sh\n# the team's linter\ntouch \"$(git rev-parse --git-dir)/own-hook-ran\"\n"
            "[ ! -e STOP ]\n";
        QVERIFY(test::writeFile(own, ownScript));
        QVERIFY(QFile::setPermissions(own, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner |
                                               QFile::ReadGroup | QFile::ExeGroup));
        const GitRepository repository(repo);
        PreCommitHook hook(repository, kKeyscout);
        QString error;
        QVERIFY2(hook.install(&error), qPrintable(error));
        QVERIFY(hook.chainsPrevious());
        QCOMPARE(test::readAll(own + QStringLiteral(".keyscout-previous")), ownScript);
        // Installing again changes nothing.
        QVERIFY2(hook.install(&error), qPrintable(error));
        QCOMPARE(test::readAll(own + QStringLiteral(".keyscout-previous")), ownScript);

        QVERIFY(test::writeFile(repo + QStringLiteral("/a.txt"), "fine\n"));
        QVERIFY(test::git(repo, {QStringLiteral("add"), QStringLiteral("a.txt")}));
        QCOMPARE(runGit(repo, {QStringLiteral("commit"), QStringLiteral("-m"), QStringLiteral("a")}).exitCode,
                 0);
        QVERIFY(QFileInfo::exists(repo + QStringLiteral("/.git/own-hook-ran")));
        // The team's hook refusing still refuses.
        QVERIFY(test::writeFile(repo + QStringLiteral("/STOP"), "x\n"));
        QVERIFY(test::writeFile(repo + QStringLiteral("/a.txt"), "fine too\n"));
        QVERIFY(test::git(repo, {QStringLiteral("add"), QStringLiteral("a.txt")}));
        QVERIFY(
            runGit(repo, {QStringLiteral("commit"), QStringLiteral("-m"), QStringLiteral("b")}).exitCode !=
            0);

        QVERIFY2(hook.remove(&error), qPrintable(error));
        QCOMPARE(test::readAll(own), ownScript);
        QCOMPARE(test::modeOf(own), 0750);
        QVERIFY(!QFileInfo::exists(own + QStringLiteral(".keyscout-previous")));
        // Not Keyscout's hook: remove leaves it alone.
        QVERIFY(!hook.remove(&error));
        QCOMPARE(test::readAll(own), ownScript);
    }

    // core.hooksPath: the hook goes where git looks; a folder Keyscout made is taken away with it.
    void hooksPathIsHonoured()
    {
        QTemporaryDir dir;
        const QString repo = makeRepository(dir);
        QVERIFY(test::git(
            repo, {QStringLiteral("config"), QStringLiteral("core.hooksPath"), QStringLiteral(".githooks")}));
        const GitRepository repository(repo);
        PreCommitHook hook(repository, kKeyscout);
        QCOMPARE(hook.path(), repo + QStringLiteral("/.githooks/pre-commit"));
        QString error;
        QVERIFY2(hook.install(&error), qPrintable(error));
        const QByteArray token = test::hfToken(m_rng);
        QVERIFY(test::writeFile(repo + QStringLiteral("/.env"), "HF_TOKEN=" + token + "\n"));
        QVERIFY(test::git(repo, {QStringLiteral("add"), QStringLiteral(".env")}));
        QCOMPARE(
            runGit(repo, {QStringLiteral("commit"), QStringLiteral("-m"), QStringLiteral("env")}).exitCode,
            1);
        QVERIFY2(hook.remove(&error), qPrintable(error));
        QVERIFY(!QFileInfo::exists(repo + QStringLiteral("/.githooks")));
        QCOMPARE(runGit(repo, {QStringLiteral("commit"), QStringLiteral("-q"), QStringLiteral("-m"),
                               QStringLiteral("env")})
                     .exitCode,
                 0);
    }

    // The clean filter: the commit has no outputs and null counts, every other byte kept; the working copy
    // keeps its outputs and git sees no change; removal restores config and attributes byte for byte.
    void notebookFilterCommitsWithoutOutputs()
    {
        QTemporaryDir dir;
        const QString repo = makeRepository(dir);
        const QString config = repo + QStringLiteral("/.git/config");
        const QString attributes = repo + QStringLiteral("/.git/info/attributes");
        const QByteArray configBefore = test::readAll(config);
        QVERIFY(!QFileInfo::exists(attributes));
        const GitRepository repository(repo);
        NotebookCleanFilter filter(repository, kKeyscout);
        QVERIFY(!filter.isInstalled());
        QString error;
        QVERIFY2(filter.install(&error), qPrintable(error));
        QVERIFY(filter.isInstalled());
        QCOMPARE(filter.attributesPath(), attributes);

        const QString nb = repo + QStringLiteral("/explore.ipynb");
        QVERIFY(test::writeFile(nb, notebookWithOutputs()));
        QVERIFY(test::git(repo, {QStringLiteral("add"), QStringLiteral("explore.ipynb")}));
        QVERIFY(test::git(repo, {QStringLiteral("commit"), QStringLiteral("-q"), QStringLiteral("-m"),
                                 QStringLiteral("nb")}));
        QCOMPARE(runGit(repo, {QStringLiteral("show"), QStringLiteral("HEAD:explore.ipynb")}).out,
                 notebookStripped());
        QCOMPARE(test::readAll(nb), notebookWithOutputs());
        QCOMPARE(runGit(repo, {QStringLiteral("status"), QStringLiteral("--porcelain")}).out, QByteArray());

        QVERIFY2(filter.remove(&error), qPrintable(error));
        QVERIFY(!filter.isInstalled());
        QCOMPARE(test::readAll(config), configBefore);
        QVERIFY(!QFileInfo::exists(attributes));

        // An attributes file of the person's, without a final newline, comes back as it was.
        QVERIFY(test::writeFile(attributes, "*.bin binary"));
        QVERIFY2(filter.install(&error), qPrintable(error));
        QVERIFY(test::readAll(attributes).startsWith("*.bin binary\n# keyscout"));
        QVERIFY2(filter.remove(&error), qPrintable(error));
        QCOMPARE(test::readAll(attributes), QByteArray("*.bin binary"));
        QCOMPARE(test::readAll(config), configBefore);

        // Someone else's filter of that name is left alone.
        QVERIFY(test::git(repo, {QStringLiteral("config"), QStringLiteral("filter.keyscout-strip.clean"),
                                 QStringLiteral("cat")}));
        QVERIFY(!filter.install(&error));
        QVERIFY(error.contains(QLatin1String("something else")));
    }

    // The filter's work alone: CRLF notebooks, v3 notebooks, a notebook already clean, and input that is not
    // a notebook pass as they should; through the command too.
    void stripNotebookBytes()
    {
        bool changed = false;
        QCOMPARE(stripNotebookOutputs(notebookWithOutputs("\r\n"), &changed), notebookStripped("\r\n"));
        QVERIFY(changed);
        QCOMPARE(stripNotebookOutputs(notebookStripped(), &changed), notebookStripped());
        QVERIFY(!changed);
        const QByteArray notJson = "{\"cells\": [ broken";
        QCOMPARE(stripNotebookOutputs(notJson, &changed), notJson);
        QVERIFY(!changed);
        const QByteArray v3 =
            "{\"nbformat\": 3, \"worksheets\": [{\"cells\": [{\"cell_type\": \"code\", "
            "\"input\": \"1+1\", \"outputs\": [{\"output_type\": \"pyout\", \"text\": \"2\"}], "
            "\"prompt_number\": 3}]}]}";
        QCOMPARE(stripNotebookOutputs(v3),
                 QByteArray("{\"nbformat\": 3, \"worksheets\": [{\"cells\": [{\"cell_type\": "
                            "\"code\", \"input\": \"1+1\", \"outputs\": [], "
                            "\"prompt_number\": null}]}]}"));

        QProcess strip;
        strip.start(kKeyscout, {QStringLiteral("strip-notebook")});
        QVERIFY(strip.waitForStarted());
        strip.write(notebookWithOutputs());
        strip.closeWriteChannel();
        QVERIFY(strip.waitForFinished(30000));
        QCOMPARE(strip.exitCode(), 0);
        QCOMPARE(strip.readAllStandardOutput(), notebookStripped());
    }

    // The command line installs, reports and removes both guards.
    void commandLine()
    {
        QTemporaryDir dir;
        const QString repo = makeRepository(dir);
        auto keyscout = [&](const QStringList& args) {
            QProcess p;
            p.setWorkingDirectory(repo);
            p.start(kKeyscout, args);
            p.waitForFinished(30000);
            return qMakePair(p.exitCode(), QByteArray(p.readAllStandardOutput() + p.readAllStandardError()));
        };
        QCOMPARE(keyscout({QStringLiteral("hook"), QStringLiteral("install")}).first, 0);
        const auto status = keyscout({QStringLiteral("hook"), QStringLiteral("status"), repo});
        QCOMPARE(status.first, 0);
        QVERIFY2(status.second.contains("pre-commit hook: installed") &&
                     status.second.contains("notebook filter: installed"),
                 status.second.constData());
        QCOMPARE(keyscout({QStringLiteral("hook"), QStringLiteral("pre-commit")}).first, 0);
        QCOMPARE(keyscout({QStringLiteral("hook"), QStringLiteral("remove")}).first, 0);
        QVERIFY(keyscout({QStringLiteral("hook"), QStringLiteral("status")})
                    .second.contains("pre-commit hook: not installed"));
        QCOMPARE(keyscout({QStringLiteral("hook"), QStringLiteral("bogus")}).first, 2);
        QCOMPARE(
            keyscout({QStringLiteral("hook"), QStringLiteral("status"), dir.filePath(QStringLiteral("none"))})
                .first,
            2);
    }
};

QTEST_GUILESS_MAIN(TestGitGuards)
#include "tst_gitguards.moc"
