// SPDX-License-Identifier: GPL-3.0-or-later
#include "GitHistoryScanner.h"

#include "FindingBuilder.h"
#include "GlobPattern.h"
#include "detect/Matcher.h"
#include "git/BlobIntroductions.h"
#include "git/BlobScan.h"
#include "git/CommitGraph.h"
#include "git/Git2Handles.h"
#include "git/GitConfigSecrets.h"
#include "git/PackIndex.h"
#include "git/PackObjectReader.h"
#include "git/RefContainment.h"
#include "git/TreeTable.h"

#include <git2/sys/odb_backend.h>

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QSet>
#include <algorithm>
#include <cstring>
#include <mutex>
#include <thread>
#include <unordered_map>

namespace keyscout {

using namespace git;

namespace {

// Unreadable objects listed by id in the report; the rest are counted.
constexpr int kListedObjectProblems = 10;
// A commit object is a few hundred bytes; one of megabytes is a message someone pasted a file into.
constexpr qint64 kMaxCommitSize = qint64(64) << 20;
// All of a history's trees, parsed, when they are at most this many bytes (the Linux kernel's are several
// GB; a large application's a few hundred MB): past that the walk reads trees one by one with libgit2.
constexpr qint64 kMaxTreeTableSize = qint64(128) << 20;

// libgit2's process-wide settings for a reader that may run as root over other people's repositories.
void configureLibgit2()
{
    static std::once_flag once;
    std::call_once(once, [] {
        // Ownership checks (safe.directory) protect git from running another user's hooks and configured
        // programs; Keyscout runs none and only reads.
        git_libgit2_opts(GIT_OPT_SET_OWNER_VALIDATION, 0);
        // Every object read is hashed again to check its id by default (SHA-1 with collision detection, a
        // third of the reading time). A damaged object still fails to inflate; one whose content changed
        // but still inflates is scanned as it is, which is what a secret scan wants.
        git_libgit2_opts(GIT_OPT_ENABLE_STRICT_HASH_VERIFICATION, 0);
        // Repository extensions that change how objects are fetched or collected but not how they are read:
        // without them libgit2 1.5 refuses to open partial clones at all.
        const char* readable[] = {"partialclone", "preciousobjects", "worktreeconfig"};
        git_libgit2_opts(GIT_OPT_SET_EXTENSIONS, readable, std::size(readable));
    });
}

// libgit2's library state for one scope (reference counted by libgit2).
struct Libgit2Session {
    Libgit2Session()
    {
        git_libgit2_init();
        configureLibgit2();
    }
    ~Libgit2Session() { git_libgit2_shutdown(); }
    Libgit2Session(const Libgit2Session&) = delete;
    Libgit2Session& operator=(const Libgit2Session&) = delete;
};

QString withoutTrailingSlash(const char* path)
{
    QString out = QFile::decodeName(path);
    while (out.size() > 1 && out.endsWith(QLatin1Char('/'))) {
        out.chop(1);
    }
    return out;
}

RepositoryPtr openRepository(const QString& path)
{
    git_repository* repository = nullptr;
    if (git_repository_open_ext(&repository, QFile::encodeName(path).constData(),
                                GIT_REPOSITORY_OPEN_NO_SEARCH, nullptr) != 0) {
        return nullptr;
    }
    return RepositoryPtr(repository);
}

QString shortId(const QString& hex)
{
    return hex.left(12);
}

struct FoundMessage {
    quint32 commit;
    QList<Finding> findings;
};

struct CommitFacts {
    QString id;
    QString author;
    QString summary;
    qint64 time = 0;
};

// One repository's scan, start to end.
class RepositoryScan {
public:
    RepositoryScan(const Matcher& matcher, const GitScanOptions& options, const std::atomic<bool>* cancelled,
                   GitScanProgress* progress)
        : m_matcher(matcher)
        , m_options(options)
        , m_cancelled(cancelled)
        , m_progress(progress)
        , m_scratch(matcher.makeScratch())
    {
    }

