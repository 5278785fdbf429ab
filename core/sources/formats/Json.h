// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace keyscout::formats {

// A read-only JSON document that remembers where every value is in the original bytes, so that a secret
// found in a decoded string maps back to its exact line and byte in the file (notebooks, docker and kaggle
// files), and a later rewrite can change one value and keep every other byte. Strict RFC 8259 with a depth
// limit; nothing is evaluated.
class JsonDocument {
public:
    enum class Type : std::uint8_t { Null, Bool, Number, String, Array, Object };
    struct Node {
        Type type = Type::Null;
        std::uint32_t begin = 0; // first byte of the value (a string's opening quote)
        std::uint32_t end = 0;   // one past its last byte
        std::uint32_t first = 0; // arrays: first element in `children`; objects: first key (key, value pairs)
        std::uint32_t count = 0; // arrays: elements; objects: key/value pairs
    };

    static constexpr int kMaxDepth = 512;

    // Parses `text` (kept by reference: it must outlive the document). Returns false with a reason naming
    // the line on error.
    bool parse(std::string_view text, QString* error);

    [[nodiscard]] const Node& root() const { return m_nodes.front(); }
    [[nodiscard]] const Node& element(const Node& array, std::uint32_t i) const;
    [[nodiscard]] const Node& key(const Node& object, std::uint32_t i) const;
    [[nodiscard]] const Node& value(const Node& object, std::uint32_t i) const;
    // The value of `name` in `object`, or nullptr (also when `object` is not an object).
    [[nodiscard]] const Node* member(const Node& object, std::string_view name) const;

    // A string node's decoded UTF-8 content (escapes resolved, lone surrogates as U+FFFD).
    [[nodiscard]] std::string string(const Node& node) const;
    // The file offset of the byte that decodes to `decodedOffset` in `string(node)`.
    [[nodiscard]] std::uint32_t rawOffset(const Node& node, size_t decodedOffset) const;
    // The raw bytes of any value.
    [[nodiscard]] std::string_view raw(const Node& node) const
    {
        return m_text.substr(node.begin, node.end - node.begin);
    }
    [[nodiscard]] bool isString(const Node* node) const
    {
        return node != nullptr && node->type == Type::String;
    }

    // 1-based line of a file offset.
    [[nodiscard]] qint64 lineAt(std::uint32_t offset) const;

private:
    bool parseValue(int depth, std::uint32_t* index);
    bool parseString();
    bool fail(const char* reason);
    void skipSpace();

    std::string_view m_text;
    size_t m_pos = 0;
    std::vector<Node> m_nodes;
    std::vector<std::uint32_t> m_children;
    std::vector<std::uint32_t> m_lineStarts;
    QString m_error;
};

} // namespace keyscout::formats
