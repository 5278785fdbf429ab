// SPDX-License-Identifier: GPL-3.0-or-later
#include "BlobIntroductions.h"

namespace keyscout::git {

quint32 BlobIntroductions::pathId(std::string_view path)
{
    const auto it = m_pathIds.find(path);
    if (it != m_pathIds.end()) {
        return it->second;
    }
    const auto id = static_cast<quint32>(m_paths.size());
    m_paths.emplace_back(path);
    m_pathIds.emplace(m_paths.back(), id);
    return id;
}

void BlobIntroductions::record(const git_oid& blob, std::string_view path, quint32 commit)
{
    const auto [it, inserted] = m_first.try_emplace(blob, kEnd);
    const quint32 id = pathId(path);
    quint32* link = &it->second;
    while (*link != kEnd) {
        if (m_nodes[*link].path == id) {
            return;
        }
        link = &m_nodes[*link].next;
    }
    *link = static_cast<quint32>(m_nodes.size());
    m_nodes.push_back({commit, id, kEnd});
}

std::vector<BlobIntroductions::Introduction> BlobIntroductions::of(const git_oid& blob) const
{
    std::vector<Introduction> out;
    const auto it = m_first.find(blob);
    for (quint32 n = it == m_first.end() ? kEnd : it->second; n != kEnd; n = m_nodes[n].next) {
        out.push_back({m_nodes[n].commit, m_nodes[n].path});
    }
    return out;
}

namespace {

class TreeComparison {
public:
    TreeComparison(git_repository* repository, BlobIntroductions& introductions, IntroductionWalk& outcome)
        : m_repository(repository)
        , m_introductions(introductions)
        , m_outcome(outcome)
    {
    }

    TreePtr lookup(const git_oid& id)
    {
        git_tree* tree = nullptr;
        if (git_tree_lookup(&tree, m_repository, &id) < 0) {
            ++m_outcome.missingTrees;
            return nullptr;
        }
        return TreePtr(tree);
    }

    // Records the blobs of `now` that `before` (null: an empty tree) does not have at the same path.
    void compare(const git_tree* now, const git_tree* before, quint32 commit)
    {
        const size_t count = git_tree_entrycount(now);
        for (size_t i = 0; i < count; ++i) {
            const git_tree_entry* entry = git_tree_entry_byindex(now, i);
            const git_object_t type = git_tree_entry_type(entry);
            const char* name = git_tree_entry_name(entry);
            const git_tree_entry* old = before != nullptr ? git_tree_entry_byname(before, name) : nullptr;
            const bool sameType = old != nullptr && git_tree_entry_type(old) == type;
            if (sameType && OidEqual()(*git_tree_entry_id(old), *git_tree_entry_id(entry))) {
                continue; // unchanged file, or a whole unchanged folder
            }
            const size_t mark = m_path.size();
            m_path += name;
            if (type == GIT_OBJECT_BLOB) {
                m_introductions.record(*git_tree_entry_id(entry), m_path, commit);
            } else if (type == GIT_OBJECT_TREE) {
                // Submodule entries (GIT_OBJECT_COMMIT) name another repository's commit: not ours to read.
                const TreePtr subtree = lookup(*git_tree_entry_id(entry));
                if (subtree) {
                    const TreePtr oldSubtree = sameType ? lookup(*git_tree_entry_id(old)) : nullptr;
                    m_path += '/';
                    compare(subtree.get(), oldSubtree.get(), commit);
                }
            }
            m_path.resize(mark);
        }
    }

private:
    git_repository* m_repository;
    BlobIntroductions& m_introductions;
    IntroductionWalk& m_outcome;
    std::string m_path;
};

} // namespace

IntroductionWalk walkIntroductions(git_repository* repository, const CommitGraph& graph,
                                   BlobIntroductions& introductions, const std::atomic<bool>* cancelled)
{
    IntroductionWalk outcome;
    TreeComparison comparison(repository, introductions, outcome);
    for (const quint32 c : graph.order()) {
        if (cancelled != nullptr && cancelled->load(std::memory_order_relaxed)) {
            outcome.cancelled = true;
            break;
        }
        ++outcome.commits;
        const std::span<const quint32> parents = graph.parents(c);
        const git_oid& treeId = graph.commit(c).tree;
        if (!parents.empty() && OidEqual()(graph.commit(parents.front()).tree, treeId)) {
            continue; // an empty commit, or a merge that kept its first parent's tree
        }
        const TreePtr tree = comparison.lookup(treeId);
        if (!tree) {
            continue;
        }
        const TreePtr parentTree =
            parents.empty() ? nullptr : comparison.lookup(graph.commit(parents.front()).tree);
        comparison.compare(tree.get(), parentTree.get(), c);
    }
    return outcome;
}

} // namespace keyscout::git
