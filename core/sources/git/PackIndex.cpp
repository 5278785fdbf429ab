// SPDX-License-Identifier: GPL-3.0-or-later
#include "PackIndex.h"

#include <QDir>
#include <QFileInfo>
#include <algorithm>
#include <array>
#include <cerrno>
#include <climits>
#include <cstring>
#include <fcntl.h>
#include <numeric>
#include <unistd.h>
#include <zlib.h>

namespace keyscout::git {

namespace {

// gitformat-pack(5): version 2 index = magic, version, 256 fan-out entries, then per object its name (20),
// CRC (4) and offset (4; high bit: index into the table of 8-byte offsets), then two checksums.
constexpr unsigned char kIndexMagic[4] = {0xff, 't', 'O', 'c'};
constexpr size_t kHeaderSize = 8 + 256 * 4;
constexpr size_t kTrailerSize = size_t(2) * GIT_OID_RAWSZ;
// Pack entry types (3 bits of the first header byte).
constexpr int kOfsDelta = 6;
constexpr int kRefDelta = 7;
constexpr quint8 kUnknown = 0xff;
// Alternates of alternates are followed this deep (git itself allows 5).
constexpr int kMaxAlternateDepth = 5;

quint32 bigEndian32(const uchar* p)
{
    return (quint32(p[0]) << 24) | (quint32(p[1]) << 16) | (quint32(p[2]) << 8) | quint32(p[3]);
}

quint64 bigEndian64(const uchar* p)
{
    return (quint64(bigEndian32(p)) << 32) | bigEndian32(p + 4);
}

// Reads a pack file's bytes at increasing offsets through one buffer: entries are dense, so a handful of
// reads cover a whole pack, and nothing of it stays in memory.
class SequentialReader {
public:
    explicit SequentialReader(const QString& path)
        : m_fd(::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC))
    {
    }
    ~SequentialReader()
    {
        if (m_fd >= 0) {
            ::close(m_fd);
        }
    }
    SequentialReader(const SequentialReader&) = delete;
    SequentialReader& operator=(const SequentialReader&) = delete;

    [[nodiscard]] bool isOpen() const { return m_fd >= 0; }

    // At least `want` bytes at `offset` (fewer only at the end of the file); null on a read error.
    const uchar* at(quint64 offset, size_t want, size_t* available)
    {
        if (offset < m_start || offset + want > m_start + m_length) {
            m_start = offset;
            m_length = 0;
            while (m_length < m_buffer.size()) {
                const ssize_t n = ::pread(m_fd, m_buffer.data() + m_length, m_buffer.size() - m_length,
                                          static_cast<off_t>(offset + m_length));
                if (n < 0 && errno == EINTR) {
                    continue;
                }
                if (n <= 0) {
                    break;
                }
                m_length += static_cast<size_t>(n);
            }
        }
        if (offset >= m_start + m_length) {
            return nullptr;
        }
        *available = static_cast<size_t>(m_start + m_length - offset);
        return m_buffer.data() + (offset - m_start);
    }

private:
    int m_fd;
    std::vector<uchar> m_buffer = std::vector<uchar>(size_t(1) << 20);
    quint64 m_start = 0;
    size_t m_length = 0;
};

// The result size a delta declares (gitformat-pack(5): base size, then result size, as little-endian base-128
// numbers at the start of the inflated delta), inflating only its first bytes.
class DeltaSizeReader {
public:
    DeltaSizeReader() { m_ok = inflateInit(&m_stream) == Z_OK; }
    ~DeltaSizeReader()
    {
        if (m_ok) {
            inflateEnd(&m_stream);
        }
    }
    DeltaSizeReader(const DeltaSizeReader&) = delete;
    DeltaSizeReader& operator=(const DeltaSizeReader&) = delete;

