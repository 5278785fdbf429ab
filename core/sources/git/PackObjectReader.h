// SPDX-License-Identifier: GPL-3.0-or-later
// Internal to the git history scanner: every object of one type in a pack, each entry inflated once.
#pragma once

#include "PackIndex.h"

#include <atomic>
#include <functional>
#include <string_view>
#include <vector>
#include <zlib.h>

namespace keyscout::git {

// Rebuilds the objects of one type (commits, trees or blobs) of one pack from its delta forest (PackIndex):
// walking each delta tree depth first, a delta is applied to its base while the base is still in memory, so
// every entry is read and inflated once and every delta applied once (gitformat-pack(5), "Deltified
// representation"). Only what leads to a wanted object is read. An object that cannot be rebuilt here — a
// damaged entry, or a base too large to keep — is handed to `failed`, and the caller asks libgit2 for it.
// One reader per thread.
class PackObjectReader {
public:
    using Found = std::function<void(quint32 node, std::string_view bytes)>;
    using Failed = std::function<void(quint32 node)>;

    // `maxSize`: nodes larger than this are never built (nor their deltas, which go to `failed`).
    PackObjectReader(const PackIndex& index, quint32 pack, git_object_t type, qint64 maxSize);
    ~PackObjectReader();
    PackObjectReader(const PackObjectReader&) = delete;
    PackObjectReader& operator=(const PackObjectReader&) = delete;

    // Reads the whole delta trees in nodes [begin, end); `wanted[node]` says which objects go to `found`.
    // Returns false when cancelled.
    bool read(quint32 begin, quint32 end, const std::vector<bool>& wanted, const Found& found,
              const Failed& failed, const std::atomic<bool>* cancelled);

private:
    struct Block {
        quint64 start = 0;
        quint64 lastUse = 0;
        std::vector<unsigned char> bytes;
    };
    static constexpr size_t kBlockSize = size_t(64) << 10;
    static constexpr size_t kBlocks = 32;

    bool inflateEntry(const PackIndex::Node& node, std::vector<char>& out);
    const unsigned char* bytesAt(quint64 offset, size_t length);
    const Block* block(quint64 index);

    const std::vector<PackIndex::Node>& m_nodes;
    qint64 m_maxSize;
    int m_fd = -1;
    z_stream m_stream{};
    bool m_zlibReady = false;
    std::vector<unsigned char> m_compressed;
    std::vector<Block> m_blocks; // the last blocks read, at most kBlocks
    quint64 m_clock = 0;
};

// Applies a git delta to `base` into `out`; false when the delta is malformed, does not fit `base`, or would
// build more than `maxResult` bytes (never reads or writes out of bounds).
bool applyGitDelta(std::string_view base, std::string_view delta, std::vector<char>& out, size_t maxResult);

} // namespace keyscout::git
