// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "findings/Finding.h"
#include "sources/ScanOptions.h"

#include <QMainWindow>
#include <memory>

class QStackedWidget;
class QToolBar;

namespace keyscout {

class ChangeJournal;
class FakeHub;
class CheckStore;
class RemediationWizard;
class ResultsPage;
class TokenVerifier;
class ScanController;
class StartPage;
class TriageStore;
class WorkshopBar;
class WorkshopScore;
enum class ReportFormat;

// The desktop window: the start page with the scan presets, then the scan as it runs and its findings.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    void scanFolders(const QStringList& roots);
    // A mounted home or disk image folder, as `keyscout scan --root` reads it: read-only, offline, with
    // evidence (README "Incident response").
    void scanMountedHome(const QString& folder);
    void scanDemoWorkstation();
    // The demo workstation as an exercise (README "Workshops"): made afresh, paths shown from ~, checks and
    // revocations answered by the local stand-in for Hugging Face, a running score and a final one.
    void startWorkshop();
    [[nodiscard]] bool inWorkshop() const { return m_workshop != nullptr; }
    [[nodiscard]] const WorkshopScore* workshopScore() const { return m_workshop.get(); }
    // Scans once more and then shows the score (the bar's *Finish workshop…*).
    void finishWorkshop();
    [[nodiscard]] ResultsPage* resultsPage() const { return m_results; }
    [[nodiscard]] ScanController* scanController() const { return m_controller; }
    // Opens the guided fix of one secret of the current results (nullptr when it is not among them).
    RemediationWizard* openRemediation(const QString& fingerprint);
    [[nodiscard]] TokenVerifier* verifier() const { return m_verifier; }
    // The stand-in for Hugging Face the demo workstation's checks go to (nullptr before a demo scan).
    [[nodiscard]] FakeHub* demoHub() const { return m_demoHub; }
    // The program git guards run (default: this one); tests point it at the keyscout binary.
    void setKeyscoutProgram(const QString& path) { m_keyscoutProgram = path; }
    // *Export report…* (File menu, results page): asks where and in which format, then writes the current
    // scan's report.
    void exportReport();
    // Writes the current scan's report to `path` atomically (0600 with raw secrets); false with `error` set.
    bool exportReport(const QString& path, ReportFormat format, bool includeSecrets, QString* error);

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void startScan(const ScanOptions& options);
    void chooseFolder(bool mountedHome);
    void showResponderBanner(const QString& root); // hidden when `root` is empty
    void ensureRemediationServices();
    void startDemoHub();
    void workshopScanFinished(bool cancelled);
    void updateWorkshopScore();
    void endWorkshop();

    ScanController* m_controller = nullptr;
    std::unique_ptr<TriageStore> m_triage;
    QStackedWidget* m_pages = nullptr;
    StartPage* m_start = nullptr;
    ResultsPage* m_results = nullptr;
    ScanOptions m_lastOptions;
    TokenVerifier* m_verifier = nullptr;
    FakeHub* m_demoHub = nullptr;
    QString m_keyscoutProgram;
    std::unique_ptr<CheckStore> m_checks;
    std::unique_ptr<ChangeJournal> m_journal;
    std::unique_ptr<WorkshopScore> m_workshop;
    WorkshopBar* m_workshopBar = nullptr;
    QList<Finding> m_workshopFindings; // the current scan's findings, for the score
    bool m_finishingWorkshop = false;
    QToolBar* m_responderBar = nullptr;
};

} // namespace keyscout
