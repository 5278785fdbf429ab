// SPDX-License-Identifier: GPL-3.0-or-later
#include "MainWindow.h"

#include "ScanController.h"
#include "report/TextReport.h"
#include "sources/DemoWorkstation.h"

#include <QDir>
#include <QFileDialog>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace keyscout {

namespace {
constexpr int kFindingRole = Qt::UserRole + 1;
}

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent)
    , m_controller(new ScanController(this))
{
    setWindowTitle(QStringLiteral("Keyscout"));
    resize(1100, 700);
    m_pages = new QStackedWidget(this);
    m_pages->addWidget(createStartPage());
    m_pages->addWidget(createResultsPage());
    setCentralWidget(m_pages);
    connect(m_controller, &ScanController::findingsArrived, this, &MainWindow::addFindings);
    connect(m_controller, &ScanController::progressChanged, this, &MainWindow::showProgress);
    connect(m_controller, &ScanController::finished, this, &MainWindow::scanFinished);
}

MainWindow::~MainWindow() = default;

QWidget* MainWindow::createStartPage()
{
    auto* page = new QWidget;
    auto* layout = new QVBoxLayout(page);
    layout->addStretch();
    auto* title = new QLabel(tr("<h1>Keyscout</h1>"));
    title->setAlignment(Qt::AlignCenter);
    auto* intro = new QLabel(tr(
        "Keyscout finds Hugging Face tokens and other machine-learning credentials that leaked into files on "
        "this computer, and shows each one in its context. It only reads files; nothing leaves this machine "
        "and secrets stay masked unless you reveal them."));
    intro->setWordWrap(true);
    intro->setAlignment(Qt::AlignCenter);
    intro->setMaximumWidth(640);
    layout->addWidget(title);
    layout->addWidget(intro, 0, Qt::AlignHCenter);

    auto* buttons = new QHBoxLayout;
    auto* home = new QPushButton(tr("Scan this workstation"));
    home->setObjectName(QStringLiteral("scanHomeButton"));
    auto* folder = new QPushButton(tr("Scan a folder…"));
    folder->setObjectName(QStringLiteral("scanFolderButton"));
    auto* demo = new QPushButton(tr("Demo workstation"));
    demo->setObjectName(QStringLiteral("scanDemoButton"));
    buttons->addStretch();
    buttons->addWidget(home);
    buttons->addWidget(folder);
    buttons->addWidget(demo);
    buttons->addStretch();
    layout->addLayout(buttons);
    layout->addStretch();
    connect(home, &QPushButton::clicked, this, [this] { scanFolders({QDir::homePath()}); });
    connect(folder, &QPushButton::clicked, this, &MainWindow::chooseFolder);
    connect(demo, &QPushButton::clicked, this, &MainWindow::scanDemoWorkstation);
    return page;
}

QWidget* MainWindow::createResultsPage()
{
    auto* page = new QWidget;
    auto* layout = new QVBoxLayout(page);
    auto* bar = new QHBoxLayout;
    m_status = new QLabel;
    m_status->setObjectName(QStringLiteral("statusLabel"));
    m_busy = new QProgressBar;
    m_busy->setRange(0, 0);
    m_busy->setMaximumWidth(160);
    m_cancel = new QPushButton(tr("Stop"));
    m_cancel->setObjectName(QStringLiteral("cancelButton"));
    auto* back = new QPushButton(tr("New scan"));
    bar->addWidget(m_status, 1);
    bar->addWidget(m_busy);
    bar->addWidget(m_cancel);
    bar->addWidget(back);
    layout->addLayout(bar);
    connect(m_cancel, &QPushButton::clicked, m_controller, &ScanController::cancel);
    connect(back, &QPushButton::clicked, this, [this] {
        m_controller->cancel();
        m_pages->setCurrentIndex(0);
    });

    auto* splitter = new QSplitter(Qt::Vertical);
    m_tree = new QTreeWidget;
    m_tree->setObjectName(QStringLiteral("findingsTree"));
    m_tree->setHeaderLabels({tr("Secret"), tr("Provider"), tr("Severity"), tr("Where")});
    m_tree->header()->setSectionResizeMode(QHeaderView::Interactive);
    m_tree->setColumnWidth(0, 300);
    m_tree->setColumnWidth(1, 140);
    m_tree->setColumnWidth(2, 90);
    m_tree->setUniformRowHeights(true);
    m_context = new QPlainTextEdit;
    m_context->setObjectName(QStringLiteral("contextView"));
    m_context->setReadOnly(true);
    m_context->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    splitter->addWidget(m_tree);
    splitter->addWidget(m_context);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    layout->addWidget(splitter, 1);
    connect(m_tree, &QTreeWidget::currentItemChanged, this, &MainWindow::showSelected);
    return page;
}

