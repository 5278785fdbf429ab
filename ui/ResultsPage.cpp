// SPDX-License-Identifier: GPL-3.0-or-later
#include "ResultsPage.h"

#include "DetailPanel.h"
#include "FindingsFilterModel.h"
#include "FindingsModel.h"
#include "PathDisplay.h"
#include "report/TextReport.h"
#include "sources/FileSystemScanner.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSet>
#include <QSettings>
#include <QShortcut>
#include <QSplitter>
#include <QTreeView>
#include <QVBoxLayout>

namespace keyscout {

namespace {
constexpr int kSearchDelayMs = 300; // typing is debounced (STYLE.md 4)
// The summary counts every row: while batches arrive, count at most this often, not once per batch.
constexpr int kSummaryDelayMs = 100;
} // namespace

ResultsPage::ResultsPage(QWidget* parent)
    : QWidget(parent)
    , m_model(new FindingsModel(this))
    , m_filter(new FindingsFilterModel(this))
{
    m_filter->setSourceModel(m_model);
    auto* layout = new QVBoxLayout(this);

    auto* progressRow = new QHBoxLayout;
    m_progressText = new QLabel;
    m_progressText->setObjectName(QStringLiteral("statusLabel"));
    m_progressText->setMinimumWidth(200);
    m_progressText->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_busy = new QProgressBar;
    m_busy->setObjectName(QStringLiteral("scanProgress"));
    m_busy->setRange(0, 0);
    m_busy->setMaximumWidth(160);
    m_busy->setAccessibleName(tr("Scan progress"));
    m_stop = new QPushButton(tr("Stop"));
    m_stop->setObjectName(QStringLiteral("cancelButton"));
    m_again = new QPushButton(tr("Scan again"));
    m_again->setObjectName(QStringLiteral("scanAgainButton"));
    m_again->setToolTip(tr("Scan the same places again; your decisions are kept."));
    m_issues = new QPushButton;
    m_issues->setObjectName(QStringLiteral("scanIssuesButton"));
    m_issues->setFlat(true);
    m_issues->setVisible(false);
    connect(m_issues, &QPushButton::clicked, this, &ResultsPage::showScanIssues);
    auto* back = new QPushButton(tr("New scan"));
    back->setObjectName(QStringLiteral("newScanButton"));
    m_export = new QAction(tr("&Export report…"), this);
    m_export->setObjectName(QStringLiteral("exportReportAction"));
    m_export->setToolTip(tr("Save this scan as an HTML, JSON, SARIF, CSV or JSON Lines report"));
    m_export->setEnabled(false);
    auto* exportButton = new QPushButton(tr("Export report…"));
    exportButton->setObjectName(QStringLiteral("exportButton"));
    exportButton->setToolTip(m_export->toolTip());
    exportButton->setEnabled(false);
    connect(exportButton, &QPushButton::clicked, m_export, &QAction::trigger);
    connect(m_export, &QAction::enabledChanged, exportButton, &QPushButton::setEnabled);
    progressRow->addWidget(m_progressText, 1);
    progressRow->addWidget(m_issues);
    progressRow->addWidget(m_busy);
    progressRow->addWidget(m_stop);
    progressRow->addWidget(m_again);
    progressRow->addWidget(exportButton);
    progressRow->addWidget(back);
    layout->addLayout(progressRow);
    connect(m_stop, &QPushButton::clicked, this, &ResultsPage::stopRequested);
    connect(m_again, &QPushButton::clicked, this, &ResultsPage::scanAgainRequested);
    connect(back, &QPushButton::clicked, this, &ResultsPage::newScanRequested);

    auto* filterRow = new QHBoxLayout;
    m_search = new QLineEdit;
    m_search->setObjectName(QStringLiteral("filterEdit"));
    m_search->setPlaceholderText(tr("Filter: provider, file, place…"));
    m_search->setAccessibleName(tr("Filter findings"));
    m_search->setClearButtonEnabled(true);
    m_provider = new QComboBox;
    m_provider->setObjectName(QStringLiteral("providerFilter"));
    m_provider->setAccessibleName(tr("Provider"));
    m_provider->addItem(tr("All providers"), QString());
    m_severity = new QComboBox;
    m_severity->setObjectName(QStringLiteral("severityFilter"));
    m_severity->setAccessibleName(tr("Lowest severity"));
    m_severity->addItem(tr("Any severity"), static_cast<int>(Severity::Info));
    for (Severity s : {Severity::Low, Severity::Medium, Severity::High, Severity::Critical}) {
        m_severity->addItem(tr("%1 and worse").arg(FindingsModel::severityText(s)), static_cast<int>(s));
    }
    m_kind = new QComboBox;
    m_kind->setObjectName(QStringLiteral("kindFilter"));
    m_kind->setAccessibleName(tr("Kind of place"));
    m_kind->addItem(tr("All places"), QString());
    m_status = new QComboBox;
    m_status->setObjectName(QStringLiteral("statusFilter"));
    m_status->setAccessibleName(tr("Decision"));
    m_status->addItem(tr("Any decision"), -1);
    for (TriageStatus s :
         {TriageStatus::New, TriageStatus::ToFix, TriageStatus::AcceptedRisk, TriageStatus::FalsePositive}) {
        m_status->addItem(FindingsModel::statusText(s), static_cast<int>(s));
    }
    filterRow->addWidget(m_search, 2);
    filterRow->addWidget(m_provider, 1);
    filterRow->addWidget(m_severity, 1);
    filterRow->addWidget(m_kind, 1);
    filterRow->addWidget(m_status, 1);
    layout->addLayout(filterRow);

    m_searchDelay.setSingleShot(true);
    m_searchDelay.setInterval(kSearchDelayMs);
    connect(m_search, &QLineEdit::textChanged, &m_searchDelay, qOverload<>(&QTimer::start));
    connect(&m_searchDelay, &QTimer::timeout, this, [this] { m_filter->setText(m_search->text()); });
    m_summaryDelay.setSingleShot(true);
    m_summaryDelay.setInterval(kSummaryDelayMs);
    connect(&m_summaryDelay, &QTimer::timeout, this, &ResultsPage::updateSummary);
    connect(m_provider, &QComboBox::currentIndexChanged, this,
            [this] { m_filter->setProvider(m_provider->currentData().toString()); });
    connect(m_severity, &QComboBox::currentIndexChanged, this, [this] {
        m_filter->setMinimumSeverity(static_cast<Severity>(m_severity->currentData().toInt()));
    });
    connect(m_kind, &QComboBox::currentIndexChanged, this,
            [this] { m_filter->setSourceKind(m_kind->currentData().toString()); });
    connect(m_status, &QComboBox::currentIndexChanged, this, [this] {
        const int s = m_status->currentData().toInt();
        m_filter->setStatus(s < 0 ? std::nullopt : std::optional<int>(s));
    });

    m_splitter = new QSplitter(Qt::Horizontal);
    m_splitter->setObjectName(QStringLiteral("resultsSplitter"));
    m_tree = new QTreeView;
    m_tree->setObjectName(QStringLiteral("findingsTree"));
    m_tree->setAccessibleName(tr("Findings, one row per secret"));
    m_tree->setModel(m_filter);
    m_tree->setSortingEnabled(true);
    m_tree->sortByColumn(FindingsModel::SeverityColumn, Qt::DescendingOrder);
    m_tree->setUniformRowHeights(true);
    m_tree->setAlternatingRowColors(true);
    m_tree->setSelectionBehavior(QAbstractItemView::SelectRows);
    // Every column fits the pane: "where" takes what the others leave (and elides, with the path as tooltip).
    m_tree->setColumnWidth(FindingsModel::SecretColumn, 150);
    m_tree->setColumnWidth(FindingsModel::ProviderColumn, 100);
    m_tree->setColumnWidth(FindingsModel::SeverityColumn, 85);
    m_tree->setColumnWidth(FindingsModel::ExposureColumn, 135);
    m_tree->setColumnWidth(FindingsModel::StatusColumn, 85);
    m_tree->header()->setSectionResizeMode(QHeaderView::Interactive);
    m_tree->header()->setSectionResizeMode(FindingsModel::WhereColumn, QHeaderView::Stretch);
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setMinimumSectionSize(60);
    m_detail = new DetailPanel;
    m_detail->setObjectName(QStringLiteral("detailPanel"));
    m_splitter->addWidget(m_tree);
    m_splitter->addWidget(m_detail);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    layout->addWidget(m_splitter, 1);

    // Keyboard: Ctrl+F to the filter, Escape clears it, F5 scans again.
    auto* findShortcut = new QShortcut(QKeySequence::Find, this);
    connect(findShortcut, &QShortcut::activated, this, [this] {
        m_search->setFocus(Qt::ShortcutFocusReason);
        m_search->selectAll();
    });
    auto* clearShortcut = new QShortcut(QKeySequence(Qt::Key_Escape), m_search);
    clearShortcut->setContext(Qt::WidgetShortcut);
    connect(clearShortcut, &QShortcut::activated, m_search, &QLineEdit::clear);
    auto* againShortcut = new QShortcut(QKeySequence::Refresh, this);
    connect(againShortcut, &QShortcut::activated, this, [this] {
        if (m_again->isEnabled()) {
            emit scanAgainRequested();
        }
    });
    setTabOrder(m_search, m_provider);
    setTabOrder(m_provider, m_severity);
    setTabOrder(m_severity, m_kind);
    setTabOrder(m_kind, m_status);
    setTabOrder(m_status, m_tree);

    m_summary = new QLabel;
    m_summary->setObjectName(QStringLiteral("summaryLabel"));
    layout->addWidget(m_summary);

    connect(m_tree->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ResultsPage::selectionChanged);
    connect(m_detail, &DetailPanel::triageChanged, this, &ResultsPage::triageChanged);
    connect(m_detail, &DetailPanel::fixRequested, this, &ResultsPage::fixRequested);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &ResultsPage::scheduleSummary);
    // More places of the secret on show arrive while the scan runs: keep its detail complete.
    connect(m_model, &QAbstractItemModel::rowsInserted, this, [this](const QModelIndex& parent) {
        const QModelIndex current = m_filter->mapToSource(m_tree->currentIndex());
        const QModelIndex secret = current.parent().isValid() ? current.parent() : current.siblingAtColumn(0);
        if (parent.isValid() && parent == secret) {
            selectionChanged();
        }
    });
    connect(m_model, &QAbstractItemModel::dataChanged, this, &ResultsPage::scheduleSummary);
    connect(m_model, &QAbstractItemModel::modelReset, this, &ResultsPage::updateSummary);
}

