// SPDX-License-Identifier: GPL-3.0-or-later
#include "ContextSnippet.h"

#include <algorithm>
#include <set>
#include <utility>

namespace keyscout {

namespace {

constexpr size_t kSideOfSecret = 100; // bytes kept either side of the secret on a long line
constexpr qsizetype kMaxOtherLine = 160;

bool printable(unsigned char c)
{
    return c >= 0x20 || c == '\t';
}

// Renders buffer[from, to) with masks applied and control bytes replaced.
QString render(std::string_view buffer, size_t from, size_t to, const std::vector<MaskedSpan>& masks)
{
    QString out;
    size_t pos = from;
    std::string chunk;
    auto flush = [&](size_t until) {
        chunk.clear();
        for (size_t i = pos; i < until; ++i) {
            const auto c = static_cast<unsigned char>(buffer[i]);
            chunk.push_back((printable(c) || c >= 0x80) ? static_cast<char>(c) : '.');
        }
        out += QString::fromUtf8(chunk.data(), static_cast<qsizetype>(chunk.size()));
        pos = until;
    };
    for (const MaskedSpan& m : masks) {
        if (m.end <= pos || m.begin >= to) {
            continue;
        }
        flush(std::max(pos, m.begin));
        out += m.mask;
        pos = std::min(to, m.end);
    }
    flush(to);
    out.replace(QLatin1Char('\t'), QLatin1String("    "));
    return out;
}

// Adds a span for every copy of a masked secret in buffer[from, to): a copy that no rule matched (the same
// token pasted again right after a letter, or without its keyword) would otherwise be shown as it is, and
// reports write the context.
void maskCopies(std::string_view buffer, size_t from, size_t to, std::vector<MaskedSpan>& masks)
{
    const std::string_view range = buffer.substr(from, to - from);
    std::set<std::string_view> seen;
    std::vector<MaskedSpan> copies;
    for (const MaskedSpan& m : masks) {
        const std::string_view secret = buffer.substr(m.begin, m.end - m.begin);
        if (secret.empty() || !seen.insert(secret).second) {
            continue;
        }
        // Overlapping copies too: each shows its own mask, where the text after a mask could spell the rest.
        for (size_t at = range.find(secret); at != std::string_view::npos; at = range.find(secret, at + 1)) {
            if (from + at != m.begin) {
                copies.push_back({from + at, from + at + secret.size(), m.mask});
            }
        }
    }
    masks.insert(masks.end(), copies.begin(), copies.end());
}

// The last guard: no line shown may spell a secret of the buffer, whatever put it there. A mask shows a
// token's prefix and first letters, which can hold a shorter secret whole (a password "api_org_xy" beside an
// organisation token starting with it), and a mask next to the plain text around it can spell one too. Each
// such copy becomes "…". Every replacement shortens the line, so this ends.
// Secrets are those masked in buffer[from, to), the bytes the lines show (copies included: maskCopies ran).
void hideSecrets(QStringList& lines, const std::vector<MaskedSpan>& masks, std::string_view buffer,
                 size_t from, size_t to)
{
    std::set<std::string_view> seen;
    QStringList secrets;
    for (const MaskedSpan& m : masks) {
        if (m.end <= from || m.begin >= to) {
            continue;
        }
        const std::string_view bytes = buffer.substr(m.begin, m.end - m.begin);
        if (!seen.insert(bytes).second) {
            continue;
        }
        QString secret = QString::fromUtf8(bytes.data(), static_cast<qsizetype>(bytes.size()));
        if (secret.size() >= 2) { // replacing it by one character must shorten the line
            secrets << secret;
        }
    }
    const QString hidden(QChar(0x2026));
    for (QString& line : lines) {
        for (bool changed = true; changed;) {
            changed = false;
            for (const QString& secret : std::as_const(secrets)) {
                for (qsizetype at = line.indexOf(secret); at >= 0; at = line.indexOf(secret, at)) {
                    line.replace(at, secret.size(), hidden);
                    changed = true;
                }
            }
        }
    }
}

} // namespace

ContextSnippet ContextSnippet::build(std::string_view buffer, size_t secretBegin, size_t secretEnd,
                                     const std::vector<MaskedSpan>& masksIn, bool binary, int around)
{
    std::vector<MaskedSpan> masks = masksIn;
    const auto sortMasks = [&masks] {
        std::sort(masks.begin(), masks.end(),
                  [](const MaskedSpan& a, const MaskedSpan& b) { return a.begin < b.begin; });
    };
    ContextSnippet snippet;
    if (binary) {
        // The printable run around the secret, at most kSideOfSecret bytes either side.
        size_t from = secretBegin;
        while (from > 0 && secretBegin - from < kSideOfSecret &&
               printable(static_cast<unsigned char>(buffer[from - 1]))) {
            --from;
        }
        size_t to = secretEnd;
        while (to < buffer.size() && to - secretEnd < kSideOfSecret &&
               printable(static_cast<unsigned char>(buffer[to]))) {
            ++to;
        }
        maskCopies(buffer, from, to, masks);
        sortMasks();
        snippet.lines << render(buffer, from, to, masks);
        hideSecrets(snippet.lines, masks, buffer, from, to);
        return snippet;
    }
    const auto lineStart = [&](size_t p) {
        const size_t nl = p == 0 ? std::string_view::npos : buffer.rfind('\n', p - 1);
        return nl == std::string_view::npos ? size_t{0} : nl + 1;
    };
    const auto lineEnd = [&](size_t p) {
        const size_t nl = buffer.find('\n', p);
        return nl == std::string_view::npos ? buffer.size() : nl;
    };
    const auto stripCr = [&](size_t b, size_t e) {
        return (e > b && buffer[e - 1] == '\r') ? e - 1 : e;
    };

    const size_t ls = lineStart(secretBegin);
    const size_t le = lineEnd(secretEnd > secretBegin ? secretEnd - 1 : secretEnd);
    // The bytes the lines below may show: `around` lines either side of the secret's.
    size_t shownFrom = ls;
    for (int i = 0; i < around && shownFrom > 0; ++i) {
        shownFrom = lineStart(shownFrom - 1);
    }
    size_t shownTo = le;
    for (int i = 0; i < around && shownTo < buffer.size(); ++i) {
        shownTo = lineEnd(shownTo + 1);
    }
    maskCopies(buffer, shownFrom, shownTo, masks);
    sortMasks();

    QStringList before;
    size_t cursor = ls;
    for (int i = 0; i < around && cursor > 0; ++i) {
        const size_t b = lineStart(cursor - 1);
        QString text = render(buffer, b, stripCr(b, cursor - 1), masks);
        if (text.size() > kMaxOtherLine) {
            text = text.left(kMaxOtherLine) + QChar(0x2026);
        }
        before.prepend(text);
        cursor = b;
    }
    snippet.linesBefore = static_cast<int>(before.size());
    snippet.lines = before;

    // The secret's line (or lines, for a pattern spanning several), cut around the secret when long.
    const size_t from = (secretBegin - ls > kSideOfSecret) ? secretBegin - kSideOfSecret : ls;
    const size_t lineStop = stripCr(ls, le);
    const size_t to =
        (lineStop > secretEnd && lineStop - secretEnd > kSideOfSecret) ? secretEnd + kSideOfSecret : lineStop;
    QString middle = render(buffer, from, std::max(to, from), masks);
    if (from > ls) {
        middle.prepend(QChar(0x2026));
    }
    if (to < lineStop) {
        middle.append(QChar(0x2026));
    }
    snippet.lines << middle.split(QLatin1Char('\n'));

    cursor = le;
    for (int i = 0; i < around && cursor < buffer.size(); ++i) {
        const size_t b = cursor + 1;
        const size_t e = lineEnd(b);
        if (b > buffer.size()) {
            break;
        }
        QString text = render(buffer, b, stripCr(b, e), masks);
        if (text.size() > kMaxOtherLine) {
            text = text.left(kMaxOtherLine) + QChar(0x2026);
        }
        if (e == buffer.size() && text.isEmpty()) {
            break;
        }
        snippet.lines << text;
        cursor = e;
    }
    hideSecrets(snippet.lines, masks, buffer, shownFrom, shownTo);
    return snippet;
}

} // namespace keyscout
