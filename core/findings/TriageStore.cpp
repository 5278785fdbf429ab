// SPDX-License-Identifier: GPL-3.0-or-later
#include "TriageStore.h"

#include "PrivateDatabase.h"

#include <QSqlQuery>
#include <QVariant>

#include <array>

namespace keyscout {

namespace {

constexpr std::array<const char*, 4> kStatusNames{"new", "to_fix", "accepted_risk", "false_positive"};

std::optional<TriageDecision> decisionFromRow(const QSqlQuery& q, int first)
{
    const std::optional<TriageStatus> status = triageStatusFromName(q.value(first).toString());
    // A status this version does not know (or "new", which is never written) counts as no decision.
    if (!status || *status == TriageStatus::New) {
        return std::nullopt;
    }
    return TriageDecision{*status, q.value(first + 1).toString(),
                          QDateTime::fromString(q.value(first + 2).toString(), Qt::ISODateWithMs)};
}

} // namespace

QString triageStatusName(TriageStatus status)
{
    return QString::fromLatin1(kStatusNames.at(static_cast<size_t>(status)));
}

std::optional<TriageStatus> triageStatusFromName(const QString& name)
{
    for (size_t i = 0; i < kStatusNames.size(); ++i) {
        if (name == QLatin1String(kStatusNames.at(i))) {
            return static_cast<TriageStatus>(i);
        }
    }
    return std::nullopt;
}

TriageStore::TriageStore(const QString& databasePath)
    : m_db(std::make_unique<PrivateDatabase>(
          databasePath, PrivateDatabase::Schema{tr("Triage database"),
                                                QStringLiteral("triage"),
                                                1,
                                                {QStringLiteral("CREATE TABLE triage ("
                                                                "fingerprint TEXT PRIMARY KEY CHECK(length("
                                                                "fingerprint) = 64), "
                                                                "status TEXT NOT NULL, "
                                                                "note TEXT NOT NULL DEFAULT '', "
                                                                "updated_at TEXT NOT NULL)")}}))
{
}

TriageStore::~TriageStore() = default;

QString TriageStore::defaultPath()
{
    return PrivateDatabase::defaultFolder() + QStringLiteral("/triage.sqlite");
}

bool TriageStore::isOpen() const
{
    return m_db->isOpen();
}

QString TriageStore::errorString() const
{
    return m_db->errorString();
}

QString TriageStore::path() const
{
    return m_db->path();
}

std::optional<TriageDecision> TriageStore::decision(const QString& fingerprint) const
{
    if (!m_db->isOpen() || !m_db->checkFingerprint(fingerprint)) {
        return std::nullopt;
    }
    QSqlQuery q(m_db->database());
    q.prepare(QStringLiteral("SELECT status, note, updated_at FROM triage WHERE fingerprint = ?"));
    q.addBindValue(fingerprint);
    if (!q.exec()) {
        m_db->fail(tr("cannot read the decision (%1)").arg(PrivateDatabase::sqlReason(q.lastError())));
        return std::nullopt;
    }
    m_db->clearError();
    return q.next() ? decisionFromRow(q, 0) : std::nullopt;
}

QHash<QString, TriageDecision> TriageStore::decisions() const
{
    QHash<QString, TriageDecision> out;
    if (!m_db->isOpen()) {
        return out;
    }
    QSqlQuery q(m_db->database());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT fingerprint, status, note, updated_at FROM triage"))) {
        m_db->fail(tr("cannot read the decisions (%1)").arg(PrivateDatabase::sqlReason(q.lastError())));
        return out;
    }
    while (q.next()) {
        if (const std::optional<TriageDecision> d = decisionFromRow(q, 1)) {
            out.insert(q.value(0).toString(), *d);
        }
    }
    m_db->clearError();
    return out;
}

bool TriageStore::setDecision(const QString& fingerprint, TriageStatus status, const QString& note)
{
    if (!m_db->isOpen() || !m_db->checkFingerprint(fingerprint)) {
        return false;
    }
    if (status == TriageStatus::New) {
        return clearDecision(fingerprint);
    }
    QSqlQuery q(m_db->database());
    // coalesce: Qt binds a null QString (no note at all) as SQL NULL, which the NOT NULL column refuses.
    q.prepare(QStringLiteral("INSERT INTO triage (fingerprint, status, note, updated_at) "
                             "VALUES (?, ?, coalesce(?, ''), ?) "
                             "ON CONFLICT (fingerprint) DO UPDATE SET status = excluded.status, "
                             "note = excluded.note, updated_at = excluded.updated_at"));
    q.addBindValue(fingerprint);
    q.addBindValue(triageStatusName(status));
    q.addBindValue(note);
    q.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    if (!q.exec()) {
        return m_db->fail(tr("cannot save the decision (%1)").arg(PrivateDatabase::sqlReason(q.lastError())));
    }
    q.finish();
    m_db->discardRemovedBytes();
    m_db->clearError();
    return true;
}

bool TriageStore::clearDecision(const QString& fingerprint)
{
    if (!m_db->isOpen() || !m_db->checkFingerprint(fingerprint)) {
        return false;
    }
    QSqlQuery q(m_db->database());
    q.prepare(QStringLiteral("DELETE FROM triage WHERE fingerprint = ?"));
    q.addBindValue(fingerprint);
    if (!q.exec()) {
        return m_db->fail(
            tr("cannot remove the decision (%1)").arg(PrivateDatabase::sqlReason(q.lastError())));
    }
    q.finish();
    m_db->discardRemovedBytes();
    m_db->clearError();
    return true;
}

} // namespace keyscout
