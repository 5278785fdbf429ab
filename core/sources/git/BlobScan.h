// SPDX-License-Identifier: GPL-3.0-or-later
// Internal to the git history scanner: every wanted blob of a repository read and matched, on several
// threads.
#pragma once

#include "PackIndex.h"
#include "detect/Matcher.h"
#include "findings/Finding.h"

#include <QList>
#include <QMutex>
#include <QString>
#include <QStringList>
#include <atomic>
#include <functional>
#include <string>
#include <vector>

namespace keyscout {
struct GitScanProgress;
}

namespace keyscout::git {

// A blob with findings, kept until the history says where it came from. The findings hold the masked
// context lines, never the blob.
struct FoundBlob {
    git_oid id{};
    qint64 size = 0;
    QList<Finding> findings;
};

// Reads and matches blobs: packed ones through PackObjectReader, one delta tree at a time, and loose ones
// (and whatever the pack reader could not rebuild) through libgit2, each thread with its own repository
// handle. The blobs are matched without their path (the history walk that knows it runs beside); `rescan`
// matches one blob again as a given path, for the rules that only apply to some file names.
class BlobScan {
public:
    struct Input {
        const Matcher* matcher = nullptr;
        QString repositoryPath; // opened once per thread for libgit2 reads
        std::string matchPath;  // what the matcher is told the path is
        const PackIndex* packs = nullptr;
        const std::vector<std::vector<bool>>* wanted = nullptr; // per pack and blob node
        std::vector<git_oid> loose;                             // blobs in no pack PackIndex read
        qint64 maxBlobSize = 0;
        const std::atomic<bool>* cancelled = nullptr;
        GitScanProgress* progress = nullptr;
    };

    explicit BlobScan(Input input);

    // Runs `first` (the history walk) and the blob reading on up to `threads` threads, `first` taking one
    // of them; returns when all is done (or cancelled).
    void run(int threads, const std::function<void()>& first);

    // Reads `id` through libgit2 on this thread and matches it as `path`; its earlier findings are replaced.
    void rescan(git_repository* repository, const git_oid& id, const std::string& path);

    std::vector<FoundBlob>& found() { return m_found; }
    [[nodiscard]] qint64 blobs() const { return m_blobs; }
    [[nodiscard]] qint64 bytes() const { return m_bytes; }
    [[nodiscard]] qint64 skipped() const { return m_skipped; }
    // Blobs that could not be read, with libgit2's reason.
    [[nodiscard]] const std::vector<std::pair<git_oid, QString>>& unreadable() const { return m_unreadable; }

private:
    struct Task {
        quint32 pack = 0; // PackIndex::packCount() for a slice of `loose`
        quint32 begin = 0;
        quint32 end = 0;
    };
    class Worker;
    void makeTasks();
    void runTask(Worker& worker, const Task& task);

    Input m_input;
    std::vector<Task> m_tasks;
    std::atomic<size_t> m_next{0};
    QMutex m_mutex; // guards everything below
    std::vector<FoundBlob> m_found;
    std::vector<std::pair<git_oid, QString>> m_unreadable;
    qint64 m_blobs = 0;
    qint64 m_bytes = 0;
    qint64 m_skipped = 0;
};

} // namespace keyscout::git
