// SPDX-License-Identifier: GPL-3.0-or-later
// IPython history databases on real SQLite files with IPython's schema: every input and output row with its
// session, line and session start; the newest rows a running kernel has only in its -wal file; nothing
// written beside the file (a live kernel's folder, a read-only disk image) and no temporary copy left behind;
// damaged and foreign files named as such.
#include "TestSupport.h"
#include "sources/formats/IPythonHistory.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QScopeGuard>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <chrono>
#include <thread>

#include <sys/stat.h>

using namespace keyscout;
using formats::IPythonHistoryResult;
using formats::IPythonHistoryRow;

namespace {

// IPython/core/history.py init_db.
const QStringList kSchema{
    QStringLiteral("CREATE TABLE sessions (session integer primary key autoincrement, start timestamp, "
                   "end timestamp, num_cmds integer, remark text)"),
    QStringLiteral("CREATE TABLE history (session integer, line integer, source text, source_raw text, "
                   "PRIMARY KEY (session, line))"),
    QStringLiteral("CREATE TABLE output_history (session integer, line integer, output text, "
                   "PRIMARY KEY (session, line))"),
};

// A connection of its own, as the IPython kernel (another program) has: Qt's SQLite driver, not the reader.
class Writer {
public:
    explicit Writer(const QString& path)
        : m_name(QStringLiteral("tst_ipythonhistory-%1").arg(++s_counter))
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(path);
        m_open = db.open();
    }
    ~Writer()
    {
        QSqlDatabase::database(m_name, false).close();
        QSqlDatabase::removeDatabase(m_name);
    }
    Writer(const Writer&) = delete;
    Writer& operator=(const Writer&) = delete;

    [[nodiscard]] bool isOpen() const { return m_open; }

