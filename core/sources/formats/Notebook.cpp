// SPDX-License-Identifier: GPL-3.0-or-later
#include "Notebook.h"

#include <algorithm>

namespace keyscout::formats {

namespace {

using Node = JsonDocument::Node;
using Type = JsonDocument::Type;

// Length of the terminal escape sequence at `s[i]` (an ESC), or 0 when it is not one.
size_t escapeLength(std::string_view s, size_t i)
{
    if (i + 1 >= s.size()) {
        return 1;
    }
    const char kind = s[i + 1];
    size_t j = i + 2;
    if (kind == '[') { // CSI: parameters and intermediates, then a final byte 0x40–0x7E
        while (j < s.size() &&
               (static_cast<unsigned char>(s[j]) < 0x40 || static_cast<unsigned char>(s[j]) > 0x7E)) {
            if (static_cast<unsigned char>(s[j]) < 0x20) {
                return j - i; // malformed: drop what was read
            }
            ++j;
        }
        return std::min(s.size(), j + 1) - i;
    }
    if (kind == ']') { // OSC: up to BEL or ESC backslash
        while (j < s.size() && s[j] != '\a' && !(s[j] == '\x1b' && j + 1 < s.size() && s[j + 1] == '\\')) {
            ++j;
        }
        if (j >= s.size()) {
            return s.size() - i;
        }
        return (s[j] == '\a' ? j + 1 : j + 2) - i;
    }
    return 2; // a two-byte escape
}

class PartBuilder {
public:
    PartBuilder(const JsonDocument& doc, NotebookPart& part)
        : m_doc(doc)
        , m_part(part)
    {
    }

    // Appends a JSON string (or an array of strings, concatenated as nbformat joins them).
    void append(const Node* value, bool strip)
    {
        if (value == nullptr) {
            return;
        }
        if (value->type == Type::String) {
            appendString(*value, strip);
        } else if (value->type == Type::Array) {
            for (std::uint32_t i = 0; i < value->count; ++i) {
                const Node& e = m_doc.element(*value, i);
                if (e.type == Type::String) {
                    appendString(e, strip);
                }
            }
        }
    }

    void appendString(const Node& node, bool strip)
    {
        const std::string decoded = m_doc.string(node);
        size_t i = 0;
        while (i < decoded.size()) {
            size_t esc = strip ? decoded.find('\x1b', i) : std::string::npos;
            if (esc == std::string::npos) {
                esc = decoded.size();
            }
            if (esc > i) {
                m_part.pieces.push_back({m_part.text.size(), esc - i, node, i});
                m_part.text.append(decoded, i, esc - i);
            }
            if (esc >= decoded.size()) {
                break;
            }
            i = esc + escapeLength(decoded, esc);
        }
    }

    // A separator between joined strings (traceback lines) that comes from no byte of the file.
    void appendNewlineIfNeeded()
    {
        if (!m_part.text.empty() && m_part.text.back() != '\n') {
            m_part.text += '\n';
        }
    }

private:
    const JsonDocument& m_doc;
    NotebookPart& m_part;
};

bool isTextMime(std::string_view mime)
{
    return mime.substr(0, 5) == "text/" || mime == "application/json" || mime == "application/javascript" ||
           mime == "image/svg+xml" || mime.find("+json") != std::string_view::npos ||
           mime == "application/x-latex";
}

QString fromUtf8(std::string_view s)
{
    return QString::fromUtf8(s.data(), static_cast<qsizetype>(s.size()));
}

struct Decoder {
    const JsonDocument& doc;
    NotebookDecoding& out;
    int version = 4;

    void addPart(NotebookPart&& part)
    {
        if (!part.text.empty()) {
            out.parts.push_back(std::move(part));
        }
    }

    // A mime bundle's text entries, one part each (v3 uses short keys: "text", "html", "json", …).
    void mimeBundle(const Node* bundle, const NotebookPart& base, const QString& label)
    {
        if (bundle == nullptr || bundle->type != Type::Object) {
            return;
        }
        for (std::uint32_t i = 0; i < bundle->count; ++i) {
            const std::string mime = doc.string(doc.key(*bundle, i));
            const Node& value = doc.value(*bundle, i);
            static constexpr std::string_view kV3Keys[] = {"text",  "html", "json",    "javascript",
                                                           "latex", "svg",  "markdown"};
            const bool v3Text =
                version < 4 && std::find(std::begin(kV3Keys), std::end(kV3Keys), mime) != std::end(kV3Keys);
            if (!isTextMime(mime) && !v3Text) {
                continue; // base64 images: the plain scan of the file still reads them
            }
            NotebookPart part = base;
            part.outputType = label.isEmpty() ? fromUtf8(mime) : label + QLatin1Char(' ') + fromUtf8(mime);
            PartBuilder builder(doc, part);
            if (value.type == Type::String || value.type == Type::Array) {
                builder.append(&value, true);
            }
            if (value.type == Type::Object || (value.type == Type::Array && part.text.empty())) {
                // application/json holds any JSON: read its string values in order.
                collectStrings(value, builder);
            }
            addPart(std::move(part));
        }
    }

