// SPDX-License-Identifier: GPL-3.0-or-later
#include "GzipStream.h"

#include <memory>
#include <zlib.h>

namespace keyscout {

bool looksLikeGzip(std::string_view head)
{
    return head.size() >= 3 && static_cast<unsigned char>(head[0]) == 0x1f &&
           static_cast<unsigned char>(head[1]) == 0x8b && head[2] == 0x08;
}

std::string gzipCompress(std::string_view data)
{
    z_stream z{};
    if (deflateInit2(&z, Z_BEST_COMPRESSION, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY) != Z_OK) {
        return {};
    }
    std::string out(deflateBound(&z, static_cast<uLong>(data.size())) + 32, '\0');
    z.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(data.data()));
    z.avail_in = static_cast<uInt>(data.size());
    z.next_out = reinterpret_cast<Bytef*>(out.data());
    z.avail_out = static_cast<uInt>(out.size());
    const int rc = deflate(&z, Z_FINISH);
    out.resize(rc == Z_STREAM_END ? z.total_out : 0);
    deflateEnd(&z);
    return out;
}

GzipResult inflateGzip(const std::function<qint64(char*, size_t)>& read,
                       const std::function<bool(std::string_view)>& piece, qint64 maxDecompressed,
                       size_t pieceSize)
{
    GzipResult result;
    z_stream z{};
    if (inflateInit2(&z, 15 + 16) != Z_OK) {
        result.error = QStringLiteral("cannot start decompressing");
        return result;
    }
    constexpr size_t kInput = size_t(256) << 10;
    const auto in = std::make_unique_for_overwrite<char[]>(kInput);
    const auto out = std::make_unique_for_overwrite<char[]>(pieceSize);
    bool inputEnded = false;
    bool memberEnded = false;
    // Hands on what inflate produced, never more than the limit allows; false when `piece` says stop.
    const auto handOn = [&](size_t produced) {
        const qint64 allowed = maxDecompressed - result.decompressed;
        const size_t give = static_cast<size_t>(std::min<qint64>(allowed, static_cast<qint64>(produced)));
        result.decompressed += static_cast<qint64>(give);
        return give == 0 || piece(std::string_view(out.get(), give));
    };
    while (true) {
        if (z.avail_in == 0 && !inputEnded) {
            const qint64 n = read(in.get(), kInput);
            if (n < 0) {
                result.error = QStringLiteral("read error");
                break;
            }
            if (n == 0) {
                inputEnded = true;
            }
            result.compressed += n;
            z.next_in = reinterpret_cast<Bytef*>(in.get());
            z.avail_in = static_cast<uInt>(n);
        }
        if (z.avail_in == 0 && inputEnded) {
            if (memberEnded) {
                result.complete = true;
            } else {
                result.error = QStringLiteral("the gzip stream is truncated");
            }
            break;
        }
        if (memberEnded) {
            // Another member follows (concatenated gzip files), or trailing garbage.
            if (static_cast<unsigned char>(z.next_in[0]) != 0x1f) {
                result.complete = true; // trailing bytes after the last member are ignored, as gzip does
                break;
            }
            inflateReset(&z);
            memberEnded = false;
        }
        z.next_out = reinterpret_cast<Bytef*>(out.get());
        z.avail_out = static_cast<uInt>(pieceSize);
        const int rc = inflate(&z, Z_NO_FLUSH);
        const size_t produced = pieceSize - z.avail_out;
        if (rc != Z_OK && rc != Z_STREAM_END && !(rc == Z_BUF_ERROR && produced > 0)) {
            if (rc == Z_BUF_ERROR && inputEnded) {
                result.error = QStringLiteral("the gzip stream is truncated");
            } else {
                result.error = QStringLiteral("corrupt gzip data (%1)")
                                   .arg(QString::fromLatin1(z.msg != nullptr ? z.msg : "inflate failed"));
            }
            handOn(produced); // what came out before the damage, within the limit like any other piece
            break;
        }
        if (produced > 0) {
            if (!handOn(produced)) {
                break;
            }
            if (result.decompressed >= maxDecompressed) {
                result.limitHit = true;
                break;
            }
        }
        if (rc == Z_STREAM_END) {
            memberEnded = true;
        }
    }
    inflateEnd(&z);
    return result;
}

} // namespace keyscout
