// SPDX-License-Identifier: GPL-3.0-or-later
#include "TriageStore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QStringList>
#include <QVariant>

#include <algorithm>
#include <array>
#include <atomic>
#include <cerrno>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace keyscout {

namespace {

constexpr std::array<const char*, 4> kStatusNames{"new", "to_fix", "accepted_risk", "false_positive"};

// Bump when the schema changes, and teach prepareSchema() to migrate from the older versions.
constexpr int kSchemaVersion = 1;

QString newConnectionName()
{
    // QSqlDatabase connections are process-wide and looked up by name: every store needs its own.
    static std::atomic<quint64> counter{0};
    return QStringLiteral("keyscout-triage-%1").arg(++counter);
}

QString sqlReason(const QSqlError& error)
{
    // For SQLite the database text is the useful part ("file is not a database"); the driver text only
    // says which call failed.
    return error.databaseText().isEmpty() ? error.driverText() : error.databaseText();
}

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
    : m_path(QFileInfo(databasePath).absoluteFilePath())
    , m_connectionName(newConnectionName())
{
    m_open = open();
}

TriageStore::~TriageStore()
{
    // removeDatabase() warns, and leaves the connection behind, while a QSqlDatabase handle still refers to
    // it.
    m_db.close();
    m_db = QSqlDatabase();
    if (QSqlDatabase::contains(m_connectionName)) {
        QSqlDatabase::removeDatabase(m_connectionName);
    }
}

QString TriageStore::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) +
           QStringLiteral("/keyscout/triage.sqlite");
}

bool TriageStore::open()
{
    if (!createFile() || !checkWritable()) {
        return false;
    }
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    if (!m_db.isValid()) {
        return fail(tr("Qt's SQLite driver (QSQLITE) is not available"));
    }
    m_db.setDatabaseName(m_path);
    if (!m_db.open()) {
        return fail(sqlReason(m_db.lastError()));
    }
    if (!prepareSchema()) {
        m_db.close();
        return false;
    }
    m_error.clear();
    return true;
}

bool TriageStore::createFile()
{
    if (QFileInfo::exists(m_path)) {
        return true;
    }
    // The folder and its missing parents are created 0700 (what XDG asks of a data folder it creates): the
    // notes say which secrets the person has not dealt with yet.
    QStringList missing;
    for (QString folder = QFileInfo(m_path).absolutePath(); !QFileInfo::exists(folder);) {
        missing.prepend(folder);
        const QString parent = QFileInfo(folder).absolutePath();
        if (parent == folder) {
            break;
        }
        folder = parent;
    }
    for (const QString& folder : std::as_const(missing)) {
        if (::mkdir(QFile::encodeName(folder).constData(), 0700) != 0 && errno != EEXIST) {
            const int error = errno; // read before tr() runs
            return fail(tr("cannot create the folder %1: %2")
                            .arg(QDir::toNativeSeparators(folder), qt_error_string(error)));
        }
    }
    // NewOnly is O_CREAT|O_EXCL with the mode given: the file is never readable by others, not even briefly.
    // SQLite gives the -wal and -shm files the database file's mode.
    QFile file(m_path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly, QFile::ReadOwner | QFile::WriteOwner) &&
        !file.exists()) {
        return fail(tr("cannot create the file: %1").arg(file.errorString()));
    }
    return true;
}

bool TriageStore::checkWritable()
{
    // SQLite opens a file it cannot write read-only without a word, and creates the -wal and -shm files with
    // the database's read-only mode; that -shm then keeps failing writes after the person has made the file
    // itself writable again. So a store that could not keep decisions does not open at all.
    if (::faccessat(AT_FDCWD, QFile::encodeName(m_path).constData(), R_OK | W_OK, AT_EACCESS) != 0) {
        const int error = errno;
        return fail(tr("cannot write to the file: %1").arg(qt_error_string(error)));
    }
    // In WAL mode SQLite keeps the -wal and -shm files next to the database.
    const QString folder = QFileInfo(m_path).absolutePath();
    if (::faccessat(AT_FDCWD, QFile::encodeName(folder).constData(), W_OK | X_OK, AT_EACCESS) != 0) {
        const int error = errno;
        return fail(tr("cannot write to its folder %1: %2")
                        .arg(QDir::toNativeSeparators(folder), qt_error_string(error)));
    }
    return true;
}

