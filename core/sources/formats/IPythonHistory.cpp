// SPDX-License-Identifier: GPL-3.0-or-later
#include "IPythonHistory.h"
#include "sources/OpenForReading.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <sqlite3.h>

#include <algorithm>
#include <array>
#include <cerrno>
#include <chrono>
#include <cmath>
#include <cstring>
#include <fcntl.h>
#include <memory>
#include <optional>
#include <sys/stat.h>
#include <thread>
#include <unistd.h>
#include <unordered_map>
#include <utility>

// How the database is opened, and why.
//
// The file may belong to a kernel that is writing it right now (IPython writes from a background thread; the
// database may be in WAL mode with the newest commands only in `history.sqlite-wal`), or sit on a read-only
// disk image an incident responder mounted. Nothing may be written next to it. The options:
//
// - `mode=ro` on the original: a WAL database still needs the `-shm` wal-index beside it, created or written
//   (root ignores permission bits, so it would be created even on an image mounted from a writable folder),
//   and the reader takes part in the live kernel's locking: a read lock can hold back its checkpoints. Fails
//   on read-only media when `-shm` is missing.
// - `immutable=1`: writes and locks nothing, but ignores the `-wal` file, so the newest commands (the ones
//   most likely to hold a token pasted a minute ago) are missed; it also trusts a file that may change.
// - `sqlite3_deserialize()`: loads the whole database into memory, and knows nothing of a `-wal` file.
// - Chosen: copy the database and its `-wal` and `-journal` (when they exist) into a private temporary folder
//   (mode 0700, files 0600), open the copy, read, close, delete the folder. The originals are only opened
//   with O_RDONLY (and O_NOATIME where allowed); SQLite recovers the copied WAL (committed frames only,
//   checked by their checksums) and rolls back a copied hot journal, exactly as it would on the original, but
//   in our folder. A copy taken while the kernel writes could mix two states, so each copy is checked against
//   the originals' size, mtime and inode before and after and taken again (up to kCopyAttempts times) when
//   they changed; a file that never holds still is read all the same and the result says rows may be missing.
//   The cost is a temporary copy of the file's size: history databases are a few megabytes. The folder is
//   removed on every path (QTemporaryDir's destructor, also on exceptions); only a process killed while
//   reading leaves it, unreadable by other users, in the temporary folder.
//
// The SQLite C API rather than Qt's QSQLITE driver: QSqlDatabase connections are process-wide, named and
// bound to the thread that made them, while this runs on scan worker threads; the C API gives a connection
// owned by one call, rows streamed with sqlite3_step() and read in place (never the whole table or file in
// one string), the primary error codes (SQLITE_NOTADB, SQLITE_CORRUPT) that the messages name, a progress
// handler for cancelling a long step, and sqlite3_wal_checkpoint_v2() to tell whether the WAL held committed
// frames. On Debian Qt's driver links the same system libsqlite3. Where Qt bundles its own SQLite there are
// two copies in the process, which only matters for POSIX locks on one file opened by both; they never open
// the same file.

namespace keyscout::formats {

namespace {

// A kernel writes in bursts (a cell, then the save thread's flush): waiting a little between attempts lets a
// burst end. 10 attempts wait at most about 0.3 s in all.
constexpr int kCopyAttempts = 10;
constexpr int kMaxBackoffMs = 50;
constexpr qint64 kCopyChunk = qint64(1) << 20;
// Files SQLite keeps beside a database that hold committed or half-committed content (`-shm` is only an index
// rebuilt from the WAL).
constexpr std::array<const char*, 3> kSuffixes{"", "-wal", "-journal"};

struct FileState {
    bool exists = false;
    dev_t device = 0;
    ino_t inode = 0;
    off_t size = 0;
    timespec mtime{};

