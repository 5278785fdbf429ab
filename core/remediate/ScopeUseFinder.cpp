// SPDX-License-Identifier: GPL-3.0-or-later
#include "ScopeUseFinder.h"

#include "findings/SecretMask.h"
#include "sources/formats/Notebook.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <algorithm>
#include <vector>

namespace keyscout::detail {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("keyscout::detail::Collector", text);
}

constexpr int kMaxCallArguments = 2000; // characters of a call's argument list looked at
constexpr int kMaxDepth = 32;
constexpr qint64 kModelCardBytes = qint64{64} << 10;

using Use = ScopeUse::Kind;
using Found = ScopeUse;

// Folders never worth reading for a person's own code: tools' caches and installed packages.
bool skippedFolder(const QString& name)
{
    static const QSet<QString> names{
        QStringLiteral(".git"),        QStringLiteral("node_modules"),  QStringLiteral("__pycache__"),
        QStringLiteral(".venv"),       QStringLiteral("venv"),          QStringLiteral("site-packages"),
        QStringLiteral(".tox"),        QStringLiteral(".mypy_cache"),   QStringLiteral(".ipynb_checkpoints"),
        QStringLiteral(".cache"),      QStringLiteral(".pytest_cache"), QStringLiteral("dist-packages"),
        QStringLiteral(".ruff_cache"), QStringLiteral(".idea"),         QStringLiteral(".vscode")};
    return names.contains(name);
}

enum class FileKind { None, Python, Notebook, Shell, Yaml, Toml, Markdown, Text, GitConfig };

FileKind kindOf(const QString& name)
{
    const QString suffix = QFileInfo(name).suffix().toLower();
    if (suffix == QLatin1String("py")) {
        return FileKind::Python;
    }
    if (suffix == QLatin1String("ipynb")) {
        return FileKind::Notebook;
    }
    if (suffix == QLatin1String("sh") || suffix == QLatin1String("bash") || suffix == QLatin1String("zsh")) {
        return FileKind::Shell;
    }
    if (suffix == QLatin1String("yaml") || suffix == QLatin1String("yml")) {
        return FileKind::Yaml;
    }
    if (suffix == QLatin1String("toml")) {
        return FileKind::Toml;
    }
    if (suffix == QLatin1String("md")) {
        return FileKind::Markdown;
    }
    if (suffix == QLatin1String("txt")) {
        return FileKind::Text;
    }
    return FileKind::None;
}

// Anything that looks like a token, or credentials in a URL, masked: evidence is shown and may be saved.
QString maskSnippet(QString line)
{
    static const QRegularExpression token(QStringLiteral("(hf_|api_org_)[A-Za-z0-9_]{6,}"));
    static const QRegularExpression userinfo(QStringLiteral("://[^/@\\s]+@"));
    line.replace(userinfo, QStringLiteral("://…@"));
    QString out;
    qsizetype last = 0;
    auto it = token.globalMatch(line);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        out += line.mid(last, m.capturedStart() - last);
        out += maskSecret(m.captured().toStdString(), m.captured(1).toStdString());
        last = m.capturedEnd();
    }
    out += line.mid(last);
    out = out.trimmed();
    if (out.size() > 160) {
        out = out.left(159) + QChar(0x2026);
    }
    return out;
}

bool isPlaceholder(const QString& id)
{
    static const QStringList fragments{
        QStringLiteral("your"),     QStringLiteral("xxx"),       QStringLiteral("example"),
        QStringLiteral("username"), QStringLiteral("user-name"), QStringLiteral("<"),
        QStringLiteral(">"),        QStringLiteral("{"),         QStringLiteral("}"),
        QStringLiteral("$"),        QStringLiteral("..."),       QStringLiteral("placeholder")};
    static const QSet<QString> exact{QStringLiteral("org/name"),
                                     QStringLiteral("org/model"),
                                     QStringLiteral("user/repo"),
                                     QStringLiteral("user/model"),
                                     QStringLiteral("owner/repo"),
                                     QStringLiteral("namespace/repo"),
                                     QStringLiteral("namespace/name"),
                                     QStringLiteral("repo/id"),
                                     QStringLiteral("path/to"),
                                     QStringLiteral("org/repo"),
                                     QStringLiteral("organization/model"),
                                     QStringLiteral("foo/bar")};
    const QString lower = id.toLower();
    if (exact.contains(lower)) {
        return true;
    }
    return std::any_of(fragments.begin(), fragments.end(),
                       [&](const QString& f) { return lower.contains(f); });
}

