// SPDX-License-Identifier: GPL-3.0-or-later
#include "ByteStream.h"

#include <algorithm>
#include <array>
#include <zlib.h>

namespace keyscout {

qint64 MemoryStream::read(char* out, qint64 count)
{
    const qint64 n = std::min<qint64>(count, static_cast<qint64>(m_data.size()) - m_position);
    if (n <= 0) {
        return 0;
    }
    std::copy_n(m_data.data() + m_position, n, out);
    m_position += n;
    return n;
}

qint64 MemoryStream::skip(qint64 count)
{
    const qint64 n = std::clamp<qint64>(count, 0, static_cast<qint64>(m_data.size()) - m_position);
    m_position += n;
    return n;
}

FileRangeStream::FileRangeStream(QFile& file, qint64 offset, qint64 length)
    : m_file(file)
    , m_offset(offset)
    , m_length(length)
{
}

qint64 FileRangeStream::read(char* out, qint64 count)
{
    const qint64 n = std::min(count, m_length - m_position);
    if (n <= 0) {
        return 0;
    }
    if (m_file.pos() != m_offset + m_position && !m_file.seek(m_offset + m_position)) {
        m_error = m_file.errorString();
        return 0;
    }
    const qint64 got = m_file.read(out, n);
    if (got < 0) {
        m_error = m_file.errorString();
        return 0;
    }
    if (got < n) {
        m_error = QStringLiteral("the file ends at byte %1").arg(m_offset + m_position + got);
    }
    m_position += got;
    m_read += got;
    return got;
}

qint64 FileRangeStream::skip(qint64 count)
{
    // The range may claim more than the file holds (a corrupt zip): never skip past the file's end.
    const qint64 n =
        std::clamp<qint64>(std::min(count, m_file.size() - m_offset - m_position), 0, m_length - m_position);
    m_position += n;
    return n;
}

struct InflateStream::Z {
    z_stream stream{};
    std::array<char, 64 * 1024> input{};
    bool ok = false;
};

InflateStream::InflateStream(QFile& file, qint64 offset, qint64 compressedLength, qint64 maxInflated,
                             Framing framing)
    : m_z(std::make_unique<Z>())
    , m_file(file)
    , m_offset(offset)
    , m_compressedLength(compressedLength)
    , m_maxInflated(maxInflated)
{
    // 32 + MAX_WBITS: zlib finds out itself whether a zlib or a gzip header comes.
    m_z->ok = inflateInit2(&m_z->stream, framing == Framing::Raw ? -MAX_WBITS : 32 + MAX_WBITS) == Z_OK;
    if (!m_z->ok) {
        m_error = QStringLiteral("cannot start inflating");
    }
}

InflateStream::~InflateStream()
{
    if (m_z->ok) {
        inflateEnd(&m_z->stream);
    }
}

qint64 InflateStream::read(char* out, qint64 count)
{
    if (!m_z->ok || m_ended) {
        return 0;
    }
    z_stream& z = m_z->stream;
    count = std::min(count, m_maxInflated - m_position);
    if (count <= 0) {
        m_ended = true;
        m_limitReached = true;
        m_error = QStringLiteral("stopped after inflating %1 bytes").arg(m_maxInflated);
        return 0;
    }
    qint64 produced = 0;
    while (produced < count) {
        if (z.avail_in == 0) {
            const qint64 want = std::min<qint64>(static_cast<qint64>(m_z->input.size()),
                                                 m_compressedLength - m_compressedRead);
            if (want <= 0) {
                m_ended = true;
                m_error = QStringLiteral("the compressed entry is truncated");
                break;
            }
            if (!m_file.seek(m_offset + m_compressedRead)) {
                m_ended = true;
                m_error = m_file.errorString();
                break;
            }
            const qint64 got = m_file.read(m_z->input.data(), want);
            if (got <= 0) {
                m_ended = true;
                m_error = QStringLiteral("the file ends inside a compressed entry");
                break;
            }
            m_compressedRead += got;
            z.next_in = reinterpret_cast<Bytef*>(m_z->input.data());
            z.avail_in = static_cast<uInt>(got);
        }
        const auto room = static_cast<uInt>(std::min<qint64>(count - produced, 1 << 30));
        z.next_out = reinterpret_cast<Bytef*>(out + produced);
        z.avail_out = room;
        const int rc = inflate(&z, Z_NO_FLUSH);
        produced += room - z.avail_out;
        if (rc == Z_STREAM_END) {
            m_ended = true;
            break;
        }
        if (rc != Z_OK && rc != Z_BUF_ERROR) {
            m_ended = true;
            m_error = QStringLiteral("corrupt deflate data (%1)")
                          .arg(QString::fromLatin1(z.msg != nullptr ? z.msg : "inflate failed"));
            break;
        }
    }
    m_position += produced;
    return produced;
}

qint64 InflateStream::skip(qint64 count)
{
    std::array<char, 64 * 1024> sink{};
    qint64 done = 0;
    while (done < count) {
        const qint64 n = read(sink.data(), std::min<qint64>(count - done, static_cast<qint64>(sink.size())));
        if (n <= 0) {
            break;
        }
        done += n;
    }
    return done;
}

std::string readUpTo(ByteStream& stream, qint64 count)
{
    std::string out(static_cast<size_t>(std::max<qint64>(count, 0)), '\0');
    qint64 have = 0;
    while (have < count) {
        const qint64 n = stream.read(out.data() + have, count - have);
        if (n <= 0) {
            break;
        }
        have += n;
    }
    out.resize(static_cast<size_t>(have));
    return out;
}

} // namespace keyscout
