// SPDX-License-Identifier: GPL-3.0-or-later
// The rule-file loader (rules/RuleCatalogue.h) on a user's rule file: JSON, each rule checked, its RE2
// pattern compiled, its keywords compiled into the Vectorscan prefilter and its own test vectors run through
// the matcher. An accepted file's rules then scan the file's own bytes.
#include "FuzzSupport.h"

#include <QByteArray>

using namespace keyscout;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, size_t size)
{
    const std::string_view bytes = fuzz::bytes(data, size);
    RuleCatalogue catalogue;
    const bool loaded =
        catalogue.loadJson(QByteArray(bytes.data(), qsizetype(size)),
                           QStringLiteral("/home/user/.config/keyscout/rules/fuzz.json"), true);
    FUZZ_CHECK(loaded == catalogue.errors().isEmpty());
    if (!loaded) {
        FUZZ_CHECK(catalogue.rules().empty());
        for (const RuleError& e : catalogue.errors()) {
            FUZZ_CHECK(!e.reason.isEmpty() && !e.toString().isEmpty());
        }
        return 0;
    }
    for (const Rule& r : catalogue.rules()) {
        FUZZ_CHECK(r.regex && !r.keywords.empty() && r.secretGroup >= 1);
    }
    const Matcher matcher(catalogue.rules());
    const auto scratch = matcher.makeScratch();
    std::vector<Match> matches;
    matcher.scan(bytes, BufferRegion::whole(size), "fuzz.json", *scratch, matches);
    for (const Match& m : matches) {
        FUZZ_CHECK(m.begin < m.end && m.end <= size && size_t(m.rule) < catalogue.rules().size());
    }
    return 0;
}
