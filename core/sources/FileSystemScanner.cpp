// SPDX-License-Identifier: GPL-3.0-or-later
#include "FileSystemScanner.h"

#include "FindingBuilder.h"
#include "GitHistoryScanner.h"
#include "GlobPattern.h"
#include "GzipStream.h"
#include "OpenForReading.h"
#include "ProcessScanner.h"
#include "StructuredFiles.h"
#include "WorkingTreeLookup.h"
#include "artifacts/ModelFindings.h"
#include "artifacts/ModelScanner.h"
#include "detect/Matcher.h"
#include "findings/ContextSnippet.h"
#include "findings/SecretMask.h"
#include "formats/Notebook.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSet>
#include <QThread>
#include <algorithm>
#include <array>
#include <cerrno>
#include <climits>
#include <condition_variable>
#include <cstring>
#include <deque>
#include <dirent.h>
#include <fcntl.h>
#include <linux/magic.h>
#include <pwd.h>
#include <set>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/statfs.h>
#include <thread>
#include <unistd.h>

namespace keyscout {

namespace {

constexpr size_t kChunkSize = size_t(4) << 20;
constexpr size_t kBinarySniff = 8192;
// Notebooks up to this size are decoded cell by cell; larger ones (rare: huge embedded outputs) are read as
// plain text in chunks like any file.
constexpr size_t kMaxNotebookSize = size_t(256) << 20;
// Histories, env and credential files up to this size are also read in their own terms.
constexpr size_t kMaxStructuredSize = size_t(256) << 20;

QString decodePath(const std::string& path)
{
    return QFile::decodeName(QByteArray(path.data(), static_cast<qsizetype>(path.size())));
}

std::string encodePath(const QString& path)
{
    return QFile::encodeName(path).toStdString();
}

bool isPseudoFilesystem(long type)
{
    switch (type) {
    case PROC_SUPER_MAGIC:
    case SYSFS_MAGIC:
    case DEVPTS_SUPER_MAGIC:
    case CGROUP_SUPER_MAGIC:
    case CGROUP2_SUPER_MAGIC:
    case SECURITYFS_MAGIC:
    case DEBUGFS_MAGIC:
    case TRACEFS_MAGIC:
    case BPF_FS_MAGIC:
    case PSTOREFS_MAGIC:
        return true;
    default:
        return false;
    }
}

QString fileTypeName(mode_t mode)
{
    if (S_ISFIFO(mode)) {
        return QStringLiteral("named pipe (FIFO), not opened");
    }
    if (S_ISSOCK(mode)) {
        return QStringLiteral("socket, not opened");
    }
    if (S_ISCHR(mode) || S_ISBLK(mode)) {
        return QStringLiteral("device, not opened");
    }
    return QStringLiteral("not a regular file");
}

// Reads exactly `length` bytes at `offset` unless the file ends first; returns bytes read or -1.
ssize_t readAt(int fd, char* out, size_t length, off_t offset)
{
    size_t done = 0;
    while (done < length) {
        const ssize_t n = ::pread(fd, out + done, length - done, offset + static_cast<off_t>(done));
        if (n < 0) {
            if (errno == EINTR) {
                continue;
            }
            return -1;
        }
        if (n == 0) {
            break;
        }
        done += static_cast<size_t>(n);
    }
    return static_cast<ssize_t>(done);
}

// Newlines in [from, to) of the file, read again in pieces into the worker's spare buffer.
qint64 countNewlines(int fd, size_t from, size_t to, std::vector<char>& spare)
{
    constexpr size_t kPiece = size_t(1) << 20;
    qint64 lines = 0;
    spare.resize(kPiece);
    while (from < to) {
        const ssize_t n = readAt(fd, spare.data(), std::min(kPiece, to - from), static_cast<off_t>(from));
        if (n <= 0) {
            break;
        }
        lines += std::count(spare.begin(), spare.begin() + n, '\n');
        from += static_cast<size_t>(n);
    }
    return lines;
}

struct DirTask {
    std::string path;
    std::string rel;
    dev_t parentDevice = 0;
};

struct FileTask {
    std::string path;
    std::string rel;

    [[nodiscard]] const char* name() const
    {
        const size_t slash = path.rfind('/');
        return path.c_str() + (slash == std::string::npos ? 0 : slash + 1);
    }
};

// One worker's reusable state.
struct WorkerContext {
    Matcher::ScratchPtr scratch;
    // Grows to the largest chunk read and stays: no allocation, and no zero-filling, per file.
    std::unique_ptr<char[]> buffer;
    size_t capacity = 0;

