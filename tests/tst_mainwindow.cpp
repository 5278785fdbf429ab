// SPDX-License-Identifier: GPL-3.0-or-later
// The window driven as a person would, on the offscreen platform: a preset starts a real scan of a planted
// home, findings appear while it runs, the filter narrows them, the detail shows the masked secret on the
// right line with highlighting, and a triage decision survives a restart. Saves screenshots on the way.
#include "FindingsFilterModel.h"
#include "FindingsModel.h"
#include "MainWindow.h"
#include "ModelFixtures.h"
#include "ResultsPage.h"
#include "ScanController.h"
#include "TestSupport.h"
#include "context/CodeView.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDirIterator>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QScreen>
#include <QSyntaxHighlighter>
#include <QTemporaryDir>
#include <QTest>
#include <QTextLayout>
#include <QTreeView>

using namespace keyscout;

class TestMainWindow : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_sandbox;
    QString m_home;
    QByteArray m_envToken;
    QByteArray m_historyToken;
    int m_fileCount = 0;
    QRandomGenerator m_rng{31337};

    // On the offscreen platform: what the widget paints, into screenshots/. On X (the tst_mainwindow_xvfb
    // test, under Xvfb): the window as the X server shows it, read back from the screen, into
    // screenshots/xvfb/, so both sets exist side by side.
    void saveScreenshot(QWidget* widget, const QString& name)
    {
        const bool onX = QGuiApplication::platformName() == QLatin1String("xcb");
        const QString dir =
            QStringLiteral(KEYSCOUT_BINARY_DIR "/screenshots") + (onX ? QStringLiteral("/xvfb") : QString());
        QDir().mkpath(dir);
        QPixmap shot;
        if (onX) {
            // As the event loop would before a frame: the views' delayed item layouts first (a list just
            // filled is empty until then), then paint and flush to the X server, so the read-back is current.
            QCoreApplication::processEvents();
            widget->repaint();
            shot = widget->screen()->grabWindow(widget->winId());
        } else {
            shot = widget->grab();
        }
        QVERIFY(!shot.isNull());
        QCOMPARE(shot.deviceIndependentSize().toSize(), widget->size());
        QVERIFY(shot.save(dir + QLatin1Char('/') + name + QStringLiteral(".png")));
    }

    static QModelIndex findRow(const QAbstractItemModel* model, const QString& fingerprint)
    {
        for (int row = 0; row < model->rowCount(); ++row) {
            const QModelIndex idx = model->index(row, 0);
            if (idx.data(FindingsModel::FingerprintRole).toString() == fingerprint) {
                return idx;
            }
        }
        return {};
    }

    static QString sha(const QByteArray& secret)
    {
        return QString::fromLatin1(QCryptographicHash::hash(secret, QCryptographicHash::Sha256).toHex());
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_sandbox.isValid());
        m_home = m_sandbox.filePath(QStringLiteral("home"));
        // Isolated settings and data: the triage database and window state go to the sandbox.
        qputenv("XDG_DATA_HOME", m_sandbox.filePath(QStringLiteral("data")).toUtf8());
        qputenv("XDG_CONFIG_HOME", m_sandbox.filePath(QStringLiteral("config")).toUtf8());
        qputenv("HOME", m_home.toUtf8()); // "This workstation" scans the planted home
        m_envToken = test::hfToken(m_rng);
        m_historyToken = test::hfToken(m_rng);
        QVERIFY(
            test::writeFile(m_home + QStringLiteral("/.env"),
                            "# local settings\nWANDB_PROJECT=demo\nHF_TOKEN=" + m_envToken + "\nDEBUG=1\n"));
        QVERIFY(test::writeFile(m_home + QStringLiteral("/.bash_history"),
                                "ls\nexport HF_TOKEN=" + m_historyToken + "\npython train.py\n"));
        // projects/app is a git repository whose second commit put the token into config.py: one more place,
        // in history, shown as the change that commit made.
        const QString app = m_home + QStringLiteral("/projects/app");
        QVERIFY(test::writeFile(app + QStringLiteral("/config.py"),
                                "import os\n\nTOKEN = os.environ.get('HF_TOKEN')\nREPO = 'me/model'\n"));
        QVERIFY(test::git(app, {QStringLiteral("init"), QStringLiteral("-q")}));
        QVERIFY(test::git(app, {QStringLiteral("add"), QStringLiteral("config.py")}));
        QVERIFY(test::git(app, {QStringLiteral("commit"), QStringLiteral("-q"), QStringLiteral("-m"),
                                QStringLiteral("Read the token from the environment")}));
        QVERIFY(test::writeFile(app + QStringLiteral("/config.py"),
                                "import os\n\nTOKEN = \"" + m_envToken +
                                    "\"  # copied from .env\nREPO = 'me/model'\n"));
        QVERIFY(test::git(app, {QStringLiteral("commit"), QStringLiteral("-q"), QStringLiteral("-a"),
                                QStringLiteral("-m"), QStringLiteral("Hard-code the token for the demo")}));
        // A notebook whose cell printed the shell's token: shown as the cell's output, not as JSON.
        QVERIFY(test::writeFile(
            m_home + QStringLiteral("/projects/app/explore.ipynb"),
            "{\n \"cells\": [\n  {\n   \"cell_type\": \"code\",\n   \"execution_count\": 3,\n   "
            "\"metadata\": {},\n"
            "   \"outputs\": [\n    {\n     \"name\": \"stdout\",\n     \"output_type\": \"stream\",\n     "
            "\"text\": [\n"
            "      \"env HF_TOKEN = " +
                m_historyToken +
                "\\n\"\n     ]\n    }\n   ],\n   \"source\": [\n    \"import os\\n\",\n    "
                "\"print('env HF_TOKEN =', os.environ['HF_TOKEN'])\"\n   ]\n  }\n ],\n \"metadata\": {\n  "
                "\"kernelspec\": {\"display_name\": \"Python 3\", \"language\": \"python\", \"name\": "
                "\"python3\"}\n },\n"
                " \"nbformat\": 4,\n \"nbformat_minor\": 5\n}\n"));
        // Enough ordinary files that the scan is still running when the first findings arrive.
        const QByteArray filler =
            QByteArray("import torch\nmodel = load('x')  # pad_token, tokenizer\n").repeated(1500);
        for (int i = 0; i < 1500; ++i) {
            QVERIFY(test::writeFile(m_home + QStringLiteral("/data/d%1/f%2.py").arg(i % 40).arg(i), filler));
        }
        m_fileCount = 1504;
    }

    void scanShowsFindingsFilterAndDetail()
    {
        MainWindow window;
        window.resize(1300, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        saveScreenshot(&window, QStringLiteral("start-page"));

        ResultsPage* results = window.resultsPage();
        QAbstractItemModelTester modelTester(results->model(),
                                             QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester proxyTester(results->filterModel(),
                                             QAbstractItemModelTester::FailureReportingMode::QtTest);
        bool sawFindingsWhileRunning = false;
        connect(results->model(), &QAbstractItemModel::rowsInserted, this, [&] {
            if (window.scanController()->progress().files < m_fileCount) {
                sawFindingsWhileRunning = true;
            }
        });
        auto* stop = window.findChild<QPushButton*>(QStringLiteral("cancelButton"));
        QVERIFY(stop != nullptr);

        // Running processes stay out of this scan: another test may be running one with a token of its own.
        window.findChild<QCheckBox*>(QStringLiteral("readProcesses"))->setChecked(false);
        QTest::mouseClick(window.findChild<QPushButton*>(QStringLiteral("scanHomeButton")), Qt::LeftButton);
        QTRY_VERIFY(results->isVisible());
        QTRY_VERIFY_WITH_TIMEOUT(results->model()->rowCount() > 0, 20000);
        saveScreenshot(&window, QStringLiteral("scan-running"));
        QTRY_VERIFY_WITH_TIMEOUT(!stop->isEnabled(), 30000);
        QVERIFY2(sawFindingsWhileRunning, "the first findings arrived only after every file was read");
        QCOMPARE(results->model()->secretCount(), 2);
        QCOMPARE(results->model()->placeCount(), 5);
        saveScreenshot(&window, QStringLiteral("findings"));

        // Filter by typing: debounced, then one secret left.
        auto* filter = window.findChild<QLineEdit*>(QStringLiteral("filterEdit"));
        QTest::keyClicks(filter, QStringLiteral("bash_history"));
        QTRY_COMPARE(results->filterModel()->rowCount(), 1);
        QCOMPARE(results->filterModel()->index(0, 0).data(FindingsModel::FingerprintRole).toString(),
                 sha(m_historyToken));
        filter->clear();
        QTRY_COMPARE(results->filterModel()->rowCount(), 2);

        // Select the .env place of the first token: the context shows line 3, masked, highlighted.
        auto* tree = window.findChild<QTreeView*>(QStringLiteral("findingsTree"));
        const QModelIndex secret = findRow(results->filterModel(), sha(m_envToken));
        QVERIFY(secret.isValid());
        QCOMPARE(results->filterModel()->rowCount(secret), 3);
        QModelIndex envPlace;
        QModelIndex gitPlace;
        for (int r = 0; r < 3; ++r) {
            const QModelIndex place = results->filterModel()->index(r, FindingsModel::WhereColumn, secret);
            if (place.data().toString().startsWith(QLatin1String("Environment file .env"))) {
                envPlace = place;
            } else if (place.data().toString().startsWith(QLatin1String("Git history of app"))) {
                gitPlace = place;
            }
        }
        QVERIFY(gitPlace.isValid());
        QVERIFY(envPlace.isValid());
        tree->setCurrentIndex(envPlace);
        auto* code = window.findChild<CodeView*>(QStringLiteral("contextView"));
        QVERIFY(code != nullptr);
        QTRY_COMPARE(code->lineNumberForBlock(code->markedBlockNumber()), 3);
        const QString masked = QString::fromLatin1(m_envToken.left(7)) + QChar(0x2026) +
                               QString::fromLatin1(m_envToken.right(4));
        const QTextBlock line = code->document()->findBlockByNumber(code->markedBlockNumber());
        QVERIFY2(line.text().contains(masked), qPrintable(line.text()));
        QVERIFY(!code->toPlainText().contains(QString::fromLatin1(m_envToken)));
        QVERIFY(code->markedSpan().isValid());
        QVERIFY2(!line.layout()->formats().isEmpty(), "the .env line has no syntax highlighting");
        // What this kind of token can do, from the rule catalogue.
        auto* abilities = window.findChild<QLabel*>(QStringLiteral("tokenAbilities"));
        QVERIFY(abilities->isVisible());
        QVERIFY2(abilities->text().contains(QLatin1String("acts as its owner on the Hub")),
                 qPrintable(abilities->text()));
        saveScreenshot(&window, QStringLiteral("detail-light"));

        // The notebook place of the other token: the output cell, its prompt, the output's own line 1.
        const QModelIndex historySecret = findRow(results->filterModel(), sha(m_historyToken));
        QVERIFY(historySecret.isValid());
        tree->expand(historySecret);
        QModelIndex notebookPlace;
        for (int r = 0; r < results->filterModel()->rowCount(historySecret); ++r) {
            const QModelIndex place =
                results->filterModel()->index(r, FindingsModel::WhereColumn, historySecret);
            if (place.data().toString().startsWith(QLatin1String("Notebook explore.ipynb"))) {
                notebookPlace = place;
            }
        }
        QVERIFY(notebookPlace.isValid());
        QCOMPARE(notebookPlace.data().toString(),
                 QStringLiteral("Notebook explore.ipynb, cell 1 output (stream stdout), line 1"));
        tree->setCurrentIndex(notebookPlace);
        auto* cellHeader = window.findChild<QLabel*>(QStringLiteral("cellHeader"));
        QTRY_VERIFY(cellHeader->isVisible());
        QVERIFY(cellHeader->text().contains(QLatin1String("Out[3]:")));
        QCOMPARE(code->firstLine(), 1);
        QVERIFY(code->document()
                    ->findBlockByNumber(code->markedBlockNumber())
                    .text()
                    .startsWith(QLatin1String("env HF_TOKEN = hf_")));
        saveScreenshot(&window, QStringLiteral("detail-notebook"));

        // The git place: the commit as `git log` heads it, then the change it made, as a diff.
        tree->expand(secret);
        tree->setCurrentIndex(gitPlace);
        QTRY_VERIFY(cellHeader->isVisible());
        QVERIFY(cellHeader->text().contains(QLatin1String("Hard-code the token for the demo")));
        QCOMPARE(code->language(), SourceLanguage::Diff);
        QCOMPARE(code->document()->firstBlock().text(), QStringLiteral("@@ -1,4 +1,4 @@"));
        QCOMPARE(code->lineNumberForBlock(code->markedBlockNumber()), 3);
        const QString added = code->document()->findBlockByNumber(code->markedBlockNumber()).text();
        QVERIFY2(added.startsWith(QLatin1String("+TOKEN = \"")) && added.contains(masked), qPrintable(added));
        QVERIFY(code->document()
                    ->findBlockByNumber(code->markedBlockNumber() - 1)
                    .text()
                    .startsWith(QLatin1String("-TOKEN = os.environ")));
        QVERIFY(!code->toPlainText().contains(QString::fromLatin1(m_envToken)));
        saveScreenshot(&window, QStringLiteral("detail-git"));
        tree->setCurrentIndex(envPlace);
        QTRY_VERIFY(!cellHeader->isVisible());

        // Reveal on request only, and hide again.
        auto* reveal = window.findChild<QPushButton*>(QStringLiteral("revealButton"));
        QTest::mouseClick(reveal, Qt::LeftButton);
        QVERIFY(code->toPlainText().contains(QString::fromLatin1(m_envToken)));
        QTest::mouseClick(reveal, Qt::LeftButton);
        QVERIFY(!code->toPlainText().contains(QString::fromLatin1(m_envToken)));

        // Dark palette: the same view, readable.
        const QPalette light = QApplication::palette();
        QPalette dark;
        dark.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
        dark.setColor(QPalette::WindowText, QColor(0xe0, 0xe0, 0xe0));
        dark.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
        dark.setColor(QPalette::AlternateBase, QColor(0x26, 0x26, 0x26));
        dark.setColor(QPalette::Text, QColor(0xe0, 0xe0, 0xe0));
        dark.setColor(QPalette::Button, QColor(0x35, 0x35, 0x35));
        dark.setColor(QPalette::ButtonText, QColor(0xe0, 0xe0, 0xe0));
        dark.setColor(QPalette::Highlight, QColor(0x3d, 0x6f, 0xb4));
        dark.setColor(QPalette::HighlightedText, Qt::white);
        dark.setColor(QPalette::PlaceholderText, QColor(0x90, 0x90, 0x90));
        for (auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText}) {
            dark.setColor(QPalette::Disabled, role, QColor(0x80, 0x80, 0x80));
        }
        QApplication::setPalette(dark);
        QTest::qWait(50);
        saveScreenshot(&window, QStringLiteral("detail-dark"));
        QApplication::setPalette(light);

        // Triage: mark it a false positive with a note.
        auto* status = window.findChild<QComboBox*>(QStringLiteral("triageStatus"));
        status->setCurrentIndex(status->findData(static_cast<int>(TriageStatus::FalsePositive)));
        QTest::keyClicks(window.findChild<QLineEdit*>(QStringLiteral("triageNote")),
                         QStringLiteral("rotated already"));
        QTest::mouseClick(window.findChild<QPushButton*>(QStringLiteral("saveTriageButton")), Qt::LeftButton);
        QTRY_COMPARE(findRow(results->filterModel(), sha(m_envToken))
                         .siblingAtColumn(FindingsModel::StatusColumn)
                         .data()
                         .toString(),
                     QStringLiteral("False positive"));
        window.close();
    }

    void triagePersistsAcrossARestart()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        ResultsPage* results = window.resultsPage();
        window.findChild<QCheckBox*>(QStringLiteral("readProcesses"))->setChecked(false);
        QTest::mouseClick(window.findChild<QPushButton*>(QStringLiteral("scanHomeButton")), Qt::LeftButton);
        auto* stop = window.findChild<QPushButton*>(QStringLiteral("cancelButton"));
        QTRY_VERIFY_WITH_TIMEOUT(results->model()->rowCount() == 2 && !stop->isEnabled(), 30000);
        const QModelIndex secret = findRow(results->filterModel(), sha(m_envToken));
        QCOMPARE(secret.siblingAtColumn(FindingsModel::StatusColumn).data().toString(),
                 QStringLiteral("False positive"));
        QCOMPARE(secret.siblingAtColumn(FindingsModel::StatusColumn).data(Qt::ToolTipRole).toString(),
                 QStringLiteral("rotated already"));
        const QModelIndex other = findRow(results->filterModel(), sha(m_historyToken));
        QCOMPARE(other.siblingAtColumn(FindingsModel::StatusColumn).data().toString(), QStringLiteral("New"));

        // "Scan again" keeps the decision too.
        QTest::mouseClick(window.findChild<QPushButton*>(QStringLiteral("scanAgainButton")), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(results->model()->rowCount() == 2 && !stop->isEnabled(), 30000);
        QCOMPARE(findRow(results->filterModel(), sha(m_envToken))
                     .siblingAtColumn(FindingsModel::StatusColumn)
                     .data()
                     .toString(),
                 QStringLiteral("False positive"));

        // The database holds fingerprints, never the raw secret.
        QDirIterator it(m_sandbox.filePath(QStringLiteral("data")), QDir::Files | QDir::Hidden,
                        QDirIterator::Subdirectories);
        int files = 0;
        while (it.hasNext()) {
            QFile f(it.next());
            QVERIFY(f.open(QIODevice::ReadOnly));
            const QByteArray bytes = f.readAll();
            QVERIFY2(!bytes.contains(m_envToken) && !bytes.contains(m_historyToken),
                     qPrintable(f.fileName()));
            ++files;
        }
        QVERIFY(files >= 1);
    }

    void keyboardReachesTheFilter()
    {
        MainWindow window;
        window.show();
        window.activateWindow(); // QApplication::setActiveWindow is deprecated from Qt 6.5 on
        QVERIFY(QTest::qWaitForWindowActive(&window));
        window.findChild<QCheckBox*>(QStringLiteral("readProcesses"))->setChecked(false);
        QTest::mouseClick(window.findChild<QPushButton*>(QStringLiteral("scanHomeButton")), Qt::LeftButton);
        auto* stop = window.findChild<QPushButton*>(QStringLiteral("cancelButton"));
        QTRY_VERIFY_WITH_TIMEOUT(!stop->isEnabled(), 30000);
        auto* filter = window.findChild<QLineEdit*>(QStringLiteral("filterEdit"));
        QTest::keySequence(&window, QKeySequence::Find);
        QTRY_COMPARE(QApplication::focusWidget(), filter);
        QTest::keyClicks(filter, QStringLiteral("env"));
        QTest::keyClick(filter, Qt::Key_Escape);
        QCOMPARE(filter->text(), QString());
        // The controls that are not buttons have names a screen reader can say.
        for (const char* name : {"filterEdit", "providerFilter", "severityFilter", "statusFilter",
                                 "findingsTree", "placesList", "contextView", "scanProgress"}) {
            auto* w = window.findChild<QWidget*>(QString::fromLatin1(name));
            QVERIFY2(w != nullptr, name);
            QVERIFY2(!w->accessibleName().isEmpty(), name);
        }
    }

    // A chosen folder's model files are judged too (the option is on by default): a pickle that calls
    // os.system is listed; with the option off, only secrets are looked for.
    void folderScanJudgesModelFiles()
    {
        const QString folder = m_sandbox.filePath(QStringLiteral("downloads"));
        QVERIFY(
            test::writeFile(folder + QStringLiteral("/weights.pt"), test::torchZip(test::osSystemPickle())));
        for (const bool judge : {true, false}) {
            MainWindow window;
            window.show();
            window.findChild<QCheckBox*>(QStringLiteral("judgeModels"))->setChecked(judge);
            QStringList models;
            connect(window.scanController(), &ScanController::findingsArrived, this,
                    [&models](const QList<Finding>& batch) {
                        for (const Finding& f : batch) {
                            if (f.ruleId.startsWith(QLatin1String("model."))) {
                                models << f.ruleId + QLatin1Char(' ') + f.path;
                            }
                        }
                    });
            window.scanFolders({folder});
            auto* stop = window.findChild<QPushButton*>(QStringLiteral("cancelButton"));
            QTRY_VERIFY_WITH_TIMEOUT(!stop->isEnabled(), 30000);
            if (judge) {
                QCOMPARE(models, QStringList{QStringLiteral("model.dangerous ") + folder +
                                             QStringLiteral("/weights.pt")});
                QCOMPARE(window.resultsPage()->model()->rowCount(), 1);
            } else {
                QVERIFY2(models.isEmpty(), qPrintable(models.join(QLatin1Char('\n'))));
                QCOMPARE(window.resultsPage()->model()->rowCount(), 0);
            }
        }
    }

    void cancelStopsWithinASecond()
    {
        MainWindow window;
        window.show();
        ResultsPage* results = window.resultsPage();
        window.findChild<QCheckBox*>(QStringLiteral("readProcesses"))->setChecked(false);
        QTest::mouseClick(window.findChild<QPushButton*>(QStringLiteral("scanHomeButton")), Qt::LeftButton);
        auto* stop = window.findChild<QPushButton*>(QStringLiteral("cancelButton"));
        QTRY_VERIFY(stop->isEnabled() || results->model()->rowCount() > 0);
        QElapsedTimer timer;
        timer.start();
        window.scanController()->cancel();
        QTRY_VERIFY_WITH_TIMEOUT(!stop->isEnabled(), 1000);
        QVERIFY(timer.elapsed() < 1000);
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
