// SPDX-License-Identifier: GPL-3.0-or-later
// The gzip stream reader (sources/GzipStream.h) that reads compressed logs: members one after another, the
// input handed over in pieces of varying size (as reads from a file return), the output in small pieces and
// a decompression limit that must hold.
#include "FuzzSupport.h"
#include "sources/GzipStream.h"

#include <algorithm>

using namespace keyscout;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, size_t size)
{
    if (size < 2) {
        return 0;
    }
    // The first byte sets the read size, the second the limit: the rest is the file.
    const size_t readSize = 1 + data[0] * 37U;
    const qint64 limit = 1 + qint64(data[1]) * 4099;
    const std::string_view file = fuzz::bytes(data + 2, size - 2);
    size_t at = 0;
    qint64 received = 0;
    int calls = 0;
    const GzipResult r = inflateGzip(
        [&](char* out, size_t capacity) -> qint64 {
            const size_t n = std::min({capacity, readSize, file.size() - at});
            std::copy_n(file.data() + at, n, out);
            at += n;
            return qint64(n);
        },
        [&](std::string_view piece) {
            FUZZ_CHECK(!piece.empty() && piece.size() <= 4096);
            received += qint64(piece.size());
            return ++calls < 10'000;
        },
        limit, 4096);
    FUZZ_CHECK(r.decompressed == received);
    FUZZ_CHECK(received <= limit);
    FUZZ_CHECK(r.compressed >= 0 && r.compressed <= qint64(file.size()));
    FUZZ_CHECK(!(r.complete && !r.error.isEmpty()));
    if (r.limitHit) {
        FUZZ_CHECK(received == limit);
    }
    (void)looksLikeGzip(file);
    return 0;
}