    void collectStrings(const Node& node, PartBuilder& builder, int depth = 0)
    {
        if (depth > JsonDocument::kMaxDepth) {
            return;
        }
        if (node.type == Type::String) {
            builder.appendString(node, false);
            builder.appendNewlineIfNeeded();
        } else if (node.type == Type::Array) {
            for (std::uint32_t i = 0; i < node.count; ++i) {
                collectStrings(doc.element(node, i), builder, depth + 1);
            }
        } else if (node.type == Type::Object) {
            for (std::uint32_t i = 0; i < node.count; ++i) {
                collectStrings(doc.value(node, i), builder, depth + 1);
            }
        }
    }

    void output(const Node& o, const NotebookPart& cellBase, int number)
    {
        if (o.type != Type::Object) {
            return;
        }
        NotebookPart base = cellBase;
        base.part = CellPart::Output;
        base.output = number;
        base.language.clear();
        const Node* typeNode = doc.member(o, "output_type");
        const std::string type = doc.isString(typeNode) ? doc.string(*typeNode) : std::string();
        if (type == "stream") {
            NotebookPart part = base;
            const Node* name = doc.member(o, "name");
            if (name == nullptr) {
                name = doc.member(o, "stream"); // v3
            }
            part.outputType =
                QStringLiteral("stream %1")
                    .arg(doc.isString(name) ? fromUtf8(doc.string(*name)) : QStringLiteral("stdout"));
            PartBuilder(doc, part).append(doc.member(o, "text"), true);
            addPart(std::move(part));
        } else if (type == "error" || type == "pyerr") {
            NotebookPart part = base;
            part.outputType = QStringLiteral("error");
            PartBuilder builder(doc, part);
            for (const char* field : {"ename", "evalue"}) {
                const Node* n = doc.member(o, field);
                if (doc.isString(n)) {
                    builder.appendString(*n, true);
                    builder.appendNewlineIfNeeded();
                }
            }
            const Node* tb = doc.member(o, "traceback");
            if (tb != nullptr && tb->type == Type::Array) {
                for (std::uint32_t i = 0; i < tb->count; ++i) {
                    const Node& line = doc.element(*tb, i);
                    if (line.type == Type::String) {
                        builder.appendString(line, true);
                        builder.appendNewlineIfNeeded();
                    }
                }
            }
            addPart(std::move(part));
        } else if (version >= 4) {
            mimeBundle(doc.member(o, "data"), base, fromUtf8(type));
        } else {
            mimeBundle(&o, base, fromUtf8(type)); // v3: the mime entries sit on the output itself
        }
    }