bool TriageStore::prepareSchema()
{
    QSqlQuery q(m_db);
    // The first read is where SQLite notices a file that is not a database, so nothing is written before it.
    if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next()) {
        return fail(tr("cannot read it as an SQLite database (%1)").arg(sqlReason(q.lastError())));
    }
    const int version = q.value(0).toInt();
    q.finish();
    if (version != 0 && version != kSchemaVersion) {
        // Converting a schema this version does not know could lose the person's decisions: leave the file
        // exactly as it is (even the journal mode) for the Keyscout that wrote it.
        return fail(tr("written with triage schema version %1, which this Keyscout does not know (it reads "
                       "version %2); the file is left unchanged")
                        .arg(version)
                        .arg(kSchemaVersion));
    }

    // secure_delete zeroes a removed note in the database pages instead of leaving it in free space; it is a
    // setting of the connection, not of the file. WAL lets a second Keyscout (the CLI next to the GUI) read
    // while this one writes.
    if (!q.exec(QStringLiteral("PRAGMA secure_delete = ON")) ||
        !q.exec(QStringLiteral("PRAGMA journal_mode = WAL"))) {
        return fail(sqlReason(q.lastError()));
    }
    q.finish();
    if (version == kSchemaVersion) {
        return true;
    }

    // IMMEDIATE takes the write lock first, so two stores creating the same new file do not both create the
    // table; the version is read again under the lock.
    if (!q.exec(QStringLiteral("BEGIN IMMEDIATE"))) {
        return fail(sqlReason(q.lastError()));
    }
    const auto rollback = [this, &q](const QString& reason) {
        q.exec(QStringLiteral("ROLLBACK"));
        return fail(reason);
    };
    if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next()) {
        return rollback(sqlReason(q.lastError()));
    }
    const int lockedVersion = q.value(0).toInt();
    q.finish();
    if (lockedVersion == 0) {
        if (!q.exec(QStringLiteral("CREATE TABLE triage ("
                                   "fingerprint TEXT PRIMARY KEY CHECK(length(fingerprint) = 64), "
                                   "status TEXT NOT NULL, "
                                   "note TEXT NOT NULL DEFAULT '', "
                                   "updated_at TEXT NOT NULL)")) ||
            !q.exec(QStringLiteral("PRAGMA user_version = %1").arg(kSchemaVersion))) {
            return rollback(sqlReason(q.lastError()));
        }
    } else if (lockedVersion != kSchemaVersion) {
        return rollback(tr("written with triage schema version %1, which this Keyscout does not know")
                            .arg(lockedVersion));
    }
    if (!q.exec(QStringLiteral("COMMIT"))) {
        return rollback(sqlReason(q.lastError()));
    }
    return true;
}

bool TriageStore::checkFingerprint(const QString& fingerprint) const
{
    const bool valid =
        fingerprint.size() == 64 && std::all_of(fingerprint.cbegin(), fingerprint.cend(), [](QChar c) {
            return (c >= QLatin1Char('0') && c <= QLatin1Char('9')) ||
                   (c >= QLatin1Char('a') && c <= QLatin1Char('f'));
        });
    // The message never repeats the value: what was passed by mistake may be the raw secret itself.
    return valid || fail(tr("refused a key that is not a secret fingerprint (the SHA-256 of the secret as 64 "
                            "lower-case hex characters)"));
}

bool TriageStore::fail(const QString& reason) const
{
    m_error = tr("Triage database %1: %2").arg(QDir::toNativeSeparators(m_path), reason);
    return false;
}

void TriageStore::discardRemovedBytes()
{
    // In WAL mode the page images from before a change stay in the -wal file after secure_delete has zeroed
    // the database page; a TRUNCATE checkpoint copies the new pages back and empties the -wal file. It waits
    // (up to the busy timeout Qt sets, 5 s) for another store's read in progress; should one outlast that,
    // the next write's checkpoint empties the file, and SQLite deletes it when the last connection closes.
    QSqlQuery q(m_db);
    q.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
}

std::optional<TriageDecision> TriageStore::decision(const QString& fingerprint) const
{
    if (!m_open || !checkFingerprint(fingerprint)) {
        return std::nullopt;
    }
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT status, note, updated_at FROM triage WHERE fingerprint = ?"));
    q.addBindValue(fingerprint);
    if (!q.exec()) {
        fail(tr("cannot read the decision (%1)").arg(sqlReason(q.lastError())));
        return std::nullopt;
    }
    m_error.clear();
    return q.next() ? decisionFromRow(q, 0) : std::nullopt;
}

QHash<QString, TriageDecision> TriageStore::decisions() const
{
    QHash<QString, TriageDecision> out;
    if (!m_open) {
        return out;
    }
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT fingerprint, status, note, updated_at FROM triage"))) {
        fail(tr("cannot read the decisions (%1)").arg(sqlReason(q.lastError())));
        return out;
    }
    while (q.next()) {
        if (const std::optional<TriageDecision> d = decisionFromRow(q, 1)) {
            out.insert(q.value(0).toString(), *d);
        }
    }
    m_error.clear();
    return out;
}

bool TriageStore::setDecision(const QString& fingerprint, TriageStatus status, const QString& note)
{
    if (!m_open || !checkFingerprint(fingerprint)) {
        return false;
    }
    if (status == TriageStatus::New) {
        return clearDecision(fingerprint);
    }
    QSqlQuery q(m_db);
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
        return fail(tr("cannot save the decision (%1)").arg(sqlReason(q.lastError())));
    }
    q.finish();
    discardRemovedBytes();
    m_error.clear();
    return true;
}

bool TriageStore::clearDecision(const QString& fingerprint)
{
    if (!m_open || !checkFingerprint(fingerprint)) {
        return false;
    }
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("DELETE FROM triage WHERE fingerprint = ?"));
    q.addBindValue(fingerprint);
    if (!q.exec()) {
        return fail(tr("cannot remove the decision (%1)").arg(sqlReason(q.lastError())));
    }
    q.finish();
    discardRemovedBytes();
    m_error.clear();
    return true;
}

} // namespace keyscout
