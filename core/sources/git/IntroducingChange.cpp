// SPDX-License-Identifier: GPL-3.0-or-later
#include "IntroducingChange.h"

#include "Git2Handles.h"

#include <algorithm>
#include <vector>

namespace keyscout::git {

namespace {

constexpr int kContextLines = 3;         // as git diff
constexpr qsizetype kSideOfSecret = 100; // characters kept either side of the mask on a long line
constexpr qsizetype kMaxOtherLine = 200; // characters kept of any other line

struct DiffLine {
    char origin = ' ';
    qint64 oldLine = -1;
    qint64 newLine = -1;
    std::string text;
};

struct RawHunk {
    qint64 oldStart = 0;
    qint64 newStart = 0;
    std::vector<DiffLine> lines;
};

int onHunk(const git_diff_delta* /*delta*/, const git_diff_hunk* hunk, void* payload)
{
    auto* hunks = static_cast<std::vector<RawHunk>*>(payload);
    hunks->push_back({hunk->old_start, hunk->new_start, {}});
    return 0;
}

int onLine(const git_diff_delta* /*delta*/, const git_diff_hunk* /*hunk*/, const git_diff_line* line,
           void* payload)
{
    auto* hunks = static_cast<std::vector<RawHunk>*>(payload);
    if (hunks->empty()) {
        return 0;
    }
    const char origin = line->origin;
    if (origin != GIT_DIFF_LINE_CONTEXT && origin != GIT_DIFF_LINE_ADDITION &&
        origin != GIT_DIFF_LINE_DELETION) {
        return 0; // "\ No newline at end of file" markers and file headers
    }
    hunks->back().lines.push_back(
        {origin, line->old_lineno, line->new_lineno, std::string(line->content, line->content_len)});
    return 0;
}

// One diff line as shown: line breaks dropped, control characters as '.', tabs as four spaces, and cut when
// long (around the mask on the secret's line).
QString render(const DiffLine& line, const QString& marked, bool secretLine)
{
    std::string bytes = line.text;
    while (!bytes.empty() && (bytes.back() == '\n' || bytes.back() == '\r')) {
        bytes.pop_back();
    }
    for (char& c : bytes) {
        const auto u = static_cast<unsigned char>(c);
        if (u < 0x20 && c != '\t') {
            c = '.';
        }
    }
    QString text = QString::fromUtf8(bytes.data(), static_cast<qsizetype>(bytes.size()));
    text.replace(QLatin1Char('\t'), QLatin1String("    "));
    const qsizetype at = secretLine && !marked.isEmpty() ? text.indexOf(marked) : -1;
    if (at >= 0 && text.size() > marked.size() + 2 * kSideOfSecret) {
        const qsizetype from = std::max<qsizetype>(0, at - kSideOfSecret);
        const qsizetype to = std::min(text.size(), at + marked.size() + kSideOfSecret);
        text = (from > 0 ? QStringLiteral("…") : QString()) + text.mid(from, to - from) +
               (to < text.size() ? QStringLiteral("…") : QString());
    } else if (at < 0 && text.size() > kMaxOtherLine) {
        text = text.left(kMaxOtherLine) + QStringLiteral("…");
    }
    return QChar::fromLatin1(line.origin) + text;
}

} // namespace

std::string maskedText(std::string_view blob, const QList<Finding>& findings)
{
    struct Span {
        size_t begin;
        size_t end;
        QByteArray mask;
    };
    std::vector<Span> spans;
    for (const Finding& f : findings) {
        if (f.offset < 0 || f.length <= 0 || static_cast<size_t>(f.offset + f.length) > blob.size()) {
            continue;
        }
        spans.push_back(
            {static_cast<size_t>(f.offset), static_cast<size_t>(f.offset + f.length), f.masked.toUtf8()});
    }
    std::sort(spans.begin(), spans.end(), [](const Span& a, const Span& b) { return a.begin < b.begin; });
    std::string out;
    out.reserve(blob.size());
    size_t pos = 0;
    for (const Span& s : spans) {
        if (s.begin < pos) {
            continue; // overlaps the previous span, which already hid it
        }
        out.append(blob.substr(pos, s.begin - pos));
        out.append(s.mask.constData(), static_cast<size_t>(s.mask.size()));
        // Keep the line count: a secret spanning lines (a PEM key) leaves its line breaks behind.
        out.append(static_cast<size_t>(std::count(blob.begin() + static_cast<qsizetype>(s.begin),
                                                  blob.begin() + static_cast<qsizetype>(s.end), '\n')),
                   '\n');
        pos = s.end;
    }
    out.append(blob.substr(pos));
    return out;
}

DiffHunk hunkAround(std::string_view oldText, std::string_view newText, qint64 newLine, const QString& marked,
                    int around)
{
    git_diff_options options = GIT_DIFF_OPTIONS_INIT;
    options.context_lines = kContextLines;
    options.flags = GIT_DIFF_FORCE_TEXT;
    std::vector<RawHunk> hunks;
    if (git_diff_buffers(oldText.data(), oldText.size(), nullptr, newText.data(), newText.size(), nullptr,
                         &options, nullptr, nullptr, onHunk, onLine, &hunks) != 0) {
        return {};
    }
    for (const RawHunk& hunk : hunks) {
        const auto secret = std::find_if(hunk.lines.begin(), hunk.lines.end(),
                                         [newLine](const DiffLine& l) { return l.newLine == newLine; });
        if (secret == hunk.lines.end()) {
            continue;
        }
        const auto index = static_cast<qsizetype>(secret - hunk.lines.begin());
        const qsizetype from = std::max<qsizetype>(0, index - around);
        const qsizetype to =
            std::min<qsizetype>(static_cast<qsizetype>(hunk.lines.size()), index + around + 1);
        // Where the window starts on each side, and how many lines of each side it holds.
        // A side with no lines in the hunk has its start one line early ("-0,0" for a new file).
        const auto has = [&hunk](char skip) {
            return std::any_of(hunk.lines.begin(), hunk.lines.end(),
                               [skip](const DiffLine& l) { return l.origin != skip; });
        };
        qint64 oldStart = has('+') ? hunk.oldStart : hunk.oldStart + 1;
        qint64 newStart = has('-') ? hunk.newStart : hunk.newStart + 1;
        for (qsizetype i = 0; i < from; ++i) {
            const char origin = hunk.lines[static_cast<size_t>(i)].origin;
            oldStart += origin != '+' ? 1 : 0;
            newStart += origin != '-' ? 1 : 0;
        }
        qint64 oldCount = 0;
        qint64 newCount = 0;
        DiffHunk out;
        out.lines << QString();
        out.newLines << 0;
        for (qsizetype i = from; i < to; ++i) {
            const DiffLine& line = hunk.lines[static_cast<size_t>(i)];
            oldCount += line.origin != '+' ? 1 : 0;
            newCount += line.origin != '-' ? 1 : 0;
            if (i == index) {
                out.secretIndex = static_cast<int>(out.lines.size());
            }
            out.lines << render(line, marked, i == index);
            out.newLines << (line.origin == '-' ? 0 : line.newLine);
        }
        // As diff prints an empty side: the line before which nothing was there ("-0,0" for a new file).
        out.lines[0] = QStringLiteral("@@ -%1,%2 +%3,%4 @@")
                           .arg(oldCount == 0 ? oldStart - 1 : oldStart)
                           .arg(oldCount)
                           .arg(newCount == 0 ? newStart - 1 : newStart)
                           .arg(newCount);
        return out;
    }
    return {};
}

namespace detail {

QString hexOf(const git_oid& id)
{
    return hexId(id);
}

bool readTextBlob(git_repository* repository, const git_oid& id, qint64 maxBytes, std::string& out)
{
    git_blob* raw = nullptr;
    if (git_blob_lookup(&raw, repository, &id) != 0) {
        return false;
    }
    const std::unique_ptr<git_blob, decltype(&git_blob_free)> blob(raw, git_blob_free);
    const auto size = static_cast<qint64>(git_blob_rawsize(blob.get()));
    if (size > maxBytes || git_blob_is_binary(blob.get()) != 0) {
        return false;
    }
    out.assign(static_cast<const char*>(git_blob_rawcontent(blob.get())), static_cast<size_t>(size));
    return true;
}

bool parentBlob(git_repository* repository, const git_oid& commit, const std::string& path, git_oid& out,
                bool& ok)
{
    ok = false;
    git_commit* raw = nullptr;
    if (git_commit_lookup(&raw, repository, &commit) != 0) {
        return false;
    }
    const CommitPtr object(raw);
    ok = true;
    if (git_commit_parentcount(object.get()) == 0) {
        return false;
    }
    git_commit* parentRaw = nullptr;
    if (git_commit_parent(&parentRaw, object.get(), 0) != 0) {
        ok = false; // a shallow clone's boundary or a missing object: the change cannot be shown
        return false;
    }
    const CommitPtr parent(parentRaw);
    git_tree* treeRaw = nullptr;
    if (git_commit_tree(&treeRaw, parent.get()) != 0) {
        ok = false;
        return false;
    }
    const TreePtr tree(treeRaw);
    git_tree_entry* entryRaw = nullptr;
    if (git_tree_entry_bypath(&entryRaw, tree.get(), path.c_str()) != 0) {
        return false; // a new file in this commit
    }
    const std::unique_ptr<git_tree_entry, decltype(&git_tree_entry_free)> entry(entryRaw,
                                                                                git_tree_entry_free);
    if (git_tree_entry_type(entry.get()) != GIT_OBJECT_BLOB) {
        return false;
    }
    git_oid_cpy(&out, git_tree_entry_id(entry.get()));
    return true;
}

} // namespace detail

} // namespace keyscout::git