    bool operator==(const FileState& o) const
    {
        return exists == o.exists && device == o.device && inode == o.inode && size == o.size &&
               mtime.tv_sec == o.mtime.tv_sec && mtime.tv_nsec == o.mtime.tv_nsec;
    }
};

FileState fileState(const QByteArray& path)
{
    struct stat st {};
    if (::stat(path.constData(), &st) != 0) {
        return {};
    }
    return {true, st.st_dev, st.st_ino, st.st_size, st.st_mtim};
}

struct SqliteClose {
    void operator()(sqlite3* db) const { sqlite3_close_v2(db); }
};
struct SqliteFinalize {
    void operator()(sqlite3_stmt* stmt) const { sqlite3_finalize(stmt); }
};
using Database = std::unique_ptr<sqlite3, SqliteClose>;
using Statement = std::unique_ptr<sqlite3_stmt, SqliteFinalize>;

QString columnString(sqlite3_stmt* stmt, int column)
{
    const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(stmt, column));
    return text == nullptr ? QString() : QString::fromUtf8(text, sqlite3_column_bytes(stmt, column));
}

// IPython stores sessions.start as `datetime.now().isoformat(" ")`: local time without a zone,
// "2024-05-01 10:11:12.123456" (IPython/core/history.py new_session). Read without a zone as this machine's
// local time, with one ("+00:00", "Z") as written. A number is taken as seconds since the epoch.
qint64 sessionStartSeconds(sqlite3_stmt* stmt, int column)
{
    switch (sqlite3_column_type(stmt, column)) {
    case SQLITE_INTEGER:
        return sqlite3_column_int64(stmt, column);
    case SQLITE_FLOAT: {
        // Beyond qint64 (a damaged or hostile database) the conversion is undefined: no time then.
        const double seconds = sqlite3_column_double(stmt, column);
        return std::isfinite(seconds) && std::abs(seconds) < 9.2e18 ? static_cast<qint64>(seconds) : 0;
    }
    case SQLITE_TEXT: {
        QString text = columnString(stmt, column).trimmed();
        if (text.size() > 10 && text.at(10) == QLatin1Char(' ')) {
            text[10] = QLatin1Char('T');
        }
        const QDateTime start = QDateTime::fromString(text, Qt::ISODateWithMs);
        return start.isValid() ? start.toSecsSinceEpoch() : 0;
    }
    default:
        return 0;
    }
}

// Read-only, and without updating the access time where the kernel allows it (the file's owner, or root): an
// incident responder's evidence keeps its timestamps. O_NONBLOCK: a FIFO in place of the file must not hang.
int openForReading(const QByteArray& path)
{
    return openWithoutAtime(AT_FDCWD, path.constData(), O_RDONLY | O_CLOEXEC | O_NONBLOCK);
}

int progressHandler(void* cancelled)
{
    return static_cast<const std::atomic<bool>*>(cancelled)->load(std::memory_order_relaxed) ? 1 : 0;
}

class HistoryReader {
    Q_DECLARE_TR_FUNCTIONS(IPythonHistory)

public:
    HistoryReader(QString path, const std::atomic<bool>* cancelled)
        : m_path(std::move(path))
        , m_cancelled(cancelled)
    {
    }

    IPythonHistoryResult read();

private:
    bool isCancelled() const
    {
        return m_cancelled != nullptr && m_cancelled->load(std::memory_order_relaxed);
    }
    std::optional<QString> checkHeader(const QByteArray& path);
    std::optional<QString> copyInto(const QString& folder);
    std::optional<QString> copyFile(const QByteArray& from, const QString& to);
    QString sqliteError(sqlite3* db, int code) const;
    std::optional<QString> readTables(sqlite3* db);
    std::optional<QString> readSessions(sqlite3* db);
    std::optional<QString> readRows(sqlite3* db, const char* sql, bool output);
    bool hasColumn(sqlite3* db, const char* table, const char* column);

