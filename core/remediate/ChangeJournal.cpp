// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChangeJournal.h"

#include "AtomicFile.h"
#include "findings/PrivateDatabase.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <cerrno>
#include <cstring>
#include <memory>
#include <random>
#include <sqlite3.h>
#include <sys/stat.h>
#include <unistd.h>

namespace keyscout {

namespace {

constexpr int kManifestFormat = 1;

QString tr(const char* text)
{
    return QCoreApplication::translate("keyscout::ChangeJournal", text);
}

QString manifestPath(const QString& folder)
{
    return folder + QStringLiteral("/manifest.json");
}

int fileMode(const QString& path)
{
    struct stat st {};
    return ::stat(QFile::encodeName(path).constData(), &st) == 0 ? static_cast<int>(st.st_mode & 07777) : -1;
}

QString newId()
{
    std::random_device random;
    return QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss")) + QLatin1Char('-') +
           QString::number(random() % 0xFFFFFF, 16).rightJustified(6, QLatin1Char('0'));
}

struct SqliteClose {
    void operator()(sqlite3* db) const { sqlite3_close_v2(db); }
};
using Database = std::unique_ptr<sqlite3, SqliteClose>;

bool exec(sqlite3* db, const char* sql, QString* error)
{
    char* message = nullptr;
    if (sqlite3_exec(db, sql, nullptr, nullptr, &message) != SQLITE_OK) {
        *error = QString::fromUtf8(message != nullptr ? message : sqlite3_errmsg(db));
        sqlite3_free(message);
        return false;
    }
    return true;
}

// Deletes the rows of `table` whose `columns` hold `secret`; returns the number deleted, -1 on error. A table
// or column that does not exist (an older IPython) deletes nothing.
// Opens the database once for writing and reads from it, which makes SQLite roll back a hot journal (or
// recover its WAL) that a crash in the middle of a transaction left.
void settleDatabase(const QString& path)
{
    sqlite3* raw = nullptr;
    const QByteArray name = QFile::encodeName(path);
    if (sqlite3_open_v2(name.constData(), &raw, SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX, nullptr) ==
        SQLITE_OK) {
        sqlite3_busy_timeout(raw, 2000);
        QString error;
        exec(raw, "SELECT count(*) FROM sqlite_master", &error);
        exec(raw, "PRAGMA wal_checkpoint(TRUNCATE)", &error);
    }
    sqlite3_close(raw);
}

int deleteRows(sqlite3* db, const char* table, const QStringList& columns, const QByteArray& secret,
               QString* error)
{
    QStringList tests;
    for (const QString& column : columns) {
        tests << QStringLiteral("instr(CAST(%1 AS BLOB), ?1) > 0").arg(column);
    }
    const QByteArray sql = QStringLiteral("DELETE FROM %1 WHERE %2")
                               .arg(QLatin1String(table), tests.join(QLatin1String(" OR ")))
                               .toUtf8();
    sqlite3_stmt* raw = nullptr;
    if (sqlite3_prepare_v2(db, sql.constData(), -1, &raw, nullptr) != SQLITE_OK) {
        const QString message = QString::fromUtf8(sqlite3_errmsg(db));
        if (message.contains(QLatin1String("no such"))) {
            return 0;
        }
        *error = message;
        return -1;
    }
    const std::unique_ptr<sqlite3_stmt, int (*)(sqlite3_stmt*)> statement(raw, sqlite3_finalize);
    sqlite3_bind_blob(raw, 1, secret.constData(), static_cast<int>(secret.size()), SQLITE_TRANSIENT);
    if (sqlite3_step(raw) != SQLITE_DONE) {
        *error = QString::fromUtf8(sqlite3_errmsg(db));
        return -1;
    }
    return sqlite3_changes(db);
}

} // namespace

ChangeJournal::ChangeJournal(QString folder)
    : m_folder(std::move(folder))
{
    load();
    recover();
}

QString ChangeJournal::defaultFolder()
{
    // Beside the triage and check databases (~/.local/share/keyscout), whatever the application's name.
    return PrivateDatabase::defaultFolder() + QStringLiteral("/backups");
}

const ChangeJournal::Entry* ChangeJournal::entry(const QString& id) const
{
    for (const Entry& e : m_entries) {
        if (e.id == id) {
            return &e;
        }
    }
    return nullptr;
}

QString ChangeJournal::backupPath(const Entry& entry) const
{
    return m_folder + QLatin1Char('/') + entry.backup;
}

bool ChangeJournal::ensureFolder(QString* error)
{
    if (!QDir().mkpath(m_folder)) {
        *error = tr("%1: the backup folder cannot be created").arg(m_folder);
        return false;
    }
    if (::chmod(QFile::encodeName(m_folder).constData(), 0700) != 0) {
        *error = tr("%1: the backup folder cannot be made private: %2")
                     .arg(m_folder, QString::fromLocal8Bit(std::strerror(errno)));
        return false;
    }
    return true;
}

bool ChangeJournal::load()
{
    m_entries.clear();
    QFile file(manifestPath(m_folder));
    if (!file.exists()) {
        return true;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        m_problems << tr("%1: cannot be read: %2").arg(file.fileName(), file.errorString());
        return false;
    }
    QJsonParseError parseError{};
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (!doc.isObject()) {
        m_problems
            << tr("%1: not a Keyscout backup manifest (%2)").arg(file.fileName(), parseError.errorString());
        return false;
    }
    for (const QJsonValue& v : doc.object().value(QStringLiteral("changes")).toArray()) {
        const QJsonObject o = v.toObject();
        Entry e;
        e.id = o.value(QStringLiteral("id")).toString();
        e.time = QDateTime::fromString(o.value(QStringLiteral("time")).toString(), Qt::ISODate);
        e.path = o.value(QStringLiteral("path")).toString();
        e.action = o.value(QStringLiteral("action")).toString();
        e.title = o.value(QStringLiteral("title")).toString();
        e.backup = o.value(QStringLiteral("backup")).toString();
        e.sha256Before = o.value(QStringLiteral("sha256_before")).toString();
        e.sha256After = o.value(QStringLiteral("sha256_after")).toString();
        e.mode = o.value(QStringLiteral("mode")).toInt(0600);
        e.created = o.value(QStringLiteral("created")).toBool();
        e.state = o.value(QStringLiteral("state")).toString();
        if (!e.id.isEmpty()) {
            m_entries << e;
        }
    }
    return true;
}

bool ChangeJournal::save(QString* error)
{
    QJsonArray changes;
    for (const Entry& e : std::as_const(m_entries)) {
        QJsonObject change{{QStringLiteral("id"), e.id},
                           {QStringLiteral("time"), e.time.toUTC().toString(Qt::ISODate)},
                           {QStringLiteral("path"), e.path},
                           {QStringLiteral("action"), e.action},
                           {QStringLiteral("title"), e.title},
                           {QStringLiteral("backup"), e.backup},
                           {QStringLiteral("sha256_before"), e.sha256Before},
                           {QStringLiteral("sha256_after"), e.sha256After},
                           {QStringLiteral("mode"), e.mode},
                           {QStringLiteral("state"), e.state}};
        if (e.created) {
            change.insert(QStringLiteral("created"), true);
        }
        changes.append(change);
    }
    const QJsonObject root{{QStringLiteral("format"), kManifestFormat}, {QStringLiteral("changes"), changes}};
    return ensureFolder(error) &&
           writeFileAtomically(manifestPath(m_folder), QJsonDocument(root).toJson(), error, 0600);
}

void ChangeJournal::recover()
{
    bool changed = false;
    for (Entry& e : m_entries) {
        if (e.state != QLatin1String("prepared")) {
            continue;
        }
        QByteArray bytes;
        QString error;
        const bool exists = QFileInfo::exists(e.path);
        const bool database = e.action == actionId(PlannedChange::Action::DeleteHistoryRows);
        if (database && exists) {
            settleDatabase(e.path); // SQLite rolls back a transaction the crash cut short
        }
        const QString now = exists && readWholeFile(e.path, &bytes, &error) ? sha256Hex(bytes) : QString();
        if (database && !now.isEmpty() && now != e.sha256Before) {
            // The rows' deletion was committed before the crash (what is committed is whole): the change is
            // made, and undo puts the database back unless it changes again.
            e.state = QStringLiteral("applied");
            e.sha256After = now;
            changed = true;
        } else if ((!exists && e.sha256After.isEmpty()) || (!now.isEmpty() && now == e.sha256After)) {
            e.state = QStringLiteral("applied");
            changed = true;
        } else if ((!exists && e.created) || (!now.isEmpty() && now == e.sha256Before)) {
            e.state = QStringLiteral("interrupted");
            changed = true;
        }
    }
    QString error;
    if (changed && !save(&error)) {
        m_problems << error;
    }
}

bool ChangeJournal::apply(const PlannedChange& change, QString* error, QString* entryId)
{
    if (!change.automatic()) {
        *error = tr("%1: this step is done by hand").arg(change.path);
        return false;
    }
    if (!ensureFolder(error)) {
        return false;
    }
    Entry entry;
    entry.id = newId();
    entry.time = QDateTime::currentDateTimeUtc();
    entry.path = change.path;
    entry.action = actionId(change.action);
    entry.title = change.title;
    entry.backup = entry.id + QStringLiteral(".backup");
    entry.mode = fileMode(change.path);
    if (change.action == PlannedChange::Action::WriteFile && entry.mode < 0 && change.before.isEmpty()) {
        return createFile(change, entry, error) && (entryId == nullptr || (*entryId = entry.id, true));
    }
    if (entry.mode < 0) {
        *error = tr("%1: no longer exists").arg(change.path);
        return false;
    }
    if (change.action == PlannedChange::Action::DeleteHistoryRows) {
        return applyToDatabase(change, entry, error) && (entryId == nullptr || (*entryId = entry.id, true));
    }

    QByteArray current;
    if (!readWholeFile(change.path, &current, error)) {
        return false;
    }
    if (current != change.before) {
        *error = tr("%1: changed since the preview; nothing was done. Scan again.").arg(change.path);
        return false;
    }
    entry.sha256Before = sha256Hex(current);
    entry.sha256After =
        change.action == PlannedChange::Action::DeleteFile ? QString() : sha256Hex(change.after);
    // 1. The backup, then the manifest that names it: from here on the old bytes cannot be lost.
    if (!backUp(entry, current, error)) {
        return false;
    }
    // 2. The change itself, atomically.
    bool written = false;
    if (change.action == PlannedChange::Action::DeleteFile) {
        written = ::unlink(QFile::encodeName(change.path).constData()) == 0;
        if (!written) {
            *error = tr("%1: cannot be deleted: %2")
                         .arg(change.path, QString::fromLocal8Bit(std::strerror(errno)));
        }
    } else {
        const int mode = change.action == PlannedChange::Action::WriteFile ? change.mode : -1;
        written = writeFileAtomically(change.path, change.after, error, mode);
    }
    if (faultHook && !faultHook(Stage::Written)) {
        *error = tr("stopped after writing (fault injection)");
        return false;
    }
    // 3. The outcome recorded.
    m_entries.last().state = written ? QStringLiteral("applied") : QStringLiteral("failed");
    QString saveError;
    if (!save(&saveError)) {
        m_problems << saveError; // the change is made; recover() settles the entry next time
    }
    if (written && entryId != nullptr) {
        *entryId = entry.id;
    }
    return written;
}

bool ChangeJournal::backUp(Entry& entry, const QByteArray& bytes, QString* error)
{
    if (!writeFileAtomically(backupPath(entry), bytes, error, 0600)) {
        return false;
    }
    entry.state = QStringLiteral("prepared");
    m_entries << entry;
    if (!save(error)) {
        m_entries.removeLast();
        QFile::remove(backupPath(entry));
        return false;
    }
    if (faultHook && !faultHook(Stage::BackedUp)) {
        *error = tr("stopped after the backup (fault injection)");
        return false;
    }
    return true;
}

bool ChangeJournal::createFile(const PlannedChange& change, Entry& entry, QString* error)
{
    // Nothing to back up: the manifest alone records that the file is new, so undo knows to delete it.
    entry.created = true;
    entry.backup.clear();
    entry.sha256After = sha256Hex(change.after);
    entry.mode = change.mode >= 0 ? change.mode : 0600;
    entry.state = QStringLiteral("prepared");
    m_entries << entry;
    if (!save(error)) {
        m_entries.removeLast();
        return false;
    }
    if (faultHook && !faultHook(Stage::BackedUp)) {
        *error = tr("stopped after the backup (fault injection)");
        return false;
    }
    // O_EXCL-like: a file that appeared since the plan is not overwritten.
    bool written = false;
    if (QFileInfo::exists(change.path) || QFileInfo(change.path).isSymLink()) {
        *error = tr("%1: changed since the preview; nothing was done. Scan again.").arg(change.path);
    } else {
        written = writeFileAtomically(change.path, change.after, error, entry.mode);
    }
    if (faultHook && !faultHook(Stage::Written)) {
        *error = tr("stopped after writing (fault injection)");
        return false;
    }
    m_entries.last().state = written ? QStringLiteral("applied") : QStringLiteral("failed");
    QString saveError;
    if (!save(&saveError)) {
        m_problems << saveError;
    }
    return written;
}

bool ChangeJournal::undoCreation(Entry& e, QString* error)
{
    QByteArray current;
    if (!QFileInfo::exists(e.path)) {
        e.state = QStringLiteral("undone"); // already gone: nothing of the person's is lost
        return save(error);
    }
    if (!readWholeFile(e.path, &current, error)) {
        return false;
    }
    if (sha256Hex(current) != e.sha256After) {
        *error = tr("%1: changed since Keyscout created it; not deleted.").arg(e.path);
        return false;
    }
    if (::unlink(QFile::encodeName(e.path).constData()) != 0) {
        *error = tr("%1: cannot be deleted: %2").arg(e.path, QString::fromLocal8Bit(std::strerror(errno)));
        return false;
    }
    e.state = QStringLiteral("undone");
    return save(error);
}

bool ChangeJournal::applyToDatabase(const PlannedChange& change, Entry& entry, QString* error)
{
    const QByteArray name = QFile::encodeName(change.path);
    sqlite3* raw = nullptr;
    const int rc =
        sqlite3_open_v2(name.constData(), &raw, SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX, nullptr);
    const Database db(raw);
    if (rc != SQLITE_OK) {
        *error = tr("%1: cannot be opened: %2").arg(change.path, QString::fromUtf8(sqlite3_errstr(rc)));
        return false;
    }
    sqlite3_busy_timeout(raw, 2000);
    QString sqlError;
    // Everything in the main file first (a running IPython may keep a WAL), so one file is the backup.
    exec(raw, "PRAGMA wal_checkpoint(TRUNCATE)", &sqlError);
    QByteArray before;
    if (!readWholeFile(change.path, &before, error)) {
        return false;
    }
    entry.sha256Before = sha256Hex(before);
    if (!backUp(entry, before, error)) {
        return false;
    }
    // secure_delete overwrites what the rows held; VACUUM rebuilds the file so no free page keeps a copy
    // (nor of rows deleted before); the checkpoint empties the write-ahead log.
    int deleted = 0;
    bool ok = exec(raw, "PRAGMA secure_delete = ON", &sqlError) && exec(raw, "BEGIN IMMEDIATE", &sqlError);
    if (ok) {
        const int a = deleteRows(raw, "history", {QStringLiteral("source"), QStringLiteral("source_raw")},
                                 change.secret, &sqlError);
        const int b =
            a < 0 ? -1
                  : deleteRows(raw, "output_history", {QStringLiteral("output")}, change.secret, &sqlError);
        ok = a >= 0 && b >= 0;
        deleted = a + b;
        ok = ok ? exec(raw, "COMMIT", &sqlError) : (exec(raw, "ROLLBACK", &sqlError), false);
    }
    // Once committed the rows are gone, and secure_delete has overwritten what they held: the change is made
    // even if the compaction below fails (a full disk), which is then reported as a problem.
    if (ok && !exec(raw, "VACUUM", &sqlError)) {
        m_problems << tr("%1: the rows were deleted, but the database could not be compacted: %2")
                          .arg(change.path, sqlError);
    } else if (ok) {
        exec(raw, "PRAGMA wal_checkpoint(TRUNCATE)", &sqlError);
    }
    QByteArray after;
    QString readError;
    const bool readAfter = readWholeFile(change.path, &after, &readError);
    if (faultHook && !faultHook(Stage::Written)) {
        *error = tr("stopped after writing (fault injection)");
        return false;
    }
    Entry& recorded = m_entries.last();
    if (!ok) {
        // The transaction was rolled back (or never began): the database is as it was.
        recorded.state = QStringLiteral("failed");
        *error = tr("%1: the rows could not be deleted: %2").arg(change.path, sqlError);
    } else {
        recorded.state = QStringLiteral("applied");
        recorded.sha256After = readAfter ? sha256Hex(after) : QString();
        Q_UNUSED(deleted)
    }
    QString saveError;
    if (!save(&saveError)) {
        m_problems << saveError;
    }
    return ok;
}

bool ChangeJournal::undo(const QString& entryId, QString* error)
{
    Entry* found = nullptr;
    for (Entry& e : m_entries) {
        if (e.id == entryId) {
            found = &e;
        }
    }
    if (found == nullptr) {
        *error = tr("no change %1 in the journal").arg(entryId);
        return false;
    }
    Entry& e = *found;
    if (e.state != QLatin1String("applied")) {
        *error = tr("%1: the change is %2, not applied; nothing to undo").arg(e.path, e.state);
        return false;
    }
    if (e.created) {
        return undoCreation(e, error);
    }
    if (e.backup.isEmpty()) {
        *error = tr("%1: the backup was deleted; the change cannot be undone").arg(e.path);
        return false;
    }
    // The file as the change left it, or it would lose what was written since.
    const bool exists = QFileInfo::exists(e.path);
    QByteArray current;
    if (exists && !readWholeFile(e.path, &current, error)) {
        return false;
    }
    const bool unchanged =
        e.sha256After.isEmpty() ? !exists : (exists && sha256Hex(current) == e.sha256After);
    if (!unchanged) {
        *error = tr("%1: changed since Keyscout cleaned it; not overwritten. The backup is %2.")
                     .arg(e.path, backupPath(e));
        return false;
    }
    QByteArray backup;
    if (!readWholeFile(backupPath(e), &backup, error)) {
        return false;
    }
    if (sha256Hex(backup) != e.sha256Before) {
        *error = tr("%1: the backup is damaged (its SHA-256 differs); the file was not touched")
                     .arg(backupPath(e));
        return false;
    }
    if (!writeFileAtomically(e.path, backup, error, e.mode)) {
        return false;
    }
    e.state = QStringLiteral("undone");
    return save(error);
}

bool ChangeJournal::deleteBackup(const QString& entryId, QString* error)
{
    for (Entry& e : m_entries) {
        if (e.id != entryId || e.backup.isEmpty()) {
            continue;
        }
        const QString path = backupPath(e);
        // Overwritten before it is unlinked: a little better than leaving the bytes in a free block.
        QFile file(path);
        if (file.open(QIODevice::ReadWrite)) {
            file.write(QByteArray(file.size(), '\0'));
            file.flush();
            ::fsync(file.handle());
            file.close();
        }
        if (QFileInfo::exists(path) && !QFile::remove(path)) {
            *error = tr("%1: cannot be deleted").arg(path);
            return false;
        }
        e.backup.clear();
        return save(error);
    }
    *error = tr("no backup for change %1").arg(entryId);
    return false;
}

} // namespace keyscout
