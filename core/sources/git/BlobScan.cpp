// SPDX-License-Identifier: GPL-3.0-or-later
#include "BlobScan.h"

#include "Git2Handles.h"
#include "PackObjectReader.h"
#include "sources/FindingBuilder.h"
#include "sources/GitHistoryScanner.h"

#include <QFile>
#include <algorithm>
#include <cstring>
#include <thread>
#include <utility>

namespace keyscout::git {

namespace {

// Bytes looked at to tell a binary blob from text, as the filesystem scan does.
constexpr size_t kBinarySniff = 8192;
// A task is whole delta trees of about this many blobs, or this many loose blobs: small enough to share
// the work out evenly, large enough that a tree's bases are rebuilt once.
constexpr quint32 kTaskBlobs = 512;

} // namespace

// One thread's matcher scratch, libgit2 handle and findings.
class BlobScan::Worker {
public:
    explicit Worker(BlobScan& scan)
        : m_scan(scan)
        , m_scratch(scan.m_input.matcher->makeScratch())
    {
    }

    git_odb* odb()
    {
        if (!m_odb && !m_failedToOpen) {
            git_repository* repository = nullptr;
            git_odb* odb = nullptr;
            if (git_repository_open_ext(&repository,
                                        QFile::encodeName(m_scan.m_input.repositoryPath).constData(),
                                        GIT_REPOSITORY_OPEN_NO_SEARCH, nullptr) == 0 &&
                git_repository_odb(&odb, repository) == 0) {
                m_odb.reset(odb);
            }
            git_repository_free(repository);
            m_failedToOpen = !m_odb;
        }
        return m_odb.get();
    }

    void readThroughLibgit2(const git_oid& id, const std::string& path)
    {
        git_odb_object* raw = nullptr;
        if (odb() == nullptr || git_odb_read(&raw, odb(), &id) != 0) {
            const QMutexLocker lock(&m_scan.m_mutex);
            m_scan.m_unreadable.emplace_back(id, lastGitError());
            return;
        }
        const OdbObjectPtr object(raw);
        const size_t size = git_odb_object_size(object.get());
        if (static_cast<qint64>(size) > m_scan.m_input.maxBlobSize) {
            const QMutexLocker lock(&m_scan.m_mutex);
            ++m_scan.m_skipped;
            return;
        }
        match(id, {static_cast<const char*>(git_odb_object_data(object.get())), size}, path);
    }

    // Matches one blob; `count` is false when it is matched a second time.
    void match(const git_oid& id, std::string_view bytes, const std::string& path, bool count = true)
    {
        if (count) {
            ++m_blobs;
            m_bytes += static_cast<qint64>(bytes.size());
            if (GitScanProgress* progress = m_scan.m_input.progress) {
                progress->objects.fetch_add(1, std::memory_order_relaxed);
                progress->bytes.fetch_add(static_cast<qint64>(bytes.size()), std::memory_order_relaxed);
            }
        }
        const Matcher& matcher = *m_scan.m_input.matcher;
        m_matches.clear();
        matcher.scan(bytes, BufferRegion::whole(bytes.size()), path, *m_scratch, m_matches);
        if (m_matches.empty()) {
            return;
        }
        const bool binary = std::memchr(bytes.data(), 0, std::min(bytes.size(), kBinarySniff)) != nullptr;
        FoundBlob found{id, static_cast<qint64>(bytes.size()), {}};
        detail::collectFindings(matcher, bytes, m_matches, 0, 0, binary, QFile::decodeName(path.c_str()),
                                SourceKind::Git, FileFacts(), found.findings);
        m_found.push_back(std::move(found));
    }

    std::vector<FoundBlob> takeFound() { return std::exchange(m_found, {}); }

