// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ScanOptions.h"

#include <QHash>
#include <QString>
#include <QStringList>

#include <optional>

namespace keyscout {

// Another machine's files as an incident responder has them (`keyscout scan --root DIR`, the window's mounted
// home): a filesystem root (it has etc/ or home/: a mounted disk image, a copied system) whose homes are
// home/*, root/ and the people's homes its etc/passwd names under it, or one home folder. Everything is read
// with O_NOATIME where allowed and nothing under DIR is ever written; symbolic links are never followed out
// of DIR (an image can point etc/passwd anywhere on the responder's machine).
class ScannedSystem {
public:
    // Reads DIR's host name, users, groups and homes. `error` receives why DIR cannot be scanned (missing,
    // not a folder, no home under a filesystem root); the result is then empty.
    static ScannedSystem read(const QString& dir, QString* error);

    [[nodiscard]] bool isValid() const { return !m_root.isEmpty(); }
    [[nodiscard]] QString root() const { return m_root; } // canonical (symbolic links resolved)
    [[nodiscard]] bool isFilesystemRoot() const { return m_filesystemRoot; }
    [[nodiscard]] QString hostName() const { return m_hostName; } // DIR/etc/hostname; empty when unknown
    [[nodiscard]] QStringList homes() const { return m_homes; }   // canonical, sorted
    [[nodiscard]] bool hasUserTable() const { return m_users.has_value(); }
    // The scanned system's name for a uid or gid; without its etc/passwd (etc/group), this machine's; a
    // number when neither knows it.
    [[nodiscard]] QString userName(uint uid) const;
    [[nodiscard]] QString groupName(uint gid) const;

    // `path` (which must exist) as a canonical path under the root; nullopt, with the reason in `error`, when
    // it is not under it (also through a symbolic link).
    [[nodiscard]] std::optional<QString> resolveUnder(const QString& path, QString* error) const;
    // Whether `path` (existing or not: its nearest existing folder is resolved) is the root or under it.
    [[nodiscard]] bool contains(const QString& path) const { return isInside(path, m_root); }

    // Why a scan would write under the root, or empty: IPython histories are read from a private copy in the
    // temporary folder (TMPDIR), which must then lie outside it.
    [[nodiscard]] QString temporaryFolderProblem() const;

    // What to scan: `paths` (canonical, under the root) or every home. Each home's Hugging Face token store
    // is read at its default places inside it (not where this machine's HF_HOME or HF_TOKEN_PATH point) and
    // its hub cache's model files are judged; no running processes; owners named from the scanned etc/passwd.
    [[nodiscard]] ScanOptions scanOptions(const QStringList& paths = {}) const;
    // The homes a scan of `roots` reads (a home in a root, or holding one).
    [[nodiscard]] QStringList homesIn(const QStringList& roots) const;

    // Whether `path` is `folder` or inside it, comparing cleaned absolute paths (no file system access).
    static bool isUnder(const QString& path, const QString& folder);
    // The same with symbolic links resolved: `path`'s nearest existing folder, and `folder`, are resolved.
    static bool isInside(const QString& path, const QString& folder);

private:
    QString m_root;
    bool m_filesystemRoot = false;
    QString m_hostName;
    QStringList m_homes;
    std::optional<QHash<uint, QString>> m_users;
    std::optional<QHash<uint, QString>> m_groups;
};

} // namespace keyscout
