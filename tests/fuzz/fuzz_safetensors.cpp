// SPDX-License-Identifier: GPL-3.0-or-later
// The safetensors header check (artifacts/SafetensorsHeader.h), on a file as the model scanner opens it.
#include "FuzzSupport.h"
#include "artifacts/SafetensorsHeader.h"

using namespace keyscout;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, size_t size)
{
    static const fuzz::MemoryFile memory;
    const std::string_view bytes = fuzz::bytes(data, size);
    memory.set(bytes);
    QFile file(memory.path());
    FUZZ_CHECK(file.open(QIODevice::ReadOnly | QIODevice::Unbuffered));
    const SafetensorsCheck c = checkSafetensors(file);
    FUZZ_CHECK(c.valid == c.problems.isEmpty());
    FUZZ_CHECK(c.bytesRead <= qint64(size) && c.tensors >= 0);
    if (c.valid) {
        FUZZ_CHECK(looksLikeSafetensors(bytes) && 8 + c.headerLength <= qint64(size));
    }
    return 0;
}
