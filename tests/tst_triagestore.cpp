// SPDX-License-Identifier: GPL-3.0-or-later
// The triage store on real SQLite files: decisions survive a restart, raw secrets never reach the file, and a
// file Keyscout cannot use (garbage, a newer schema, no permission) is named in the error and left alone.
#include "TestSupport.h"
#include "findings/TriageStore.h"

#include <QCryptographicHash>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>
#include <unistd.h>

using namespace keyscout;

namespace {

QString fingerprintOf(const QByteArray& secret)
{
    return QString::fromLatin1(QCryptographicHash::hash(secret, QCryptographicHash::Sha256).toHex());
}

// Everything SQLite keeps on disk for the database: the file, its write-ahead log and shared-memory index.
QByteArray bytesOnDisk(const QString& path)
{
    QByteArray out;
    for (const QString& suffix :
         {QString(), QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal")}) {
        QFile f(path + suffix);
        if (f.open(QIODevice::ReadOnly)) {
            out += f.readAll();
        }
    }
    return out;
}

QByteArray fileBytes(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

uint modeOf(const QString& path)
{
    struct stat st {};
    return ::stat(QFile::encodeName(path).constData(), &st) == 0 ? (st.st_mode & 07777U) : 0xFFFFU;
}

// Runs statements through a connection of its own, as another program reading the file would; returns the
// first column of the last statement's first row.
QVariant rawSql(const QString& path, const QStringList& statements)
{
    static int counter = 0;
    const QString name = QStringLiteral("tst_triagestore-raw-%1").arg(++counter);
    QVariant value;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        if (db.open()) {
            QSqlQuery q(db);
            for (const QString& sql : statements) {
                if (!q.exec(sql)) {
                    qWarning("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
                }
            }
            if (q.isSelect() && q.next()) {
                value = q.value(0);
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return value;
}

} // namespace

class TestTriageStore : public QObject {
    Q_OBJECT
private:
    QRandomGenerator m_rng{2718};

private slots:
    void init()
    {
        // Catches a QSqlDatabase connection left in use when a store goes away, among others.
        QTest::failOnWarning(QRegularExpression(QStringLiteral(".")));
    }

    void statusNamesAreStable()
    {
        const QList<std::pair<TriageStatus, QString>> names{
            {TriageStatus::New, QStringLiteral("new")},
            {TriageStatus::ToFix, QStringLiteral("to_fix")},
            {TriageStatus::AcceptedRisk, QStringLiteral("accepted_risk")},
            {TriageStatus::FalsePositive, QStringLiteral("false_positive")}};
        for (const auto& [status, name] : names) {
            QCOMPARE(triageStatusName(status), name);
            QCOMPARE(triageStatusFromName(name), std::optional<TriageStatus>(status));
        }
        QCOMPARE(triageStatusFromName(QStringLiteral("accepted risk")), std::nullopt);
        QCOMPARE(triageStatusFromName(QString()), std::nullopt);
    }

    void decisionSurvivesRestart()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("triage.sqlite"));
        const QString fp = fingerprintOf(test::hfToken(m_rng));
        const QDateTime before = QDateTime::currentDateTimeUtc();
        {
            TriageStore store(path);
            QVERIFY2(store.isOpen(), qPrintable(store.errorString()));
            QVERIFY2(store.setDecision(fp, TriageStatus::ToFix, QStringLiteral("rotate on Monday")),
                     qPrintable(store.errorString()));
        }
        const QDateTime after = QDateTime::currentDateTimeUtc();

        const TriageStore restarted(path);
        QVERIFY2(restarted.isOpen(), qPrintable(restarted.errorString()));
        const std::optional<TriageDecision> d = restarted.decision(fp);
        QVERIFY(d.has_value());
        QCOMPARE(d->status, TriageStatus::ToFix);
        QCOMPARE(d->note, QStringLiteral("rotate on Monday"));
        QCOMPARE(d->updatedAt.timeSpec(), Qt::UTC);
        QVERIFY2(d->updatedAt >= before && d->updatedAt <= after,
                 qPrintable(d->updatedAt.toString(Qt::ISODate)));
        QCOMPARE(restarted.decisions().keys(), QList<QString>{fp});
        QCOMPARE(restarted.decision(fingerprintOf(test::hfToken(m_rng))), std::nullopt);
    }

    void changingADecisionReplacesIt()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("triage.sqlite"));
        const QString fp = fingerprintOf(test::hfToken(m_rng));
        TriageStore store(path);
        QVERIFY(store.setDecision(fp, TriageStatus::ToFix, QStringLiteral("rotate")));
        QVERIFY(store.setDecision(fp, TriageStatus::FalsePositive, QStringLiteral("a test fixture")));
        QCOMPARE(store.decisions().size(), 1);
        QCOMPARE(store.decision(fp)->status, TriageStatus::FalsePositive);
        QCOMPARE(store.decision(fp)->note, QStringLiteral("a test fixture"));
    }

    void notesRoundTrip_data()
    {
        QTest::addColumn<QString>("note");
        QTest::newRow("quotes") << QStringLiteral("He said \"it's only the CI token\"");
        QTest::newRow("sql") << QStringLiteral("'); DROP TABLE triage; --");
        QTest::newRow("unicode") << QStringLiteral("Müller’s demo key — 検証用 🔑");
        QTest::newRow("lines") << QStringLiteral("line one\nline two\ttabbed\r\n");
        QTest::newRow("empty") << QString();
        QTest::newRow("long") << QString(20000, QLatin1Char('x'));
    }
    void notesRoundTrip()
    {
        QFETCH(QString, note);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("triage.sqlite"));
        const QString fp = fingerprintOf(test::hfToken(m_rng));
        {
            TriageStore store(path);
            QVERIFY2(store.setDecision(fp, TriageStatus::AcceptedRisk, note),
                     qPrintable(store.errorString()));
        }
        const TriageStore restarted(path);
        QCOMPARE(restarted.decision(fp)->note, note);
        QCOMPARE(restarted.decisions().value(fp).note, note);
    }

