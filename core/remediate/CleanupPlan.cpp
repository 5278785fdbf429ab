// SPDX-License-Identifier: GPL-3.0-or-later
#include "CleanupPlan.h"

#include "AtomicFile.h"
#include "findings/PlaceDescription.h"
#include "sources/StructuredFiles.h"
#include "sources/formats/Json.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QHash>
#include <QMap>
#include <algorithm>
#include <git2.h>
#include <string_view>
#include <vector>

namespace keyscout {

namespace {

QString tr(const char* text, const char* disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("keyscout", text, disambiguation, n);
}

QString fileName(const QString& path)
{
    return path.mid(path.lastIndexOf(QLatin1Char('/')) + 1);
}

std::string_view view(const QByteArray& bytes)
{
    return {bytes.constData(), static_cast<size_t>(bytes.size())};
}

// Byte ranges [begin, end), sorted and merged.
using Ranges = std::vector<std::pair<size_t, size_t>>;

void merge(Ranges& ranges)
{
    std::sort(ranges.begin(), ranges.end());
    Ranges out;
    for (const auto& r : ranges) {
        if (!out.empty() && r.first <= out.back().second) {
            out.back().second = std::max(out.back().second, r.second);
        } else {
            out.push_back(r);
        }
    }
    ranges.swap(out);
}

QByteArray without(const QByteArray& bytes, const Ranges& ranges)
{
    QByteArray out;
    out.reserve(bytes.size());
    size_t pos = 0;
    for (const auto& [begin, end] : ranges) {
        out.append(bytes.constData() + pos, static_cast<qsizetype>(begin - pos));
        pos = end;
    }
    out.append(bytes.constData() + pos, bytes.size() - static_cast<qsizetype>(pos));
    return out;
}

size_t lineStart(std::string_view text, size_t offset)
{
    const size_t nl = offset == 0 ? std::string_view::npos : text.rfind('\n', offset - 1);
    return nl == std::string_view::npos ? 0 : nl + 1;
}

// One past the line's '\n' (or the end of the text).
size_t lineEnd(std::string_view text, size_t offset)
{
    const size_t nl = text.find('\n', offset);
    return nl == std::string_view::npos ? text.size() : nl + 1;
}

std::string_view lineText(std::string_view text, size_t start)
{
    std::string_view line = text.substr(start, lineEnd(text, start) - start);
    while (!line.empty() && (line.back() == '\n' || line.back() == '\r')) {
        line.remove_suffix(1);
    }
    return line;
}

size_t offsetOfLine(std::string_view text, qint64 line)
{
    size_t pos = 0;
    for (qint64 l = 1; l < line && pos < text.size(); ++l) {
        pos = lineEnd(text, pos);
    }
    return pos;
}

// The whole entry holding bytes [begin, end) of a line-oriented file, as the format delimits entries.
std::pair<size_t, size_t> entryAround(std::string_view text, size_t begin, size_t end, FileFormat format)
{
    size_t from = lineStart(text, begin);
    size_t to = lineEnd(text, end == begin ? end : end - 1);
    switch (format) {
    case FileFormat::BashHistory:
        // HISTTIMEFORMAT: "#<epoch>" on the line before is this command's time.
        if (from > 0) {
            const size_t previous = lineStart(text, from - 1);
            const std::string_view line = lineText(text, previous);
            if (line.size() > 1 && line[0] == '#' &&
                std::all_of(line.begin() + 1, line.end(), [](char c) { return c >= '0' && c <= '9'; })) {
                from = previous;
            }
        }
        break;
    case FileFormat::ZshHistory:
        // A line ending in a backslash continues on the next one.
        while (from > 0) {
            const size_t previous = lineStart(text, from - 1);
            const std::string_view line = lineText(text, previous);
            if (line.empty() || line.back() != '\\') {
                break;
            }
            from = previous;
        }
        while (to < text.size()) {
            const std::string_view line = lineText(text, lineStart(text, to - 1));
            if (line.empty() || line.back() != '\\') {
                break;
            }
            to = lineEnd(text, to);
        }
        break;
    case FileFormat::FishHistory:
        // "- cmd: …" then indented "  when:", "  paths:" lines.
        while (from > 0 && !lineText(text, from).starts_with("- cmd:")) {
            from = lineStart(text, from - 1);
        }
        while (to < text.size() && lineText(text, to).starts_with(" ")) {
            to = lineEnd(text, to);
        }
        break;
    default:
        break;
    }
    return {from, to};
}

bool lineOriented(FileFormat format)
{
    switch (format) {
    case FileFormat::BashHistory:
    case FileFormat::ZshHistory:
    case FileFormat::FishHistory:
    case FileFormat::PythonHistory:
    case FileFormat::EnvFile:
    case FileFormat::GitCredentials:
        return true;
    default:
        return false;
    }
}

std::vector<size_t> occurrences(std::string_view text, std::string_view secret)
{
    std::vector<size_t> at;
    if (secret.empty()) {
        return at;
    }
    for (size_t pos = text.find(secret); pos != std::string_view::npos; pos = text.find(secret, pos + 1)) {
        at.push_back(pos);
    }
    return at;
}

QByteArray replaced(const QByteArray& bytes, const QByteArray& secret, int* count)
{
    QByteArray out = bytes;
    *count = static_cast<int>(occurrences(view(bytes), view(secret)).size());
    out.replace(secret, QByteArray(kRemovedSecretText));
    return out;
}

// Every decoded string in a JSON value, concatenated with separators: what the notebook reader matches.
void collectStrings(const formats::JsonDocument& doc, const formats::JsonDocument::Node& node,
                    std::string& out)
{
    using Type = formats::JsonDocument::Type;
    if (node.type == Type::String) {
        out += doc.string(node);
        out += '\n';
    } else if (node.type == Type::Array) {
        for (std::uint32_t i = 0; i < node.count; ++i) {
            collectStrings(doc, doc.element(node, i), out);
        }
    } else if (node.type == Type::Object) {
        for (std::uint32_t i = 0; i < node.count; ++i) {
            collectStrings(doc, doc.value(node, i), out);
        }
    }
}

// The notebook without the outputs that hold the secret, every other byte kept; `removed` counts them.
bool withoutOutputs(const QByteArray& bytes, const QByteArray& secret, QByteArray* out, int* removed,
                    QString* error)
{
    formats::JsonDocument doc;
    if (!doc.parse(view(bytes), error)) {
        return false;
    }
    const auto* cells = doc.member(doc.root(), "cells");
    Ranges ranges;
    std::vector<std::pair<std::pair<size_t, size_t>, QByteArray>> replacements; // emptied arrays
    *removed = 0;
    if (cells != nullptr && cells->type == formats::JsonDocument::Type::Array) {
        for (std::uint32_t c = 0; c < cells->count; ++c) {
            const auto* outputs = doc.member(doc.element(*cells, c), "outputs");
            if (outputs == nullptr || outputs->type != formats::JsonDocument::Type::Array) {
                continue;
            }
            std::vector<bool> drop(outputs->count, false);
            std::uint32_t dropped = 0;
            for (std::uint32_t o = 0; o < outputs->count; ++o) {
                const auto& output = doc.element(*outputs, o);
                std::string decoded;
                collectStrings(doc, output, decoded);
                if (doc.raw(output).find(view(secret)) != std::string_view::npos ||
                    decoded.find(view(secret)) != std::string::npos) {
                    drop[o] = true;
                    ++dropped;
                }
            }
            *removed += static_cast<int>(dropped);
            if (dropped == 0) {
                continue;
            }
            if (dropped == outputs->count) {
                replacements.push_back({{outputs->begin, outputs->end}, QByteArrayLiteral("[]")});
                continue;
            }
            for (std::uint32_t o = 0; o < outputs->count; ++o) {
                if (!drop[o]) {
                    continue;
                }
                const auto& output = doc.element(*outputs, o);
                // With the separator after it, or for the last element the one before it.
                if (o + 1 < outputs->count) {
                    ranges.emplace_back(output.begin, doc.element(*outputs, o + 1).begin);
                } else {
                    ranges.emplace_back(doc.element(*outputs, o - 1).end, output.end);
                }
            }
        }
    }
    for (const auto& [range, text] : replacements) {
        ranges.emplace_back(range);
    }
    merge(ranges);
    // Rebuild: kept bytes, with "[]" where a whole outputs array went.
    QByteArray result;
    size_t pos = 0;
    for (const auto& [begin, end] : ranges) {
        result.append(bytes.constData() + pos, static_cast<qsizetype>(begin - pos));
        for (const auto& [range, text] : replacements) {
            if (range.first == begin) {
                result.append(text);
            }
        }
        pos = end;
    }
    result.append(bytes.constData() + pos, bytes.size() - static_cast<qsizetype>(pos));
    *out = result;
    return true;
}

struct HunkCollector {
    QStringList lines;
};

int onHunk(const git_diff_delta* /*delta*/, const git_diff_hunk* hunk, void* payload)
{
    auto* collector = static_cast<HunkCollector*>(payload);
    collector->lines << QString::fromUtf8(hunk->header, static_cast<qsizetype>(hunk->header_len)).trimmed();
    return 0;
}

int onLine(const git_diff_delta* /*delta*/, const git_diff_hunk* /*hunk*/, const git_diff_line* line,
           void* payload)
{
    auto* collector = static_cast<HunkCollector*>(payload);
    if (line->origin != GIT_DIFF_LINE_CONTEXT && line->origin != GIT_DIFF_LINE_ADDITION &&
        line->origin != GIT_DIFF_LINE_DELETION) {
        return 0;
    }
    QString text = QString::fromUtf8(line->content, static_cast<qsizetype>(line->content_len));
    while (text.endsWith(QLatin1Char('\n')) || text.endsWith(QLatin1Char('\r'))) {
        text.chop(1);
    }
    collector->lines << QChar::fromLatin1(line->origin) + text;
    return 0;
}

QString shortPath(const QString& path)
{
    return fileName(path);
}

} // namespace

QString actionId(PlannedChange::Action action)
{
    switch (action) {
    case PlannedChange::Action::RemoveLines:
        return QStringLiteral("remove-lines");
    case PlannedChange::Action::ReplaceSecret:
        return QStringLiteral("replace-secret");
    case PlannedChange::Action::RemoveNotebookOutputs:
        return QStringLiteral("remove-notebook-outputs");
    case PlannedChange::Action::DeleteHistoryRows:
        return QStringLiteral("delete-history-rows");
    case PlannedChange::Action::RewriteRemoteUrl:
        return QStringLiteral("rewrite-remote-url");
    case PlannedChange::Action::DeleteFile:
        return QStringLiteral("delete-file");
    case PlannedChange::Action::WriteFile:
        return QStringLiteral("write-file");
    case PlannedChange::Action::Manual:
        return QStringLiteral("manual");
    }
    return QStringLiteral("manual");
}

QStringList maskedDiff(const QByteArray& before, const QByteArray& after,
                       const QList<QPair<QByteArray, QString>>& masks)
{
    QByteArray a = before;
    QByteArray b = after;
    for (const auto& [raw, mask] : masks) {
        if (!raw.isEmpty()) {
            a.replace(raw, mask.toUtf8());
            b.replace(raw, mask.toUtf8());
        }
    }
    git_libgit2_init();
    git_diff_options options = GIT_DIFF_OPTIONS_INIT;
    options.context_lines = 2;
    options.flags = GIT_DIFF_FORCE_TEXT;
    HunkCollector collector;
    git_diff_buffers(a.constData(), static_cast<size_t>(a.size()), nullptr, b.constData(),
                     static_cast<size_t>(b.size()), nullptr, &options, nullptr, nullptr, onHunk, onLine,
                     &collector);
    git_libgit2_shutdown();
    return collector.lines;
}

CleanupPlan planCleanup(const QByteArray& secret, const QString& masked, const QList<Finding>& places,
                        const QList<Finding>& otherFindings)
{
    CleanupPlan plan;
    QList<QPair<QByteArray, QString>> masks{{secret, masked}};
    for (const Finding& f : otherFindings) {
        if (!f.secret.isEmpty() && f.secret != secret) {
            masks.append({f.secret, f.masked});
        }
    }
    // Places grouped by file; git history grouped by repository.
    QMap<QString, QList<Finding>> byPath;
    QMap<QString, QList<Finding>> byRepository;
    for (const Finding& f : places) {
        if (f.place.kind == SourceKind::Git && !f.place.git.inConfig) {
            byRepository[f.place.git.repository] << f;
        } else {
            byPath[f.path] << f;
        }
    }

    for (auto it = byPath.cbegin(); it != byPath.cend(); ++it) {
        const QString& path = it.key();
        const QList<Finding>& here = it.value();
        const Finding& first = here.first();
        PlannedChange change;
        change.path = path;
        change.secret = secret;

        if (first.place.kind == SourceKind::Process) {
            change.title = tr("Restart %1 (pid %2) without the token")
                               .arg(first.place.command.section(QLatin1Char(' '), 0, 0))
                               .arg(first.place.entry);
            change.explanation =
                tr("A running program keeps the environment it was started with. Remove the "
                   "token from where it was set, then restart the program (or `unset %1` in its shell).")
                    .arg(first.place.name);
            plan.changes << change;
            continue;
        }
        if (first.place.kind == SourceKind::TokenStore) {
            change.title = tr("Replace the token in Hugging Face's token store: %1").arg(shortPath(path));
            change.explanation =
                tr("Installing the new token replaces it here (`hf auth login` does the same).");
            plan.changes << change;
            continue;
        }
        if (first.place.kind == SourceKind::IPythonHistory) {
            change.action = PlannedChange::Action::DeleteHistoryRows;
            change.count = static_cast<int>(here.size());
            change.title =
                tr("Delete %n IPython history row(s) from %1", nullptr, static_cast<int>(here.size()))
                    .arg(path.section(QLatin1Char('/'), -2));
            change.explanation =
                tr("The rows are deleted with SQLite's secure_delete, the database is compacted "
                   "(VACUUM) so no free page keeps a copy, and its write-ahead log is emptied.");
            for (const Finding& f : here) {
                change.preview << tr("- %1").arg(describePlace(f));
            }
            plan.changes << change;
            continue;
        }
        if (path.endsWith(QLatin1String(".gz"))) {
            change.title = tr("Delete or rewrite the compressed file %1").arg(shortPath(path));
            change.explanation =
                tr("Keyscout does not rewrite compressed files: delete it if it is an old log, or "
                   "decompress, clean and compress it again.");
            plan.changes << change;
            continue;
        }

        QString error;
        QByteArray bytes;
        if (!readWholeFile(path, &bytes, &error)) {
            plan.problems << error;
            continue;
        }
        change.before = bytes;
        const bool contains = bytes.contains(secret);
        const FileFormat format = fileFormatOf(path);
        const bool decodedOnly =
            std::all_of(here.begin(), here.end(), [](const Finding& f) { return f.offset < 0; });

        if (path.endsWith(QLatin1String(".pyc")) || path.endsWith(QLatin1String(".pyo"))) {
            change.action = PlannedChange::Action::DeleteFile;
            change.count = 1;
            change.title = tr("Delete the compiled Python file %1").arg(shortPath(path));
            change.explanation =
                tr("Compiled from a source that held the token; Python compiles it again from the "
                   "cleaned source when needed.");
            change.preview << tr("Delete %1 (%n byte(s))", nullptr, static_cast<int>(bytes.size())).arg(path);
            plan.changes << change;
            continue;
        }
        if (first.binary) {
            change.title = tr("Remove the token from %1 by hand").arg(shortPath(path));
            change.explanation =
                tr("A binary file: Keyscout does not rewrite it. Delete it if you can, or rebuild "
                   "it from cleaned sources.");
            plan.changes << change;
            continue;
        }
        if (first.place.kind == SourceKind::Git && first.place.git.inConfig) {
            // A token in a remote URL: the URL without its user:password@ part.
            Ranges ranges;
            for (const size_t at : occurrences(view(bytes), view(secret))) {
                const size_t start = lineStart(view(bytes), at);
                const std::string_view line = lineText(view(bytes), start);
                const size_t scheme = line.find("://");
                const size_t atSign = line.find('@', at - start);
                if (scheme != std::string_view::npos && scheme < at - start &&
                    atSign != std::string_view::npos) {
                    ranges.emplace_back(start + scheme + 3, start + atSign + 1);
                } else {
                    ranges.emplace_back(start, lineEnd(view(bytes), at)); // a credential setting: the line
                }
            }
            merge(ranges);
            change.action = PlannedChange::Action::RewriteRemoteUrl;
            change.count = static_cast<int>(ranges.size());
            change.after = without(bytes, ranges);
            change.title =
                tr("Remove the token from the remote URL in %1").arg(path.section(QLatin1Char('/'), -3));
            change.explanation =
                tr("git then asks a credential helper for the password: `git config --global "
                   "credential.helper store` (or libsecret), or `hf auth login "
                   "--add-to-git-credential` with the new token.");
        } else if (path.endsWith(QLatin1String(".ipynb"))) {
            QByteArray stripped;
            int removed = 0;
            if (!withoutOutputs(bytes, secret, &stripped, &removed, &error)) {
                plan.problems << tr("%1: not a notebook Keyscout can rewrite (%2)").arg(path, error);
                continue;
            }
            int replacedCount = 0;
            change.after = replaced(stripped, secret, &replacedCount);
            change.action = PlannedChange::Action::RemoveNotebookOutputs;
            change.count = removed + replacedCount;
            change.title = removed > 0 ? tr("Remove %n output(s) holding the token from %1", nullptr, removed)
                                             .arg(shortPath(path))
                                       : tr("Replace the token in the cells of %1").arg(shortPath(path));
            change.explanation =
                tr("Outputs that printed the token are dropped and a token in a cell's source becomes %1; "
                   "every "
                   "other byte of the notebook stays as it was. Load the token from the environment instead "
                   "(os.environ[\"HF_TOKEN\"]) and strip outputs before committing.")
                    .arg(QLatin1String(kRemovedSecretText));
        } else if (lineOriented(format)) {
            Ranges ranges;
            for (const size_t at : occurrences(view(bytes), view(secret))) {
                ranges.push_back(
                    entryAround(view(bytes), at, at + static_cast<size_t>(secret.size()), format));
            }
            for (const Finding& f : here) {
                if (f.offset < 0 && f.line > 0) { // found decoded (percent-encoded, metafied): by its line
                    const size_t at = offsetOfLine(view(bytes), f.line);
                    ranges.push_back(entryAround(view(bytes), at, at, format));
                }
            }
            merge(ranges);
            change.action = PlannedChange::Action::RemoveLines;
            change.count = static_cast<int>(ranges.size());
            change.after = without(bytes, ranges);
            const bool history = format == FileFormat::BashHistory || format == FileFormat::ZshHistory ||
                                 format == FileFormat::FishHistory || format == FileFormat::PythonHistory;
            change.title =
                history
                    ? tr("Remove %n history entry(ies) from %1", nullptr, change.count).arg(shortPath(path))
                : format == FileFormat::GitCredentials
                    ? tr("Remove %n saved credential(s) from %1", nullptr, change.count).arg(shortPath(path))
                    : tr("Remove %n line(s) setting the token from %1", nullptr, change.count)
                          .arg(shortPath(path));
            change.explanation =
                history
                    ? tr("The commands that typed the token are dropped from the history file. Close other "
                         "shells first: a running shell writes its own history back when it exits.")
                    : tr("Set the new token where it belongs instead: Hugging Face's token store (`hf auth "
                         "login`) or a secret manager, not a file that is copied around.");
        } else if (decodedOnly || !contains) {
            change.title = tr("Remove the token from %1 by hand").arg(shortPath(path));
            change.explanation =
                !contains && !decodedOnly
                    ? tr("The file no longer holds the token as it was found: scan again.")
                    : tr("The token is encoded in this file (base64 or escaped): edit it with "
                         "the tool that wrote it (`docker logout <registry>` for docker).");
            change.before.clear();
            plan.changes << change;
            continue;
        } else {
            change.action = PlannedChange::Action::ReplaceSecret;
            change.after = replaced(bytes, secret, &change.count);
            change.title =
                tr("Replace the token in %1 with %2").arg(shortPath(path), QLatin1String(kRemovedSecretText));
            change.explanation =
                tr("The token becomes %1 wherever it is in the file; then read the new token from "
                   "the environment or Hugging Face's token store instead of the file.")
                    .arg(QLatin1String(kRemovedSecretText));
        }
        if (change.after == change.before) {
            plan.problems << tr("%1: no longer holds the token; scan again").arg(path);
            continue;
        }
        change.preview = maskedDiff(change.before, change.after, masks);
        plan.changes << change;
    }

    // Git history: nothing to change in place; revocation is the fix once pushed, a rewrite before that.
    for (auto it = byRepository.cbegin(); it != byRepository.cend(); ++it) {
        const QList<Finding>& here = it.value();
        const bool pushed =
            std::any_of(here.begin(), here.end(), [](const Finding& f) { return f.place.git.pushed; });
        PlannedChange change;
        change.path = it.key();
        change.count = static_cast<int>(here.size());
        change.title =
            pushed ? tr("Git history of %1: pushed, revocation is the fix").arg(fileName(it.key()))
                   : tr("Git history of %1: rewrite it before anything is pushed").arg(fileName(it.key()));
        // A pattern naming the token by its visible ends, so the command itself does not hold the secret.
        const qsizetype cut = masked.indexOf(QChar(0x2026));
        const QString head = cut > 0 ? masked.left(cut) : QString();
        const QString tail = cut > 0 ? masked.mid(cut + 1) : QString();
        const auto middle = secret.size() - head.size() - tail.size();
        change.command =
            QStringLiteral("git -C '%1' filter-repo --replace-text "
                           "<(printf 'regex:%2[A-Za-z0-9_-]{%3}%4==>%5\\n')")
                .arg(it.key(), head, QString::number(middle), tail, QLatin1String(kRemovedSecretText));
        change.explanation =
            pushed
                ? tr("Commits that were pushed stay in every clone and fork: revoke the token (the earlier "
                     "step); rewriting history afterwards only tidies up and needs a force-push.")
                : tr("These commits were not pushed: after revoking, rewrite them with git filter-repo (this "
                     "command), then expire the reflog and prune: `git reflog expire "
                     "--expire-unreachable=now "
                     "--all && git gc --prune=now`.");
        plan.changes << change;
    }
    return plan;
}

} // namespace keyscout