void ResultsPage::saveLayout(QSettings& settings) const
{
    settings.setValue(QStringLiteral("results/splitter"), m_splitter->saveState());
    settings.setValue(QStringLiteral("results/findingsHeader"), m_tree->header()->saveState());
}

void ResultsPage::restoreLayout(const QSettings& settings)
{
    // Both ignore what they cannot read (nothing saved yet, another Qt's format) and keep the defaults. A
    // column added since the state was saved gets its default width (QHeaderView::restoreState).
    m_splitter->restoreState(settings.value(QStringLiteral("results/splitter")).toByteArray());
    m_tree->header()->restoreState(settings.value(QStringLiteral("results/findingsHeader")).toByteArray());
}

void ResultsPage::scanStarted(const QStringList& roots)
{
    m_skipped.clear();
    m_notices.clear();
    m_issues->setVisible(false);
    m_model->clear();
    m_detail->clear();
    m_provider->setCurrentIndex(0);
    while (m_provider->count() > 1) {
        m_provider->removeItem(1);
    }
    m_knownProviders.clear();
    m_kind->setCurrentIndex(0);
    while (m_kind->count() > 1) {
        m_kind->removeItem(1);
    }
    m_running = true;
    m_clock.start();
    m_export->setEnabled(false);
    m_roots = roots;
    m_startedAt = QDateTime::currentDateTimeUtc();
    m_finishedAt = QDateTime();
    m_cancelled = false;
    m_errors.clear();
    m_busy->show();
    m_stop->setEnabled(true);
    m_again->setEnabled(false);
    QStringList shownRoots;
    for (const QString& root : roots) {
        shownRoots << PathDisplay::shown(root);
    }
    m_progressText->setText(tr("Scanning %1…").arg(shownRoots.join(QStringLiteral(", "))));
}

