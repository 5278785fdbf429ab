// SPDX-License-Identifier: GPL-3.0-or-later
#include "Matcher.h"

#include "SecretFilter.h"

#include <algorithm>
#include <hs/hs.h>
#include <map>
#include <re2/re2.h>
#include <stdexcept>
#include <string>

namespace keyscout {

class Matcher::Scratch {
public:
    explicit Scratch(const Matcher& matcher)
        : windows(matcher.m_rules.size())
        , pathRuleState(matcher.m_rules.size(), -1)
    {
        if (matcher.m_database != nullptr && hs_alloc_scratch(matcher.m_database, &hs) != HS_SUCCESS) {
            throw std::runtime_error("Vectorscan could not allocate scratch space");
        }
    }
    ~Scratch() { hs_free_scratch(hs); }
    Scratch(const Scratch&) = delete;
    Scratch& operator=(const Scratch&) = delete;

    hs_scratch* hs = nullptr;
    // Per rule, the windows around its keyword hits in the current buffer (merged when they overlap).
    std::vector<std::vector<std::pair<size_t, size_t>>> windows;
    std::vector<int> touched;
    std::vector<Match> found;
    // Set for the duration of one scan() call, read by the Vectorscan callback.
    const Matcher* matcher = nullptr;
    std::string_view path;
    std::vector<signed char> pathRuleState; // per rule: -1 not checked yet, 0 does not apply, 1 applies
    size_t bufferSize = 0;
};

namespace {

bool isAlnum(unsigned char c)
{
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

bool isHex(unsigned char c)
{
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

} // namespace

Matcher::Matcher(const std::vector<Rule>& rules)
    : m_rules(rules)
{
    // One literal per distinct (keyword, case) pair; each keeps the list of rules that use it.
    std::map<std::pair<std::string, bool>, int> ids;
    std::vector<std::string> literals;
    std::vector<unsigned> flags;
    for (size_t r = 0; r < rules.size(); ++r) {
        if (!rules[r].paths.empty()) {
            m_pathRules.push_back(static_cast<int>(r));
        }
        for (const std::string& kw : rules[r].keywords) {
            const auto key = std::make_pair(kw, rules[r].keywordsIgnoreCase);
            auto [it, inserted] = ids.try_emplace(key, static_cast<int>(literals.size()));
            if (inserted) {
                literals.push_back(kw);
                flags.push_back(rules[r].keywordsIgnoreCase ? HS_FLAG_CASELESS : 0U);
                m_keywordRules.emplace_back();
                m_keywordLength.push_back(kw.size());
            }
            auto& users = m_keywordRules[static_cast<size_t>(it->second)];
            if (std::find(users.begin(), users.end(), static_cast<int>(r)) == users.end()) {
                users.push_back(static_cast<int>(r));
            }
        }
    }
    if (literals.empty()) {
        return; // no rules: scan() finds nothing
    }
    std::vector<const char*> expressions;
    std::vector<size_t> lengths;
    std::vector<unsigned> idList;
    for (size_t i = 0; i < literals.size(); ++i) {
        expressions.push_back(literals[i].data());
        lengths.push_back(literals[i].size());
        idList.push_back(static_cast<unsigned>(i));
    }
    hs_compile_error_t* error = nullptr;
    if (hs_compile_lit_multi(expressions.data(), flags.data(), idList.data(), lengths.data(),
                             static_cast<unsigned>(literals.size()), HS_MODE_BLOCK, nullptr, &m_database,
                             &error) != HS_SUCCESS) {
        std::string message = error != nullptr ? error->message : "unknown error";
        hs_free_compile_error(error);
        throw std::runtime_error("Vectorscan could not compile the rule keywords: " + message);
    }
}

Matcher::~Matcher()
{
    hs_free_database(m_database);
}

Matcher::ScratchPtr Matcher::makeScratch() const
{
    return ScratchPtr(new Scratch(*this));
}

void Matcher::ScratchDeleter::operator()(Scratch* scratch) const
{
    delete scratch;
}

bool Matcher::appliesToPath(int ruleIndex, Scratch& scratch) const
{
    auto& state = scratch.pathRuleState[static_cast<size_t>(ruleIndex)];
    if (state < 0) {
        const auto& globs = m_rules[static_cast<size_t>(ruleIndex)].paths;
        state = std::any_of(globs.begin(), globs.end(),
                            [&](const GlobPattern& g) { return g.matches(scratch.path); })
                    ? 1
                    : 0;
    }
    return state == 1;
}

int Matcher::onKeyword(unsigned int id, unsigned long long /*from*/, unsigned long long to,
                       unsigned int /*flags*/, void* context)
{
    auto& scratch = *static_cast<Scratch*>(context);
    const Matcher& self = *scratch.matcher;
    const auto end = static_cast<size_t>(to);
    const size_t begin = end - self.m_keywordLength[id];
    for (const int r : self.m_keywordRules[id]) {
        const auto ri = static_cast<size_t>(r);
        const Rule& rule = self.m_rules[ri];
        if (!rule.paths.empty() && !self.appliesToPath(r, scratch)) {
            continue;
        }
        const size_t wb = rule.anchoredAtKeyword                           ? begin
                          : begin > static_cast<size_t>(rule.windowBefore) ? begin - rule.windowBefore
                                                                           : 0;
        const size_t we = std::min(scratch.bufferSize, end + static_cast<size_t>(rule.windowAfter));
        auto& windows = scratch.windows[ri];
        if (windows.empty()) {
            scratch.touched.push_back(r);
        }
        if (!rule.anchoredAtKeyword && !windows.empty() && wb <= windows.back().second &&
            wb >= windows.back().first) {
            windows.back().second = std::max(windows.back().second, we);
        } else {
            windows.emplace_back(wb, we);
        }
    }
    return 0; // keep scanning
}

namespace {

// Whether a terminal colour sequence (SGR, `ESC [ 1;32 m`) ends just before `begin`: coloured logs and
// notebook tracebacks print tokens straight after one. The ESC may be raw or written as an escape (`\u001b`
// in JSON,
// `\x1b`, `\033`, `\e` in code and logs).
bool afterTerminalColour(std::string_view buffer, size_t begin)
{
    if (begin < 3 || buffer[begin - 1] != 'm') {
        return false;
    }
    size_t p = begin - 1;
    const size_t limit = begin > 32 ? begin - 32 : 0;
    while (p > limit && ((buffer[p - 1] >= '0' && buffer[p - 1] <= '9') || buffer[p - 1] == ';')) {
        --p;
    }
    if (p == 0 || buffer[p - 1] != '[') {
        return false;
    }
    const std::string_view before = buffer.substr(0, p - 1);
    auto endsWith = [&before](std::string_view tail) {
        return before.size() >= tail.size() && before.substr(before.size() - tail.size()) == tail;
    };
    return (!before.empty() && before.back() == '\x1b') || endsWith(R"(\x1b)") || endsWith(R"(\x1B)") ||
           endsWith(R"(\u001b)") || endsWith(R"(\u001B)") || endsWith(R"(\033)") || endsWith(R"(\e)");
}

} // namespace

namespace {

// Whether buffer[begin, end) is exactly a length-prefixed string of a binary serialisation, so that whatever
// byte follows it (the next object's type code, often a letter) is not part of it: Python's marshal (.pyc:
// short strings 'z'/'Z' with a 1-byte length, long ones 'a'/'A'/'u'/'t'/'s' with 4 bytes; 0x80 marks a
// reference) and pickle (SHORT_BINUNICODE 0x8c, SHORT_BINBYTES 'C', SHORT_BINSTRING 'U' with 1 byte;
// BINUNICODE 'X', BINSTRING 'T', BINBYTES 'B' with 4). A token assigned in a module compiles to a short string
// followed by 'N' (None), which the token boundary alone would reject.
bool lengthPrefixedExactly(std::string_view buffer, size_t begin, size_t end)
{
    const size_t length = end - begin;
    const auto byteAt = [&buffer](size_t i) { return static_cast<unsigned char>(buffer[i]); };
    if (begin >= 2 && length < 256 && byteAt(begin - 1) == length) {
        const unsigned char code = byteAt(begin - 2);
        const unsigned char type = code & 0x7f;
        if (type == 'z' || type == 'Z' || code == 0x8c || code == 'C' || code == 'U') {
            return true;
        }
    }
    if (begin >= 5) {
        const size_t declared = byteAt(begin - 4) | (size_t(byteAt(begin - 3)) << 8) |
                                (size_t(byteAt(begin - 2)) << 16) | (size_t(byteAt(begin - 1)) << 24);
        const unsigned char code = byteAt(begin - 5);
        const unsigned char type = code & 0x7f;
        if (declared == length && (type == 'a' || type == 'A' || type == 'u' || type == 't' || type == 's' ||
                                   code == 'X' || code == 'T' || code == 'B')) {
            return true;
        }
    }
    return false;
}

} // namespace

bool Matcher::boundaryOk(std::string_view buffer, const BufferRegion& region, size_t begin, size_t end) const
{
    if (begin > 0) {
        const auto c = static_cast<unsigned char>(buffer[begin - 1]);
        if (isAlnum(c) || c == '_') {
            // An escape before the secret is a boundary: `\n`/`\t`/`\r` inside JSON or C strings,
            // `%3D` in URL-encoded text, `\u003d` in JSON.
            const bool cEscape =
                begin >= 2 && buffer[begin - 2] == '\\' && (c == 'n' || c == 't' || c == 'r');
            const bool percent = begin >= 3 && buffer[begin - 3] == '%' &&
                                 isHex(static_cast<unsigned char>(buffer[begin - 2])) && isHex(c);
            const bool unicode = begin >= 6 && buffer[begin - 6] == '\\' && buffer[begin - 5] == 'u' &&
                                 isHex(static_cast<unsigned char>(buffer[begin - 4])) &&
                                 isHex(static_cast<unsigned char>(buffer[begin - 3])) &&
                                 isHex(static_cast<unsigned char>(buffer[begin - 2])) && isHex(c);
            if (!cEscape && !percent && !unicode && !afterTerminalColour(buffer, begin)) {
                return false;
            }
        }
    } else if (!region.atStart) {
        return false; // cannot see the byte before; the previous chunk owns this position anyway
    }
    if (end < buffer.size()) {
        if (isAlnum(static_cast<unsigned char>(buffer[end])) && !lengthPrefixedExactly(buffer, begin, end)) {
            return false;
        }
    } else if (!region.atEnd) {
        return false;
    }
    return true;
}

void Matcher::findInWindow(std::string_view buffer, const BufferRegion& region, int ruleIndex,
                           size_t windowBegin, size_t windowEnd, std::vector<Match>& out) const
{
    const Rule& rule = m_rules[static_cast<size_t>(ruleIndex)];
    const int groups = rule.secretGroup + 1;
    std::vector<re2::StringPiece> sub(static_cast<size_t>(groups));
    const re2::StringPiece text(buffer.data(), buffer.size());
    const RE2::Anchor anchor = rule.anchoredAtKeyword ? RE2::ANCHOR_START : RE2::UNANCHORED;
    size_t pos = windowBegin;
    while (pos < windowEnd) {
        if (!rule.regex->Match(text, pos, windowEnd, anchor, sub.data(), groups)) {
            return;
        }
        const re2::StringPiece& whole = sub[0];
        const re2::StringPiece& secret = sub[static_cast<size_t>(rule.secretGroup)];
        const auto wholeBegin = static_cast<size_t>(whole.data() - buffer.data());
        if (secret.data() == nullptr || secret.empty()) {
            if (rule.anchoredAtKeyword) {
                return;
            }
            pos = wholeBegin + 1;
            continue;
        }
        const auto begin = static_cast<size_t>(secret.data() - buffer.data());
        const size_t end = begin + secret.size();
        const bool owned = begin >= region.ownBegin && begin < region.ownEnd;
        const bool ok =
            owned && (rule.boundary == Rule::Boundary::None || boundaryOk(buffer, region, begin, end)) &&
            SecretFilter::rejectReason(std::string_view(secret.data(), secret.size()), rule) == nullptr;
        if (rule.anchoredAtKeyword) {
            if (ok) {
                out.push_back({ruleIndex, begin, end});
            }
            return; // one attempt per keyword hit
        }
        if (ok) {
            out.push_back({ruleIndex, begin, end});
            pos = end;
        } else {
            // A rejected candidate may hide a good one that starts inside it (a longer run of
            // alphanumerics followed by a real token): look again just after the rejected secret's first
            // byte. Restarting only one byte after the match start would find the same secret again through
            // each shorter prefix of a variable name: quadratic work for nothing.
            pos = std::max(wholeBegin, begin) + 1;
        }
    }
}

void Matcher::scan(std::string_view buffer, const BufferRegion& region, std::string_view path,
                   Scratch& scratch, std::vector<Match>& out) const
{
    if (m_database == nullptr || buffer.empty()) {
        return;
    }
    scratch.matcher = this;
    scratch.path = path;
    for (const int r : m_pathRules) {
        scratch.pathRuleState[static_cast<size_t>(r)] = -1;
    }
    scratch.bufferSize = buffer.size();
    scratch.touched.clear();
    // Vectorscan block mode takes an unsigned length; chunks are far below 4 GiB.
    hs_scan(m_database, buffer.data(), static_cast<unsigned>(buffer.size()), 0, scratch.hs,
            &Matcher::onKeyword, &scratch);

    auto& found = scratch.found;
    found.clear();
    std::sort(scratch.touched.begin(), scratch.touched.end());
    for (const int r : scratch.touched) {
        auto& windows = scratch.windows[static_cast<size_t>(r)];
        // Hits of several keywords of one rule may arrive out of order: sort, then merge overlaps.
        std::sort(windows.begin(), windows.end());
        if (m_rules[static_cast<size_t>(r)].anchoredAtKeyword) {
            size_t lastStart = std::string_view::npos;
            for (const auto& [wb, we] : windows) {
                if (wb != lastStart) {
                    findInWindow(buffer, region, r, wb, we, found);
                    lastStart = wb;
                }
            }
            windows.clear();
            continue;
        }
        size_t i = 0;
        while (i < windows.size()) {
            auto [wb, we] = windows[i];
            while (++i < windows.size() && windows[i].first <= we) {
                we = std::max(we, windows[i].second);
            }
            findInWindow(buffer, region, r, wb, we, found);
        }
        windows.clear();
    }
    if (found.empty()) {
        return;
    }
    // Overlapping spans from different rules: keep the most confident, then the longest, then the first rule.
    std::sort(found.begin(), found.end(), [this](const Match& a, const Match& b) {
        if (a.begin != b.begin) {
            return a.begin < b.begin;
        }
        const auto ca = m_rules[static_cast<size_t>(a.rule)].confidence;
        const auto cb = m_rules[static_cast<size_t>(b.rule)].confidence;
        if (ca != cb) {
            return ca > cb;
        }
        if (a.length() != b.length()) {
            return a.length() > b.length();
        }
        return a.rule < b.rule;
    });
    const size_t firstOut = out.size();
    for (const Match& m : found) {
        if (out.size() > firstOut) {
            Match& last = out.back();
            if (m.begin < last.end) {
                const auto cm = m_rules[static_cast<size_t>(m.rule)].confidence;
                const auto cl = m_rules[static_cast<size_t>(last.rule)].confidence;
                if (cm > cl || (cm == cl && m.length() > last.length())) {
                    last = m;
                }
                continue;
            }
        }
        out.push_back(m);
    }
}

} // namespace keyscout
