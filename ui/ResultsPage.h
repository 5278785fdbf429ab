// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "findings/Finding.h"
#include "findings/TriageStore.h"
#include "report/ScanResult.h"
#include "sources/FileSystemScanner.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QSet>
#include <QTimer>
#include <QWidget>

class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QSettings;
class QSplitter;
class QTreeView;

namespace keyscout {

class DetailPanel;
class FindingsFilterModel;
class FindingsModel;
struct ScanProgress;

// The scan as it runs and its findings: progress with stop, the findings tree with filters, the detail of the
// selected secret, and counts in a summary line.
class ResultsPage : public QWidget {
    Q_OBJECT
public:
    explicit ResultsPage(QWidget* parent = nullptr);

    void scanStarted(const QStringList& roots);
    void addFindings(const QList<Finding>& batch);
    void showProgress(const ScanProgress& progress);
    void scanFinished(bool cancelled, const QStringList& errors);
    // What the finished scan skipped or read differently, listed behind a button next to the status.
    void setScanIssues(const QList<SkippedItem>& skipped, const QList<SkippedItem>& notices);
    void setDecisions(const QHash<QString, TriageDecision>& decisions);
    void setDecision(const QString& fingerprint, const TriageDecision& decision);
    // Shows the selected place again (after something changed what the detail says about it).
    void refreshDetail() { selectionChanged(); }

    [[nodiscard]] FindingsModel* model() const { return m_model; }
    [[nodiscard]] FindingsFilterModel* filterModel() const { return m_filter; }
    [[nodiscard]] DetailPanel* detailPanel() const { return m_detail; }
    // *Export report…*: the results page's button and the window's File menu trigger it; enabled once a scan
    // has finished.
    [[nodiscard]] QAction* exportAction() const { return m_export; }
    // The finished scan as the reports read it: its roots and times, every finding (sorted), what it skipped,
    // its notices and errors. The window adds what only the scan's controller knows (counts, rules,
    // evidence).
    [[nodiscard]] ScanResult scanResult() const;

    // The split between the findings and the detail and the findings' column widths and sort order, kept
    // across restarts: the window saves them when it closes and restores them when it opens.
    void saveLayout(QSettings& settings) const;
    void restoreLayout(const QSettings& settings);

signals:
    void stopRequested();
    void newScanRequested();
    void scanAgainRequested();
    void triageChanged(const QString& fingerprint, keyscout::TriageStatus status, const QString& note);
    void fixRequested(const QString& fingerprint);

private:
    void selectionChanged();
    void updateSummary();
    void updateFilterChoices(const QList<Finding>& batch);
    void scheduleSummary();

    FindingsModel* m_model = nullptr;
    FindingsFilterModel* m_filter = nullptr;
    QLabel* m_progressText = nullptr;
    QProgressBar* m_busy = nullptr;
    QPushButton* m_stop = nullptr;
    QPushButton* m_again = nullptr;
    QPushButton* m_issues = nullptr;
    QList<SkippedItem> m_skipped;
    QList<SkippedItem> m_notices;
    void showScanIssues();
    QLineEdit* m_search = nullptr;
    QTimer m_searchDelay;
    QTimer m_summaryDelay;
    QSet<QString> m_knownProviders;
    QComboBox* m_provider = nullptr;
    QComboBox* m_severity = nullptr;
    QComboBox* m_kind = nullptr;
    QComboBox* m_status = nullptr;
    QSplitter* m_splitter = nullptr;
    QTreeView* m_tree = nullptr;
    DetailPanel* m_detail = nullptr;
    QLabel* m_summary = nullptr;
    QElapsedTimer m_clock;
    bool m_running = false;
    QAction* m_export = nullptr;
    QStringList m_roots;
    QDateTime m_startedAt;
    QDateTime m_finishedAt;
    bool m_cancelled = false;
    QStringList m_errors;
};

} // namespace keyscout
