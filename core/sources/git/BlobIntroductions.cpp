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

// Trees for the walk: from the table when it has them, otherwise read with libgit2 and parsed the same way
// (kept until the commit being compared is done, since the comparison holds views of them).
class TreeSource {
public:
    TreeSource(git_repository* repository, const TreeTable* table)
        : m_repository(repository)
        , m_table(table)
    {
    }

    bool get(const git_oid& id, TreeView* out)
    {
        if (m_table != nullptr && m_table->find(id, out)) {
            return true;
        }
        const auto cached = m_read.find(id);
        if (cached != m_read.end()) {
            *out = cached->second.view();
            return true;
        }
        git_odb* odb = nullptr;
        if (git_repository_odb(&odb, m_repository) != 0) {
            return false;
        }
        const OdbPtr database(odb);
        git_odb_object* raw = nullptr;
        if (git_odb_read(&raw, odb, &id) != 0) {
            return false;
        }
        const OdbObjectPtr object(raw);
        if (git_odb_object_type(object.get()) != GIT_OBJECT_TREE) {
            return false;
        }
        Owned owned;
        if (!parseTree({static_cast<const char*>(git_odb_object_data(object.get())),
                        git_odb_object_size(object.get())},
                       owned.entries, owned.names)) {
            return false;
        }
        *out = m_read.emplace(id, std::move(owned)).first->second.view();
        return true;
    }

    // Between commits: trees read through libgit2 are dropped once there are many.
    void commitDone()
    {
        if (m_read.size() > 4096) {
            m_read.clear();
        }
    }

private:
    struct Owned {
        std::vector<TreeEntry> entries;
        std::string names;
        [[nodiscard]] TreeView view() const { return {entries, names.data()}; }
    };
    git_repository* m_repository;
    const TreeTable* m_table;
    std::unordered_map<git_oid, Owned, OidHash, OidEqual> m_read;
};

class TreeComparison {
public:
    TreeComparison(TreeSource& trees, BlobIntroductions& introductions, IntroductionWalk& outcome)
        : m_trees(trees)
        , m_introductions(introductions)
        , m_outcome(outcome)
    {
    }

    bool lookup(const git_oid& id, TreeView* out)
    {
        if (!m_trees.get(id, out)) {
            ++m_outcome.missingTrees;
            return false;
        }
        return true;
    }

    // Records the blobs of `now` that `before` (empty: no tree) does not have at the same path. Both lists
    // are in git's order, so one pass over each finds the entries with the same name.
    void compare(const TreeView& now, const TreeView& before, quint32 commit)
    {
        size_t j = 0;
        for (const TreeEntry& entry : now.entries) {
            const std::string_view name = now.name(entry);
            const bool isTree = entry.kind == TreeEntry::Tree;
            int order = 1;
            while (j < before.entries.size() &&
                   (order = compareTreeEntries(before.name(before.entries[j]),
                                               before.entries[j].kind == TreeEntry::Tree, name, isTree)) <
                       0) {
                ++j;
            }
            const TreeEntry* old = j < before.entries.size() && order == 0 ? &before.entries[j] : nullptr;
            const bool sameKind = old != nullptr && old->kind == entry.kind;
            if (sameKind && OidEqual()(old->id, entry.id)) {
                continue; // unchanged file, or a whole unchanged folder
            }
            const size_t mark = m_path.size();
            m_path += name;
            if (entry.kind == TreeEntry::Blob) {
                m_introductions.record(entry.id, m_path, commit);
            } else if (isTree) {
                // Submodule entries (TreeEntry::Other) name another repository's commit: not ours to read.
                TreeView subtree;
                if (lookup(entry.id, &subtree)) {
                    TreeView oldSubtree;
                    if (sameKind && !lookup(old->id, &oldSubtree)) {
                        oldSubtree = {};
                    }
                    m_path += '/';
                    compare(subtree, oldSubtree, commit);
                }
            }
            m_path.resize(mark);
        }
    }

private:
    TreeSource& m_trees;
    BlobIntroductions& m_introductions;
    IntroductionWalk& m_outcome;
    std::string m_path;
};

} // namespace

IntroductionWalk walkIntroductions(git_repository* repository, const TreeTable* trees,
                                   const CommitGraph& graph, BlobIntroductions& introductions,
                                   const std::atomic<bool>* cancelled)
{
    IntroductionWalk outcome;
    TreeSource source(repository, trees);
    TreeComparison comparison(source, introductions, outcome);
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
        TreeView tree;
        if (!comparison.lookup(treeId, &tree)) {
            continue;
        }
        TreeView parentTree;
        if (!parents.empty() && !comparison.lookup(graph.commit(parents.front()).tree, &parentTree)) {
            parentTree = {};
        }
        comparison.compare(tree, parentTree, c);
        source.commitDone();
    }
    return outcome;
}

} // namespace keyscout::git