void ResultsPage::addFindings(const QList<Finding>& batch)
{
    m_model->addFindings(batch);
    updateFilterChoices(batch);
    if (!m_tree->currentIndex().isValid() && m_filter->rowCount() > 0) {
        m_tree->setCurrentIndex(m_filter->index(0, 0));
    }
}

void ResultsPage::updateFilterChoices(const QList<Finding>& batch)
{
    // Only the batch: looking at every row again made each batch cost as much as all findings so far.
    for (const Finding& f : batch) {
        if (!m_knownProviders.contains(f.provider)) {
            m_knownProviders.insert(f.provider);
            m_provider->addItem(f.providerName, f.provider);
        }
        const QString kind = sourceKindId(f.place.kind);
        if (m_kind->findData(kind) < 0) {
            // In the order of SourceKind, whatever order the places arrive in.
            int at = 1;
            while (at < m_kind->count()) {
                SourceKind other = SourceKind::File;
                sourceKindFromId(m_kind->itemData(at).toString(), &other);
                if (static_cast<int>(other) > static_cast<int>(f.place.kind)) {
                    break;
                }
                ++at;
            }
            m_kind->insertItem(at, sourceKindName(f.place.kind), kind);
        }
    }
}

void ResultsPage::showProgress(const ScanProgress& p)
{
    if (!m_running) {
        return;
    }
    const double seconds = std::max<qint64>(1, m_clock.elapsed()) / 1000.0;
    QString text =
        tr("%1 files · %2 · %3/s · %4 skipped")
            .arg(p.files)
            .arg(TextReport::humanBytes(p.bytes), TextReport::humanBytes(qint64(p.bytes / seconds)))
            .arg(p.skipped + p.failed);
    if (p.gitRepositories > 0) {
        text += QStringLiteral(" · ") +
                tr("%n git repositories, %1 objects", nullptr, static_cast<int>(p.gitRepositories))
                    .arg(p.gitObjects);
    }
    m_progressText->setText(text + QStringLiteral(" — ") + PathDisplay::shown(p.currentPath));
    m_progressText->setToolTip(PathDisplay::shown(p.currentPath));
}