    void clearingRemovesTheDecision()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("triage.sqlite"));
        const QString cleared = fingerprintOf(test::hfToken(m_rng));
        const QString kept = fingerprintOf(test::hfToken(m_rng));
        {
            TriageStore store(path);
            QVERIFY(store.setDecision(cleared, TriageStatus::ToFix, QStringLiteral("rotate")));
            QVERIFY(store.setDecision(kept, TriageStatus::AcceptedRisk, QStringLiteral("read-only token")));
            QVERIFY2(store.clearDecision(cleared), qPrintable(store.errorString()));
            QCOMPARE(store.decision(cleared), std::nullopt);
            QVERIFY(store.clearDecision(cleared)); // already gone: still fine
        }
        const TriageStore restarted(path);
        QCOMPARE(restarted.decision(cleared), std::nullopt);
        QCOMPARE(restarted.decision(kept)->status, TriageStatus::AcceptedRisk);
        QCOMPARE(restarted.decisions().keys(), QList<QString>{kept});
    }

    void settingNewRemovesTheRow()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("triage.sqlite"));
        const QString fp = fingerprintOf(test::hfToken(m_rng));
        {
            TriageStore store(path);
            QVERIFY(store.setDecision(fp, TriageStatus::AcceptedRisk, QStringLiteral("demo token")));
            QVERIFY2(store.setDecision(fp, TriageStatus::New, QStringLiteral("ignored")),
                     qPrintable(store.errorString()));
            QCOMPARE(store.decision(fp), std::nullopt);
            QVERIFY(store.decisions().isEmpty());
        }
        QCOMPARE(rawSql(path, {QStringLiteral("SELECT count(*) FROM triage")}).toInt(), 0);
    }

    // What another tool reading the file finds: the documented schema, status names and UTC times.
    void fileFormatIsTheDocumentedOne()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("triage.sqlite"));
        const QString fp = fingerprintOf(test::hfToken(m_rng));
        {
            TriageStore store(path);
            QVERIFY(store.setDecision(fp, TriageStatus::FalsePositive, QStringLiteral("example in docs")));
        }
        QCOMPARE(rawSql(path, {QStringLiteral("PRAGMA user_version")}).toInt(), 1);
        QCOMPARE(rawSql(path, {QStringLiteral("PRAGMA journal_mode")}).toString(), QStringLiteral("wal"));
        const QString where = QStringLiteral(" FROM triage WHERE fingerprint = '%1'").arg(fp);
        QCOMPARE(rawSql(path, {QStringLiteral("SELECT status") + where}).toString(),
                 QStringLiteral("false_positive"));
        const QString updatedAt = rawSql(path, {QStringLiteral("SELECT updated_at") + where}).toString();
        QVERIFY2(QRegularExpression(QStringLiteral(R"(^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$)"))
                     .match(updatedAt)
                     .hasMatch(),
                 qPrintable(updatedAt));
    }

    void notAFingerprintIsRefused_data()
    {
        QTest::addColumn<QByteArray>("token");
        QTest::addColumn<QString>("key");
        const QByteArray token = test::hfToken(m_rng);
        const QString fp = fingerprintOf(token);
        QTest::newRow("raw hf_ token") << token << QString::fromLatin1(token);
        QTest::newRow("raw token padded to 64")
            << token << QString::fromLatin1(token).leftJustified(64, QLatin1Char('0'));
        QTest::newRow("upper-case hex") << token << fp.toUpper();
        QTest::newRow("63 characters") << token << fp.left(63);
        QTest::newRow("65 characters") << token << fp + QLatin1Char('0');
        QTest::newRow("empty") << token << QString();
    }
    void notAFingerprintIsRefused()
    {
        QFETCH(QByteArray, token);
        QFETCH(QString, key);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("triage.sqlite"));
        const QString other = fingerprintOf(test::hfToken(m_rng));
        {
            TriageStore store(path);
            QVERIFY(store.setDecision(other, TriageStatus::ToFix, QStringLiteral("a real one")));
            QVERIFY(!store.setDecision(key, TriageStatus::AcceptedRisk, QStringLiteral("pasted by mistake")));
            QVERIFY2(store.errorString().contains(path), qPrintable(store.errorString()));
            QVERIFY2(store.errorString().contains(QLatin1String("64 lower-case hex")),
                     qPrintable(store.errorString()));
            // The error is shown and may be logged: it must not repeat what may be the secret.
            QVERIFY(!store.errorString().contains(QString::fromLatin1(token)));
            QVERIFY(key.isEmpty() || !store.errorString().contains(key));
            QVERIFY(!store.clearDecision(key));
            QCOMPARE(store.decision(key), std::nullopt);
            QCOMPARE(store.decisions().keys(), QList<QString>{other});
            // While the store is open, too: the write-ahead log holds the latest writes.
            QVERIFY(!bytesOnDisk(path).contains(token));
            QVERIFY(key.isEmpty() || !bytesOnDisk(path).contains(key.toLatin1()));
        }
        QVERIFY(!bytesOnDisk(path).contains(token));
        QVERIFY(key.isEmpty() || !bytesOnDisk(path).contains(key.toLatin1()));
    }

    void removedNotesLeaveNoBytesBehind()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("triage.sqlite"));
        const QString fp = fingerprintOf(test::hfToken(m_rng));
        const QByteArray replaced = "password is in the vault entry " + test::randomString(m_rng, "QXZJ", 24);
        const QByteArray cleared = "ask Dana about " + test::randomString(m_rng, "QXZJ", 24);
        {
            TriageStore store(path);
            QVERIFY(store.setDecision(fp, TriageStatus::ToFix, QString::fromLatin1(replaced)));
            QVERIFY(bytesOnDisk(path).contains(replaced)); // the search below can find a note
            QVERIFY(store.setDecision(fp, TriageStatus::ToFix, QStringLiteral("rotated")));
            QVERIFY(!bytesOnDisk(path).contains(replaced));
            QVERIFY(store.setDecision(fp, TriageStatus::AcceptedRisk, QString::fromLatin1(cleared)));
            QVERIFY(store.clearDecision(fp));
            QVERIFY(!bytesOnDisk(path).contains(cleared));
        }
        QVERIFY(!bytesOnDisk(path).contains(replaced));
        QVERIFY(!bytesOnDisk(path).contains(cleared));
    }

    void garbageFileIsNamedAndLeftAlone()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("triage.sqlite"));
        const QByteArray garbage = test::randomString(m_rng, "abcdef0123456789 \n{}", 8192);
        QVERIFY(test::writeFile(path, garbage));
        {
            TriageStore store(path);
            QVERIFY(!store.isOpen());
            QVERIFY2(store.errorString().contains(path), qPrintable(store.errorString()));
            QVERIFY2(store.errorString().contains(QLatin1String("not a database")),
                     qPrintable(store.errorString()));
            QVERIFY(!store.setDecision(fingerprintOf(test::hfToken(m_rng)), TriageStatus::ToFix, QString()));
            QVERIFY(store.errorString().contains(path));
            QVERIFY(store.decisions().isEmpty());
        }
        QCOMPARE(fileBytes(path), garbage);
        QVERIFY(!QFileInfo::exists(path + QStringLiteral("-wal")));
    }

    void newerSchemaIsRefusedAndLeftUntouched()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("triage.sqlite"));
        rawSql(path, {QStringLiteral("CREATE TABLE triage (fingerprint TEXT PRIMARY KEY, verdict INTEGER)"),
                      QStringLiteral("INSERT INTO triage VALUES ('%1', 3)").arg(fingerprintOf("x")),
                      QStringLiteral("PRAGMA user_version = 2")});
        const QByteArray written = fileBytes(path);
        QVERIFY(!written.isEmpty());
        {
            TriageStore store(path);
            QVERIFY(!store.isOpen());
            QVERIFY2(store.errorString().contains(path), qPrintable(store.errorString()));
            QVERIFY2(store.errorString().contains(QLatin1String("version 2")),
                     qPrintable(store.errorString()));
            QVERIFY(!store.setDecision(fingerprintOf("y"), TriageStatus::ToFix, QString()));
            QVERIFY(!store.clearDecision(fingerprintOf("x")));
        }
        QCOMPARE(fileBytes(path), written); // not even switched to WAL
        QCOMPARE(rawSql(path, {QStringLiteral("SELECT verdict FROM triage")}).toInt(), 3);
    }

    void twoStoresOnTwoFilesAtOnce()
    {
        QTemporaryDir dir;
        const QString pathA = dir.filePath(QStringLiteral("a/triage.sqlite"));
        const QString pathB = dir.filePath(QStringLiteral("b/triage.sqlite"));
        const QString fpA = fingerprintOf(test::hfToken(m_rng));
        const QString fpB = fingerprintOf(test::hfToken(m_rng));
        {
            TriageStore a(pathA);
            TriageStore b(pathB);
            QVERIFY(a.isOpen() && b.isOpen());
            QVERIFY(a.setDecision(fpA, TriageStatus::ToFix, QStringLiteral("in a")));
            QVERIFY(b.setDecision(fpB, TriageStatus::FalsePositive, QStringLiteral("in b")));
            QCOMPARE(a.decision(fpB), std::nullopt);
            QCOMPARE(b.decision(fpA), std::nullopt);
        }
        const TriageStore a(pathA);
        const TriageStore b(pathB);
        QCOMPARE(a.decisions().keys(), QList<QString>{fpA});
        QCOMPARE(b.decisions().keys(), QList<QString>{fpB});
        QCOMPARE(b.decision(fpB)->note, QStringLiteral("in b"));
    }

    // The GUI and a CLI scan running at the same time share one file.
    void twoStoresOnOneFileSeeEachOther()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("triage.sqlite"));
        const QString fp = fingerprintOf(test::hfToken(m_rng));
        TriageStore gui(path);
        TriageStore cli(path);
        QVERIFY(gui.isOpen() && cli.isOpen());
        QVERIFY(cli.decisions().isEmpty()); // holds no read transaction open afterwards
        QVERIFY(gui.setDecision(fp, TriageStatus::AcceptedRisk, QStringLiteral("scoped read token")));
        QCOMPARE(cli.decision(fp)->status, TriageStatus::AcceptedRisk);
        QVERIFY(cli.clearDecision(fp));
        QCOMPARE(gui.decision(fp), std::nullopt);
    }

    void defaultFileIsPrivate()
    {
        QTemporaryDir dir;
        const QString dataHome = dir.filePath(QStringLiteral("share"));
        qputenv("XDG_DATA_HOME", QFile::encodeName(dataHome));
        const auto restore = qScopeGuard([] { qunsetenv("XDG_DATA_HOME"); });
        const QString path = dataHome + QStringLiteral("/keyscout/triage.sqlite");
        QCOMPARE(TriageStore::defaultPath(), path);

        TriageStore store;
        QVERIFY2(store.isOpen(), qPrintable(store.errorString()));
        QVERIFY(store.setDecision(fingerprintOf(test::hfToken(m_rng)), TriageStatus::ToFix, QString()));
        QCOMPARE(modeOf(dataHome + QStringLiteral("/keyscout")), 0700U);
        QCOMPARE(modeOf(dataHome), 0700U);
        QCOMPARE(modeOf(path), 0600U);
        QCOMPARE(modeOf(path + QStringLiteral("-wal")), 0600U);
        QCOMPARE(modeOf(path + QStringLiteral("-shm")), 0600U);
    }

    // Meaningful as root too: no permission check is involved.
    void folderThatCannotBeCreatedIsNamed()
    {
        QTemporaryDir dir;
        QVERIFY(test::writeFile(dir.filePath(QStringLiteral("share")), "a file where a folder should be"));
        const QString path = dir.filePath(QStringLiteral("share/keyscout/triage.sqlite"));
        TriageStore store(path);
        QVERIFY(!store.isOpen());
        QVERIFY2(store.errorString().contains(path), qPrintable(store.errorString()));
        QVERIFY2(store.errorString().contains(dir.filePath(QStringLiteral("share/keyscout"))),
                 qPrintable(store.errorString()));
        QVERIFY(!store.setDecision(fingerprintOf(test::hfToken(m_rng)), TriageStatus::ToFix, QString()));
    }

    void unwritableFolderIsNamed_data()
    {
        QTest::addColumn<bool>("fileExists");
        QTest::newRow("new file") << false;
        QTest::newRow("existing file") << true;
    }
    void unwritableFolderIsNamed()
    {
        if (::geteuid() == 0) {
            QSKIP("root writes into any folder; run this binary as an ordinary user "
                  "(tests/run-unprivileged.sh)");
        }
        QFETCH(bool, fileExists);
        QTemporaryDir dir;
        const QString folder = dir.filePath(QStringLiteral("locked"));
        const QString path = folder + QStringLiteral("/triage.sqlite");
        const QString fp = fingerprintOf(test::hfToken(m_rng));
        QVERIFY(QDir().mkpath(folder));
        if (fileExists) {
            TriageStore store(path);
            QVERIFY(store.setDecision(fp, TriageStatus::ToFix, QStringLiteral("earlier")));
        }
        QVERIFY(QFile::setPermissions(folder, QFile::ReadOwner | QFile::ExeOwner));
        {
            const auto unlock = qScopeGuard([&] {
                QFile::setPermissions(folder, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
            });
            TriageStore store(path);
            QVERIFY(!store.isOpen());
            QVERIFY2(store.errorString().contains(path), qPrintable(store.errorString()));
            QVERIFY2(store.errorString().contains(QLatin1String("Permission denied")),
                     qPrintable(store.errorString()));
            QVERIFY(!store.setDecision(fp, TriageStatus::AcceptedRisk, QStringLiteral("later")));
        }
        // Once the folder is writable again, nothing was lost.
        const TriageStore again(path);
        QVERIFY2(again.isOpen(), qPrintable(again.errorString()));
        QCOMPARE(again.decision(fp).has_value(), fileExists);
    }

    void readOnlyFileIsNamed()
    {
        if (::geteuid() == 0) {
            QSKIP("root writes to read-only files; run this binary as an ordinary user "
                  "(tests/run-unprivileged.sh)");
        }
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("triage.sqlite"));
        const QString fp = fingerprintOf(test::hfToken(m_rng));
        {
            TriageStore store(path);
            QVERIFY(store.setDecision(fp, TriageStatus::ToFix, QStringLiteral("earlier")));
        }
        const QByteArray before = fileBytes(path);
        QVERIFY(QFile::setPermissions(path, QFile::ReadOwner));
        {
            TriageStore store(path);
            QVERIFY(!store.isOpen());
            QVERIFY2(store.errorString().contains(path), qPrintable(store.errorString()));
            QVERIFY(!store.setDecision(fp, TriageStatus::AcceptedRisk, QStringLiteral("later")));
        }
        QCOMPARE(fileBytes(path), before);
        // No read-only -wal or -shm file left behind to keep failing writes once the file is writable again.
        QVERIFY(!QFileInfo::exists(path + QStringLiteral("-shm")));
        QVERIFY(!QFileInfo::exists(path + QStringLiteral("-wal")));
        QVERIFY(QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner));
        TriageStore fixed(path);
        QVERIFY2(fixed.setDecision(fp, TriageStatus::AcceptedRisk, QStringLiteral("later")),
                 qPrintable(fixed.errorString()));
        QCOMPARE(fixed.decision(fp)->note, QStringLiteral("later"));
    }
};

QTEST_GUILESS_MAIN(TestTriageStore)
#include "tst_triagestore.moc"
