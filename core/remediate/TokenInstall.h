// SPDX-License-Identifier: GPL-3.0-or-later
// Storing a new Hugging Face token the way huggingface_hub stores it after `hf auth login`, so every tool
// that reads the token store finds it: the active token file and a named section of stored_tokens. Each write
// is a planned change made by ChangeJournal: previewed (masked), backed up, atomic, undoable.
#pragma once

#include "ChangeJournal.h"
#include "CleanupPlan.h"
#include "sources/HuggingFacePaths.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace keyscout {

struct TokenInstallRequest {
    QByteArray token; // the new token: raw, in memory only
    QString name;     // its display name (whoami-v2 auth.accessToken.displayName): the stored_tokens section
    // The token being replaced: every stored_tokens section that holds it is removed. Empty: none removed.
    QByteArray oldToken;
    bool makeActive = true; // write $HF_TOKEN_PATH (or $HF_HOME/token) too
};

struct TokenInstallPlan {
    QList<PlannedChange> changes; // WriteFile changes, previews masked; empty when the store already agrees
    QStringList foldersToCreate;  // made 0700 before the writes
    QStringList problems;         // why nothing can be planned (bad name, unreadable file), by name
    int sectionsRemoved = 0;      // sections of the old token

    [[nodiscard]] bool ok() const { return problems.isEmpty(); }
};

struct TokenInstallResult {
    QStringList entryIds;       // the journal's entries, in the order made
    QStringList createdFolders; // removed again by undo when empty
};

class TokenInstall {
public:
    explicit TokenInstall(HuggingFacePaths paths);

    // Reads the store now and plans the writes; nothing is changed.
    [[nodiscard]] TokenInstallPlan plan(const TokenInstallRequest& request) const;

    // Makes the planned changes through `journal`. All or nothing: when one fails, those already made are
    // undone and `error` says what failed (never quoting a token).
    static bool apply(const TokenInstallPlan& plan, ChangeJournal& journal, TokenInstallResult* result,
                      QString* error);

    // Undoes an install, last change first, and removes the folders it created if they are empty.
    static bool undo(const TokenInstallResult& result, ChangeJournal& journal, QString* error);

    // stored_tokens with the section `name` set to `token` (replaced in place, or appended as configparser
    // writes it) and every section whose hf_token is `removeToken` dropped; every other byte kept.
    static QByteArray withStoredToken(const QByteArray& ini, const QString& name, const QByteArray& token,
                                      const QByteArray& removeToken, int* removed = nullptr);

private:
    HuggingFacePaths m_paths;
};

} // namespace keyscout
