// SPDX-License-Identifier: GPL-3.0-or-later
// docker's config.json (registry auths): StructuredTarget.h says what is checked.
#include "StructuredTarget.h"

using namespace keyscout;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, size_t size)
{
    fuzz::fuzzStructured(FileFormat::DockerConfig, formats::parseDockerConfig,
                         QStringLiteral("/home/user/.docker/config.json"), fuzz::bytes(data, size));
    return 0;
}
