// SPDX-License-Identifier: GPL-3.0-or-later
// Internal to the git history scanner: what every packed object is and where, without inflating objects.
#pragma once

#include "Git2Handles.h"

#include <QFile>
#include <QString>
#include <QStringList>
#include <memory>
#include <vector>

namespace keyscout::git {

// The pack files of an object database (and of its alternates), read from their index files (`.idx`,
// version 2) and the entry headers of the packs (gitformat-pack(5)). libgit2 has no public way to ask where
// an object is packed, and asking its type (git_odb_read_header) inflates the start of every delta: this
// reads a few header bytes per object, in file order, and inflates only the first bytes of blob deltas (for
// their size).
//
// Each pack's commits, trees and blobs are kept as forests of delta trees — a full object, the deltas built
// on it, the deltas built on those — in depth-first order, so that PackObjectReader can rebuild every object
// of a tree inflating each entry once (libgit2 rebuilds a delta chain of up to 50 entries per object read,
// with a 16 MiB cache).
//
// Anything this does not understand (an index of another version, a damaged header) is simply not found,
// and the caller asks libgit2 instead. Memory: the index files are mapped, and about 45 bytes per packed
// object.
class PackIndex {
public:
    static constexpr quint32 kNone = UINT32_MAX;

    // One entry of a pack. Nodes are in depth-first order: a node's subtree is [its index, subtreeEnd).
    struct Node {
        quint64 offset = 0;   // of the entry in the pack
        quint32 position = 0; // in the pack's index (its object id)
        quint32 base = kNone; // the node this delta applies to; kNone for a full blob
        quint32 subtreeEnd = 0;
        quint32 size = 0;       // the blob's size (UINT32_MAX: that or more)
        quint32 dataSize = 0;   // inflated size of the entry's data: the blob, or the delta
        quint32 compressed = 0; // bytes of zlib data
        quint8 dataStart = 0;   // header bytes before the zlib data
    };

    struct Location {
        git_object_t type = GIT_OBJECT_INVALID;
        quint32 pack = 0;     // position of the pack, in the order the packs were found
        quint32 node = kNone; // commits, trees, blobs: the node in the pack's forest of that type
        quint64 size = 0;     // commits, trees, blobs: the size (UINT32_MAX means at least that); others 0
    };

    // Reads the packs of `objectsDirectory` (a git folder's objects/) and of its alternates.
    explicit PackIndex(const QString& objectsDirectory);
    ~PackIndex();
    PackIndex(const PackIndex&) = delete;
    PackIndex& operator=(const PackIndex&) = delete;

    // Where `id` is packed (the first pack that has it), with its type resolved through delta chains; false
    // when it is in no pack this could read (a loose object, or a pack it did not understand).
    bool find(const git_oid& id, Location* out) const;

    // Calls `visit(id, location)` for every packed object, once even when several packs have it. The type is
    // GIT_OBJECT_INVALID for an object whose delta chain this could not follow.
    template <typename Visit> void forEachObject(Visit&& visit) const
    {
        for (quint32 p = 0; p < packCount(); ++p) {
            const quint32 count = objectCount(p);
            for (quint32 position = 0; position < count; ++position) {
                Location where;
                git_oid id{};
                if (objectAt(p, position, &id, &where)) {
                    visit(id, where);
                }
            }
        }
    }

    [[nodiscard]] quint32 packCount() const { return static_cast<quint32>(m_packs.size()); }
    // The objects folder and those of its alternates, in the order they were read.
    [[nodiscard]] const QStringList& objectDirectories() const { return m_directories; }
    [[nodiscard]] const QString& packPath(quint32 pack) const;
    // The delta forest of one type (commit, tree or blob; empty for others) of one pack.
    [[nodiscard]] const std::vector<Node>& forest(quint32 pack, git_object_t type) const;
    [[nodiscard]] git_oid objectId(quint32 pack, git_object_t type, quint32 node) const;
    // Packs that could not be read: their objects are asked of libgit2.
    [[nodiscard]] const QStringList& problems() const { return m_problems; }

private:
    struct Pack;
    [[nodiscard]] quint32 objectCount(quint32 pack) const;
    // The object at `position` of `pack`, unless an earlier pack has it too.
    bool objectAt(quint32 pack, quint32 position, git_oid* id, Location* out) const;
    void addDirectory(const QString& objectsDirectory, int depth);
    bool addPack(const QString& indexPath);

    std::vector<std::unique_ptr<Pack>> m_packs;
    QStringList m_directories;
    QStringList m_problems;
};

} // namespace keyscout::git