    bool resultSize(const uchar* compressed, size_t length, quint64* size)
    {
        if (!m_ok || inflateReset(&m_stream) != Z_OK) {
            return false;
        }
        std::array<uchar, 24> header{};
        m_stream.next_in = const_cast<uchar*>(compressed); // zlib's API is not const-correct; it only reads
        m_stream.avail_in = static_cast<uInt>(std::min<size_t>(length, UINT_MAX));
        m_stream.next_out = header.data();
        m_stream.avail_out = static_cast<uInt>(header.size());
        const int status = inflate(&m_stream, Z_SYNC_FLUSH);
        if (status != Z_OK && status != Z_STREAM_END && status != Z_BUF_ERROR) {
            return false;
        }
        const size_t produced = header.size() - m_stream.avail_out;
        size_t at = 0;
        quint64 values[2] = {0, 0};
        for (quint64& value : values) {
            int shift = 0;
            for (;;) {
                if (at >= produced || shift > 56) {
                    return false;
                }
                const uchar c = header[at++];
                value |= quint64(c & 0x7fU) << shift;
                shift += 7;
                if ((c & 0x80U) == 0) {
                    break;
                }
            }
        }
        *size = values[1];
        return true;
    }

private:
    z_stream m_stream{};
    bool m_ok = false;
};

} // namespace

struct PackIndex::Pack {
    QFile indexFile;
    const uchar* index = nullptr;
    quint32 count = 0;
    const uchar* names = nullptr;
    const uchar* offsets = nullptr;
    const uchar* largeOffsets = nullptr;
    quint32 largeCount = 0;
    QString packPath;
    std::vector<quint8> types;   // per index position, resolved through delta chains
    std::vector<quint32> nodeOf; // per index position, the object's node in its type's forest, or kNone
    std::array<std::vector<Node>, 3> forests; // commits, trees, blobs: each depth-first

    [[nodiscard]] quint32 fanout(int byte) const
    {
        return bigEndian32(index + 8 + size_t(4) * static_cast<size_t>(byte));
    }

