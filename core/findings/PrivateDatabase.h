// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlError>
#include <QString>
#include <QStringList>

namespace keyscout {

// One SQLite file of Keyscout's own state keyed by secret fingerprints (the triage decisions, the cached
// verification results), opened the one way such a file is kept: created 0600 in a 0700 folder, refused
// whole when it cannot be written, WAL, secure_delete, a schema version checked before anything is
// written, and keys that are not fingerprints refused so a raw secret can never become a key.
//
// A QSqlDatabase connection may be used only on the thread that created it: use one from one thread.
class PrivateDatabase {
    Q_DECLARE_TR_FUNCTIONS(PrivateDatabase)
    Q_DISABLE_COPY_MOVE(PrivateDatabase)

public:
    struct Schema {
        QString label;            // the start of every error message: "Triage database", "Check cache"
        QString name;             // the schema's name in messages: "triage"
        int version = 1;          // PRAGMA user_version once created
        QStringList createTables; // statements that create that version in an empty file
    };

    PrivateDatabase(const QString& path, Schema schema);
    ~PrivateDatabase();

    // The folder Keyscout keeps these files in: <GenericDataLocation>/keyscout (~/.local/share/keyscout).
    static QString defaultFolder();
    // A secret fingerprint: the SHA-256 of the secret as 64 lower-case hex characters.
    static bool isFingerprint(const QString& key);

    [[nodiscard]] bool isOpen() const { return m_open; }
    [[nodiscard]] QString errorString() const { return m_error; }
    [[nodiscard]] QString path() const { return m_path; }
    [[nodiscard]] QSqlDatabase database() const { return m_db; }

    // False, with the reason in errorString(), when the key is not a fingerprint; the message never repeats
    // the key (what was passed by mistake may be the raw secret itself).
    bool checkFingerprint(const QString& key) const;
    // Sets errorString() to "<label> <path>: <reason>" and returns false.
    bool fail(const QString& reason) const;
    void clearError() const { m_error.clear(); }
    // After a change that removed or replaced bytes: empties the -wal file, which keeps the old pages.
    void discardRemovedBytes();

    // The useful part of an SQLite error for a message.
    static QString sqlReason(const QSqlError& error);

private:
    bool open();
    bool createFile();
    bool checkWritable();
    bool prepareSchema();

    QString m_path;
    Schema m_schema;
    QString m_connectionName;
    QSqlDatabase m_db;
    bool m_open = false;
    // Reads are const but can fail too; the caller learns why from errorString().
    mutable QString m_error;
};

} // namespace keyscout