    char* reserve(size_t size)
    {
        if (size > capacity) {
            buffer = std::make_unique_for_overwrite<char[]>(size);
            capacity = size;
        }
        return buffer.get();
    }
    std::vector<Match> matches;
    std::vector<char> spare;
};

} // namespace

namespace detail {

void collectFindings(const Matcher& matcher, std::string_view buffer, const std::vector<Match>& matches,
                     qint64 bufferOffset, qint64 linesBefore, bool binary, const QString& path,
                     SourceKind kind, const FileFacts& facts, QList<Finding>& out)
{
    std::vector<MaskedSpan> masks;
    masks.reserve(matches.size());
    for (const Match& m : matches) {
        const Rule& rule = matcher.rules()[static_cast<size_t>(m.rule)];
        masks.push_back({m.begin, m.end, maskSecret(buffer.substr(m.begin, m.length()), rule.prefix)});
    }
    size_t counted = 0;
    qint64 newlines = linesBefore;
    for (size_t i = 0; i < matches.size(); ++i) {
        const Match& m = matches[i];
        const Rule& rule = matcher.rules()[static_cast<size_t>(m.rule)];
        newlines += std::count(buffer.begin() + static_cast<std::ptrdiff_t>(counted),
                               buffer.begin() + static_cast<std::ptrdiff_t>(m.begin), '\n');
        counted = m.begin;
        const qint64 column = columnAt(buffer, m.begin);

        Finding f;
        f.ruleId = rule.id;
        f.ruleName = rule.name;
        f.provider = rule.provider;
        f.providerName = rule.providerName;
        f.severity = rule.severity;
        f.confidence = rule.confidence;
        f.secret = QByteArray(buffer.data() + m.begin, static_cast<qsizetype>(m.length()));
        f.secretSha256 =
            QString::fromLatin1(QCryptographicHash::hash(f.secret, QCryptographicHash::Sha256).toHex());
        f.masked = masks[i].mask;
        f.path = path;
        f.line = newlines + 1;
        f.column = column;
        f.offset = bufferOffset + static_cast<qint64>(m.begin);
        f.length = static_cast<qint64>(m.length());
        f.binary = binary;
        const ContextSnippet snippet = ContextSnippet::build(buffer, m.begin, m.end, masks, binary);
        f.context = snippet.lines;
        f.contextFirstLine = f.line - snippet.linesBefore;
        f.place.kind = kind;
        f.file = facts;
        if (facts.readableByOthers()) {
            f.notes << QStringLiteral("readable by every user on this machine (mode %1)")
                           .arg(facts.mode, 4, 8, QLatin1Char('0'));
        } else if (facts.readableByGroup()) {
            f.notes << QStringLiteral("readable by the file's group (mode %1)")
                           .arg(facts.mode, 4, 8, QLatin1Char('0'));
        }
        out.append(std::move(f));
    }
}

qint64 columnAt(std::string_view bytes, size_t offset)
{
    const size_t nl = offset == 0 ? std::string_view::npos : bytes.rfind('\n', offset - 1);
    const size_t lineStart = nl == std::string_view::npos ? 0 : nl + 1;
    qint64 column = 1;
    for (size_t p = lineStart; p < offset && p < bytes.size(); ++p) {
        if ((static_cast<unsigned char>(bytes[p]) & 0xC0U) != 0x80U) {
            ++column; // count code points, not UTF-8 continuation bytes
        }
    }
    return column;
}

} // namespace detail

namespace {

using detail::collectFindings;
using detail::columnAt;

// Findings in a notebook. The matcher reads each cell's source, outputs and attachments decoded (JSON escapes
// resolved, terminal colours removed) and each finding names the cell, the part and the line in it, with the
// part's own lines as context: what the person sees in Jupyter, not the JSON. Whatever the decoder does not
// read (notebook metadata, widget state, base64 images) is still found by the plain scan of the file's bytes,
// so nothing is lost. When the file is not a notebook the decoder understands, the plain scan's findings are
// kept with a note, and `problem` receives the reason.
void collectNotebookFindings(const Matcher& matcher, std::string_view file, const QString& path,
                             const FileFacts& facts, Matcher::Scratch& scratch, std::vector<Match>& matches,
                             QList<Finding>& out, QString* problem)
{
    Place base;
    base.kind = SourceKind::Notebook;
    base.checkpoint = isNotebookCheckpoint(path, &base.checkpointOf);
    const std::string rawPath = encodePath(path);

    matches.clear();
    matcher.scan(file, BufferRegion::whole(file.size()), rawPath, scratch, matches);
    QList<Finding> plain;
    collectFindings(matcher, file, matches, 0, 0, false, path, SourceKind::Notebook, facts, plain);
    if (plain.isEmpty()) {
        // Decoding cannot find what the plain read did not: Jupyter writes text unescaped
        // (ensure_ascii=False), tokens are ASCII, and a token right after a terminal colour code is found by
        // the plain read too. Most notebooks hold no secret: they are only checked to be valid JSON, so a
        // broken one is still said.
        formats::JsonDocument check;
        QString error;
        if (problem != nullptr && !check.parse(file, &error)) {
            *problem = QStringLiteral("read as plain text: not valid JSON (%1)").arg(error);
        }
        return;
    }

    const formats::NotebookDecoding notebook = formats::decodeNotebook(file);
    if (!notebook.ok) {
        const QString reason = QStringLiteral("read as plain text: %1").arg(notebook.error);
        for (Finding& f : plain) {
            f.place = base;
            f.notes << reason;
        }
        if (problem != nullptr) {
            *problem = reason;
        }
        out.append(plain);
        return;
    }

    QSet<QString> decodedSecrets;
    for (const formats::NotebookPart& part : notebook.parts) {
        matches.clear();
        matcher.scan(part.text, BufferRegion::whole(part.text.size()), rawPath, scratch, matches);
        if (matches.empty()) {
            continue;
        }
        QList<Finding> found;
        collectFindings(matcher, part.text, matches, 0, 0, false, path, SourceKind::Notebook, facts, found);
        for (qsizetype i = 0; i < found.size(); ++i) {
            Finding& f = found[i];
            const Match& m = matches[static_cast<size_t>(i)];
            f.place = base;
            f.place.cell = part.cell;
            f.place.cellType = part.cellType;
            f.place.part = part.part;
            f.place.output = part.output;
            f.place.outputType = part.outputType;
            f.place.language = part.language;
            f.place.entry = part.executionCount;
            f.place.lineInPart = f.line;
            // The context stays the part's lines, numbered as in the cell; line, column and offset are the
            // file's.
            const qint64 offset = formats::notebookFileOffset(notebook, part, m.begin);
            f.offset = offset;
            f.line = notebook.document.lineAt(static_cast<std::uint32_t>(offset));
            f.column = columnAt(file, static_cast<size_t>(offset));
            decodedSecrets.insert(f.secretSha256);
        }
        out.append(found);
    }
    for (Finding& f : plain) {
        if (decodedSecrets.contains(f.secretSha256)) {
            continue; // the same secret, already reported where the person reads it
        }
        f.place = base;
        f.place.part = CellPart::Metadata;
        f.place.cell = formats::notebookCellAt(notebook, f.offset);
        if (f.place.cell == 0 && f.offset >= notebook.widgetState.first &&
            f.offset < notebook.widgetState.second) {
            f.place.outputType = QStringLiteral("widget state");
        }
        out.append(std::move(f));
    }
}

} // namespace

struct FileSystemScanner::Impl {
    Impl(const Matcher& m, ScanOptions o)
        : matcher(m)
        , options(std::move(o))
    {
        QStringList excludeGlobs = options.excludeGlobs;
        if (options.defaultExcludes) {
            excludeGlobs += ScanOptions::defaultExcludeGlobs();
        }
        for (const QString& g : excludeGlobs) {
            excludes.emplace_back(g.toStdString());
        }
        for (const QString& g : options.includeGlobs) {
            includes.emplace_back(g.toStdString());
        }
        for (const QString& t : options.tokenStorePaths) {
            tokenStorePaths.insert(encodePath(t));
        }
    }

