// SPDX-License-Identifier: GPL-3.0-or-later
// The position-keeping JSON reader (sources/formats/Json.h) that notebooks, docker and conda files go
// through: parse, then walk every value, decode every string and map decoded bytes back to the file.
#include "FuzzSupport.h"
#include "sources/formats/Json.h"

#include <vector>

using keyscout::formats::JsonDocument;

namespace {

void checkString(const JsonDocument& doc, const JsonDocument::Node& node, std::string_view text)
{
    FUZZ_CHECK(node.end - node.begin >= 2 && text[node.begin] == '"' && text[node.end - 1] == '"');
    const std::string decoded = doc.string(node);
    FUZZ_CHECK(decoded.size() <= 3 * size_t(node.end - node.begin)); // \uXXXX is 6 bytes for 3 of UTF-8
    // Each decoded byte comes from a byte inside the quotes: itself, or the escape that encodes it.
    const size_t step = decoded.size() > 64 ? decoded.size() / 64 : 1; // rawOffset is linear: sample
    for (size_t i = 0; i <= decoded.size(); i += step) {
        const std::uint32_t raw = doc.rawOffset(node, i);
        FUZZ_CHECK(raw > node.begin && raw < node.end);
        if (i < decoded.size()) {
            FUZZ_CHECK(text[raw] == '\\' || text[raw] == decoded[i]);
        }
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, size_t size)
{
    const std::string_view text = keyscout::fuzz::bytes(data, size);
    JsonDocument doc;
    QString error;
    if (!doc.parse(text, &error)) {
        FUZZ_CHECK(error.startsWith(QLatin1String("line ")));
        return 0;
    }
    std::vector<const JsonDocument::Node*> todo{&doc.root()};
    size_t visited = 0;
    while (!todo.empty()) {
        const JsonDocument::Node& node = *todo.back();
        todo.pop_back();
        ++visited;
        FUZZ_CHECK(node.begin < node.end && node.end <= size);
        FUZZ_CHECK(doc.raw(node).size() == node.end - node.begin);
        FUZZ_CHECK(doc.lineAt(node.begin) >= 1 && doc.lineAt(node.end) <= qint64(size) + 1);
        switch (node.type) {
        case JsonDocument::Type::String:
            checkString(doc, node, text);
            break;
        case JsonDocument::Type::Array:
            FUZZ_CHECK(text[node.begin] == '[' && text[node.end - 1] == ']');
            for (std::uint32_t i = 0; i < node.count; ++i) {
                const JsonDocument::Node& e = doc.element(node, i);
                FUZZ_CHECK(e.begin > node.begin && e.end < node.end);
                todo.push_back(&e);
            }
            break;
        case JsonDocument::Type::Object:
            FUZZ_CHECK(text[node.begin] == '{' && text[node.end - 1] == '}');
            for (std::uint32_t i = 0; i < node.count; ++i) {
                const JsonDocument::Node& k = doc.key(node, i);
                const JsonDocument::Node& v = doc.value(node, i);
                FUZZ_CHECK(k.type == JsonDocument::Type::String && k.end <= v.begin);
                FUZZ_CHECK(k.begin > node.begin && v.end < node.end);
                // member() finds a value by its key's decoded name: the first key of that name.
                const std::string name = doc.string(k);
                const JsonDocument::Node* found = doc.member(node, name);
                std::uint32_t j = 0;
                while (j < node.count && &doc.value(node, j) != found) {
                    ++j;
                }
                FUZZ_CHECK(j <= i && doc.string(doc.key(node, j)) == name);
                todo.push_back(&k);
                todo.push_back(&v);
            }
            break;
        case JsonDocument::Type::Number:
        case JsonDocument::Type::Bool:
        case JsonDocument::Type::Null:
            FUZZ_CHECK(node.count == 0);
            break;
        }
    }
    FUZZ_CHECK(visited <= size);
    return 0;
}
