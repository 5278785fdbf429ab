// SPDX-License-Identifier: GPL-3.0-or-later
#include "CleanupStep.h"

#include "PathDisplay.h"
#include "context/CodeView.h"
#include "remediate/ChangeJournal.h"
#include "remediate/Rescan.h"

#include <QApplication>
#include <QClipboard>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSplitter>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace keyscout {

namespace {

// Line numbers for a masked diff: the old file's beside kept and removed lines, none beside added ones.
QList<qint64> diffLineNumbers(const QStringList& lines)
{
    static const QRegularExpression header(QStringLiteral("^@@ -(\\d+)"));
    QList<qint64> numbers;
    qint64 old = 0;
    for (const QString& line : lines) {
        const QRegularExpressionMatch m = header.match(line);
        if (m.hasMatch()) {
            old = m.captured(1).toLongLong();
            numbers << 0;
        } else if (line.startsWith(QLatin1Char('+'))) {
            numbers << 0;
        } else {
            numbers << old++;
        }
    }
    return numbers;
}

} // namespace

CleanupStep::CleanupStep(ChangeJournal* journal, const Matcher* matcher, QWidget* parent)
    : QWidget(parent)
    , m_journal(journal)
    , m_matcher(matcher)
{
    auto* layout = new QVBoxLayout(this);
    auto* intro =
        new QLabel(tr("Each copy of the token, and how Keyscout removes it. Every change is shown first, "
                      "backed up, written in one step and can be undone. Untick what you want to "
                      "handle yourself."));
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto* splitter = new QSplitter(Qt::Vertical);
    m_tree = new QTreeWidget;
    m_tree->setObjectName(QStringLiteral("cleanupChanges"));
    m_tree->setAccessibleName(tr("Changes that remove the token"));
    m_tree->setHeaderLabels({tr("Change"), tr("Status")});
    m_tree->setRootIsDecorated(false);
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    splitter->addWidget(m_tree);

    auto* detail = new QWidget;
    auto* detailLayout = new QVBoxLayout(detail);
    detailLayout->setContentsMargins(0, 0, 0, 0);
    m_explanation = new QLabel;
    m_explanation->setObjectName(QStringLiteral("cleanupExplanation"));
    m_explanation->setWordWrap(true);
    m_explanation->setTextInteractionFlags(Qt::TextSelectableByMouse);
    detailLayout->addWidget(m_explanation);
    m_preview = new CodeView;
    m_preview->setObjectName(QStringLiteral("cleanupPreview"));
    m_preview->setAccessibleName(tr("Preview of the change"));
    detailLayout->addWidget(m_preview, 1);
    auto* commandRow = new QHBoxLayout;
    m_command = new QLineEdit;
    m_command->setObjectName(QStringLiteral("cleanupCommand"));
    m_command->setReadOnly(true);
    m_command->setAccessibleName(tr("Command to run by hand"));
    m_copy = new QPushButton(tr("Copy"));
    commandRow->addWidget(m_command, 1);
    commandRow->addWidget(m_copy);
    detailLayout->addLayout(commandRow);
    splitter->addWidget(detail);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 2);
    layout->addWidget(splitter, 1);

    m_problems = new QLabel;
    m_problems->setWordWrap(true);
    m_problems->setVisible(false);
    layout->addWidget(m_problems);

    auto* buttons = new QHBoxLayout;
    m_apply = new QPushButton(tr("Apply the ticked changes"));
    m_apply->setObjectName(QStringLiteral("applyCleanupButton"));
    m_undo = new QPushButton(tr("Undo this change"));
    m_undo->setObjectName(QStringLiteral("undoCleanupButton"));
    buttons->addWidget(m_apply);
    buttons->addWidget(m_undo);
    buttons->addStretch(1);
    layout->addLayout(buttons);

    connect(m_tree, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem* item) {
        showRow(item != nullptr ? m_tree->indexOfTopLevelItem(item) : -1);
    });
    connect(m_copy, &QPushButton::clicked, this,
            [this] { QApplication::clipboard()->setText(m_command->text()); });
    connect(m_apply, &QPushButton::clicked, this, [this] { applySelected(); });
    connect(m_undo, &QPushButton::clicked, this,
            [this] { undo(m_tree->indexOfTopLevelItem(m_tree->currentItem())); });
}

void CleanupStep::setTarget(const QByteArray& secret, const QString& masked, const QList<Finding>& places,
                            const QList<Finding>& others)
{
    m_secret = secret;
    m_masked = masked;
    m_plan = planCleanup(secret, masked, places, others);
    m_states.clear();
    m_details.clear();
    m_entryIds.clear();
    for (const PlannedChange& c : std::as_const(m_plan.changes)) {
        m_states << (c.automatic() ? RowState::Planned : RowState::Manual);
        m_details << QString();
        m_entryIds << QString();
    }
    m_problems->setText(PathDisplay::shownIn(m_plan.problems.join(QLatin1Char('\n'))));
    m_problems->setVisible(!m_plan.problems.isEmpty());
    rebuild();
}

void CleanupStep::rebuild()
{
    m_tree->clear();
    for (int row = 0; row < rowCount(); ++row) {
        auto* item = new QTreeWidgetItem({PathDisplay::shownIn(m_plan.changes.at(row).title), QString()});
        item->setToolTip(0, PathDisplay::shown(m_plan.changes.at(row).path));
        if (m_plan.changes.at(row).automatic()) {
            item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
            item->setCheckState(0, Qt::Checked);
        }
        m_tree->addTopLevelItem(item);
        setState(row, m_states.at(row), m_details.at(row));
    }
    if (rowCount() > 0) {
        m_tree->setCurrentItem(m_tree->topLevelItem(0));
    }
}

