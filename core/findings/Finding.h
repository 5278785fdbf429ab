// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Place.h"
#include "Severity.h"

#include <QByteArray>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace keyscout {

// Facts about the file a finding is in: a token file that other users can read is worse.
struct FileFacts {
    qint64 size = 0;
    qint64 mtime = 0; // seconds since the epoch
    uint mode = 0;    // permission bits (st_mode & 07777)
    uint uid = 0;
    QString owner;

    [[nodiscard]] bool readableByOthers() const { return (mode & 0004U) != 0; }
    [[nodiscard]] bool readableByGroup() const { return (mode & 0040U) != 0; }
};

// The git working tree a file is in, if any: a secret in a tracked or unignored file of a repository with a
// remote is one commit and one push away from being published.
struct WorkingTreeFacts {
    QString root;         // the working tree's top folder; empty: not in a working tree
    QString remote;       // the remote name ("origin"), empty when the repository has none
    QString remoteHost;   // its URL's host ("huggingface.co", "github.com")
    bool ignored = false; // the path is ignored by git (.gitignore, info/exclude)
    bool tracked = false; // the path is in the index (committed or staged)

    [[nodiscard]] bool inRepository() const { return !root.isEmpty(); }
};

// One place where one secret was found.
struct Finding {
    QString ruleId;
    QString ruleName;
    QString provider;
    QString providerName;
    Severity severity = Severity::Medium;
    Confidence confidence = Confidence::Medium;

    // The raw secret stays in memory only: it is never written anywhere unless the person asks to reveal.
    QByteArray secret;
    QString secretSha256; // hex SHA-256 of the exact secret bytes
    QString masked;       // "hf_AbCd…WxYz"

    QString path;
    qint64 line = 0;   // 1-based
    qint64 column = 0; // 1-based, in Unicode code points
    qint64 offset = 0; // byte offset of the secret in the file
    qint64 length = 0; // bytes

    // Lines around the secret with every secret in them masked; `contextFirstLine` is the first one's number.
    QStringList context;
    qint64 contextFirstLine = 0;
    bool binary = false; // found in a file that is not text (embedded string)

    Place place; // the place in the file's own terms (notebook cell, history entry, …)
    FileFacts file;
    WorkingTreeFacts worktree;
    QStringList notes; // extra facts shown with the finding ("readable by other users")

    // The number, in the context's own numbering, of the line the secret is on: the file's line, or for a
    // notebook the line in the cell's source or output (the context then shows that part, not the JSON).
    [[nodiscard]] qint64 contextLine() const { return place.lineInPart > 0 ? place.lineInPart : line; }
};

// One secret and every place it was found.
struct SecretGroup {
    QString secretSha256;
    QByteArray secret;
    QString masked;
    QString ruleId;
    QString provider;
    QString providerName;
    Severity severity = Severity::Medium;
    Confidence confidence = Confidence::Low;
    QList<Finding> findings;
};

// Groups findings by the SHA-256 of their secret; the group takes the most confident rule and the worst
// severity among its findings. Groups come out sorted by severity (worst first), then by first path.
QList<SecretGroup> groupBySecret(const QList<Finding>& findings);

} // namespace keyscout

Q_DECLARE_METATYPE(keyscout::Finding)
