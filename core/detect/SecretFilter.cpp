// SPDX-License-Identifier: GPL-3.0-or-later
#include "SecretFilter.h"

#include "rules/Rule.h"

#include <array>
#include <cctype>
#include <cmath>

namespace keyscout {

namespace {

constexpr int kMaxIdenticalRun = 6;  // a run this long in a random token is ~1e-7 likely
constexpr int kMaxSequentialRun = 8; // `abcdefgh`, `12345678`

constexpr std::array<std::string_view, 16> kPlaceholderWords{
    "example",   "placeholder", "redacted", "changeme", "dummy", "sample",     "your_",    "your-",
    "yourtoken", "yourkey",     "insert",   "replace",  "xxxxx", "token_here", "key_here", "secret_here"};

bool containsIgnoreCase(std::string_view haystack, std::string_view needle)
{
    if (needle.size() > haystack.size()) {
        return false;
    }
    for (size_t i = 0; i + needle.size() <= haystack.size(); ++i) {
        size_t j = 0;
        while (j < needle.size() && std::tolower(static_cast<unsigned char>(haystack[i + j])) ==
                                        static_cast<unsigned char>(needle[j])) {
            ++j;
        }
        if (j == needle.size()) {
            return true;
        }
    }
    return false;
}

bool hasIdenticalRun(std::string_view s)
{
    int run = 1;
    for (size_t i = 1; i < s.size(); ++i) {
        run = (s[i] == s[i - 1]) ? run + 1 : 1;
        if (run >= kMaxIdenticalRun) {
            return true;
        }
    }
    return false;
}

bool hasSequentialRun(std::string_view s)
{
    int up = 1;
    int down = 1;
    for (size_t i = 1; i < s.size(); ++i) {
        const int d = static_cast<unsigned char>(s[i]) - static_cast<unsigned char>(s[i - 1]);
        const bool alnum = std::isalnum(static_cast<unsigned char>(s[i])) != 0;
        up = (alnum && d == 1) ? up + 1 : 1;
        down = (alnum && d == -1) ? down + 1 : 1;
        if (up >= kMaxSequentialRun || down >= kMaxSequentialRun) {
            return true;
        }
    }
    return false;
}

bool mostlyOneCharacter(std::string_view s)
{
    std::array<int, 256> counts{};
    int most = 0;
    for (const char c : s) {
        most = std::max(most, ++counts.at(static_cast<unsigned char>(c)));
    }
    return !s.empty() && most * 10 >= static_cast<int>(s.size()) * 6;
}

} // namespace

double SecretFilter::entropy(std::string_view text)
{
    if (text.empty()) {
        return 0.0;
    }
    std::array<int, 256> counts{};
    for (const char c : text) {
        ++counts.at(static_cast<unsigned char>(c));
    }
    double bits = 0.0;
    const auto n = static_cast<double>(text.size());
    for (const int count : counts) {
        if (count > 0) {
            const double p = count / n;
            bits -= p * std::log2(p);
        }
    }
    return bits;
}

const char* SecretFilter::rejectReason(std::string_view secret, const Rule& rule)
{
    std::string_view body = secret;
    if (!rule.prefix.empty() && body.substr(0, rule.prefix.size()) == rule.prefix) {
        body.remove_prefix(rule.prefix.size());
    }
    if (body.empty() || static_cast<int>(body.size()) < rule.minLength) {
        return "too short";
    }
    if (mostlyOneCharacter(body) || hasIdenticalRun(body)) {
        return "repeated characters";
    }
    if (hasSequentialRun(body)) {
        return "sequential alphabet";
    }
    for (const std::string_view word : kPlaceholderWords) {
        if (containsIgnoreCase(body, word)) {
            return "documentation placeholder";
        }
    }
    if (rule.minEntropy > 0 && entropy(body) < rule.minEntropy) {
        return "entropy below the rule's floor";
    }
    return nullptr;
}

} // namespace keyscout
