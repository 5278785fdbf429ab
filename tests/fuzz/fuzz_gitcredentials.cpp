// SPDX-License-Identifier: GPL-3.0-or-later
// git's credential store (~/.git-credentials): StructuredTarget.h says what is checked.
#include "StructuredTarget.h"

using namespace keyscout;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, size_t size)
{
    fuzz::fuzzStructured(FileFormat::GitCredentials, formats::parseGitCredentials,
                         QStringLiteral("/home/user/.git-credentials"), fuzz::bytes(data, size));
    return 0;
}
