// SPDX-License-Identifier: GPL-3.0-or-later
// Internal to the git history scanner: the change a commit made around a secret, as a unified diff hunk.
#pragma once

#include "findings/Finding.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <git2/oid.h> // complete: introducingHunk below has a git_oid local, which clang checks at definition
#include <string>
#include <string_view>

struct git_repository;

namespace keyscout::git {

// A hunk of `git show <commit> -- <path>` cut down to the lines around the secret: a "@@ -a,b +c,d @@"
// header first, then lines prefixed with ' ', '+' or '-'. `newLines` gives, for each line, its number in the
// commit's version of the file (0 for the header and removed lines); `secretIndex` is the secret's line.
struct DiffHunk {
    QStringList lines;
    QList<qint64> newLines;
    int secretIndex = -1;
    [[nodiscard]] bool isValid() const { return secretIndex > 0; }
};

// `blob` with every finding's span replaced by its mask; a span that crosses lines keeps its line breaks, so
// the masked text has the blob's line numbers. Findings without an offset in the blob are left alone.
std::string maskedText(std::string_view blob, const QList<Finding>& findings);

// The hunk of the line diff from `oldText` to `newText` that holds line `newLine` of `newText`, cut to at
// most `around` lines either side of it. Both texts should be masked already (maskedText). Long lines are
// cut, keeping `marked` (the secret's mask) in view on the secret's line.
DiffHunk hunkAround(std::string_view oldText, std::string_view newText, qint64 newLine, const QString& marked,
                    int around = 5);

// The hunk for a finding in `newBlob` at `path` as `commit` introduced it: the diff against the commit's
// first parent (against nothing for a root commit or a new file). `findingsOf` gives the findings of a blob
// by hex id (for the masks of both sides). Invalid when either side is missing, binary or over `maxBytes`.
template <typename FindingsOf>
DiffHunk introducingHunk(git_repository* repository, const git_oid& commit, const std::string& path,
                         const git_oid& newBlob, const Finding& finding, FindingsOf&& findingsOf,
                         qint64 maxBytes);

namespace detail {
// Reads a blob through libgit2; false when missing, binary or larger than maxBytes.
bool readTextBlob(git_repository* repository, const git_oid& id, qint64 maxBytes, std::string& out);
// The id of `path` in the first parent of `commit`: false when the commit has no parent or the parent has no
// blob there (a new file: the old side is empty). `ok` is false when the commit could not be read.
bool parentBlob(git_repository* repository, const git_oid& commit, const std::string& path, git_oid& out,
                bool& ok);
QString hexOf(const git_oid& id);
} // namespace detail

template <typename FindingsOf>
DiffHunk introducingHunk(git_repository* repository, const git_oid& commit, const std::string& path,
                         const git_oid& newBlob, const Finding& finding, FindingsOf&& findingsOf,
                         qint64 maxBytes)
{
    std::string newRaw;
    if (!detail::readTextBlob(repository, newBlob, maxBytes, newRaw)) {
        return {};
    }
    std::string oldRaw;
    git_oid oldBlob{};
    bool ok = true;
    if (detail::parentBlob(repository, commit, path, oldBlob, ok) &&
        !detail::readTextBlob(repository, oldBlob, maxBytes, oldRaw)) {
        return {};
    }
    if (!ok) {
        return {};
    }
    const std::string oldText =
        oldRaw.empty() ? std::string() : maskedText(oldRaw, findingsOf(detail::hexOf(oldBlob)));
    const std::string newText = maskedText(newRaw, findingsOf(detail::hexOf(newBlob)));
    return hunkAround(oldText, newText, finding.line, finding.masked);
}

} // namespace keyscout::git
