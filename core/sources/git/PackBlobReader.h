// SPDX-License-Identifier: GPL-3.0-or-later
// Internal to the git history scanner: every blob of a pack, each entry inflated once.
#pragma once

#include "PackIndex.h"

#include <atomic>
#include <functional>
#include <string_view>
#include <vector>
#include <zlib.h>

namespace keyscout::git {

// Rebuilds the blobs of one pack from its delta forest (PackIndex): walking each delta tree depth first, a
// delta is applied to its base while the base is still in memory, so every entry is read and inflated once
// and every delta applied once (gitformat-pack(5), "Deltified representation"). Only what leads to a wanted
// blob is read. A blob that cannot be rebuilt here — a damaged entry, or a base too large to keep — is
// handed to `failed`, and the caller asks libgit2 for it. One reader per thread.
class PackBlobReader {
public:
    using Found = std::function<void(quint32 node, std::string_view bytes)>;
    using Failed = std::function<void(quint32 node)>;

    // `maxBlobSize`: nodes larger than this are never built (nor their deltas, which go to `failed`).
    PackBlobReader(const PackIndex& index, quint32 pack, qint64 maxBlobSize);
    ~PackBlobReader();
    PackBlobReader(const PackBlobReader&) = delete;
    PackBlobReader& operator=(const PackBlobReader&) = delete;

    // Reads the whole delta trees in nodes [begin, end); `wanted[node]` says which blobs go to `found`.
    // Returns false when cancelled.
    bool read(quint32 begin, quint32 end, const std::vector<bool>& wanted, const Found& found,
              const Failed& failed, const std::atomic<bool>* cancelled);

private:
    bool inflateEntry(const PackIndex::BlobNode& node, std::vector<char>& out);

    const std::vector<PackIndex::BlobNode>& m_nodes;
    qint64 m_maxBlobSize;
    int m_fd = -1;
    z_stream m_stream{};
    bool m_zlibReady = false;
    std::vector<unsigned char> m_compressed;
};

// Applies a git delta to `base` into `out`; false when the delta is malformed, does not fit `base`, or would
// build more than `maxResult` bytes (never reads or writes out of bounds).
bool applyGitDelta(std::string_view base, std::string_view delta, std::vector<char>& out, size_t maxResult);

} // namespace keyscout::git
