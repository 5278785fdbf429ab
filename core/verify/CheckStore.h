// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CheckResult.h"

#include <QCoreApplication>
#include <QString>
#include <memory>
#include <optional>

namespace keyscout {

class PrivateDatabase;

// The last check result of each secret, keyed by its fingerprint (`secret_sha256`), so that a token is not
// sent again only to show what is already known (Hugging Face rate limits: shared/FACTS.md "whoami-v2").
// The file keeps the results as JSON (CheckResult::toJson, which holds no secret) with the time of the check;
// keys that are not fingerprints are refused. Same habits as the triage store: 0600, WAL, secure_delete.
// Use a store from one thread.
class CheckStore {
    Q_DECLARE_TR_FUNCTIONS(CheckStore)
    Q_DISABLE_COPY_MOVE(CheckStore)

public:
    explicit CheckStore(const QString& databasePath = defaultPath());
    ~CheckStore();

    // checks.sqlite beside the triage database (~/.local/share/keyscout/checks.sqlite on Linux).
    static QString defaultPath();

    [[nodiscard]] bool isOpen() const;
    // Why the last operation failed, naming the database file; empty after success.
    [[nodiscard]] QString errorString() const;
    [[nodiscard]] QString path() const;

    // The last result stored for this secret, or none.
    [[nodiscard]] std::optional<CheckResult> lookup(const QString& fingerprint) const;
    // Replaces the stored result; the time kept is the result's checkedAt.
    bool store(const QString& fingerprint, const CheckResult& result);
    // Forgets the result; forgetting one that is not there succeeds.
    bool remove(const QString& fingerprint);

private:
    std::unique_ptr<PrivateDatabase> m_db;
};

} // namespace keyscout
