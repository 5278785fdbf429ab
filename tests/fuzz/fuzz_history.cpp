// SPDX-License-Identifier: GPL-3.0-or-later
// Shell and Python histories: bash (timestamps), zsh (extended history, continuations, metafied bytes), fish
// (its YAML-like records and escapes) and Python's (readline or libedit's strvis encoding). The first byte
// picks the format; StructuredTarget.h says what is checked.
#include "StructuredTarget.h"

#include <array>

using namespace keyscout;

namespace {

struct History {
    FileFormat format;
    fuzz::Parser parser;
    const char* path;
};

const std::array<History, 4> kHistories = {{
    {FileFormat::BashHistory, formats::parseBashHistory, "/home/user/.bash_history"},
    {FileFormat::ZshHistory, formats::parseZshHistory, "/home/user/.zsh_history"},
    {FileFormat::FishHistory, formats::parseFishHistory, "/home/user/.local/share/fish/fish_history"},
    {FileFormat::PythonHistory, formats::parsePythonHistory, "/home/user/.python_history"},
}};

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, size_t size)
{
    if (size < 1) {
        return 0;
    }
    const History& h = kHistories[data[0] % kHistories.size()];
    fuzz::fuzzStructured(h.format, h.parser, QString::fromLatin1(h.path), fuzz::bytes(data + 1, size - 1));
    return 0;
}