    GitRepositoryReport run(const QString& path, const GitHistoryScanner::FindingsSink& sink);

private:
    bool open(const QString& path);
    void describeClone();
    void enumerateObjects();
    std::vector<git_oid> looseObjects(const QStringList& directories);
    void readCommits();
    void walkHistory();
    void scanBlobs();
    void rescanForPathRules(BlobScan& scan);
    QList<Finding> attribute();
    void scanMessage(std::string_view text, quint32 index);
    [[nodiscard]] bool stopped()
    {
        if (m_cancelled != nullptr && m_cancelled->load(std::memory_order_relaxed)) {
            m_report.cancelled = true;
        }
        return m_report.cancelled;
    }
    void objectProblem(const git_oid& id, const QString& what, const QString& reason = {});
    const CommitFacts& facts(quint32 commit);
    // Where the blob appeared, earliest first.
    [[nodiscard]] std::vector<BlobIntroductions::Introduction> introductionsOf(const git_oid& blob) const
    {
        std::vector<BlobIntroductions::Introduction> out = m_introductions.of(blob);
        std::sort(out.begin(), out.end(), [this](const auto& a, const auto& b) {
            const qint64 ta = m_graph.commit(a.commit).time;
            const qint64 tb = m_graph.commit(b.commit).time;
            return ta != tb ? ta < tb : a.commit < b.commit;
        });
        return out;
    }
    QHash<QString, QString> stagedPaths(); // blob id -> path, from the index
    void placeOutsideHistory(QList<Finding>& findings, const QString& stagedPath);
    void placeInHistory(Finding& f, quint32 commit, const Containment& where, const RefContainment& refs);
    void addProblems();

    const Matcher& m_matcher;
    const GitScanOptions& m_options;
    const std::atomic<bool>* m_cancelled;
    GitScanProgress* m_progress;
    Matcher::ScratchPtr m_scratch;
    std::vector<Match> m_matches;

    GitRepositoryReport m_report;
    RepositoryPtr m_repository;
    OdbPtr m_odb;
    QString m_folder; // working tree, or the git folder of a bare repository
    std::string m_rawFolder;

