// SPDX-License-Identifier: GPL-3.0-or-later
// dotenv and shell rc files: StructuredTarget.h says what is checked.
#include "StructuredTarget.h"

using namespace keyscout;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, size_t size)
{
    fuzz::fuzzStructured(FileFormat::EnvFile, formats::parseEnvFile,
                         QStringLiteral("/home/user/project/.env"), fuzz::bytes(data, size));
    return 0;
}