// "org/name" as the Hub allows it; local paths ("./x", "data/train.csv", "a/b/c") are not repositories.
bool isRepoId(const QString& id)
{
    static const QRegularExpression shape(
        QStringLiteral("^[A-Za-z0-9][A-Za-z0-9._-]{0,95}/[A-Za-z0-9][A-Za-z0-9._-]{0,95}$"));
    static const QRegularExpression fileSuffix(
        QStringLiteral(
            "\\.(json|jsonl|csv|tsv|txt|py|bin|pt|pth|ckpt|safetensors|parquet|arrow|yaml|yml|md|gguf|zip|gz|"
            "tar|npz|npy|pkl|h5|onnx)$"),
        QRegularExpression::CaseInsensitiveOption);
    return shape.match(id).hasMatch() && !id.contains(QLatin1String("--")) &&
           !id.contains(QLatin1String("..")) && !fileSuffix.match(id).hasMatch() && !isPlaceholder(id);
}

QString normalisedRepoType(const QString& type)
{
    const QString t = type.toLower();
    if (t == QLatin1String("dataset") || t == QLatin1String("datasets")) {
        return QStringLiteral("dataset");
    }
    if (t == QLatin1String("space") || t == QLatin1String("spaces")) {
        return QStringLiteral("space");
    }
    return QStringLiteral("model");
}

// Line starts of a text, for offset → line.
class LineIndex {
public:
    explicit LineIndex(const QString& text)
    {
        m_starts.push_back(0);
        for (qsizetype i = 0; i < text.size(); ++i) {
            if (text.at(i) == QLatin1Char('\n')) {
                m_starts.push_back(i + 1);
            }
        }
    }
    [[nodiscard]] qint64 lineAt(qsizetype offset) const
    {
        const auto it = std::upper_bound(m_starts.begin(), m_starts.end(), offset);
        return static_cast<qint64>(it - m_starts.begin());
    }
    [[nodiscard]] qsizetype startOf(qint64 line) const { return m_starts[static_cast<size_t>(line - 1)]; }

private:
    std::vector<qsizetype> m_starts;
};

QString lineText(const QString& text, const LineIndex& lines, qint64 line)
{
    const qsizetype start = lines.startOf(line);
    qsizetype end = text.indexOf(QLatin1Char('\n'), start);
    if (end < 0) {
        end = text.size();
    }
    return text.mid(start, end - start);
}

// The argument list of a call whose "(" is at `open`: up to the matching ")", quotes respected, bounded.
QString callArguments(const QString& text, qsizetype open)
{
    int depth = 0;
    QChar quote;
    const qsizetype limit = std::min(text.size(), open + kMaxCallArguments);
    for (qsizetype i = open; i < limit; ++i) {
        const QChar c = text.at(i);
        if (!quote.isNull()) {
            if (c == QLatin1Char('\\')) {
                ++i;
            } else if (c == quote) {
                quote = QChar();
            }
            continue;
        }
        if (c == QLatin1Char('"') || c == QLatin1Char('\'')) {
            quote = c;
        } else if (c == QLatin1Char('(')) {
            ++depth;
        } else if (c == QLatin1Char(')') && --depth == 0) {
            return text.mid(open + 1, i - open - 1);
        }
    }
    return text.mid(open + 1, limit - open - 1);
}