    QString m_path;
    QByteArray m_nativePath;
    const std::atomic<bool>* m_cancelled;
    IPythonHistoryResult m_result;
    std::unordered_map<qint64, qint64> m_sessionStarts;
    qint64 m_fileSize = 0;
    qint64 m_headerSize = 0; // the size the header says the file has, 0 when it does not say
    bool m_changedWhileCopying = false;
};

// The first 100 bytes are the database header (sqlite.org/fileformat2.html): the magic string, the page size
// at offset 16 (1 meaning 65536) and, valid when the change counter at 24 equals the one at 92, the size in
// pages at 28. Read from the original to refuse what is not SQLite before copying it, and from the copy to
// tell a truncated file from a damaged one.
std::optional<QString> HistoryReader::checkHeader(const QByteArray& path)
{
    const int fd = openForReading(path);
    if (fd < 0) {
        const int error = errno; // read before tr() runs
        return tr("cannot read the file: %1").arg(QString::fromLocal8Bit(std::strerror(error)));
    }
    struct stat st {};
    std::array<unsigned char, 100> header{};
    const bool statted = ::fstat(fd, &st) == 0;
    if (statted && !S_ISREG(st.st_mode)) {
        ::close(fd);
        return tr("not a regular file");
    }
    const ssize_t got = statted ? ::pread(fd, header.data(), header.size(), 0) : -1;
    const int error = errno;
    ::close(fd);
    if (!statted || got < 0) {
        return tr("cannot read the file: %1").arg(QString::fromLocal8Bit(std::strerror(error)));
    }
    m_fileSize = st.st_size;
    m_headerSize = 0;
    if (got == 0) {
        return std::nullopt; // SQLite reads an empty file as an empty database
    }
    static constexpr char kMagic[] = "SQLite format 3"; // with its terminating NUL: 16 bytes
    if (got < 16 || std::memcmp(header.data(), kMagic, sizeof kMagic) != 0) {
        return tr("not an SQLite database (the file does not start with \"SQLite format 3\")");
    }
    if (got == 100) {
        const auto u32 = [&header](size_t i) {
            return (quint32(header.at(i)) << 24) | (quint32(header.at(i + 1)) << 16) |
                   (quint32(header.at(i + 2)) << 8) | quint32(header.at(i + 3));
        };
        const quint32 rawPageSize = (quint32(header.at(16)) << 8) | header.at(17);
        const qint64 pageSize = rawPageSize == 1 ? 65536 : rawPageSize;
        if (u32(24) == u32(92) && u32(28) != 0) {
            m_headerSize = pageSize * u32(28);
        }
    }
    return std::nullopt;
}

std::optional<QString> HistoryReader::copyFile(const QByteArray& from, const QString& to)
{
    const int fd = openForReading(from);
    if (fd < 0) {
        const int error = errno; // read before tr() runs
        return tr("cannot read %1: %2")
            .arg(QFile::decodeName(from), QString::fromLocal8Bit(std::strerror(error)));
    }
    QFile out(to);
    if (!out.open(QIODevice::WriteOnly | QIODevice::NewOnly,
                  QFileDevice::ReadOwner | QFileDevice::WriteOwner)) {
        ::close(fd);
        return tr("cannot write the temporary copy %1: %2").arg(to, out.errorString());
    }
    QByteArray buffer(kCopyChunk, Qt::Uninitialized);
    std::optional<QString> error;
    for (;;) {
        if (isCancelled()) {
            error = tr("reading was cancelled");
            break;
        }
        const ssize_t n = ::read(fd, buffer.data(), static_cast<size_t>(buffer.size()));
        if (n < 0 && errno == EINTR) {
            continue;
        }
        if (n < 0) {
            const int readError = errno;
            error = tr("cannot read %1: %2")
                        .arg(QFile::decodeName(from), QString::fromLocal8Bit(std::strerror(readError)));
            break;
        }
        if (n == 0) {
            break;
        }
        if (out.write(buffer.constData(), n) != n) {
            error = tr("cannot write the temporary copy %1: %2").arg(to, out.errorString());
            break;
        }
    }
    ::close(fd);
    return error;
}

std::optional<QString> HistoryReader::copyInto(const QString& folder)
{
    const QString target = folder + QStringLiteral("/history.sqlite");
    for (int attempt = 1; attempt <= kCopyAttempts; ++attempt) {
        if (attempt > 1) {
            std::this_thread::sleep_for(std::chrono::milliseconds(std::min(1 << attempt, kMaxBackoffMs)));
        }
        if (isCancelled()) {
            return tr("reading was cancelled");
        }
        std::array<FileState, kSuffixes.size()> before;
        for (size_t i = 0; i < kSuffixes.size(); ++i) {
            before.at(i) = fileState(m_nativePath + kSuffixes.at(i));
            QFile::remove(target + QLatin1String(kSuffixes.at(i)));
        }
        for (size_t i = 0; i < kSuffixes.size(); ++i) {
            if (!before.at(i).exists) {
                continue;
            }
            if (auto error =
                    copyFile(m_nativePath + kSuffixes.at(i), target + QLatin1String(kSuffixes.at(i)))) {
                // The -wal or -journal can vanish between stat and open when the kernel checkpoints or
                // commits.
                if (i == 0 || fileState(m_nativePath + kSuffixes.at(i)).exists || isCancelled()) {
                    return error;
                }
            }
        }
        bool stable = true;
        for (size_t i = 0; i < kSuffixes.size(); ++i) {
            stable = stable && fileState(m_nativePath + kSuffixes.at(i)) == before.at(i);
        }
        if (stable) {
            m_changedWhileCopying = false;
            return std::nullopt;
        }
        m_changedWhileCopying = true;
    }
    return std::nullopt; // the last copy is read, and the result says it may be incomplete
}

QString HistoryReader::sqliteError(sqlite3* db, int code) const
{
    const QString detail =
        db != nullptr ? QString::fromUtf8(sqlite3_errmsg(db)) : QString::fromUtf8(sqlite3_errstr(code));
    QString reason;
    switch (code & 0xFF) {
    case SQLITE_NOTADB:
        reason = tr("not an SQLite database (%1)").arg(detail);
        break;
    case SQLITE_CORRUPT:
        reason = tr("the database is corrupt (%1)").arg(detail);
        break;
    case SQLITE_INTERRUPT:
        return tr("reading was cancelled");
    default:
        reason = tr("SQLite cannot read the database (%1)").arg(detail);
        break;
    }
    if (m_headerSize > m_fileSize) {
        reason += QLatin1Char(' ') + tr("— the file is truncated: %1 of the %2 bytes its header announces")
                                         .arg(m_fileSize)
                                         .arg(m_headerSize);
    }
    return reason;
}

bool HistoryReader::hasColumn(sqlite3* db, const char* table, const char* column)
{
    return sqlite3_table_column_metadata(db, "main", table, column, nullptr, nullptr, nullptr, nullptr,
                                         nullptr) == SQLITE_OK;
}

std::optional<QString> HistoryReader::readSessions(sqlite3* db)
{
    sqlite3_stmt* raw = nullptr;
    int rc = sqlite3_prepare_v2(db, "SELECT session, start FROM sessions", -1, &raw, nullptr);
    const Statement stmt(raw);
    if (rc != SQLITE_OK) {
        return sqliteError(db, rc);
    }
    while ((rc = sqlite3_step(raw)) == SQLITE_ROW) {
        m_sessionStarts.emplace(sqlite3_column_int64(raw, 0), sessionStartSeconds(raw, 1));
    }
    return rc == SQLITE_DONE ? std::nullopt : std::optional(sqliteError(db, rc));
}

// Columns: session, line, text, fallback text.
std::optional<QString> HistoryReader::readRows(sqlite3* db, const char* sql, bool output)
{
    sqlite3_stmt* raw = nullptr;
    int rc = sqlite3_prepare_v2(db, sql, -1, &raw, nullptr);
    const Statement stmt(raw);
    if (rc != SQLITE_OK) {
        return sqliteError(db, rc);
    }
    while ((rc = sqlite3_step(raw)) == SQLITE_ROW) {
        IPythonHistoryRow row;
        row.session = sqlite3_column_int64(raw, 0);
        row.line = sqlite3_column_int64(raw, 1);
        row.output = output;
        const int textColumn = sqlite3_column_type(raw, 2) != SQLITE_NULL ? 2 : 3;
        const auto* text = sqlite3_column_text(raw, textColumn);
        if (text != nullptr) {
            row.text.assign(reinterpret_cast<const char*>(text),
                            static_cast<size_t>(sqlite3_column_bytes(raw, textColumn)));
        }
        if (const auto start = m_sessionStarts.find(row.session); start != m_sessionStarts.end()) {
            row.sessionStart = start->second;
        }
        m_result.rows.push_back(std::move(row));
        if (isCancelled()) {
            return tr("reading was cancelled");
        }
    }
    return rc == SQLITE_DONE ? std::nullopt : std::optional(sqliteError(db, rc));
}

std::optional<QString> HistoryReader::readTables(sqlite3* db)
{
    // Reading sqlite_master is the first access to the file: a file that is not a database, or whose first
    // page is damaged, fails here.
    sqlite3_stmt* raw = nullptr;
    int rc = sqlite3_prepare_v2(db, "SELECT count(*) FROM sqlite_master", -1, &raw, nullptr);
    Statement count(raw);
    if (rc != SQLITE_OK) {
        return sqliteError(db, rc);
    }
    rc = sqlite3_step(raw);
    if (rc != SQLITE_ROW) {
        return sqliteError(db, rc);
    }
    const bool empty = sqlite3_column_int64(raw, 0) == 0;
    count.reset();

    // Committed frames in the copied WAL: only known after SQLite recovered it, which the read above did. A
    // passive checkpoint writes them into our copy of the database and reports how many the log holds.
    int logFrames = 0;
    int checkpointed = 0;
    if (sqlite3_wal_checkpoint_v2(db, "main", SQLITE_CHECKPOINT_PASSIVE, &logFrames, &checkpointed) ==
        SQLITE_OK) {
        m_result.fromWal = logFrames > 0;
    }
    if (empty) {
        return std::nullopt; // no tables at all: IPython never got to create them
    }

    QStringList errors;
    if (hasColumn(db, "sessions", "start")) {
        if (auto error = readSessions(db)) {
            errors << *error; // the rows are still worth reading, without their session times
        }
    }
    if (isCancelled()) {
        return tr("reading was cancelled");
    }
    if (hasColumn(db, "history", "session")) {
        // source_raw is what was typed, source what IPython ran after transforming magics; either can hold a
        // token. Schemas without source_raw read source only.
        const bool raw = hasColumn(db, "history", "source_raw");
        const bool source = hasColumn(db, "history", "source");
        const QByteArray sql = QByteArrayLiteral("SELECT session, line, ") + (raw ? "source_raw" : "NULL") +
                               ", " + (source ? "source" : "NULL") + " FROM history";
        if (auto error = readRows(db, sql.constData(), false)) {
            errors << *error;
        }
    } else {
        errors << tr("not an IPython history database (it has no history table)");
    }
    // output_history only exists in newer schemas, and only holds rows with HistoryManager.db_log_output.
    if (!isCancelled() && hasColumn(db, "output_history", "output")) {
        if (auto error = readRows(db, "SELECT session, line, output, NULL FROM output_history", true)) {
            errors << *error;
        }
    }
    if (isCancelled()) {
        return tr("reading was cancelled");
    }
    errors.removeDuplicates();
    return errors.isEmpty() ? std::nullopt : std::optional(errors.join(QStringLiteral("; ")));
}

IPythonHistoryResult HistoryReader::read()
{
    m_nativePath = QFile::encodeName(QFileInfo(m_path).absoluteFilePath());
    if (auto error = checkHeader(m_nativePath)) {
        m_result.error = *error;
        return std::move(m_result);
    }

    // QDir::tempPath() is empty when TMPDIR names a folder that does not exist: never fall back to "/" (or to
    // the database's folder).
    const QString tempRoot = QDir::tempPath();
    if (tempRoot.isEmpty()) {
        m_result.error =
            tr("cannot create a private temporary folder: the temporary folder (TMPDIR) does not exist");
        return std::move(m_result);
    }
    // Declared before the database so that it is removed after the connection closed its files.
    QTemporaryDir folder(tempRoot + QStringLiteral("/keyscout-ipython-XXXXXX"));
    if (!folder.isValid()) {
        m_result.error = tr("cannot create a private temporary folder in %1: %2")
                             .arg(QDir::toNativeSeparators(tempRoot), folder.errorString());
        return std::move(m_result);
    }
    if (auto error = copyInto(folder.path())) {
        m_result.error = *error;
        return std::move(m_result);
    }
    const QString copy = folder.path() + QStringLiteral("/history.sqlite");
    if (auto error = checkHeader(QFile::encodeName(copy))) {
        m_result.error = *error; // the file was replaced by something else while it was copied
        return std::move(m_result);
    }

    {
        sqlite3* raw = nullptr;
        // Read-write on our own copy, so that SQLite can recover its WAL and roll back its hot journal there.
        const int rc = sqlite3_open_v2(QFile::encodeName(copy).constData(), &raw,
                                       SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX, nullptr);
        const Database db(raw);
        if (rc != SQLITE_OK) {
            m_result.error = sqliteError(raw, rc);
        } else {
            // The file may come from anyone's disk: no schema-defined functions run on our behalf. Writable
            // schema is SQLite's salvage setting (we never write): a file shorter than its header says is
            // read up to the cut instead of being refused whole, so the rows before it are still found.
            sqlite3_db_config(raw, SQLITE_DBCONFIG_TRUSTED_SCHEMA, 0, nullptr);
            sqlite3_db_config(raw, SQLITE_DBCONFIG_WRITABLE_SCHEMA, 1, nullptr);
            if (m_cancelled != nullptr) {
                sqlite3_progress_handler(raw, 10000, progressHandler,
                                         const_cast<void*>(static_cast<const void*>(m_cancelled)));
            }
            if (auto error = readTables(raw)) {
                m_result.error = *error;
            }
        }
    }

    if (m_changedWhileCopying) {
        const QString changing =
            tr("the file kept changing while it was copied (a program is writing it): rows may be missing");
        m_result.error =
            m_result.error.isEmpty() ? changing : m_result.error + QStringLiteral("; ") + changing;
    }
    if (!folder.remove()) {
        const QString notRemoved =
            tr("the temporary copy in %1 could not be deleted").arg(QDir::toNativeSeparators(folder.path()));
        m_result.error =
            m_result.error.isEmpty() ? notRemoved : m_result.error + QStringLiteral("; ") + notRemoved;
    }
    return std::move(m_result);
}

} // namespace

IPythonHistoryResult readIPythonHistory(const QString& path, const std::atomic<bool>* cancelled)
{
    return HistoryReader(path, cancelled).read();
}

} // namespace keyscout::formats
