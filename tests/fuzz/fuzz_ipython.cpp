// SPDX-License-Identifier: GPL-3.0-or-later
// IPython's history database (sources/formats/IPythonHistory.h): any bytes as history.sqlite, read the way a
// scan reads it — copied into a private folder, opened with SQLite, every history and output row read.
#include "FuzzSupport.h"
#include "sources/formats/IPythonHistory.h"

using namespace keyscout;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, size_t size)
{
    static const fuzz::MemoryFile memory;
    memory.set(fuzz::bytes(data, size));
    const formats::IPythonHistoryResult r = formats::readIPythonHistory(memory.path());
    FUZZ_CHECK(!r.fromWal); // no -wal file beside it
    for (const formats::IPythonHistoryRow& row : r.rows) {
        FUZZ_CHECK(row.text.size() <= size);
    }
    return 0;
}