QString CleanupStep::rowStatus(int row) const
{
    const QTreeWidgetItem* item = m_tree->topLevelItem(row);
    return item != nullptr ? item->text(1) : QString();
}

void CleanupStep::setState(int row, RowState state, const QString& detail)
{
    m_states[row] = state;
    m_details[row] = detail;
    QTreeWidgetItem* item = m_tree->topLevelItem(row);
    if (item == nullptr) {
        return;
    }
    QString text;
    switch (state) {
    case RowState::Planned:
        text = tr("To do");
        break;
    case RowState::Applied:
        text = tr("Done \u2713");
        break;
    case RowState::Failed:
        text = tr("Failed");
        break;
    case RowState::Undone:
        text = tr("Undone");
        break;
    case RowState::Manual:
        text = tr("By hand");
        break;
    }
    item->setText(1, text);
    item->setToolTip(1, detail);
    if (state == RowState::Applied) {
        item->setFlags(item->flags() & ~Qt::ItemIsUserCheckable);
        item->setData(0, Qt::CheckStateRole, QVariant());
    } else if (state == RowState::Undone) {
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(0, Qt::Unchecked);
    }
    if (m_tree->currentItem() == item) {
        showRow(row);
    }
}

void CleanupStep::showRow(int row)
{
    if (row < 0 || row >= rowCount()) {
        m_explanation->clear();
        m_preview->clearSnippet();
        m_command->clear();
        m_undo->setEnabled(false);
        return;
    }
    const PlannedChange& c = m_plan.changes.at(row);
    QString text = c.explanation;
    if (!m_details.at(row).isEmpty()) {
        text += QStringLiteral("\n") + m_details.at(row);
    }
    m_explanation->setText(PathDisplay::shownIn(text));
    if (c.preview.isEmpty()) {
        m_preview->clearSnippet();
    } else {
        int marked = -1;
        for (int i = 0; i < c.preview.size() && marked < 0; ++i) {
            if (c.preview.at(i).contains(m_masked)) {
                marked = i;
            }
        }
        QStringList preview;
        for (const QString& line : c.preview) {
            preview << PathDisplay::shownIn(line);
        }
        m_preview->setNumberedSnippet(preview, diffLineNumbers(c.preview), marked, m_masked,
                                      SourceLanguage::Diff);
    }
    m_command->setText(PathDisplay::shownIn(c.command));
    m_command->setVisible(!c.command.isEmpty());
    m_copy->setVisible(!c.command.isEmpty());
    m_undo->setEnabled(m_states.at(row) == RowState::Applied);
}

bool CleanupStep::applySelected()
{
    bool allOk = true;
    for (int row = 0; row < rowCount(); ++row) {
        const QTreeWidgetItem* item = m_tree->topLevelItem(row);
        const RowState state = m_states.at(row);
        if (state == RowState::Manual || state == RowState::Applied || item->checkState(0) != Qt::Checked) {
            continue;
        }
        const PlannedChange& c = m_plan.changes.at(row);
        QString error;
        QString id;
        if (!m_journal->apply(c, &error, &id)) {
            setState(row, RowState::Failed, error);
            emit logged(tr("Could not change %1: %2").arg(PathDisplay::shown(c.path), error));
            allOk = false;
            continue;
        }
        m_entryIds[row] = id;
        if (fileStillHoldsSecret(c.path, m_secret, m_matcher)) {
            setState(row, RowState::Failed, tr("Changed, but scanning it again still finds the token."));
            emit logged(
                tr("%1: changed (backup %2) but still holds the token").arg(PathDisplay::shown(c.path), id));
            allOk = false;
            continue;
        }
        setState(row, RowState::Applied,
                 tr("Scanned again: the token is gone. Backup kept as change %1.").arg(id));
        emit logged(tr("%1 — scanned again, token gone (change %2, undoable)")
                        .arg(PathDisplay::shownIn(c.title), id));
    }
    emit changed();
    return allOk;
}

bool CleanupStep::undo(int row)
{
    if (row < 0 || row >= rowCount() || m_states.at(row) != RowState::Applied) {
        return false;
    }
    QString error;
    if (!m_journal->undo(m_entryIds.at(row), &error)) {
        m_details[row] = error;
        showRow(row);
        return false;
    }
    setState(row, RowState::Undone, tr("Put back as it was."));
    emit logged(tr("Undid: %1").arg(PathDisplay::shownIn(m_plan.changes.at(row).title)));
    emit changed();
    return true;
}

bool CleanupStep::isComplete() const
{
    for (int row = 0; row < rowCount(); ++row) {
        const RowState state = m_states.at(row);
        const bool ticked = m_tree->topLevelItem(row)->checkState(0) == Qt::Checked;
        if (state == RowState::Failed || (state == RowState::Planned && ticked)) {
            return false;
        }
    }
    return true;
}

QStringList CleanupStep::remaining() const
{
    QStringList out;
    for (int row = 0; row < rowCount(); ++row) {
        const RowState state = m_states.at(row);
        if (state == RowState::Applied) {
            continue;
        }
        PlannedChange c = m_plan.changes.at(row);
        c.title = PathDisplay::shownIn(c.title);
        out << (state == RowState::Manual   ? tr("By hand: %1").arg(c.title)
                : state == RowState::Failed ? tr("Failed: %1 (%2)").arg(c.title, m_details.at(row))
                                            : tr("Not done: %1").arg(c.title));
    }
    return out;
}

} // namespace keyscout