void ResultsPage::scanFinished(bool cancelled, const QStringList& errors)
{
    m_running = false;
    m_busy->hide();
    m_stop->setEnabled(false);
    m_again->setEnabled(true);
    m_finishedAt = QDateTime::currentDateTimeUtc();
    m_cancelled = cancelled;
    m_errors = errors;
    m_export->setEnabled(true);
    QString text =
        cancelled ? tr("Scan stopped after %1 s; the results are partial.") : tr("Scan finished in %1 s.");
    text = text.arg(QString::number(m_clock.elapsed() / 1000.0, 'f', 1));
    if (!errors.isEmpty()) {
        text += QLatin1Char(' ') + tr("Problems: %1").arg(errors.join(QStringLiteral("; ")));
    }
    m_progressText->setText(text);
    updateSummary();
}

void ResultsPage::setScanIssues(const QList<SkippedItem>& skipped, const QList<SkippedItem>& notices)
{
    m_skipped = skipped;
    m_notices = notices;
    const qsizetype failed =
        std::count_if(skipped.begin(), skipped.end(), [](const SkippedItem& i) { return i.failed; });
    QStringList parts;
    if (!notices.isEmpty()) {
        parts << tr("%n read as plain text", nullptr, static_cast<int>(notices.size()));
    }
    if (failed > 0) {
        parts << tr("%n unreadable", nullptr, static_cast<int>(failed));
    }
    if (skipped.size() > failed) {
        parts << tr("%n skipped", nullptr, static_cast<int>(skipped.size() - failed));
    }
    m_issues->setText(parts.join(QStringLiteral(", ")) + QStringLiteral("…"));
    m_issues->setToolTip(tr("What this scan did not read, or read differently, and why"));
    m_issues->setVisible(!parts.isEmpty());
}

