// SPDX-License-Identifier: GPL-3.0-or-later
// A model file as a scan judges it (ModelScanner::scanFile): the format sniffed from the bytes, then the zip,
// pickle, legacy torch, numpy or safetensors reader it picks, and the verdict. The inflate limit per entry is
// lowered from 1 GiB to 16 MiB so that one input costs milliseconds, not seconds.
#include "FuzzSupport.h"
#include "artifacts/ModelScanner.h"

using namespace keyscout;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, size_t size)
{
    static const fuzz::MemoryFile memory;
    memory.set(fuzz::bytes(data, size));
    ModelScanner::Limits limits;
    limits.maxInflated = qint64(16) << 20;
    const ModelVerdict v = ModelScanner(limits).scanFile(memory.path());
    FUZZ_CHECK(v.size == qint64(size));
    FUZZ_CHECK(v.bytesRead >= 0 && v.bytesRead <= limits.maxBytesPerFile + (qint64(1) << 20));
    if (v.format == ModelFormat::Unknown && (v.verdict != ModelVerdictKind::Clean || !v.imports.isEmpty())) {
        std::fprintf(stderr, "unknown format, verdict %s, %d imports, problems: %s\n",
                     qPrintable(modelVerdictId(v.verdict)), int(v.imports.size()),
                     qPrintable(v.problems.join(QStringLiteral("; "))));
    }
    if (v.format == ModelFormat::Unknown) {
        FUZZ_CHECK(v.verdict == ModelVerdictKind::Clean && v.imports.isEmpty());
    }
    if (v.verdict == ModelVerdictKind::Dangerous) {
        FUZZ_CHECK(!v.decidingImport.isEmpty() && !v.recommendation.isEmpty());
    }
    for (const ModelImport& i : v.imports) {
        FUZZ_CHECK(i.pickle >= 0 && i.pickle < v.pickles.size());
    }
    return 0;
}
