// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Json.h"
#include "findings/Place.h"

#include <QString>
#include <string>
#include <string_view>
#include <vector>

namespace keyscout::formats {

// One piece of a notebook that a person reads as one text: a cell's source, one output, one attachment.
struct NotebookPart {
    int cell = 0; // 1-based
    QString cellType;
    CellPart part = CellPart::Source;
    int output = 0;     // 1-based output (or attachment) number
    QString outputType; // "stream stdout", "execute_result text/plain", "error", "attachment image.png
                        // text/plain"
    QString language;   // of the text: the kernel's language for code, "markdown", "" for outputs
    int executionCount = 0;
    std::string text; // decoded, ANSI escapes removed

    // Where each run of `text` comes from: `length` bytes at `textBegin` are the decoded bytes at
    // `decodedBegin` of the JSON string `node`.
    struct Piece {
        size_t textBegin = 0;
        size_t length = 0;
        JsonDocument::Node node;
        size_t decodedBegin = 0;
    };
    std::vector<Piece> pieces;
};

struct NotebookDecoding {
    bool ok = false;
    QString error; // why the file is not a notebook this decoder understands
    int nbformat = 0;
    QString language; // the kernel's language, "python" when the notebook does not say
    std::vector<NotebookPart> parts;
    // Each cell's byte range in the file (index = cell number - 1), and the widget state's (0, 0 if none).
    std::vector<std::pair<std::uint32_t, std::uint32_t>> cellRanges;
    std::pair<std::uint32_t, std::uint32_t> widgetState{0, 0};
    JsonDocument document;
};

// Decodes nbformat v4 and v3 notebooks (LF or CRLF). Never throws; on any problem `ok` is false and
// `error` says why (the caller then scans the file as plain text).
NotebookDecoding decodeNotebook(std::string_view bytes);

// The 1-based cell whose bytes contain the file offset, or 0.
int notebookCellAt(const NotebookDecoding& notebook, qint64 offset);

// The file offset of byte `textOffset` of `part.text`.
qint64 notebookFileOffset(const NotebookDecoding& notebook, const NotebookPart& part, size_t textOffset);

// Removes terminal escape sequences (colours in tracebacks and logs).
std::string stripAnsi(std::string_view text);

} // namespace keyscout::formats
