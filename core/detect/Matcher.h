// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "rules/Rule.h"

#include <cstddef>
#include <memory>
#include <string_view>
#include <vector>

struct hs_database;
struct hs_scratch;

namespace keyscout {

// A secret the matcher found: which rule, and the byte span of the secret in the scanned buffer.
struct Match {
    int rule = -1;
    size_t begin = 0;
    size_t end = 0;

    [[nodiscard]] size_t length() const { return end - begin; }
};

// Which part of a buffer this scan is responsible for. Files larger than one chunk are scanned in
// overlapping buffers; a match is reported only by the buffer whose owned range holds the secret's first
// byte, so a secret across a chunk edge is found exactly once. `atStart`/`atEnd` say whether the buffer's
// edges are the file's edges (only those count as token boundaries).
struct BufferRegion {
    size_t ownBegin = 0;
    size_t ownEnd = 0;
    bool atStart = true;
    bool atEnd = true;

    static BufferRegion whole(size_t size) { return {0, size, true, true}; }
};

// Finds secrets in byte buffers: a Vectorscan literal search for every rule's keywords, then each rule's RE2
// pattern only in a window around that rule's keyword hits, then boundary, placeholder and entropy checks.
// No regular expression ever runs over the whole buffer. Thread-safe: one Matcher, one Scratch per thread.
class Matcher {
public:
    // Bytes around a keyword hit that a rule may look at; overlap between chunks must exceed it.
    static constexpr size_t kMaxWindow = 4096;
    static constexpr size_t kChunkOverlap = kMaxWindow + 16;

    class Scratch;
    struct ScratchDeleter {
        void operator()(Scratch* scratch) const;
    };
    using ScratchPtr = std::unique_ptr<Scratch, ScratchDeleter>;

    // `rules` must outlive the Matcher.
    explicit Matcher(const std::vector<Rule>& rules);
    ~Matcher();
    Matcher(const Matcher&) = delete;
    Matcher& operator=(const Matcher&) = delete;

    [[nodiscard]] ScratchPtr makeScratch() const;


    // Appends the matches whose secret starts inside `region`'s owned range, sorted by position. When two
    // rules match overlapping spans, the more confident (then longer) match wins.
    // `path` is the file's path: rules with `paths` globs only run on matching files (checked lazily, on the
    // first keyword hit of such a rule).
    void scan(std::string_view buffer, const BufferRegion& region, std::string_view path,
              Scratch& scratch, std::vector<Match>& out) const;

    [[nodiscard]] const std::vector<Rule>& rules() const { return m_rules; }

private:
    friend class Scratch;
    static int onKeyword(unsigned int id, unsigned long long from, unsigned long long to, unsigned int flags,
                         void* context);
    void findInWindow(std::string_view buffer, const BufferRegion& region, int ruleIndex, size_t windowBegin,
                      size_t windowEnd, std::vector<Match>& out) const;
    [[nodiscard]] bool appliesToPath(int ruleIndex, Scratch& scratch) const;
    [[nodiscard]] bool boundaryOk(std::string_view buffer, const BufferRegion& region, size_t begin,
                                  size_t end) const;

    const std::vector<Rule>& m_rules;
    hs_database* m_database = nullptr;
    std::vector<std::vector<int>> m_keywordRules; // keyword id -> rules that use it
    std::vector<size_t> m_keywordLength;
    std::vector<int> m_pathRules;
};

} // namespace keyscout
