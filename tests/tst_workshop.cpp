// SPDX-License-Identifier: GPL-3.0-or-later
// The workshop (README "Workshops"): the demo workstation as an exercise. The window hides where the demo
// lives (paths from ~), checks and revocations go to the stand-in for Hugging Face on 127.0.0.1, and the
// score says what was found, fixed and left — a token counts as fixed only once revoked and with no copy
// left.
#include "FindingsFilterModel.h"
#include "FindingsModel.h"
#include "MainWindow.h"
#include "PathDisplay.h"
#include "ResultsPage.h"
#include "ScanController.h"
#include "TestSupport.h"
#include "WorkshopBar.h"
#include "remediate/ChangeJournal.h"
#include "remediate/CleanupPlan.h"
#include "sources/DemoWorkstation.h"
#include "sources/WorkshopScore.h"
#include "verify/FakeHub.h"
#include "verify/TokenVerifier.h"
#include "wizard/RemediationWizard.h"

#include <QAbstractButton>
#include <QCryptographicHash>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTextEdit>
#include <QTreeView>
#include <QTreeWidget>

using namespace keyscout;

namespace {

QString sha(const QByteArray& secret)
{
    return QString::fromLatin1(QCryptographicHash::hash(secret, QCryptographicHash::Sha256).toHex());
}

// Every text a person can read in `root` and its children: labels, buttons, lists, trees, editors, tooltips.
QStringList visibleTexts(QWidget* root)
{
    QStringList out{root->windowTitle(), root->toolTip()};
    for (QWidget* w : root->findChildren<QWidget*>()) {
        out << w->toolTip() << w->accessibleName() << w->accessibleDescription();
        if (auto* label = qobject_cast<QLabel*>(w)) {
            out << label->text();
        } else if (auto* button = qobject_cast<QAbstractButton*>(w)) {
            out << button->text();
        } else if (auto* list = qobject_cast<QListWidget*>(w)) {
            for (int i = 0; i < list->count(); ++i) {
                out << list->item(i)->text() << list->item(i)->toolTip();
            }
        } else if (auto* tree = qobject_cast<QTreeWidget*>(w)) {
            for (QTreeWidgetItemIterator it(tree); *it != nullptr; ++it) {
                for (int c = 0; c < tree->columnCount(); ++c) {
                    out << (*it)->text(c) << (*it)->toolTip(c);
                }
            }
        } else if (auto* plain = qobject_cast<QPlainTextEdit*>(w)) {
            out << plain->toPlainText();
        } else if (auto* rich = qobject_cast<QTextEdit*>(w)) {
            out << rich->toPlainText();
        }
    }
    return out;
}

// Every display text and tooltip of every row (secrets and their places) of `model`.
QStringList modelTexts(const QAbstractItemModel* model, const QModelIndex& parent = {})
{
    QStringList out;
    for (int r = 0; r < model->rowCount(parent); ++r) {
        for (int c = 0; c < model->columnCount(parent); ++c) {
            const QModelIndex index = model->index(r, c, parent);
            out << index.data(Qt::DisplayRole).toString() << index.data(Qt::ToolTipRole).toString();
        }
        out += modelTexts(model, model->index(r, 0, parent));
    }
    return out;
}

QStringList containing(const QStringList& texts, const QString& needle)
{
    QStringList out;
    for (const QString& t : texts) {
        if (t.contains(needle)) {
            out << t;
        }
    }
    return out;
}

} // namespace

class TestWorkshop : public QObject {
    Q_OBJECT

    QTemporaryDir m_sandbox;

