// SPDX-License-Identifier: GPL-3.0-or-later
#include "CommitGraph.h"

#include <bit>
#include <memory>
#include <queue>

namespace keyscout::git {

void CommitGraph::add(const git_commit* commit)
{
    std::vector<git_oid> parents(git_commit_parentcount(commit));
    for (unsigned int i = 0; i < parents.size(); ++i) {
        parents[i] = *git_commit_parent_id(commit, i);
    }
    add(*git_commit_id(commit), *git_commit_tree_id(commit), git_commit_time(commit), parents);
}

void CommitGraph::add(const git_oid& id, const git_oid& tree, qint64 time, std::span<const git_oid> parents)
{
    const auto index = static_cast<quint32>(m_commits.size());
    if (!m_index.try_emplace(id, index).second) {
        return; // the same commit in two packs, or loose and packed
    }
    m_commits.push_back({id, tree, time});
    m_parentIds.insert(m_parentIds.end(), parents.begin(), parents.end());
    m_parentBegin.push_back(static_cast<quint32>(m_parentIds.size()));
}

namespace {

bool parseHexId(std::string_view hex, git_oid* out)
{
    return hex.size() >= GIT_OID_HEXSZ && git_oid_fromstrn(out, hex.data(), GIT_OID_HEXSZ) == 0;
}

} // namespace

bool parseCommit(std::string_view object, ParsedCommit* out)
{
    out->parents.clear();
    bool haveTree = false;
    size_t at = 0;
    while (at < object.size()) {
        const size_t end = object.find('\n', at);
        if (end == std::string_view::npos) {
            return false;
        }
        const std::string_view line = object.substr(at, end - at);
        at = end + 1;
        if (line.empty()) {
            out->message = object.substr(at);
            return haveTree;
        }
        if (line.starts_with("tree ")) {
            haveTree = parseHexId(line.substr(5), &out->tree);
        } else if (line.starts_with("parent ")) {
            git_oid parent{};
            if (!parseHexId(line.substr(7), &parent)) {
                return false;
            }
            out->parents.push_back(parent);
        } else if (line.starts_with("committer ")) {
            // "<name> <email> <seconds> <zone>": the number after the e-mail's '>'.
            const size_t close = line.rfind('>');
            qint64 time = 0;
            const size_t first = close == std::string_view::npos ? line.size() : close + 2;
            for (size_t i = first; i < line.size() && i < first + 18 && line[i] >= '0' && line[i] <= '9';
                 ++i) {
                time = time * 10 + (line[i] - '0');
            }
            out->time = time;
        }
        // Other headers (author, encoding, gpgsig and its continuation lines) are not needed here.
    }
    out->message = {};
    return haveTree;
}

quint32 CommitGraph::indexOf(const git_oid& id) const
{
    const auto it = m_index.find(id);
    return it == m_index.end() ? kNone : it->second;
}

void CommitGraph::finish(qint64* missingParents)
{
    // Parent ids to indices; a parent outside the database is dropped (and counted).
    qint64 missing = 0;
    std::vector<quint32> begin{0};
    begin.reserve(m_commits.size() + 1);
    m_parents.reserve(m_parentIds.size());
    m_lacksParents.assign(m_commits.size(), false);
    for (size_t c = 0; c < m_commits.size(); ++c) {
        for (quint32 p = m_parentBegin[c]; p < m_parentBegin[c + 1]; ++p) {
            const quint32 parent = indexOf(m_parentIds[p]);
            if (parent == kNone) {
                ++missing;
                m_lacksParents[c] = true;
            } else {
                m_parents.push_back(parent);
            }
        }
        begin.push_back(static_cast<quint32>(m_parents.size()));
    }
    m_parentBegin = std::move(begin);
    std::vector<git_oid>().swap(m_parentIds);
    if (missingParents != nullptr) {
        *missingParents = missing;
    }

    // Kahn's algorithm with the oldest ready commit first.
    const auto n = static_cast<quint32>(m_commits.size());
    std::vector<quint32> pending(n, 0);
    std::vector<quint32> childBegin(n + 1, 0);
    for (quint32 c = 0; c < n; ++c) {
        pending[c] = static_cast<quint32>(parents(c).size());
        for (const quint32 p : parents(c)) {
            ++childBegin[p + 1];
        }
    }
    for (quint32 c = 0; c < n; ++c) {
        childBegin[c + 1] += childBegin[c];
    }
    std::vector<quint32> children(childBegin[n]);
    std::vector<quint32> fill(childBegin.begin(), childBegin.end() - 1);
    for (quint32 c = 0; c < n; ++c) {
        for (const quint32 p : parents(c)) {
            children[fill[p]++] = c;
        }
    }
    using Ready = std::pair<qint64, quint32>;
    std::priority_queue<Ready, std::vector<Ready>, std::greater<>> ready;
    for (quint32 c = 0; c < n; ++c) {
        if (pending[c] == 0) {
            ready.emplace(m_commits[c].time, c);
        }
    }
    m_order.clear();
    m_order.reserve(n);
    while (!ready.empty()) {
        const quint32 c = ready.top().second;
        ready.pop();
        m_order.push_back(c);
        for (quint32 i = childBegin[c]; i < childBegin[c + 1]; ++i) {
            if (--pending[children[i]] == 0) {
                ready.emplace(m_commits[children[i]].time, children[i]);
            }
        }
    }
    if (m_order.size() < n) {
        // Only a damaged database (or replace refs) makes a cycle; keep every commit anyway.
        for (quint32 c = 0; c < n; ++c) {
            if (pending[c] != 0) {
                m_order.push_back(c);
            }
        }
    }
}

std::vector<std::vector<quint32>> CommitGraph::containedTargets(const std::vector<quint32>& targets,
                                                                const std::vector<quint32>& tips) const
{
    using Bits = std::vector<std::uint64_t>;
    using Set = std::shared_ptr<const Bits>;
    const size_t words = (targets.size() + 63) / 64;
    std::vector<qint64> bitOf(m_commits.size(), -1);
    for (size_t t = 0; t < targets.size(); ++t) {
        if (targets[t] < m_commits.size()) {
            bitOf[targets[t]] = static_cast<qint64>(t);
        }
    }
    // A commit's set is the union of its parents' sets plus itself if it is a target. Most commits add
    // nothing and share their parent's set.
    std::vector<Set> sets(m_commits.size());
    for (const quint32 c : m_order) {
        Set merged;
        for (const quint32 p : parents(c)) {
            const Set& other = sets[p];
            if (!other || other == merged) {
                continue;
            }
            if (!merged) {
                merged = other;
                continue;
            }
            Bits both(words, 0);
            bool growsMerged = false;
            bool growsOther = false;
            for (size_t w = 0; w < words; ++w) {
                both[w] = (*merged)[w] | (*other)[w];
                growsMerged = growsMerged || both[w] != (*merged)[w];
                growsOther = growsOther || both[w] != (*other)[w];
            }
            if (!growsOther) {
                merged = other;
            } else if (growsMerged) {
                merged = std::make_shared<const Bits>(std::move(both));
            }
        }
        if (bitOf[c] >= 0) {
            Bits own = merged ? *merged : Bits(words, 0);
            const auto bit = static_cast<size_t>(bitOf[c]);
            own[bit / 64] |= std::uint64_t(1) << (bit % 64);
            merged = std::make_shared<const Bits>(std::move(own));
        }
        sets[c] = std::move(merged);
    }

    std::vector<std::vector<quint32>> out(tips.size());
    for (size_t t = 0; t < tips.size(); ++t) {
        if (tips[t] >= m_commits.size() || !sets[tips[t]]) {
            continue;
        }
        const Bits& bits = *sets[tips[t]];
        for (size_t w = 0; w < words; ++w) {
            for (std::uint64_t word = bits[w]; word != 0; word &= word - 1) {
                out[t].push_back(static_cast<quint32>(w * 64 + static_cast<size_t>(std::countr_zero(word))));
            }
        }
    }
    return out;
}

} // namespace keyscout::git
