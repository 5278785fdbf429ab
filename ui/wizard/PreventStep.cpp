// SPDX-License-Identifier: GPL-3.0-or-later
#include "PreventStep.h"

#include "PathDisplay.h"
#include "remediate/GitGuards.h"

#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace keyscout {

namespace {

enum Column { RepositoryColumn, HookColumn, FilterColumn };

} // namespace

PreventStep::PreventStep(QString keyscout, QWidget* parent)
    : QWidget(parent)
    , m_keyscout(std::move(keyscout))
{
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(tr(
        "Keep the next token out of git. The pre-commit hook refuses a commit whose staged files hold a "
        "token (an existing hook keeps running first); the notebook filter commits notebooks without their "
        "outputs while your copy keeps them. Both go into the repository's own settings, not its files, and "
        "can be taken out again."));
    intro->setWordWrap(true);
    layout->addWidget(intro);
    m_tree = new QTreeWidget;
    m_tree->setObjectName(QStringLiteral("guardRepositories"));
    m_tree->setAccessibleName(tr("Repositories and their guards"));
    m_tree->setHeaderLabels({tr("Repository"), tr("Pre-commit hook"), tr("Notebook filter")});
    m_tree->setRootIsDecorated(false);
    m_tree->header()->setSectionResizeMode(RepositoryColumn, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(HookColumn, QHeaderView::ResizeToContents);
    m_tree->header()->setSectionResizeMode(FilterColumn, QHeaderView::ResizeToContents);
    layout->addWidget(m_tree, 1);
    auto* buttons = new QHBoxLayout;
    m_hook = new QPushButton;
    m_hook->setObjectName(QStringLiteral("hookButton"));
    m_filter = new QPushButton;
    m_filter->setObjectName(QStringLiteral("filterButton"));
    auto* other = new QPushButton(tr("Another repository\u2026"));
    buttons->addWidget(m_hook);
    buttons->addWidget(m_filter);
    buttons->addStretch(1);
    buttons->addWidget(other);
    layout->addLayout(buttons);

    const auto updateButtons = [this] {
        const int row = currentRow();
        const bool valid = row >= 0;
        m_hook->setEnabled(valid);
        m_filter->setEnabled(valid);
        const GitRepository repository(valid ? m_repositories.at(row) : QString());
        const bool hook = valid && PreCommitHook(repository, m_keyscout).isInstalled();
        const bool filter = valid && NotebookCleanFilter(repository, m_keyscout).isInstalled();
        m_hook->setText(hook ? tr("Remove the hook") : tr("Install the hook"));
        m_filter->setText(filter ? tr("Remove the notebook filter") : tr("Install the notebook filter"));
    };
    connect(m_tree, &QTreeWidget::currentItemChanged, this, updateButtons);
    connect(this, &PreventStep::changed, this, updateButtons);
    connect(m_hook, &QPushButton::clicked, this, [this] {
        const int row = currentRow();
        if (row >= 0) {
            const GitRepository repository(m_repositories.at(row));
            setHook(row, !PreCommitHook(repository, m_keyscout).isInstalled());
        }
    });
    connect(m_filter, &QPushButton::clicked, this, [this] {
        const int row = currentRow();
        if (row >= 0) {
            const GitRepository repository(m_repositories.at(row));
            setFilter(row, !NotebookCleanFilter(repository, m_keyscout).isInstalled());
        }
    });
    connect(other, &QPushButton::clicked, this, [this] {
        const QString folder =
            QFileDialog::getExistingDirectory(this, tr("Repository to guard"), QDir::homePath());
        if (!folder.isEmpty()) {
            addRepository(folder);
        }
    });
    updateButtons();
}

int PreventStep::currentRow() const
{
    return m_tree->currentItem() != nullptr ? m_tree->indexOfTopLevelItem(m_tree->currentItem()) : -1;
}

int PreventStep::repositoryCount() const
{
    return static_cast<int>(m_repositories.size());
}

void PreventStep::setRepositories(const QStringList& folders)
{
    m_repositories.clear();
    m_tree->clear();
    for (const QString& folder : folders) {
        addRepository(folder);
    }
    if (!m_repositories.isEmpty()) {
        m_tree->setCurrentItem(m_tree->topLevelItem(0));
    }
}

void PreventStep::addRepository(const QString& folder)
{
    const GitRepository repository(folder);
    if (!repository.valid() || m_repositories.contains(repository.topLevel())) {
        return;
    }
    m_repositories << repository.topLevel();
    m_tree->addTopLevelItem(
        new QTreeWidgetItem({PathDisplay::shown(repository.topLevel()), QString(), QString()}));
    refresh(static_cast<int>(m_repositories.size()) - 1);
    emit changed();
}

void PreventStep::refresh(int row)
{
    QTreeWidgetItem* item = m_tree->topLevelItem(row);
    const GitRepository repository(m_repositories.at(row));
    const PreCommitHook hook(repository, m_keyscout);
    item->setText(HookColumn, hook.isInstalled()
                                  ? (hook.chainsPrevious() ? tr("installed (after yours)") : tr("installed"))
                                  : tr("not installed"));
    item->setText(FilterColumn, NotebookCleanFilter(repository, m_keyscout).isInstalled()
                                    ? tr("installed")
                                    : tr("not installed"));
}

bool PreventStep::setHook(int row, bool installed)
{
    const GitRepository repository(m_repositories.at(row));
    PreCommitHook hook(repository, m_keyscout);
    QString error;
    const bool ok = installed ? hook.install(&error) : hook.remove(&error);
    refresh(row);
    if (!ok) {
        m_tree->topLevelItem(row)->setText(HookColumn, error);
    }
    emit logged(
        ok ? (installed ? tr("pre-commit hook installed in %1") : tr("pre-commit hook removed from %1"))
                 .arg(repository.topLevel())
           : tr("pre-commit hook in %1: %2").arg(repository.topLevel(), error));
    emit changed();
    return ok;
}

bool PreventStep::setFilter(int row, bool installed)
{
    const GitRepository repository(m_repositories.at(row));
    NotebookCleanFilter filter(repository, m_keyscout);
    QString error;
    const bool ok = installed ? filter.install(&error) : filter.remove(&error);
    refresh(row);
    if (!ok) {
        m_tree->topLevelItem(row)->setText(FilterColumn, error);
    }
    emit logged(
        ok ? (installed ? tr("notebook filter installed in %1") : tr("notebook filter removed from %1"))
                 .arg(repository.topLevel())
           : tr("notebook filter in %1: %2").arg(repository.topLevel(), error));
    emit changed();
    return ok;
}

bool PreventStep::anyInstalled() const
{
    for (const QString& folder : m_repositories) {
        const GitRepository repository(folder);
        if (PreCommitHook(repository, m_keyscout).isInstalled() ||
            NotebookCleanFilter(repository, m_keyscout).isInstalled()) {
            return true;
        }
    }
    return false;
}

} // namespace keyscout
