// SPDX-License-Identifier: GPL-3.0-or-later
#include "BuiltinHighlighter.h"

#include "Highlighting.h"

#include <QPalette>
#include <QRegularExpression>
#include <algorithm>
#include <optional>

namespace keyscout {

namespace {

using Token = BuiltinHighlighter::Token;

// WCAG AA for normal text: every token colour stays at least this far from the base colour.
constexpr double kMinimumContrast = 4.5;

struct SchemeColor {
    Token token;
    QRgb light;
    QRgb dark;
};

// Hues after GitHub's light and dark code themes, each at 4.5:1 or more on white and on #1e1e1e;
// withContrast() keeps them readable on other bases.
constexpr SchemeColor kScheme[] = {
    {Token::Comment, 0x6a737d, 0x8b949e},  {Token::String, 0x1a7f37, 0x7ee787},
    {Token::Number, 0xb35c00, 0xffa657},   {Token::Keyword, 0x8250df, 0xd2a8ff},
    {Token::Key, 0x0550ae, 0x79c0ff},      {Token::Section, 0xa0113e, 0xff7b72},
    {Token::Variable, 0x0e7490, 0x56d4dd}, {Token::Added, 0x1a7f37, 0x7ee787},
    {Token::Removed, 0xcf222e, 0xffa198},  {Token::Hunk, 0x6639ba, 0xbc8cff},
};

constexpr QLatin1String kPythonKeywords[] = {
    QLatin1String("False"),   QLatin1String("None"),     QLatin1String("True"),     QLatin1String("and"),
    QLatin1String("as"),      QLatin1String("assert"),   QLatin1String("async"),    QLatin1String("await"),
    QLatin1String("break"),   QLatin1String("class"),    QLatin1String("continue"), QLatin1String("def"),
    QLatin1String("del"),     QLatin1String("elif"),     QLatin1String("else"),     QLatin1String("except"),
    QLatin1String("finally"), QLatin1String("for"),      QLatin1String("from"),     QLatin1String("global"),
    QLatin1String("if"),      QLatin1String("import"),   QLatin1String("in"),       QLatin1String("is"),
    QLatin1String("lambda"),  QLatin1String("nonlocal"), QLatin1String("not"),      QLatin1String("or"),
    QLatin1String("pass"),    QLatin1String("raise"),    QLatin1String("return"),   QLatin1String("try"),
    QLatin1String("while"),   QLatin1String("with"),     QLatin1String("yield"),
};

constexpr QLatin1String kShellKeywords[] = {
    QLatin1String("if"),      QLatin1String("then"),     QLatin1String("else"),   QLatin1String("elif"),
    QLatin1String("fi"),      QLatin1String("for"),      QLatin1String("while"),  QLatin1String("until"),
    QLatin1String("do"),      QLatin1String("done"),     QLatin1String("case"),   QLatin1String("esac"),
    QLatin1String("in"),      QLatin1String("function"), QLatin1String("select"), QLatin1String("time"),
    QLatin1String("return"),  QLatin1String("export"),   QLatin1String("local"),  QLatin1String("readonly"),
    QLatin1String("declare"), QLatin1String("typeset"),  QLatin1String("unset"),  QLatin1String("alias"),
    QLatin1String("source"),
};

// After these the next word names something (a loop variable, a function), not a command.
constexpr QLatin1String kShellNameIntroducers[] = {
    QLatin1String("for"),    QLatin1String("case"), QLatin1String("function"),
    QLatin1String("select"), QLatin1String("in"),
};

// The words INI, YAML and env values use for booleans and null.
constexpr QLatin1String kScalarWords[] = {
    QLatin1String("true"), QLatin1String("false"), QLatin1String("yes"),
    QLatin1String("no"),   QLatin1String("on"),    QLatin1String("off"),
    QLatin1String("null"), QLatin1String("none"),  QLatin1String("~"),
};

constexpr QLatin1String kDiffHeaders[] = {
    QLatin1String("diff "),       QLatin1String("index "),        QLatin1String("--- "),
    QLatin1String("+++ "),        QLatin1String("new file mode"), QLatin1String("deleted file mode"),
    QLatin1String("old mode"),    QLatin1String("new mode"),      QLatin1String("similarity index"),
    QLatin1String("rename from"), QLatin1String("rename to"),     QLatin1String("Binary files"),
    QLatin1String("commit "),
};

// A match in a view of the text, without copying it. Qt 6.5 added matchView for this and Qt 6.8 deprecated
// match(QStringView); Debian 12's Qt 6.4 only has the latter. The view must outlive the match.
QRegularExpressionMatch matchView(const QRegularExpression& expression, QStringView text)
{
#if QT_VERSION >= QT_VERSION_CHECK(6, 5, 0)
    return expression.matchView(text);
#else
    return expression.match(text);
#endif
}

bool isOneOf(QStringView word, const auto& words, Qt::CaseSensitivity cs = Qt::CaseSensitive)
{
    return std::any_of(std::begin(words), std::end(words),
                       [&](QLatin1String candidate) { return word.compare(candidate, cs) == 0; });
}

bool startsWithOneOf(QStringView text, const auto& prefixes)
{
    return std::any_of(std::begin(prefixes), std::end(prefixes),
                       [&](QLatin1String prefix) { return text.startsWith(prefix); });
}

bool isIdentifierStart(QChar c)
{
    return c.isLetter() || c == u'_';
}

bool isIdentifierChar(QChar c)
{
    return c.isLetterOrNumber() || c == u'_';
}

qsizetype skipSpaces(const QString& text, qsizetype i)
{
    while (i < text.size() && text.at(i).isSpace()) {
        ++i;
    }
    return i;
}

qsizetype identifierEnd(const QString& text, qsizetype i)
{
    while (i < text.size() && isIdentifierChar(text.at(i))) {
        ++i;
    }
    return i;
}

// One past the quote that closes the string opened at `open`, or -1 when the line ends first.
qsizetype closingQuote(const QString& text, qsizetype open, QChar quote, bool escapes)
{
    for (qsizetype i = open + 1; i < text.size(); ++i) {
        if (escapes && text.at(i) == u'\\') {
            ++i;
        } else if (text.at(i) == quote) {
            return i + 1;
        }
    }
    return -1;
}

bool isTripleQuote(const QString& text, qsizetype i)
{
    return i + 2 < text.size() && text.at(i + 1) == text.at(i) && text.at(i + 2) == text.at(i);
}

// One past the `"""` or `'''` that closes a string, searching from `from`, or -1 when the line ends first.
qsizetype closingTripleQuote(const QString& text, qsizetype from, QChar quote, bool escapes)
{
    for (qsizetype i = from; i < text.size(); ++i) {
        if (escapes && text.at(i) == u'\\') {
            ++i;
        } else if (text.at(i) == quote && isTripleQuote(text, i)) {
            return i + 3;
        }
    }
    return -1;
}

// One past a number literal starting at `i` (decimal, exponent, hex, octal, binary, digit separators, as
// Python, TOML and JSON write them), or `i` when none starts there or it runs into a word ("3rd", "x86").
qsizetype numberEnd(const QString& text, qsizetype i)
{
    static const QRegularExpression number(QStringLiteral(
        R"(0[xX][0-9a-fA-F_]+|0[oO][0-7_]+|0[bB][01_]+|(?:\d[\d_]*(?:\.[\d_]*)?|\.\d[\d_]*)(?:[eE][+-]?\d+)?[jJ]?)"));
    if (i > 0 && (isIdentifierChar(text.at(i - 1)) || text.at(i - 1) == u'.')) {
        return i;
    }
    const QRegularExpressionMatch match =
        number.match(text, i, QRegularExpression::NormalMatch, QRegularExpression::AnchorAtOffsetMatchOption);
    if (!match.hasMatch()) {
        return i;
    }
    const qsizetype end = match.capturedEnd();
    return end < text.size() && isIdentifierChar(text.at(end)) ? i : end;
}

// How a bare value in an INI, YAML or env file reads: a number, a boolean or null word, or just text.
std::optional<Token> scalarToken(QStringView value)
{
    static const QRegularExpression number(
        QStringLiteral(
            R"(^[+-]?(?:0x[0-9a-f_]+|0o[0-7_]+|0b[01_]+|(?:\d[\d_]*(?:\.[\d_]*)?|\.\d[\d_]*)(?:e[+-]?\d+)?|\.?inf|\.?nan)$)"),
        QRegularExpression::CaseInsensitiveOption);
    if (matchView(number, value).hasMatch()) {
        return Token::Number;
    }
    if (isOneOf(value, kScalarWords, Qt::CaseInsensitive)) {
        return Token::Keyword;
    }
    return std::nullopt;
}

bool isShellOperator(QChar c)
{
    return c == u';' || c == u'&' || c == u'|' || c == u'(' || c == u')';
}

bool isShellWordBreak(QChar c)
{
    return c.isSpace() || isShellOperator(c) || QLatin1String("<>\"'`$\\").contains(c);
}

// A variable name being assigned: shell's rules, or dotenv's looser ones (dots and dashes, as Java-style and
// Spring-style env files use).
bool isAssignableName(QStringView name, bool envFile)
{
    if (name.isEmpty() || !isIdentifierStart(name.front())) {
        return false;
    }
    return std::all_of(name.begin(), name.end(), [envFile](QChar c) {
        return isIdentifierChar(c) || (envFile && (c == u'.' || c == u'-'));
    });
}

// One past a `$NAME`, `${…}`, `$1` or `$?` starting at `i`, or `i + 1` when the `$` starts none.
qsizetype shellVariableEnd(const QString& text, qsizetype i)
{
    if (i + 1 >= text.size()) {
        return i + 1;
    }
    const QChar next = text.at(i + 1);
    if (next == u'{') {
        const qsizetype close = text.indexOf(u'}', i + 2);
        return close < 0 ? text.size() : close + 1;
    }
    if (isIdentifierStart(next)) {
        return identifierEnd(text, i + 1);
    }
    if (next.isDigit() || QLatin1String("?#@*$!-").contains(next)) {
        return i + 2;
    }
    return i + 1;
}

// One past the key of a YAML `key: value` starting at `i` (colon excluded), or -1 when there is none.
qsizetype yamlKeyEnd(const QString& text, qsizetype i)
{
    if (i >= text.size()) {
        return -1;
    }
    const QChar first = text.at(i);
    const auto colonFollows = [&text](qsizetype at) {
        return at < text.size() && text.at(at) == u':' &&
               (at + 1 == text.size() || text.at(at + 1).isSpace());
    };
    if (first == u'"' || first == u'\'') {
        const qsizetype end = closingQuote(text, i, first, first == u'"');
        return end >= 0 && colonFollows(skipSpaces(text, end)) ? end : -1;
    }
    // Indicators that start something other than a plain key (YAML 1.2, section 5.3).
    if (QLatin1String("[]{}#&*!|>%@`,").contains(first)) {
        return -1;
    }
    for (qsizetype k = i; k < text.size(); ++k) {
        if (text.at(k) == u'#' && k > i && text.at(k - 1).isSpace()) {
            return -1;
        }
        if (colonFollows(k)) {
            qsizetype end = k;
            while (end > i && text.at(end - 1).isSpace()) {
                --end;
            }
            return end;
        }
    }
    return -1;
}

} // namespace

BuiltinHighlighter::BuiltinHighlighter(SourceLanguage language, const QPalette& palette, QObject* parent)
    : QSyntaxHighlighter(parent)
    , m_language(language)
    , m_dark(isDarkPalette(palette))
{
    const QColor base = palette.color(QPalette::Base);
    for (const SchemeColor& entry : kScheme) {
        const QColor color = QColor::fromRgb(m_dark ? entry.dark : entry.light);
        m_formats.at(static_cast<size_t>(entry.token))
            .setForeground(withContrast(color, base, kMinimumContrast));
    }
    m_formats.at(static_cast<size_t>(Token::Comment)).setFontItalic(true);
    m_formats.at(static_cast<size_t>(Token::Keyword)).setFontWeight(QFont::Bold);
    m_formats.at(static_cast<size_t>(Token::Section)).setFontWeight(QFont::Bold);
    QTextCharFormat& header = m_formats.at(static_cast<size_t>(Token::FileHeader));
    header.setForeground(palette.color(QPalette::Text));
    header.setFontWeight(QFont::Bold);
}

void BuiltinHighlighter::highlightBlock(const QString& text)
{
    switch (m_language) {
    case SourceLanguage::PlainText:
        return;
    case SourceLanguage::Env:
        highlightShell(text, true);
        return;
    case SourceLanguage::Shell:
        highlightShell(text, false);
        return;
    case SourceLanguage::Ini:
        highlightIni(text);
        return;
    case SourceLanguage::Python:
        highlightPython(text);
        return;
    case SourceLanguage::Json:
        highlightJson(text);
        return;
    case SourceLanguage::Yaml:
        highlightYaml(text);
        return;
    case SourceLanguage::Toml:
        highlightToml(text);
        return;
    case SourceLanguage::Diff:
        highlightDiff(text);
        return;
    case SourceLanguage::Markdown:
        highlightMarkdown(text);
        return;
    }
}

void BuiltinHighlighter::mark(qsizetype begin, qsizetype end, Token token)
{
    if (end > begin) {
        setFormat(static_cast<int>(begin), static_cast<int>(end - begin),
                  m_formats.at(static_cast<size_t>(token)));
    }
}

void BuiltinHighlighter::markScalar(const QString& text, qsizetype begin, qsizetype end)
{
    while (end > begin && text.at(end - 1).isSpace()) {
        --end;
    }
    if (const auto token = scalarToken(QStringView(text).sliced(begin, end - begin))) {
        mark(begin, end, *token);
    }
}

// A value as INI and YAML write it: a quoted string or a bare word (number, boolean, null or text), then
// perhaps a comment, which must follow whitespace so that `#` inside a URL or a colour stays part of it.
qsizetype BuiltinHighlighter::markPlainValue(const QString& text, qsizetype begin,
                                             QLatin1String commentStarts)
{
    const qsizetype value = skipSpaces(text, begin);
    qsizetype rest = value;
    const bool quoted = value < text.size() && (text.at(value) == u'"' || text.at(value) == u'\'');
    if (quoted) {
        // YAML escapes a single quote by doubling it, which reads as close-and-reopen: the same colour.
        const qsizetype end = closingQuote(text, value, text.at(value), text.at(value) == u'"');
        rest = end < 0 ? text.size() : end;
        mark(value, rest, Token::String);
    }
    qsizetype comment = rest;
    while (comment < text.size() &&
           !(commentStarts.contains(text.at(comment)) && (comment == 0 || text.at(comment - 1).isSpace()))) {
        ++comment;
    }
    if (!quoted) {
        markScalar(text, value, comment);
    }
    mark(comment, text.size(), Token::Comment);
    return comment;
}

void BuiltinHighlighter::highlightPython(const QString& text)
{
    // Block state: the low two bits say which triple-quoted string runs past the end of the line (1 ''',
    // 2 """); the rest count open brackets, so that `name=` inside a call reads as a keyword argument.
    constexpr int kMaxDepth = 1 << 20;
    const int previous = std::max(previousBlockState(), 0);
    int open = previous & 3;
    int depth = previous >> 2;
    qsizetype i = 0;
    if (open != 0) {
        const qsizetype end = closingTripleQuote(text, 0, open == 1 ? u'\'' : u'"', true);
        if (end < 0) {
            mark(0, text.size(), Token::String);
            setCurrentBlockState(previous);
            return;
        }
        mark(0, end, Token::String);
        open = 0;
        i = end;
    }
    while (i < text.size() && open == 0) {
        const QChar c = text.at(i);
        if (c == u'#') {
            mark(i, text.size(), Token::Comment);
            break;
        }
        if (c == u'\'' || c == u'"') {
            i = markPythonString(text, i, i, &open);
            continue;
        }
        if (c.isDigit() || (c == u'.' && i + 1 < text.size() && text.at(i + 1).isDigit())) {
            const qsizetype end = numberEnd(text, i);
            if (end > i) {
                mark(i, end, Token::Number);
                i = end;
                continue;
            }
        }
        if (isIdentifierStart(c)) {
            const qsizetype end = identifierEnd(text, i);
            const QStringView word = QStringView(text).sliced(i, end - i);
            const bool prefix = word.size() <= 2 && std::all_of(word.begin(), word.end(), [](QChar p) {
                                    return QLatin1String("rRbBuUfF").contains(p);
                                });
            if (prefix && end < text.size() && (text.at(end) == u'\'' || text.at(end) == u'"')) {
                i = markPythonString(text, i, end, &open);
                continue;
            }
            const qsizetype next = skipSpaces(text, end);
            if (isOneOf(word, kPythonKeywords)) {
                mark(i, end, Token::Keyword);
            } else if (depth > 0 && next < text.size() && text.at(next) == u'=' &&
                       (next + 1 == text.size() || text.at(next + 1) != u'=')) {
                mark(i, end, Token::Key);
            }
            i = end;
            continue;
        }
        if (c == u'@' && skipSpaces(text, 0) == i) {
            qsizetype end = i + 1;
            while (end < text.size() && (isIdentifierChar(text.at(end)) || text.at(end) == u'.')) {
                ++end;
            }
            mark(i, end, Token::Variable);
            i = end;
            continue;
        }
        if (c == u'(' || c == u'[' || c == u'{') {
            depth = std::min(depth + 1, kMaxDepth);
        } else if (c == u')' || c == u']' || c == u'}') {
            depth = std::max(depth - 1, 0);
        }
        ++i;
    }
    setCurrentBlockState(open | (depth << 2));
}

// Marks the string whose prefix starts at `begin` and whose quote is at `quote`; returns one past it. A
// triple-quoted string left open sets `open` (1 ''', 2 """) and runs to the end of the line.
qsizetype BuiltinHighlighter::markPythonString(const QString& text, qsizetype begin, qsizetype quote,
                                               int* open)
{
    const QChar q = text.at(quote);
    qsizetype end = -1;
    if (isTripleQuote(text, quote)) {
        end = closingTripleQuote(text, quote + 3, q, true);
        if (end < 0) {
            *open = q == u'\'' ? 1 : 2;
        }
    } else {
        end = closingQuote(text, quote, q, true);
    }
    if (end < 0) {
        end = text.size();
    }
    mark(begin, end, Token::String);
    return end;
}

// Shell scripts and histories, and env files (which are shell assignments with looser names).
void BuiltinHighlighter::highlightShell(const QString& text, bool envFile)
{
    // Block state: 1 or 2 while a '…' or "…" string runs past the end of the line (dotenv allows that too).
    const int previous = previousBlockState();
    qsizetype i = 0;
    if (previous == 1) {
        const qsizetype close = text.indexOf(u'\'');
        if (close < 0) {
            mark(0, text.size(), Token::String);
            setCurrentBlockState(1);
            return;
        }
        mark(0, close + 1, Token::String);
        i = close + 1;
    } else if (previous == 2) {
        i = markShellDoubleQuoted(text, 0, 0);
        if (i < 0) {
            setCurrentBlockState(2);
            return;
        }
    }
    int open = 0;
    bool commandStart = i == 0;
    while (i < text.size()) {
        const QChar c = text.at(i);
        if (c.isSpace()) {
            ++i;
            continue;
        }
        if (c == u'#' && (i == 0 || text.at(i - 1).isSpace() || isShellOperator(text.at(i - 1)))) {
            mark(i, text.size(), Token::Comment);
            break;
        }
        if (isShellOperator(c)) {
            commandStart = true;
            ++i;
            continue;
        }
        if (c == u'\\') {
            i += 2;
            continue;
        }
        if (c == u'\'') {
            const qsizetype end = closingQuote(text, i, c, false);
            if (end < 0) {
                mark(i, text.size(), Token::String);
                open = 1;
                break;
            }
            mark(i, end, Token::String);
            i = end;
            commandStart = false;
            continue;
        }
        if (c == u'"') {
            const qsizetype end = markShellDoubleQuoted(text, i, i + 1);
            if (end < 0) {
                open = 2;
                break;
            }
            i = end;
            commandStart = false;
            continue;
        }
        if (c == u'$') {
            const qsizetype end = shellVariableEnd(text, i);
            if (end > i + 1) {
                mark(i, end, Token::Variable);
            }
            i = end;
            commandStart = false;
            continue;
        }
        qsizetype end = i;
        while (end < text.size() && !isShellWordBreak(text.at(end))) {
            ++end;
        }
        if (end == i) { // a redirection or backquote
            ++i;
            continue;
        }
        const QStringView word = QStringView(text).sliced(i, end - i);
        const qsizetype equals = word.indexOf(u'=');
        if (commandStart && equals > 0 && isAssignableName(word.first(equals), envFile)) {
            // NAME=value: the name is the key; a plain numeric value is a number; the command may follow.
            mark(i, i + equals, Token::Key);
            const qsizetype value = i + equals + 1;
            if (value < end && numberEnd(text, value) == end) {
                mark(value, end, Token::Number);
            }
            i = end;
            continue;
        }
        if (commandStart && (envFile ? word == QLatin1String("export") : isOneOf(word, kShellKeywords))) {
            mark(i, end, Token::Keyword);
            commandStart = !isOneOf(word, kShellNameIntroducers);
            i = end;
            continue;
        }
        if (numberEnd(text, i) == end) {
            mark(i, end, Token::Number);
        }
        commandStart = false;
        i = end;
    }
    setCurrentBlockState(open);
}

// Marks a "…" string from `begin`, its content starting at `contentBegin`, with the variables expanded in it;
// returns one past the closing quote, or -1 when the string runs past the end of the line.
qsizetype BuiltinHighlighter::markShellDoubleQuoted(const QString& text, qsizetype begin,
                                                    qsizetype contentBegin)
{
    qsizetype i = contentBegin;
    while (i < text.size() && text.at(i) != u'"') {
        i += text.at(i) == u'\\' ? 2 : 1;
    }
    const qsizetype contentEnd = std::min(i, text.size());
    mark(begin, i < text.size() ? i + 1 : text.size(), Token::String);
    for (qsizetype k = contentBegin; k < contentEnd; ++k) {
        if (text.at(k) == u'\\') {
            ++k;
        } else if (text.at(k) == u'$') {
            const qsizetype end = std::min(shellVariableEnd(text, k), contentEnd);
            if (end > k + 1) {
                mark(k, end, Token::Variable);
                k = end - 1;
            }
        }
    }
    return i < text.size() ? i + 1 : -1;
}

// INI as git config, AWS credentials, Hugging Face's stored_tokens and Python's configparser write it.
void BuiltinHighlighter::highlightIni(const QString& text)
{
    const qsizetype i = skipSpaces(text, 0);
    if (i >= text.size()) {
        return;
    }
    const QChar first = text.at(i);
    if (first == u';' || first == u'#') {
        mark(i, text.size(), Token::Comment);
        return;
    }
    if (first == u'[') {
        const qsizetype close = text.indexOf(u']', i);
        const qsizetype end = close < 0 ? text.size() : close + 1;
        mark(i, end, Token::Section);
        markPlainValue(text, end, QLatin1String(";#"));
        return;
    }
    qsizetype separator = i;
    while (separator < text.size() && text.at(separator) != u'=' && text.at(separator) != u':') {
        ++separator;
    }
    if (separator == text.size()) {
        return; // a continuation line, or a bare git-config boolean
    }
    qsizetype keyEnd = separator;
    while (keyEnd > i && text.at(keyEnd - 1).isSpace()) {
        --keyEnd;
    }
    mark(i, keyEnd, Token::Key);
    markPlainValue(text, separator + 1, QLatin1String(";#"));
}

// JSON and JSON Lines, with the // and /* */ comments of JSONC (VS Code settings, tsconfig).
void BuiltinHighlighter::highlightJson(const QString& text)
{
    // Block state 1: inside a /* comment */ that runs past the end of the line.
    qsizetype i = 0;
    int open = 0;
    if (previousBlockState() == 1) {
        const qsizetype close = text.indexOf(QLatin1String("*/"));
        if (close < 0) {
            mark(0, text.size(), Token::Comment);
            setCurrentBlockState(1);
            return;
        }
        mark(0, close + 2, Token::Comment);
        i = close + 2;
    }
    while (i < text.size()) {
        const QChar c = text.at(i);
        const QChar next = i + 1 < text.size() ? text.at(i + 1) : QChar();
        if (c == u'"') {
            qsizetype end = closingQuote(text, i, c, true);
            end = end < 0 ? text.size() : end;
            const qsizetype after = skipSpaces(text, end);
            mark(i, end, after < text.size() && text.at(after) == u':' ? Token::Key : Token::String);
            i = end;
        } else if (c == u'/' && next == u'/') {
            mark(i, text.size(), Token::Comment);
            break;
        } else if (c == u'/' && next == u'*') {
            const qsizetype close = text.indexOf(QLatin1String("*/"), i + 2);
            if (close < 0) {
                mark(i, text.size(), Token::Comment);
                open = 1;
                break;
            }
            mark(i, close + 2, Token::Comment);
            i = close + 2;
        } else if (c.isDigit() || (c == u'-' && next.isDigit())) {
            const qsizetype from = c == u'-' ? i + 1 : i;
            const qsizetype end = numberEnd(text, from);
            mark(i, end, Token::Number);
            i = std::max(end, i + 1);
        } else if (c.isLetter()) {
            const qsizetype end = identifierEnd(text, i);
            const QStringView word = QStringView(text).sliced(i, end - i);
            if (word == QLatin1String("true") || word == QLatin1String("false") ||
                word == QLatin1String("null")) {
                mark(i, end, Token::Keyword);
            }
            i = end;
        } else {
            ++i;
        }
    }
    setCurrentBlockState(open);
}

void BuiltinHighlighter::highlightYaml(const QString& text)
{
    // Block state n + 1: inside a block scalar (`key: |`) opened on a line indented by n. Its content is
    // every following line indented deeper, or blank; it is often where a certificate or private key sits.
    const qsizetype indent = skipSpaces(text, 0);
    const int previous = previousBlockState();
    if (previous > 0 && (indent == text.size() || indent > previous - 1)) {
        mark(indent, text.size(), Token::String);
        setCurrentBlockState(previous);
        return;
    }
    setCurrentBlockState(0);
    if (indent == text.size()) {
        return;
    }
    if (text.at(indent) == u'#') {
        mark(indent, text.size(), Token::Comment);
        return;
    }
    if ((text.startsWith(QLatin1String("---")) || text.startsWith(QLatin1String("..."))) &&
        (text.size() == 3 || text.at(3).isSpace())) {
        mark(0, 3, Token::Keyword);
        markYamlValue(text, 3, 0);
        return;
    }
    qsizetype i = indent;
    while (i < text.size() && text.at(i) == u'-' && (i + 1 == text.size() || text.at(i + 1).isSpace())) {
        i = skipSpaces(text, i + 1); // sequence entries: "- ", "- - "
    }
    const qsizetype keyEnd = yamlKeyEnd(text, i);
    if (keyEnd > 0) {
        mark(i, keyEnd, Token::Key);
        i = text.indexOf(u':', keyEnd) + 1;
    }
    markYamlValue(text, i, indent);
}

void BuiltinHighlighter::markYamlValue(const QString& text, qsizetype begin, qsizetype lineIndent)
{
    qsizetype i = skipSpaces(text, begin);
    // Node properties before the value: &anchor, *alias, !tag.
    while (i < text.size() && (text.at(i) == u'&' || text.at(i) == u'*' || text.at(i) == u'!')) {
        qsizetype end = i;
        while (end < text.size() && !text.at(end).isSpace()) {
            ++end;
        }
        mark(i, end, text.at(i) == u'!' ? Token::Keyword : Token::Variable);
        i = skipSpaces(text, end);
    }
    if (i >= text.size()) {
        return;
    }
    if (text.at(i) == u'|' || text.at(i) == u'>') {
        qsizetype end = i + 1;
        while (end < text.size() &&
               (text.at(end) == u'-' || text.at(end) == u'+' || text.at(end).isDigit())) {
            ++end;
        }
        mark(i, end, Token::Keyword);
        markPlainValue(text, end, QLatin1String("#"));
        setCurrentBlockState(static_cast<int>(lineIndent) + 1);
        return;
    }
    if (text.at(i) != u'[' && text.at(i) != u'{') {
        markPlainValue(text, i, QLatin1String("#"));
        return;
    }
    // A flow collection on one line: [a, 1] or {key: value}.
    const QLatin1String indicators("[]{},");
    while (i < text.size()) {
        const QChar c = text.at(i);
        if (c == u'#' && text.at(i - 1).isSpace()) {
            mark(i, text.size(), Token::Comment);
            return;
        }
        if (c.isSpace() || indicators.contains(c) || c == u':') {
            ++i;
            continue;
        }
        qsizetype end = i;
        if (c == u'"' || c == u'\'') {
            end = closingQuote(text, i, c, c == u'"');
            end = end < 0 ? text.size() : end;
        } else {
            while (end < text.size() && !indicators.contains(text.at(end)) &&
                   !(text.at(end) == u':' && (end + 1 == text.size() || text.at(end + 1).isSpace()))) {
                ++end;
            }
        }
        const qsizetype after = skipSpaces(text, end);
        if (after < text.size() && text.at(after) == u':') {
            mark(i, end, Token::Key);
        } else if (c == u'"' || c == u'\'') {
            mark(i, end, Token::String);
        } else {
            markScalar(text, i, end);
        }
        i = end;
    }
}

void BuiltinHighlighter::highlightToml(const QString& text)
{
    // Block state 1 or 2: inside a multi-line """basic""" or '''literal''' string.
    static const QRegularExpression tableHeader(QStringLiteral(R"(^\s*(\[\[?[^\[\],]*\]\]?)\s*(#.*)?$)"));
    static const QRegularExpression dateTime(QStringLiteral(
        R"(\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2})?(?:\.\d+)?(?:Z|[+-]\d{2}:\d{2})?)?|\d{2}:\d{2}:\d{2}(?:\.\d+)?)"));
    const int previous = previousBlockState();
    qsizetype i = 0;
    if (previous == 1 || previous == 2) {
        const qsizetype end = closingTripleQuote(text, 0, previous == 1 ? u'"' : u'\'', previous == 1);
        if (end < 0) {
            mark(0, text.size(), Token::String);
            setCurrentBlockState(previous);
            return;
        }
        mark(0, end, Token::String);
        i = end;
    } else if (const QRegularExpressionMatch header = tableHeader.match(text); header.hasMatch()) {
        mark(header.capturedStart(1), header.capturedEnd(1), Token::Section);
        mark(header.capturedStart(2), header.capturedEnd(2), Token::Comment);
        setCurrentBlockState(0);
        return;
    }
    const auto isKeyChar = [](QChar c) {
        return isIdentifierChar(c) || c == u'-';
    };
    // A key is followed by `=` (or by `.` in a dotted key such as `tool.poetry = …`).
    const auto keyFollows = [&text](qsizetype end) {
        const qsizetype after = skipSpaces(text, end);
        return after < text.size() && (text.at(after) == u'=' || text.at(after) == u'.');
    };
    int open = 0;
    while (i < text.size()) {
        const QChar c = text.at(i);
        if (c == u'#') {
            mark(i, text.size(), Token::Comment);
            break;
        }
        if (c == u'"' || c == u'\'') {
            const bool basic = c == u'"';
            qsizetype end = -1;
            if (isTripleQuote(text, i)) {
                end = closingTripleQuote(text, i + 3, c, basic);
                if (end < 0) {
                    mark(i, text.size(), Token::String);
                    open = basic ? 1 : 2;
                    break;
                }
            } else {
                end = closingQuote(text, i, c, basic);
                end = end < 0 ? text.size() : end;
            }
            mark(i, end, keyFollows(end) ? Token::Key : Token::String);
            i = end;
            continue;
        }
        if (c.isDigit() || ((c == u'+' || c == u'-') && i + 1 < text.size() && text.at(i + 1).isDigit())) {
            const qsizetype from = c.isDigit() ? i : i + 1;
            const QRegularExpressionMatch date = dateTime.match(
                text, from, QRegularExpression::NormalMatch, QRegularExpression::AnchorAtOffsetMatchOption);
            const qsizetype end = date.hasMatch() ? date.capturedEnd() : numberEnd(text, from);
            if (end > from && (end == text.size() || !isKeyChar(text.at(end))) && !keyFollows(end)) {
                mark(i, end, Token::Number);
                i = end;
                continue;
            }
        }
        if (isKeyChar(c)) {
            qsizetype end = i;
            while (end < text.size() && isKeyChar(text.at(end))) {
                ++end;
            }
            const QStringView word = QStringView(text).sliced(i, end - i);
            if (keyFollows(end)) {
                mark(i, end, Token::Key);
            } else if (word == QLatin1String("true") || word == QLatin1String("false")) {
                mark(i, end, Token::Keyword);
            } else if (word == QLatin1String("inf") || word == QLatin1String("nan")) {
                mark(i, end, Token::Number);
            }
            i = end;
            continue;
        }
        ++i;
    }
    setCurrentBlockState(open);
}

void BuiltinHighlighter::highlightDiff(const QString& text)
{
    if (startsWithOneOf(text, kDiffHeaders)) {
        mark(0, text.size(), Token::FileHeader);
    } else if (text.startsWith(QLatin1String("@@"))) {
        // "@@ -1,3 +1,4 @@ def context():" — the function context after the second @@ is ordinary text.
        const qsizetype close = text.indexOf(QLatin1String("@@"), 2);
        mark(0, close < 0 ? text.size() : close + 2, Token::Hunk);
    } else if (text.startsWith(u'+')) {
        mark(0, text.size(), Token::Added);
    } else if (text.startsWith(u'-')) {
        mark(0, text.size(), Token::Removed);
    } else if (text.startsWith(u'\\')) {
        mark(0, text.size(), Token::Comment); // "\ No newline at end of file"
    }
}

void BuiltinHighlighter::highlightMarkdown(const QString& text)
{
    // Block state 1 or 2: inside a code fence opened with ``` or ~~~; its lines show as one string.
    const int previous = previousBlockState();
    const qsizetype indent = skipSpaces(text, 0);
    const QStringView body = QStringView(text).sliced(indent);
    const bool backticks = body.startsWith(QLatin1String("```"));
    const bool tildes = body.startsWith(QLatin1String("~~~"));
    if (previous == 1 || previous == 2) {
        const bool closes = previous == 1 ? backticks : tildes;
        mark(closes ? indent : 0, text.size(), closes ? Token::Keyword : Token::String);
        setCurrentBlockState(closes ? 0 : previous);
        return;
    }
    setCurrentBlockState(0);
    if (backticks || tildes) {
        mark(indent, text.size(), Token::Keyword);
        setCurrentBlockState(backticks ? 1 : 2);
        return;
    }
    static const QRegularExpression heading(QStringLiteral(R"(^#{1,6}(\s|$))"));
    if (matchView(heading, body).hasMatch()) {
        mark(indent, text.size(), Token::Section);
        return;
    }
    if (body.startsWith(u'>')) {
        mark(indent, text.size(), Token::Comment);
        return;
    }
    static const QRegularExpression listMarker(QStringLiteral(R"(^(?:[-*+]|\d+[.)])\s)"));
    qsizetype i = indent;
    if (const QRegularExpressionMatch item = matchView(listMarker, body); item.hasMatch()) {
        mark(indent, indent + item.capturedLength() - 1, Token::Keyword);
        i += item.capturedLength();
    }
    while (i < text.size()) {
        const QChar c = text.at(i);
        if (c == u'`') {
            qsizetype run = i;
            while (run < text.size() && text.at(run) == u'`') {
                ++run;
            }
            const qsizetype close = text.indexOf(QString(run - i, u'`'), run);
            if (close >= 0) {
                mark(i, close + (run - i), Token::String);
                i = close + (run - i);
            } else {
                i = run;
            }
        } else if (QStringView(text).sliced(i).startsWith(QLatin1String("<!--"))) {
            const qsizetype close = text.indexOf(QLatin1String("-->"), i + 4);
            const qsizetype end = close < 0 ? text.size() : close + 3;
            mark(i, end, Token::Comment);
            i = end;
        } else if (c == u']' && i + 1 < text.size() && text.at(i + 1) == u'(') {
            const qsizetype close = text.indexOf(u')', i + 2);
            if (close > 0) {
                mark(i + 2, close, Token::Key); // a link target, coloured like one
                i = close + 1;
            } else {
                i += 2;
            }
        } else {
            ++i;
        }
    }
}

} // namespace keyscout