// The string literal value of keyword `name` in an argument list, or of the first positional argument
// (`name` empty). Only literals count: a variable's value is unknown without running the code.
QString literalArgument(const QString& arguments, const QString& name)
{
    // Compiled once per keyword (per thread: plans may be made on worker threads).
    thread_local QHash<QString, QRegularExpression> compiled;
    auto found = compiled.find(name);
    if (found == compiled.end()) {
        const QString literal =
            QStringLiteral("[rRbBuU]?(?:\"([^\"\\\\\\n]{1,200})\"|'([^'\\\\\\n]{1,200})')");
        const QString prefix =
            name.isEmpty() ? QStringLiteral("^\\s*")
                           : QString(QStringLiteral("(?<![\\w.])") + name + QStringLiteral("\\s*=\\s*"));
        found = compiled.insert(name, QRegularExpression(prefix + literal));
    }
    const QRegularExpression& re = *found;
    const QRegularExpressionMatch m = re.match(arguments);
    if (!m.hasMatch()) {
        return {};
    }
    return m.captured(1).isEmpty() ? m.captured(2) : m.captured(1);
}

// Every top-level string literal argument (positional or not), for pipeline("task", "org/model").
QStringList literalArguments(const QString& arguments)
{
    static const QRegularExpression re(QStringLiteral(
        "(?:^|,)\\s*[rRbBuU]?(?:\"([^\"\\\\\\n]{1,200})\"|'([^'\\\\\\n]{1,200})')\\s*(?=,|$)"));
    QStringList out;
    auto it = re.globalMatch(arguments);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        out << (m.captured(1).isEmpty() ? m.captured(2) : m.captured(1));
    }
    return out;
}

struct CallRule {
    const char* name;
    Use use;
    const char* verb;
    const char* fixedType; // a call that only ever means one kind of repository, else nullptr
    bool positional;       // the repository may be the first positional argument
};

// Calls of transformers, datasets, diffusers, sentence-transformers and huggingface_hub (HfApi methods and
// the module-level functions alike) that name a repository.
const CallRule kCalls[] = {
    {"from_pretrained", Use::Read, "loads", "model", true},
    {"snapshot_download", Use::Read, "downloads", nullptr, true},
    {"hf_hub_download", Use::Read, "downloads from", nullptr, true},
    {"load_dataset", Use::Read, "loads", "dataset", true},
    {"SentenceTransformer", Use::Read, "loads", "model", true},
    {"list_repo_files", Use::Read, "lists", nullptr, true},
    {"push_to_hub", Use::Write, "pushes to", nullptr, true},
    {"upload_file", Use::Write, "uploads to", nullptr, false},
    {"upload_folder", Use::Write, "uploads to", nullptr, false},
    {"upload_large_folder", Use::Write, "uploads to", nullptr, false},
    {"create_commit", Use::Write, "commits to", nullptr, false},
    {"create_repo", Use::Write, "creates", nullptr, true},
    {"delete_file", Use::Write, "deletes files in", nullptr, false},
    {"delete_folder", Use::Write, "deletes files in", nullptr, false},
    {"create_branch", Use::Write, "creates a branch in", nullptr, true},
    {"create_tag", Use::Write, "tags", nullptr, true},
    {"delete_repo", Use::Write, "deletes", nullptr, true},
    {"update_repo_settings", Use::Write, "changes the settings of", nullptr, true},
};

class Collector {
public:
    Collector(const ScopePlanOptions& options, ScopePlan& plan)
        : m_options(options)
        , m_plan(plan)
        , m_deadline(options.timeLimitMs)
    {
    }

    QList<Found> found;

    bool stopped()
    {
        if (m_plan.truncated) {
            return true;
        }
        const bool cancelled = m_options.cancel != nullptr && m_options.cancel->load();
        if (cancelled || m_deadline.hasExpired() || m_plan.filesRead >= m_options.maxFiles ||
            m_bytes >= m_options.maxTotalBytes) {
            m_plan.truncated = true;
            m_plan.notes << (cancelled ? tr("Stopped before every file was read: the plan may miss a use.")
                                       : tr("Stopped at the reading limit (time, files or bytes): the plan "
                                            "may miss a use."));
            return true;
        }
        return false;
    }

