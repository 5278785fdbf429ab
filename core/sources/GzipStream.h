// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <functional>
#include <string>
#include <string_view>

namespace keyscout {

// Decompresses a gzip file (every member of a multi-member file) as a stream, in pieces, never holding more
// than one piece: logs and exported histories are often gzipped, and a decompression bomb must cost no more
// than its limit. `read(buffer, capacity)` supplies compressed bytes (0 at the end, -1 on error); `piece` is
// called with each decompressed piece and returns false to stop.
struct GzipResult {
    qint64 compressed = 0;
    qint64 decompressed = 0;
    bool complete = false; // the whole stream was decompressed
    bool limitHit = false; // stopped at `maxDecompressed` or at a suspicious ratio
    QString error;         // why it stopped early, naming the reason (a truncated or corrupt stream)
};

GzipResult inflateGzip(const std::function<qint64(char*, size_t)>& read,
                       const std::function<bool(std::string_view)>& piece, qint64 maxDecompressed,
                       size_t pieceSize = size_t(1) << 20);

// `data` as one gzip member (used to make the demo workstation's compressed log).
std::string gzipCompress(std::string_view data);

// Whether `head` starts like a gzip stream (1f 8b 08).
bool looksLikeGzip(std::string_view head);

} // namespace keyscout
