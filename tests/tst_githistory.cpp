// SPDX-License-Identifier: GPL-3.0-or-later
// The git history scanner on real repositories made with the git command line in a temporary folder: a token
// deleted long ago, on a side branch, in the stash, in an amended-away commit, packed or loose, pushed or
// not, in a remote URL; a blob shared by many commits read once; shallow clones, corrupt objects and folders
// that are not repositories reported without stopping; and the repository left exactly as it was.
#include "TestSupport.h"
#include "detect/Matcher.h"
#include "rules/RuleCatalogue.h"
#include "sources/FileSystemScanner.h"
#include "sources/GitHistoryScanner.h"
#include "sources/WorkingTreeLookup.h"
#include "sources/git/IntroducingChange.h"
#include "sources/git/PackIndex.h"
#include "sources/git/PackObjectReader.h"
#include "sources/git/RemoteUrls.h"

#include <QCryptographicHash>
#include <QDirIterator>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <git2.h>
#include <sys/stat.h>

using namespace keyscout;

namespace {

struct Outcome {
    GitRepositoryReport report;
    QList<Finding> findings;
};

using test::withSecret;

bool anyContains(const QStringList& list, const QString& part)
{
    return std::any_of(list.begin(), list.end(), [&](const QString& s) { return s.contains(part); });
}

} // namespace

class TestGitHistory : public QObject {
    Q_OBJECT
private:
    RuleCatalogue m_catalogue = RuleCatalogue::builtin();
    std::unique_ptr<Matcher> m_matcher;
    QRandomGenerator m_rng{4242};
    QTemporaryDir m_home; // HOME for git: no user or system configuration leaks into the tests
    qint64 m_clock = 1700000000;

    // Runs git in `dir` with fixed identities and dates (each run one minute later than the previous).
    bool git(const QString& dir, const QStringList& args, QString* output = nullptr)
    {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        const QString date = QStringLiteral("@%1 +0000").arg(m_clock);
        m_clock += 60;
        env.insert(QStringLiteral("HOME"), m_home.path());
        env.insert(QStringLiteral("GIT_CONFIG_NOSYSTEM"), QStringLiteral("1"));
        env.insert(QStringLiteral("GIT_AUTHOR_NAME"), QStringLiteral("Ada Lovelace"));
        env.insert(QStringLiteral("GIT_AUTHOR_EMAIL"), QStringLiteral("ada@example.org"));
        env.insert(QStringLiteral("GIT_COMMITTER_NAME"), QStringLiteral("Ada Lovelace"));
        env.insert(QStringLiteral("GIT_COMMITTER_EMAIL"), QStringLiteral("ada@example.org"));
        env.insert(QStringLiteral("GIT_AUTHOR_DATE"), date);
        env.insert(QStringLiteral("GIT_COMMITTER_DATE"), date);
        process.setProcessEnvironment(env);
        process.setWorkingDirectory(dir);
        const QStringList common{QStringLiteral("-c"), QStringLiteral("gc.auto=0"),
                                 QStringLiteral("-c"), QStringLiteral("protocol.file.allow=always"),
                                 QStringLiteral("-c"), QStringLiteral("init.defaultBranch=main"),
                                 QStringLiteral("-c"), QStringLiteral("commit.gpgSign=false")};
        process.start(QStringLiteral("git"), common + args);
        process.closeWriteChannel(); // an empty standard input, whatever this machine's /dev/null holds
        if (!process.waitForFinished(60000) || process.exitStatus() != QProcess::NormalExit ||
            process.exitCode() != 0) {
            qWarning().noquote() << "git" << args.join(QLatin1Char(' ')) << "failed in" << dir << ":"
                                 << process.readAllStandardError();
            return false;
        }
        if (output != nullptr) {
            *output = QString::fromUtf8(process.readAllStandardOutput()).trimmed();
        }
        return true;
    }

    // A new repository `name` in `parent` with one first commit.
    bool makeRepository(const QString& dir)
    {
        return QDir().mkpath(dir) && git(dir, {QStringLiteral("init"), QStringLiteral("-q")}) &&
               test::writeFile(dir + QStringLiteral("/README.md"), "# model card\n") &&
               commitAll(dir, QStringLiteral("Initial commit"));
    }

    // Packs every object the repository refers to into one pack and deletes the loose copies: `git gc`
    // without its own reading of /dev/null (git's child processes read it as their standard input, and a
    // machine where /dev/null became a regular file feeds them junk).
    bool packAll(const QString& dir)
    {
        QString refs;
        return git(dir,
                   {QStringLiteral("pack-objects"), QStringLiteral("-q"), QStringLiteral("--all"),
                    QStringLiteral("--reflog"), QStringLiteral("--indexed-objects"),
                    QStringLiteral(".git/objects/pack/pack")},
                   &refs) &&
               git(dir, {QStringLiteral("prune-packed")});
    }

    bool commitAll(const QString& dir, const QString& message)
    {
        return git(dir, {QStringLiteral("add"), QStringLiteral("-A")}) &&
               git(dir, {QStringLiteral("commit"), QStringLiteral("-q"), QStringLiteral("-m"), message});
    }

    QString head(const QString& dir, const QString& rev = QStringLiteral("HEAD"))
    {
        QString id;
        git(dir, {QStringLiteral("rev-parse"), rev}, &id);
        return id;
    }

    Outcome scan(const QString& path, GitScanOptions options = {},
                 const std::atomic<bool>* cancelled = nullptr, GitScanProgress* progress = nullptr)
    {
        const GitHistoryScanner scanner(*m_matcher, options);
        Outcome out;
        out.report = scanner.scanRepository(
            path, [&](QList<Finding>&& batch) { out.findings += batch; }, cancelled, progress);
        return out;
    }