    const Matcher& matcher;
    ScanOptions options;
    std::vector<GlobPattern> excludes;
    std::vector<GlobPattern> includes;
    std::set<std::string> tokenStorePaths;

    std::atomic<bool> cancelled{false};
    std::atomic<qint64> files{0};
    std::atomic<qint64> bytes{0};
    std::atomic<qint64> directories{0};
    std::atomic<qint64> skipped{0};
    std::atomic<qint64> failed{0};
    std::atomic<qint64> findings{0};
    std::atomic<qint64> processes{0};

    mutable std::mutex currentMutex;
    std::string current;

    mutable std::mutex skipMutex;
    QList<SkippedItem> skips;
    QHash<QString, qint64> skipCounts;
    QList<SkippedItem> notices;
    QStringList rootErrors;

    std::mutex queueMutex;
    std::condition_variable queueChanged;
    std::vector<DirTask> dirQueue; // a stack: depth first keeps the queue small
    std::deque<FileTask> fileQueue;
    int busy = 0;
    std::atomic<int> idleWorkers{0};

    std::mutex visitedMutex;
    std::set<std::pair<dev_t, ino_t>> visited;

    WorkingTreeLookup worktrees;

    std::mutex repositoriesMutex;
    std::set<std::string> repositories;
    GitScanProgress gitProgress;
    void addRepository(const std::string& path)
    {
        const std::lock_guard lock(repositoriesMutex);
        repositories.insert(path);
    }
    void scanGitHistory(const FindingsSink& sink);
    void scanModelFiles(const FindingsSink& sink);

    std::mutex ownerMutex;
    QHash<uint, QString> owners;

    void skip(const std::string& path, const QString& reason, bool isFailure)
    {
        (isFailure ? failed : skipped).fetch_add(1, std::memory_order_relaxed);
        const std::lock_guard lock(skipMutex);
        ++skipCounts[reason];
        if (skips.size() < kMaxListedSkips) {
            skips.append({decodePath(path), reason, isFailure});
        }
    }

    void skipErrno(const std::string& path, const char* what, int error)
    {
        if (error == ENOENT) {
            skip(path, QStringLiteral("disappeared while scanning"), false);
        } else if (error == ELOOP) {
            skip(path, QStringLiteral("symbolic link, not followed"), false);
        } else if (error == EACCES || error == EPERM) {
            skip(path, QStringLiteral("permission denied"), true);
        } else {
            skip(path,
                 QStringLiteral("%1: %2").arg(QLatin1String(what),
                                              QString::fromLocal8Bit(std::strerror(error))),
                 true);
        }
    }

    QString ownerName(uid_t uid)
    {
        const std::lock_guard lock(ownerMutex);
        auto it = owners.find(uid);
        if (it != owners.end()) {
            return *it;
        }
        passwd pw{};
        passwd* result = nullptr;
        std::array<char, 4096> buf{};
        QString name = QString::number(uid);
        if (options.ownerNames) {
            name = options.ownerNames->value(uid, name); // the scanned system's users, not this machine's
        } else if (getpwuid_r(uid, &pw, buf.data(), buf.size(), &result) == 0 && result != nullptr) {
            name = QString::fromLocal8Bit(result->pw_name);
        }
        owners.insert(uid, name);
        return name;
    }

    const GlobPattern* excludedBy(const std::string& rel) const
    {
        for (const GlobPattern& g : excludes) {
            if (g.matches(rel)) {
                return &g;
            }
        }
        return nullptr;
    }

    bool included(const std::string& rel) const
    {
        return includes.empty() || std::any_of(includes.begin(), includes.end(),
                                               [&](const GlobPattern& g) { return g.matches(rel); });
    }

    void setCurrent(const std::string& path)
    {
        std::unique_lock lock(currentMutex, std::try_to_lock);
        if (lock.owns_lock()) {
            current = path;
        }
    }

    void pushDirs(std::vector<DirTask>&& dirs)
    {
        if (dirs.empty()) {
            return;
        }
        {
            const std::lock_guard lock(queueMutex);
            for (auto& d : dirs) {
                dirQueue.push_back(std::move(d));
            }
        }
        queueChanged.notify_all();
    }

