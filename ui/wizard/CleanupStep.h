// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "findings/Finding.h"
#include "remediate/CleanupPlan.h"

#include <QHash>
#include <QWidget>
#include <functional>

class QLabel;
class QLineEdit;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace keyscout {

class ChangeJournal;
class CodeView;
class Matcher;

// Step 5 of fixing a token: every copy removed. One row per planned change (ticked when Keyscout can make
// it), the change previewed as a diff with secrets masked, applied through the journal (backed up, written
// atomically), the file scanned again, and each applied change undoable. Steps done by hand show what to do
// and a command to copy.
class CleanupStep : public QWidget {
    Q_OBJECT
public:
    CleanupStep(ChangeJournal* journal, const Matcher* matcher, QWidget* parent = nullptr);

    // Plans the cleanup of `secret` from `places`; `others` are the other findings (masked in previews).
    void setTarget(const QByteArray& secret, const QString& masked, const QList<Finding>& places,
                   const QList<Finding>& others);

    // Applies every ticked change that is not applied yet; false when any failed.
    bool applySelected();
    // Undoes the change of `row` (its journal entry).
    bool undo(int row);

    [[nodiscard]] const CleanupPlan& plan() const { return m_plan; }
    [[nodiscard]] int rowCount() const { return static_cast<int>(m_plan.changes.size()); }
    [[nodiscard]] QString rowStatus(int row) const;
    // Done: nothing ticked is left to apply and nothing failed.
    [[nodiscard]] bool isComplete() const;
    // Manual steps and failures, for the summary's "what remains".
    [[nodiscard]] QStringList remaining() const;

signals:
    void changed();
    // A line for the remediation log ("Removed 1 line from .env (backup 2026…)").
    void logged(const QString& text);

private:
    enum class RowState { Planned, Applied, Failed, Undone, Manual };
    void rebuild();
    void showRow(int row);
    void setState(int row, RowState state, const QString& detail = QString());

    ChangeJournal* m_journal;
    const Matcher* m_matcher;
    QByteArray m_secret;
    QString m_masked;
    CleanupPlan m_plan;
    QList<RowState> m_states;
    QStringList m_details;
    QStringList m_entryIds;

    QTreeWidget* m_tree = nullptr;
    QLabel* m_explanation = nullptr;
    CodeView* m_preview = nullptr;
    QLineEdit* m_command = nullptr;
    QPushButton* m_copy = nullptr;
    QPushButton* m_apply = nullptr;
    QPushButton* m_undo = nullptr;
    QLabel* m_problems = nullptr;
};

} // namespace keyscout
