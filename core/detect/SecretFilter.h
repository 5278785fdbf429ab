// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <string_view>

namespace keyscout {

struct Rule;

// Decides whether a candidate that a rule's pattern matched is a credential or a placeholder from
// documentation (resources/rules/README.md, "Placeholders are never findings").
class SecretFilter {
public:
    // Returns nullptr when `secret` should be reported, else a short reason it was dropped.
    static const char* rejectReason(std::string_view secret, const Rule& rule);

    // A value that reads as code: a dotted identifier chain, a lower-case resource path, CamelCase or
    // snake_case words. Used by rules with `reject_code_values`.
    static bool looksLikeCode(std::string_view value);

    // Shannon entropy in bits per byte.
    static double entropy(std::string_view text);
};

} // namespace keyscout
