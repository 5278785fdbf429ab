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
#include "git/HistoryPlaces.h"
#include "git/PackIndex.h"
#include "git/PackObjectReader.h"
#include "git/RepositoryDiscovery.h"
#include "git/TreeTable.h"

#include <git2/sys/odb_backend.h>

#include <QFile>
#include <QFileInfo>
#include <algorithm>
#include <thread>

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
    void scanMessage(std::string_view text, quint32 index);
    void readTagMessages();
    [[nodiscard]] bool stopped()
    {
        if (m_cancelled != nullptr && m_cancelled->load(std::memory_order_relaxed)) {
            m_report.cancelled = true;
        }
        return m_report.cancelled;
    }
    void objectProblem(const git_oid& id, const QString& what, const QString& reason = {});
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
    HistoryPlaces places(m_repository.get(), m_graph, m_introductions, m_folder, m_report.gitDirectory);
    QList<Finding> findings = places.place(m_foundBlobs, m_foundMessages);
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
        readTagMessages();
    }
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
    // Every entry, filtered here: libgit2 1.5's glob iterators leak their regular expression's match data.
    git_config_iterator* rawIterator = nullptr;
    if (!m_report.partial && git_config_iterator_new(&rawIterator, config.get()) == 0) {
        git_config_entry* entry = nullptr;
        while (git_config_next(&entry, rawIterator) == 0) {
            const std::string_view name(entry->name);
            int on = 0;
            if (name.starts_with("remote.") && name.ends_with(".promisor") &&
                git_config_parse_bool(&on, entry->value) == 0 && on != 0) {
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
    FoundMessage found;
    found.commit = index;
    detail::collectFindings(m_matcher, text, m_matches, 0, 0, false, m_folder, SourceKind::Git, FileFacts(),
                            found.findings);
    m_foundMessages.push_back(std::move(found));
}

// Annotated tags carry a message of their own (release notes pasted with a token in them): each tag under
// refs/tags read through libgit2, placed on the commit it points at.
void RepositoryScan::readTagMessages()
{
    git_reference_iterator* rawIterator = nullptr;
    if (git_reference_iterator_glob_new(&rawIterator, m_repository.get(), "refs/tags/*") != 0) {
        return;
    }
    const ReferenceIteratorPtr iterator(rawIterator);
    git_reference* rawRef = nullptr;
    while (!stopped() && git_reference_next(&rawRef, iterator.get()) == 0) {
        const ReferencePtr ref(rawRef);
        const git_oid* target = git_reference_target(ref.get());
        git_tag* rawTag = nullptr;
        if (target == nullptr || git_tag_lookup(&rawTag, m_repository.get(), target) != 0) {
            continue; // a lightweight tag: a name for a commit, no message
        }
        const TagPtr tag(rawTag);
        const char* message = git_tag_message(tag.get());
        git_object* rawPeeled = nullptr;
        if (message == nullptr || git_tag_peel(&rawPeeled, tag.get()) != 0) {
            continue;
        }
        const ObjectPtr peeled(rawPeeled);
        const quint32 commit = git_object_type(peeled.get()) == GIT_OBJECT_COMMIT
                                   ? m_graph.indexOf(*git_object_id(peeled.get()))
                                   : CommitGraph::kNone;
        const size_t before = m_foundMessages.size();
        scanMessage(message, commit);
        if (m_foundMessages.size() == before) {
            continue;
        }
        FoundMessage& found = m_foundMessages.back();
        found.tag = QString::fromUtf8(git_tag_name(tag.get()));
        if (const git_signature* tagger = git_tag_tagger(tag.get()); tagger != nullptr) {
            found.tagger = QStringLiteral("%1 <%2>").arg(QString::fromUtf8(tagger->name),
                                                         QString::fromUtf8(tagger->email));
            found.tagTime = tagger->when.time;
        }
    }
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
    return git::objectDatabaseOf(path);
}

QStringList GitHistoryScanner::discoverRepositories(const QString& root)
{
    return git::discoverRepositories(root);
}

} // namespace keyscout
