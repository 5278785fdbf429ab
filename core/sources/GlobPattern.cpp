// SPDX-License-Identifier: GPL-3.0-or-later
#include "GlobPattern.h"

namespace keyscout {

namespace {

// Matches a `[...]` class at p (pointing after `[`) against c; returns the position after `]`, or npos when
// the class is unterminated (then `[` is a literal).
size_t matchClass(std::string_view p, size_t i, char c, bool& matched)
{
    bool negate = false;
    if (i < p.size() && (p[i] == '!' || p[i] == '^')) {
        negate = true;
        ++i;
    }
    bool any = false;
    bool first = true;
    while (i < p.size() && (first || p[i] != ']')) {
        first = false;
        char lo = p[i];
        char hi = lo;
        if (i + 2 < p.size() && p[i + 1] == '-' && p[i + 2] != ']') {
            hi = p[i + 2];
            i += 3;
        } else {
            ++i;
        }
        if (c >= lo && c <= hi) {
            any = true;
        }
    }
    if (i >= p.size()) {
        return std::string_view::npos;
    }
    matched = (any != negate);
    return i + 1;
}

bool globMatch(std::string_view p, std::string_view s)
{
    size_t pi = 0;
    size_t si = 0;
    // Backtracking points for the last `*` (one component) seen; `**` recurses instead.
    size_t starP = std::string_view::npos;
    size_t starS = 0;
    while (si < s.size() || pi < p.size()) {
        if (pi < p.size()) {
            const char pc = p[pi];
            if (pc == '*' && pi + 1 < p.size() && p[pi + 1] == '*') {
                // `**/` may match zero or more whole components; a trailing `**` matches the rest.
                size_t next = pi + 2;
                const bool slash = next < p.size() && p[next] == '/';
                if (slash) {
                    ++next;
                }
                if (next >= p.size()) {
                    return true;
                }
                for (size_t k = si; k <= s.size(); ++k) {
                    if ((k == si || !slash || s[k - 1] == '/') && globMatch(p.substr(next), s.substr(k))) {
                        return true;
                    }
                }
                return false;
            }
            if (pc == '*') {
                starP = pi++;
                starS = si;
                continue;
            }
            if (si < s.size()) {
                if (pc == '?' && s[si] != '/') {
                    ++pi;
                    ++si;
                    continue;
                }
                if (pc == '[') {
                    bool matched = false;
                    const size_t after = matchClass(p, pi + 1, s[si], matched);
                    if (after != std::string_view::npos) {
                        if (matched && s[si] != '/') {
                            pi = after;
                            ++si;
                            continue;
                        }
                    } else if (s[si] == '[') {
                        ++pi;
                        ++si;
                        continue;
                    }
                } else if (pc == s[si]) {
                    ++pi;
                    ++si;
                    continue;
                }
            }
        }
        // Mismatch: let the last `*` absorb one more character, unless that would cross a `/`.
        if (starP != std::string_view::npos && starS < s.size() && s[starS] != '/') {
            pi = starP + 1;
            si = ++starS;
            continue;
        }
        return false;
    }
    return true;
}

} // namespace

GlobPattern::GlobPattern(std::string pattern)
    : m_pattern(std::move(pattern))
{
    while (m_pattern.size() > 1 && m_pattern.back() == '/') {
        m_pattern.pop_back();
    }
    m_basenameOnly = m_pattern.find('/') == std::string::npos;
    if (m_pattern.size() > 1 && m_pattern.front() == '/') {
        m_pattern.erase(0, 1); // anchored at the root of the scan
    }
}

bool GlobPattern::matches(std::string_view relativePath) const
{
    if (m_basenameOnly) {
        const size_t slash = relativePath.rfind('/');
        if (slash != std::string_view::npos) {
            relativePath.remove_prefix(slash + 1);
        }
    }
    return globMatch(m_pattern, relativePath);
}

} // namespace keyscout
