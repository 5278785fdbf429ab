// SPDX-License-Identifier: GPL-3.0-or-later
// Hugging Face's token store (stored_tokens, INI sections): StructuredTarget.h says what is checked.
#include "StructuredTarget.h"

using namespace keyscout;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, size_t size)
{
    fuzz::fuzzStructured(FileFormat::HfStoredTokens, nullptr,
                         QStringLiteral("/home/user/.cache/huggingface/stored_tokens"),
                         fuzz::bytes(data, size));
    return 0;
}
