// SPDX-License-Identifier: GPL-3.0-or-later
// The notebook decoder (sources/formats/Notebook.h): cells, outputs and attachments decoded, each decoded
// byte mapped back to the file; then the whole notebook path of a scan (FileSystemScanner::scanBuffer on an
// .ipynb: plain read, decoding, matching each part, findings placed in their cell).
#include "FuzzSupport.h"
#include "sources/FileSystemScanner.h"
#include "sources/formats/Notebook.h"

using namespace keyscout;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, size_t size)
{
    const std::string_view file = fuzz::bytes(data, size);
    const formats::NotebookDecoding nb = formats::decodeNotebook(file);
    FUZZ_CHECK(nb.ok == nb.error.isEmpty());
    if (nb.ok) {
        FUZZ_CHECK(nb.widgetState.first <= nb.widgetState.second && nb.widgetState.second <= size);
        for (size_t c = 0; c < nb.cellRanges.size(); ++c) {
            const auto [begin, end] = nb.cellRanges[c];
            FUZZ_CHECK(begin < end && end <= size);
            FUZZ_CHECK(formats::notebookCellAt(nb, begin) == int(c) + 1);
            FUZZ_CHECK(formats::notebookCellAt(nb, end - 1) == int(c) + 1);
        }
        for (const formats::NotebookPart& part : nb.parts) {
            FUZZ_CHECK(!part.text.empty() && part.cell >= 1 && size_t(part.cell) <= nb.cellRanges.size());
            const auto [cellBegin, cellEnd] = nb.cellRanges[size_t(part.cell) - 1];
            size_t covered = 0;
            for (const formats::NotebookPart::Piece& piece : part.pieces) {
                FUZZ_CHECK(piece.textBegin >= covered && piece.length > 0);
                FUZZ_CHECK(piece.textBegin + piece.length <= part.text.size());
                covered = piece.textBegin + piece.length;
                // The piece's bytes come from a string of this cell, byte for byte unless escaped.
                FUZZ_CHECK(piece.node.begin >= cellBegin && piece.node.end <= cellEnd);
                for (size_t k = 0; k < piece.length; k += 1 + piece.length / 16) {
                    const qint64 offset = formats::notebookFileOffset(nb, part, piece.textBegin + k);
                    FUZZ_CHECK(offset > piece.node.begin && offset < piece.node.end);
                    FUZZ_CHECK(file[size_t(offset)] == '\\' ||
                               file[size_t(offset)] == part.text[piece.textBegin + k]);
                }
            }
            const qint64 last = formats::notebookFileOffset(nb, part, part.text.size());
            FUZZ_CHECK(last >= 0 && last <= qint64(size));
        }
    }
    // The scan's own path through the notebook, findings included.
    const QList<Finding> findings = FileSystemScanner::scanBuffer(
        fuzz::BuiltinMatcher::instance().matcher, file, QStringLiteral("/home/user/work/analysis.ipynb"));
    fuzz::checkFindings(findings, file, false);
    return 0;
}
