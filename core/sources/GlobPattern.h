// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <string>
#include <string_view>

namespace keyscout {

// A path glob in the style people know from .gitignore: `*` and `?` stay inside one path component,
// `**` spans components (`**/` may match nothing), `[abc]`/`[a-z]`/`[!a]` are classes. A pattern without a
// `/` matches the last component of the path anywhere in the tree; a pattern with one is matched against the
// whole relative path. Matching is on bytes, so names that are not valid UTF-8 still match.
class GlobPattern {
public:
    GlobPattern() = default;
    explicit GlobPattern(std::string pattern);

    [[nodiscard]] bool matches(std::string_view relativePath) const;
    [[nodiscard]] const std::string& pattern() const { return m_pattern; }

private:
    std::string m_pattern;
    bool m_basenameOnly = false;
};

} // namespace keyscout
