// SPDX-License-Identifier: GPL-3.0-or-later
// Installing a new Hugging Face token as huggingface_hub stores it: the active token file and a named
// stored_tokens section, owner-only, other sections kept byte for byte, the old token's section removed; each
// write journaled and undone byte for byte; created files and folders removed by undo; no token in any
// message, manifest or preview.
#include "TestSupport.h"
#include "remediate/AtomicFile.h"
#include "remediate/TokenInstall.h"

#include <QDirIterator>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <QTest>
#include <sys/stat.h>

using namespace keyscout;

namespace {

using test::modeOf;
using test::readAll;

QStringList g_messages;

void collectMessage(QtMsgType, const QMessageLogContext&, const QString& message)
{
    g_messages << message;
}

// Every file below `folder`, concatenated: the journal's manifest and backups.
QByteArray everything(const QString& folder)
{
    QByteArray out;
    QDirIterator it(folder, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        out += readAll(it.next());
    }
    return out;
}

} // namespace

class TestTokenInstall : public QObject {
    Q_OBJECT

    QRandomGenerator m_rng{2024};

    static HuggingFacePaths pathsFor(const QString& home, const QProcessEnvironment& env)
    {
        return HuggingFacePaths::resolve(env, home);
    }

    static QProcessEnvironment envWith(const QString& name, const QString& value)
    {
        QProcessEnvironment env;
        if (!name.isEmpty()) {
            env.insert(name, value);
        }
        return env;
    }

private slots:
    void init() { g_messages.clear(); }

    // Nothing there yet: ~/.cache/huggingface made 0700, both files created 0600; undo removes them all.
    void installIntoAnEmptyHome()
    {
        QTemporaryDir home;
        QTemporaryDir backups;
        const HuggingFacePaths paths = pathsFor(home.path(), QProcessEnvironment());
        const QByteArray token = test::hfToken(m_rng);
        qInstallMessageHandler(collectMessage);
        TokenInstall install(paths);
        const TokenInstallPlan plan = install.plan({token, QStringLiteral("laptop-fine-grained"), {}, true});
        QVERIFY(plan.ok());
        QCOMPARE(plan.changes.size(), 2);
        QCOMPARE(plan.foldersToCreate, (QStringList{home.filePath(QStringLiteral(".cache")),
                                                    home.filePath(QStringLiteral(".cache/huggingface"))}));
        ChangeJournal journal(backups.path());
        TokenInstallResult result;
        QString error;
        QVERIFY2(TokenInstall::apply(plan, journal, &result, &error), qPrintable(error));
        qInstallMessageHandler(nullptr);

        QCOMPARE(readAll(paths.token), token); // the token alone, as huggingface_hub writes it
        QCOMPARE(readAll(paths.storedTokens), "[laptop-fine-grained]\nhf_token = " + token + "\n\n");
        QCOMPARE(modeOf(paths.token), 0600);
        QCOMPARE(modeOf(paths.storedTokens), 0600);
        QCOMPARE(modeOf(paths.home), 0700);
        QCOMPARE(result.entryIds.size(), 2);

        // Nothing quotes the token: previews, titles, the journal's files, messages.
        for (const PlannedChange& c : plan.changes) {
            QVERIFY(!c.title.contains(QString::fromLatin1(token)));
            QVERIFY(!c.preview.join(QLatin1Char('\n')).contains(QString::fromLatin1(token)));
            QVERIFY(c.preview.join(QLatin1Char('\n')).contains(QString::fromLatin1(token.left(7))));
        }
        QVERIFY(!everything(backups.path()).contains(token));
        QVERIFY(!g_messages.join(QLatin1Char('\n')).contains(QString::fromLatin1(token)));

        // Installing the same again changes nothing.
        QVERIFY(install.plan({token, QStringLiteral("laptop-fine-grained"), {}, true}).changes.isEmpty());

        QVERIFY2(TokenInstall::undo(result, journal, &error), qPrintable(error));
        QVERIFY(!QFileInfo::exists(paths.token));
        QVERIFY(!QFileInfo::exists(paths.storedTokens));
        QVERIFY(!QFileInfo::exists(paths.home));
        QVERIFY(!QFileInfo::exists(home.filePath(QStringLiteral(".cache"))));
    }

