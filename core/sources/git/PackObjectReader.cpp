// SPDX-License-Identifier: GPL-3.0-or-later
#include "PackObjectReader.h"

#include <QFile>
#include <algorithm>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>

namespace keyscout::git {

namespace {

// Bytes of rebuilt bases kept along one path of a delta tree; deeper deltas of bases beyond this go to
// libgit2, one by one.
constexpr size_t kMaxKeptBases = size_t(256) << 20;

bool readVarint(std::string_view bytes, size_t* at, quint64* value)
{
    *value = 0;
    for (int shift = 0; shift < 64; shift += 7) {
        if (*at >= bytes.size()) {
            return false;
        }
        const auto c = static_cast<unsigned char>(bytes[(*at)++]);
        *value |= quint64(c & 0x7fU) << shift;
        if ((c & 0x80U) == 0) {
            return true;
        }
    }
    return false;
}

bool readAll(int fd, unsigned char* out, size_t length, quint64 offset)
{
    size_t done = 0;
    while (done < length) {
        const ssize_t n = ::pread(fd, out + done, length - done, static_cast<off_t>(offset + done));
        if (n < 0 && errno == EINTR) {
            continue;
        }
        if (n <= 0) {
            return false;
        }
        done += static_cast<size_t>(n);
    }
    return true;
}

} // namespace

bool applyGitDelta(std::string_view base, std::string_view delta, std::vector<char>& out, size_t maxResult)
{
    size_t at = 0;
    quint64 baseSize = 0;
    quint64 resultSize = 0;
    if (!readVarint(delta, &at, &baseSize) || !readVarint(delta, &at, &resultSize) ||
        baseSize != base.size() || resultSize > maxResult) {
        return false;
    }
    out.resize(resultSize);
    size_t written = 0;
    while (at < delta.size()) {
        const auto op = static_cast<unsigned char>(delta[at++]);
        if ((op & 0x80U) != 0) {
            // Copy from the base: offset and size bytes present as the op's bits say.
            quint64 offset = 0;
            quint64 size = 0;
            for (int i = 0; i < 4; ++i) {
                if ((op & (1U << i)) != 0) {
                    if (at >= delta.size()) {
                        return false;
                    }
                    offset |= quint64(static_cast<unsigned char>(delta[at++])) << (8 * i);
                }
            }
            for (int i = 0; i < 3; ++i) {
                if ((op & (0x10U << i)) != 0) {
                    if (at >= delta.size()) {
                        return false;
                    }
                    size |= quint64(static_cast<unsigned char>(delta[at++])) << (8 * i);
                }
            }
            if (size == 0) {
                size = 0x10000;
            }
            if (offset + size > base.size() || size > resultSize - written) {
                return false;
            }
            std::memcpy(out.data() + written, base.data() + offset, size);
            written += size;
        } else if (op != 0) {
            // Insert the next `op` bytes of the delta.
            if (op > delta.size() - at || op > resultSize - written) {
                return false;
            }
            std::memcpy(out.data() + written, delta.data() + at, op);
            at += op;
            written += op;
        } else {
            return false; // reserved
        }
    }
    return written == resultSize;
}

PackObjectReader::PackObjectReader(const PackIndex& index, quint32 pack, git_object_t type, qint64 maxSize)
    : m_nodes(index.forest(pack, type))
    , m_maxSize(maxSize)
    , m_fd(::open(QFile::encodeName(index.packPath(pack)).constData(), O_RDONLY | O_CLOEXEC))
{
    m_zlibReady = inflateInit(&m_stream) == Z_OK;
}

PackObjectReader::~PackObjectReader()
{
    if (m_zlibReady) {
        inflateEnd(&m_stream);
    }
    if (m_fd >= 0) {
        ::close(m_fd);
    }
}

const unsigned char* PackObjectReader::bytesAt(quint64 offset, size_t length)
{
    // Entries are small and a delta tree's entries lie close together: read the pack in blocks and keep the
    // last few, instead of one system call per entry. Large entries are read directly.
    if (length > kBlockSize / 2) {
        m_compressed.resize(length);
        return readAll(m_fd, m_compressed.data(), length, offset) ? m_compressed.data() : nullptr;
    }
    const quint64 first = offset / kBlockSize;
    const quint64 last = (offset + length - 1) / kBlockSize;
    if (first == last) {
        const Block* block = this->block(first);
        return block != nullptr && offset - block->start + length <= block->bytes.size()
                   ? block->bytes.data() + (offset - block->start)
                   : nullptr;
    }
    m_compressed.resize(length);
    size_t copied = 0;
    for (quint64 b = first; b <= last; ++b) {
        const Block* block = this->block(b);
        const quint64 from = std::max(offset, block != nullptr ? block->start : 0);
        if (block == nullptr || from - block->start >= block->bytes.size()) {
            return nullptr;
        }
        const size_t n = std::min<size_t>(length - copied, block->bytes.size() - (from - block->start));
        std::memcpy(m_compressed.data() + copied, block->bytes.data() + (from - block->start), n);
        copied += n;
    }
    return copied == length ? m_compressed.data() : nullptr;
}

const PackObjectReader::Block* PackObjectReader::block(quint64 index)
{
    ++m_clock;
    for (Block& b : m_blocks) {
        if (b.start == index * kBlockSize && !b.bytes.empty()) {
            b.lastUse = m_clock;
            return &b;
        }
    }
    Block* slot = nullptr;
    if (m_blocks.size() < kBlocks) {
        slot = &m_blocks.emplace_back();
    } else {
        slot = &*std::min_element(m_blocks.begin(), m_blocks.end(),
                                  [](const Block& a, const Block& b) { return a.lastUse < b.lastUse; });
    }
    slot->start = index * kBlockSize;
    slot->lastUse = m_clock;
    slot->bytes.resize(kBlockSize);
    size_t done = 0;
    while (done < kBlockSize) {
        const ssize_t n = ::pread(m_fd, slot->bytes.data() + done, kBlockSize - done,
                                  static_cast<off_t>(slot->start + done));
        if (n < 0 && errno == EINTR) {
            continue;
        }
        if (n <= 0) {
            break;
        }
        done += static_cast<size_t>(n);
    }
    slot->bytes.resize(done);
    return done > 0 ? slot : nullptr;
}

bool PackObjectReader::inflateEntry(const PackIndex::Node& node, std::vector<char>& out)
{
    if (m_fd < 0 || !m_zlibReady || inflateReset(&m_stream) != Z_OK || node.compressed == 0) {
        return false;
    }
    const unsigned char* compressed = bytesAt(node.offset + node.dataStart, node.compressed);
    if (compressed == nullptr) {
        return false;
    }
    out.resize(node.dataSize);
    m_stream.next_in = const_cast<unsigned char*>(compressed); // zlib only reads it; its API is not const
    m_stream.avail_in = node.compressed;
    // zlib wants a non-null output pointer even for an empty object.
    char empty = 0;
    m_stream.next_out = reinterpret_cast<Bytef*>(out.empty() ? &empty : out.data());
    m_stream.avail_out = node.dataSize;
    const int status = inflate(&m_stream, Z_FINISH);
    return status == Z_STREAM_END && m_stream.total_out == node.dataSize;
}

bool PackObjectReader::read(quint32 begin, quint32 end, const std::vector<bool>& wanted, const Found& found,
                            const Failed& failed, const std::atomic<bool>* cancelled)
{
    // Which nodes lead to a wanted blob: a node is needed when it or one of its deltas is.
    std::vector<bool> needed(end - begin, false);
    for (quint32 i = end; i-- > begin;) {
        if (wanted[i]) {
            needed[i - begin] = true;
        }
        const quint32 base = m_nodes[i].base;
        if (needed[i - begin] && base != PackIndex::kNone && base >= begin) {
            needed[base - begin] = true;
        }
    }
    // The bases on the path from the tree's root to the current node, with their contents.
    struct Kept {
        quint32 node;
        std::vector<char> bytes;
    };
    std::vector<Kept> path;
    size_t keptBytes = 0;
    std::vector<char> data;
    std::vector<char> built;
    const auto failSubtree = [&](quint32 node) {
        for (quint32 j = node; j < m_nodes[node].subtreeEnd; ++j) {
            if (wanted[j]) {
                failed(j);
            }
        }
    };
    for (quint32 i = begin; i < end; ++i) {
        const PackIndex::Node& node = m_nodes[i];
        if (!needed[i - begin]) {
            i = node.subtreeEnd - 1; // nothing under it is wanted either
            continue;
        }
        if (cancelled != nullptr && cancelled->load(std::memory_order_relaxed)) {
            return false;
        }
        while (!path.empty() && path.back().node != node.base) {
            keptBytes -= path.back().bytes.size();
            path.pop_back();
        }
        const bool baseMissing = node.base != PackIndex::kNone && path.empty();
        // A delta is never much larger than what it builds (inserted bytes plus a few bytes per copy):
        // anything else is a damaged or hostile pack, not a reason to allocate gigabytes.
        const bool plausible =
            qint64(node.size) <= m_maxSize &&
            (node.base == PackIndex::kNone || quint64(node.dataSize) <= 2 * quint64(node.size) + 64);
        if (baseMissing || !plausible || !inflateEntry(node, data)) {
            failSubtree(i);
            i = node.subtreeEnd - 1;
            continue;
        }
        if (node.base != PackIndex::kNone) {
            const std::vector<char>& base = path.back().bytes;
            if (!applyGitDelta({base.data(), base.size()}, {data.data(), data.size()}, built, node.size)) {
                failSubtree(i);
                i = node.subtreeEnd - 1;
                continue;
            }
            data.swap(built);
        }
        if (wanted[i]) {
            found(i, {data.data(), data.size()});
        }
        if (node.subtreeEnd > i + 1 && keptBytes + data.size() <= kMaxKeptBases) {
            keptBytes += data.size();
            path.push_back({i, std::move(data)});
            data = {};
        }
    }
    return true;
}

} // namespace keyscout::git