    std::vector<git_oid> m_commitIds;               // commits read through libgit2
    std::vector<std::vector<bool>> m_packedCommits; // per pack and commit node: read it
    std::unique_ptr<PackIndex> m_packs;
    std::vector<std::vector<bool>> m_wanted; // per pack and blob node: scan it
    std::vector<git_oid> m_looseBlobs;
    CommitGraph m_graph;
    BlobIntroductions m_introductions;
    qint64 m_missingParents = 0;
    qint64 m_missingTrees = 0;
    int m_listedObjectProblems = 0;
    std::vector<FoundBlob> m_foundBlobs;
    std::vector<FoundMessage> m_foundMessages;
    std::unordered_map<quint32, CommitFacts> m_facts;
};

GitRepositoryReport RepositoryScan::run(const QString& path, const GitHistoryScanner::FindingsSink& sink)
{
    m_report.path = QFileInfo(path).absoluteFilePath();
    if (!open(path)) {
        return m_report;
    }
    describeClone();
    enumerateObjects();
    scanBlobs(); // and, beside it, the history walk
    // What was found before a cancel is still reported, with what is known of it.
    QList<Finding> findings = attribute();
    const QStringList configFiles{m_report.gitDirectory + QStringLiteral("/config"),
                                  withoutTrailingSlash(git_repository_path(m_repository.get())) +
                                      QStringLiteral("/config.worktree")};
    for (const QString& config : configFiles) {
        findings += scanConfigFile(m_matcher, *m_scratch, m_matches, config, m_folder);
    }
    addProblems();
    m_report.findings = findings.size();
    if (!findings.isEmpty() && sink) {
        sink(std::move(findings));
    }
    if (m_progress != nullptr) {
        m_progress->repositories.fetch_add(1, std::memory_order_relaxed);
    }
    return m_report;
}

void RepositoryScan::walkHistory()
{
    if (!stopped()) {
        readCommits();
    }
    // Finished even after a cancel: the findings made so far (commit messages) are placed with it.
    m_graph.finish(&m_missingParents);
    m_report.commits = static_cast<qint64>(m_graph.size());
    if (!stopped()) {
        // Trees parsed in bulk when they fit in memory (most repositories), else read one by one.
        TreeTable trees;
        const bool loaded = trees.load(*m_packs, kMaxTreeTableSize, m_cancelled);
        const IntroductionWalk walk = walkIntroductions(m_repository.get(), loaded ? &trees : nullptr,
                                                        m_graph, m_introductions, m_cancelled);
        m_missingTrees = walk.missingTrees;
        m_report.cancelled = m_report.cancelled || walk.cancelled;
    }
}

bool RepositoryScan::open(const QString& path)
{
    m_repository = openRepository(path);
    if (!m_repository) {
        m_report.problems
            << (QFileInfo::exists(path)
                    ? QStringLiteral("not a git repository libgit2 can open: %1").arg(lastGitError())
                    : QStringLiteral("no such folder"));
        return false;
    }
    git_odb* odb = nullptr;
    if (git_repository_odb(&odb, m_repository.get()) != 0) {
        m_report.problems << QStringLiteral("the object database cannot be opened: %1").arg(lastGitError());
        return false;
    }
    m_odb.reset(odb);
    m_report.opened = true;
    const char* workdir = git_repository_workdir(m_repository.get());
    m_report.gitDirectory = withoutTrailingSlash(git_repository_commondir(m_repository.get()));
    m_folder = withoutTrailingSlash(workdir != nullptr ? workdir : git_repository_path(m_repository.get()));
    m_rawFolder = QFile::encodeName(m_folder).toStdString();
    m_report.path = m_folder;
    return true;
}

void RepositoryScan::describeClone()
{
    m_report.shallow = git_repository_is_shallow(m_repository.get()) == 1;
    // A partial clone records its promisor remote (git-config(1): remote.<name>.promisor,
    // extensions.partialClone).
    git_config* rawConfig = nullptr;
    if (git_repository_config_snapshot(&rawConfig, m_repository.get()) != 0) {
        return;
    }
    const ConfigPtr config(rawConfig);
    git_buf value{};
    if (git_config_get_string_buf(&value, config.get(), "extensions.partialclone") == 0) {
        m_report.partial = true;
        git_buf_dispose(&value);
    }
    git_config_iterator* rawIterator = nullptr;
    if (!m_report.partial &&
        git_config_iterator_glob_new(&rawIterator, config.get(), "^remote\\..*\\.promisor$") == 0) {
        git_config_entry* entry = nullptr;
        while (git_config_next(&entry, rawIterator) == 0) {
            int on = 0;
            if (git_config_parse_bool(&on, entry->value) == 0 && on != 0) {
                m_report.partial = true;
            }
        }
        git_config_iterator_free(rawIterator);
    }
}

void RepositoryScan::enumerateObjects()
{
    // Every object — every pack, loose objects, alternates — whatever refers to it. Packed objects come from
    // the pack indexes with their type; only loose ones are asked of libgit2.
    m_packs = std::make_unique<PackIndex>(m_report.gitDirectory + QStringLiteral("/objects"));
    m_wanted.resize(m_packs->packCount());
    m_packedCommits.resize(m_packs->packCount());
    for (quint32 p = 0; p < m_packs->packCount(); ++p) {
        m_wanted[p].assign(m_packs->forest(p, GIT_OBJECT_BLOB).size(), false);
        m_packedCommits[p].assign(m_packs->forest(p, GIT_OBJECT_COMMIT).size(), false);
    }
    const auto classify = [this](const git_oid& id, PackIndex::Location where) {
        ++m_report.objects;
        bool packed = where.type != GIT_OBJECT_INVALID;
        if (!packed) {
            size_t size = 0;
            git_object_t type = GIT_OBJECT_INVALID;
            if (git_odb_read_header(&size, &type, m_odb.get(), &id) != 0) {
                objectProblem(id, QStringLiteral("could not be read"));
                return;
            }
            where.type = type;
            where.size = size;
        }
        if (where.type == GIT_OBJECT_COMMIT) {
            if (packed) {
                m_packedCommits[where.pack][where.node] = true;
            } else {
                m_commitIds.push_back(id);
            }
        } else if (where.type == GIT_OBJECT_BLOB) {
            if (static_cast<qint64>(where.size) > m_options.maxBlobSize) {
                ++m_report.skippedBlobs;
            } else if (packed) {
                m_wanted[where.pack][where.node] = true;
            } else {
                m_looseBlobs.push_back(id);
            }
        }
    };

    std::vector<git_oid> unpacked;
    if (m_packs->problems().isEmpty()) {
        m_packs->forEachObject(classify);
        unpacked = looseObjects(m_packs->objectDirectories());
    } else {
        // A pack the index reader did not understand: libgit2 lists everything, and what no readable pack
        // has is asked of it one by one.
        const auto collect = [](const git_oid* id, void* payload) {
            static_cast<std::vector<git_oid>*>(payload)->push_back(*id);
            return 0;
        };
        if (git_odb_foreach(m_odb.get(), collect, &unpacked) != 0) {
            m_report.problems << QStringLiteral("the object database could not be listed completely: %1")
                                     .arg(lastGitError());
        }
    }
    std::sort(unpacked.begin(), unpacked.end(), OidLess());
    unpacked.erase(std::unique(unpacked.begin(), unpacked.end(), OidEqual()), unpacked.end());
    const bool packsListed = m_packs->problems().isEmpty();
    for (size_t i = 0; i < unpacked.size(); ++i) {
        if ((i & 255U) == 0 && stopped()) {
            return;
        }
        PackIndex::Location where;
        if (m_packs->find(unpacked[i], &where)) {
            if (!packsListed) {
                classify(unpacked[i], where);
            }
            continue; // listed with its pack
        }
        classify(unpacked[i], PackIndex::Location());
    }
}

std::vector<git_oid> RepositoryScan::looseObjects(const QStringList& directories)
{
    // An object database of only the loose-object backends, to list just those (read-only: listing opens
    // no file for writing).
    std::vector<git_oid> ids;
    git_odb* raw = nullptr;
    if (git_odb_new(&raw) != 0) {
        return ids;
    }
    const OdbPtr odb(raw);
    int priority = 1;
    for (const QString& directory : directories) {
        git_odb_backend* backend = nullptr;
        if (git_odb_backend_loose(&backend, QFile::encodeName(directory).constData(), -1, 0, 0, 0) == 0 &&
            git_odb_add_backend(odb.get(), backend, priority++) != 0) {
            backend->free(backend);
        }
    }
    const auto collect = [](const git_oid* id, void* payload) {
        static_cast<std::vector<git_oid>*>(payload)->push_back(*id);
        return 0;
    };
    if (git_odb_foreach(odb.get(), collect, &ids) != 0) {
        m_report.problems
            << QStringLiteral("the loose objects could not be listed completely: %1").arg(lastGitError());
    }
    return ids;
}

void RepositoryScan::readCommits()
{
    // Packed commits rebuilt and parsed here; loose ones, and any this cannot read, through libgit2.
    ParsedCommit parsed;
    for (quint32 p = 0; p < m_packs->packCount() && !stopped(); ++p) {
        PackObjectReader reader(*m_packs, p, GIT_OBJECT_COMMIT, kMaxCommitSize);
        const auto found = [&](quint32 node, std::string_view bytes) {
            const git_oid id = m_packs->objectId(p, GIT_OBJECT_COMMIT, node);
            if (!parseCommit(bytes, &parsed)) {
                m_commitIds.push_back(id);
                return;
            }
            m_graph.add(id, parsed.tree, parsed.time, parsed.parents);
            scanMessage(parsed.message, m_graph.indexOf(id));
            if (m_progress != nullptr) {
                m_progress->objects.fetch_add(1, std::memory_order_relaxed);
            }
        };
        const auto failed = [&](quint32 node) {
            m_commitIds.push_back(m_packs->objectId(p, GIT_OBJECT_COMMIT, node));
        };
        reader.read(0, static_cast<quint32>(m_packedCommits[p].size()), m_packedCommits[p], found, failed,
                    m_cancelled);
    }
    for (const git_oid& id : m_commitIds) {
        if (stopped()) {
            return;
        }
        git_commit* raw = nullptr;
        if (git_commit_lookup(&raw, m_repository.get(), &id) != 0) {
            objectProblem(id, QStringLiteral("is not a readable commit"));
            continue;
        }
        const CommitPtr commit(raw);
        m_graph.add(commit.get());
        const char* message = git_commit_message_raw(commit.get());
        scanMessage(message != nullptr ? std::string_view(message) : std::string_view(), m_graph.indexOf(id));
        if (m_progress != nullptr) {
            m_progress->objects.fetch_add(1, std::memory_order_relaxed);
        }
    }
    std::vector<git_oid>().swap(m_commitIds);
    std::vector<std::vector<bool>>().swap(m_packedCommits);
}

void RepositoryScan::scanMessage(std::string_view text, quint32 index)
{
    if (text.empty() || index == CommitGraph::kNone) {
        return;
    }
    m_matches.clear();
    m_matcher.scan(text, BufferRegion::whole(text.size()), m_rawFolder, *m_scratch, m_matches);
    if (m_matches.empty()) {
        return;
    }
    FoundMessage found{index, {}};
    detail::collectFindings(m_matcher, text, m_matches, 0, 0, false, m_folder, SourceKind::Git, FileFacts(),
                            found.findings);
    m_foundMessages.push_back(std::move(found));
}

void RepositoryScan::scanBlobs()
{
    BlobScan::Input input;
    input.matcher = &m_matcher;
    input.repositoryPath = m_report.path;
    input.matchPath = m_rawFolder;
    input.packs = m_packs.get();
    input.wanted = &m_wanted;
    input.loose = std::move(m_looseBlobs);
    input.maxBlobSize = m_options.maxBlobSize;
    input.cancelled = m_cancelled;
    input.progress = m_progress;
    BlobScan scan(std::move(input));
    const int threads = m_options.threads > 0
                            ? m_options.threads
                            : std::clamp(static_cast<int>(std::thread::hardware_concurrency()), 1, 8);
    scan.run(threads, [this] { walkHistory(); });
    if (!stopped()) {
        rescanForPathRules(scan);
    }
    m_report.blobs = scan.blobs();
    m_report.bytes = scan.bytes();
    m_report.skippedBlobs += scan.skipped();
    for (const auto& [id, reason] : scan.unreadable()) {
        objectProblem(id, QStringLiteral("could not be read"), reason);
    }
    m_foundBlobs = std::move(scan.found());
}

void RepositoryScan::rescanForPathRules(BlobScan& scan)
{
    // Blobs were matched without their path; rules that only apply to some file names (a kaggle.json key)
    // get the blobs whose first path is such a name.
    std::vector<const GlobPattern*> globs;
    for (const Rule& rule : m_matcher.rules()) {
        for (const GlobPattern& glob : rule.paths) {
            globs.push_back(&glob);
        }
    }
    if (globs.empty()) {
        return;
    }
    // Which paths are such names, each path checked once; then the blobs seen at one of them.
    std::vector<bool> ruled(m_introductions.pathCount(), false);
    bool any = false;
    for (quint32 id = 0; id < m_introductions.pathCount(); ++id) {
        const std::string path = m_rawFolder + '/' + m_introductions.path(id);
        ruled[id] =
            std::any_of(globs.begin(), globs.end(), [&](const GlobPattern* g) { return g->matches(path); });
        any = any || ruled[id];
    }
    if (!any) {
        return;
    }
    std::vector<std::pair<git_oid, quint32>> rescans;
    m_introductions.forEachIntroduction([&](const git_oid& blob, quint32 path) {
        if (ruled[path]) {
            rescans.emplace_back(blob, path);
        }
    });
    for (const auto& [blob, path] : rescans) {
        scan.rescan(m_repository.get(), blob, m_rawFolder + '/' + m_introductions.path(path));
    }
}

void RepositoryScan::objectProblem(const git_oid& id, const QString& what, const QString& reason)
{
    ++m_report.corruptObjects;
    if (m_listedObjectProblems++ < kListedObjectProblems) {
        m_report.problems << QStringLiteral("object %1 %2: %3")
                                 .arg(hexId(id), what, reason.isEmpty() ? lastGitError() : reason);
    }
}

const CommitFacts& RepositoryScan::facts(quint32 commit)
{
    const auto it = m_facts.find(commit);
    if (it != m_facts.end()) {
        return it->second;
    }
    CommitFacts facts;
    facts.id = hexId(m_graph.commit(commit).id);
    facts.time = m_graph.commit(commit).time;
    git_commit* raw = nullptr;
    if (git_commit_lookup(&raw, m_repository.get(), &m_graph.commit(commit).id) == 0) {
        const CommitPtr object(raw);
        const git_signature* author = git_commit_author(object.get());
        if (author != nullptr) {
            facts.author = QStringLiteral("%1 <%2>").arg(QString::fromUtf8(author->name),
                                                         QString::fromUtf8(author->email));
        }
        facts.summary = QString::fromUtf8(git_commit_summary(object.get()));
    }
    return m_facts.emplace(commit, std::move(facts)).first->second;
}

QHash<QString, QString> RepositoryScan::stagedPaths()
{
    // Read without git_repository_index(), which may refresh the index: this only opens the file.
    QHash<QString, QString> paths;
    git_index* raw = nullptr;
    const QString file =
        withoutTrailingSlash(git_repository_path(m_repository.get())) + QStringLiteral("/index");
    if (!QFileInfo::exists(file) || git_index_open(&raw, QFile::encodeName(file).constData()) != 0) {
        return paths;
    }
    const IndexPtr index(raw);
    const size_t count = git_index_entrycount(index.get());
    for (size_t i = 0; i < count; ++i) {
        const git_index_entry* entry = git_index_get_byindex(index.get(), i);
        paths.insert(hexId(entry->id), QFile::decodeName(entry->path));
    }
    return paths;
}

QList<Finding> RepositoryScan::attribute()
{
    QList<Finding> out;
    if (m_foundBlobs.empty() && m_foundMessages.empty()) {
        return out;
    }
    // One place per secret and path, however many versions of the file held it: the version the earliest
    // commit brought, named with that commit and with everything that contains any of the versions.
    struct PathPlace {
        Finding finding;
        quint32 first = 0; // commit
        std::vector<quint32> commits;
    };
    std::vector<PathPlace> places;
    QHash<QString, size_t> placeOf;
    std::vector<quint32> targets;
    const auto earlier = [this](quint32 a, quint32 b) {
        const qint64 ta = m_graph.commit(a).time;
        const qint64 tb = m_graph.commit(b).time;
        return ta != tb ? ta < tb : a < b;
    };
    QHash<QString, QString> staged;
    bool stagedRead = false;
    for (FoundBlob& blob : m_foundBlobs) {
        const QString blobId = hexId(blob.id);
        for (Finding& f : blob.findings) {
            f.place.git.repository = m_folder;
            f.place.git.blob = blobId;
            f.file.size = blob.size;
        }
        const std::vector<BlobIntroductions::Introduction> introductions = introductionsOf(blob.id);
        if (introductions.empty()) {
            if (!stagedRead) {
                staged = stagedPaths();
                stagedRead = true;
            }
            placeOutsideHistory(blob.findings, staged.value(blobId));
            out += blob.findings;
            continue;
        }
        for (const BlobIntroductions::Introduction& i : introductions) {
            targets.push_back(i.commit);
            const QString pathInRepo = QFile::decodeName(m_introductions.path(i.path).c_str());
            for (const Finding& f : std::as_const(blob.findings)) {
                const QString key = f.secretSha256 + QLatin1Char('/') + pathInRepo;
                const auto it = placeOf.constFind(key);
                if (it == placeOf.constEnd()) {
                    placeOf.insert(key, places.size());
                    places.push_back({f, i.commit, {i.commit}});
                    places.back().finding.path = m_folder + QLatin1Char('/') + pathInRepo;
                    places.back().finding.place.git.pathInRepo = pathInRepo;
                    continue;
                }
                PathPlace& place = places[*it];
                place.commits.push_back(i.commit);
                if (earlier(i.commit, place.first)) {
                    place.first = i.commit;
                    place.finding = f;
                    place.finding.path = m_folder + QLatin1Char('/') + pathInRepo;
                    place.finding.place.git.pathInRepo = pathInRepo;
                }
            }
        }
    }
    for (const FoundMessage& message : m_foundMessages) {
        targets.push_back(message.commit);
    }
    std::sort(targets.begin(), targets.end());
    targets.erase(std::unique(targets.begin(), targets.end()), targets.end());
    const RefContainment refs(m_repository.get(), m_graph);
    const std::vector<Containment> containment = refs.contain(targets);
    const auto containmentOf = [&](const std::vector<quint32>& commits) {
        Containment merged;
        for (const quint32 commit : commits) {
            const auto at = std::lower_bound(targets.begin(), targets.end(), commit) - targets.begin();
            merged.add(containment[static_cast<size_t>(at)]);
        }
        return merged;
    };

    for (PathPlace& place : places) {
        std::sort(place.commits.begin(), place.commits.end());
        place.commits.erase(std::unique(place.commits.begin(), place.commits.end()), place.commits.end());
        placeInHistory(place.finding, place.first, containmentOf(place.commits), refs);
        if (place.commits.size() > 1) {
            place.finding.notes
                << QStringLiteral("also in %1 later versions of this file").arg(place.commits.size() - 1);
        }
        out << place.finding;
    }
    for (FoundMessage& message : m_foundMessages) {
        for (Finding& f : message.findings) {
            f.place.git.repository = m_folder;
            placeInHistory(f, message.commit, containmentOf({message.commit}), refs);
            f.notes.prepend(QStringLiteral("in the message of commit %1").arg(shortId(f.place.git.commit)));
            out << f;
        }
    }
    return out;
}

void RepositoryScan::placeOutsideHistory(QList<Finding>& findings, const QString& stagedPath)
{
    for (Finding& f : findings) {
        f.place.git.dangling = stagedPath.isEmpty();
        f.place.git.pathInRepo = stagedPath;
        f.path = stagedPath.isEmpty() ? m_report.gitDirectory : m_folder + QLatin1Char('/') + stagedPath;
        f.notes << (stagedPath.isEmpty()
                        ? QStringLiteral("in a blob no commit contains (dropped from the index, "
                                         "or written by a tool): `git gc --prune=now` deletes it")
                        : QStringLiteral("staged (git add) but never committed: unstaging and "
                                         "`git gc --prune=now` delete it"));
    }
}

void RepositoryScan::placeInHistory(Finding& f, quint32 commit, const Containment& where,
                                    const RefContainment& refs)
{
    const CommitFacts& facts = this->facts(commit);
    GitPlace& git = f.place.git;
    git.commit = facts.id;
    git.author = facts.author;
    git.time = facts.time;
    git.summary = facts.summary;
    git.refs = where.refs;
    git.remotes = where.remotes;
    git.pushed = !where.remotes.isEmpty();
    git.dangling = where.refs.isEmpty();
    git.remoteHost = git.pushed ? refs.remoteHost(where.remotes.first()) : QString();
    f.file.mtime = facts.time;
    if (git.pushed) {
        f.notes << (git.remoteHost.isEmpty()
                        ? QStringLiteral("pushed to remote \u201c%1\u201d: revoke the token first; rewriting "
                                         "history does not take back what was pushed")
                              .arg(where.remotes.first())
                        : QStringLiteral("pushed to %1 (remote \u201c%2\u201d): published — revoke the token "
                                         "first; rewriting history does not take back what was pushed")
                              .arg(git.remoteHost, where.remotes.first()));
    } else if (!git.dangling) {
        f.notes << QStringLiteral(
                       "in local history only (%1), not pushed: revoke the token, then rewrite the "
                       "history (git filter-repo) before anything is pushed")
                       .arg(where.refs.join(QStringLiteral(", ")));
    } else if (!where.reflogs.isEmpty()) {
        f.notes << QStringLiteral(
                       "on no branch (amended, reset or rebased away) but still in the reflog of %1: "
                       "`git reflog expire --expire-unreachable=now --all && git gc --prune=now` "
                       "deletes it")
                       .arg(where.reflogs.join(QStringLiteral(", ")));
    } else {
        f.notes << QStringLiteral("in an unreachable commit (no branch, tag, stash or reflog keeps it): "
                                  "`git gc --prune=now` deletes it");
    }
    if (m_graph.lacksParents(commit)) {
        f.notes << QStringLiteral(
            "the history before this commit is not in this clone: the token may be older "
            "than this commit");
    }
}

void RepositoryScan::addProblems()
{
    if (m_report.shallow) {
        m_report.problems << QStringLiteral(
            "shallow clone: the history before its oldest commits is not on "
            "this machine and was not read (`git fetch --unshallow` gets it)");
    }
    if (m_report.partial) {
        m_report.problems << QStringLiteral(
            "partial clone: objects the clone left on the server were not read");
    }
    // A shallow clone's boundary commits name parents it does not have: that is not damage.
    const qint64 missing = (m_report.shallow ? 0 : m_missingParents) + m_missingTrees;
    m_report.missingObjects = missing;
    if (missing > 0 && !m_report.partial) {
        m_report.problems << QStringLiteral("%1 commits or folders the history names are missing from the "
                                            "object database (a damaged repository?); the rest was read")
                                 .arg(missing);
    } else if (missing > 0) {
        m_report.problems
            << QStringLiteral("%1 commits or folders are not in this partial clone").arg(missing);
    }
    if (m_report.corruptObjects > kListedObjectProblems) {
        m_report.problems << QStringLiteral("%1 more objects could not be read")
                                 .arg(m_report.corruptObjects - kListedObjectProblems);
    }
    if (m_report.skippedBlobs > 0) {
        m_report.problems << QStringLiteral("%1 blobs larger than %2 MiB were not read")
                                 .arg(m_report.skippedBlobs)
                                 .arg(m_options.maxBlobSize >> 20);
    }
    if (m_report.cancelled) {
        m_report.problems << QStringLiteral("cancelled: the history was not read completely");
    }
}

bool looksLikeGitDirectory(const QString& dir)
{
    return QFileInfo(dir + QStringLiteral("/HEAD")).isFile() &&
           QFileInfo(dir + QStringLiteral("/objects")).isDir() &&
           QFileInfo(dir + QStringLiteral("/refs")).isDir();
}

} // namespace

GitHistoryScanner::GitHistoryScanner(const Matcher& matcher, GitScanOptions options)
    : m_matcher(matcher)
    , m_options(options)
{
    git_libgit2_init();
    configureLibgit2();
}

GitHistoryScanner::~GitHistoryScanner()
{
    git_libgit2_shutdown();
}

GitRepositoryReport GitHistoryScanner::scanRepository(const QString& path, const FindingsSink& sink,
                                                      const std::atomic<bool>* cancelled,
                                                      GitScanProgress* progress) const
{
    RepositoryScan scan(m_matcher, m_options, cancelled, progress);
    return scan.run(path, sink);
}

QString GitHistoryScanner::objectDatabaseOf(const QString& path)
{
    const Libgit2Session session;
    const RepositoryPtr repository = openRepository(path);
    if (!repository) {
        return {};
    }
    return QFileInfo(withoutTrailingSlash(git_repository_commondir(repository.get()))).canonicalFilePath();
}

QStringList GitHistoryScanner::discoverRepositories(const QString& root)
{
    const Libgit2Session session;
    QStringList candidates;
    QStringList pending{QFileInfo(root).absoluteFilePath()};
    while (!pending.isEmpty()) {
        const QString dir = pending.takeLast();
        const QFileInfo dotGit(dir + QStringLiteral("/.git"));
        if (dotGit.exists() || dotGit.isSymLink()) {
            candidates << dir;
            // Submodules whose working tree is gone live on under .git/modules.
            if (dotGit.isDir() && !dotGit.isSymLink()) {
                QDirIterator modules(dotGit.filePath() + QStringLiteral("/modules"),
                                     QDir::Dirs | QDir::NoDotAndDotDot | QDir::NoSymLinks | QDir::Hidden,
                                     QDirIterator::Subdirectories);
                while (modules.hasNext()) {
                    const QString module = modules.next();
                    if (looksLikeGitDirectory(module)) {
                        candidates << module;
                    }
                }
            }
        } else if (looksLikeGitDirectory(dir)) {
            candidates << dir; // a bare repository: nothing below it is a working tree
            continue;
        }
        const QDir entries(dir);
        for (const QFileInfo& child :
             entries.entryInfoList(QDir::Dirs | QDir::NoDotAndDotDot | QDir::NoSymLinks | QDir::Hidden)) {
            if (child.fileName() != QLatin1String(".git")) {
                pending << child.filePath();
            }
        }
    }

    // One path per object database; a repository libgit2 cannot open is kept, so that its scan says why.
    QStringList out;
    QSet<QString> databases;
    // Which path names a database shared by several: a main working tree or bare repository before a linked
    // worktree or submodule working tree (a `.git` file), and those before a git folder under .git/modules.
    const auto rank = [](const QString& c) {
        return c.contains(QLatin1String("/.git/modules/"))       ? 2
               : QFileInfo(c + QStringLiteral("/.git")).isFile() ? 1
                                                                 : 0;
    };
    std::sort(candidates.begin(), candidates.end(), [&](const QString& a, const QString& b) {
        const int ra = rank(a);
        const int rb = rank(b);
        return ra != rb ? ra < rb : a < b;
    });
    for (const QString& candidate : candidates) {
        const QString database = objectDatabaseOf(candidate);
        if (database.isEmpty() || !databases.contains(database)) {
            databases.insert(database);
            out << candidate;
        }
    }
    out.removeDuplicates();
    std::sort(out.begin(), out.end());
    return out;
}

} // namespace keyscout