    void cell(const Node& c, int number)
    {
        out.cellRanges.emplace_back(c.begin, c.end);
        if (c.type != Type::Object) {
            return;
        }
        NotebookPart base;
        base.cell = number;
        const Node* typeNode = doc.member(c, "cell_type");
        const std::string cellType = doc.isString(typeNode) ? doc.string(*typeNode) : std::string("code");
        base.cellType = fromUtf8(cellType);
        base.language = cellType == "code"       ? out.language
                        : cellType == "markdown" ? QStringLiteral("markdown")
                                                 : QString();
        const Node* count = doc.member(c, version >= 4 ? "execution_count" : "prompt_number");
        if (count != nullptr && count->type == Type::Number) {
            base.executionCount = fromUtf8(doc.raw(*count)).toInt();
        }
        NotebookPart source = base;
        source.part = CellPart::Source;
        const Node* src = doc.member(c, "source");
        if (src == nullptr && version < 4) {
            src = doc.member(c, "input");
        }
        PartBuilder(doc, source).append(src, false);
        addPart(std::move(source));

        const Node* outputs = doc.member(c, "outputs");
        if (outputs != nullptr && outputs->type == Type::Array) {
            for (std::uint32_t i = 0; i < outputs->count; ++i) {
                output(doc.element(*outputs, i), base, static_cast<int>(i) + 1);
            }
        }
        const Node* attachments = doc.member(c, "attachments");
        if (attachments != nullptr && attachments->type == Type::Object) {
            for (std::uint32_t i = 0; i < attachments->count; ++i) {
                NotebookPart a = base;
                a.part = CellPart::Attachment;
                a.output = static_cast<int>(i) + 1;
                a.language.clear();
                mimeBundle(
                    &doc.value(*attachments, i), a,
                    QStringLiteral("attachment %1").arg(fromUtf8(doc.string(doc.key(*attachments, i)))));
            }
        }
    }
};

} // namespace

std::string stripAnsi(std::string_view text)
{
    std::string out;
    out.reserve(text.size());
    for (size_t i = 0; i < text.size();) {
        const size_t esc = text.find('\x1b', i);
        if (esc == std::string_view::npos) {
            out.append(text.substr(i));
            break;
        }
        out.append(text.substr(i, esc - i));
        i = esc + escapeLength(text, esc);
    }
    return out;
}

NotebookDecoding decodeNotebook(std::string_view bytes)
{
    NotebookDecoding out;
    QString error;
    if (!out.document.parse(bytes, &error)) {
        out.error = QStringLiteral("not valid JSON (%1)").arg(error);
        return out;
    }
    const JsonDocument& doc = out.document;
    const Node& root = doc.root();
    if (root.type != Type::Object) {
        out.error = QStringLiteral("the JSON document is not a notebook (no top-level object)");
        return out;
    }
    const Node* nbformat = doc.member(root, "nbformat");
    if (nbformat == nullptr || nbformat->type != Type::Number) {
        out.error = QStringLiteral("no nbformat version");
        return out;
    }
    out.nbformat = fromUtf8(doc.raw(*nbformat)).toInt();
    out.language = QStringLiteral("python");
    if (const Node* metadata = doc.member(root, "metadata")) {
        const Node* info = doc.member(*metadata, "language_info");
        const Node* name = info != nullptr ? doc.member(*info, "name") : nullptr;
        if (!doc.isString(name)) {
            const Node* spec = doc.member(*metadata, "kernelspec");
            name = spec != nullptr ? doc.member(*spec, "language") : nullptr;
        }
        if (doc.isString(name)) {
            out.language = fromUtf8(doc.string(*name)).toLower();
        }
        if (const Node* widgets = doc.member(*metadata, "widgets")) {
            out.widgetState = {widgets->begin, widgets->end};
        }
    }
    Decoder decoder{doc, out, out.nbformat};
    int number = 0;
    if (out.nbformat >= 4) {
        const Node* cells = doc.member(root, "cells");
        if (cells == nullptr || cells->type != Type::Array) {
            out.error = QStringLiteral("nbformat %1 notebook without a cells list").arg(out.nbformat);
            return out;
        }
        for (std::uint32_t i = 0; i < cells->count; ++i) {
            decoder.cell(doc.element(*cells, i), ++number);
        }
    } else if (out.nbformat == 3) {
        const Node* worksheets = doc.member(root, "worksheets");
        if (worksheets == nullptr || worksheets->type != Type::Array) {
            out.error = QStringLiteral("nbformat 3 notebook without worksheets");
            return out;
        }
        for (std::uint32_t w = 0; w < worksheets->count; ++w) {
            const Node* cells = doc.member(doc.element(*worksheets, w), "cells");
            if (cells != nullptr && cells->type == Type::Array) {
                for (std::uint32_t i = 0; i < cells->count; ++i) {
                    decoder.cell(doc.element(*cells, i), ++number);
                }
            }
        }
    } else {
        out.error = QStringLiteral("unsupported nbformat version %1").arg(out.nbformat);
        return out;
    }
    out.ok = true;
    return out;
}

int notebookCellAt(const NotebookDecoding& notebook, qint64 offset)
{
    const auto& ranges = notebook.cellRanges;
    const auto it = std::upper_bound(ranges.begin(), ranges.end(), offset, [](qint64 off, const auto& r) {
        return off < static_cast<qint64>(r.first);
    });
    if (it == ranges.begin() || offset >= static_cast<qint64>((it - 1)->second)) {
        return 0;
    }
    return static_cast<int>(it - ranges.begin());
}

qint64 notebookFileOffset(const NotebookDecoding& notebook, const NotebookPart& part, size_t textOffset)
{
    // The last piece starting at or before the offset; a separator newline maps to the end of the piece
    // before.
    const auto it =
        std::upper_bound(part.pieces.begin(), part.pieces.end(), textOffset,
                         [](size_t off, const NotebookPart::Piece& p) { return off < p.textBegin; });
    if (it == part.pieces.begin()) {
        return part.pieces.empty() ? 0 : notebook.document.rawOffset(part.pieces.front().node, 0);
    }
    const NotebookPart::Piece& piece = *(it - 1);
    const size_t within = std::min(textOffset - piece.textBegin, piece.length);
    return notebook.document.rawOffset(piece.node, piece.decodedBegin + within);
}

} // namespace keyscout::formats