    // Every file under `dir` with its mode, size, modification time and content hash.
    static QStringList snapshot(const QString& dir)
    {
        QStringList out;
        QDirIterator it(dir, QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            struct stat st {};
            ::lstat(QFile::encodeName(path).constData(), &st);
            QByteArray hash;
            QFile file(path);
            if (S_ISREG(st.st_mode) && file.open(QIODevice::ReadOnly)) {
                hash = QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256).toHex();
            }
            out << QStringLiteral("%1 %2 %3 %4.%5 %6")
                       .arg(path)
                       .arg(st.st_mode, 0, 8)
                       .arg(st.st_size)
                       .arg(st.st_mtim.tv_sec)
                       .arg(st.st_mtim.tv_nsec)
                       .arg(QString::fromLatin1(hash));
        }
        out.sort();
        return out;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_catalogue.errors().isEmpty());
        m_matcher = std::make_unique<Matcher>(m_catalogue.rules());
        QVERIFY2(QProcess::execute(QStringLiteral("git"), {QStringLiteral("--version")}) == 0,
                 "the git command line is needed (packaging/setup-deps.sh installs it)");
    }

    void deletedTokenIsFoundAtTheCommitThatIntroducedIt()
    {
        QTemporaryDir tmp;
        const QString repo = tmp.filePath(QStringLiteral("model"));
        QVERIFY(makeRepository(repo));
        const QByteArray token = test::hfToken(m_rng);
        QVERIFY(test::writeFile(repo + QStringLiteral("/config/train.env"),
                                "EPOCHS=3\nHF_TOKEN=" + token + "\n"));
        QVERIFY(commitAll(repo, QStringLiteral("Add training config\n\nWith the hub token for pushing.")));
        const QString introduced = head(repo);
        QString time;
        QVERIFY(
            git(repo, {QStringLiteral("log"), QStringLiteral("-1"), QStringLiteral("--format=%ct")}, &time));
        QVERIFY(test::writeFile(repo + QStringLiteral("/train.py"), "print('train')\n"));
        QVERIFY(commitAll(repo, QStringLiteral("Add training script")));
        QVERIFY(git(repo, {QStringLiteral("rm"), QStringLiteral("-q"), QStringLiteral("config/train.env")}));
        QVERIFY(commitAll(repo, QStringLiteral("Remove the token")));

        const Outcome out = scan(repo);
        QVERIFY2(out.report.problems.isEmpty(), qPrintable(out.report.problems.join(QLatin1Char('\n'))));
        QVERIFY(out.report.opened);
        QCOMPARE(out.report.commits, 4);
        const QList<Finding> found = withSecret(out.findings, token);
        QCOMPARE(found.size(), 1);
        const Finding& f = found.first();
        QCOMPARE(f.place.kind, SourceKind::Git);
        QCOMPARE(f.ruleId, QStringLiteral("huggingface.user_token"));
        QCOMPARE(f.path, repo + QStringLiteral("/config/train.env"));
        QCOMPARE(f.line, 2);
        QCOMPARE(f.column, 10);
        QCOMPARE(f.place.git.repository, repo);
        QCOMPARE(f.place.git.pathInRepo, QStringLiteral("config/train.env"));
        QCOMPARE(f.place.git.commit, introduced);
        QCOMPARE(f.place.git.author, QStringLiteral("Ada Lovelace <ada@example.org>"));
        QCOMPARE(f.place.git.time, time.toLongLong());
        QCOMPARE(f.place.git.summary, QStringLiteral("Add training config"));
        QCOMPARE(f.place.git.refs, QStringList{QStringLiteral("main")});
        QVERIFY(!f.place.git.pushed);
        QVERIFY(!f.place.git.dangling);
        QVERIFY(!f.place.git.inConfig);
        QCOMPARE(f.place.git.blob.size(), 40);
        QVERIFY(anyContains(f.notes, QStringLiteral("not pushed")));
        // The context is the blob's lines, masked.
        QCOMPARE(f.context.size(), 2);
        QCOMPARE(f.context.first(), QStringLiteral("EPOCHS=3"));
        QVERIFY(f.context.last().startsWith(QStringLiteral("HF_TOKEN=hf_")));
        QVERIFY(!f.context.join(QLatin1Char('\n')).contains(QString::fromLatin1(token)));
    }

    // The place shows the change the commit made: the hunk around the secret's line, as `git show` prints
    // it, with the token it replaced masked on the removed line.
    void introducingChangeIsTheHunkAroundTheSecret()
    {
        QTemporaryDir tmp;
        const QString repo = tmp.filePath(QStringLiteral("hunk"));
        QVERIFY(makeRepository(repo));
        const QByteArray oldToken = test::hfToken(m_rng);
        const QByteArray newToken = test::hfToken(m_rng);
        QByteArray before;
        for (int i = 1; i <= 20; ++i) {
            before += "line_" + QByteArray::number(i) + " = " + QByteArray::number(i) + "\n";
        }
        const QByteArray withOld = before + "HF_TOKEN = \"" + oldToken + "\"\n";
        QVERIFY(test::writeFile(repo + QStringLiteral("/settings.py"), withOld));
        QVERIFY(commitAll(repo, QStringLiteral("Settings")));
        const QString first = head(repo);
        // Line 11 changes, and the token on line 21 is replaced.
        QByteArray withNew = withOld;
        withNew.replace("line_11 = 11", "line_11 = 'eleven'");
        withNew.replace(oldToken, newToken);
        QVERIFY(test::writeFile(repo + QStringLiteral("/settings.py"), withNew));
        QVERIFY(commitAll(repo, QStringLiteral("Rotate the token")));

        const Outcome out = scan(repo);
        const QList<Finding> added = withSecret(out.findings, newToken);
        QCOMPARE(added.size(), 1);
        const GitPlace& g = added.first().place.git;
        QCOMPARE(g.commit, head(repo));
        // Three lines of context as git shows them; line 11's change is another hunk.
        QCOMPARE(g.hunk.first(), QStringLiteral("@@ -18,4 +18,4 @@"));
        QCOMPARE(g.hunk.size(), 6); // header, three lines before, the removed line, the added line
        QCOMPARE(g.hunkSecretIndex, 5);
        QCOMPARE(g.hunk.at(1), QStringLiteral(" line_18 = 18"));
        QVERIFY(g.hunk.at(4).startsWith(QStringLiteral("-HF_TOKEN = \"hf_")));
        QVERIFY(g.hunk.at(5).startsWith(QStringLiteral("+HF_TOKEN = \"hf_")));
        QVERIFY(g.hunk.at(5).contains(added.first().masked));
        QCOMPARE(g.hunkLines, (QList<qint64>{0, 18, 19, 20, 0, 21}));
        const QString all = g.hunk.join(QLatin1Char('\n'));
        QVERIFY(!all.contains(QString::fromLatin1(newToken)));
        QVERIFY(!all.contains(QString::fromLatin1(oldToken))); // the old version's finding masks it

        // The old token was added with the new file: its hunk starts from nothing.
        const QList<Finding> original = withSecret(out.findings, oldToken);
        QCOMPARE(original.size(), 1);
        const GitPlace& o = original.first().place.git;
        QCOMPARE(o.commit, first);
        QCOMPARE(o.hunk.first(), QStringLiteral("@@ -0,0 +16,6 @@"));
        QVERIFY(o.hunk.at(o.hunkSecretIndex).startsWith(QLatin1Char('+')));
        QCOMPARE(o.hunkLines.at(o.hunkSecretIndex), 21);

        // A commit message and a blob in no commit have no change to show.
        for (const Finding& f : out.findings) {
            if (f.place.git.commit.isEmpty()) {
                QVERIFY(f.place.git.hunk.isEmpty());
            }
        }
    }

    // A change inside one long line keeps the secret in view, and a line that is not the secret's is cut.
    void hunkCutsLongLines()
    {
        const QByteArray token = test::hfToken(m_rng);
        const QString mask = QStringLiteral("hf_MASK…MASK");
        const std::string oldText = "a\n" + std::string(500, 'x') + "\n";
        const std::string newText = "a\n" + std::string(500, 'x') + "\n" + std::string(300, 'y') + " " +
                                    mask.toStdString() + " " + std::string(300, 'z') + "\n";
        const git::DiffHunk hunk = git::hunkAround(oldText, newText, 3, mask);
        QVERIFY(hunk.isValid());
        QCOMPARE(hunk.lines.first(), QStringLiteral("@@ -1,2 +1,3 @@"));
        QCOMPARE(hunk.lines.at(2).size(), 1 + 200 + 1); // prefix, 200 characters, an ellipsis
        const QString secretLine = hunk.lines.at(hunk.secretIndex);
        QVERIFY(secretLine.contains(mask));
        QVERIFY(secretLine.size() < 260);
        QVERIFY(secretLine.startsWith(QStringLiteral("+…")));
        // A multi-line secret masked keeps the line numbers of what follows.
        Finding pem;
        pem.offset = 2;
        pem.length = 9;
        pem.masked = QStringLiteral("KEY…");
        QCOMPARE(git::maskedText("a\nBEGIN\nEND\nb\n", {pem}), std::string("a\nKEY…\n\nb\n"));
    }

    void tokenInWorkingTreeAndHistoryIsOneSecret()
    {
        QTemporaryDir tmp;
        const QString repo = tmp.filePath(QStringLiteral("app"));
        QVERIFY(makeRepository(repo));
        const QByteArray token = test::hfToken(m_rng);
        QVERIFY(test::writeFile(repo + QStringLiteral("/.env"), "HF_TOKEN=" + token + "\n"));
        QVERIFY(commitAll(repo, QStringLiteral("Add env")));

        QCOMPARE(withSecret(scan(repo).findings, token).size(), 1);
        // The filesystem scan reads the working tree and, for the repository it meets, the history.
        QList<Finding> all;
        ScanOptions options;
        options.roots = {repo};
        options.threads = 1;
        FileSystemScanner files(*m_matcher, options);
        files.run([&](QList<Finding>&& batch) { all += batch; });
        const QList<Finding> both = withSecret(all, token);
        QCOMPARE(both.size(), 2);
        QCOMPARE(both.at(0).path, both.at(1).path);
        QVERIFY(both.at(0).place.kind == SourceKind::Git || both.at(1).place.kind == SourceKind::Git);
        QVERIFY(both.at(0).place.kind != SourceKind::Git || both.at(1).place.kind != SourceKind::Git);
        // And without history, only the working tree.
        options.gitHistory = false;
        QList<Finding> filesOnly;
        FileSystemScanner(*m_matcher, options).run([&](QList<Finding>&& batch) { filesOnly += batch; });
        QCOMPARE(withSecret(filesOnly, token).size(), 1);
        const QList<SecretGroup> groups = groupBySecret(both);
        QCOMPARE(groups.size(), 1);
        QCOMPARE(groups.first().findings.size(), 2);
    }

    void sideBranchTagAndMergeAreNamed()
    {
        QTemporaryDir tmp;
        const QString repo = tmp.filePath(QStringLiteral("lab"));
        QVERIFY(makeRepository(repo));
        const QByteArray side = test::hfToken(m_rng);
        const QByteArray merged = test::hfToken(m_rng);
        QVERIFY(git(repo, {QStringLiteral("checkout"), QStringLiteral("-q"), QStringLiteral("-b"),
                           QStringLiteral("experiment")}));
        QVERIFY(test::writeFile(repo + QStringLiteral("/notebooks/run.py"), "token = '" + side + "'\n"));
        QVERIFY(commitAll(repo, QStringLiteral("Try the hub")));
        const QString sideCommit = head(repo);
        QVERIFY(git(repo, {QStringLiteral("tag"), QStringLiteral("-a"), QStringLiteral("v0-experiment"),
                           QStringLiteral("-m"), QStringLiteral("experiment")}));
        QVERIFY(git(repo, {QStringLiteral("checkout"), QStringLiteral("-q"), QStringLiteral("main")}));
        QVERIFY(git(repo, {QStringLiteral("checkout"), QStringLiteral("-q"), QStringLiteral("-b"),
                           QStringLiteral("feature")}));
        QVERIFY(test::writeFile(repo + QStringLiteral("/upload.py"), "HF = \"" + merged + "\"\n"));
        QVERIFY(commitAll(repo, QStringLiteral("Upload script")));
        const QString featureCommit = head(repo);
        QVERIFY(git(repo, {QStringLiteral("checkout"), QStringLiteral("-q"), QStringLiteral("main")}));
        QVERIFY(test::writeFile(repo + QStringLiteral("/other.txt"), "main moves on\n"));
        QVERIFY(commitAll(repo, QStringLiteral("Main moves on")));
        QVERIFY(
            git(repo, {QStringLiteral("merge"), QStringLiteral("-q"), QStringLiteral("--no-ff"),
                       QStringLiteral("-m"), QStringLiteral("Merge feature"), QStringLiteral("feature")}));

        const Outcome out = scan(repo);
        const QList<Finding> onSide = withSecret(out.findings, side);
        QCOMPARE(onSide.size(), 1);
        QCOMPARE(onSide.first().place.git.commit, sideCommit);
        QCOMPARE(onSide.first().place.git.refs,
                 (QStringList{QStringLiteral("experiment"), QStringLiteral("v0-experiment")}));
        QCOMPARE(onSide.first().place.git.pathInRepo, QStringLiteral("notebooks/run.py"));
        // Merged: introduced by the feature commit, not by the merge, and on both branches now.
        const QList<Finding> onMain = withSecret(out.findings, merged);
        QCOMPARE(onMain.size(), 1);
        QCOMPARE(onMain.first().place.git.commit, featureCommit);
        QCOMPARE(onMain.first().place.git.summary, QStringLiteral("Upload script"));
        QCOMPARE(onMain.first().place.git.refs,
                 (QStringList{QStringLiteral("feature"), QStringLiteral("main")}));
    }

    void stashAndOlderStashesAreRead()
    {
        QTemporaryDir tmp;
        const QString repo = tmp.filePath(QStringLiteral("wip"));
        QVERIFY(makeRepository(repo));
        const QByteArray older = test::hfToken(m_rng);
        const QByteArray newer = test::hfToken(m_rng);
        QVERIFY(
            test::writeFile(repo + QStringLiteral("/README.md"), "# model card\nHF_TOKEN=" + older + "\n"));
        QVERIFY(git(repo, {QStringLiteral("stash"), QStringLiteral("-q")}));
        QVERIFY(test::writeFile(repo + QStringLiteral("/secrets.env"), "HF_TOKEN=" + newer + "\n"));
        QVERIFY(git(repo, {QStringLiteral("stash"), QStringLiteral("push"), QStringLiteral("-q"),
                           QStringLiteral("--include-untracked")}));
        QVERIFY(!QFile::exists(repo + QStringLiteral("/secrets.env")));

        const Outcome out = scan(repo);
        const QList<Finding> first = withSecret(out.findings, older);
        QCOMPARE(first.size(), 1);
        QCOMPARE(first.first().place.git.pathInRepo, QStringLiteral("README.md"));
        QVERIFY2(first.first().place.git.refs.contains(QStringLiteral("stash@{1}")),
                 qPrintable(first.first().place.git.refs.join(QLatin1Char(' '))));
        QVERIFY(!first.first().place.git.dangling);
        const QList<Finding> second = withSecret(out.findings, newer);
        QCOMPARE(second.size(), 1);
        QCOMPARE(second.first().place.git.pathInRepo, QStringLiteral("secrets.env"));
        QVERIFY(second.first().place.git.refs.contains(QStringLiteral("stash")));
        QVERIFY(!second.first().place.git.refs.contains(QStringLiteral("main")));
    }

    void amendedAwayCommitIsDanglingButFound()
    {
        QTemporaryDir tmp;
        const QString repo = tmp.filePath(QStringLiteral("amend"));
        QVERIFY(makeRepository(repo));
        const QByteArray token = test::hfToken(m_rng);
        QVERIFY(test::writeFile(repo + QStringLiteral("/push.py"), "login('" + token + "')\n"));
        QVERIFY(commitAll(repo, QStringLiteral("Push to the hub")));
        const QString amendedAway = head(repo);
        QVERIFY(test::writeFile(repo + QStringLiteral("/push.py"), "login()\n"));
        QVERIFY(
            git(repo, {QStringLiteral("commit"), QStringLiteral("-q"), QStringLiteral("-a"),
                       QStringLiteral("--amend"), QStringLiteral("-m"), QStringLiteral("Push to the hub")}));
        // What `git log -p --all` (and the tools built on it) shows does not have it any more.
        QString log;
        QVERIFY(git(repo, {QStringLiteral("log"), QStringLiteral("-p"), QStringLiteral("--all")}, &log));
        QVERIFY(!log.contains(QString::fromLatin1(token)));

        Outcome out = scan(repo);
        QList<Finding> found = withSecret(out.findings, token);
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.first().place.git.commit, amendedAway);
        QCOMPARE(found.first().place.git.pathInRepo, QStringLiteral("push.py"));
        QVERIFY(found.first().place.git.dangling);
        QVERIFY(found.first().place.git.refs.isEmpty());
        QVERIFY(anyContains(found.first().notes, QStringLiteral("reflog")));

        // With the reflog expired the commit is unreachable, and still on disk until git gc prunes it.
        QVERIFY(git(repo, {QStringLiteral("reflog"), QStringLiteral("expire"),
                           QStringLiteral("--expire-unreachable=now"), QStringLiteral("--all")}));
        out = scan(repo);
        found = withSecret(out.findings, token);
        QCOMPARE(found.size(), 1);
        QVERIFY(found.first().place.git.dangling);
        QVERIFY(anyContains(found.first().notes, QStringLiteral("unreachable")));
    }

    void blobsInNoCommitAreFound()
    {
        QTemporaryDir tmp;
        const QString repo = tmp.filePath(QStringLiteral("staged"));
        QVERIFY(makeRepository(repo));
        const QByteArray staged = test::hfToken(m_rng);
        const QByteArray dropped = test::hfToken(m_rng);
        QVERIFY(test::writeFile(repo + QStringLiteral("/dropped.env"), "TOKEN=" + dropped + "\n"));
        QVERIFY(git(repo, {QStringLiteral("add"), QStringLiteral("dropped.env")}));
        QVERIFY(git(repo, {QStringLiteral("rm"), QStringLiteral("-q"), QStringLiteral("--cached"),
                           QStringLiteral("dropped.env")}));
        QVERIFY(QFile::remove(repo + QStringLiteral("/dropped.env")));
        QVERIFY(test::writeFile(repo + QStringLiteral("/staged.env"), "TOKEN=" + staged + "\n"));
        QVERIFY(git(repo, {QStringLiteral("add"), QStringLiteral("staged.env")}));

        const Outcome out = scan(repo);
        const QList<Finding> inIndex = withSecret(out.findings, staged);
        QCOMPARE(inIndex.size(), 1);
        QCOMPARE(inIndex.first().place.git.pathInRepo, QStringLiteral("staged.env"));
        QCOMPARE(inIndex.first().path, repo + QStringLiteral("/staged.env"));
        QVERIFY(inIndex.first().place.git.commit.isEmpty());
        QVERIFY(anyContains(inIndex.first().notes, QStringLiteral("never committed")));
        const QList<Finding> nowhere = withSecret(out.findings, dropped);
        QCOMPARE(nowhere.size(), 1);
        QVERIFY(nowhere.first().place.git.dangling);
        QVERIFY(nowhere.first().place.git.commit.isEmpty());
        QVERIFY(nowhere.first().place.git.pathInRepo.isEmpty());
        QCOMPARE(nowhere.first().path, out.report.gitDirectory);
    }

    void packedAndLooseObjectsBinaryAndLargeBlobs()
    {
        QTemporaryDir tmp;
        const QString repo = tmp.filePath(QStringLiteral("packed"));
        QVERIFY(makeRepository(repo));
        const QByteArray packed = test::hfToken(m_rng);
        const QByteArray loose = test::hfToken(m_rng);
        const QByteArray binary = test::hfToken(m_rng);
        const QByteArray large = test::hfToken(m_rng);
        QVERIFY(test::writeFile(repo + QStringLiteral("/a.env"), "HF_TOKEN=" + packed + "\n"));
        QVERIFY(test::writeFile(repo + QStringLiteral("/model.bin"),
                                QByteArray("\x00\x01\x02weights\x00", 11) + binary + QByteArray(100, '\0')));
        QVERIFY(test::writeFile(repo + QStringLiteral("/big.log"),
                                QByteArray(300000, 'x') + "\nHF_TOKEN=" + large + "\n"));
        QVERIFY(commitAll(repo, QStringLiteral("Packed later")));
        QVERIFY(packAll(repo));
        QVERIFY(test::writeFile(repo + QStringLiteral("/b.env"), "HF_TOKEN=" + loose + "\n"));
        QVERIFY(commitAll(repo, QStringLiteral("Stays loose")));
        QVERIFY(!QDir(repo + QStringLiteral("/.git/objects/pack"))
                     .entryList({QStringLiteral("*.pack")})
                     .isEmpty());
        QString looseBlob;
        QVERIFY(git(repo, {QStringLiteral("rev-parse"), QStringLiteral("HEAD:b.env")}, &looseBlob));
        QVERIFY(QFile::exists(repo + QStringLiteral("/.git/objects/") + looseBlob.left(2) + QLatin1Char('/') +
                              looseBlob.mid(2)));

        GitScanOptions options;
        options.maxBlobSize = 200000;
        const Outcome out = scan(repo, options);
        QCOMPARE(withSecret(out.findings, packed).size(), 1);
        QCOMPARE(withSecret(out.findings, loose).size(), 1);
        const QList<Finding> inBinary = withSecret(out.findings, binary);
        QCOMPARE(inBinary.size(), 1);
        QVERIFY(inBinary.first().binary);
        QCOMPARE(inBinary.first().place.git.pathInRepo, QStringLiteral("model.bin"));
        // Over the size limit: counted, said, not read.
        QVERIFY(withSecret(out.findings, large).isEmpty());
        QCOMPARE(out.report.skippedBlobs, 1);
        QVERIFY(anyContains(out.report.problems, QStringLiteral("larger than")));
        QCOMPARE(withSecret(scan(repo).findings, large).size(), 1);
    }

    void pushedCommitsNameTheRemoteAndItsHost()
    {
        QTemporaryDir tmp;
        const QString repo = tmp.filePath(QStringLiteral("model"));
        const QString hub = tmp.filePath(QStringLiteral("hub.git"));
        const QString mirror = tmp.filePath(QStringLiteral("mirror.git"));
        QVERIFY(makeRepository(repo));
        QVERIFY(
            git(tmp.path(), {QStringLiteral("init"), QStringLiteral("-q"), QStringLiteral("--bare"), hub}));
        QVERIFY(git(tmp.path(),
                    {QStringLiteral("init"), QStringLiteral("-q"), QStringLiteral("--bare"), mirror}));
        // Fetch URLs name the hosts people see; pushes go to the local bare repositories.
        QVERIFY(git(repo, {QStringLiteral("remote"), QStringLiteral("add"), QStringLiteral("origin"),
                           QStringLiteral("https://huggingface.co/acme/model")}));
        QVERIFY(git(repo, {QStringLiteral("remote"), QStringLiteral("set-url"), QStringLiteral("--push"),
                           QStringLiteral("origin"), hub}));
        QVERIFY(git(repo, {QStringLiteral("remote"), QStringLiteral("add"), QStringLiteral("backup"),
                           QStringLiteral("git@github.com:acme/model.git")}));
        QVERIFY(git(repo, {QStringLiteral("remote"), QStringLiteral("set-url"), QStringLiteral("--push"),
                           QStringLiteral("backup"), mirror}));

        const QByteArray published = test::hfToken(m_rng);
        const QByteArray mirrored = test::hfToken(m_rng);
        const QByteArray local = test::hfToken(m_rng);
        QVERIFY(test::writeFile(repo + QStringLiteral("/app.py"), "TOKEN = '" + published + "'\n"));
        QVERIFY(commitAll(repo, QStringLiteral("App")));
        QVERIFY(git(repo, {QStringLiteral("push"), QStringLiteral("-q"), QStringLiteral("origin"),
                           QStringLiteral("main")}));
        QVERIFY(git(repo, {QStringLiteral("checkout"), QStringLiteral("-q"), QStringLiteral("-b"),
                           QStringLiteral("mirror-only")}));
        QVERIFY(test::writeFile(repo + QStringLiteral("/m.py"), "TOKEN = '" + mirrored + "'\n"));
        QVERIFY(commitAll(repo, QStringLiteral("Mirror")));
        QVERIFY(git(repo, {QStringLiteral("push"), QStringLiteral("-q"), QStringLiteral("backup"),
                           QStringLiteral("mirror-only")}));
        QVERIFY(git(repo, {QStringLiteral("checkout"), QStringLiteral("-q"), QStringLiteral("main")}));
        QVERIFY(test::writeFile(repo + QStringLiteral("/local.py"), "TOKEN = '" + local + "'\n"));
        QVERIFY(commitAll(repo, QStringLiteral("Not pushed yet")));

        const Outcome out = scan(repo);
        const QList<Finding> onHub = withSecret(out.findings, published);
        QCOMPARE(onHub.size(), 1);
        const GitPlace& hubPlace = onHub.first().place.git;
        QVERIFY(hubPlace.pushed);
        QCOMPARE(hubPlace.remotes, (QStringList{QStringLiteral("origin"), QStringLiteral("backup")}));
        QCOMPARE(hubPlace.remoteHost, QStringLiteral("huggingface.co"));
        QVERIFY(hubPlace.refs.contains(QStringLiteral("origin/main")));
        QVERIFY(hubPlace.refs.contains(QStringLiteral("main")));
        QVERIFY(anyContains(onHub.first().notes, QStringLiteral("revoke")));

        const QList<Finding> onMirror = withSecret(out.findings, mirrored);
        QCOMPARE(onMirror.size(), 1);
        QVERIFY(onMirror.first().place.git.pushed);
        QCOMPARE(onMirror.first().place.git.remotes, QStringList{QStringLiteral("backup")});
        QCOMPARE(onMirror.first().place.git.remoteHost, QStringLiteral("github.com"));

        const QList<Finding> notPushed = withSecret(out.findings, local);
        QCOMPARE(notPushed.size(), 1);
        QVERIFY(!notPushed.first().place.git.pushed);
        QVERIFY(notPushed.first().place.git.remotes.isEmpty());
        QVERIFY(notPushed.first().place.git.remoteHost.isEmpty());
        QCOMPARE(notPushed.first().place.git.refs, QStringList{QStringLiteral("main")});
    }

    void tokensInGitConfigurationAreFindings()
    {
        QTemporaryDir tmp;
        const QString repo = tmp.filePath(QStringLiteral("configured"));
        QVERIFY(makeRepository(repo));
        const QByteArray inUrl = test::hfToken(m_rng);
        const QByteArray inHelper = test::hfToken(m_rng);
        QVERIFY(git(
            repo,
            {QStringLiteral("remote"), QStringLiteral("add"), QStringLiteral("hf"),
             QStringLiteral("https://ada:%1@huggingface.co/acme/model").arg(QString::fromLatin1(inUrl))}));
        QVERIFY(
            git(repo, {QStringLiteral("config"), QStringLiteral("credential.https://huggingface.co.helper"),
                       QStringLiteral("!f() { echo username=ada; echo password=%1; }; f")
                           .arg(QString::fromLatin1(inHelper))}));

        const Outcome out = scan(repo);
        const QList<Finding> url = withSecret(out.findings, inUrl);
        QCOMPARE(url.size(), 1);
        const Finding& f = url.first();
        QCOMPARE(f.place.kind, SourceKind::Git);
        QVERIFY(f.place.git.inConfig);
        QCOMPARE(f.path, repo + QStringLiteral("/.git/config"));
        QCOMPARE(f.place.name, QStringLiteral("remote.hf.url"));
        QCOMPARE(f.place.git.remoteHost, QStringLiteral("huggingface.co"));
        QCOMPARE(f.place.user, QStringLiteral("ada"));
        QVERIFY(anyContains(f.notes, QStringLiteral("git remote set-url hf")));
        QVERIFY(anyContains(f.notes, QStringLiteral("credential helper")));
        QVERIFY(!f.context.join(QLatin1Char('\n')).contains(QString::fromLatin1(inUrl)));

        const QList<Finding> helper = withSecret(out.findings, inHelper);
        QCOMPARE(helper.size(), 1);
        QVERIFY(helper.first().place.git.inConfig);
        QCOMPARE(helper.first().place.name, QStringLiteral("credential.https://huggingface.co.helper"));
        QCOMPARE(helper.first().place.git.remoteHost, QStringLiteral("huggingface.co"));
        QVERIFY(anyContains(helper.first().notes, QStringLiteral("credential helper")));
    }

    void tokenInCommitMessageNamesTheCommit()
    {
        QTemporaryDir tmp;
        const QString repo = tmp.filePath(QStringLiteral("msg"));
        QVERIFY(makeRepository(repo));
        const QByteArray token = test::hfToken(m_rng);
        QVERIFY(test::writeFile(repo + QStringLiteral("/x.txt"), "x\n"));
        QVERIFY(commitAll(
            repo, QStringLiteral("Fix upload\n\nworks with HF_TOKEN=%1\n").arg(QString::fromLatin1(token))));
        const Outcome out = scan(repo);
        const QList<Finding> found = withSecret(out.findings, token);
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.first().place.git.commit, head(repo));
        QVERIFY(found.first().place.git.pathInRepo.isEmpty());
        QCOMPARE(found.first().line, 3);
        QVERIFY(anyContains(found.first().notes, QStringLiteral("message of commit")));
    }

    // Release notes pasted into an annotated tag: found, named by the tag and its tagger, on its commit.
    void tokenInAnnotatedTagMessageNamesTheTag()
    {
        QTemporaryDir tmp;
        const QString repo = tmp.filePath(QStringLiteral("tagged"));
        QVERIFY(makeRepository(repo));
        const QByteArray token = test::hfToken(m_rng);
        QVERIFY(test::writeFile(repo + QStringLiteral("/x.txt"), "x\n"));
        QVERIFY(commitAll(repo, QStringLiteral("Release")));
        QVERIFY(git(
            repo, {QStringLiteral("tag"), QStringLiteral("-a"), QStringLiteral("v1.0"), QStringLiteral("-m"),
                   QStringLiteral("v1.0\n\nUpload with HF_TOKEN=%1").arg(QString::fromLatin1(token))}));
        // A lightweight tag has no message of its own.
        QVERIFY(git(repo, {QStringLiteral("tag"), QStringLiteral("light")}));
        const Outcome out = scan(repo);
        const QList<Finding> found = withSecret(out.findings, token);
        QCOMPARE(found.size(), 1);
        const Finding& f = found.first();
        QCOMPARE(f.place.git.commit, head(repo));
        QCOMPARE(f.place.git.summary, QStringLiteral("tag v1.0"));
        QCOMPARE(f.place.git.author, QStringLiteral("Ada Lovelace <ada@example.org>"));
        QVERIFY(f.place.git.time > 0);
        QCOMPARE(f.line, 3);
        QVERIFY(f.place.git.refs.contains(QStringLiteral("v1.0")));
        QVERIFY(anyContains(f.notes, QStringLiteral("annotated tag v1.0")));
        QVERIFY(!f.context.join(QLatin1Char('\n')).contains(QString::fromLatin1(token)));
    }

    // A remote written through a URL rewrite ("hf:acme/model" with url.https://huggingface.co/.insteadOf=hf:)
    // is on the host git would push to, in history and for the working tree.
    void urlRewritesNameTheRealHost()
    {
        QTemporaryDir tmp;
        const QString repo = tmp.filePath(QStringLiteral("rewritten"));
        QVERIFY(makeRepository(repo));
        const QByteArray token = test::hfToken(m_rng);
        QVERIFY(test::writeFile(repo + QStringLiteral("/app.env"), "HF_TOKEN=" + token + "\n"));
        QVERIFY(commitAll(repo, QStringLiteral("Add env")));
        QVERIFY(git(repo, {QStringLiteral("config"), QStringLiteral("url.https://huggingface.co/.insteadOf"),
                           QStringLiteral("hf:")}));
        // A shorter prefix that also matches loses to the longer one, as in git.
        QVERIFY(git(repo, {QStringLiteral("config"), QStringLiteral("url.https://example.org/.insteadOf"),
                           QStringLiteral("h")}));
        QVERIFY(git(repo, {QStringLiteral("remote"), QStringLiteral("add"), QStringLiteral("origin"),
                           QStringLiteral("hf:acme/model")}));
        QVERIFY(git(repo, {QStringLiteral("update-ref"), QStringLiteral("refs/remotes/origin/main"),
                           QStringLiteral("HEAD")}));
        const Outcome out = scan(repo);
        const QList<Finding> found = withSecret(out.findings, token);
        QCOMPARE(found.size(), 1);
        QVERIFY(found.first().place.git.pushed);
        QCOMPARE(found.first().place.git.remoteHost, QStringLiteral("huggingface.co"));
        QVERIFY(anyContains(found.first().notes, QStringLiteral("pushed to huggingface.co")));

        WorkingTreeLookup lookup;
        const WorkingTreeFacts facts = lookup.lookup(repo + QStringLiteral("/app.env"));
        QCOMPARE(facts.remote, QStringLiteral("origin"));
        QCOMPARE(facts.remoteHost, QStringLiteral("huggingface.co"));

        QCOMPARE(git::remoteUrlHost(QStringLiteral("git@github.com:me/x.git")), QStringLiteral("github.com"));
        QCOMPARE(git::remoteUrlHost(QStringLiteral("ssh://me@[::1]:22/x")), QStringLiteral("::1"));
        QCOMPARE(git::remoteUrlHost(QStringLiteral("/srv/git/x.git")), QString());
        QCOMPARE(git::remoteUrlHost(QStringLiteral("file:///srv/git/x.git")), QString());
    }

    void blobSharedByManyCommitsIsScannedOnce()
    {
        QTemporaryDir tmp;
        const QString repo = tmp.filePath(QStringLiteral("many"));
        QVERIFY(QDir().mkpath(repo));
        QVERIFY(git(repo, {QStringLiteral("init"), QStringLiteral("-q")}));
        const QByteArray token = test::hfToken(m_rng);
        QVERIFY(test::writeFile(repo + QStringLiteral("/.env"), "HF_TOKEN=" + token + "\n"));
        QVERIFY(test::writeFile(repo + QStringLiteral("/step.txt"), "0\n"));
        QVERIFY(commitAll(repo, QStringLiteral("Start")));
        const QString first = head(repo);
        for (int i = 1; i <= 50; ++i) {
            QVERIFY(test::writeFile(repo + QStringLiteral("/step.txt"), QByteArray::number(i) + "\n"));
            QVERIFY(commitAll(repo, QStringLiteral("Step %1").arg(i)));
        }
        // The same blob at a second path is a second place, introduced later.
        QVERIFY(QDir().mkpath(repo + QStringLiteral("/backup")));
        QVERIFY(QFile::copy(repo + QStringLiteral("/.env"), repo + QStringLiteral("/backup/.env")));
        QVERIFY(commitAll(repo, QStringLiteral("Backup")));
        const QString backup = head(repo);

        GitScanProgress progress;
        const Outcome out = scan(repo, {}, nullptr, &progress);
        QCOMPARE(out.report.commits, 52);
        // Blobs: .env once, step.txt in 51 versions.
        QCOMPARE(out.report.blobs, 52);
        QCOMPARE(progress.repositories.load(), 1);
        QCOMPARE(progress.objects.load(), 52 + 52);
        QCOMPARE(progress.bytes.load(), out.report.bytes);
        const QList<Finding> found = withSecret(out.findings, token);
        QCOMPARE(found.size(), 2);
        QCOMPARE(found.at(0).place.git.pathInRepo, QStringLiteral(".env"));
        QCOMPARE(found.at(0).place.git.commit, first);
        QCOMPARE(found.at(1).place.git.pathInRepo, QStringLiteral("backup/.env"));
        QCOMPARE(found.at(1).place.git.commit, backup);
        QCOMPARE(found.at(0).place.git.blob, found.at(1).place.git.blob);
    }

    void tokenKeptAcrossVersionsIsOnePlace()
    {
        QTemporaryDir tmp;
        const QString repo = tmp.filePath(QStringLiteral("versions"));
        QVERIFY(makeRepository(repo));
        const QByteArray token = test::hfToken(m_rng);
        QVERIFY(
            test::writeFile(repo + QStringLiteral("/train.py"), "HF_TOKEN = '" + token + "'\nepochs = 1\n"));
        QVERIFY(commitAll(repo, QStringLiteral("Train")));
        const QString first = head(repo);
        for (int i = 2; i <= 4; ++i) {
            QVERIFY(test::writeFile(repo + QStringLiteral("/train.py"),
                                    "HF_TOKEN = '" + token + "'\nepochs = " + QByteArray::number(i) + "\n"));
            QVERIFY(commitAll(repo, QStringLiteral("Epochs %1").arg(i)));
        }
        const Outcome out = scan(repo);
        QCOMPARE(out.report.blobs, 5); // README and four versions of train.py, each read
        const QList<Finding> found = withSecret(out.findings, token);
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.first().place.git.commit, first);
        QCOMPARE(found.first().place.git.summary, QStringLiteral("Train"));
        QVERIFY(anyContains(found.first().notes, QStringLiteral("also in 3 later versions")));
    }

    void pathRulesSeeTheBlobsPath()
    {
        QTemporaryDir tmp;
        const QString repo = tmp.filePath(QStringLiteral("kaggle"));
        QVERIFY(makeRepository(repo));
        const QByteArray key = test::randomString(m_rng, "0123456789abcdef", 32);
        const QByteArray json = QJsonDocument(QJsonObject{{QStringLiteral("username"), QStringLiteral("ada")},
                                                          {QStringLiteral("key"), QString::fromLatin1(key)}})
                                    .toJson(QJsonDocument::Compact);
        QVERIFY(test::writeFile(repo + QStringLiteral("/secrets/kaggle.json"), json));
        QVERIFY(commitAll(repo, QStringLiteral("Kaggle")));
        QVERIFY(
            git(repo, {QStringLiteral("rm"), QStringLiteral("-q"), QStringLiteral("secrets/kaggle.json")}));
        QVERIFY(commitAll(repo, QStringLiteral("Remove")));
        // The same bytes under another name are no Kaggle key file.
        const QByteArray other = test::randomString(m_rng, "0123456789abcdef", 32);
        QVERIFY(
            test::writeFile(repo + QStringLiteral("/notes.json"),
                            QJsonDocument(QJsonObject{{QStringLiteral("username"), QStringLiteral("ada")},
                                                      {QStringLiteral("key"), QString::fromLatin1(other)}})
                                .toJson(QJsonDocument::Compact)));
        QVERIFY(commitAll(repo, QStringLiteral("Notes")));

        const Outcome out = scan(repo);
        const QList<Finding> found = withSecret(out.findings, key);
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.first().ruleId, QStringLiteral("kaggle.json_key"));
        QCOMPARE(found.first().place.git.pathInRepo, QStringLiteral("secrets/kaggle.json"));
        QVERIFY(withSecret(out.findings, other).isEmpty());
    }

    // The pack reader rebuilds deltas itself (libgit2 cannot say where an object is packed): every blob it
    // rebuilds must be byte for byte what libgit2 reads, on a pack with long delta chains.
    void packReaderRebuildsBlobsAsLibgit2Does()
    {
        QTemporaryDir tmp;
        const QString repo = tmp.filePath(QStringLiteral("deltas"));
        QVERIFY(makeRepository(repo));
        QByteArray text;
        for (int line = 0; line < 200; ++line) {
            text +=
                "line " + QByteArray::number(line) + " " + test::randomString(m_rng, "abcdefgh ", 40) + "\n";
        }
        for (int i = 0; i < 40; ++i) {
            const int at = static_cast<int>(m_rng.bounded(static_cast<quint32>(text.size() - 50)));
            text.insert(at, test::randomString(m_rng, "xyz\n", 1 + static_cast<int>(m_rng.bounded(300U))));
            text.remove(static_cast<int>(m_rng.bounded(static_cast<quint32>(text.size() - 60))), 30);
            QVERIFY(test::writeFile(repo + QStringLiteral("/model.txt"), text));
            QVERIFY(test::writeFile(repo + QStringLiteral("/big.bin"),
                                    QByteArray(70000 + i, char('a' + i % 26))));
            QVERIFY(commitAll(repo, QStringLiteral("Version %1").arg(i)));
        }
        QVERIFY(git(repo, {QStringLiteral("pack-objects"), QStringLiteral("-q"), QStringLiteral("--all"),
                           QStringLiteral("--reflog"), QStringLiteral("--window=50"),
                           QStringLiteral("--depth=50"), QStringLiteral(".git/objects/pack/pack")}));
        QVERIFY(git(repo, {QStringLiteral("prune-packed")}));

        const git::PackIndex packs(repo + QStringLiteral("/.git/objects"));
        QCOMPARE(packs.packCount(), 1U);
        const std::vector<git::PackIndex::Node>& nodes = packs.forest(0, GIT_OBJECT_BLOB);
        QVERIFY(nodes.size() >= 81);
        QVERIFY(std::any_of(nodes.begin(), nodes.end(),
                            [](const auto& n) { return n.base != git::PackIndex::kNone; }));
        git_libgit2_init();
        git_repository* repository = nullptr;
        git_odb* odb = nullptr;
        QCOMPARE(git_repository_open(&repository, QFile::encodeName(repo).constData()), 0);
        QCOMPARE(git_repository_odb(&odb, repository), 0);
        int compared = 0;
        int mismatches = 0;
        const std::vector<bool> all(nodes.size(), true);
        git::PackObjectReader reader(packs, 0, GIT_OBJECT_BLOB, qint64(1) << 30);
        reader.read(
            0, static_cast<quint32>(nodes.size()), all,
            [&](quint32 node, std::string_view bytes) {
                const git_oid id = packs.objectId(0, GIT_OBJECT_BLOB, node);
                git_odb_object* object = nullptr;
                if (git_odb_read(&object, odb, &id) != 0) {
                    ++mismatches;
                    return;
                }
                const std::string_view expected(static_cast<const char*>(git_odb_object_data(object)),
                                                git_odb_object_size(object));
                mismatches += expected == bytes ? 0 : 1;
                ++compared;
                git_odb_object_free(object);
            },
            [&](quint32) { ++mismatches; }, nullptr);
        git_odb_free(odb);
        git_repository_free(repository);
        git_libgit2_shutdown();
        QCOMPARE(mismatches, 0);
        QCOMPARE(compared, static_cast<int>(nodes.size()));

        // Malformed deltas are refused, never read or written out of bounds.
        const std::string base(1000, 'b');
        std::vector<char> out;
        for (int i = 0; i < 20000; ++i) {
            QByteArray delta = test::randomString(m_rng, "\x01\x7f\x80\x91\xff\x10\xe8\x07", 1 + i % 40);
            delta.prepend("\xe8\x07"); // base size 1000
            (void)git::applyGitDelta(base, {delta.constData(), static_cast<size_t>(delta.size())}, out,
                                     1 << 20);
        }
        const char good[] = "\xe8\x07\x05\x90\x03\x02xy"; // copy 3 bytes at 0, insert "xy"
        QVERIFY(git::applyGitDelta(base, {good, sizeof good - 1}, out, 1 << 20));
        QVERIFY(!git::applyGitDelta(base, {good, sizeof good - 1}, out, 4)); // builds more than allowed
        QCOMPARE(std::string(out.begin(), out.end()), std::string("bbbxy"));
    }

    // Found by fuzzing (tests/fuzz): the pack reader trusted the index's fan-out table, so a damaged or
    // hostile .idx whose table goes down sent the object lookup outside the file. Such an index is left to
    // libgit2, like any index the reader does not understand.
    void damagedFanoutTableIsLeftToLibgit2()
    {
        QTemporaryDir tmp;
        const QString repo = tmp.filePath(QStringLiteral("fanout"));
        QVERIFY(makeRepository(repo));
        QVERIFY(test::writeFile(repo + QStringLiteral("/a.txt"), "a\n"));
        QVERIFY(commitAll(repo, QStringLiteral("One")));
        QVERIFY(git(repo, {QStringLiteral("pack-objects"), QStringLiteral("-q"), QStringLiteral("--all"),
                           QStringLiteral(".git/objects/pack/pack")}));
        const QDir packDir(repo + QStringLiteral("/.git/objects/pack"));
        QFile index(packDir.filePath(packDir.entryList({QStringLiteral("pack-*.idx")}).value(0)));
        QVERIFY(index.setPermissions(index.permissions() | QFileDevice::WriteOwner));
        QVERIFY(index.open(QIODevice::ReadWrite));
        QByteArray bytes = index.readAll();
        // The entry for ids starting with 0x7f claims 16 million names; the last entry still counts the few.
        bytes.replace(8 + 4 * 0x7f, 4, QByteArray("\x00\xff\xff\xff", 4));
        QVERIFY(index.seek(0) && index.write(bytes) == bytes.size());
        index.close();

        const git::PackIndex packs(repo + QStringLiteral("/.git/objects"));
        QCOMPARE(packs.packCount(), 0U);
        QCOMPARE(packs.problems().size(), 1);
        git_oid id{};
        id.id[0] = 0x7f;
        git::PackIndex::Location where;
        QVERIFY(!packs.find(id, &where));
    }

    void shallowCloneIsReported()
    {
        QTemporaryDir tmp;
        const QString origin = tmp.filePath(QStringLiteral("origin"));
        QVERIFY(makeRepository(origin));
        const QByteArray old = test::hfToken(m_rng);
        const QByteArray recent = test::hfToken(m_rng);
        QVERIFY(test::writeFile(origin + QStringLiteral("/old.env"), "T=" + old + "\n"));
        QVERIFY(commitAll(origin, QStringLiteral("Old")));
        QVERIFY(git(origin, {QStringLiteral("rm"), QStringLiteral("-q"), QStringLiteral("old.env")}));
        QVERIFY(commitAll(origin, QStringLiteral("Remove old")));
        QVERIFY(test::writeFile(origin + QStringLiteral("/recent.env"), "T=" + recent + "\n"));
        QVERIFY(commitAll(origin, QStringLiteral("Recent")));
        const QString clone = tmp.filePath(QStringLiteral("clone"));
        QVERIFY(git(tmp.path(), {QStringLiteral("clone"), QStringLiteral("-q"), QStringLiteral("--depth"),
                                 QStringLiteral("1"), QStringLiteral("file://") + origin, clone}));

        const Outcome out = scan(clone);
        QVERIFY(out.report.opened);
        QVERIFY(out.report.shallow);
        QVERIFY(anyContains(out.report.problems, QStringLiteral("shallow clone")));
        QCOMPARE(out.report.missingObjects, 0);
        QVERIFY(withSecret(out.findings, old).isEmpty()); // not in the clone: that is what the problem says
        const QList<Finding> found = withSecret(out.findings, recent);
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.first().place.git.summary, QStringLiteral("Recent"));
        QVERIFY(found.first().place.git.pushed); // origin/main contains it
        QVERIFY(anyContains(found.first().notes, QStringLiteral("not in this clone")));
    }

    void partialCloneIsReported()
    {
        QTemporaryDir tmp;
        const QString origin = tmp.filePath(QStringLiteral("origin"));
        QVERIFY(makeRepository(origin));
        QVERIFY(git(origin, {QStringLiteral("config"), QStringLiteral("uploadpack.allowFilter"),
                             QStringLiteral("true")}));
        const QByteArray old = test::hfToken(m_rng);
        const QByteArray current = test::hfToken(m_rng);
        QVERIFY(test::writeFile(origin + QStringLiteral("/old.env"), "T=" + old + "\n"));
        QVERIFY(commitAll(origin, QStringLiteral("Old")));
        QVERIFY(git(origin, {QStringLiteral("rm"), QStringLiteral("-q"), QStringLiteral("old.env")}));
        QVERIFY(test::writeFile(origin + QStringLiteral("/current.env"), "T=" + current + "\n"));
        QVERIFY(commitAll(origin, QStringLiteral("Current")));
        const QString clone = tmp.filePath(QStringLiteral("partial"));
        QVERIFY(git(tmp.path(),
                    {QStringLiteral("clone"), QStringLiteral("-q"), QStringLiteral("--filter=blob:none"),
                     QStringLiteral("file://") + origin, clone}));

        const Outcome out = scan(clone);
        QVERIFY(out.report.opened);
        QVERIFY(out.report.partial);
        QVERIFY(anyContains(out.report.problems, QStringLiteral("partial clone")));
        QVERIFY(withSecret(out.findings, old).isEmpty());      // left on the server, as the problem says
        QCOMPARE(withSecret(out.findings, current).size(), 1); // fetched for the checkout
    }

    void corruptObjectIsReportedAndTheScanGoesOn()
    {
        QTemporaryDir tmp;
        const QString repo = tmp.filePath(QStringLiteral("damaged"));
        QVERIFY(makeRepository(repo));
        const QByteArray lost = test::hfToken(m_rng);
        const QByteArray kept = test::hfToken(m_rng);
        QVERIFY(test::writeFile(repo + QStringLiteral("/lost.env"), "T=" + lost + "\n"));
        QVERIFY(test::writeFile(repo + QStringLiteral("/kept.env"), "T=" + kept + "\n"));
        QVERIFY(commitAll(repo, QStringLiteral("Two tokens")));
        QString blob;
        QVERIFY(git(repo, {QStringLiteral("rev-parse"), QStringLiteral("HEAD:lost.env")}, &blob));
        const QString object =
            repo + QStringLiteral("/.git/objects/") + blob.left(2) + QLatin1Char('/') + blob.mid(2);
        QVERIFY(QFile::setPermissions(object, QFile::ReadOwner | QFile::WriteOwner));
        QVERIFY(test::writeFile(object, "this is not a zlib stream"));

        const Outcome out = scan(repo);
        QVERIFY(out.report.opened);
        QCOMPARE(out.report.corruptObjects, 1);
        QVERIFY2(anyContains(out.report.problems, blob),
                 qPrintable(out.report.problems.join(QLatin1Char('\n'))));
        QVERIFY(withSecret(out.findings, lost).isEmpty());
        QCOMPARE(withSecret(out.findings, kept).size(), 1);
    }

    void foldersThatAreNotRepositoriesAreReported()
    {
        QTemporaryDir tmp;
        const QString plain = tmp.filePath(QStringLiteral("plain"));
        QVERIFY(test::writeFile(plain + QStringLiteral("/notes.txt"), "hello\n"));
        Outcome out = scan(plain);
        QVERIFY(!out.report.opened);
        QCOMPARE(out.report.problems.size(), 1);
        QVERIFY(out.report.problems.first().contains(QStringLiteral("not a git repository")));
        QVERIFY(out.findings.isEmpty());

        out = scan(tmp.filePath(QStringLiteral("missing")));
        QVERIFY(!out.report.opened);
        QCOMPARE(out.report.problems, QStringList{QStringLiteral("no such folder")});

        // A .git folder that is no repository (a broken clone) is reported too.
        const QString broken = tmp.filePath(QStringLiteral("broken"));
        QVERIFY(test::writeFile(broken + QStringLiteral("/.git/HEAD"), "garbage\n"));
        out = scan(broken);
        QVERIFY(!out.report.opened);
        QVERIFY(!out.report.problems.isEmpty());
        QVERIFY(GitHistoryScanner::discoverRepositories(tmp.path()).contains(broken));
    }

    void scanNeverWritesIntoTheRepository()
    {
        QTemporaryDir tmp;
        const QString repo = tmp.filePath(QStringLiteral("pristine"));
        QVERIFY(makeRepository(repo));
        const QByteArray token = test::hfToken(m_rng);
        QVERIFY(test::writeFile(repo + QStringLiteral("/a.env"), "T=" + token + "\n"));
        QVERIFY(commitAll(repo, QStringLiteral("Token")));
        QVERIFY(packAll(repo));
        QVERIFY(test::writeFile(repo + QStringLiteral("/a.env"), "T=\n"));
        QVERIFY(git(repo, {QStringLiteral("stash"), QStringLiteral("-q")}));
        QVERIFY(test::writeFile(repo + QStringLiteral("/b.env"), "T=" + test::hfToken(m_rng) + "\n"));
        QVERIFY(git(repo, {QStringLiteral("add"), QStringLiteral("b.env")}));
        // The working tree's files are newer than the index: a git status would refresh the index.
        QTest::qWait(1100);
        QVERIFY(test::writeFile(repo + QStringLiteral("/README.md"), "# model card\n"));

        const QStringList before = snapshot(repo);
        const Outcome out = scan(repo);
        QVERIFY(!out.findings.isEmpty());
        QCOMPARE(snapshot(repo), before);
        QVERIFY(GitHistoryScanner::discoverRepositories(tmp.path()) == QStringList{repo});
        QCOMPARE(snapshot(repo), before);
    }

    void repositoriesWithoutReflogsGetNone()
    {
        // libgit2 creates the logs folder when asked for the reflog of a ref that has none: a repository
        // with no commit yet, or one that keeps no reflogs, must still be left as it was.
        QTemporaryDir tmp;
        const QString empty = tmp.filePath(QStringLiteral("empty"));
        const QString noLogs = tmp.filePath(QStringLiteral("nologs"));
        QVERIFY(QDir().mkpath(empty));
        QVERIFY(git(empty, {QStringLiteral("init"), QStringLiteral("-q")}));
        QVERIFY(QDir().mkpath(noLogs));
        QVERIFY(git(noLogs, {QStringLiteral("init"), QStringLiteral("-q")}));
        QVERIFY(git(noLogs, {QStringLiteral("config"), QStringLiteral("core.logAllRefUpdates"),
                             QStringLiteral("false")}));
        const QByteArray token = test::hfToken(m_rng);
        QVERIFY(test::writeFile(noLogs + QStringLiteral("/a.env"), "T=" + token + "\n"));
        QVERIFY(commitAll(noLogs, QStringLiteral("Token")));
        QVERIFY(!QFileInfo::exists(noLogs + QStringLiteral("/.git/logs")));

        for (const QString& repo : {empty, noLogs}) {
            const QStringList before = snapshot(repo);
            const Outcome out = scan(repo);
            QVERIFY(out.report.opened);
            QVERIFY2(out.report.problems.isEmpty(), qPrintable(out.report.problems.join(QLatin1Char('\n'))));
            QCOMPARE(snapshot(repo), before);
        }
        const QList<Finding> found = withSecret(scan(noLogs).findings, token);
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.first().place.git.refs, QStringList{QStringLiteral("main")});
    }

    void discoverFindsEveryKindOfRepository()
    {
        QTemporaryDir tmp;
        const QString work = tmp.filePath(QStringLiteral("work"));
        const QString library = tmp.filePath(QStringLiteral("library"));
        const QString bare = tmp.filePath(QStringLiteral("srv/models.git"));
        QVERIFY(makeRepository(work));
        QVERIFY(makeRepository(library));
        const QByteArray inSubmodule = test::hfToken(m_rng);
        QVERIFY(test::writeFile(library + QStringLiteral("/lib.py"), "KEY = '" + inSubmodule + "'\n"));
        QVERIFY(commitAll(library, QStringLiteral("Library")));
        QVERIFY(QDir().mkpath(bare));
        QVERIFY(git(bare, {QStringLiteral("init"), QStringLiteral("-q"), QStringLiteral("--bare")}));
        QVERIFY(git(work, {QStringLiteral("submodule"), QStringLiteral("add"), QStringLiteral("-q"), library,
                           QStringLiteral("vendor/library")}));
        QVERIFY(commitAll(work, QStringLiteral("Add submodule")));
        QVERIFY(git(work, {QStringLiteral("worktree"), QStringLiteral("add"), QStringLiteral("-q"),
                           tmp.filePath(QStringLiteral("work-branch"))}));
        QVERIFY(test::writeFile(tmp.filePath(QStringLiteral("plain/file.txt")), "x\n"));

        const QStringList found = GitHistoryScanner::discoverRepositories(tmp.path());
        // The worktree shares work's object database; the submodule has its own.
        QCOMPARE(found, (QStringList{library, bare, work, work + QStringLiteral("/vendor/library")}));
        QCOMPARE(GitHistoryScanner::objectDatabaseOf(tmp.filePath(QStringLiteral("work-branch"))),
                 GitHistoryScanner::objectDatabaseOf(work));
        QVERIFY(GitHistoryScanner::objectDatabaseOf(tmp.filePath(QStringLiteral("plain"))).isEmpty());

        // Each kind opens and is read: the submodule (through its working tree), the worktree, the bare one.
        Outcome out = scan(work + QStringLiteral("/vendor/library"));
        QVERIFY(out.report.opened);
        QCOMPARE(out.report.path, work + QStringLiteral("/vendor/library"));
        QCOMPARE(withSecret(out.findings, inSubmodule).size(), 1);
        QCOMPARE(withSecret(out.findings, inSubmodule).first().path,
                 work + QStringLiteral("/vendor/library/lib.py"));
        out = scan(tmp.filePath(QStringLiteral("work-branch")));
        QVERIFY(out.report.opened);
        QVERIFY(out.report.commits >= 2);
        out = scan(bare);
        QVERIFY(out.report.opened);
        QCOMPARE(out.report.path, bare);
        QVERIFY(out.report.problems.isEmpty());
        out = scan(work + QStringLiteral("/.git"));
        QVERIFY(out.report.opened);
        QCOMPARE(out.report.path, work);
    }

    void cancelledScanSaysSo()
    {
        QTemporaryDir tmp;
        const QString repo = tmp.filePath(QStringLiteral("cancel"));
        QVERIFY(makeRepository(repo));
        const std::atomic<bool> cancelled{true};
        const Outcome out = scan(repo, {}, &cancelled);
        QVERIFY(out.report.cancelled);
        QVERIFY(anyContains(out.report.problems, QStringLiteral("cancelled")));
        QCOMPARE(out.report.blobs, 0);
    }
};

QTEST_GUILESS_MAIN(TestGitHistory)
#include "tst_githistory.moc"
