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

constexpr std::array<std::string_view, 12> kPlaceholderValues{"password", "passwd", "pass",    "secret",
                                                              "token",    "apikey", "api_key", "mypassword",
                                                              "hunter2",  "pat",    "pw",      "letmein"};

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

bool isIdentifierStart(unsigned char c)
{
    return std::isalpha(c) != 0 || c == '_' || c == '$';
}

bool isIdentifierChar(unsigned char c)
{
    return std::isalnum(c) != 0 || c == '_' || c == '$';
}

// `self.oauth2.client_secret`, `os.environ`: identifiers joined by dots, the first an all-lower-case name (an
// object or module). A JWT's first segment has capitals, so it does not read as code.
bool isDottedIdentifier(std::string_view s)
{
    bool atStart = true;
    int dots = 0;
    for (const char ch : s) {
        const auto c = static_cast<unsigned char>(ch);
        if (dots == 0 && std::isupper(c) != 0) {
            return false;
        }
        if (c == '.') {
            if (atStart) {
                return false;
            }
            ++dots;
            atStart = true;
        } else if (atStart ? isIdentifierStart(c) : isIdentifierChar(c)) {
            atStart = false;
        } else {
            return false;
        }
    }
    return dots > 0 && !atStart;
}

// `projects/my-project/secrets/name/versions/2`: three or more lower-case path segments.
bool isLowerCasePath(std::string_view s)
{
    int segments = 1;
    for (const char ch : s) {
        const auto c = static_cast<unsigned char>(ch);
        if (c == '/') {
            ++segments;
        } else if (!(std::islower(c) != 0 || std::isdigit(c) != 0 || c == '-' || c == '_' || c == '.')) {
            return false;
        }
    }
    return segments >= 3;
}

// `V1SecretVolumeSource`, `AwsSessionToken2`: capitalised words, with short upper-case or digit groups.
bool isCamelCaseWords(std::string_view s)
{
    const auto upper = [&](size_t k) {
        return k < s.size() && std::isupper(static_cast<unsigned char>(s[k])) != 0;
    };
    const auto lower = [&](size_t k) {
        return k < s.size() && std::islower(static_cast<unsigned char>(s[k])) != 0;
    };
    const auto digit = [&](size_t k) {
        return k < s.size() && std::isdigit(static_cast<unsigned char>(s[k])) != 0;
    };
    const auto startsWord = [&](size_t k) {
        return upper(k) && lower(k + 1);
    };
    size_t i = 0;
    int words = 0;
    while (i < s.size()) {
        if (startsWord(i)) {
            i += 2;
            while (lower(i)) {
                ++i;
            }
            ++words;
            continue;
        }
        size_t run = 0;
        while ((upper(i) || digit(i)) && !startsWord(i)) {
            ++i;
            ++run;
        }
        if (run == 0 || run > 3) {
            return false;
        }
    }
    return words >= 2;
}

// `imdsv2_session_token_data`: lower-case words joined by underscores, each at least two letters long.
bool isSnakeCaseWords(std::string_view s)
{
    int words = 0;
    size_t letters = 0;
    for (size_t i = 0; i <= s.size(); ++i) {
        if (i == s.size() || s[i] == '_') {
            if (letters < 2) {
                return false;
            }
            ++words;
            letters = 0;
            continue;
        }
        const auto c = static_cast<unsigned char>(s[i]);
        if (std::islower(c) != 0) {
            ++letters;
        } else if (std::isdigit(c) == 0) {
            return false;
        }
    }
    return words >= 3;
}

} // namespace

bool SecretFilter::looksLikeCode(std::string_view value)
{
    return isDottedIdentifier(value) || isLowerCasePath(value) || isCamelCaseWords(value) ||
           isSnakeCaseWords(value);
}

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
    // Whole values that stand for a secret in documentation and templates (generic rules see them).
    for (const std::string_view word : kPlaceholderValues) {
        if (body.size() == word.size() && containsIgnoreCase(body, word)) {
            return "documentation placeholder";
        }
    }
    if (body.front() == '$' || (body.front() == '<' && body.back() == '>') ||
        (body.front() == '{' && body.back() == '}')) {
        return "a variable or template reference, not a value";
    }
    if (rule.rejectCodeValues && looksLikeCode(body)) {
        return "reads as code, not as a credential";
    }
    if (rule.minEntropy > 0 && entropy(body) < rule.minEntropy) {
        return "entropy below the rule's floor";
    }
    return nullptr;
}

} // namespace keyscout
