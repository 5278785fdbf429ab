// SPDX-License-Identifier: GPL-3.0-or-later
// The numpy .npy header reader (artifacts/NumpyHeader.h).
#include "FuzzSupport.h"
#include "artifacts/ByteStream.h"
#include "artifacts/NumpyHeader.h"

using namespace keyscout;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, size_t size)
{
    const std::string_view bytes = fuzz::bytes(data, size);
    MemoryStream stream(bytes);
    const NumpyHeader h = readNumpyHeader(stream);
    FUZZ_CHECK(h.valid == h.problem.isEmpty());
    if (h.valid) {
        FUZZ_CHECK(looksLikeNumpy(bytes) && !h.descr.isEmpty());
        FUZZ_CHECK(h.dataOffset == stream.position() && h.dataOffset <= qint64(size));
    }
    return 0;
}
