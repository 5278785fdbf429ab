// SPDX-License-Identifier: GPL-3.0-or-later
#include "StructuredFiles.h"

#include "FindingBuilder.h"
#include "formats/IPythonHistory.h"
#include "formats/Json.h"
#include "formats/TextFormats.h"

#include <QHash>
#include <QSet>
#include <algorithm>

namespace keyscout {

namespace {

QString fromStd(const std::string& s)
{
    return QString::fromUtf8(s.data(), static_cast<qsizetype>(s.size()));
}

bool isHistory(FileFormat f)
{
    return f == FileFormat::BashHistory || f == FileFormat::ZshHistory || f == FileFormat::FishHistory ||
           f == FileFormat::PythonHistory;
}

// What the format's decoding did to an entry whose text is not a slice of the file.
QString decodedNote(FileFormat format, const std::string& field)
{
    switch (format) {
    case FileFormat::DockerConfig:
        return field == "auth" ? QStringLiteral("decoded from the base64 \"auth\" value (user:password)")
                               : QString();
    case FileFormat::GitCredentials:
        return QStringLiteral("percent-decoded from the credential URL");
    case FileFormat::ZshHistory:
    case FileFormat::FishHistory:
    case FileFormat::PythonHistory:
    case FileFormat::EnvFile:
    case FileFormat::Netrc:
        return QStringLiteral("unescaped from the way the file writes it");
    default:
        return QString();
    }
}

void enrich(Finding& f, const formats::Entry& e, qsizetype index, FileFormat format)
{
    if (!e.name.empty()) {
        f.place.name = fromStd(e.name);
    }
    if (!e.user.empty()) {
        f.place.user = fromStd(e.user);
    }
    if (!e.field.empty()) {
        f.place.field = fromStd(e.field);
    }
    if (e.time > 0) {
        f.place.time = e.time;
    }
    if (isHistory(format)) {
        f.place.entry = index + 1;
    }
}

// {"env_vars": {"HF_TOKEN": "hf_…"}}: one entry per variable, at its value's bytes.
formats::ParseResult parseCondaState(std::string_view bytes)
{
    formats::ParseResult result;
    formats::JsonDocument doc;
    QString error;
    if (!doc.parse(bytes, &error)) {
        result.problems.push_back(QStringLiteral("not valid JSON (%1)").arg(error).toStdString());
        return result;
    }
    const formats::JsonDocument::Node* vars = doc.member(doc.root(), "env_vars");
    if (vars == nullptr || vars->type != formats::JsonDocument::Type::Object) {
        return result;
    }
    for (std::uint32_t i = 0; i < vars->count; ++i) {
        const formats::JsonDocument::Node& value = doc.value(*vars, i);
        if (value.type != formats::JsonDocument::Type::String) {
            continue;
        }
        formats::Entry e;
        e.text = doc.string(value);
        e.name = doc.string(doc.key(*vars, i));
        e.field = "value";
        e.line = doc.lineAt(value.begin);
        const std::string_view raw = doc.raw(value).substr(1, value.end - value.begin - 2);
        e.offset = raw == e.text ? static_cast<qint64>(value.begin) + 1 : -1;
        result.entries.push_back(std::move(e));
    }
    return result;
}

formats::ParseResult parse(FileFormat format, std::string_view bytes)
{
    switch (format) {
    case FileFormat::BashHistory:
        return formats::parseBashHistory(bytes);
    case FileFormat::ZshHistory:
        return formats::parseZshHistory(bytes);
    case FileFormat::FishHistory:
        return formats::parseFishHistory(bytes);
    case FileFormat::PythonHistory:
        return formats::parsePythonHistory(bytes);
    case FileFormat::EnvFile:
        return formats::parseEnvFile(bytes);
    case FileFormat::GitCredentials:
        return formats::parseGitCredentials(bytes);
    case FileFormat::Netrc:
        return formats::parseNetrc(bytes);
    case FileFormat::DockerConfig:
        return formats::parseDockerConfig(bytes);
    case FileFormat::CondaState:
        return parseCondaState(bytes);
    default:
        return {};
    }
}

// stored_tokens is INI: "[name]" then "hf_token = …". The section above each finding names its token.
void nameStoredTokens(std::string_view bytes, QList<Finding>& findings)
{
    std::vector<std::pair<qint64, QString>> sections; // line → section name
    qint64 line = 1;
    size_t pos = 0;
    while (pos <= bytes.size()) {
        size_t end = bytes.find('\n', pos);
        if (end == std::string_view::npos) {
            end = bytes.size();
        }
        std::string_view text = bytes.substr(pos, end - pos);
        while (!text.empty() && (text.back() == '\r' || text.back() == ' ' || text.back() == '\t')) {
            text.remove_suffix(1);
        }
        while (!text.empty() && (text.front() == ' ' || text.front() == '\t')) {
            text.remove_prefix(1);
        }
        if (text.size() >= 2 && text.front() == '[' && text.back() == ']') {
            const std::string_view name = text.substr(1, text.size() - 2);
            sections.emplace_back(line, QString::fromUtf8(name.data(), static_cast<qsizetype>(name.size())));
        }
        ++line;
        pos = end + 1;
    }
    for (Finding& f : findings) {
        const auto it = std::upper_bound(sections.begin(), sections.end(), f.line,
                                         [](qint64 l, const auto& s) { return l < s.first; });
        if (it != sections.begin()) {
            f.place.name = (it - 1)->second;
        }
        f.place.kind = SourceKind::TokenStore;
    }
}

} // namespace

FileFormat fileFormatOf(const QString& path)
{
    const QString name = fileNameOf(path);
    if (name == QLatin1String(".bash_history") || name == QLatin1String("bash_history")) {
        return FileFormat::BashHistory;
    }
    if (name == QLatin1String(".zsh_history") || name == QLatin1String(".zhistory") ||
        name == QLatin1String(".histfile") || name == QLatin1String("zsh_history")) {
        return FileFormat::ZshHistory;
    }
    if (name == QLatin1String("fish_history")) {
        return FileFormat::FishHistory;
    }
    if (name == QLatin1String(".python_history") || name == QLatin1String("python_history")) {
        return FileFormat::PythonHistory;
    }
    if (name == QLatin1String(".git-credentials") || pathEndsWith(path, QLatin1String("git/credentials"))) {
        return FileFormat::GitCredentials;
    }
    if (name == QLatin1String(".netrc") || name == QLatin1String("_netrc")) {
        return FileFormat::Netrc;
    }
    if (pathEndsWith(path, QLatin1String(".docker/config.json")) ||
        pathEndsWith(path, QLatin1String("containers/auth.json"))) {
        return FileFormat::DockerConfig;
    }
    if (pathEndsWith(path, QLatin1String("huggingface/stored_tokens"))) {
        return FileFormat::HfStoredTokens;
    }
    if (pathEndsWith(path, QLatin1String("huggingface/token")) ||
        pathEndsWith(path, QLatin1String("huggingface_staging/token"))) {
        return FileFormat::HfTokenFile;
    }
    if ((name == QLatin1String("history.sqlite") ||
         (name.startsWith(QLatin1String("history-corrupt")) && name.endsWith(QLatin1String(".sqlite")))) &&
        path.contains(QLatin1String("/profile_"))) {
        return FileFormat::IPythonHistory;
    }
    if (pathEndsWith(path, QLatin1String("conda-meta/state"))) {
        return FileFormat::CondaState;
    }
    if (isEnvironmentFile(path)) {
        return FileFormat::EnvFile;
    }
    return FileFormat::None;
}

void refineStructuredFindings(FileFormat format, const Matcher& matcher, Matcher::Scratch& scratch,
                              std::string_view bytes, const QString& path, const FileFacts& facts,
                              QList<Finding>& findings, QStringList* problems)
{
    if (format == FileFormat::HfStoredTokens) {
        nameStoredTokens(bytes, findings);
        return;
    }
    const formats::ParseResult parsed = parse(format, bytes);
    if (problems != nullptr && !parsed.problems.empty()) {
        *problems << QStringLiteral("not every entry could be read (%1%2)")
                         .arg(QString::fromStdString(parsed.problems.front()))
                         .arg(parsed.problems.size() > 1
                                  ? QStringLiteral(" and %1 more").arg(parsed.problems.size() - 1)
                                  : QString());
    }
    if (parsed.entries.empty()) {
        return;
    }
    const SourceKind kind = findings.isEmpty() ? classifyPath(path) : findings.first().place.kind;
    const std::string rawPath = path.toStdString();

    QHash<qint64, qsizetype> byOffset; // file offset → index in findings
    for (qsizetype i = 0; i < findings.size(); ++i) {
        byOffset.insert(findings.at(i).offset, i);
    }
    QSet<qsizetype> refined;
    QList<Finding> added;
    std::vector<Match> matches;
    std::vector<qint64> entryLastLine(parsed.entries.size());

    for (size_t index = 0; index < parsed.entries.size(); ++index) {
        const formats::Entry& e = parsed.entries[index];
        entryLastLine[index] = e.line + static_cast<qint64>(std::count(e.text.begin(), e.text.end(), '\n'));
        if (e.text.empty()) {
            continue;
        }
        matches.clear();
        matcher.scan(e.text, BufferRegion::whole(e.text.size()), rawPath, scratch, matches);
        for (const Match& m : matches) {
            if (e.offset >= 0) {
                // A slice of the file: the plain read found it at the same byte (or builds it from the file).
                const qint64 fileOffset = e.offset + static_cast<qint64>(m.begin);
                const auto it = byOffset.constFind(fileOffset);
                if (it != byOffset.constEnd()) {
                    enrich(findings[*it], e, static_cast<qsizetype>(index), format);
                    refined.insert(*it);
                    continue;
                }
                if (fileOffset + static_cast<qint64>(m.length()) <= static_cast<qint64>(bytes.size())) {
                    QList<Finding> one;
                    detail::collectFindings(matcher, bytes,
                                            {Match{m.rule, static_cast<size_t>(fileOffset),
                                                   static_cast<size_t>(fileOffset) + m.length()}},
                                            0, 0, false, path, kind, facts, one);
                    for (Finding& f : one) {
                        enrich(f, e, static_cast<qsizetype>(index), format);
                        byOffset.insert(f.offset, findings.size() + added.size());
                        added.append(std::move(f));
                    }
                }
                continue;
            }
            // Decoded text: the same secret on the entry's lines is the same finding; otherwise only the
            // decoded text holds it.
            QList<Finding> one;
            detail::collectFindings(matcher, e.text, {m}, 0, 0, false, path, kind, facts, one);
            if (one.isEmpty()) {
                continue;
            }
            Finding& d = one.first();
            bool merged = false;
            for (qsizetype i = 0; i < findings.size(); ++i) {
                const Finding& p = findings.at(i);
                if (p.secretSha256 == d.secretSha256 && p.line >= e.line && p.line <= entryLastLine[index]) {
                    enrich(findings[i], e, static_cast<qsizetype>(index), format);
                    refined.insert(i);
                    merged = true;
                }
            }
            if (merged) {
                continue;
            }
            const qint64 lineInEntry = d.line;
            d.line = e.line + lineInEntry - 1;
            d.contextFirstLine = e.line + d.contextFirstLine - 1;
            d.offset = -1; // the secret's bytes are encoded in the file
            const QString note = decodedNote(format, e.field);
            if (!note.isEmpty()) {
                d.notes << note;
            }
            enrich(d, e, static_cast<qsizetype>(index), format);
            added.append(std::move(d));
        }
    }

    // Findings of the plain read that no entry's text matched (a rule that needs the file's own layout, such
    // as the .netrc password rules) still take the coordinates of the entry on their line.
    for (qsizetype i = 0; i < findings.size(); ++i) {
        if (refined.contains(i)) {
            continue;
        }
        Finding& f = findings[i];
        for (size_t index = 0; index < parsed.entries.size(); ++index) {
            const formats::Entry& e = parsed.entries[index];
            if (f.line >= e.line && f.line <= entryLastLine[index] &&
                (e.offset < 0 ||
                 (f.offset >= e.offset && f.offset < e.offset + static_cast<qint64>(e.text.size())))) {
                enrich(f, e, static_cast<qsizetype>(index), format);
                break;
            }
        }
    }
    findings.append(added);
}

void refineIPythonHistoryFindings(const Matcher& matcher, Matcher::Scratch& scratch, const QString& path,
                                  const FileFacts& facts, QList<Finding>& findings, QStringList* problems,
                                  const std::atomic<bool>* cancelled)
{
    const formats::IPythonHistoryResult history = formats::readIPythonHistory(path, cancelled);
    if (!history.error.isEmpty() && problems != nullptr) {
        *problems << QStringLiteral("IPython history not fully read: %1").arg(history.error);
    }
    const std::string rawPath = path.toStdString();
    QList<Finding> rows;
    std::vector<Match> matches;
    for (const formats::IPythonHistoryRow& row : history.rows) {
        matches.clear();
        matcher.scan(row.text, BufferRegion::whole(row.text.size()), rawPath, scratch, matches);
        if (matches.empty()) {
            continue;
        }
        QList<Finding> found;
        detail::collectFindings(matcher, row.text, matches, 0, 0, false, path, SourceKind::IPythonHistory,
                                facts, found);
        for (Finding& f : found) {
            f.place.kind = SourceKind::IPythonHistory;
            f.place.session = row.session;
            f.place.entry = row.line;
            f.place.time = row.sessionStart;
            f.place.part = row.output ? CellPart::Output : CellPart::Source;
            f.place.language = row.output ? QString() : QStringLiteral("python");
            f.place.lineInPart = f.line; // the context is the row's own lines
            f.offset = -1;               // the row's bytes are in the database's pages, not at one place
            if (history.fromWal) {
                f.notes << QStringLiteral(
                    "includes the write-ahead log (-wal) of a running or crashed kernel");
            }
            rows.append(std::move(f));
        }
    }
    if (history.error.isEmpty() || !rows.isEmpty()) {
        QSet<QString> inRows;
        for (const Finding& f : std::as_const(rows)) {
            inRows.insert(f.secretSha256);
        }
        QList<Finding> kept;
        QHash<QString, qsizetype>
            residualOf; // one finding per secret left in free pages, with its copy count
        for (Finding& f : findings) {
            if (inRows.contains(f.secretSha256)) {
                continue;
            }
            if (const auto it = residualOf.constFind(f.secretSha256); it != residualOf.constEnd()) {
                ++kept[*it].place.entry; // counts the copies; shown in the note below
                continue;
            }
            residualOf.insert(f.secretSha256, kept.size());
            f.place.entry = 1;
            // Bytes no row holds: a deleted row or a free page, still readable by anyone who reads the file.
            f.place.kind = SourceKind::IPythonHistory;
            f.notes << QStringLiteral(
                "not in any history row: left in deleted rows or free pages of the database "
                "(VACUUM removes it)");
            kept.append(std::move(f));
        }
        for (Finding& f : kept) {
            if (f.place.entry > 1) {
                f.notes << QStringLiteral("%1 copies of it are left in the file").arg(f.place.entry);
            }
            f.place.entry = 0;
        }
        findings = kept + rows;
    }
}

void markTokenStoreFindings(const QString& path, QList<Finding>& findings)
{
    const bool legacy = pathEndsWith(path, QLatin1String(".huggingface/token"));
    const bool staging = pathEndsWith(path, QLatin1String("huggingface_staging/token"));
    for (Finding& f : findings) {
        f.place.kind = SourceKind::TokenStore;
        if (legacy) {
            f.notes << QStringLiteral("legacy token file written by huggingface_hub 0.11 and older");
        } else if (staging) {
            f.notes << QStringLiteral("token of Hugging Face's staging hub");
        }
        if ((f.file.mode & 0077U) == 0 && !legacy) {
            // Where huggingface_hub keeps it, readable only by its owner: expected, not a leak.
            f.severity = Severity::Info;
            f.notes << QStringLiteral("stored by huggingface_hub where it belongs, readable only by you");
        }
    }
}

} // namespace keyscout
