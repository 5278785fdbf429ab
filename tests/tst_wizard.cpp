// SPDX-License-Identifier: GPL-3.0-or-later
// The guided fix of a leaked Hugging Face token, driven through the window against a fake Hugging Face on
// 127.0.0.1: assess (published, checked with consent: a classic write token with organisations), revoke
// (sent, then confirmed refused), remove every copy (applied, scanned again, one undone byte for byte), and a
// summary saved without the token. Nothing Keyscout wrote holds the raw token.
#include "FindingsFilterModel.h"
#include "FindingsModel.h"
#include "MainWindow.h"
#include "ResultsPage.h"
#include "ScanController.h"
#include "TestSupport.h"
#include "sources/DemoWorkstation.h"
#include "verify/FakeHub.h"
#include "verify/TokenVerifier.h"
#include "wizard/CleanupStep.h"
#include "wizard/PreventStep.h"
#include "wizard/RemediationWizard.h"
#include "wizard/ReplacementSteps.h"

#include <QCheckBox>
#include <QCryptographicHash>
#include <QDirIterator>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPointer>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace keyscout;

class TestWizard : public QObject {
    Q_OBJECT

    QTemporaryDir m_sandbox;
    QString m_home;
    QByteArray m_token;
    QByteArray m_envBytes;
    QByteArray m_newToken;
    QRandomGenerator m_rng{8080};
    FakeHub m_hub;

    void saveScreenshot(QWidget* widget, const QString& name)
    {
        const QString dir = QStringLiteral(KEYSCOUT_BINARY_DIR "/screenshots");
        QDir().mkpath(dir);
        QCoreApplication::processEvents(); // layouts settle after the last change of text
        QVERIFY(widget->grab().save(dir + QLatin1Char('/') + name + QStringLiteral(".png")));
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_sandbox.isValid());
        m_home = m_sandbox.filePath(QStringLiteral("home"));
        qputenv("XDG_DATA_HOME", m_sandbox.filePath(QStringLiteral("data")).toUtf8());
        qputenv("XDG_CONFIG_HOME", m_sandbox.filePath(QStringLiteral("config")).toUtf8());
        QVERIFY2(m_hub.listen(), qPrintable(m_hub.errorString()));
        qputenv("HF_ENDPOINT", m_hub.url().toString().toUtf8()); // as a person pointing Keyscout elsewhere
        m_token = test::hfToken(m_rng);
        m_hub.addToken(m_token, FakeHub::writeProfile(QStringLiteral("alice")));

