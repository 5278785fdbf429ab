// SPDX-License-Identifier: GPL-3.0-or-later
#include "MainWindow.h"

#include "DetailPanel.h"
#include "ExportDialog.h"
#include "FindingsModel.h"
#include "Language.h"
#include "PathDisplay.h"
#include "ResultsPage.h"
#include "ScanController.h"
#include "StartPage.h"
#include "WorkshopBar.h"
#include "findings/PrivateDatabase.h"
#include "findings/TriageStore.h"
#include "remediate/ChangeJournal.h"
#include "report/ReportFormat.h"
#include "rules/RuleText.h"
#include "sources/DemoWorkstation.h"
#include "sources/ScannedSystem.h"
#include "sources/WorkshopScore.h"
#include "verify/CheckStore.h"
#include "verify/FakeHub.h"
#include "verify/TokenVerifier.h"
#include "wizard/RemediationWizard.h"

#include <QCloseEvent>
#include <QDir>
#include <QFileDialog>
#include <QIcon>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QProcessEnvironment>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QToolBar>

namespace keyscout {

namespace {

// A responder scan writes nothing under the scanned folder: not even Keyscout's own decisions when the
// person's data folder is inside it (their own home chosen as the mounted one).
bool dataFolderInside(const ScanOptions& options)
{
    return !options.responderRoot.isEmpty() &&
           ScannedSystem::isInside(PrivateDatabase::defaultFolder(), options.responderRoot);
}

} // namespace

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent)
    , m_controller(new ScanController(this))
    , m_triage(std::make_unique<TriageStore>())
{
    setWindowTitle(QStringLiteral("Keyscout"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/keyscout.svg")));
    resize(1200, 760);
    m_pages = new QStackedWidget(this);
    m_start = new StartPage;
    m_start->setObjectName(QStringLiteral("startPage"));
    m_results = new ResultsPage;
    m_results->setObjectName(QStringLiteral("resultsPage"));
    QHash<QString, QString> descriptions;
    for (const Rule& rule : m_controller->catalogue().rules()) {
        descriptions.insert(rule.id, ruleText(rule.description));
    }
    m_results->detailPanel()->setRuleDescriptions(descriptions);
    m_pages->addWidget(m_start);
    m_pages->addWidget(m_results);
    setCentralWidget(m_pages);

    connect(m_start, &StartPage::scanWorkstationRequested, this, [this] {
        // This machine only: the token store wherever HF_HOME puts it, and running processes (never for a
        // folder or a mounted disk).
        const ScanOptions workstation = ScanOptions::workstation(QProcessEnvironment::systemEnvironment(),
                                                                 QDir::homePath(), m_start->readProcesses());
        ScanOptions options = m_start->options(workstation.roots);
        options.tokenStorePaths = workstation.tokenStorePaths;
        options.processes = workstation.processes;
        options.modelRoots = workstation.modelRoots; // downloaded models: the hub cache
        startScan(options);
    });
    connect(m_start, &StartPage::scanFolderRequested, this, [this] { chooseFolder(false); });
    connect(m_start, &StartPage::scanMountedHomeRequested, this, [this] { chooseFolder(true); });
    connect(m_start, &StartPage::scanDemoRequested, this, &MainWindow::scanDemoWorkstation);
    connect(m_start, &StartPage::workshopRequested, this, &MainWindow::startWorkshop);
    connect(m_controller, &ScanController::findingsArrived, this, [this](const QList<Finding>& batch) {
        if (m_workshop) {
            m_workshopFindings += batch;
        }
    });
    connect(m_controller, &ScanController::finished, this,
            [this](bool cancelled, const QStringList&) { workshopScanFinished(cancelled); });

    connect(m_controller, &ScanController::findingsArrived, m_results, &ResultsPage::addFindings);
    connect(m_controller, &ScanController::progressChanged, m_results, &ResultsPage::showProgress);
    connect(m_controller, &ScanController::finished, this,
            [this] { m_results->setScanIssues(m_controller->skippedItems(), m_controller->notices()); });
    connect(m_controller, &ScanController::finished, m_results, &ResultsPage::scanFinished);
    connect(m_results, &ResultsPage::stopRequested, m_controller, &ScanController::cancel);
    connect(m_results, &ResultsPage::scanAgainRequested, this, [this] { startScan(m_lastOptions); });
    connect(m_results, &ResultsPage::newScanRequested, this, [this] {
        m_controller->cancel();
        m_pages->setCurrentWidget(m_start);
    });
    connect(m_results, &ResultsPage::triageChanged, this,
            [this](const QString& fingerprint, TriageStatus status, const QString& note) {
                if (dataFolderInside(m_lastOptions)) {
                    statusBar()->showMessage(
                        tr("The decision is not saved: Keyscout's data folder %1 is inside "
                           "the scanned folder, where nothing is written.")
                            .arg(PrivateDatabase::defaultFolder()),
                        10000);
                } else if (!m_triage->setDecision(fingerprint, status, note)) {
                    statusBar()->showMessage(
                        tr("The decision could not be saved: %1").arg(m_triage->errorString()), 10000);
                }
                m_results->setDecision(fingerprint,
                                       TriageDecision{status, note, QDateTime::currentDateTimeUtc()});
            });
    connect(m_results, &ResultsPage::fixRequested, this, &MainWindow::openRemediation);
    if (!m_triage->isOpen()) {
        statusBar()->showMessage(tr("Decisions cannot be saved: %1").arg(m_triage->errorString()));
    }

    const QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    m_results->restoreLayout(settings);
    QMenu* fileMenu = menuBar()->addMenu(tr("&File"));
    fileMenu->setObjectName(QStringLiteral("fileMenu"));
    fileMenu->addAction(m_results->exportAction());
    connect(m_results->exportAction(), &QAction::triggered, this, qOverload<>(&MainWindow::exportReport));
    fileMenu->addSeparator();
    fileMenu->addAction(tr("&Quit"), QKeySequence::Quit, this, &QWidget::close);
    Language::addMenu(this);
}

void MainWindow::exportReport()
{
    ExportDialog dialog(this);
    if (dialog.exec() != QDialog::Accepted || dialog.fileName().isEmpty()) {
        return;
    }
    QString error;
    if (!exportReport(dialog.fileName(), dialog.format(), dialog.includeSecrets(), &error)) {
        QMessageBox::warning(this, tr("Export report"),
                             tr("The report could not be written to %1: %2").arg(dialog.fileName(), error));
        return;
    }
    statusBar()->showMessage(tr("Report written to %1").arg(dialog.fileName()), 10000);
}

bool MainWindow::exportReport(const QString& path, ReportFormat format, bool includeSecrets, QString* error)
{
    ScanResult result = m_results->scanResult();
    result.totals = m_controller->progress();
    result.catalogueVersion = m_controller->catalogue().version();
    result.ruleCount = static_cast<int>(m_controller->catalogue().rules().size());
    result.ruleErrors = m_controller->catalogue().errors();
    result.evidence = m_controller->evidence();
    // What the window shows beside each secret: its decision, a cached check, the journal's changes. A
    // responder scan whose data folder is inside the scanned one opens none of them (nothing is written
    // there).
    const ReportAnnotations annotations =
        dataFolderInside(m_lastOptions)
            ? ReportAnnotations{}
            : ReportAnnotations::fromStores(result.findings, m_triage->isOpen() ? m_triage.get() : nullptr,
                                            m_checks.get(), m_journal.get());
    ReportOptions options;
    options.reveal = includeSecrets;
    options.listSkipped = true;
    const QByteArray report =
        renderReport(format, result, m_controller->catalogue().rules(), options, annotations);
    return writeReportFile(path, report, includeSecrets, error);
}

MainWindow::~MainWindow() = default;

void MainWindow::closeEvent(QCloseEvent* event)
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    m_results->saveLayout(settings);
    m_controller->cancel();
    event->accept();
}

void MainWindow::ensureRemediationServices()
{
    // Made on first use: nothing touches the network, the check cache or the backup folder before.
    if (m_verifier == nullptr) {
        m_verifier = new TokenVerifier(this);
        m_checks = std::make_unique<CheckStore>();
        m_journal = std::make_unique<ChangeJournal>();
        m_results->detailPanel()->setCheckLookup([this](const QString& fingerprint) {
            return m_checks->isOpen() ? m_checks->lookup(fingerprint) : std::nullopt;
        });
    }
}

void MainWindow::startDemoHub()
{
    ensureRemediationServices();
    if (m_demoHub == nullptr) {
        m_demoHub = new FakeHub(this);
        if (!m_demoHub->listen()) {
            statusBar()->showMessage(
                tr("The demo's stand-in for Hugging Face could not start: %1").arg(m_demoHub->errorString()));
            return;
        }
    }
    // The demo's Hugging Face tokens, each with the kind of account a workshop talks about; the one deleted
    // from IPython's history was revoked long ago.
    const QHash<QString, QByteArray> tokens = DemoWorkstation::tokens();
    const QString user = QStringLiteral("demo-user");
    const QList<QPair<const char*, const char*>> presets{
        {"HF_STORED", "fineGrained"}, {"HF_WRITE", "write"},           {"HF_ORG_WRITE", "write"},
        {"HF_NOTEBOOK", "read"},      {"HF_INFERENCE", "fineGrained"}, {"HF_IPYTHON", "read"},
        {"HF_DELETED", "read"}};
    for (const auto& [name, preset] : presets) {
        m_demoHub->addToken(tokens.value(QLatin1String(name)), FakeHub::profile(QLatin1String(preset), user));
    }
    m_verifier->setEndpoint(QStringLiteral("huggingface"), m_demoHub->url());
    statusBar()->showMessage(tr("Demo workstation: checks and revocations of its Hugging Face tokens go to a "
                                "stand-in on this machine (%1), never to huggingface.co.")
                                 .arg(m_demoHub->url().toString()));
}

RemediationWizard* MainWindow::openRemediation(const QString& fingerprint)
{
    FindingsModel* model = m_results->model();
    const QModelIndex index = model->indexForFingerprint(fingerprint);
    const QList<Finding> places = model->places(index);
    if (places.isEmpty() || !m_lastOptions.responderRoot.isEmpty()) {
        return nullptr; // a responder scan checks, revokes and changes nothing
    }
    ensureRemediationServices();
    const Finding& first = places.first();
    RemediationTarget target;
    target.fingerprint = fingerprint;
    target.secret = first.secret;
    target.masked = first.masked;
    target.provider = first.provider;
    target.providerName = first.providerName;
    target.ruleName = first.ruleName;
    target.places = places;
    QSet<QString> paths;
    for (const Finding& f : places) {
        paths.insert(f.path);
    }
    target.others = model->findingsIn(paths);
    target.projectFolders = m_lastOptions.roots;
    RemediationServices services;
    services.verifier = m_verifier;
    services.checks = m_checks->isOpen() ? m_checks.get() : nullptr;
    services.journal = m_journal.get();
    services.matcher = m_controller->matcher();
    services.keyscoutProgram = m_keyscoutProgram;
    auto* wizard = new RemediationWizard(target, services, this);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    // What the wizard learnt (a check, a cleanup) shows in the detail once it closes.
    connect(wizard, &QDialog::finished, m_results, &ResultsPage::refreshDetail);
    wizard->show();
    return wizard;
}

void MainWindow::chooseFolder(bool mountedHome)
{
    const QString title =
        mountedHome ? tr("Mounted home or disk image folder to scan (read-only)") : tr("Folder to scan");
    const QString dir = QFileDialog::getExistingDirectory(this, title, QDir::homePath());
    if (dir.isEmpty()) {
        return;
    }
    if (mountedHome) {
        scanMountedHome(dir);
    } else {
        scanFolders({dir});
    }
}

void MainWindow::scanMountedHome(const QString& folder)
{
    // The same read-only, offline mode as `keyscout scan --root`: the homes under a system root, each read as
    // its person's (their token store, their hub cache), owners named by the scanned etc/passwd.
    QString error;
    const ScannedSystem system = ScannedSystem::read(folder, &error);
    ScanOptions options = system.scanOptions();
    if (error.isEmpty()) {
        error = system.temporaryFolderProblem();
    }
    if (error.isEmpty() && options.roots.isEmpty()) {
        error =
            tr("No home folder under %1 (home/*, root/, the homes its etc/passwd names).").arg(system.root());
    }
    if (!error.isEmpty()) {
        QMessageBox::warning(this, tr("Mounted home or disk image"), error);
        return;
    }
    const ScanOptions page = m_start->options(options.roots);
    options.defaultExcludes = page.defaultExcludes;
    options.excludeGlobs = page.excludeGlobs;
    startScan(options);
}

void MainWindow::showResponderBanner(const QString& root)
{
    if (root.isEmpty()) {
        if (m_responderBar != nullptr) {
            m_responderBar->hide();
        }
        return;
    }
    if (m_responderBar == nullptr) {
        m_responderBar = new QToolBar(tr("Responder mode"), this);
        m_responderBar->setObjectName(QStringLiteral("responderBar"));
        m_responderBar->setMovable(false);
        auto* label = new QLabel;
        label->setObjectName(QStringLiteral("responderBanner"));
        label->setWordWrap(true);
        m_responderBar->addWidget(label);
        addToolBar(Qt::TopToolBarArea, m_responderBar);
    }
    m_responderBar->findChild<QLabel*>(QStringLiteral("responderBanner"))
        ->setText(tr("Read-only responder scan of %1 — nothing is written there, nothing is sent").arg(root));
    m_responderBar->show();
}

void MainWindow::scanDemoWorkstation()
{
    const QString base = DemoWorkstation::defaultLocation();
    QString error;
    if (!DemoWorkstation::create(base, &error)) {
        QMessageBox::warning(this, tr("Demo workstation"),
                             tr("Could not create the demo workstation: %1").arg(error));
        return;
    }
    startDemoHub();
    scanFolders({base});
}

void MainWindow::startWorkshop()
{
    const QString base = DemoWorkstation::defaultLocation();
    QString error;
    // Made afresh, so every participant starts from the same planted home.
    if (!DemoWorkstation::create(base, &error)) {
        QMessageBox::warning(this, tr("Workshop"),
                             tr("Could not create the demo workstation: %1").arg(error));
        return;
    }
    PathDisplay::setAlias(base, QStringLiteral("~"));
    m_workshop = std::make_unique<WorkshopScore>(DemoWorkstation::tokens());
    if (m_workshopBar == nullptr) {
        m_workshopBar = new WorkshopBar(this);
        addToolBar(Qt::TopToolBarArea, m_workshopBar);
        connect(m_workshopBar, &WorkshopBar::finishRequested, this, &MainWindow::finishWorkshop);
    }
    m_workshopBar->show();
    m_workshopBar->showScore(*m_workshop);
    setWindowTitle(tr("Keyscout — Workshop"));
    startDemoHub();
    if (m_demoHub != nullptr) {
        // A revocation made in the guide shows in the score at once.
        connect(m_demoHub, &FakeHub::requestReceived, this, &MainWindow::updateWorkshopScore,
                Qt::UniqueConnection);
    }
    scanFolders({base});
}

void MainWindow::endWorkshop()
{
    m_workshop.reset();
    m_finishingWorkshop = false;
    PathDisplay::clearAlias();
    if (m_workshopBar != nullptr) {
        m_workshopBar->hide();
    }
    setWindowTitle(QStringLiteral("Keyscout"));
}

void MainWindow::finishWorkshop()
{
    if (!m_workshop) {
        return;
    }
    m_finishingWorkshop = true;
    startScan(m_lastOptions);
}

void MainWindow::updateWorkshopScore()
{
    if (!m_workshop) {
        return;
    }
    if (m_demoHub != nullptr) {
        m_workshop->updateRevocations([this](const QByteArray& t) { return m_demoHub->knows(t); },
                                      [this](const QByteArray& t) { return m_demoHub->isRevoked(t); });
    }
    m_workshopBar->showScore(*m_workshop);
}

void MainWindow::workshopScanFinished(bool cancelled)
{
    if (!m_workshop) {
        return;
    }
    if (!cancelled) {
        m_workshop->recordScan(m_workshopFindings);
    }
    updateWorkshopScore();
    if (m_finishingWorkshop && !cancelled) {
        m_finishingWorkshop = false;
        auto* dialog = new WorkshopScoreDialog(*m_workshop, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->show();
    }
}

void MainWindow::scanFolders(const QStringList& roots)
{
    startScan(m_start->options(roots));
}

void MainWindow::startScan(const ScanOptions& options)
{
    if (m_workshop && options.roots != QStringList{DemoWorkstation::defaultLocation()}) {
        endWorkshop(); // another scan: the workshop is over
    }
    m_lastOptions = options;
    m_workshopFindings.clear();
    m_pages->setCurrentWidget(m_results);
    m_results->scanStarted(options.roots);
    showResponderBanner(options.responderRoot);
    m_results->detailPanel()->setResponderMode(!options.responderRoot.isEmpty());
    // Decisions from earlier scans apply to the secrets as they are found again.
    m_results->setDecisions(dataFolderInside(options) ? QHash<QString, TriageDecision>{}
                                                      : m_triage->decisions());
    m_controller->start(options);
}

} // namespace keyscout