    void walk(const QString& root)
    {
        const QFileInfo rootInfo(root);
        if (!rootInfo.isDir()) {
            m_plan.notes << tr("%1: not a folder that can be read").arg(root);
            return;
        }
        const QString hub = m_options.hubCache.isEmpty() ? QString() : QDir::cleanPath(m_options.hubCache);
        std::vector<std::pair<QString, int>> stack{{QDir::cleanPath(rootInfo.absoluteFilePath()), 0}};
        const QDir base(rootInfo.absoluteFilePath());
        while (!stack.empty() && !stopped()) {
            const auto [dir, depth] = stack.back();
            stack.pop_back();
            // Files in name order, then the sub-folders in name order (pushed reversed onto the stack).
            const QFileInfoList entries = QDir(dir).entryInfoList(
                QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System, QDir::Name);
            const size_t firstChild = stack.size();
            for (const QFileInfo& info : entries) {
                if (info.isSymLink()) {
                    continue; // never followed out of the person's projects
                }
                if (info.isDir()) {
                    if (info.fileName() == QLatin1String(".git")) {
                        readFile(info.absoluteFilePath() + QStringLiteral("/config"), FileKind::GitConfig,
                                 base);
                    } else if (!skippedFolder(info.fileName()) && depth < kMaxDepth &&
                               QDir::cleanPath(info.absoluteFilePath()) != hub) {
                        stack.emplace_back(info.absoluteFilePath(), depth + 1);
                    }
                } else if (info.isFile()) {
                    const FileKind kind = kindOf(info.fileName());
                    if (kind != FileKind::None) {
                        readFile(info.absoluteFilePath(), kind, base);
                    }
                }
            }
            std::reverse(stack.begin() + static_cast<std::ptrdiff_t>(firstChild), stack.end());
        }
    }

    void readCache()
    {
        const QDir hub(m_options.hubCache);
        if (m_options.hubCache.isEmpty() || !hub.exists()) {
            return;
        }
        static const QRegularExpression name(
            QStringLiteral("^(models|datasets|spaces)--([^-][^/]*?)--(.+)$"));
        for (const QFileInfo& info : hub.entryInfoList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name)) {
            const QRegularExpressionMatch m = name.match(info.fileName());
            if (!m.hasMatch()) {
                continue; // a canonical model without an organisation ("models--gpt2"), or not a repository
            }
            const QString id = m.captured(2) + QLatin1Char('/') + m.captured(3);
            if (!isRepoId(id)) {
                continue;
            }
            Found f;
            f.use = Use::Read;
            f.repoType = normalisedRepoType(m.captured(1));
            f.repoId = id;
            f.verb = QStringLiteral("has downloaded");
            f.evidence.path = info.absoluteFilePath();
            f.evidence.display = QStringLiteral("HF cache ") + info.fileName();
            found << f;
            if (modelCardSaysGated(info.absoluteFilePath())) {
                m_gated.insert(f.repoType + QLatin1Char(':') + id);
            }
        }
    }

    [[nodiscard]] QSet<QString> gated() const { return m_gated; }

