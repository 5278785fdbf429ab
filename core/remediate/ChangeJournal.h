// SPDX-License-Identifier: GPL-3.0-or-later
// Making planned changes to a person's files so that nothing is lost: each file is backed up first, written
// atomically, recorded in a manifest, and can be put back byte for byte.
#pragma once

#include "CleanupPlan.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <functional>

namespace keyscout {

class ChangeJournal {
public:
    // One change as the manifest records it. Never holds a secret: titles name files, hashes are SHA-256.
    struct Entry {
        QString id;
        QDateTime time;
        QString path;
        QString action; // actionId()
        QString title;
        QString backup;       // file name in the journal's folder; empty once the backup is deleted
        QString sha256Before; // the file as backed up
        QString sha256After;  // the file as written; empty for a deleted file
        int mode = 0600;
        bool created = false; // WriteFile made a file that did not exist: undo deletes it (no backup)
        // "prepared" (backed up, not yet written), "applied", "failed", "undone", "interrupted" (a crash
        // between backup and write left the file as it was).
        QString state;
    };

    // Stages a fault-injection hook may stop at, as if the process died there.
    enum class Stage { BackedUp, Written };

    // `folder` holds the manifest (manifest.json) and the backups, owner-only (0700; files 0600).
    explicit ChangeJournal(QString folder = defaultFolder());

    // ~/.local/share/keyscout/backups (QStandardPaths::AppDataLocation + "/backups").
    static QString defaultFolder();

    // Makes `change` (anything but a Manual one). Refused when the file no longer has the bytes the change
    // was planned on (for a WriteFile that creates a file: when the file has appeared since). On failure the
    // file is as it was and `error` says why, naming the file.
    bool apply(const PlannedChange& change, QString* error, QString* entryId = nullptr);

    // Puts the file back as it was before the change, byte for byte and with its mode; a file the change
    // created is deleted. Refused when the file was changed again since (it would be lost), or the backup is
    // gone or damaged.
    bool undo(const QString& entryId, QString* error);

    // Deletes the backup of an applied change (the backups hold the old secret: once it is revoked and the
    // cleanup is checked, they need not stay). The change can no longer be undone.
    bool deleteBackup(const QString& entryId, QString* error);

    [[nodiscard]] QList<Entry> entries() const { return m_entries; }
    [[nodiscard]] const Entry* entry(const QString& id) const;
    [[nodiscard]] QString folder() const { return m_folder; }
    // Problems met reading the manifest (named, never quoted).
    [[nodiscard]] QStringList problems() const { return m_problems; }

    // Settles entries a crash left "prepared": "applied" when the file has the new bytes, "interrupted" when
    // it still has the old ones. Called on construction.
    void recover();

    // Test hook: called after each stage; returning false stops there without cleaning up, as a crash would.
    std::function<bool(Stage)> faultHook;

private:
    bool load();
    bool save(QString* error);
    bool ensureFolder(QString* error);
    // Writes the backup and records the entry as "prepared" in the manifest (then the fault hook's stage).
    bool backUp(Entry& entry, const QByteArray& bytes, QString* error);
    bool applyToDatabase(const PlannedChange& change, Entry& entry, QString* error);
    bool createFile(const PlannedChange& change, Entry& entry, QString* error);
    bool undoCreation(Entry& entry, QString* error);
    [[nodiscard]] QString backupPath(const Entry& entry) const;

    QString m_folder;
    QList<Entry> m_entries;
    QStringList m_problems;
};

} // namespace keyscout
