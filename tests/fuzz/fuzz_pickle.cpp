// SPDX-License-Identifier: GPL-3.0-or-later
// The pickle opcode interpreter (artifacts/PickleScanner.h), protocols 0–5, with the limits a scan uses.
#include "FuzzSupport.h"
#include "artifacts/ByteStream.h"
#include "artifacts/PickleScanner.h"

using namespace keyscout;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, size_t size)
{
    const std::string_view bytes = fuzz::bytes(data, size);
    MemoryStream stream(bytes);
    const qint64 base = 1000; // offsets are reported from the stream's place in its file
    const PickleReport r = PickleScanner().scan(stream, base);
    const qint64 end = base + qint64(size);
    FUZZ_CHECK(r.end >= base && r.end <= end);
    FUZZ_CHECK(r.opcodes <= qint64(size) && r.pickles <= PickleScanner::Limits{}.maxPickles);
    FUZZ_CHECK(r.calls.size() <= PickleScanner::Limits{}.maxCalls && r.allCalls >= r.calls.size());
    for (const PickleImport& i : r.imports) {
        FUZZ_CHECK(i.offset >= base && i.offset < end);
        FUZZ_CHECK(i.firstCall == -1 || (i.firstCall >= base && i.firstCall < end));
        FUZZ_CHECK((i.calls > 0) == (i.firstCall >= 0));
    }
    for (const PickleCall& c : r.calls) {
        FUZZ_CHECK(c.offset >= base && c.offset < end);
        FUZZ_CHECK(c.import >= -1 && c.import < r.imports.size());
    }
    for (const PickleProblem& p : r.problems) {
        FUZZ_CHECK(p.offset >= base && p.offset <= end && !p.message.isEmpty());
    }
    (void)PickleScanner::looksLikePickle(bytes.substr(0, 64));
    return 0;
}
