// SPDX-License-Identifier: GPL-3.0-or-later
// The zip reader (artifacts/ZipArchive.h) as the model scanner uses it: the directory, the local headers,
// then every entry opened and read to its end (stored entries from the file, deflated ones inflated, with a
// decompression limit).
#include "FuzzSupport.h"
#include "artifacts/ByteStream.h"
#include "artifacts/ZipArchive.h"

#include <array>

using namespace keyscout;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, size_t size)
{
    static const fuzz::MemoryFile memory;
    memory.set(fuzz::bytes(data, size));
    QFile file(memory.path());
    FUZZ_CHECK(file.open(QIODevice::ReadOnly | QIODevice::Unbuffered));
    const ZipArchive zip = ZipArchive::read(file);
    FUZZ_CHECK(zip.isValid() || !zip.problems().isEmpty());
    FUZZ_CHECK(zip.bytesRead() >= 0);
    constexpr qint64 kMaxInflated = qint64(1) << 20;
    std::array<char, 4096> buffer{};
    int opened = 0;
    for (const ZipEntry& e : zip.entries()) {
        FUZZ_CHECK(e.compressedSize >= 0 && e.size >= 0 && e.localHeaderOffset >= 0);
        FUZZ_CHECK(e.dataOffset == -1 || e.dataOffset >= e.localHeaderOffset + 30);
        if (++opened > 64) {
            break; // a directory of thousands of entries: the first ones are enough
        }
        QString error;
        const std::unique_ptr<ByteStream> stream = ZipArchive::open(file, e, kMaxInflated, &error);
        if (!stream) {
            FUZZ_CHECK(!error.isEmpty());
            continue;
        }
        // Half read, half skipped: the model scanner reads pickle opcodes and skips tensor payloads.
        qint64 total = 0;
        for (bool reading = true;; reading = !reading) {
            const qint64 n = reading ? stream->read(buffer.data(), qint64(buffer.size()))
                                     : stream->skip(qint64(buffer.size()));
            FUZZ_CHECK(n >= 0 && n <= qint64(buffer.size()));
            if (n == 0) {
                break;
            }
            total += n;
        }
        FUZZ_CHECK(stream->position() == total);
        FUZZ_CHECK(total <= (e.method == 0 ? e.compressedSize : kMaxInflated));
    }
    return 0;
}
