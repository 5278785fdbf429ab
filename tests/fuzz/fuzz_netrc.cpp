// SPDX-License-Identifier: GPL-3.0-or-later
// .netrc: StructuredTarget.h says what is checked.
#include "StructuredTarget.h"

using namespace keyscout;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, size_t size)
{
    fuzz::fuzzStructured(FileFormat::Netrc, formats::parseNetrc, QStringLiteral("/home/user/.netrc"),
                         fuzz::bytes(data, size));
    return 0;
}