    void worker(const FindingsSink& sink);
    void listDirectory(const DirTask& task, WorkerContext& ctx, const FindingsSink& sink);
    void handleEntry(const DirTask& dir, int dirFd, const char* name, unsigned char type,
                     std::vector<DirTask>& subdirs, std::vector<FileTask>& filesOut);
    void scanFile(const FileTask& task, int dirFd, WorkerContext& ctx, const FindingsSink& sink);
    void scanOpenFile(int fd, const struct stat& st, const std::string& path, WorkerContext& ctx,
                      const FindingsSink& sink);
    void scanNotebook(int fd, size_t size, const std::string& path, FileFacts facts, WorkerContext& ctx,
                      const FindingsSink& sink);
    void scanGzip(int fd, const std::string& path, FileFacts facts, WorkerContext& ctx,
                  const FindingsSink& sink);
    void refineStructured(int fd, size_t size, bool binary, const std::string& path, FileFacts facts,
                          uid_t uid, WorkerContext& ctx, QList<Finding>& found);
    // Findings of one file: the git working tree the file is in, if any.
    void annotateWorkingTree(QList<Finding>& found)
    {
        if (found.isEmpty()) {
            return;
        }
        const WorkingTreeFacts facts = worktrees.lookup(found.first().path);
        if (!facts.inRepository()) {
            return;
        }
        for (Finding& f : found) {
            f.worktree = facts;
        }
    }
    void notice(const std::string& path, const QString& message)
    {
        const std::lock_guard lock(skipMutex);
        if (notices.size() < kMaxListedSkips) {
            notices.append({decodePath(path), message, false});
        }
    }
};

void FileSystemScanner::Impl::worker(const FindingsSink& sink)
{
    WorkerContext ctx;
    ctx.scratch = matcher.makeScratch();
    std::unique_lock lock(queueMutex);
    for (;;) {
        ++idleWorkers;
        queueChanged.wait(
            lock, [&] { return cancelled.load() || !fileQueue.empty() || !dirQueue.empty() || busy == 0; });
        --idleWorkers;
        if (cancelled.load()) {
            break;
        }
        if (!fileQueue.empty()) {
            FileTask task = std::move(fileQueue.front());
            fileQueue.pop_front();
            ++busy;
            lock.unlock();
            scanFile(task, -1, ctx, sink);
            lock.lock();
        } else if (!dirQueue.empty()) {
            DirTask task = std::move(dirQueue.back());
            dirQueue.pop_back();
            ++busy;
            lock.unlock();
            listDirectory(task, ctx, sink);
            lock.lock();
        } else {
            break; // nothing queued and nobody busy: done
        }
        if (--busy == 0 && fileQueue.empty() && dirQueue.empty()) {
            queueChanged.notify_all();
        }
    }
    queueChanged.notify_all();
}

void FileSystemScanner::Impl::handleEntry(const DirTask& dir, int dirFd, const char* name, unsigned char type,
                                          std::vector<DirTask>& subdirs, std::vector<FileTask>& filesOut)
{
    std::string path = dir.path;
    if (path.empty() || path.back() != '/') {
        path += '/';
    }
    path += name;
    std::string rel = dir.rel.empty() ? std::string(name) : dir.rel + '/' + name;

    mode_t mode = 0;
    switch (type) {
    case DT_DIR:
        mode = S_IFDIR;
        break;
    case DT_REG:
        mode = S_IFREG;
        break;
    case DT_LNK:
        mode = S_IFLNK;
        break;
    case DT_FIFO:
        mode = S_IFIFO;
        break;
    case DT_SOCK:
        mode = S_IFSOCK;
        break;
    case DT_CHR:
        mode = S_IFCHR;
        break;
    case DT_BLK:
        mode = S_IFBLK;
        break;
    default: {
        struct stat st {};
        if (fstatat(dirFd, name, &st, AT_SYMLINK_NOFOLLOW) != 0) {
            skipErrno(path, "cannot stat", errno);
            return;
        }
        mode = st.st_mode;
    }
    }

    // A git repository: its history is read once the files are (before exclusions: .git/objects is excluded
    // from the plain walk because the history scan reads it properly).
    if (options.gitHistory && S_ISDIR(mode) && !dir.path.ends_with("/.git")) {
        const std::string_view n(name);
        if (n == ".git") {
            addRepository(dir.path);
        } else if (n.size() > 4 && n.ends_with(".git")) {
            addRepository(path); // perhaps a bare repository ("model.git"): checked when it is scanned
        }
    } else if (options.gitHistory && S_ISREG(mode) && std::strcmp(name, ".git") == 0) {
        addRepository(dir.path); // a linked worktree or a submodule: ".git" is a file naming its git folder
    }
    if (const GlobPattern* g = excludedBy(rel)) {
        skip(path, QStringLiteral("excluded by %1").arg(QString::fromStdString(g->pattern())), false);
        return;
    }
    if (S_ISLNK(mode)) {
        if (!options.followSymlinks) {
            skip(path, QStringLiteral("symbolic link, not followed"), false);
            return;
        }
        struct stat target {};
        if (fstatat(dirFd, name, &target, 0) != 0) {
            skip(path, QStringLiteral("broken symbolic link"), false);
            return;
        }
        mode = target.st_mode; // a directory target is checked against `visited` when listed
    }
    if (S_ISDIR(mode)) {
        subdirs.push_back({std::move(path), std::move(rel), 0});
    } else if (S_ISREG(mode)) {
        if (included(rel)) {
            filesOut.push_back({std::move(path), std::move(rel)});
        } else {
            skip(path, QStringLiteral("not matched by --include"), false);
        }
    } else {
        skip(path, fileTypeName(mode), false);
    }
}

void FileSystemScanner::Impl::listDirectory(const DirTask& task, WorkerContext& ctx, const FindingsSink& sink)
{
    const int openFlags = O_RDONLY | O_DIRECTORY | O_CLOEXEC | (options.followSymlinks ? 0 : O_NOFOLLOW);
    // Evidence (responder mode): listing leaves the access time, where the kernel allows O_NOATIME.
    const bool noAtime = !options.responderRoot.isEmpty();
    const int fd = noAtime ? openWithoutAtime(AT_FDCWD, task.path.c_str(), openFlags)
                           : ::open(task.path.c_str(), openFlags);
    if (fd < 0) {
        skipErrno(task.path, "cannot open folder", errno);
        return;
    }
    struct stat st {};
    if (fstat(fd, &st) != 0) {
        skipErrno(task.path, "cannot stat folder", errno);
        ::close(fd);
        return;
    }
    if (task.parentDevice != 0 && st.st_dev != task.parentDevice) {
        struct statfs fs {};
        if (fstatfs(fd, &fs) == 0 && isPseudoFilesystem(static_cast<long>(fs.f_type))) {
            skip(task.path, QStringLiteral("pseudo file system (proc, sys, …), not scanned"), false);
            ::close(fd);
            return;
        }
    }
    {
        const std::lock_guard lock(visitedMutex);
        if (!visited.insert({st.st_dev, st.st_ino}).second) {
            skip(task.path, QStringLiteral("folder already scanned (symbolic link loop or bind mount)"),
                 false);
            ::close(fd);
            return;
        }
    }
    DIR* dir = fdopendir(fd);
    if (dir == nullptr) {
        skipErrno(task.path, "cannot list folder", errno);
        ::close(fd);
        return;
    }
    directories.fetch_add(1, std::memory_order_relaxed);
    setCurrent(task.path);

    std::vector<DirTask> subdirs;
    std::vector<FileTask> filesHere;
    errno = 0;
    while (dirent* entry = readdir(dir)) {
        if (cancelled.load(std::memory_order_relaxed)) {
            break;
        }
        const char* name = entry->d_name;
        if (std::strcmp(name, ".") == 0 || std::strcmp(name, "..") == 0) {
            continue;
        }
        handleEntry(task, dirfd(dir), name, entry->d_type, subdirs, filesHere);
        errno = 0;
    }
    if (errno != 0) {
        skipErrno(task.path, "error while listing folder", errno);
    }

    for (DirTask& d : subdirs) {
        d.parentDevice = st.st_dev;
    }
    pushDirs(std::move(subdirs));

    // The lister reads its folder's files itself, opening them relative to the open folder (no path walk
    // per file). When another worker is idle and no folder is waiting, the rest is shared through the queue.
    for (size_t i = 0; i < filesHere.size(); ++i) {
        if (cancelled.load(std::memory_order_relaxed)) {
            break;
        }
        if (idleWorkers.load(std::memory_order_relaxed) > 0 && i + 1 < filesHere.size()) {
            std::unique_lock lock(queueMutex);
            if (dirQueue.empty()) {
                for (size_t k = i; k < filesHere.size(); ++k) {
                    fileQueue.push_back(std::move(filesHere[k]));
                }
                lock.unlock();
                queueChanged.notify_all();
                break;
            }
        }
        scanFile(filesHere[i], dirfd(dir), ctx, sink);
    }
    closedir(dir);
}

void FileSystemScanner::Impl::scanFile(const FileTask& task, int dirFd, WorkerContext& ctx,
                                       const FindingsSink& sink)
{
    // O_NOATIME keeps a responder's evidence intact where allowed; O_NONBLOCK means a file swapped for a FIFO
    // after listing cannot hang the scan; O_NOFOLLOW refuses a file swapped for a symbolic link.
    const int baseFlags =
        O_RDONLY | O_CLOEXEC | O_NOCTTY | O_NONBLOCK | (options.followSymlinks ? 0 : O_NOFOLLOW);
    // Relative to the open folder when there is one: the kernel need not walk the whole path again.
    const char* name = dirFd >= 0 ? task.name() : task.path.c_str();
    const int base = dirFd >= 0 ? dirFd : AT_FDCWD;
    const int fd = openWithoutAtime(base, name, baseFlags);
    if (fd < 0) {
        skipErrno(task.path, "cannot open", errno);
        return;
    }
    struct stat st {};
    if (fstat(fd, &st) != 0) {
        skipErrno(task.path, "cannot stat", errno);
    } else if (!S_ISREG(st.st_mode)) {
        skip(task.path, fileTypeName(st.st_mode), false);
    } else if (st.st_size > options.maxFileSize) {
        skip(task.path, QStringLiteral("larger than the size limit (--max-file-size)"), false);
    } else {
        setCurrent(task.path);
        scanOpenFile(fd, st, task.path, ctx, sink);
    }
    ::close(fd);
}

void FileSystemScanner::Impl::scanOpenFile(int fd, const struct stat& st, const std::string& path,
                                           WorkerContext& ctx, const FindingsSink& sink)
{
    const size_t overlap = Matcher::kChunkOverlap;
    auto size = static_cast<size_t>(st.st_size);
    FileFacts facts;
    facts.size = static_cast<qint64>(st.st_size);
    facts.mtime = static_cast<qint64>(st.st_mtim.tv_sec);
    facts.mode = st.st_mode & 07777U;
    facts.uid = st.st_uid;

    QList<Finding> found;
    if (path.size() > 6 && path.compare(path.size() - 6, 6, ".ipynb") == 0 && size <= kMaxNotebookSize) {
        scanNotebook(fd, size, path, facts, ctx, sink);
        return;
    }
    if ((path.ends_with(".gz") || path.ends_with(".tgz")) && size >= 18) {
        char head[3];
        if (readAt(fd, head, 3, 0) == 3 && looksLikeGzip(std::string_view(head, 3))) {
            scanGzip(fd, path, facts, ctx, sink);
            return;
        }
    }
    SourceKind kind = SourceKind::File;
    bool kindKnown = false;
    bool binary = false;
    qint64 linesBefore = 0; // newlines before linesCountedUpTo
    size_t linesCountedUpTo = 0;
    size_t ownBegin = 0;
    while (ownBegin < size) {
        if (cancelled.load(std::memory_order_relaxed)) {
            return;
        }
        size_t ownEnd = std::min(size, ownBegin + kChunkSize);
        const size_t bufBegin = ownBegin >= overlap ? ownBegin - overlap : 0;
        size_t bufEnd = std::min(size, ownEnd + overlap);
        size_t length = bufEnd - bufBegin;
        char* data = ctx.reserve(length);
        const ssize_t n = readAt(fd, data, length, static_cast<off_t>(bufBegin));
        if (n < 0) {
            skipErrno(path, "read error", errno);
            return;
        }
        if (static_cast<size_t>(n) < length) {
            // The file shrank while being read: scan what is there.
            bufEnd = bufBegin + static_cast<size_t>(n);
            size = bufEnd;
            ownEnd = std::min(ownEnd, size);
            length = static_cast<size_t>(n);
            if (ownBegin >= ownEnd) {
                break;
            }
        }
        const std::string_view buffer(data, length);
        if (ownBegin == 0) {
            binary = std::memchr(buffer.data(), 0, std::min(buffer.size(), kBinarySniff)) != nullptr;
        }
        const BufferRegion region{ownBegin - bufBegin, ownEnd - bufBegin, bufBegin == 0, bufEnd >= size};
        ctx.matches.clear();
        matcher.scan(buffer, region, path, *ctx.scratch, ctx.matches);
        if (!ctx.matches.empty()) {
            if (facts.owner.isEmpty()) {
                facts.owner = ownerName(st.st_uid);
            }
            // Lines are counted only when a later chunk has a finding: most large files have none.
            linesBefore += countNewlines(fd, linesCountedUpTo, bufBegin, ctx.spare);
            linesCountedUpTo = bufBegin;
            const QString qpath = decodePath(path);
            if (!kindKnown) {
                kind = classifyPath(qpath);
                kindKnown = true;
            }
            collectFindings(matcher, buffer, ctx.matches, static_cast<qint64>(bufBegin), linesBefore, binary,
                            qpath, kind, facts, found);
        }
        bytes.fetch_add(static_cast<qint64>(ownEnd - ownBegin), std::memory_order_relaxed);
        ownBegin = ownEnd;
    }
    refineStructured(fd, size, binary, path, facts, st.st_uid, ctx, found);
    files.fetch_add(1, std::memory_order_relaxed);
    if (!found.isEmpty()) {
        findings.fetch_add(found.size(), std::memory_order_relaxed);
        annotateWorkingTree(found);
        sink(std::move(found));
    }
}

// A gzip file is decompressed as a stream and its content scanned in chunks with an overlap, like a large
// file; lines, columns and offsets are the decompressed content's. A decompression bomb stops at the limit.
void FileSystemScanner::Impl::scanGzip(int fd, const std::string& path, FileFacts facts, WorkerContext& ctx,
                                       const FindingsSink& sink)
{
    const size_t overlap = Matcher::kChunkOverlap;
    const qint64 limit = std::max<qint64>(options.maxFileSize * 4, qint64(256) << 20);
    const QString qpath = decodePath(path);
    facts.owner = ownerName(facts.uid);
    QList<Finding> found;
    std::string buf;        // [bufStart, bufStart + size) of the decompressed stream
    qint64 bufStart = 0;    // stream offset of buf[0]
    qint64 linesBefore = 0; // newlines before buf[0]
    size_t ownBegin = 0;    // first byte of buf not yet scanned as its own
    bool binary = false;
    bool first = true;
    off_t readOffset = 0;
    auto scanBuffered = [&](bool finished) {
        const size_t ownEnd = finished ? buf.size() : (buf.size() > overlap ? buf.size() - overlap : 0);
        if (ownEnd <= ownBegin && !finished) {
            return;
        }
        if (first && !buf.empty()) {
            binary = std::memchr(buf.data(), 0, std::min(buf.size(), kBinarySniff)) != nullptr;
            first = false;
        }
        const BufferRegion region{ownBegin, ownEnd, bufStart == 0, finished};
        ctx.matches.clear();
        matcher.scan(buf, region, path, *ctx.scratch, ctx.matches);
        if (!ctx.matches.empty()) {
            QList<Finding> chunk;
            collectFindings(matcher, buf, ctx.matches, bufStart, linesBefore, binary, qpath,
                            classifyPath(qpath), facts, chunk);
            for (Finding& f : chunk) {
                f.place.field = QStringLiteral("gzip");
                f.notes << QStringLiteral("inside gzip-compressed data: line, column and offset are in the "
                                          "decompressed content");
            }
            found.append(chunk);
        }
        // Keep the overlap before the next own region as context for the next round.
        const size_t keepFrom = ownEnd > overlap ? ownEnd - overlap : 0;
        linesBefore += std::count(buf.begin(), buf.begin() + static_cast<std::ptrdiff_t>(keepFrom), '\n');
        bufStart += static_cast<qint64>(keepFrom);
        buf.erase(0, keepFrom);
        ownBegin = ownEnd - keepFrom;
    };
    const GzipResult result = inflateGzip(
        [&](char* out, size_t capacity) -> qint64 {
            const ssize_t n = readAt(fd, out, capacity, readOffset);
            if (n > 0) {
                readOffset += n;
                bytes.fetch_add(n, std::memory_order_relaxed);
            }
            return n;
        },
        [&](std::string_view piece) {
            if (cancelled.load(std::memory_order_relaxed)) {
                return false;
            }
            buf.append(piece);
            if (buf.size() >= kChunkSize + overlap) {
                scanBuffered(false);
            }
            return true;
        },
        limit);
    if (cancelled.load(std::memory_order_relaxed)) {
        return;
    }
    scanBuffered(true);
    if (result.limitHit) {
        notice(path, QStringLiteral("gzip data larger than %1 MiB when decompressed: only that much was read "
                                    "(a decompression bomb?)")
                         .arg(limit >> 20));
    } else if (!result.error.isEmpty()) {
        notice(path, QStringLiteral("%1: read up to there").arg(result.error));
    }
    files.fetch_add(1, std::memory_order_relaxed);
    if (!found.isEmpty()) {
        findings.fetch_add(found.size(), std::memory_order_relaxed);
        annotateWorkingTree(found);
        sink(std::move(found));
    }
}

// A file whose format Keyscout knows (histories, env files, credential files, the token store, IPython's
// database) is read again in its own terms once its plain read is done: see StructuredFiles.h.
void FileSystemScanner::Impl::refineStructured(int fd, size_t size, bool binary, const std::string& path,
                                               FileFacts facts, uid_t uid, WorkerContext& ctx,
                                               QList<Finding>& found)
{
    // Cheap test on the raw name first: most files are none of these.
    const size_t slash = path.rfind('/');
    const std::string_view name = std::string_view(path).substr(slash == std::string::npos ? 0 : slash + 1);
    const bool candidate = name.starts_with('.') || name.find("history") != std::string_view::npos ||
                           name == "credentials" || name == "stored_tokens" || name == "token" ||
                           name == "state" || name.ends_with(".json") || name.ends_with(".env") ||
                           name.ends_with(".sh") || name.ends_with("_netrc");
    const bool tokenStore = tokenStorePaths.count(path) != 0; // $HF_TOKEN_PATH may be named anything
    if (!candidate && !tokenStore) {
        return;
    }
    const QString qpath = decodePath(path);
    FileFormat format = fileFormatOf(qpath);
    if (tokenStore) {
        format = name == "stored_tokens" ? FileFormat::HfStoredTokens : FileFormat::HfTokenFile;
    }
    if (format == FileFormat::None) {
        return;
    }
    if (facts.owner.isEmpty()) {
        facts.owner = ownerName(uid);
    }
    QStringList problems;
    if (format == FileFormat::IPythonHistory) {
        refineIPythonHistoryFindings(matcher, *ctx.scratch, qpath, facts, found, &problems, &cancelled);
    } else if (format == FileFormat::HfTokenFile) {
        markTokenStoreFindings(qpath, found);
    } else if (!binary && size <= kMaxStructuredSize) {
        // A file of one chunk is still in the buffer; a larger one is read again whole.
        const char* data = ctx.buffer.get();
        if (size > kChunkSize) {
            char* whole = ctx.reserve(size);
            if (readAt(fd, whole, size, 0) != static_cast<ssize_t>(size)) {
                return; // changed while being read: the plain findings stand
            }
            data = whole;
        }
        refineStructuredFindings(format, matcher, *ctx.scratch, std::string_view(data, size), qpath, facts,
                                 found, &problems);
        if (format == FileFormat::HfStoredTokens) {
            markTokenStoreFindings(qpath, found);
        }
    }
    for (const QString& p : std::as_const(problems)) {
        notice(path, p);
    }
}

void FileSystemScanner::Impl::scanNotebook(int fd, size_t size, const std::string& path, FileFacts facts,
                                           WorkerContext& ctx, const FindingsSink& sink)
{
    char* data = ctx.reserve(std::max<size_t>(size, 1));
    const ssize_t n = readAt(fd, data, size, 0);
    if (n < 0) {
        skipErrno(path, "read error", errno);
        return;
    }
    const std::string_view file(data, static_cast<size_t>(n));
    QList<Finding> found;
    if (std::memchr(file.data(), 0, std::min(file.size(), kBinarySniff)) != nullptr) {
        notice(path, QStringLiteral("named like a notebook but binary: read as bytes"));
        ctx.matches.clear();
        matcher.scan(file, BufferRegion::whole(file.size()), path, *ctx.scratch, ctx.matches);
        facts.owner = ownerName(facts.uid);
        collectFindings(matcher, file, ctx.matches, 0, 0, true, decodePath(path), SourceKind::Notebook, facts,
                        found);
    } else {
        facts.owner = ownerName(facts.uid);
        QString problem;
        collectNotebookFindings(matcher, file, decodePath(path), facts, *ctx.scratch, ctx.matches, found,
                                &problem);
        if (!problem.isEmpty()) {
            notice(path, problem);
        }
    }
    bytes.fetch_add(static_cast<qint64>(file.size()), std::memory_order_relaxed);
    files.fetch_add(1, std::memory_order_relaxed);
    if (!found.isEmpty()) {
        findings.fetch_add(found.size(), std::memory_order_relaxed);
        annotateWorkingTree(found);
        sink(std::move(found));
    }
}

FileSystemScanner::FileSystemScanner(const Matcher& matcher, ScanOptions options)
    : d(std::make_unique<Impl>(matcher, std::move(options)))
{
}

FileSystemScanner::~FileSystemScanner() = default;

void FileSystemScanner::run(const FindingsSink& sink)
{
    QStringList roots = d->options.roots;
    if (roots.isEmpty()) {
        roots << QDir::homePath();
    }
    for (const QString& root : roots) {
        const std::string raw = encodePath(root);
        char resolved[PATH_MAX];
        if (::realpath(raw.c_str(), resolved) == nullptr) {
            d->rootErrors << QStringLiteral("%1: %2").arg(root, QString::fromLocal8Bit(std::strerror(errno)));
            continue;
        }
        struct stat st {};
        if (::stat(resolved, &st) != 0) {
            d->rootErrors << QStringLiteral("%1: %2").arg(root, QString::fromLocal8Bit(std::strerror(errno)));
        } else if (S_ISDIR(st.st_mode)) {
            if (::access(resolved, R_OK | X_OK) != 0) {
                d->rootErrors << QStringLiteral("%1: %2").arg(root,
                                                              QString::fromLocal8Bit(std::strerror(errno)));
                continue;
            }
            d->dirQueue.push_back({resolved, {}, 0});
        } else if (S_ISREG(st.st_mode)) {
            const std::string path(resolved);
            const size_t slash = path.rfind('/');
            d->fileQueue.push_back({path, path.substr(slash + 1)});
        } else {
            d->rootErrors << QStringLiteral("%1: %2").arg(root, fileTypeName(st.st_mode));
        }
    }
    if (d->options.processes && d->options.responderRoot.isEmpty()) {
        {
            const std::lock_guard lock(d->currentMutex);
            d->current = "running processes";
        }
        ProcessScanResult processes = scanProcesses(d->matcher, &d->cancelled);
        d->processes.store(processes.processes, std::memory_order_relaxed);
        if (processes.unreadable > 0) {
            const std::lock_guard lock(d->skipMutex);
            d->skipCounts[QStringLiteral("process of another user, not readable")] += processes.unreadable;
            d->skipped.fetch_add(processes.unreadable, std::memory_order_relaxed);
        }
        if (!processes.findings.isEmpty()) {
            d->findings.fetch_add(processes.findings.size(), std::memory_order_relaxed);
            sink(std::move(processes.findings));
        }
    }
    const int threads =
        d->options.threads > 0 ? d->options.threads : std::max(1, QThread::idealThreadCount());
    std::vector<std::thread> workers;
    workers.reserve(static_cast<size_t>(threads));
    for (int i = 0; i < threads; ++i) {
        workers.emplace_back([this, &sink] {
            if (d->options.workerNiceness != 0) {
                // Only this thread: on Linux, PRIO_PROCESS with a thread id sets that thread's nice value.
                setpriority(PRIO_PROCESS, static_cast<id_t>(gettid()), d->options.workerNiceness);
            }
            d->worker(sink);
        });
    }
    for (auto& t : workers) {
        t.join();
    }
    if (d->options.gitHistory && !d->cancelled.load()) {
        d->scanGitHistory(sink);
    }
    if (!d->options.modelRoots.isEmpty() && !d->cancelled.load()) {
        d->scanModelFiles(sink);
    }
}

// Model files under the model roots, judged from their headers and pickles (the tensor data is not read).
void FileSystemScanner::Impl::scanModelFiles(const FindingsSink& sink)
{
    QStringList roots;
    for (const QString& root : options.modelRoots) {
        if (QFileInfo::exists(root)) {
            roots << root;
        }
    }
    if (roots.isEmpty()) {
        return;
    }
    {
        const std::lock_guard lock(currentMutex);
        current = roots.first().toStdString() + " (model files)";
    }
    const QList<ModelVerdict> verdicts = ModelScanner().scanPaths(roots, &cancelled);
    for (const ModelVerdict& v : verdicts) {
        for (const QString& problem : v.problems) {
            if (v.verdict == ModelVerdictKind::Malformed) {
                notice(QFile::encodeName(v.path).toStdString(),
                       QStringLiteral("model file: %1").arg(problem));
            }
        }
    }
    QList<Finding> found = modelFindings(verdicts);
    if (options.ownerNames) {
        for (Finding& f : found) {
            f.file.owner = ownerName(f.file.uid);
        }
    }
    if (!found.isEmpty()) {
        findings.fetch_add(found.size(), std::memory_order_relaxed);
        sink(std::move(found));
    }
}

// Every repository met in the walk, each object database once (a worktree and its main repository share one).
void FileSystemScanner::Impl::scanGitHistory(const FindingsSink& sink)
{
    GitScanOptions gitOptions;
    gitOptions.maxBlobSize = options.maxFileSize;
    gitOptions.threads = options.threads;
    const GitHistoryScanner scanner(matcher, gitOptions);
    std::set<QString> databases;
    for (const std::string& path : repositories) {
        if (cancelled.load()) {
            return;
        }
        const QString qpath = decodePath(path);
        const QString database = GitHistoryScanner::objectDatabaseOf(qpath);
        if (database.isEmpty()) {
            // Not openable: a folder merely named like a bare repository is skipped; a broken ".git" is
            // scanned so that its report says why.
            if (path.ends_with(".git") && !QFileInfo::exists(qpath + QStringLiteral("/.git"))) {
                continue;
            }
        } else if (!databases.insert(database).second) {
            continue;
        }
        {
            const std::lock_guard lock(currentMutex);
            current = path + " (git history)";
        }
        const GitRepositoryReport report = scanner.scanRepository(
            qpath,
            [&](QList<Finding>&& found) {
                findings.fetch_add(found.size(), std::memory_order_relaxed);
                sink(std::move(found));
            },
            &cancelled, &gitProgress);
        for (const QString& problem : report.problems) {
            notice(path, QStringLiteral("git: %1").arg(problem));
        }
    }
}

void FileSystemScanner::cancel()
{
    d->cancelled.store(true);
    d->queueChanged.notify_all();
}

bool FileSystemScanner::isCancelled() const
{
    return d->cancelled.load();
}

ScanProgress FileSystemScanner::progress() const
{
    ScanProgress p;
    p.files = d->files.load(std::memory_order_relaxed);
    p.bytes = d->bytes.load(std::memory_order_relaxed);
    p.directories = d->directories.load(std::memory_order_relaxed);
    p.skipped = d->skipped.load(std::memory_order_relaxed);
    p.failed = d->failed.load(std::memory_order_relaxed);
    p.findings = d->findings.load(std::memory_order_relaxed);
    p.processes = d->processes.load(std::memory_order_relaxed);
    p.gitRepositories = d->gitProgress.repositories.load(std::memory_order_relaxed);
    p.gitObjects = d->gitProgress.objects.load(std::memory_order_relaxed);
    const std::lock_guard lock(d->currentMutex);
    p.currentPath = decodePath(d->current);
    return p;
}

QList<SkippedItem> FileSystemScanner::skippedItems() const
{
    const std::lock_guard lock(d->skipMutex);
    return d->skips;
}

QHash<QString, qint64> FileSystemScanner::skipCounts() const
{
    const std::lock_guard lock(d->skipMutex);
    return d->skipCounts;
}

QList<SkippedItem> FileSystemScanner::notices() const
{
    const std::lock_guard lock(d->skipMutex);
    return d->notices;
}

QStringList FileSystemScanner::rootErrors() const
{
    return d->rootErrors;
}

QList<Finding> FileSystemScanner::scanBuffer(const Matcher& matcher, std::string_view buffer,
                                             const QString& path)
{
    const auto scratch = matcher.makeScratch();
    std::vector<Match> matches;
    matcher.scan(buffer, BufferRegion::whole(buffer.size()), encodePath(path), *scratch, matches);
    QList<Finding> out;
    const bool binary = std::memchr(buffer.data(), 0, std::min(buffer.size(), kBinarySniff)) != nullptr;
    const SourceKind kind = classifyPath(path);
    if (kind == SourceKind::Notebook && !binary) {
        collectNotebookFindings(matcher, buffer, path, FileFacts{}, *scratch, matches, out, nullptr);
    } else {
        collectFindings(matcher, buffer, matches, 0, 0, binary, path, kind, FileFacts{}, out);
    }
    return out;
}

} // namespace keyscout
