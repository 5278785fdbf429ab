// SPDX-License-Identifier: GPL-3.0-or-later
// Internal to the git history scanner: every commit of an object database as a graph of small integers.
#pragma once

#include "Git2Handles.h"

#include <QtGlobal>
#include <cstdint>
#include <span>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace keyscout::git {

// What the history needs of a raw commit object (gitformat-commit: `tree <hex>`, `parent <hex>`…, `author`,
// `committer <name> <email> <time> <zone>`, other headers, a blank line, the message).
struct ParsedCommit {
    git_oid tree{};
    std::vector<git_oid> parents;
    qint64 time = 0; // committer time
    std::string_view message;
};
// False when the object is not a commit this can read (the caller asks libgit2).
bool parseCommit(std::string_view object, ParsedCommit* out);

// The commits found in an object database, reachable or not, with their parents, in a topological order
// (parents first, then oldest commit time first). Built from the commit objects themselves rather than
// with a libgit2 revision walk, so a history with holes — a shallow clone's boundary, a partial clone, a
// damaged commit — still gives an order: a parent that is not in the database is simply not there.
// Memory: about 70 bytes per commit; nothing of the commits' contents is kept.
class CommitGraph {
public:
    static constexpr quint32 kNone = UINT32_MAX;

    struct Commit {
        git_oid id{};
        git_oid tree{};
        qint64 time = 0; // committer time, seconds since the epoch
    };

    // Adds one commit read from the database (before `finish`).
    void add(const git_commit* commit);
    void add(const git_oid& id, const git_oid& tree, qint64 time, std::span<const git_oid> parents);
    // Resolves parents and computes the order. `missingParents` receives the number of parent ids that are
    // not commits of this database.
    void finish(qint64* missingParents);

    [[nodiscard]] size_t size() const { return m_commits.size(); }
    [[nodiscard]] quint32 indexOf(const git_oid& id) const;
    [[nodiscard]] const Commit& commit(quint32 index) const { return m_commits[index]; }
    // Whether some of the commit's parents are not in the database: a shallow clone's boundary, a damaged or
    // partial history. What such a commit "introduced" may be older.
    [[nodiscard]] bool lacksParents(quint32 index) const { return m_lacksParents[index]; }
    [[nodiscard]] std::span<const quint32> parents(quint32 index) const
    {
        return {m_parents.data() + m_parentBegin[index], m_parents.data() + m_parentBegin[index + 1]};
    }
    // Every commit once, parents before their children; among commits whose parents are done, the oldest
    // first, so the first commit to show a blob at a path is also the earliest one to.
    [[nodiscard]] const std::vector<quint32>& order() const { return m_order; }

    // For each of `tips`, the positions in `targets` (distinct commit indices) of the target commits it
    // contains: the tip itself or one of its ancestors. One pass over the order, sharing the sets between
    // commits that add nothing.
    [[nodiscard]] std::vector<std::vector<quint32>> containedTargets(const std::vector<quint32>& targets,
                                                                     const std::vector<quint32>& tips) const;

private:
    std::vector<Commit> m_commits;
    std::vector<git_oid> m_parentIds;      // while adding
    std::vector<quint32> m_parentBegin{0}; // size() + 1 offsets into m_parents (m_parentIds while adding)
    std::vector<quint32> m_parents;
    std::vector<bool> m_lacksParents;
    std::unordered_map<git_oid, quint32, OidHash, OidEqual> m_index;
    std::vector<quint32> m_order;
};

} // namespace keyscout::git