    static void waitForScan(MainWindow& window)
    {
        QTest::qWait(50);
        QTRY_VERIFY_WITH_TIMEOUT(!window.scanController()->isRunning(), 60000);
        QCoreApplication::processEvents();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_sandbox.isValid());
        // The trainer's own home and data folder: the workshop must not show either.
        qputenv("HOME", m_sandbox.filePath(QStringLiteral("trainer")).toUtf8());
        qputenv("XDG_DATA_HOME", m_sandbox.filePath(QStringLiteral("trainer/private-data")).toUtf8());
        qputenv("XDG_CONFIG_HOME", m_sandbox.filePath(QStringLiteral("trainer/.config")).toUtf8());
        qunsetenv("HF_HOME");
        qunsetenv("HF_TOKEN_PATH");
        qunsetenv("HF_ENDPOINT"); // the workshop brings its own hub
        QDir().mkpath(m_sandbox.filePath(QStringLiteral("trainer")));
    }

    // The score counts the demo's planted secrets only, and a Hugging Face token left unrevoked is not fixed
    // even with every copy gone.
    void scoreRules()
    {
        const QByteArray hf = "hf_" + QByteArray(34, 'a');
        const QByteArray other = "ghp_" + QByteArray(36, 'b');
        WorkshopScore score({{QStringLiteral("HF"), hf}, {QStringLiteral("GH"), other}});
        QCOMPARE(score.total(), 2);
        QCOMPARE(score.toFix(), 2); // not found yet: left
        auto finding = [](const QByteArray& secret, SourceKind kind) {
            Finding f;
            f.secretSha256 = sha(secret);
            f.masked = QStringLiteral("masked");
            f.path = QStringLiteral("/somewhere/file");
            f.place.kind = kind;
            f.file.mode = 0644;
            return f;
        };
        score.recordScan({finding(hf, SourceKind::Environment), finding(hf, SourceKind::Git),
                          finding(other, SourceKind::ShellHistory), finding("unplanted", SourceKind::File)});
        score.updateRevocations([&](const QByteArray& t) { return t == hf; },
                                [](const QByteArray&) { return false; });
        QCOMPARE(score.found(), 2);
        QCOMPARE(score.fixed(), 0);
        // Copies removed, the Hugging Face token still alive (and in git history): only the other is fixed.
        score.recordScan({finding(hf, SourceKind::Git)});
        QCOMPARE(score.fixed(), 1);
        QCOMPARE(score.left(), 1);
        QVERIFY(WorkshopScoreDialog::stateOf(score.secrets().at(1)).contains(QLatin1String("not revoked")));
        // Revoked: the copy in git history no longer matters.
        score.updateRevocations([&](const QByteArray& t) { return t == hf; },
                                [](const QByteArray&) { return true; });
        QCOMPARE(score.fixed(), 2);
        QCOMPARE(score.left(), 0);
        QVERIFY(score.secrets().at(0).found); // found stays found after the copies are gone
    }

    void workshopInTheWindow()
    {
        MainWindow window;
        window.resize(1400, 900);
        window.show();
        window.startWorkshop();
        QVERIFY(window.inWorkshop());
        QVERIFY(window.demoHub() != nullptr);
        QCOMPARE(window.verifier()->checkUrl(QStringLiteral("huggingface")).host(),
                 QStringLiteral("127.0.0.1"));
        waitForScan(window);
        const QString base = DemoWorkstation::defaultLocation();
        QVERIFY2(base.startsWith(m_sandbox.path()), qPrintable(base));
        QVERIFY(window.windowTitle().contains(QLatin1String("Workshop")));

        // Every planted secret is found by the first scan, and the bar says so.
        const WorkshopScore* score = window.workshopScore();
        QVERIFY(score != nullptr);
        QCOMPARE(score->total(), static_cast<int>(DemoWorkstation::tokens().size()));
        QStringList missed;
        for (const WorkshopScore::Secret& s : score->secrets()) {
            if (!s.found) {
                missed << s.name;
            }
        }
        QVERIFY2(missed.isEmpty(), qPrintable(missed.join(QLatin1String(", "))));
        auto* bar = window.findChild<WorkshopBar*>(QStringLiteral("workshopBar"));
        QVERIFY(bar != nullptr && bar->isVisible());
        auto* scoreLabel = bar->findChild<QLabel*>(QStringLiteral("workshopScore"));
        QVERIFY(scoreLabel->text().startsWith(QStringLiteral("Found %1 of %1").arg(score->total())));
        QCOMPARE(score->fixed(), 0);

        // Nothing shows where the demo really lives, or whose machine it is on: not the list, not any detail,
        // not the guide.
        ResultsPage* results = window.resultsPage();
        const QString trainer = m_sandbox.path();
        QStringList leaks = containing(modelTexts(results->filterModel()), trainer);
        auto* tree = window.findChild<QTreeView*>(QStringLiteral("findingsTree"));
        QVERIFY(tree != nullptr);
        const QAbstractItemModel* model = results->filterModel();
        for (int r = 0; r < model->rowCount(); ++r) {
            const QModelIndex secret = model->index(r, 0);
            for (int p = 0; p < model->rowCount(secret); ++p) {
                tree->setCurrentIndex(model->index(p, 0, secret));
                QCoreApplication::processEvents();
                leaks += containing(visibleTexts(&window), trainer);
            }
        }
        const QByteArray write = DemoWorkstation::tokens().value(QStringLiteral("HF_WRITE"));
        RemediationWizard* wizard = window.openRemediation(sha(write));
        QVERIFY(wizard != nullptr);
        QCoreApplication::processEvents();
        leaks += containing(visibleTexts(wizard), trainer);
        wizard->close();
        leaks.removeDuplicates();
        QVERIFY2(leaks.isEmpty(), qPrintable(leaks.join(QLatin1String("\n---\n"))));
        QVERIFY(!containing(modelTexts(results->filterModel()), QStringLiteral("~/")).isEmpty());

        // Fix one token as the guide does: revoke it at the workshop's hub, remove every copy with the
        // remediation engine. The notebook token gets its copies removed but is not revoked.
        QSignalSpy revoked(window.verifier(), &TokenVerifier::revokeFinished);
        window.verifier()->revokeHuggingFace({write});
        QTRY_COMPARE_WITH_TIMEOUT(revoked.count(), 1, 10000);
        QTRY_VERIFY(window.demoHub()->isRevoked(write));
        const QByteArray notebook = DemoWorkstation::tokens().value(QStringLiteral("HF_NOTEBOOK"));
        ChangeJournal journal(m_sandbox.filePath(QStringLiteral("trainer/private-data/backups")));
        for (const QByteArray& token : {write, notebook}) {
            const QModelIndex index = results->model()->indexForFingerprint(sha(token));
            QVERIFY(index.isValid());
            const QList<Finding> places = results->model()->places(index);
            const CleanupPlan plan = planCleanup(token, places.first().masked, places);
            for (const PlannedChange& change : plan.changes) {
                if (change.automatic()) {
                    QString error;
                    QVERIFY2(journal.apply(change, &error), qPrintable(error));
                } else if (change.path.endsWith(QLatin1String(".gz"))) {
                    QVERIFY(QFile::remove(change.path)); // by hand, as the guide says: delete the old log
                }
            }
        }

        window.finishWorkshop();
        waitForScan(window);
        auto* dialog = window.findChild<WorkshopScoreDialog*>(QStringLiteral("workshopScoreDialog"));
        QTRY_VERIFY(dialog != nullptr && dialog->isVisible());
        const auto findSecret = [score](const QByteArray& token) {
            for (const WorkshopScore::Secret& s : score->secrets()) {
                if (s.sha256 == sha(token)) {
                    return s;
                }
            }
            return WorkshopScore::Secret{};
        };
        const WorkshopScore::Secret writeState = findSecret(write);
        QVERIFY2(writeState.fixed(), qPrintable(WorkshopScoreDialog::stateOf(writeState)));
        const WorkshopScore::Secret notebookState = findSecret(notebook);
        QVERIFY(!notebookState.fixed());
        QCOMPARE(notebookState.exposedCopies, 0);
        QCOMPARE(WorkshopScoreDialog::stateOf(notebookState), QStringLiteral("Left: not revoked"));
        QCOMPARE(score->fixed(), 1);
        auto* head = dialog->findChild<QLabel*>(QStringLiteral("workshopHeadline"));
        QVERIFY2(head->text().contains(QStringLiteral("fixed 1 of %1").arg(score->toFix())),
                 qPrintable(head->text()));
        QVERIFY(scoreLabel->text().contains(QLatin1String("fixed 1 of")));
        const QStringList dialogTexts = visibleTexts(dialog);
        QVERIFY(containing(dialogTexts, trainer).isEmpty());
        QVERIFY(!containing(dialogTexts, QStringLiteral("Fixed: revoked, no copy left")).isEmpty());

        // The saved score names secrets masked only.
        const QString markdown = WorkshopScoreDialog::markdown(*score);
        for (const QByteArray& token : DemoWorkstation::tokens()) {
            QVERIFY(!markdown.contains(QString::fromLatin1(token)));
        }
        QVERIFY(!markdown.contains(trainer));
        QVERIFY(markdown.contains(writeState.masked));
        const QString dir = QStringLiteral(KEYSCOUT_BINARY_DIR "/screenshots");
        QDir().mkpath(dir);
        QVERIFY(window.grab().save(dir + QStringLiteral("/workshop.png")));
        QVERIFY(dialog->grab().save(dir + QStringLiteral("/workshop-score.png")));
        dialog->close();

        // Scanning anything else ends the workshop: real paths again.
        window.scanFolders({m_sandbox.filePath(QStringLiteral("trainer"))});
        QVERIFY(!window.inWorkshop());
        QVERIFY(!PathDisplay::hasAlias());
        QVERIFY(!bar->isVisible());
        waitForScan(window);
    }
};

QTEST_MAIN(TestWorkshop)
#include "tst_workshop.moc"