    [[nodiscard]] bool exec(const QString& sql, const QVariantList& values = {}) const
    {
        QSqlQuery q(QSqlDatabase::database(m_name, false));
        if (!q.prepare(sql)) {
            qWarning("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
            return false;
        }
        for (const QVariant& v : values) {
            q.addBindValue(v);
        }
        if (!q.exec()) {
            qWarning("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
            return false;
        }
        while (q.next()) { // step PRAGMAs to the end so that they take effect and release the statement
        }
        return true;
    }

    [[nodiscard]] bool execAll(const QStringList& statements) const
    {
        return std::all_of(statements.begin(), statements.end(),
                           [this](const QString& s) { return exec(s); });
    }

    [[nodiscard]] bool addInput(qint64 session, qint64 line, const QVariant& source,
                                const QVariant& raw) const
    {
        return exec(QStringLiteral("INSERT INTO history VALUES (?, ?, ?, ?)"), {session, line, source, raw});
    }

private:
    static inline int s_counter = 0;
    QString m_name;
    bool m_open = false;
};

QByteArray fileBytes(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// Every entry of a folder with its size, mode and modification time to the nanosecond: what "nothing was
// written here" is checked against (root ignores permission bits, so a read-only folder alone proves
// nothing).
QStringList listing(const QString& folder)
{
    QStringList out;
    const QStringList names = QDir(folder).entryList(
        QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot, QDir::Name);
    for (const QString& name : names) {
        struct stat st {};
        const QByteArray path = QFile::encodeName(folder + QLatin1Char('/') + name);
        if (::lstat(path.constData(), &st) != 0) {
            out << name + QStringLiteral(" (vanished)");
            continue;
        }
        out << QStringLiteral("%1 size=%2 mode=%3 mtime=%4.%5")
                   .arg(name)
                   .arg(st.st_size)
                   .arg(st.st_mode, 0, 8)
                   .arg(st.st_mtim.tv_sec)
                   .arg(st.st_mtim.tv_nsec);
    }
    struct stat st {};
    if (::stat(QFile::encodeName(folder).constData(), &st) == 0) {
        out << QStringLiteral(". mtime=%1.%2").arg(st.st_mtim.tv_sec).arg(st.st_mtim.tv_nsec);
    }
    return out;
}

const IPythonHistoryRow* rowWith(const IPythonHistoryResult& result, const QByteArray& text)
{
    for (const IPythonHistoryRow& row : result.rows) {
        if (QByteArray::fromStdString(row.text).contains(text)) {
            return &row;
        }
    }
    return nullptr;
}

qint64 localSeconds(int y, int mo, int d, int h, int mi, int s)
{
    // QTimeZone, not Qt::TimeSpec: that overload is deprecated from Qt 6.8 on (the Debian 13 build).
    return QDateTime(QDate(y, mo, d), QTime(h, mi, s), QTimeZone::systemTimeZone()).toSecsSinceEpoch();
}

} // namespace

class TestIPythonHistory : public QObject {
    Q_OBJECT

private:
    // Reads with TMPDIR pointing at a folder of the test's own, then checks the reader left nothing there:
    // the temporary copy holds secrets and must never outlive the call.
    IPythonHistoryResult read(const QString& path, const std::atomic<bool>* cancelled = nullptr)
    {
        const QByteArray previous = qgetenv("TMPDIR");
        qputenv("TMPDIR", QFile::encodeName(m_copyTemp.path()));
        IPythonHistoryResult result = formats::readIPythonHistory(path, cancelled);
        qputenv("TMPDIR", previous);
        m_leftovers +=
            QDir(m_copyTemp.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot);
        return result;
    }

    // A history.sqlite with IPython's schema and one session, as a kernel leaves it after exiting.
    QString makeHistory(const QString& folder, const QStringList& schema = kSchema)
    {
        QString path = folder + QStringLiteral("/history.sqlite");
        const Writer w(path);
        if (!w.isOpen() || !w.execAll(schema)) {
            return {};
        }
        return path;
    }

    QTemporaryDir m_copyTemp;
    QStringList m_leftovers;
    QRandomGenerator m_rng{20240501};

private slots:
    void initTestCase() { QVERIFY(m_copyTemp.isValid()); }

    void init() { m_leftovers.clear(); }

    void cleanup()
    {
        // Checked after every test, including the failing ones.
        QVERIFY2(m_leftovers.isEmpty(), qPrintable(m_leftovers.join(QStringLiteral(", "))));
    }

    void readsInputsAndOutputsWithSessionAndTime()
    {
        QTemporaryDir dir;
        const QString path = makeHistory(dir.path());
        QVERIFY(!path.isEmpty());
        const QByteArray typed = test::hfToken(m_rng);
        const QByteArray transformed = test::hfToken(m_rng);
        const QByteArray printed = test::hfToken(m_rng);
        const QByteArray later = test::hfToken(m_rng);
        {
            const Writer w(path);
            QVERIFY(w.exec(QStringLiteral("INSERT INTO sessions VALUES (NULL, ?, NULL, NULL, '')"),
                           {QStringLiteral("2024-05-01 10:11:12.123456")}));
            QVERIFY(w.exec(
                QStringLiteral("INSERT INTO sessions VALUES (NULL, ?, ?, 3, '')"),
                {QStringLiteral("2024-06-02 08:00:00+00:00"), QStringLiteral("2024-06-02 09:00:00+00:00")}));
            QVERIFY(w.addInput(1, 1, QStringLiteral("import os"), QStringLiteral("import os")));
            QVERIFY(w.addInput(1, 2, QStringLiteral("login(token=\"%1\")").arg(QLatin1String(typed)),
                               QStringLiteral("login(token=\"%1\")").arg(QLatin1String(typed))));
            // source_raw NULL (rows written by old versions): the source is read instead.
            QVERIFY(w.addInput(1, 3,
                               QStringLiteral("get_ipython().run_line_magic('env', 'HF_TOKEN=%1')")
                                   .arg(QLatin1String(transformed)),
                               QVariant()));
            QVERIFY(w.exec(QStringLiteral("INSERT INTO output_history VALUES (1, 2, ?)"),
                           {QStringLiteral("'%1'").arg(QLatin1String(printed))}));
            QVERIFY(w.addInput(2, 7, QStringLiteral("x = 1"),
                               QStringLiteral("key = '%1'").arg(QLatin1String(later))));
            QVERIFY(w.addInput(9, 1, QStringLiteral("orphan"), QStringLiteral("orphan"))); // no sessions row
        }

        const IPythonHistoryResult result = read(path);
        QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
        QCOMPARE(result.fromWal, false);
        QCOMPARE(result.rows.size(), size_t(6));

        const IPythonHistoryRow* in = rowWith(result, typed);
        QVERIFY(in);
        QCOMPARE(in->session, 1);
        QCOMPARE(in->line, 2);
        QCOMPARE(in->output, false);
        // IPython writes datetime.now(): local time without a zone.
        QCOMPARE(in->sessionStart, localSeconds(2024, 5, 1, 10, 11, 12));

        const IPythonHistoryRow* fallback = rowWith(result, transformed);
        QVERIFY(fallback);
        QCOMPARE(fallback->line, 3);
        QVERIFY(QByteArray::fromStdString(fallback->text).startsWith("get_ipython()"));

        const IPythonHistoryRow* out = rowWith(result, printed);
        QVERIFY(out);
        QCOMPARE(out->output, true);
        QCOMPARE(out->session, 1);
        QCOMPARE(out->line, 2);
        QCOMPARE(out->sessionStart, localSeconds(2024, 5, 1, 10, 11, 12));

        const IPythonHistoryRow* raw = rowWith(result, later);
        QVERIFY(raw); // source_raw wins over source when both are there
        QCOMPARE(raw->session, 2);
        QCOMPARE(raw->line, 7);
        QCOMPARE(raw->sessionStart, QDateTime(QDate(2024, 6, 2), QTime(8, 0), QTimeZone::utc()).toSecsSinceEpoch());

        const IPythonHistoryRow* orphan = rowWith(result, "orphan");
        QVERIFY(orphan);
        QCOMPARE(orphan->sessionStart, 0);
    }

    void oldSchemaWithoutOutputHistory()
    {
        QTemporaryDir dir;
        const QString path = makeHistory(dir.path(), kSchema.mid(0, 2));
        QVERIFY(!path.isEmpty());
        const QByteArray token = test::hfToken(m_rng);
        {
            const Writer w(path);
            QVERIFY(w.addInput(1, 1, QVariant(), QString::fromLatin1("HF_TOKEN = '" + token + "'")));
        }
        const IPythonHistoryResult result = read(path);
        QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
        QCOMPARE(result.rows.size(), size_t(1));
        QCOMPARE(result.rows.front().text, std::string("HF_TOKEN = '" + token.toStdString() + "'"));
        QCOMPARE(result.rows.front().sessionStart, 0);
    }

    // Found by fuzzing (tests/fuzz): a session start stored as a number beyond qint64 (a damaged or hostile
    // database) was converted anyway, which is undefined behaviour; such a start is no time at all.
    void sessionStartOutOfRange()
    {
        QTemporaryDir dir;
        const QString path = makeHistory(dir.path());
        QVERIFY(!path.isEmpty());
        {
            const Writer w(path);
            QVERIFY(w.exec(QStringLiteral("INSERT INTO sessions VALUES (1, 1e300, NULL, NULL, '')")));
            QVERIFY(w.exec(QStringLiteral("INSERT INTO sessions VALUES (2, -1e19, NULL, NULL, '')")));
            QVERIFY(w.exec(QStringLiteral("INSERT INTO sessions VALUES (3, 1714557072.5, NULL, NULL, '')")));
            for (int session = 1; session <= 3; ++session) {
                QVERIFY(w.addInput(session, 1, QStringLiteral("x = %1").arg(session), QVariant()));
            }
        }
        const IPythonHistoryResult result = read(path);
        QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
        QCOMPARE(result.rows.size(), size_t(3));
        for (const IPythonHistoryRow& row : result.rows) {
            QCOMPARE(row.sessionStart, row.session == 3 ? 1714557072 : 0);
        }
    }

    void emptyDatabases()
    {
        QTemporaryDir dir;
        const QString path = makeHistory(dir.path());
        QVERIFY(!path.isEmpty());
        IPythonHistoryResult result = read(path);
        QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
        QVERIFY(result.rows.empty());

        // A kernel that died before creating the tables leaves an empty file: SQLite's empty database.
        const QString zero = dir.filePath(QStringLiteral("zero.sqlite"));
        QVERIFY(test::writeFile(zero, {}));
        result = read(zero);
        QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
        QVERIFY(result.rows.empty());

        // Some other program's database is not a history.
        const QString other = dir.filePath(QStringLiteral("other.sqlite"));
        {
            const Writer w(other);
            QVERIFY(w.exec(QStringLiteral("CREATE TABLE notes (text)")));
        }
        result = read(other);
        QVERIFY2(result.error.contains(QLatin1String("no history table")), qPrintable(result.error));
    }

    // A running kernel in WAL mode whose newest commands are committed only to history.sqlite-wal: they are
    // read, the kernel keeps writing, and its folder does not change.
    void liveKernelInWalMode()
    {
        QTemporaryDir dir;
        const QString path = makeHistory(dir.path());
        QVERIFY(!path.isEmpty());
        const QByteArray old = test::hfToken(m_rng);
        const QByteArray fresh = test::hfToken(m_rng);
        {
            const Writer w(path);
            QVERIFY(w.exec(
                QStringLiteral("INSERT INTO sessions VALUES (NULL, '2024-05-01 09:00:00', NULL, NULL, '')")));
            QVERIFY(w.addInput(1, 1, QString::fromLatin1("a = '" + old + "'"),
                               QString::fromLatin1("a = '" + old + "'")));
        }

        const Writer kernel(path);
        QVERIFY(kernel.isOpen());
        QVERIFY(kernel.exec(QStringLiteral("PRAGMA journal_mode=WAL")));
        QVERIFY(kernel.exec(QStringLiteral("PRAGMA wal_autocheckpoint=0")));
        QVERIFY(kernel.exec(
            QStringLiteral("INSERT INTO sessions VALUES (NULL, '2024-05-02 11:30:00', NULL, NULL, '')")));
        QVERIFY(kernel.addInput(2, 1, QString::fromLatin1("b = '" + fresh + "'"),
                                QString::fromLatin1("b = '" + fresh + "'")));
        QVERIFY(kernel.exec(QStringLiteral("INSERT INTO output_history VALUES (2, 1, ?)"),
                            {QString::fromLatin1(fresh)}));
        // The premise: the new rows are committed, but only in the WAL.
        QVERIFY(!fileBytes(path).contains(fresh));
        QVERIFY(fileBytes(path + QStringLiteral("-wal")).contains(fresh));
        QVERIFY(QFile::exists(path + QStringLiteral("-shm")));

        const QStringList before = listing(dir.path());
        const QByteArray walBefore = fileBytes(path + QStringLiteral("-wal"));
        const QByteArray shmBefore = fileBytes(path + QStringLiteral("-shm"));
        const IPythonHistoryResult result = read(path);
        QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
        QVERIFY(result.fromWal);
        QCOMPARE(listing(dir.path()), before);
        QCOMPARE(fileBytes(path + QStringLiteral("-wal")), walBefore);
        QCOMPARE(fileBytes(path + QStringLiteral("-shm")), shmBefore);

        QVERIFY(rowWith(result, old));
        const IPythonHistoryRow* in = rowWith(result, "b = '" + fresh);
        QVERIFY(in);
        QCOMPARE(in->session, 2);
        QCOMPARE(in->sessionStart, localSeconds(2024, 5, 2, 11, 30, 0));
        const auto out = std::find_if(result.rows.begin(), result.rows.end(),
                                      [](const IPythonHistoryRow& r) { return r.output; });
        QVERIFY(out != result.rows.end());
        QCOMPARE(QByteArray::fromStdString(out->text), fresh);
        QCOMPARE(out->line, 1);

        // The kernel was not disturbed: it still writes, and the next read sees that too.
        const QByteArray next = test::hfToken(m_rng);
        QVERIFY(kernel.addInput(2, 2, QString::fromLatin1(next), QString::fromLatin1(next)));
        QVERIFY(rowWith(read(path), next));
    }

    // A disk image mounted read-only, taken while the kernel ran: history.sqlite and its -wal, no -shm.
    // Opening it with mode=ro would create the -shm (root ignores the folder's mode) or fail without it.
    void readOnlyImageWithWal()
    {
        QTemporaryDir live;
        const QString path = makeHistory(live.path());
        QVERIFY(!path.isEmpty());
        const QByteArray token = test::hfToken(m_rng);
        QTemporaryDir image;
        const QString copy = image.filePath(QStringLiteral("history.sqlite"));
        {
            const Writer kernel(path);
            QVERIFY(kernel.exec(QStringLiteral("PRAGMA journal_mode=WAL")));
            QVERIFY(kernel.exec(QStringLiteral("PRAGMA wal_autocheckpoint=0")));
            QVERIFY(kernel.addInput(1, 1, QString::fromLatin1(token), QString::fromLatin1(token)));
            QVERIFY(QFile::copy(path, copy));
            QVERIFY(QFile::copy(path + QStringLiteral("-wal"), copy + QStringLiteral("-wal")));
        }
        QVERIFY(!fileBytes(copy).contains(token));
        QVERIFY(QFile::setPermissions(copy, QFileDevice::ReadOwner | QFileDevice::ReadGroup |
                                                QFileDevice::ReadOther));
        QVERIFY(QFile::setPermissions(copy + QStringLiteral("-wal"), QFileDevice::ReadOwner |
                                                                         QFileDevice::ReadGroup |
                                                                         QFileDevice::ReadOther));
        QVERIFY(::chmod(QFile::encodeName(image.path()).constData(), 0555) == 0);

        const QStringList before = listing(image.path());
        const IPythonHistoryResult result = read(copy);
        const QStringList after = listing(image.path());
        QVERIFY(::chmod(QFile::encodeName(image.path()).constData(), 0700) == 0);

        QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
        QVERIFY(result.fromWal);
        QVERIFY(rowWith(result, token));
        QCOMPARE(after, before);
        QVERIFY(!QFile::exists(copy + QStringLiteral("-shm")));
    }

    // A kernel in the middle of a rollback-journal transaction has written uncommitted pages into the file;
    // the -journal holds what they were. The copy is rolled back: committed rows only, no error.
    void uncommittedTransactionIsRolledBack()
    {
        QTemporaryDir dir;
        const QString path = makeHistory(dir.path());
        QVERIFY(!path.isEmpty());
        const QByteArray committed = test::hfToken(m_rng);
        const QByteArray pending = test::hfToken(m_rng);
        const Writer kernel(path);
        QVERIFY(kernel.addInput(1, 1, QString::fromLatin1(committed), QString::fromLatin1(committed)));
        QVERIFY(
            kernel.exec(QStringLiteral("PRAGMA cache_size=2"))); // spill the transaction into the file early
        QVERIFY(kernel.exec(QStringLiteral("BEGIN")));
        const QString padding(2000, QLatin1Char('x'));
        for (int line = 2; line < 200; ++line) {
            QVERIFY(kernel.addInput(1, line, padding, QString(QString::fromLatin1(pending) + padding)));
        }
        QVERIFY(QFile::exists(path + QStringLiteral("-journal")));
        QVERIFY2(fileBytes(path).contains(pending), "premise: uncommitted pages are in the file");

        const QStringList before = listing(dir.path());
        const IPythonHistoryResult result = read(path);
        QCOMPARE(listing(dir.path()), before);
        QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
        QCOMPARE(result.rows.size(), size_t(1));
        QVERIFY(rowWith(result, committed));
        QVERIFY(!rowWith(result, pending));
        QVERIFY(kernel.exec(QStringLiteral("COMMIT")));
    }

    void corruptAndTruncatedFiles()
    {
        QTemporaryDir dir;
        const QString path = makeHistory(dir.path());
        QVERIFY(!path.isEmpty());
        {
            const Writer w(path);
            QVERIFY(w.exec(QStringLiteral("BEGIN")));
            const QString padding(300, QLatin1Char('y'));
            for (int line = 1; line <= 400; ++line) {
                QVERIFY(w.addInput(1, line, padding,
                                   QString(QString::fromLatin1(test::hfToken(m_rng)) + padding)));
            }
            QVERIFY(w.exec(QStringLiteral("COMMIT")));
        }
        const QByteArray good = fileBytes(path);
        QVERIFY(good.size() > qsizetype(40) * 4096);

        // IPython renames a database it cannot open to history-corrupt-<time>.sqlite; it keeps its secrets.
        const QString truncated = dir.filePath(QStringLiteral("history-corrupt-2024-05-01T10.11.12.sqlite"));
        QVERIFY(test::writeFile(truncated, good.left(good.size() / 2)));
        IPythonHistoryResult result = read(truncated);
        QVERIFY2(result.error.contains(QLatin1String("corrupt")), qPrintable(result.error));
        QVERIFY2(result.error.contains(QLatin1String("truncated")), qPrintable(result.error));
        QVERIFY(!result.rows.empty()); // the rows before the cut are still read
        QVERIFY(result.rows.size() < 400);

        // Interior pages overwritten with garbage.
        QByteArray damaged = good;
        for (qsizetype i = qsizetype(8) * 4096; i < qsizetype(12) * 4096; ++i) {
            damaged[i] = static_cast<char>(m_rng.bounded(256));
        }
        const QString garbled = dir.filePath(QStringLiteral("garbled.sqlite"));
        QVERIFY(test::writeFile(garbled, damaged));
        result = read(garbled);
        QVERIFY2(result.error.contains(QLatin1String("corrupt")), qPrintable(result.error));

        // The header alone: the database's first page is gone.
        const QString headerOnly = dir.filePath(QStringLiteral("header-only.sqlite"));
        QVERIFY(test::writeFile(headerOnly, good.left(100)));
        result = read(headerOnly);
        QVERIFY(!result.error.isEmpty());
        QVERIFY(result.rows.empty());
    }

    void notSqlite()
    {
        QTemporaryDir dir;
        const QString text = dir.filePath(QStringLiteral("history.sqlite"));
        QVERIFY(test::writeFile(text, "HF_TOKEN=" + test::hfToken(m_rng) + "\n"));
        IPythonHistoryResult result = read(text);
        QVERIFY2(result.error.contains(QLatin1String("not an SQLite database")), qPrintable(result.error));
        QVERIFY(result.rows.empty());

        // The magic string, then noise: SQLite itself refuses it.
        QByteArray fake("SQLite format 3", 16);
        fake += test::randomString(m_rng, "abcdefghijklmnopqrstuvwxyz", 8192);
        const QString noise = dir.filePath(QStringLiteral("noise.sqlite"));
        QVERIFY(test::writeFile(noise, fake));
        result = read(noise);
        QVERIFY2(!result.error.isEmpty(), "noise after the magic string is not a database");
        QVERIFY(result.rows.empty());

        result = read(dir.filePath(QStringLiteral("missing.sqlite")));
        QVERIFY2(result.error.contains(QLatin1String("cannot read")), qPrintable(result.error));

        // A FIFO where the file should be is refused without blocking on it.
        const QString fifo = dir.filePath(QStringLiteral("fifo.sqlite"));
        QVERIFY(::mkfifo(QFile::encodeName(fifo).constData(), 0600) == 0);
        result = read(fifo);
        QVERIFY2(result.error.contains(QLatin1String("not a regular file")), qPrintable(result.error));
    }

    // The copy is made in the temporary folder (TMPDIR) and nowhere else: with none to write to, the reader
    // says so instead of falling back to the database's own folder.
    void copiesOnlyIntoTheTemporaryFolder()
    {
        QTemporaryDir dir;
        const QString path = makeHistory(dir.path());
        QVERIFY(!path.isEmpty());
        const QStringList before = listing(dir.path());
        const QByteArray previous = qgetenv("TMPDIR");
        qputenv("TMPDIR", QFile::encodeName(dir.filePath(QStringLiteral("does-not-exist"))));
        const IPythonHistoryResult result = formats::readIPythonHistory(path);
        qputenv("TMPDIR", previous);
        QVERIFY2(result.error.contains(QLatin1String("temporary folder")), qPrintable(result.error));
        QCOMPARE(listing(dir.path()), before);
    }

    void kernelWritingDuringReads_data()
    {
        QTest::addColumn<int>("pauseMs");
        QTest::newRow("a cell at a time") << 2;
        QTest::newRow("without a pause") << 0;
    }

    // A kernel that keeps writing (and checkpointing, which rewrites the file and restarts the WAL) while the
    // history is read again and again. The kernel never waits for the reader. Every read is either whole
    // (rows only grow) or says that the file kept changing: never a mixed copy passed off as the history.
    // Whether a quiet moment comes during a read depends on how busy the machine is, so that is not asserted;
    // once the kernel stops, the read is whole and has every row.
    void kernelWritingDuringReads()
    {
        QFETCH(int, pauseMs);
        QTemporaryDir dir;
        const QString path = makeHistory(dir.path());
        QVERIFY(!path.isEmpty());
        std::atomic<bool> stop{false};
        std::atomic<int> written{0};
        std::atomic<bool> writerFailed{false};
        std::thread kernel;
        // Joined on every way out of this function, also when a check fails and returns early.
        const auto joinKernel = qScopeGuard([&] {
            stop = true;
            if (kernel.joinable()) {
                kernel.join();
            }
        });
        kernel = std::thread([&] {
            const Writer w(path);
            writerFailed = !w.exec(QStringLiteral("PRAGMA journal_mode=WAL")) ||
                           !w.exec(QStringLiteral("PRAGMA wal_autocheckpoint=8")) ||
                           !w.exec(QStringLiteral("PRAGMA synchronous=OFF"));
            const QString padding(500, QLatin1Char('z'));
            for (int line = 1; !stop && !writerFailed && line < 1000000; ++line) {
                writerFailed =
                    !w.addInput(1, line, padding, QString(QStringLiteral("print(%1)").arg(line) + padding));
                written = line;
                if (pauseMs > 0) {
                    std::this_thread::sleep_for(std::chrono::milliseconds(pauseMs));
                }
            }
        });
        QElapsedTimer timer;
        timer.start();
        size_t previous = 0;
        int reads = 0;
        int incomplete = 0;
        while (timer.elapsed() < 1500 && !writerFailed) {
            const int before = written;
            const IPythonHistoryResult result = read(path);
            ++reads;
            if (!result.error.isEmpty()) {
                QVERIFY2(result.error.contains(QLatin1String("kept changing")), qPrintable(result.error));
                ++incomplete;
                continue;
            }
            QVERIFY(result.rows.size() >= previous);
            QVERIFY(result.rows.size() >= size_t(before));
            previous = result.rows.size();
        }
        stop = true;
        kernel.join();
        QVERIFY(!writerFailed);
        qInfo("%d reads (%d said incomplete) while the kernel wrote %d rows", reads, incomplete,
              written.load());
        QVERIFY(reads >= 1);
        // The kernel is idle now: the read is whole.
        const IPythonHistoryResult quiet = read(path);
        QVERIFY2(quiet.error.isEmpty(), qPrintable(quiet.error));
        QCOMPARE(quiet.rows.size(), size_t(written.load()));
    }

    void cancelled()
    {
        QTemporaryDir dir;
        const QString path = makeHistory(dir.path());
        QVERIFY(!path.isEmpty());
        {
            const Writer w(path);
            QVERIFY(w.addInput(1, 1, QStringLiteral("a"), QStringLiteral("a")));
        }
        const std::atomic<bool> stop{true};
        const IPythonHistoryResult result = read(path, &stop);
        QVERIFY2(result.error.contains(QLatin1String("cancelled")), qPrintable(result.error));
        QVERIFY(result.rows.empty());
    }

    void manyRows()
    {
        QTemporaryDir dir;
        const QString path = makeHistory(dir.path());
        QVERIFY(!path.isEmpty());
        constexpr int kRows = 100000;
        const QByteArray last = test::hfToken(m_rng);
        {
            const Writer w(path);
            QVERIFY(w.exec(QStringLiteral("BEGIN")));
            QVERIFY(
                w.exec(QStringLiteral(
                           "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < %1) "
                           "INSERT INTO history SELECT 1 + i / 1000, i, 'print(' || i || ')', NULL FROM n")
                           .arg(kRows - 1)));
            QVERIFY(w.addInput(999, 1, QVariant(), QString::fromLatin1(last)));
            QVERIFY(w.exec(QStringLiteral("COMMIT")));
        }
        QElapsedTimer timer;
        timer.start();
        const IPythonHistoryResult result = read(path);
        qInfo("%d rows read in %lld ms", kRows, static_cast<long long>(timer.elapsed()));
        QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
        QCOMPARE(result.rows.size(), size_t(kRows));
        QVERIFY(rowWith(result, last));
    }
};

QTEST_GUILESS_MAIN(TestIPythonHistory)
#include "tst_ipythonhistory.moc"
