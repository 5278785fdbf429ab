// SPDX-License-Identifier: GPL-3.0-or-later
// *Export report…* as a person uses it, on the offscreen platform: a real scan of a planted folder, then the
// File menu's action, the file dialog filled in (name, format by its filter, the raw-secrets choice with its
// confirmation), and the file it writes read back.
#include "ExportDialog.h"
#include "MainWindow.h"
#include "ResultsPage.h"
#include "ScanController.h"
#include "TestSupport.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <functional>

using namespace keyscout;

class TestExport : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_sandbox;
    QString m_folder;
    QByteArray m_token;
    QRandomGenerator m_rng{4711};

    // Runs `fill` on the export dialog once it is open (it runs its own event loop), then lets the window
    // write the report.
    static void whenDialogOpens(const std::function<void(ExportDialog*)>& fill)
    {
        QTimer::singleShot(0, [fill] {
            ExportDialog* dialog = nullptr;
            QTRY_VERIFY((dialog = qobject_cast<ExportDialog*>(QApplication::activeModalWidget())) != nullptr);
            fill(dialog);
        });
    }

    static void answerConfirmation(QMessageBox::StandardButton answer)
    {
        QTimer::singleShot(0, [answer] {
            QMessageBox* box = nullptr;
            QTRY_VERIFY((box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget())) != nullptr);
            QCOMPARE(box->objectName(), QStringLiteral("includeSecretsConfirmation"));
            box->button(answer)->click();
        });
    }

    void scan(MainWindow& window)
    {
        QSignalSpy finished(window.scanController(), &ScanController::finished);
        window.scanFolders({m_folder});
        QVERIFY(finished.wait(60000));
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_sandbox.isValid());
        qputenv("XDG_DATA_HOME", m_sandbox.filePath(QStringLiteral("data")).toUtf8());
        qputenv("XDG_CONFIG_HOME", m_sandbox.filePath(QStringLiteral("config")).toUtf8());
        m_folder = m_sandbox.filePath(QStringLiteral("project"));
        m_token = test::hfToken(m_rng);
        QVERIFY(test::writeFile(m_folder + QStringLiteral("/.env"), "HF_TOKEN=" + m_token + "\n"));
        QVERIFY(test::writeFile(m_folder + QStringLiteral("/notes.md"), "token " + m_token + "\n"));
    }

    void exportsTheCurrentScanMasked()
    {
        MainWindow window;
        window.show();
        QAction* action = window.findChild<QAction*>(QStringLiteral("exportReportAction"));
        QVERIFY(action);
        QVERIFY(!action->isEnabled()); // nothing to export yet
        auto* fileMenu = window.menuBar()->findChild<QMenu*>(QStringLiteral("fileMenu"));
        QVERIFY(fileMenu);
        QVERIFY(fileMenu->actions().contains(action));
        scan(window);
        QVERIFY(action->isEnabled());
        QVERIFY(window.resultsPage()->findChild<QPushButton*>(QStringLiteral("exportButton"))->isEnabled());

        // HTML by default; the name is typed without a suffix and gets the format's.
        const QString html = m_sandbox.filePath(QStringLiteral("report"));
        whenDialogOpens([html](ExportDialog* dialog) {
            // For people reviewing the layout: the raw-secrets choice under the file type.
            QDir().mkpath(QStringLiteral(KEYSCOUT_BINARY_DIR "/screenshots"));
            dialog->grab().save(QStringLiteral(KEYSCOUT_BINARY_DIR "/screenshots/export-dialog.png"));
            QCOMPARE(dialog->format(), ReportFormat::Html);
            QVERIFY(!dialog->includeSecrets());
            dialog->selectFile(html);
            static_cast<QDialog*>(dialog)->accept(); // QFileDialog::accept(), as the Save button does
        });
        action->trigger();
        const QByteArray page = test::readAll(html + QStringLiteral(".html"));
        QVERIFY(page.startsWith("<!DOCTYPE html>"));
        QVERIFY(page.contains(m_folder.toUtf8()));
        QVERIFY(!page.contains(m_token));

        // JSON, chosen by the filter: parses, every place, nothing raw.
        const QString json = m_sandbox.filePath(QStringLiteral("report.json"));
        whenDialogOpens([json](ExportDialog* dialog) {
            dialog->setFormat(ReportFormat::Json);
            dialog->selectFile(json);
            static_cast<QDialog*>(dialog)->accept(); // QFileDialog::accept(), as the Save button does
        });
        window.resultsPage()->findChild<QPushButton*>(QStringLiteral("exportButton"))->click();
        const QByteArray bytes = test::readAll(json);
        QJsonParseError error{};
        const QJsonObject report = QJsonDocument::fromJson(bytes, &error).object();
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(report[u"summary"][u"findings"].toInt(), 2);
        QCOMPARE(report[u"scan"][u"roots"][0].toString(), m_folder);
        QVERIFY(!bytes.contains(m_token));
        QVERIFY(report[u"secrets"][0][u"locations"][0][u"finding_id"].isString());
    }

    void rawSecretsOnlyWhenConfirmed()
    {
        MainWindow window;
        window.show();
        scan(window);
        QAction* action = window.findChild<QAction*>(QStringLiteral("exportReportAction"));

        // Ticking the choice and answering No leaves it unticked: the report stays masked.
        const QString declined = m_sandbox.filePath(QStringLiteral("declined.csv"));
        whenDialogOpens([declined](ExportDialog* dialog) {
            dialog->setFormat(ReportFormat::Csv);
            answerConfirmation(QMessageBox::No);
            dialog->findChild<QCheckBox*>(QStringLiteral("includeSecretsCheck"))->click();
            QVERIFY(!dialog->includeSecrets());
            dialog->selectFile(declined);
            static_cast<QDialog*>(dialog)->accept(); // QFileDialog::accept(), as the Save button does
        });
        action->trigger();
        QVERIFY(QFileInfo::exists(declined));
        QVERIFY(!test::readAll(declined).contains(m_token));

        // Confirmed: the secrets are in, and only the owner may read the file.
        const QString revealed = m_sandbox.filePath(QStringLiteral("revealed.jsonl"));
        whenDialogOpens([revealed](ExportDialog* dialog) {
            dialog->setFormat(ReportFormat::JsonLines);
            answerConfirmation(QMessageBox::Yes);
            dialog->findChild<QCheckBox*>(QStringLiteral("includeSecretsCheck"))->click();
            QVERIFY(dialog->includeSecrets());
            dialog->selectFile(revealed);
            static_cast<QDialog*>(dialog)->accept(); // QFileDialog::accept(), as the Save button does
        });
        action->trigger();
        QVERIFY(test::readAll(revealed).contains(m_token));
        QCOMPARE(test::modeOf(revealed), 0600);
    }
};

QTEST_MAIN(TestExport)
#include "tst_export.moc"