        // Hugging Face's files in the planted home; the new token will be stored there.
        qputenv("HF_HOME", (m_home + QStringLiteral("/.cache/huggingface")).toUtf8());
        qunsetenv("HF_TOKEN_PATH");
        qunsetenv("HF_HUB_CACHE");
        m_newToken = test::hfToken(m_rng);
        m_hub.addToken(m_newToken, FakeHub::fineGrainedProfile(QStringLiteral("alice")));
        // Code that reads an organisation's model and pushes to the owner's own: the plan's evidence.
        QVERIFY(test::writeFile(m_home + QStringLiteral("/project/train.py"),
                                "from transformers import AutoModel\n"
                                "model = AutoModel.from_pretrained(\"acme-research/llama-ft\")\n"
                                "model.push_to_hub(\"alice/llama-ft-tuned\")\n"));
        m_envBytes = "WANDB_PROJECT=demo\nHF_TOKEN=" + m_token + "\nDEBUG=1\n";
        QVERIFY(test::writeFile(m_home + QStringLiteral("/project/.env"), m_envBytes));
        QVERIFY(test::writeFile(m_home + QStringLiteral("/.bash_history"),
                                "ls\nhuggingface-cli login --token " + m_token + "\npwd\n"));
        // A repository whose commit with the token reached huggingface.co: published.
        const QString repo = m_home + QStringLiteral("/model");
        QVERIFY(test::writeFile(repo + QStringLiteral("/push.py"), "TOKEN = '" + m_token + "'\n"));
        QVERIFY(test::git(repo, {QStringLiteral("init"), QStringLiteral("-q")}));
        QVERIFY(test::git(repo, {QStringLiteral("add"), QStringLiteral("-A")}));
        QVERIFY(test::git(repo, {QStringLiteral("commit"), QStringLiteral("-q"), QStringLiteral("-m"),
                                 QStringLiteral("push")}));
        QVERIFY(test::git(repo, {QStringLiteral("remote"), QStringLiteral("add"), QStringLiteral("origin"),
                                 QStringLiteral("https://huggingface.co/alice/model")}));
        QVERIFY(test::git(repo, {QStringLiteral("update-ref"), QStringLiteral("refs/remotes/origin/main"),
                                 QStringLiteral("HEAD")}));
    }

    void wizardWalksFromLeakToClean()
    {
        MainWindow window;
        window.resize(1200, 800);
        window.show();
        window.scanFolders({m_home});
        ResultsPage* results = window.resultsPage();
        QTRY_VERIFY_WITH_TIMEOUT(!window.scanController()->isRunning() && results->model()->secretCount() > 0,
                                 30000);
        const QString fingerprint =
            QString::fromLatin1(QCryptographicHash::hash(m_token, QCryptographicHash::Sha256).toHex());
        // Selected in the list first, as a person would before pressing "Fix this token…".
        auto* tree = window.findChild<QTreeView*>(QStringLiteral("findingsTree"));
        tree->setCurrentIndex(
            results->filterModel()->mapFromSource(results->model()->indexForFingerprint(fingerprint)));
        auto* abilities = window.findChild<QLabel*>(QStringLiteral("tokenAbilities"));
        QVERIFY(abilities->text().contains(QLatin1String("acts as its owner"))); // the rule's description
        window.setKeyscoutProgram(QStringLiteral(KEYSCOUT_BINARY));              // what the git guards run
        QPointer<RemediationWizard> wizard = window.openRemediation(fingerprint);
        QVERIFY(wizard);
        QVERIFY(QTest::qWaitForWindowExposed(wizard));
        const int requestsBefore = m_hub.requestCount();

        // 1. Assess: published on huggingface.co; nothing sent until the person asks.
        auto* verdict = wizard->findChild<QLabel*>(QStringLiteral("verdictLabel"));
        QVERIFY2(verdict->text().contains(QLatin1String("pushed to huggingface.co")),
                 qPrintable(verdict->text()));
        QVERIFY(wizard->findChild<QLabel*>(QStringLiteral("checkConsent"))
                    ->text()
                    .contains(m_hub.url().toString()));
        QCOMPARE(m_hub.requestCount(), requestsBefore);
        QTest::mouseClick(wizard->findChild<QPushButton*>(QStringLiteral("checkButton")), Qt::LeftButton);
        auto* result = wizard->findChild<QLabel*>(QStringLiteral("checkResult"));
        QTRY_VERIFY_WITH_TIMEOUT(result->text().contains(QLatin1String("alice")), 10000);
        QCOMPARE(wizard->stepState(RemediationWizard::Step::Assess), RemediationWizard::StepState::Done);
        QVERIFY2(verdict->text().contains(QLatin1String("classic write token")), qPrintable(verdict->text()));
        QVERIFY2(result->text().contains(QLatin1String("huggingface.co/acme-research")),
                 qPrintable(result->text()));
        QVERIFY2(result->text().contains(QLatin1String("https://huggingface.co/alice/model/commits/main")),
                 qPrintable(result->text())); // the repository the commit was pushed to
        QVERIFY2(result->text().contains(QLatin1String("First exposure: ")), qPrintable(result->text()));
        saveScreenshot(wizard, QStringLiteral("wizard-assess"));

        // Plan: the least permissions from the planted code.
        wizard->showStep(RemediationWizard::Step::Plan);
        QTest::mouseClick(wizard->findChild<QPushButton*>(QStringLiteral("readProjectsButton")),
                          Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(wizard->planStep()->hasPlan(), 20000);
        QCOMPARE(wizard->stepState(RemediationWizard::Step::Plan), RemediationWizard::StepState::Done);
        QStringList planned;
        for (const ScopeEntry& e : wizard->planStep()->plan().entries) {
            planned << e.describe();
        }
        QVERIFY2(planned.contains(QStringLiteral("repo.write on model alice/llama-ft-tuned")),
                 qPrintable(planned.join(QLatin1Char('\n'))));
        QVERIFY2(
            std::any_of(planned.begin(), planned.end(),
                        [](const QString& p) { return p.contains(QLatin1String("acme-research/llama-ft")); }),
            qPrintable(planned.join(QLatin1Char('\n'))));
        saveScreenshot(wizard, QStringLiteral("wizard-plan"));

        // Install: the pasted token checked against the plan, stored where huggingface_hub reads it.
        wizard->showStep(RemediationWizard::Step::Install);
        auto* edit = wizard->findChild<QLineEdit*>(QStringLiteral("newTokenEdit"));
        edit->setText(QString::fromLatin1(m_newToken));
        QTest::mouseClick(wizard->findChild<QPushButton*>(QStringLiteral("checkNewTokenButton")),
                          Qt::LeftButton);
        auto* install = wizard->findChild<QPushButton*>(QStringLiteral("installButton"));
        QTRY_VERIFY_WITH_TIMEOUT(install->isEnabled(), 10000);
        QTest::mouseClick(install, Qt::LeftButton);
        QCOMPARE(wizard->stepState(RemediationWizard::Step::Install), RemediationWizard::StepState::Done);
        QVERIFY(edit->text().isEmpty()); // not left in the field
        QFile active(m_home + QStringLiteral("/.cache/huggingface/token"));
        QVERIFY(active.open(QIODevice::ReadOnly));
        QCOMPARE(active.readAll().trimmed(), m_newToken);
        active.close();
        QCOMPARE(QFile::permissions(active.fileName()) & 0x0077, QFileDevice::Permissions{});
        saveScreenshot(wizard, QStringLiteral("wizard-install"));

        // 2. Revoke: only with consent; confirmed by the token being refused afterwards.
        wizard->showStep(RemediationWizard::Step::Revoke);
        auto* revoke = wizard->findChild<QPushButton*>(QStringLiteral("revokeButton"));
        QVERIFY(!revoke->isEnabled());
        wizard->findChild<QCheckBox*>(QStringLiteral("revokeConsent"))->setChecked(true);
        QTest::mouseClick(revoke, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(wizard->stepState(RemediationWizard::Step::Revoke),
                                  RemediationWizard::StepState::Done, 10000);
        QVERIFY(m_hub.isRevoked(m_token));
        QVERIFY(wizard->findChild<QLabel*>(QStringLiteral("revokeStatus"))
                    ->text()
                    .contains(QLatin1String("refused")));

        // 3. Clean: every file changed, scanned again; the history by hand; one change undone exactly.
        wizard->showStep(RemediationWizard::Step::Clean);
        CleanupStep* clean = wizard->cleanupStep();
        QVERIFY(clean->rowCount() >= 4); // .env, .bash_history, push.py, the git history
        saveScreenshot(wizard, QStringLiteral("wizard-clean"));
        QTest::mouseClick(wizard->findChild<QPushButton*>(QStringLiteral("applyCleanupButton")),
                          Qt::LeftButton);
        QTRY_COMPARE(wizard->stepState(RemediationWizard::Step::Clean), RemediationWizard::StepState::Done);
        QFile env(m_home + QStringLiteral("/project/.env"));
        QVERIFY(env.open(QIODevice::ReadOnly));
        QCOMPARE(env.readAll(), QByteArray("WANDB_PROJECT=demo\nDEBUG=1\n"));
        env.close();
        int envRow = -1;
        for (int row = 0; row < clean->rowCount(); ++row) {
            if (clean->plan().changes.at(row).path.endsWith(QLatin1String("/.env"))) {
                envRow = row;
            }
            if (clean->plan().changes.at(row).automatic()) {
                QVERIFY2(clean->rowStatus(row).startsWith(QLatin1String("Done")),
                         qPrintable(clean->rowStatus(row)));
            }
        }
        QVERIFY(clean->undo(envRow));
        QVERIFY(env.open(QIODevice::ReadOnly));
        QCOMPARE(env.readAll(), m_envBytes);
        env.close();

        // Prevent: the repository the token was committed in gets the pre-commit hook; taken out and put
        // back.
        wizard->showStep(RemediationWizard::Step::Prevent);
        PreventStep* prevent = wizard->preventStep();
        QCOMPARE(prevent->repositoryCount(), 1);
        const QString hook = m_home + QStringLiteral("/model/.git/hooks/pre-commit");
        QVERIFY(prevent->setHook(0, true));
        QVERIFY(QFileInfo(hook).isExecutable());
        QCOMPARE(wizard->stepState(RemediationWizard::Step::Prevent), RemediationWizard::StepState::Done);
        QVERIFY(prevent->setHook(0, false));
        QVERIFY(!QFileInfo::exists(hook));
        QCOMPARE(wizard->stepState(RemediationWizard::Step::Prevent), RemediationWizard::StepState::ToDo);
        QVERIFY(prevent->setHook(0, true));
        QVERIFY(prevent->setFilter(0, true));
        saveScreenshot(wizard, QStringLiteral("wizard-prevent"));

        // 4. Summary: what was done and what remains, with the token masked.
        wizard->showStep(RemediationWizard::Step::Summary);
        const QString summary =
            wizard->findChild<QPlainTextEdit*>(QStringLiteral("summaryText"))->toPlainText();
        QVERIFY(summary.contains(QLatin1String("confirmed: the token is refused")));
        QVERIFY(summary.contains(QLatin1String("By hand: Git history of model")));
        QVERIFY(summary.contains(QLatin1String("Undid:")));
        QVERIFY(summary.contains(QLatin1String("pre-commit hook installed")));
        QVERIFY(!summary.contains(QString::fromLatin1(m_token)));
        saveScreenshot(wizard, QStringLiteral("wizard-summary"));
        wizard->findChild<QPushButton*>(QStringLiteral("closeButton"))->click();
        QTRY_VERIFY(wizard.isNull());
        // The detail now tells this token's own story: checked, and refused since the revocation.
        QTRY_VERIFY2(abilities->text().contains(QLatin1String("Invalid")), qPrintable(abilities->text()));

        // A new scan: the old token is left only in git history (pushed; revoked), the new one only in the
        // token store.
        window.scanFolders({m_home});
        QTRY_VERIFY_WITH_TIMEOUT(!window.scanController()->isRunning() && results->model()->secretCount() > 0,
                                 30000);
        const QList<Finding> oldPlaces =
            results->model()->places(results->model()->indexForFingerprint(fingerprint));
        for (const Finding& f : oldPlaces) {
            QVERIFY2(f.place.kind == SourceKind::Git || f.path.endsWith(QLatin1String("/project/.env")),
                     qPrintable(f.path)); // .env: the change undone above
        }
        const QList<Finding> newPlaces = results->model()->places(results->model()->indexForFingerprint(
            QString::fromLatin1(QCryptographicHash::hash(m_newToken, QCryptographicHash::Sha256).toHex())));
        QVERIFY(!newPlaces.isEmpty());
        for (const Finding& f : newPlaces) {
            QCOMPARE(f.place.kind, SourceKind::TokenStore);
        }

        // Nothing Keyscout wrote holds the token: log, backup manifest, check cache, settings. (The backups
        // themselves are the files as they were, token included, until the person deletes them.)
        QDirIterator it(m_sandbox.filePath(QStringLiteral("data")), QDir::Files | QDir::Hidden,
                        QDirIterator::Subdirectories);
        int logs = 0;
        while (it.hasNext()) {
            const QString path = it.next();
            if (path.endsWith(QLatin1String(".backup"))) {
                continue;
            }
            QFile f(path);
            QVERIFY(f.open(QIODevice::ReadOnly));
            QVERIFY2(!f.readAll().contains(m_token), qPrintable(path));
            logs += path.contains(QLatin1String("/remediation/")) ? 1 : 0;
        }
        QCOMPARE(logs, 1);
    }

    // The demo workstation's checks and revocations go to a stand-in for Hugging Face on 127.0.0.1, never
    // out.
    // The revoke step is done only when the old token is refused: revoked by hand on the settings page, it
    // stays "Attention" with "It still works" until a check says otherwise. A new token that can do more than
    // the plan asks for is said to, and can still be stored.
    void revokeWaitsForRefusalAndBroaderTokensAreNamed()
    {
        const QString folder = m_sandbox.filePath(QStringLiteral("second"));
        const QByteArray old = test::hfToken(m_rng);
        m_hub.addToken(old, FakeHub::readProfile(QStringLiteral("bob")));
        QVERIFY(test::writeFile(folder + QStringLiteral("/notebook-env/.env"), "HF_TOKEN=" + old + "\n"));
        QVERIFY(test::writeFile(folder + QStringLiteral("/fetch.py"),
                                "from huggingface_hub import snapshot_download\n"
                                "snapshot_download(\"bob/tiny-bert\")\n"));
        MainWindow window;
        window.show();
        window.scanFolders({folder});
        QTRY_VERIFY_WITH_TIMEOUT(!window.scanController()->isRunning(), 30000);
        const QString fingerprint =
            QString::fromLatin1(QCryptographicHash::hash(old, QCryptographicHash::Sha256).toHex());
        QPointer<RemediationWizard> wizard = window.openRemediation(fingerprint);
        QVERIFY(wizard);

        // Plan (reads bob/tiny-bert), then a classic write token pasted: broader than planned.
        wizard->showStep(RemediationWizard::Step::Plan);
        QTest::mouseClick(wizard->findChild<QPushButton*>(QStringLiteral("readProjectsButton")),
                          Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(wizard->planStep()->hasPlan(), 20000);
        const QByteArray broad = test::hfToken(m_rng);
        m_hub.addToken(broad, FakeHub::writeProfile(QStringLiteral("bob")));
        wizard->showStep(RemediationWizard::Step::Install);
        wizard->findChild<QLineEdit*>(QStringLiteral("newTokenEdit"))->setText(QString::fromLatin1(broad));
        QTest::mouseClick(wizard->findChild<QPushButton*>(QStringLiteral("checkNewTokenButton")),
                          Qt::LeftButton);
        auto* install = wizard->findChild<QPushButton*>(QStringLiteral("installButton"));
        QTRY_VERIFY_WITH_TIMEOUT(install->isEnabled(), 10000);
        const QString said =
            wizard->installStep()->findChild<QLabel*>(QStringLiteral("installStatus"))->text();
        QVERIFY2(said.contains(QLatin1String("may do more than your work needs")), qPrintable(said));

        // Revoke by hand: the check first finds it still working.
        wizard->showStep(RemediationWizard::Step::Revoke);
        auto* recheck = wizard->findChild<QPushButton*>(QStringLiteral("recheckButton"));
        auto* status = wizard->findChild<QLabel*>(QStringLiteral("revokeStatus"));
        QTest::mouseClick(recheck, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(status->text().contains(QLatin1String("It still works")), 10000);
        QCOMPARE(wizard->stepState(RemediationWizard::Step::Revoke), RemediationWizard::StepState::Attention);
        m_hub.revokeOnSettingsPage(old);
        QTest::mouseClick(recheck, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(wizard->stepState(RemediationWizard::Step::Revoke),
                                  RemediationWizard::StepState::Done, 10000);
        QVERIFY2(status->text().contains(QLatin1String("refused")), qPrintable(status->text()));
        wizard->close();
    }

    void demoWorkstationUsesTheLocalHub()
    {
        MainWindow window;
        window.show();
        window.scanDemoWorkstation();
        QVERIFY(window.demoHub() != nullptr);
        QVERIFY(window.verifier() != nullptr);
        QCOMPARE(window.verifier()->checkUrl(QStringLiteral("huggingface")).host(),
                 QStringLiteral("127.0.0.1"));
        QTRY_VERIFY_WITH_TIMEOUT(!window.scanController()->isRunning(), 30000);
        const QByteArray write = DemoWorkstation::tokens().value(QStringLiteral("HF_WRITE"));
        QSignalSpy spy(window.verifier(), &TokenVerifier::finished);
        window.verifier()->check(QStringLiteral("x"), write, QStringLiteral("huggingface"));
        QTRY_COMPARE_WITH_TIMEOUT(spy.count(), 1, 10000);
        const auto result = spy.first().at(1).value<CheckResult>();
        QCOMPARE(result.state, CheckResult::State::Valid);
        QCOMPARE(result.role, QStringLiteral("write"));
        QCOMPARE(result.ownerName, QStringLiteral("demo-user"));
    }
};

QTEST_MAIN(TestWizard)
#include "tst_wizard.moc"