    // Position of `id` in the index, or `count`.
    [[nodiscard]] quint32 position(const unsigned char* id) const
    {
        quint32 low = id[0] == 0 ? 0 : fanout(id[0] - 1);
        quint32 high = fanout(id[0]);
        while (low < high) {
            const quint32 mid = low + (high - low) / 2;
            const int c = std::memcmp(names + size_t(mid) * GIT_OID_RAWSZ, id, GIT_OID_RAWSZ);
            if (c == 0) {
                return mid;
            }
            if (c < 0) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return count;
    }

    // Offset of the object at `position`, or 0 when the index is inconsistent.
    [[nodiscard]] quint64 offset(quint32 position) const
    {
        const quint32 value = bigEndian32(offsets + size_t(position) * 4);
        if ((value & 0x80000000U) == 0) {
            return value;
        }
        const quint32 large = value & 0x7fffffffU;
        return large < largeCount ? bigEndian64(largeOffsets + size_t(large) * 8) : 0;
    }
};

PackIndex::PackIndex(const QString& objectsDirectory)
{
    addDirectory(objectsDirectory, 0);
}

PackIndex::~PackIndex() = default;

void PackIndex::addDirectory(const QString& objectsDirectory, int depth)
{
    m_directories << objectsDirectory;
    const QDir packs(objectsDirectory + QStringLiteral("/pack"));
    for (const QString& name : packs.entryList({QStringLiteral("pack-*.idx")}, QDir::Files, QDir::Name)) {
        if (!addPack(packs.filePath(name))) {
            m_problems << QStringLiteral("%1: not read directly, asked of libgit2").arg(packs.filePath(name));
        }
    }
    // objects/info/alternates: one object folder per line, absolute or relative to this objects folder.
    QFile alternates(objectsDirectory + QStringLiteral("/info/alternates"));
    if (depth >= kMaxAlternateDepth || !alternates.open(QIODevice::ReadOnly)) {
        return;
    }
    for (const QByteArray& raw : alternates.readAll().split('\n')) {
        const QString line = QFile::decodeName(raw.trimmed());
        if (!line.isEmpty() && !line.startsWith(QLatin1Char('#'))) {
            addDirectory(QDir(objectsDirectory).absoluteFilePath(line), depth + 1);
        }
    }
}

bool PackIndex::addPack(const QString& indexPath)
{
    auto pack = std::make_unique<Pack>();
    pack->indexFile.setFileName(indexPath);
    if (!pack->indexFile.open(QIODevice::ReadOnly)) {
        return false;
    }
    const qint64 size = pack->indexFile.size();
    if (size < static_cast<qint64>(kHeaderSize) + static_cast<qint64>(kTrailerSize)) {
        return false;
    }
    pack->index = pack->indexFile.map(0, size);
    if (pack->index == nullptr || std::memcmp(pack->index, kIndexMagic, 4) != 0 ||
        bigEndian32(pack->index + 4) != 2) {
        return false;
    }
    // The fan-out table counts the names by first byte, cumulatively: position() searches between two of its
    // entries, so a table that goes down (a damaged or hostile index) would send it outside the names.
    for (int byte = 1; byte < 256; ++byte) {
        if (pack->fanout(byte - 1) > pack->fanout(byte)) {
            return false;
        }
    }
    pack->count = pack->fanout(255);
    const quint64 fixed = kHeaderSize + quint64(pack->count) * (GIT_OID_RAWSZ + 4 + 4) + kTrailerSize;
    if (fixed > quint64(size) || (quint64(size) - fixed) % 8 != 0) {
        return false;
    }
    pack->names = pack->index + kHeaderSize;
    pack->offsets = pack->names + size_t(pack->count) * (GIT_OID_RAWSZ + 4);
    pack->largeOffsets = pack->offsets + size_t(pack->count) * 4;
    pack->largeCount = static_cast<quint32>((quint64(size) - fixed) / 8);

    QString packPath = indexPath;
    packPath.replace(packPath.size() - 4, 4, QStringLiteral(".pack"));
    SequentialReader reader(packPath);
    const qint64 packSize = QFileInfo(packPath).size();
    if (!reader.isOpen() || packSize < 32) {
        return false;
    }
    const quint32 count = pack->count;
    std::vector<quint64> offsetOf(count);
    for (quint32 i = 0; i < count; ++i) {
        offsetOf[i] = pack->offset(i);
        if (offsetOf[i] < 12 || offsetOf[i] >= quint64(packSize) - GIT_OID_RAWSZ) {
            return false;
        }
    }
    std::vector<quint32> byOffset(count);
    std::iota(byOffset.begin(), byOffset.end(), 0U);
    std::sort(byOffset.begin(), byOffset.end(),
              [&](quint32 a, quint32 b) { return offsetOf[a] < offsetOf[b]; });
    const auto atOffset = [&](quint64 offset) -> quint32 {
        const auto it = std::lower_bound(byOffset.begin(), byOffset.end(), offset,
                                         [&](quint32 i, quint64 o) { return offsetOf[i] < o; });
        return it != byOffset.end() && offsetOf[*it] == offset ? *it : count;
    };

    // Entry headers in file order: the type and size, and for a delta where its base is; where the zlib data
    // starts and (from the next entry's offset) how long it is.
    pack->types.assign(count, kUnknown);
    std::vector<quint32> baseOf(count, count);
    std::vector<quint8> dataStart(count, 0);
    std::vector<quint64> headerSize(count, 0);
    for (const quint32 i : byOffset) {
        size_t available = 0;
        const uchar* p = reader.at(offsetOf[i], 64, &available);
        if (p == nullptr) {
            return false;
        }
        size_t used = 0;
        uchar c = p[used++];
        const int type = (c >> 4) & 7;
        quint64 size = c & 0x0fU;
        int shift = 4;
        while ((c & 0x80U) != 0 && used < available && shift < 57) {
            c = p[used++];
            size |= quint64(c & 0x7fU) << shift;
            shift += 7;
        }
        headerSize[i] = size;
        if (type >= 1 && type <= 4) {
            pack->types[i] = static_cast<quint8>(type); // GIT_OBJECT_COMMIT..GIT_OBJECT_TAG share the numbers
            dataStart[i] = static_cast<quint8>(used);
        } else if (type == kOfsDelta && used < available) {
            // The base's distance back, in git's offset encoding (each continuation adds one).
            c = p[used++];
            quint64 distance = c & 0x7fU;
            while ((c & 0x80U) != 0 && used < available && distance < (quint64(1) << 56)) {
                c = p[used++];
                distance = ((distance + 1) << 7) | (c & 0x7fU);
            }
            if (distance > 0 && distance < offsetOf[i]) {
                baseOf[i] = atOffset(offsetOf[i] - distance);
                dataStart[i] = static_cast<quint8>(used);
            }
        } else if (type == kRefDelta && used + GIT_OID_RAWSZ <= available) {
            baseOf[i] = pack->position(p + used);
            dataStart[i] = static_cast<quint8>(used + GIT_OID_RAWSZ);
        }
    }

    // Deltas take the type of the object at the end of their chain.
    std::vector<quint32> chain;
    for (quint32 i = 0; i < count; ++i) {
        chain.clear();
        quint32 at = i;
        while (pack->types[at] == kUnknown && baseOf[at] < count && chain.size() <= count) {
            chain.push_back(at);
            at = baseOf[at];
        }
        const quint8 type = pack->types[at];
        for (const quint32 link : chain) {
            pack->types[link] = type;
        }
    }

    // Each type's delta forest, depth first from each full object (in file order), children in file order.
    const quint64 end = quint64(packSize) - GIT_OID_RAWSZ;
    const auto forestOf = [&](quint32 i) -> int {
        const quint8 type = pack->types[i];
        return dataStart[i] != 0 && type >= GIT_OBJECT_COMMIT && type <= GIT_OBJECT_BLOB ? type - 1 : -1;
    };
    std::vector<quint32> childBegin(size_t(count) + 1, 0);
    for (quint32 i = 0; i < count; ++i) {
        if (forestOf(i) >= 0 && baseOf[i] < count) {
            ++childBegin[baseOf[i] + 1];
        }
    }
    for (quint32 i = 0; i < count; ++i) {
        childBegin[i + 1] += childBegin[i];
    }
    std::vector<quint32> children(childBegin[count]);
    {
        std::vector<quint32> fill(childBegin.begin(), childBegin.end() - 1);
        for (const quint32 i : byOffset) {
            if (forestOf(i) >= 0 && baseOf[i] < count) {
                children[fill[baseOf[i]]++] = i;
            }
        }
    }
    pack->nodeOf.assign(count, kNone);
    std::vector<quint64> nextOffset(count, end);
    for (size_t k = 0; k + 1 < byOffset.size(); ++k) {
        nextOffset[byOffset[k]] = offsetOf[byOffset[k + 1]];
    }
    // A delta's result size is in its first inflated bytes; read in file order, like the headers.
    std::vector<quint32> deltaResult(count, UINT32_MAX);
    DeltaSizeReader deltaSize;
    for (const quint32 i : byOffset) {
        if (forestOf(i) < 0 || baseOf[i] >= count) {
            continue;
        }
        size_t available = 0;
        const uchar* p = reader.at(offsetOf[i] + dataStart[i], 64, &available);
        quint64 result = 0;
        if (p != nullptr && deltaSize.resultSize(p, available, &result)) {
            deltaResult[i] = static_cast<quint32>(std::min<quint64>(result, UINT32_MAX));
        }
    }
    std::vector<std::pair<quint32, quint32>> stack; // position, next child
    for (const quint32 root : byOffset) {
        const int forest = forestOf(root);
        if (forest < 0 || baseOf[root] < count) {
            continue;
        }
        std::vector<Node>& nodes = pack->forests[static_cast<size_t>(forest)];
        stack.emplace_back(root, childBegin[root]);
        while (!stack.empty()) {
            const quint32 position = stack.back().first;
            if (pack->nodeOf[position] == kNone) {
                // Entering: the node gets the next index.
                Node node;
                node.offset = offsetOf[position];
                node.position = position;
                node.base = stack.size() > 1 ? pack->nodeOf[stack[stack.size() - 2].first] : kNone;
                node.dataStart = dataStart[position];
                node.dataSize = static_cast<quint32>(std::min<quint64>(headerSize[position], UINT32_MAX));
                const quint64 dataOffset = node.offset + node.dataStart;
                node.compressed = static_cast<quint32>(std::min<quint64>(
                    nextOffset[position] > dataOffset ? nextOffset[position] - dataOffset : 0, UINT32_MAX));
                node.size = node.base == kNone ? node.dataSize : deltaResult[position];
                pack->nodeOf[position] = static_cast<quint32>(nodes.size());
                nodes.push_back(node);
            }
            quint32& next = stack.back().second;
            if (next < childBegin[position + 1]) {
                const quint32 child = children[next++];
                if (pack->nodeOf[child] == kNone && stack.size() <= count) {
                    stack.emplace_back(child, childBegin[child]);
                }
                continue;
            }
            nodes[pack->nodeOf[position]].subtreeEnd = static_cast<quint32>(nodes.size());
            stack.pop_back();
        }
    }
    pack->packPath = packPath;
    m_packs.push_back(std::move(pack));
    return true;
}

bool PackIndex::find(const git_oid& id, Location* out) const
{
    for (size_t p = 0; p < m_packs.size(); ++p) {
        const Pack& pack = *m_packs[p];
        const quint32 position = pack.position(id.id);
        if (position >= pack.count || pack.types[position] == kUnknown) {
            continue;
        }
        out->type = static_cast<git_object_t>(pack.types[position]);
        out->pack = static_cast<quint32>(p);
        out->node = pack.nodeOf[position];
        out->size = 0;
        if (out->type >= GIT_OBJECT_COMMIT && out->type <= GIT_OBJECT_BLOB) {
            if (out->node == kNone) {
                return false; // a delta chain this could not follow: libgit2 reads it
            }
            out->size = pack.forests[out->type - 1][out->node].size;
        }
        return true;
    }
    return false;
}

quint32 PackIndex::objectCount(quint32 pack) const
{
    return m_packs[pack]->count;
}

bool PackIndex::objectAt(quint32 pack, quint32 position, git_oid* id, Location* out) const
{
    const Pack& p = *m_packs[pack];
    const unsigned char* name = p.names + size_t(position) * GIT_OID_RAWSZ;
    for (quint32 earlier = 0; earlier < pack; ++earlier) {
        if (m_packs[earlier]->position(name) < m_packs[earlier]->count) {
            return false;
        }
    }
    std::memcpy(id->id, name, GIT_OID_RAWSZ);
    if (p.types[position] == kUnknown) {
        out->type = GIT_OBJECT_INVALID; // a delta chain this could not follow: libgit2 reads it
        return true;
    }
    out->type = static_cast<git_object_t>(p.types[position]);
    out->pack = pack;
    out->node = p.nodeOf[position];
    out->size = 0;
    if (out->type >= GIT_OBJECT_COMMIT && out->type <= GIT_OBJECT_BLOB) {
        if (out->node == kNone) {
            out->type = GIT_OBJECT_INVALID; // a delta chain this could not follow: libgit2 reads it
            return true;
        }
        out->size = p.forests[out->type - 1][out->node].size;
    }
    return true;
}

const QString& PackIndex::packPath(quint32 pack) const
{
    return m_packs[pack]->packPath;
}

const std::vector<PackIndex::Node>& PackIndex::forest(quint32 pack, git_object_t type) const
{
    static const std::vector<Node> none;
    return type >= GIT_OBJECT_COMMIT && type <= GIT_OBJECT_BLOB ? m_packs[pack]->forests[type - 1] : none;
}

git_oid PackIndex::objectId(quint32 pack, git_object_t type, quint32 node) const
{
    const Pack& p = *m_packs[pack];
    git_oid id{};
    std::memcpy(id.id, p.names + size_t(forest(pack, type)[node].position) * GIT_OID_RAWSZ, GIT_OID_RAWSZ);
    return id;
}

} // namespace keyscout::git