    // Hands this thread's results over.
    void finish()
    {
        const QMutexLocker lock(&m_scan.m_mutex);
        m_scan.m_blobs += m_blobs;
        m_scan.m_bytes += m_bytes;
        for (FoundBlob& found : m_found) {
            m_scan.m_found.push_back(std::move(found));
        }
        m_found.clear();
        m_blobs = 0;
        m_bytes = 0;
    }

private:
    BlobScan& m_scan;
    Matcher::ScratchPtr m_scratch;
    std::vector<Match> m_matches;
    OdbPtr m_odb;
    bool m_failedToOpen = false;
    std::vector<FoundBlob> m_found;
    qint64 m_blobs = 0;
    qint64 m_bytes = 0;
};

BlobScan::BlobScan(Input input)
    : m_input(std::move(input))
{
    makeTasks();
}

void BlobScan::makeTasks()
{
    const PackIndex& packs = *m_input.packs;
    for (quint32 p = 0; p < packs.packCount(); ++p) {
        const std::vector<PackIndex::Node>& nodes = packs.forest(p, GIT_OBJECT_BLOB);
        const std::vector<bool>& wanted = (*m_input.wanted)[p];
        quint32 begin = 0;
        quint32 count = 0;
        for (quint32 root = 0; root < nodes.size(); root = nodes[root].subtreeEnd) {
            for (quint32 i = root; i < nodes[root].subtreeEnd; ++i) {
                count += wanted[i] ? 1 : 0;
            }
            if (count >= kTaskBlobs) {
                m_tasks.push_back({p, begin, nodes[root].subtreeEnd});
                begin = nodes[root].subtreeEnd;
                count = 0;
            }
        }
        if (count > 0) {
            m_tasks.push_back({p, begin, static_cast<quint32>(nodes.size())});
        }
    }
    const auto loose = static_cast<quint32>(m_input.loose.size());
    for (quint32 begin = 0; begin < loose; begin += kTaskBlobs) {
        m_tasks.push_back({packs.packCount(), begin, std::min(loose, begin + kTaskBlobs)});
    }
}

void BlobScan::runTask(Worker& worker, const Task& task)
{
    const std::atomic<bool>* cancelled = m_input.cancelled;
    if (task.pack == m_input.packs->packCount()) {
        for (quint32 i = task.begin; i < task.end; ++i) {
            if (cancelled != nullptr && cancelled->load(std::memory_order_relaxed)) {
                return;
            }
            worker.readThroughLibgit2(m_input.loose[i], m_input.matchPath);
        }
        return;
    }
    std::vector<git_oid> failed;
    PackObjectReader reader(*m_input.packs, task.pack, GIT_OBJECT_BLOB, m_input.maxBlobSize);
    reader.read(
        task.begin, task.end, (*m_input.wanted)[task.pack],
        [&](quint32 node, std::string_view bytes) {
            worker.match(m_input.packs->objectId(task.pack, GIT_OBJECT_BLOB, node), bytes, m_input.matchPath);
        },
        [&](quint32 node) { failed.push_back(m_input.packs->objectId(task.pack, GIT_OBJECT_BLOB, node)); },
        cancelled);
    for (const git_oid& id : failed) {
        if (cancelled != nullptr && cancelled->load(std::memory_order_relaxed)) {
            return;
        }
        worker.readThroughLibgit2(id, m_input.matchPath);
    }
}

void BlobScan::run(int threads, const std::function<void()>& first)
{
    // Task 0 is `first`; tasks 1… are blob tasks.
    const auto work = [this, &first]() {
        Worker worker(*this);
        for (size_t t = m_next.fetch_add(1); t <= m_tasks.size(); t = m_next.fetch_add(1)) {
            if (t == 0) {
                first();
            } else if (m_input.cancelled == nullptr || !m_input.cancelled->load(std::memory_order_relaxed)) {
                runTask(worker, m_tasks[t - 1]);
            }
        }
        worker.finish();
    };
    const size_t helpers = std::min<size_t>(threads > 1 ? size_t(threads) - 1 : 0, m_tasks.size());
    std::vector<std::thread> pool;
    pool.reserve(helpers);
    for (size_t i = 0; i < helpers; ++i) {
        pool.emplace_back(work);
    }
    work();
    for (std::thread& thread : pool) {
        thread.join();
    }
}

void BlobScan::rescan(git_repository* repository, const git_oid& id, const std::string& path)
{
    {
        const QMutexLocker lock(&m_mutex);
        m_found.erase(std::remove_if(m_found.begin(), m_found.end(),
                                     [&](const FoundBlob& f) { return OidEqual()(f.id, id); }),
                      m_found.end());
    }
    Worker worker(*this);
    git_odb* odb = nullptr;
    git_odb_object* raw = nullptr;
    if (git_repository_odb(&odb, repository) != 0) {
        return;
    }
    const OdbPtr database(odb);
    if (git_odb_read(&raw, odb, &id) != 0) {
        return; // reported by the first read already
    }
    const OdbObjectPtr object(raw);
    worker.match(
        id, {static_cast<const char*>(git_odb_object_data(object.get())), git_odb_object_size(object.get())},
        path, false);
    const QMutexLocker lock(&m_mutex);
    for (FoundBlob& found : worker.takeFound()) {
        m_found.push_back(std::move(found));
    }
}

} // namespace keyscout::git
