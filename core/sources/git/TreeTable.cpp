// SPDX-License-Identifier: GPL-3.0-or-later
#include "TreeTable.h"

#include "PackObjectReader.h"

#include <algorithm>
#include <cstring>

namespace keyscout::git {

bool parseTree(std::string_view object, std::vector<TreeEntry>& entries, std::string& names)
{
    size_t at = 0;
    while (at < object.size()) {
        // The mode, in octal ASCII: 40000 a folder, 160000 a submodule, anything else a file or link.
        quint32 mode = 0;
        while (at < object.size() && object[at] >= '0' && object[at] <= '7') {
            mode = (mode << 3) | quint32(object[at++] - '0');
        }
        if (at >= object.size() || object[at] != ' ') {
            return false;
        }
        const size_t nameStart = ++at;
        const size_t nul = object.find('\0', nameStart);
        if (nul == std::string_view::npos || nul == nameStart || nul - nameStart > UINT16_MAX ||
            object.size() - nul - 1 < GIT_OID_RAWSZ) {
            return false;
        }
        TreeEntry entry;
        entry.name = static_cast<quint32>(names.size());
        entry.nameLength = static_cast<quint16>(nul - nameStart);
        const quint32 type = mode & 0170000U;
        entry.kind = type == 0040000U   ? TreeEntry::Tree
                     : type == 0160000U ? TreeEntry::Other
                                        : TreeEntry::Blob;
        std::memcpy(entry.id.id, object.data() + nul + 1, GIT_OID_RAWSZ);
        names.append(object.data() + nameStart, nul - nameStart);
        entries.push_back(entry);
        at = nul + 1 + GIT_OID_RAWSZ;
    }
    return true;
}

int compareTreeEntries(std::string_view a, bool aIsTree, std::string_view b, bool bIsTree)
{
    const size_t common = std::min(a.size(), b.size());
    const int c = std::memcmp(a.data(), b.data(), common);
    if (c != 0) {
        return c;
    }
    const auto next = [common](std::string_view name, bool isTree) -> unsigned char {
        return common < name.size() ? static_cast<unsigned char>(name[common]) : isTree ? '/' : '\0';
    };
    const unsigned char ca = next(a, aIsTree);
    const unsigned char cb = next(b, bIsTree);
    return ca < cb ? -1 : ca > cb ? 1 : 0;
}

bool TreeTable::load(const PackIndex& packs, qint64 budget, const std::atomic<bool>* cancelled)
{
    qint64 total = 0;
    size_t count = 0;
    for (quint32 p = 0; p < packs.packCount(); ++p) {
        for (const PackIndex::Node& node : packs.forest(p, GIT_OBJECT_TREE)) {
            total += node.size;
            ++count;
        }
    }
    if (total > budget) {
        return false;
    }
    // A tree entry is at least 28 bytes in the object (a one-letter name); most are longer.
    m_entries.reserve(static_cast<size_t>(total / 36));
    m_names.reserve(static_cast<size_t>(total / 3));
    m_trees.reserve(count);
    bool complete = true;
    for (quint32 p = 0; p < packs.packCount() && complete; ++p) {
        const std::vector<PackIndex::Node>& nodes = packs.forest(p, GIT_OBJECT_TREE);
        const std::vector<bool> all(nodes.size(), true);
        PackObjectReader reader(packs, p, GIT_OBJECT_TREE, budget);
        complete = reader.read(
            0, static_cast<quint32>(nodes.size()), all,
            [&](quint32 node, std::string_view bytes) {
                const auto begin = static_cast<quint32>(m_entries.size());
                if (parseTree(bytes, m_entries, m_names)) {
                    m_trees.try_emplace(packs.objectId(p, GIT_OBJECT_TREE, node),
                                        Range{begin, static_cast<quint32>(m_entries.size()) - begin});
                } else {
                    m_entries.resize(begin); // left to libgit2, which will say what is wrong with it
                }
            },
            [](quint32) {}, cancelled);
    }
    if (!complete) {
        *this = TreeTable();
    }
    return complete;
}

bool TreeTable::find(const git_oid& id, TreeView* out) const
{
    const auto it = m_trees.find(id);
    if (it == m_trees.end()) {
        return false;
    }
    out->entries = {m_entries.data() + it->second.begin, it->second.count};
    out->names = m_names.data();
    return true;
}

} // namespace keyscout::git
