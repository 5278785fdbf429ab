// SPDX-License-Identifier: GPL-3.0-or-later
#include "Json.h"

#include <algorithm>
#include <cstring>
#include <limits>

namespace keyscout::formats {

namespace {

int hexValue(char c)
{
    if (c >= '0' && c <= '9') {
        return c - '0';
    }
    if (c >= 'a' && c <= 'f') {
        return c - 'a' + 10;
    }
    if (c >= 'A' && c <= 'F') {
        return c - 'A' + 10;
    }
    return -1;
}

int hex4(std::string_view s, size_t at)
{
    if (at + 4 > s.size()) {
        return -1;
    }
    int v = 0;
    for (size_t i = 0; i < 4; ++i) {
        const int h = hexValue(s[at + i]);
        if (h < 0) {
            return -1;
        }
        v = v * 16 + h;
    }
    return v;
}

void appendUtf8(std::string& out, char32_t cp)
{
    if (cp < 0x80) {
        out += static_cast<char>(cp);
    } else if (cp < 0x800) {
        out += static_cast<char>(0xC0 | (cp >> 6));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
        out += static_cast<char>(0xE0 | (cp >> 12));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else {
        out += static_cast<char>(0xF0 | (cp >> 18));
        out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    }
}

// Decodes one escape at `s[i]` (just after the backslash). Appends to `out` and returns the number of raw
// bytes consumed after the backslash.
size_t decodeEscape(std::string_view s, size_t i, std::string& out)
{
    const char c = s[i];
    switch (c) {
    case 'n':
        out += '\n';
        return 1;
    case 't':
        out += '\t';
        return 1;
    case 'r':
        out += '\r';
        return 1;
    case 'b':
        out += '\b';
        return 1;
    case 'f':
        out += '\f';
        return 1;
    case 'u': {
        const int hi = hex4(s, i + 1);
        if (hi >= 0xD800 && hi < 0xDC00 && i + 6 < s.size() && s[i + 5] == '\\' && s[i + 6] == 'u') {
            const int lo = hex4(s, i + 7);
            if (lo >= 0xDC00 && lo < 0xE000) {
                appendUtf8(out, 0x10000 + ((char32_t(hi) - 0xD800) << 10) + (char32_t(lo) - 0xDC00));
                return 11;
            }
        }
        appendUtf8(out, hi >= 0xD800 && hi < 0xE000 ? char32_t(0xFFFD) : char32_t(hi));
        return 5;
    }
    default: // '"', '\\', '/'
        out += c;
        return 1;
    }
}

} // namespace

bool JsonDocument::fail(const char* reason)
{
    const qint64 line = lineAt(static_cast<std::uint32_t>(std::min(m_pos, m_text.size())));
    if (m_pos >= m_text.size()) {
        reason = "the file ends in the middle of the document (truncated?)";
    }
    m_error = QStringLiteral("line %1: %2").arg(line).arg(QLatin1String(reason));
    return false;
}

void JsonDocument::skipSpace()
{
    while (m_pos < m_text.size()) {
        const char c = m_text[m_pos];
        if (c != ' ' && c != '\n' && c != '\r' && c != '\t') {
            break;
        }
        ++m_pos;
    }
}

bool JsonDocument::parse(std::string_view text, QString* error)
{
    m_text = text;
    m_pos = 0;
    m_nodes.clear();
    m_children.clear();
    m_lineStarts.assign(1, 0);
    m_error.clear();
    if (text.size() >= std::numeric_limits<std::uint32_t>::max()) {
        m_error = QStringLiteral("file too large for a JSON document");
        if (error != nullptr) {
            *error = m_error;
        }
        return false;
    }
    for (const char* p = text.data();
         (p = static_cast<const char*>(
              std::memchr(p, '\n', text.size() - static_cast<size_t>(p - text.data())))) != nullptr;
         ++p) {
        m_lineStarts.push_back(static_cast<std::uint32_t>(p - text.data() + 1));
    }
    // Skip a UTF-8 byte order mark.
    if (text.substr(0, 3) == "\xEF\xBB\xBF") {
        m_pos = 3;
    }
    std::uint32_t root = 0;
    bool ok = parseValue(0, &root);
    if (ok) {
        skipSpace();
        if (m_pos != m_text.size()) {
            ok = fail("unexpected data after the end of the document");
        }
    }
    if (ok && root != 0) {
        // The root is always node 0: parseValue creates a node before its children.
        ok = fail("internal error");
    }
    if (!ok) {
        m_nodes.clear();
        m_children.clear();
        m_nodes.push_back(Node{});
        if (error != nullptr) {
            *error = m_error;
        }
    }
    return ok;
}

bool JsonDocument::parseString()
{
    // At the opening quote.
    ++m_pos;
    while (true) {
        const void* hit = nullptr;
        // Jump to the next quote or backslash.
        const char* start = m_text.data() + m_pos;
        const size_t left = m_text.size() - m_pos;
        const char* q = static_cast<const char*>(std::memchr(start, '"', left));
        const char* b =
            static_cast<const char*>(std::memchr(start, '\\', q == nullptr ? left : size_t(q - start)));
        hit = b != nullptr ? b : q;
        if (hit == nullptr) {
            m_pos = m_text.size();
            return fail("unterminated string");
        }
        const char* h = static_cast<const char*>(hit);
        if (std::find_if(start, h, [](char c) { return static_cast<unsigned char>(c) < 0x20; }) != h) {
            m_pos += static_cast<size_t>(
                std::find_if(start, h, [](char c) { return static_cast<unsigned char>(c) < 0x20; }) - start);
            return fail("control character in a string");
        }
        m_pos = static_cast<size_t>(h - m_text.data());
        if (*h == '"') {
            ++m_pos;
            return true;
        }
        // A backslash escape.
        if (m_pos + 1 >= m_text.size()) {
            return fail("unterminated string");
        }
        const char e = m_text[m_pos + 1];
        if (e == 'u') {
            if (hex4(m_text, m_pos + 2) < 0) {
                return fail("bad \\u escape");
            }
            m_pos += 6;
        } else if (std::strchr("\"\\/bfnrt", e) != nullptr && e != '\0') {
            m_pos += 2;
        } else {
            return fail("bad escape in a string");
        }
    }
}

bool JsonDocument::parseValue(int depth, std::uint32_t* index)
{
    if (depth > kMaxDepth) {
        return fail("nested too deeply");
    }
    skipSpace();
    if (m_pos >= m_text.size()) {
        return fail("unexpected end of file");
    }
    *index = static_cast<std::uint32_t>(m_nodes.size());
    m_nodes.push_back(Node{});
    const auto begin = static_cast<std::uint32_t>(m_pos);
    const char c = m_text[m_pos];
    Type type = Type::Null;
    std::uint32_t first = 0;
    std::uint32_t count = 0;
    if (c == '{' || c == '[') {
        const bool object = c == '{';
        type = object ? Type::Object : Type::Array;
        ++m_pos;
        std::vector<std::uint32_t> children;
        skipSpace();
        const char close = object ? '}' : ']';
        if (m_pos < m_text.size() && m_text[m_pos] == close) {
            ++m_pos;
        } else {
            while (true) {
                std::uint32_t child = 0;
                if (object) {
                    skipSpace();
                    if (m_pos >= m_text.size() || m_text[m_pos] != '"') {
                        return fail("expected a string key");
                    }
                    if (!parseValue(depth + 1, &child)) {
                        return false;
                    }
                    children.push_back(child);
                    skipSpace();
                    if (m_pos >= m_text.size() || m_text[m_pos] != ':') {
                        return fail("expected ':' after a key");
                    }
                    ++m_pos;
                }
                if (!parseValue(depth + 1, &child)) {
                    return false;
                }
                children.push_back(child);
                skipSpace();
                if (m_pos < m_text.size() && m_text[m_pos] == ',') {
                    ++m_pos;
                    continue;
                }
                if (m_pos < m_text.size() && m_text[m_pos] == close) {
                    ++m_pos;
                    break;
                }
                return fail(object ? "expected ',' or '}'" : "expected ',' or ']'");
            }
        }
        first = static_cast<std::uint32_t>(m_children.size());
        count = static_cast<std::uint32_t>(object ? children.size() / 2 : children.size());
        m_children.insert(m_children.end(), children.begin(), children.end());
    } else if (c == '"') {
        type = Type::String;
        if (!parseString()) {
            return false;
        }
    } else if (m_text.substr(m_pos, 4) == "true" || m_text.substr(m_pos, 4) == "null") {
        type = c == 't' ? Type::Bool : Type::Null;
        m_pos += 4;
    } else if (m_text.substr(m_pos, 5) == "false") {
        type = Type::Bool;
        m_pos += 5;
    } else if (c == '-' || (c >= '0' && c <= '9')) {
        type = Type::Number;
        const size_t start = m_pos;
        while (m_pos < m_text.size() && std::strchr("+-0123456789.eE", m_text[m_pos]) != nullptr &&
               m_text[m_pos] != '\0') {
            ++m_pos;
        }
        if (m_pos == start + 1 && c == '-') {
            return fail("bad number");
        }
    } else {
        return fail("unexpected character");
    }
    Node& node = m_nodes[*index];
    node.type = type;
    node.begin = begin;
    node.end = static_cast<std::uint32_t>(m_pos);
    node.first = first;
    node.count = count;
    return true;
}

const JsonDocument::Node& JsonDocument::element(const Node& array, std::uint32_t i) const
{
    return m_nodes[m_children[array.first + i]];
}

const JsonDocument::Node& JsonDocument::key(const Node& object, std::uint32_t i) const
{
    return m_nodes[m_children[object.first + 2 * i]];
}

const JsonDocument::Node& JsonDocument::value(const Node& object, std::uint32_t i) const
{
    return m_nodes[m_children[object.first + 2 * i + 1]];
}

const JsonDocument::Node* JsonDocument::member(const Node& object, std::string_view name) const
{
    if (object.type != Type::Object) {
        return nullptr;
    }
    for (std::uint32_t i = 0; i < object.count; ++i) {
        const Node& k = key(object, i);
        const std::string_view rawKey = m_text.substr(k.begin + 1, k.end - k.begin - 2);
        // A key with escapes is compared decoded: its raw text spells another name (raw a\nb: a, newline, b).
        const bool escaped = rawKey.find('\\') != std::string_view::npos;
        if (escaped ? string(k) == name : rawKey == name) {
            return &value(object, i);
        }
    }
    return nullptr;
}

std::string JsonDocument::string(const Node& node) const
{
    std::string out;
    if (node.type != Type::String) {
        return out;
    }
    const std::string_view s = m_text.substr(node.begin + 1, node.end - node.begin - 2);
    out.reserve(s.size());
    for (size_t i = 0; i < s.size();) {
        const size_t b = s.find('\\', i);
        if (b == std::string_view::npos) {
            out.append(s.substr(i));
            break;
        }
        out.append(s.substr(i, b - i));
        i = b + 1 + decodeEscape(s, b + 1, out);
    }
    return out;
}

std::uint32_t JsonDocument::rawOffset(const Node& node, size_t decodedOffset) const
{
    const std::string_view s = m_text.substr(node.begin + 1, node.end - node.begin - 2);
    std::string scratch;
    size_t decoded = 0;
    size_t i = 0;
    while (i < s.size() && decoded < decodedOffset) {
        if (s[i] != '\\') {
            ++i;
            ++decoded;
            continue;
        }
        scratch.clear();
        const size_t used = decodeEscape(s, i + 1, scratch);
        if (decoded + scratch.size() > decodedOffset) {
            break; // inside a multi-byte escape: the escape's start is the best answer
        }
        decoded += scratch.size();
        i += 1 + used;
    }
    return node.begin + 1 + static_cast<std::uint32_t>(i);
}

qint64 JsonDocument::lineAt(std::uint32_t offset) const
{
    const auto it = std::upper_bound(m_lineStarts.begin(), m_lineStarts.end(), offset);
    return static_cast<qint64>(it - m_lineStarts.begin());
}

} // namespace keyscout::formats