private:
    // A gated repository's model card declares it in its YAML header (`gated:` or `extra_gated_…` keys);
    // nothing else in the cache says so. Only a card that was downloaded counts.
    static bool modelCardSaysGated(const QString& repoFolder)
    {
        const QDir snapshots(repoFolder + QStringLiteral("/snapshots"));
        for (const QString& commit : snapshots.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
            QFile card(snapshots.filePath(commit) + QStringLiteral("/README.md"));
            if (!card.open(QIODevice::ReadOnly)) {
                continue;
            }
            const QString text = QString::fromUtf8(card.read(kModelCardBytes));
            if (!text.startsWith(QLatin1String("---"))) {
                continue;
            }
            const qsizetype end = text.indexOf(QLatin1String("\n---"), 3);
            const QString header = text.mid(0, end < 0 ? text.size() : end);
            static const QRegularExpression gated(
                QStringLiteral("^(extra_gated_\\w+\\s*:|gated\\s*:\\s*(true|auto|manual))"),
                QRegularExpression::MultilineOption);
            if (gated.match(header).hasMatch()) {
                return true;
            }
        }
        return false;
    }

    void readFile(const QString& path, FileKind kind, const QDir& base)
    {
        if (stopped()) {
            return;
        }
        QFile file(path);
        if (!file.exists()) {
            return;
        }
        if (file.size() > m_options.maxFileSize) {
            ++m_plan.filesSkipped;
            return;
        }
        if (!file.open(QIODevice::ReadOnly)) {
            ++m_plan.filesSkipped;
            m_plan.notes << tr("%1: cannot be read").arg(path);
            return;
        }
        const QByteArray bytes = file.read(m_options.maxFileSize);
        m_bytes += bytes.size();
        ++m_plan.filesRead;
        ScopeEvidence where;
        where.path = path;
        where.display = base.relativeFilePath(path);
        if (kind == FileKind::Notebook) {
            readNotebook(bytes, where);
            return;
        }
        const QString text = QString::fromUtf8(bytes);
        const LineIndex lines(text);
        scanText(text, lines, kind, where, [&](qsizetype offset) { return lines.lineAt(offset); });
    }

    void readNotebook(const QByteArray& bytes, const ScopeEvidence& where)
    {
        const std::string_view view(bytes.constData(), static_cast<size_t>(bytes.size()));
        const formats::NotebookDecoding nb = formats::decodeNotebook(view);
        if (!nb.ok) {
            const QString text = QString::fromUtf8(bytes);
            const LineIndex lines(text);
            scanText(text, lines, FileKind::Text, where,
                     [&](qsizetype offset) { return lines.lineAt(offset); });
            return;
        }
        for (const formats::NotebookPart& part : nb.parts) {
            if (part.part != CellPart::Source) {
                continue; // outputs show what ran, not what the code asks for
            }
            const QString text = QString::fromStdString(part.text);
            const LineIndex lines(text);
            ScopeEvidence cell = where;
            cell.cell = part.cell;
            const FileKind kind =
                part.cellType == QLatin1String("markdown") ? FileKind::Markdown : FileKind::Python;
            scanText(text, lines, kind, cell, [&](qsizetype offset) {
                // The notebook file's own line: what an editor shows for the JSON.
                const size_t utf8 = static_cast<size_t>(text.left(offset).toUtf8().size());
                return nb.document.lineAt(
                    static_cast<std::uint32_t>(formats::notebookFileOffset(nb, part, utf8)));
            });
        }
    }

    template <typename LineOf>
    void scanText(const QString& text, const LineIndex& lines, FileKind kind, const ScopeEvidence& where,
                  const LineOf& fileLine)
    {
        auto add = [&](Use use, const QString& type, const QString& id, const QString& verb,
                       qsizetype offset) {
            if (use != Use::Inference && (!isRepoId(id) || isLocalFolder(where.path, id))) {
                return;
            }
            const qint64 line = lines.lineAt(offset);
            const QString source = lineText(text, lines, line);
            if ((kind == FileKind::Python || kind == FileKind::Shell || kind == FileKind::Yaml ||
                 kind == FileKind::Toml) &&
                source.trimmed().startsWith(QLatin1Char('#'))) {
                return; // commented out
            }
            Found f;
            f.use = use;
            f.repoType = type;
            f.repoId = id;
            f.verb = verb;
            f.evidence = where;
            f.evidence.line = fileLine(offset);
            f.evidence.snippet = maskSnippet(source);
            found << f;
        };
        if (kind == FileKind::GitConfig) {
            scanRemotes(text, add);
            return;
        }
        scanCalls(text, add);
        scanCommands(text, add);
        scanInference(text, add);
        if (kind == FileKind::Yaml || kind == FileKind::Toml) {
            scanSettings(text, add);
        }
    }

    template <typename Add> static void scanCalls(const QString& text, const Add& add)
    {
        static const QRegularExpression calls([]() -> QString {
            QStringList names;
            for (const CallRule& rule : kCalls) {
                names << QLatin1String(rule.name);
            }
            names << QStringLiteral("pipeline");
            return QStringLiteral("\\b(") + names.join(QLatin1Char('|')) + QStringLiteral(")\\s*\\(");
        }());
        auto it = calls.globalMatch(text);
        while (it.hasNext()) {
            const QRegularExpressionMatch m = it.next();
            const QString name = m.captured(1);
            const QString args = callArguments(text, m.capturedEnd() - 1);
            if (name == QLatin1String("pipeline")) {
                QString model = literalArgument(args, QStringLiteral("model"));
                if (model.isEmpty()) {
                    const QStringList literals = literalArguments(args);
                    const auto slash = std::find_if(literals.begin(), literals.end(), [](const QString& s) {
                        return s.contains(QLatin1Char('/'));
                    });
                    model = slash == literals.end() ? QString() : *slash;
                }
                add(Use::Read, QStringLiteral("model"), model, QStringLiteral("loads"), m.capturedStart());
                continue;
            }
            const CallRule* rule = std::find_if(std::begin(kCalls), std::end(kCalls), [&](const CallRule& r) {
                return name == QLatin1String(r.name);
            });
            QString id;
            for (const char* keyword :
                 {"repo_id", "pretrained_model_name_or_path", "model", "repo", "path"}) {
                id = literalArgument(args, QLatin1String(keyword));
                if (!id.isEmpty()) {
                    break;
                }
            }
            if (id.isEmpty() && rule->positional) {
                id = literalArgument(args, QString());
            }
            const QString type = rule->fixedType != nullptr
                                     ? QLatin1String(rule->fixedType)
                                     : normalisedRepoType(literalArgument(args, QStringLiteral("repo_type")));
            add(rule->use, type, id, QLatin1String(rule->verb), m.capturedStart());
        }
    }

    // `huggingface-cli download|upload`, `hf download|upload`, `git clone https://huggingface.co/…`.
    template <typename Add> static void scanCommands(const QString& text, const Add& add)
    {
        static const QRegularExpression cli(
            QStringLiteral("(?:^|[\\s;&|`$(])(?:huggingface-cli|hf)\\s+(download|upload)\\s+([^\\n;&|]*)"));
        static const QSet<QString> valued{QStringLiteral("--repo-type"),
                                          QStringLiteral("--revision"),
                                          QStringLiteral("--local-dir"),
                                          QStringLiteral("--cache-dir"),
                                          QStringLiteral("--token"),
                                          QStringLiteral("--commit-message"),
                                          QStringLiteral("--commit-description"),
                                          QStringLiteral("--max-workers")};
        auto it = cli.globalMatch(text);
        while (it.hasNext()) {
            const QRegularExpressionMatch m = it.next();
            const QStringList words =
                m.captured(2).split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts);
            QString id;
            QString type;
            for (qsizetype i = 0; i < words.size(); ++i) {
                const QString& w = words.at(i);
                if (w.startsWith(QLatin1String("--repo-type="))) {
                    type = w.mid(12);
                } else if (w == QLatin1String("--repo-type") && i + 1 < words.size()) {
                    type = words.at(++i);
                } else if (valued.contains(w)) {
                    ++i;
                } else if (!w.startsWith(QLatin1Char('-')) && id.isEmpty()) {
                    id = w;
                    id.remove(QLatin1Char('"'));
                    id.remove(QLatin1Char('\''));
                }
            }
            const bool upload = m.captured(1) == QLatin1String("upload");
            add(upload ? Use::Write : Use::Read, normalisedRepoType(type), id,
                upload ? QStringLiteral("uploads to") : QStringLiteral("downloads"), m.capturedStart(1));
        }
        static const QRegularExpression clone(
            QStringLiteral("git\\s+clone\\s+[^\\n]*?(?:huggingface\\.co|hf\\.co)/(?:(datasets|spaces)/"
                           ")?([\\w.-]+/[\\w.-]+?)(?:\\.git)?(?=[\\s\"']|$)"),
            QRegularExpression::MultilineOption);
        auto clones = clone.globalMatch(text);
        while (clones.hasNext()) {
            const QRegularExpressionMatch m = clones.next();
            add(Use::Read, normalisedRepoType(m.captured(1)), m.captured(2), QStringLiteral("clones"),
                m.capturedStart());
        }
    }

    template <typename Add> static void scanInference(const QString& text, const Add& add)
    {
        static const QRegularExpression inference(
            QStringLiteral("\\b(?:Async)?InferenceClient\\s*\\(|api-inference\\.huggingface\\.co|"
                           "router\\.huggingface\\.co|inference\\.serverless"));
        auto it = inference.globalMatch(text);
        while (it.hasNext()) {
            const QRegularExpressionMatch m = it.next();
            add(Use::Inference, QString(), QString(), QStringLiteral("calls Inference Providers"),
                m.capturedStart());
        }
    }

    // Training configurations name repositories by key (transformers' TrainingArguments, axolotl, TRL, …):
    // `base_model: org/name` is read, `hub_model_id: org/name` is pushed to.
    template <typename Add> static void scanSettings(const QString& text, const Add& add)
    {
        static const QRegularExpression setting(
            QStringLiteral(
                "^[ \\t-]*\"?(base_model|model_name_or_path|pretrained_model_name_or_path|model_id|"
                "tokenizer_name|base_model_config|dataset_name|hub_model_id|push_to_hub_model_id|"
                "hub_repo_id)\"?\\s*[:=]\\s*[\"']?([\\w.-]+/[\\w.-]+)[\"']?\\s*(?:#.*)?$"),
            QRegularExpression::MultilineOption);
        auto it = setting.globalMatch(text);
        while (it.hasNext()) {
            const QRegularExpressionMatch m = it.next();
            const QString key = m.captured(1);
            if (key.startsWith(QLatin1String("hub_")) || key.startsWith(QLatin1String("push_"))) {
                add(Use::Write, QStringLiteral("model"), m.captured(2), QStringLiteral("pushes to"),
                    m.capturedStart(2));
            } else {
                add(Use::Read,
                    key == QLatin1String("dataset_name") ? QStringLiteral("dataset")
                                                         : QStringLiteral("model"),
                    m.captured(2), QStringLiteral("loads"), m.capturedStart(2));
            }
        }
    }

    // A remote on the Hub in .git/config: the repository is pushed to.
    template <typename Add> static void scanRemotes(const QString& text, const Add& add)
    {
        static const QRegularExpression url(
            QStringLiteral(
                "^\\s*(?:push)?url\\s*=\\s*\\S*?(?:huggingface\\.co|hf\\.co)[/:](?:(datasets|spaces)/)?"
                "([\\w.-]+/[\\w.-]+?)(?:\\.git)?/?\\s*$"),
            QRegularExpression::MultilineOption);
        auto it = url.globalMatch(text);
        while (it.hasNext()) {
            const QRegularExpressionMatch m = it.next();
            add(Use::Write, normalisedRepoType(m.captured(1)), m.captured(2),
                QStringLiteral("has a git remote on"), m.capturedStart());
        }
    }

    // from_pretrained("checkpoints/run1") loads a folder next to the code, not a repository.
    static bool isLocalFolder(const QString& file, const QString& id)
    {
        const QString folder = QFileInfo(file).absolutePath();
        return QFileInfo::exists(folder + QLatin1Char('/') + id) ||
               QFileInfo::exists(QFileInfo(folder).absolutePath() + QLatin1Char('/') + id);
    }

    const ScopePlanOptions& m_options;
    ScopePlan& m_plan;
    QDeadlineTimer m_deadline;
    qint64 m_bytes = 0;
    QSet<QString> m_gated;
};

} // namespace

bool ScopeUses::isGated(const QString& type, const QString& id) const
{
    return gated.contains(type + QLatin1Char(':') + id);
}

ScopeUses findScopeUses(const ScopePlanOptions& options, ScopePlan& plan)
{
    Collector collector(options, plan);
    for (const QString& folder : options.folders) {
        collector.walk(folder);
    }
    collector.readCache();
    return {collector.found, collector.gated()};
}

} // namespace keyscout::detail
