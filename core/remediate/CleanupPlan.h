// SPDX-License-Identifier: GPL-3.0-or-later
// How to remove one leaked secret from every place it was found: one planned change per file, each with a
// preview, made (or undone) by ChangeJournal.
#pragma once

#include "findings/Finding.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace keyscout {

// What replaces a secret inside a file whose lines must stay (code, YAML, JSON): plain letters, valid
// unquoted in every format Keyscout edits, and easy to search for.
inline constexpr char kRemovedSecretText[] = "REMOVED_BY_KEYSCOUT";

struct PlannedChange {
    enum class Action {
        RemoveLines,           // history entries, .env / rc assignments, git-credentials entries
        ReplaceSecret,         // any other text file: the secret becomes kRemovedSecretText
        RemoveNotebookOutputs, // outputs holding the secret dropped, the rest of the notebook byte for byte
        DeleteHistoryRows,     // IPython history.sqlite rows (secure_delete, VACUUM, WAL checkpoint)
        RewriteRemoteUrl,      // .git/config: the user:token@ part of a remote URL removed
        DeleteFile,            // stale compiled Python (.pyc) holding the secret
        WriteFile,             // whole new content; created when absent and `before` is empty
        Manual,                // nothing Keyscout can change safely: what to do, and a command if any
    };
    Action action = Action::Manual;
    QString path;
    QString title;       // one line, secrets masked: "Remove 1 history entry from .bash_history"
    QString explanation; // why this way, or what to do by hand
    QString command;     // Manual: a command to run, secrets masked (git filter-repo …)
    QByteArray before;   // the file's bytes when planned (empty for DeleteHistoryRows and Manual)
    QByteArray after; // what is written (RemoveLines, ReplaceSecret, RemoveNotebookOutputs, RewriteRemoteUrl)
    QStringList preview; // a unified diff ("@@ …", "-…", "+…", " …") with every known secret masked
    QByteArray secret;   // raw, in memory only: DeleteHistoryRows matches rows with it
    int count = 0;       // lines, outputs, rows or occurrences the change removes
    int mode = -1;       // WriteFile: permission bits afterwards (-1 keeps them; 0600 when created)

    [[nodiscard]] bool automatic() const { return action != Action::Manual; }
};

QString actionId(PlannedChange::Action action); // "remove-lines", stable: the journal and reports

struct CleanupPlan {
    QList<PlannedChange> changes;
    QStringList problems; // files that could not be read or no longer hold the secret, by name
};

// Plans the removal of `secret` from each of `places` (findings of that secret). `otherFindings` are any
// findings in the same files; their secrets are masked in previews too. Files are read now; a change is
// refused later if the file no longer has the bytes it was planned on.
CleanupPlan planCleanup(const QByteArray& secret, const QString& masked, const QList<Finding>& places,
                        const QList<Finding>& otherFindings = {});

// The unified diff of `before` to `after`, with `masks` (raw secret, mask) applied to both sides first.
QStringList maskedDiff(const QByteArray& before, const QByteArray& after,
                       const QList<QPair<QByteArray, QString>>& masks);

} // namespace keyscout
