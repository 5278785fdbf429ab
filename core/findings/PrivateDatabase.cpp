// SPDX-License-Identifier: GPL-3.0-or-later
#include "PrivateDatabase.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QVariant>

#include <algorithm>
#include <atomic>
#include <cerrno>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace keyscout {

namespace {

QString newConnectionName()
{
    // QSqlDatabase connections are process-wide and looked up by name: every store needs its own.
    static std::atomic<quint64> counter{0};
    return QStringLiteral("keyscout-private-%1").arg(++counter);
}

} // namespace

PrivateDatabase::PrivateDatabase(const QString& path, Schema schema)
    : m_path(QFileInfo(path).absoluteFilePath())
    , m_schema(std::move(schema))
    , m_connectionName(newConnectionName())
{
    m_open = open();
}

PrivateDatabase::~PrivateDatabase()
{
    // removeDatabase() warns, and leaves the connection behind, while a QSqlDatabase handle still refers to
    // it.
    m_db.close();
    m_db = QSqlDatabase();
    if (QSqlDatabase::contains(m_connectionName)) {
        QSqlDatabase::removeDatabase(m_connectionName);
    }
}

QString PrivateDatabase::defaultFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) +
           QStringLiteral("/keyscout");
}

bool PrivateDatabase::isFingerprint(const QString& key)
{
    return key.size() == 64 && std::all_of(key.cbegin(), key.cend(), [](QChar c) {
               return (c >= QLatin1Char('0') && c <= QLatin1Char('9')) ||
                      (c >= QLatin1Char('a') && c <= QLatin1Char('f'));
           });
}

QString PrivateDatabase::sqlReason(const QSqlError& error)
{
    // For SQLite the database text is the useful part ("file is not a database"); the driver text only
    // says which call failed.
    return error.databaseText().isEmpty() ? error.driverText() : error.databaseText();
}

bool PrivateDatabase::open()
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

bool PrivateDatabase::createFile()
{
    if (QFileInfo::exists(m_path)) {
        return true;
    }
    // The folder and its missing parents are created 0700 (what XDG asks of a data folder it creates): the
    // contents say which secrets the person has not dealt with yet, and what they can do.
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

bool PrivateDatabase::checkWritable()
{
    // SQLite opens a file it cannot write read-only without a word, and creates the -wal and -shm files with
    // the database's read-only mode; that -shm then keeps failing writes after the person has made the file
    // itself writable again. So a store that could not keep what it is given does not open at all.
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

bool PrivateDatabase::prepareSchema()
{
    QSqlQuery q(m_db);
    // The first read is where SQLite notices a file that is not a database, so nothing is written before it.
    if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next()) {
        return fail(tr("cannot read it as an SQLite database (%1)").arg(sqlReason(q.lastError())));
    }
    const int version = q.value(0).toInt();
    q.finish();
    if (version != 0 && version != m_schema.version) {
        // Converting a schema this version does not know could lose what the file keeps: leave the file
        // exactly as it is (even the journal mode) for the Keyscout that wrote it.
        return fail(tr("written with %1 schema version %2, which this Keyscout does not know (it reads "
                       "version %3); the file is left unchanged")
                        .arg(m_schema.name)
                        .arg(version)
                        .arg(m_schema.version));
    }

    // secure_delete zeroes removed rows in the database pages instead of leaving them in free space; it is a
    // setting of the connection, not of the file. WAL lets a second Keyscout (the CLI next to the GUI) read
    // while this one writes.
    if (!q.exec(QStringLiteral("PRAGMA secure_delete = ON")) ||
        !q.exec(QStringLiteral("PRAGMA journal_mode = WAL"))) {
        return fail(sqlReason(q.lastError()));
    }
    q.finish();
    if (version == m_schema.version) {
        return true;
    }

    // IMMEDIATE takes the write lock first, so two stores creating the same new file do not both create the
    // tables; the version is read again under the lock.
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
        for (const QString& statement : std::as_const(m_schema.createTables)) {
            if (!q.exec(statement)) {
                return rollback(sqlReason(q.lastError()));
            }
        }
        if (!q.exec(QStringLiteral("PRAGMA user_version = %1").arg(m_schema.version))) {
            return rollback(sqlReason(q.lastError()));
        }
    } else if (lockedVersion != m_schema.version) {
        return rollback(tr("written with %1 schema version %2, which this Keyscout does not know")
                            .arg(m_schema.name)
                            .arg(lockedVersion));
    }
    if (!q.exec(QStringLiteral("COMMIT"))) {
        return rollback(sqlReason(q.lastError()));
    }
    return true;
}

bool PrivateDatabase::checkFingerprint(const QString& key) const
{
    return isFingerprint(key) || fail(tr("refused a key that is not a secret fingerprint (the SHA-256 of the "
                                         "secret as 64 lower-case hex characters)"));
}

bool PrivateDatabase::fail(const QString& reason) const
{
    m_error = tr("%1 %2: %3").arg(m_schema.label, QDir::toNativeSeparators(m_path), reason);
    return false;
}

void PrivateDatabase::discardRemovedBytes()
{
    // In WAL mode the page images from before a change stay in the -wal file after secure_delete has zeroed
    // the database page; a TRUNCATE checkpoint copies the new pages back and empties the -wal file. It waits
    // (up to the busy timeout Qt sets, 5 s) for another store's read in progress; should one outlast that,
    // the next write's checkpoint empties the file, and SQLite deletes it when the last connection closes.
    QSqlQuery q(m_db);
    q.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
}

} // namespace keyscout