void MainWindow::chooseFolder()
{
    const QString dir = QFileDialog::getExistingDirectory(this, tr("Folder to scan"), QDir::homePath());
    if (!dir.isEmpty()) {
        scanFolders({dir});
    }
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
    scanFolders({base});
}

void MainWindow::scanFolders(const QStringList& roots)
{
    m_tree->clear();
    m_secretItems.clear();
    m_findings.clear();
    m_context->clear();
    m_pages->setCurrentIndex(1);
    m_busy->show();
    m_cancel->setEnabled(true);
    ScanOptions options;
    options.roots = roots;
    m_status->setText(tr("Scanning %1…").arg(roots.join(QStringLiteral(", "))));
    m_controller->start(options);
}

void MainWindow::addFindings(const QList<Finding>& batch)
{
    m_tree->setUpdatesEnabled(false);
    for (const Finding& f : batch) {
        QTreeWidgetItem* parent = m_secretItems.value(f.secretSha256);
        if (parent == nullptr) {
            parent =
                new QTreeWidgetItem(m_tree, {f.masked, f.providerName, severityName(f.severity), QString()});
            m_secretItems.insert(f.secretSha256, parent);
        } else if (f.severity > severityFromName(parent->text(2)).value_or(Severity::Info)) {
            parent->setText(2, severityName(f.severity));
        }
        auto* child = new QTreeWidgetItem(
            parent, {f.ruleName, QString(), QString(), QStringLiteral("%1:%2").arg(f.path).arg(f.line)});
        child->setData(0, kFindingRole, m_findings.size());
        m_findings.append(f);
        parent->setText(3, tr("%n place(s)", nullptr, parent->childCount()));
    }
    m_tree->setUpdatesEnabled(true);
}

void MainWindow::showProgress(const ScanProgress& progress)
{
    if (!m_controller->isRunning()) {
        return;
    }
    m_status->setText(tr("%1 files, %2 read, %3 secrets so far — %4")
                          .arg(progress.files)
                          .arg(TextReport::humanBytes(progress.bytes))
                          .arg(m_secretItems.size())
                          .arg(progress.currentPath));
}

void MainWindow::scanFinished(bool cancelled, const QStringList& errors)
{
    m_busy->hide();
    m_cancel->setEnabled(false);
    QString text = cancelled ? tr("Scan stopped: %1 secret(s) in %2 place(s) so far.")
                             : tr("Scan finished: %1 secret(s) in %2 place(s).");
    text = text.arg(m_secretItems.size()).arg(m_findings.size());
    if (!errors.isEmpty()) {
        text += QLatin1Char(' ') + tr("Problems: %1").arg(errors.join(QStringLiteral("; ")));
    }
    m_status->setText(text);
    if (m_tree->topLevelItemCount() > 0 && m_tree->currentItem() == nullptr) {
        m_tree->setCurrentItem(m_tree->topLevelItem(0)->child(0));
    }
}

void MainWindow::showSelected()
{
    QTreeWidgetItem* item = m_tree->currentItem();
    if (item == nullptr) {
        return;
    }
    if (item->childCount() > 0) {
        item = item->child(0);
    }
    const Finding& f = m_findings.at(item->data(0, kFindingRole).toInt());
    QString text =
        QStringLiteral("%1\n%2 — line %3, column %4\n\n").arg(f.ruleName, f.path).arg(f.line).arg(f.column);
    for (qsizetype i = 0; i < f.context.size(); ++i) {
        const qint64 number = f.contextFirstLine + i;
        text += QStringLiteral("%1 %2  %3\n")
                    .arg(number == f.line ? QStringLiteral("▶") : QStringLiteral(" "))
                    .arg(number, 5)
                    .arg(f.context.at(i));
    }
    for (const QString& note : f.notes) {
        text += QStringLiteral("\n⚠ %1").arg(note);
    }
    m_context->setPlainText(text);
}

} // namespace keyscout
