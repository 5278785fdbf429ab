// SPDX-License-Identifier: GPL-3.0-or-later
#include "GitGuards.h"

#include "AtomicFile.h"
#include "sources/FindingBuilder.h"
#include "sources/formats/Json.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <tuple>
#include <utility>

namespace keyscout {

namespace {

constexpr int kGitTimeoutMs = 120000;
// The hook's own lines that say it is Keyscout's, and whether it made the hooks folder.
constexpr char kHookMarker[] = "# keyscout-pre-commit-hook";
constexpr char kCreatedFolderMarker[] = "# keyscout-created-hooks-folder";
// Keyscout's lines in info/attributes; the second form records that a final newline had to be added first.
constexpr char kAttributesComment[] =
    "# keyscout: notebooks are committed without outputs (keyscout hook remove)";
constexpr char kAttributesCommentNewline[] =
    "# keyscout: notebooks are committed without outputs (keyscout hook remove) ";

// A path inside single quotes for sh: ' becomes '\''.
QByteArray shellQuoted(const QString& text)
{
    QByteArray out = QFile::encodeName(text);
    out.replace('\'', "'\\''");
    return '\'' + out + '\'';
}

QByteArray attributesLine()
{
    return QByteArray("*.ipynb filter=") + NotebookCleanFilter::kFilterName;
}

} // namespace

GitRepository::GitRepository(const QString& path)
{
    QProcess git;
    git.setWorkingDirectory(QFileInfo(path).isDir() ? path : QFileInfo(path).absolutePath());
    git.start(QStringLiteral("git"), {QStringLiteral("rev-parse"), QStringLiteral("--show-toplevel")});
    if (!git.waitForFinished(kGitTimeoutMs) || git.exitStatus() != QProcess::NormalExit ||
        git.exitCode() != 0) {
        m_error = QCoreApplication::translate("keyscout::GitRepository", "%1: not in a git working tree (%2)")
                      .arg(path, QString::fromLocal8Bit(git.readAllStandardError()).trimmed());
        return;
    }
    m_top = QString::fromLocal8Bit(git.readAllStandardOutput()).trimmed();
}

bool GitRepository::run(const QStringList& args, QByteArray* output, QString* error,
                        const QByteArray& input) const
{
    QProcess git;
    git.setWorkingDirectory(m_top);
    git.start(QStringLiteral("git"), args);
    if (!git.waitForStarted(kGitTimeoutMs)) {
        *error = QCoreApplication::translate("keyscout::GitRepository", "git cannot be started: %1")
                     .arg(git.errorString());
        return false;
    }
    if (!input.isEmpty()) {
        git.write(input);
    }
    git.closeWriteChannel();
    // QProcess drains the pipes into its buffers while it waits: a large staged file cannot stall git.
    if (!git.waitForFinished(kGitTimeoutMs)) {
        git.kill();
        git.waitForFinished(1000);
        *error = QCoreApplication::translate("keyscout::GitRepository", "git %1 did not finish in time")
                     .arg(args.value(0));
        return false;
    }
    const QByteArray out = git.readAllStandardOutput();
    if (git.exitStatus() != QProcess::NormalExit || git.exitCode() != 0) {
        *error = QCoreApplication::translate("keyscout::GitRepository", "git %1 failed: %2")
                     .arg(args.value(0), QString::fromLocal8Bit(git.readAllStandardError()).trimmed());
        return false;
    }
    if (output != nullptr) {
        *output = out;
    }
    return true;
}

QString GitRepository::gitPath(const QString& name) const
{
    QByteArray out;
    QString error;
    if (!run({QStringLiteral("rev-parse"), QStringLiteral("--git-path"), name}, &out, &error)) {
        return {};
    }
    const QString path = QString::fromLocal8Bit(out).trimmed();
    return QDir::cleanPath(QDir(m_top).absoluteFilePath(path));
}

// ---- pre-commit hook

PreCommitHook::PreCommitHook(const GitRepository& repository, QString keyscout)
    : m_repository(repository)
    , m_keyscout(std::move(keyscout))
{
}

QString PreCommitHook::path() const
{
    const QString hooks = m_repository.gitPath(QStringLiteral("hooks"));
    return hooks.isEmpty() ? QString() : hooks + QStringLiteral("/pre-commit");
}

QByteArray PreCommitHook::script(bool createdFolder) const
{
    const QByteArray program = shellQuoted(m_keyscout);
    QByteArray s = "#!/bin/sh\n";
    s += QByteArray(kHookMarker) + ": installed by Keyscout; `keyscout hook remove` takes it away.\n";
    if (createdFolder) {
        s += QByteArray(kCreatedFolderMarker) + "\n";
    }
    s += "# Blocks a commit whose staged files hold a token. Skip once with `git commit --no-verify`.\n"
         "previous=\"$(dirname \"$0\")/pre-commit" +
         QByteArray(kPreviousSuffix) +
         "\"\n"
         "if [ -x \"$previous\" ]; then\n"
         "    \"$previous\" \"$@\" || exit $?\n"
         "fi\n"
         "if [ ! -x " +
         program +
         " ]; then\n"
         "    echo \"keyscout: \"" +
         program +
         "\" is missing, so staged files cannot be checked for tokens; the commit is stopped.\" >&2\n"
         "    echo \"keyscout: reinstall Keyscout, or remove $0\" >&2\n"
         "    exit 1\n"
         "fi\n"
         "exec " +
         program + " hook pre-commit\n";
    return s;
}

bool PreCommitHook::isInstalled() const
{
    const QString hook = path();
    QFile file(hook);
    return !hook.isEmpty() && file.open(QIODevice::ReadOnly) && file.read(4096).contains(kHookMarker);
}

bool PreCommitHook::chainsPrevious() const
{
    return isInstalled() && QFileInfo(path() + QLatin1String(kPreviousSuffix)).exists();
}

bool PreCommitHook::install(QString* error)
{
    const QString hook = path();
    if (hook.isEmpty()) {
        *error =
            QCoreApplication::translate("keyscout::PreCommitHook", "%1: the hooks folder cannot be found")
                .arg(m_repository.topLevel());
        return false;
    }
    const QString folder = QFileInfo(hook).absolutePath();
    const QString previous = hook + QLatin1String(kPreviousSuffix);
    const bool existing = QFileInfo::exists(hook) || QFileInfo(hook).isSymLink();
    if (existing && !isInstalled()) {
        if (QFileInfo::exists(previous) || QFileInfo(previous).isSymLink()) {
            *error = QCoreApplication::translate(
                         "keyscout::PreCommitHook",
                         "%1: a pre-commit hook is there and %2 too; Keyscout leaves both alone")
                         .arg(hook, previous);
            return false;
        }
    }
    bool createdFolder = false;
    if (!QFileInfo::exists(folder)) {
        if (!QDir().mkpath(folder)) {
            *error = QCoreApplication::translate("keyscout::PreCommitHook",
                                                 "%1: the hooks folder cannot be created")
                         .arg(folder);
            return false;
        }
        createdFolder = true;
    } else if (existing && isInstalled()) {
        // Reinstalling keeps what the first install recorded.
        QFile old(hook);
        createdFolder = old.open(QIODevice::ReadOnly) && old.read(4096).contains(kCreatedFolderMarker);
    }
    // The person's hook keeps its bytes, mode and (if a link) its target: it is only renamed.
    if (existing && !isInstalled() &&
        std::rename(QFile::encodeName(hook).constData(), QFile::encodeName(previous).constData()) != 0) {
        *error = QCoreApplication::translate("keyscout::PreCommitHook", "%1: cannot be renamed to %2: %3")
                     .arg(hook, previous, QString::fromLocal8Bit(std::strerror(errno)));
        return false;
    }
    if (!writeFileAtomically(hook, script(createdFolder), error, 0755)) {
        if (existing && QFileInfo::exists(previous) && !QFileInfo::exists(hook)) {
            std::rename(QFile::encodeName(previous).constData(), QFile::encodeName(hook).constData());
        }
        return false;
    }
    return true;
}

bool PreCommitHook::remove(QString* error)
{
    const QString hook = path();
    if (!isInstalled()) {
        *error = QCoreApplication::translate("keyscout::PreCommitHook", "%1: not Keyscout's hook; left alone")
                     .arg(hook);
        return false;
    }
    QFile file(hook);
    const bool createdFolder =
        file.open(QIODevice::ReadOnly) && file.read(4096).contains(kCreatedFolderMarker);
    file.close();
    if (!QFile::remove(hook)) {
        *error = QCoreApplication::translate("keyscout::PreCommitHook", "%1: cannot be deleted").arg(hook);
        return false;
    }
    const QString previous = hook + QLatin1String(kPreviousSuffix);
    if ((QFileInfo::exists(previous) || QFileInfo(previous).isSymLink()) &&
        std::rename(QFile::encodeName(previous).constData(), QFile::encodeName(hook).constData()) != 0) {
        *error =
            QCoreApplication::translate("keyscout::PreCommitHook", "%1: cannot be renamed back to %2: %3")
                .arg(previous, hook, QString::fromLocal8Bit(std::strerror(errno)));
        return false;
    }
    if (createdFolder) {
        QDir().rmdir(QFileInfo(hook).absolutePath()); // only when empty
    }
    return true;
}

// ---- notebook clean filter

NotebookCleanFilter::NotebookCleanFilter(const GitRepository& repository, QString keyscout)
    : m_repository(repository)
    , m_keyscout(std::move(keyscout))
{
}

QString NotebookCleanFilter::command() const
{
    return QString::fromLocal8Bit(shellQuoted(m_keyscout)) + QStringLiteral(" strip-notebook");
}

QString NotebookCleanFilter::attributesPath() const
{
    return m_repository.gitPath(QStringLiteral("info/attributes"));
}

namespace {

QString filterKey()
{
    return QStringLiteral("filter.%1.clean").arg(QLatin1String(NotebookCleanFilter::kFilterName));
}

// The configured clean command of the repository's own config ("" when none).
QString configuredClean(const GitRepository& repository)
{
    QByteArray out;
    QString error;
    repository.run(
        {QStringLiteral("config"), QStringLiteral("--local"), QStringLiteral("--get"), filterKey()}, &out,
        &error);
    return QString::fromLocal8Bit(out).trimmed();
}

// Keyscout's block in an attributes file: where it starts and ends, and whether it added a newline before.
struct AttributesBlock {
    qsizetype begin = -1;
    qsizetype end = -1;
    bool addedNewline = false;
};

AttributesBlock findBlock(const QByteArray& text)
{
    AttributesBlock block;
    for (const bool newline : {true, false}) {
        const QByteArray wanted = QByteArray(newline ? kAttributesCommentNewline : kAttributesComment) +
                                  '\n' + attributesLine() + '\n';
        const qsizetype at = text.indexOf(wanted);
        if (at >= 0) {
            block.begin = at;
            block.end = at + wanted.size();
            block.addedNewline = newline;
            return block;
        }
    }
    return block;
}

} // namespace

bool NotebookCleanFilter::isInstalled() const
{
    QByteArray attributes;
    QString error;
    return configuredClean(m_repository) == command() &&
           readWholeFile(attributesPath(), &attributes, &error) && findBlock(attributes).begin >= 0;
}

bool NotebookCleanFilter::install(QString* error)
{
    const QString current = configuredClean(m_repository);
    if (!current.isEmpty() && current != command()) {
        *error = QCoreApplication::translate("keyscout::NotebookCleanFilter",
                                             "%1: %2 is already set to something else; left alone")
                     .arg(m_repository.topLevel(), filterKey());
        return false;
    }
    const QString attributes = attributesPath();
    if (attributes.isEmpty()) {
        *error =
            QCoreApplication::translate("keyscout::NotebookCleanFilter", "%1: the git folder cannot be found")
                .arg(m_repository.topLevel());
        return false;
    }
    QByteArray text;
    if (QFileInfo::exists(attributes) && !readWholeFile(attributes, &text, error)) {
        return false;
    }
    if (current.isEmpty() &&
        !m_repository.run({QStringLiteral("config"), QStringLiteral("--local"), filterKey(), command()},
                          nullptr, error)) {
        return false;
    }
    if (findBlock(text).begin >= 0) {
        return true;
    }
    const bool newline = !text.isEmpty() && !text.endsWith('\n');
    QByteArray after = text;
    if (newline) {
        after += '\n';
    }
    after +=
        QByteArray(newline ? kAttributesCommentNewline : kAttributesComment) + '\n' + attributesLine() + '\n';
    QDir().mkpath(QFileInfo(attributes).absolutePath());
    if (!writeFileAtomically(attributes, after, error,
                             text.isEmpty() && !QFileInfo::exists(attributes) ? 0644 : -1)) {
        QString ignored;
        m_repository.run({QStringLiteral("config"), QStringLiteral("--local"),
                          QStringLiteral("--remove-section"),
                          QStringLiteral("filter.%1").arg(QLatin1String(kFilterName))},
                         nullptr, &ignored);
        return false;
    }
    return true;
}

bool NotebookCleanFilter::remove(QString* error)
{
    const QString attributes = attributesPath();
    QByteArray text;
    if (QFileInfo::exists(attributes) && !readWholeFile(attributes, &text, error)) {
        return false;
    }
    const AttributesBlock block = findBlock(text);
    if (block.begin >= 0) {
        const qsizetype from = block.addedNewline && block.begin > 0 ? block.begin - 1 : block.begin;
        const QByteArray after = text.left(from) + text.mid(block.end);
        // A file that held only Keyscout's lines was made by Keyscout (git init does not create one).
        const bool ok =
            after.isEmpty() ? QFile::remove(attributes) : writeFileAtomically(attributes, after, error);
        if (!ok) {
            if (error->isEmpty()) {
                *error = QCoreApplication::translate("keyscout::NotebookCleanFilter", "%1: cannot be deleted")
                             .arg(attributes);
            }
            return false;
        }
    }
    if (configuredClean(m_repository) == command()) {
        // The section as git config wrote it is taken out whole, so the config is as it was.
        return m_repository.run({QStringLiteral("config"), QStringLiteral("--local"),
                                 QStringLiteral("--remove-section"),
                                 QStringLiteral("filter.%1").arg(QLatin1String(kFilterName))},
                                nullptr, error);
    }
    return true;
}

// ---- the check the hook runs

StagedScan scanStaged(const GitRepository& repository, const Matcher& matcher, qint64 maxFileSize)
{
    StagedScan result;
    QByteArray names;
    if (!repository.run({QStringLiteral("diff"), QStringLiteral("--cached"), QStringLiteral("--name-only"),
                         QStringLiteral("-z"), QStringLiteral("--diff-filter=ACMR")},
                        &names, &result.error)) {
        return result;
    }
    QList<QByteArray> paths = names.split('\0');
    paths.removeAll(QByteArray());
    // Sizes first (`git cat-file --batch-check`), then each wanted blob; ":path" names the staged version.
    // A path with a newline cannot go through the batch protocol: `git show :path` reads it.
    auto scanBlob = [&](const QByteArray& path, const QByteArray& bytes) {
        const std::string_view view(bytes.constData(), static_cast<size_t>(bytes.size()));
        const std::string pathText = path.toStdString();
        std::vector<Match> matches;
        const Matcher::ScratchPtr scratch = matcher.makeScratch();
        matcher.scan(view, BufferRegion::whole(view.size()), pathText, *scratch, matches);
        const bool binary = view.substr(0, 8000).find('\0') != std::string_view::npos;
        FileFacts facts;
        facts.size = bytes.size();
        detail::collectFindings(matcher, view, matches, 0, 0, binary, QFile::decodeName(path),
                                SourceKind::File, facts, result.findings);
    };
    for (const QByteArray& path : std::as_const(paths)) {
        QByteArray size;
        QString error;
        if (path.contains('\n') ||
            !repository.run({QStringLiteral("cat-file"), QStringLiteral("--batch-check=%(objectsize)")},
                            &size, &error, ":" + path + "\n")) {
            size = "0";
        }
        if (size.trimmed().toLongLong() > maxFileSize) {
            result.skipped << QFile::decodeName(path);
            continue;
        }
        QByteArray bytes;
        if (!repository.run({QStringLiteral("show"), QStringLiteral(":") + QFile::decodeName(path)}, &bytes,
                            &error)) {
            result.skipped << QFile::decodeName(path);
            continue;
        }
        scanBlob(path, bytes);
    }
    return result;
}

// ---- the clean filter's work

QByteArray stripNotebookOutputs(const QByteArray& notebook, bool* changed)
{
    if (changed != nullptr) {
        *changed = false;
    }
    using formats::JsonDocument;
    const std::string_view text(notebook.constData(), static_cast<size_t>(notebook.size()));
    JsonDocument doc;
    QString error;
    if (!doc.parse(text, &error) || doc.root().type != JsonDocument::Type::Object) {
        return notebook;
    }
    // (begin, end, replacement), applied from the end so earlier offsets stay right.
    std::vector<std::tuple<std::uint32_t, std::uint32_t, QByteArray>> edits;
    auto stripCells = [&](const JsonDocument::Node* cells, const char* countKey) {
        if (cells == nullptr || cells->type != JsonDocument::Type::Array) {
            return;
        }
        for (std::uint32_t i = 0; i < cells->count; ++i) {
            const JsonDocument::Node& cell = doc.element(*cells, i);
            const JsonDocument::Node* type = doc.member(cell, "cell_type");
            if (!doc.isString(type) || doc.string(*type) != "code") {
                continue;
            }
            const JsonDocument::Node* outputs = doc.member(cell, "outputs");
            if (outputs != nullptr && outputs->type == JsonDocument::Type::Array && outputs->count > 0) {
                edits.emplace_back(outputs->begin, outputs->end, QByteArray("[]"));
            }
            const JsonDocument::Node* count = doc.member(cell, countKey);
            if (count != nullptr && count->type != JsonDocument::Type::Null) {
                edits.emplace_back(count->begin, count->end, QByteArray("null"));
            }
        }
    };
    stripCells(doc.member(doc.root(), "cells"), "execution_count");
    if (const JsonDocument::Node* worksheets = doc.member(doc.root(), "worksheets");
        worksheets != nullptr && worksheets->type == JsonDocument::Type::Array) {
        for (std::uint32_t i = 0; i < worksheets->count; ++i) {
            stripCells(doc.member(doc.element(*worksheets, i), "cells"), "prompt_number");
        }
    }
    if (edits.empty()) {
        return notebook;
    }
    std::sort(edits.begin(), edits.end(),
              [](const auto& a, const auto& b) { return std::get<0>(a) > std::get<0>(b); });
    QByteArray out = notebook;
    for (const auto& [begin, end, replacement] : edits) {
        out.replace(static_cast<qsizetype>(begin), static_cast<qsizetype>(end - begin), replacement);
    }
    if (changed != nullptr) {
        *changed = true;
    }
    return out;
}

} // namespace keyscout
