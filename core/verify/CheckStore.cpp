// SPDX-License-Identifier: GPL-3.0-or-later
#include "CheckStore.h"

#include "findings/PrivateDatabase.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QVariant>

namespace keyscout {

CheckStore::CheckStore(const QString& databasePath)
    : m_db(std::make_unique<PrivateDatabase>(
          databasePath, PrivateDatabase::Schema{
                            tr("Check cache"),
                            QStringLiteral("check cache"),
                            1,
                            {QStringLiteral("CREATE TABLE checks ("
                                            "fingerprint TEXT PRIMARY KEY CHECK(length(fingerprint) = 64), "
                                            "result TEXT NOT NULL, "
                                            "checked_at TEXT NOT NULL)")}}))
{
}

CheckStore::~CheckStore() = default;

QString CheckStore::defaultPath()
{
    return PrivateDatabase::defaultFolder() + QStringLiteral("/checks.sqlite");
}

bool CheckStore::isOpen() const
{
    return m_db->isOpen();
}

QString CheckStore::errorString() const
{
    return m_db->errorString();
}

QString CheckStore::path() const
{
    return m_db->path();
}

std::optional<CheckResult> CheckStore::lookup(const QString& fingerprint) const
{
    if (!m_db->isOpen() || !m_db->checkFingerprint(fingerprint)) {
        return std::nullopt;
    }
    QSqlQuery q(m_db->database());
    q.prepare(QStringLiteral("SELECT result FROM checks WHERE fingerprint = ?"));
    q.addBindValue(fingerprint);
    if (!q.exec()) {
        m_db->fail(tr("cannot read the result (%1)").arg(PrivateDatabase::sqlReason(q.lastError())));
        return std::nullopt;
    }
    m_db->clearError();
    if (!q.next()) {
        return std::nullopt;
    }
    // A row this version cannot read counts as no result: the token will simply be checked again.
    return CheckResult::fromJson(QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object());
}

bool CheckStore::store(const QString& fingerprint, const CheckResult& result)
{
    if (!m_db->isOpen() || !m_db->checkFingerprint(fingerprint)) {
        return false;
    }
    const QDateTime checkedAt =
        result.checkedAt.isValid() ? result.checkedAt : QDateTime::currentDateTimeUtc();
    QSqlQuery q(m_db->database());
    q.prepare(QStringLiteral("INSERT INTO checks (fingerprint, result, checked_at) VALUES (?, ?, ?) "
                             "ON CONFLICT (fingerprint) DO UPDATE SET result = excluded.result, "
                             "checked_at = excluded.checked_at"));
    q.addBindValue(fingerprint);
    q.addBindValue(QString::fromUtf8(QJsonDocument(result.toJson()).toJson(QJsonDocument::Compact)));
    q.addBindValue(checkedAt.toUTC().toString(Qt::ISODateWithMs));
    if (!q.exec()) {
        return m_db->fail(tr("cannot save the result (%1)").arg(PrivateDatabase::sqlReason(q.lastError())));
    }
    q.finish();
    m_db->discardRemovedBytes();
    m_db->clearError();
    return true;
}

bool CheckStore::remove(const QString& fingerprint)
{
    if (!m_db->isOpen() || !m_db->checkFingerprint(fingerprint)) {
        return false;
    }
    QSqlQuery q(m_db->database());
    q.prepare(QStringLiteral("DELETE FROM checks WHERE fingerprint = ?"));
    q.addBindValue(fingerprint);
    if (!q.exec()) {
        return m_db->fail(tr("cannot remove the result (%1)").arg(PrivateDatabase::sqlReason(q.lastError())));
    }
    q.finish();
    m_db->discardRemovedBytes();
    m_db->clearError();
    return true;
}

} // namespace keyscout
