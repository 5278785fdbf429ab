// SPDX-License-Identifier: GPL-3.0-or-later
// One fuzz target per structured file format (sources/formats/TextFormats.h, sources/StructuredFiles.h): the
// format's parser with the promises every parser makes, then the scan's own path for such a file — the plain
// read's findings refined in the format's terms (refineStructuredFindings), decoded secrets found too.
#pragma once

#include "FuzzSupport.h"
#include "findings/Place.h"
#include "sources/FindingBuilder.h"
#include "sources/StructuredFiles.h"
#include "sources/formats/TextFormats.h"

namespace keyscout::fuzz {

using Parser = formats::ParseResult (*)(std::string_view);

// What every parser promises on any input (TextFormats.h): entries on lines of the file, with a field; an
// entry with an offset is the file's bytes there, on its line; at most 101 problems, each naming its line
// and never quoting the file.
inline void checkParse(const formats::ParseResult& result, std::string_view input)
{
    const qint64 lines = std::count(input.begin(), input.end(), '\n') + 1;
    for (const formats::Entry& e : result.entries) {
        FUZZ_CHECK(e.line >= 1 && e.line <= lines);
        FUZZ_CHECK(!e.field.empty());
        FUZZ_CHECK(e.offset >= -1 && e.offset <= qint64(input.size()));
        if (e.offset >= 0) {
            FUZZ_CHECK(input.substr(size_t(e.offset), e.text.size()) == e.text);
            FUZZ_CHECK(e.line == 1 + std::count(input.begin(), input.begin() + e.offset, '\n'));
        }
    }
    FUZZ_CHECK(result.problems.size() <= 101);
    for (const std::string& p : result.problems) {
        FUZZ_CHECK(p.starts_with("line ") || p == "further problems are not listed");
    }
}

inline void fuzzStructured(FileFormat format, Parser parser, const QString& path, std::string_view input)
{
    FUZZ_CHECK(fileFormatOf(path) == format);
    if (parser != nullptr) {
        checkParse(parser(input), input);
    }
    auto& builtin = BuiltinMatcher::instance();
    std::vector<Match> matches;
    const std::string rawPath = path.toStdString();
    builtin.matcher.scan(input, BufferRegion::whole(input.size()), rawPath, *builtin.scratch, matches);
    QList<Finding> findings;
    FileFacts facts;
    facts.size = qint64(input.size());
    facts.mode = 0600;
    detail::collectFindings(builtin.matcher, input, matches, 0, 0, false, path, classifyPath(path), facts,
                            findings);
    const qsizetype plain = findings.size();
    QStringList problems;
    refineStructuredFindings(format, builtin.matcher, *builtin.scratch, input, path, facts, findings,
                             &problems);
    FUZZ_CHECK(findings.size() >= plain);
    checkFindings(findings, input, true);
    FUZZ_CHECK(problems.size() <= 1);
}

} // namespace keyscout::fuzz