    // An existing store: other sections byte for byte (comments, odd spacing, an OAuth section), the old
    // token's section removed, the active token replaced; undo puts both files back byte for byte.
    void installOverAnExistingStore()
    {
        QTemporaryDir home;
        QTemporaryDir backups;
        const HuggingFacePaths paths = pathsFor(home.path(), QProcessEnvironment());
        const QByteArray oldToken = test::hfToken(m_rng);
        const QByteArray other = test::hfToken(m_rng);
        const QByteArray token = test::hfToken(m_rng);
        const QByteArray storedBefore =
            "# kept\n[ci]\nhf_token=" + other + "\n\n[old write]\nhf_token = " + oldToken +
            "\n\n[oauth-alice]\nhf_token = hf_oauth_x\nrefresh_token = r\nexpires_at = 1\n";
        QVERIFY(test::writeFile(paths.token, oldToken + "\n"));
        QVERIFY(test::writeFile(paths.storedTokens, storedBefore));
        QVERIFY(QFile::setPermissions(paths.token, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup));

        const TokenInstallPlan plan =
            TokenInstall(paths).plan({token, QStringLiteral("laptop"), oldToken, true});
        QVERIFY(plan.ok());
        QCOMPARE(plan.sectionsRemoved, 1);
        QVERIFY(plan.foldersToCreate.isEmpty());
        for (const PlannedChange& c : plan.changes) {
            QVERIFY(!c.preview.join(QLatin1Char('\n')).contains(QString::fromLatin1(oldToken)));
        }
        ChangeJournal journal(backups.path());
        TokenInstallResult result;
        QString error;
        QVERIFY2(TokenInstall::apply(plan, journal, &result, &error), qPrintable(error));
        QCOMPARE(readAll(paths.token), token);
        QCOMPARE(modeOf(paths.token), 0600);
        QCOMPARE(readAll(paths.storedTokens), "# kept\n[ci]\nhf_token=" + other +
                                                  "\n\n[oauth-alice]\nhf_token = hf_oauth_x\nrefresh_token = "
                                                  "r\nexpires_at = 1\n\n[laptop]\nhf_token = " +
                                                  token + "\n\n");
        QVERIFY(!readAll(paths.storedTokens).contains(oldToken));
        QVERIFY(!everything(backups.path()).contains(token));

        // A section of the same name is replaced where it is.
        const QByteArray renamed =
            TokenInstall::withStoredToken(readAll(paths.storedTokens), QStringLiteral("ci"), token, {});
        QCOMPARE(
            renamed,
            "# kept\n[ci]\nhf_token = " + token +
                "\n\n[oauth-alice]\nhf_token = hf_oauth_x\nrefresh_token = r\nexpires_at = 1\n\n[laptop]\n"
                "hf_token = " +
                token + "\n\n");

        QVERIFY2(TokenInstall::undo(result, journal, &error), qPrintable(error));
        QCOMPARE(readAll(paths.token), oldToken + "\n");
        QCOMPARE(modeOf(paths.token), 0640);
        QCOMPARE(readAll(paths.storedTokens), storedBefore);
    }

    // HF_HOME and HF_TOKEN_PATH are where huggingface_hub looks, so that is where the token goes.
    void environmentIsHonoured()
    {
        QTemporaryDir home;
        QTemporaryDir backups;
        const QByteArray token = test::hfToken(m_rng);
        QProcessEnvironment env = envWith(QStringLiteral("HF_HOME"), home.filePath(QStringLiteral("hf")));
        env.insert(QStringLiteral("HF_TOKEN_PATH"), home.filePath(QStringLiteral("secrets/hf-token")));
        const HuggingFacePaths paths = pathsFor(home.path(), env);
        const TokenInstallPlan plan = TokenInstall(paths).plan({token, QStringLiteral("server"), {}, true});
        ChangeJournal journal(backups.path());
        TokenInstallResult result;
        QString error;
        QVERIFY2(TokenInstall::apply(plan, journal, &result, &error), qPrintable(error));
        QCOMPARE(readAll(home.filePath(QStringLiteral("secrets/hf-token"))), token);
        QVERIFY(readAll(home.filePath(QStringLiteral("hf/stored_tokens"))).startsWith("[server]\n"));
        QVERIFY(!QFileInfo::exists(home.filePath(QStringLiteral(".cache"))));
        QCOMPARE(modeOf(home.filePath(QStringLiteral("secrets"))), 0700);

        // Only the section, when asked not to change the active token.
        const QByteArray second = test::hfToken(m_rng);
        const TokenInstallPlan only = TokenInstall(paths).plan({second, QStringLiteral("other"), {}, false});
        QCOMPARE(only.changes.size(), 1);
        QCOMPARE(only.changes.first().path, paths.storedTokens);
    }

    // Refused before anything is written: a token with a newline (it would inject INI lines), an empty name;
    // a failing write undoes the changes already made.
    void badInputAndFailuresChangeNothing()
    {
        QTemporaryDir home;
        QTemporaryDir backups;
        const HuggingFacePaths paths = pathsFor(home.path(), QProcessEnvironment());
        const QByteArray token = test::hfToken(m_rng);
        TokenInstall install(paths);
        QVERIFY(!install.plan({token + "\n[x]", QStringLiteral("a"), {}, true}).ok());
        QVERIFY(!install.plan({token, QStringLiteral(" "), {}, true}).ok());
        QVERIFY(!install.plan({token, QStringLiteral("a\nb"), {}, true}).ok());
        const TokenInstallPlan bad = install.plan({{}, QStringLiteral("a"), {}, true});
        ChangeJournal journal(backups.path());
        QString error;
        QVERIFY(!TokenInstall::apply(bad, journal, nullptr, &error));
        QVERIFY(!error.isEmpty());
        QVERIFY(!QFileInfo::exists(paths.home));

        // stored_tokens changes between plan and apply: the token file written first is put back.
        QVERIFY(test::writeFile(paths.token, "old"));
        const TokenInstallPlan plan = install.plan({token, QStringLiteral("a"), {}, true});
        QVERIFY(test::writeFile(paths.storedTokens, "[someone]\nhf_token = x\n"));
        QVERIFY(!TokenInstall::apply(plan, journal, nullptr, &error));
        QVERIFY2(error.contains(paths.storedTokens), qPrintable(error));
        QVERIFY(!error.contains(QString::fromLatin1(token)));
        QCOMPARE(readAll(paths.token), QByteArray("old"));
        QCOMPARE(readAll(paths.storedTokens), QByteArray("[someone]\nhf_token = x\n"));
    }
};

QTEST_GUILESS_MAIN(TestTokenInstall)
#include "tst_tokeninstall.moc"