void ResultsPage::showScanIssues()
{
    QMessageBox box(this);
    box.setWindowTitle(tr("Not read, or read differently"));
    box.setIcon(QMessageBox::Information);
    box.setText(
        tr("Files that were skipped, could not be read, or were read as plain text because their format "
           "was broken. Secrets in skipped files are not in the results."));
    QString details;
    for (const SkippedItem& n : m_notices) {
        details += tr("read as text  %1: %2").arg(PathDisplay::shown(n.path), n.reason) + QLatin1Char('\n');
    }
    for (const SkippedItem& s : m_skipped) {
        details += (s.failed ? tr("unreadable    %1: %2") : tr("skipped       %1: %2"))
                       .arg(PathDisplay::shown(s.path), s.reason) +
                   QLatin1Char('\n');
    }
    box.setDetailedText(details);
    box.exec();
}

ScanResult ResultsPage::scanResult() const
{
    ScanResult result;
    result.roots = m_roots;
    result.startedAt = m_startedAt;
    result.finishedAt = m_finishedAt.isValid() ? m_finishedAt : QDateTime::currentDateTimeUtc();
    result.cancelled = m_cancelled;
    result.rootErrors = m_errors;
    result.skipped = m_skipped;
    result.notices = m_notices;
    // The window is given the listed items only (the scanner lists up to kMaxListedSkips): counted by reason.
    for (const SkippedItem& item : m_skipped) {
        result.skipCounts[item.reason] += 1;
    }
    for (int row = 0; row < m_model->rowCount(); ++row) {
        result.findings += m_model->places(m_model->index(row, 0));
    }
    result.sortFindings();
    return result;
}

void ResultsPage::setDecisions(const QHash<QString, TriageDecision>& decisions)
{
    m_model->setDecisions(decisions);
}

void ResultsPage::setDecision(const QString& fingerprint, const TriageDecision& decision)
{
    m_model->setDecision(fingerprint, decision);
}

void ResultsPage::selectionChanged()
{
    const QModelIndex source = m_filter->mapToSource(m_tree->currentIndex());
    const Finding* place = m_model->finding(source);
    if (place == nullptr) {
        m_detail->clear();
        return;
    }
    m_detail->showSecret(*place, m_model->places(source), m_model->decision(source));
}

void ResultsPage::scheduleSummary()
{
    if (!m_summaryDelay.isActive()) { // not start(): a steady stream of batches would postpone it forever
        m_summaryDelay.start();
    }
}

void ResultsPage::updateSummary()
{
    m_summaryDelay.stop();
    int critical = 0;
    int high = 0;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const auto s =
            static_cast<Severity>(m_model->index(row, 0).data(FindingsModel::SeverityRole).toInt());
        critical += s == Severity::Critical ? 1 : 0;
        high += s == Severity::High ? 1 : 0;
    }
    m_summary->setText(tr("%1 secret(s) in %2 place(s) · %3 critical · %4 high")
                           .arg(m_model->secretCount())
                           .arg(m_model->placeCount())
                           .arg(critical)
                           .arg(high));
}

} // namespace keyscout
