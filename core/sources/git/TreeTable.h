// SPDX-License-Identifier: GPL-3.0-or-later
// Internal to the git history scanner: the trees of a repository, parsed, for the history walk.
#pragma once

#include "Git2Handles.h"
#include "PackIndex.h"

#include <atomic>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace keyscout::git {

// One entry of a tree object (each entry of the object is `<octal mode> <name>\0<20-byte id>`).
struct TreeEntry {
    quint32 name = 0; // offset of the name in the owning table's names
    quint16 nameLength = 0;
    quint8 kind = 0; // TreeEntry::Blob, Tree or Other (a submodule's commit)
    git_oid id{};

    enum Kind : quint8 { Blob = 1, Tree = 2, Other = 3 };
};

// A tree's entries, in the tree's (git's) order, with the buffer their names are in.
struct TreeView {
    std::span<const TreeEntry> entries;
    const char* names = nullptr;

    [[nodiscard]] std::string_view name(const TreeEntry& e) const { return {names + e.name, e.nameLength}; }
};

// Appends the entries of a raw tree object to `entries` and their names to `names`; false when the object
// is not a well-formed tree (what was parsed before the damage stays).
bool parseTree(std::string_view object, std::vector<TreeEntry>& entries, std::string& names);

// Git's order of tree entries: by name, a folder's name compared as if it ended with '/'.
int compareTreeEntries(std::string_view a, bool aIsTree, std::string_view b, bool bIsTree);

// Every packed tree, read once through PackObjectReader (each delta tree of the packs rebuilt once) and
// parsed: the history walk then compares trees without libgit2's per-object cost. Loaded only when all the
// trees fit in the given budget; otherwise the walk asks libgit2, tree by tree. Memory: about 40 bytes per
// tree entry.
class TreeTable {
public:
    // Reads and parses the trees of every pack; false (and nothing kept) when their total size is over
    // `budget` bytes or when cancelled.
    bool load(const PackIndex& packs, qint64 budget, const std::atomic<bool>* cancelled);

    // The tree `id`, if it was loaded.
    [[nodiscard]] bool find(const git_oid& id, TreeView* out) const;
    [[nodiscard]] size_t size() const { return m_trees.size(); }

private:
    struct Range {
        quint32 begin;
        quint32 count;
    };
    std::vector<TreeEntry> m_entries;
    std::string m_names;
    std::unordered_map<git_oid, Range, OidHash, OidEqual> m_trees;
};

} // namespace keyscout::git
