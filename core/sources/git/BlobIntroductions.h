// SPDX-License-Identifier: GPL-3.0-or-later
// Internal to the git history scanner: where each blob of a history first appeared.
#pragma once

#include "CommitGraph.h"
#include "Git2Handles.h"
#include "TreeTable.h"

#include <atomic>
#include <deque>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace keyscout::git {

// For every blob of the history, each path it appeared at and the commit that introduced it there: the
// first commit, in the graph's order, whose tree has the blob at that path while its first parent's tree
// does not. Paths are stored once however many blobs share them; per blob and path about 40 bytes.
class BlobIntroductions {
public:
    struct Introduction {
        quint32 commit = CommitGraph::kNone;
        quint32 path = 0;
    };

    // Records that `commit` has `blob` at `path`, unless the blob is already known at that path.
    void record(const git_oid& blob, std::string_view path, quint32 commit);

    [[nodiscard]] bool contains(const git_oid& blob) const { return m_first.contains(blob); }
    // Every path of `blob`, in the order they were introduced; empty for a blob in no commit.
    [[nodiscard]] std::vector<Introduction> of(const git_oid& blob) const;
    [[nodiscard]] const std::string& path(quint32 id) const { return m_paths[id]; }
    [[nodiscard]] size_t blobCount() const { return m_first.size(); }
    [[nodiscard]] quint32 pathCount() const { return static_cast<quint32>(m_paths.size()); }
    // Calls `visit(blob, pathId)` for every blob and path it appeared at.
    template <typename Visit> void forEachIntroduction(Visit&& visit) const
    {
        for (const auto& [blob, first] : m_first) {
            for (quint32 n = first; n != kEnd; n = m_nodes[n].next) {
                visit(blob, m_nodes[n].path);
            }
        }
    }

private:
    struct Node {
        quint32 commit;
        quint32 path;
        quint32 next;
    };
    static constexpr quint32 kEnd = UINT32_MAX;
    quint32 pathId(std::string_view path);

    std::unordered_map<git_oid, quint32, OidHash, OidEqual> m_first; // blob -> its first node
    std::vector<Node> m_nodes;
    std::deque<std::string> m_paths; // stable addresses: m_pathIds keys view into them
    std::unordered_map<std::string_view, quint32> m_pathIds;
};

struct IntroductionWalk {
    qint64 commits = 0;      // commits whose tree was compared with their first parent's
    qint64 missingTrees = 0; // trees the history names that could not be read
    bool cancelled = false;
};

// Compares every commit's tree with its first parent's, in the graph's order, descending only into
// subtrees whose id changed, and records every blob that appears at a path. A merge's changes against its
// other parents were already recorded at the commits that made them (they come first in the order). Oldest
// first also suits packs: git stores older versions as deltas of newer ones, and libgit2 keeps the bases it
// rebuilds on the way to an old tree, which are the newer trees read next.
// Trees come from `trees` (may be null) when it has them, otherwise from libgit2.
IntroductionWalk walkIntroductions(git_repository* repository, const TreeTable* trees,
                                   const CommitGraph& graph, BlobIntroductions& introductions,
                                   const std::atomic<bool>* cancelled);

} // namespace keyscout::git
