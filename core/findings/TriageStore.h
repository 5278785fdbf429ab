// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QString>
#include <memory>
#include <optional>

namespace keyscout {

class PrivateDatabase;

// What the person decided about one secret. New means "not looked at yet" and is never stored.
enum class TriageStatus { New, ToFix, AcceptedRisk, FalsePositive };

// The names stored in the database and used by reports: "new", "to_fix", "accepted_risk", "false_positive".
QString triageStatusName(TriageStatus status);
std::optional<TriageStatus> triageStatusFromName(const QString& name);

struct TriageDecision {
    TriageStatus status = TriageStatus::New;
    QString note;
    QDateTime updatedAt; // UTC
};

// The person's triage decisions, kept across scans in an SQLite file and keyed by the secret's fingerprint
// (`secret_sha256`, 64 lower-case hex characters). Raw secrets never reach the file: anything that is not a
// fingerprint is refused. When the file cannot be used the store says why and the app goes on without triage.
//
// Each store has its own QSqlDatabase connection, which Qt allows only on the thread that created it: use a
// store from one thread.
class TriageStore {
    Q_DECLARE_TR_FUNCTIONS(TriageStore)
    Q_DISABLE_COPY_MOVE(TriageStore)

public:
    explicit TriageStore(const QString& databasePath = defaultPath());
    ~TriageStore();

    // <GenericDataLocation>/keyscout/triage.sqlite (~/.local/share/keyscout/triage.sqlite on Linux).
    static QString defaultPath();

    [[nodiscard]] bool isOpen() const;
    // Why the last operation failed, naming the database file; empty after success.
    [[nodiscard]] QString errorString() const;
    [[nodiscard]] QString path() const;

    [[nodiscard]] std::optional<TriageDecision> decision(const QString& fingerprint) const;
    // Every stored decision, for applying to a whole scan at once.
    [[nodiscard]] QHash<QString, TriageDecision> decisions() const;

    // Stores the decision, stamped with the current time; status New removes it instead.
    bool setDecision(const QString& fingerprint, TriageStatus status, const QString& note);
    // Removes the decision; removing one that is not there succeeds.
    bool clearDecision(const QString& fingerprint);

private:
    std::unique_ptr<PrivateDatabase> m_db;
};

} // namespace keyscout
