// SPDX-License-Identifier: GPL-3.0-or-later
#include "TextFormats.h"

#include "Json.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <algorithm>
#include <utility>

namespace keyscout::formats {

namespace {

constexpr size_t npos = std::string_view::npos;
constexpr size_t kMaxProblems = 100;

QString tr(const char* text)
{
    return QCoreApplication::translate("keyscout::formats", text);
}

// A problem names the line and a fixed reason, never the file's text: that may be the secret.
void addProblem(ParseResult& result, qint64 line, const QString& reason)
{
    if (result.problems.size() < kMaxProblems) {
        result.problems.push_back(tr("line %1: %2").arg(line).arg(reason).toStdString());
    } else if (result.problems.size() == kMaxProblems) {
        result.problems.push_back(tr("further problems are not listed").toStdString());
    }
}

bool isBlank(char c)
{
    return c == ' ' || c == '\t';
}

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f';
}

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

int hexDigit(char c)
{
    if (isDigit(c)) {
        return c - '0';
    }
    if (c >= 'a' && c <= 'f') {
        return c - 'a' + 10;
    }
    if (c >= 'A' && c <= 'F') {
        return c - 'A' + 10;
    }
    return -1;
}

size_t skipBlanks(std::string_view s, size_t i)
{
    while (i < s.size() && isBlank(s[i])) {
        ++i;
    }
    return i;
}

std::string_view trimBlanks(std::string_view s)
{
    const size_t begin = skipBlanks(s, 0);
    size_t end = s.size();
    while (end > begin && isBlank(s[end - 1])) {
        --end;
    }
    return s.substr(begin, end - begin);
}

std::string_view withoutCr(std::string_view s)
{
    if (!s.empty() && s.back() == '\r') {
        s.remove_suffix(1);
    }
    return s;
}

size_t lineEnd(std::string_view input, size_t from)
{
    const size_t end = input.find('\n', from);
    return end == npos ? input.size() : end;
}

// An epoch as history files write it: digits only, short enough not to overflow.
bool parseEpoch(std::string_view digits, qint64& out)
{
    if (digits.empty() || digits.size() > 18 || !std::all_of(digits.begin(), digits.end(), isDigit)) {
        return false;
    }
    qint64 value = 0;
    for (const char c : digits) {
        value = value * 10 + (c - '0');
    }
    out = value;
    return true;
}

qint64 toOffset(size_t position)
{
    return static_cast<qint64>(position);
}

struct Line {
    std::string_view text; // without the line break and a CR before it
    qint64 number = 0;     // 1-based
    qint64 offset = 0;     // of `text` in the input
};

class LineReader {
public:
    explicit LineReader(std::string_view input)
        : m_input(input)
    {
    }

    bool next(Line& line)
    {
        if (m_pos >= m_input.size()) {
            return false;
        }
        const size_t end = lineEnd(m_input, m_pos);
        line = Line{withoutCr(m_input.substr(m_pos, end - m_pos)), ++m_number, toOffset(m_pos)};
        m_pos = end + 1;
        return true;
    }

private:
    std::string_view m_input;
    size_t m_pos = 0;
    qint64 m_number = 0;
};

Entry makeEntry(std::string text, qint64 line, qint64 offset, std::string field, std::string name = {},
                std::string user = {})
{
    Entry entry;
    entry.text = std::move(text);
    entry.line = line;
    entry.offset = offset;
    entry.field = std::move(field);
    entry.name = std::move(name);
    entry.user = std::move(user);
    return entry;
}

Entry command(std::string_view text, qint64 line, qint64 offset, qint64 time = 0)
{
    Entry entry = makeEntry(std::string(text), line, offset, "command");
    entry.time = time;
    return entry;
}

// zsh metafies NUL and the bytes 0x83–0xA2 as Meta (0x83) followed by the byte xor 0x20 (zsh Src/utils.c,
// metafy); its history file holds the metafied form.
std::string unmetafy(std::string_view s)
{
    std::string out;
    out.reserve(s.size());
    for (size_t i = 0; i < s.size(); ++i) {
        if (s[i] == '\x83' && i + 1 < s.size()) {
            out += static_cast<char>(s[++i] ^ 0x20);
        } else {
            out += s[i];
        }
    }
    return out;
}

// EXTENDED_HISTORY: ": <start>:<elapsed>;<command>" (zsh Src/hist.c). Anything else is a plain command.
bool parseZshExtendedPrefix(std::string_view s, qint64& time, size_t& commandStart)
{
    if (!s.starts_with(": ")) {
        return false;
    }
    size_t i = 2;
    while (i < s.size() && isDigit(s[i])) {
        ++i;
    }
    const std::string_view start = s.substr(2, i - 2);
    if (i >= s.size() || s[i] != ':') {
        return false;
    }
    const size_t elapsedBegin = ++i;
    while (i < s.size() && isDigit(s[i])) {
        ++i;
    }
    if (i == elapsedBegin || i >= s.size() || s[i] != ';' || !parseEpoch(start, time)) {
        return false;
    }
    commandStart = i + 1;
    return true;
}

// fish escapes cmd with "\\" for a backslash and "\n" for a newline; other backslashes are literal (fish
// history_file.cpp, escape_yaml_fish_2_0 / unescape_yaml_fish_2_0).
std::string unescapeFish(std::string_view s)
{
    std::string out;
    out.reserve(s.size());
    for (size_t i = 0; i < s.size(); ++i) {
        if (s[i] == '\\' && i + 1 < s.size() && (s[i + 1] == '\\' || s[i + 1] == 'n')) {
            out += s[++i] == 'n' ? '\n' : '\\';
        } else {
            out += s[i];
        }
    }
    return out;
}

char controlChar(char c)
{
    return c == '?' ? '\x7f' : static_cast<char>(c & 0x1f);
}

// libedit saves each history line with strvis(3) and VIS_WHITE (libedit history.c, history_save_fp): space as
// "\040" (octal), tab and newline as "\^I" "\^J", bytes with the high bit as "\M-x" / "\M^x", a backslash as
// "\\". Decoded as strunvis(3) does, including its C-style escapes.
std::string unvis(std::string_view s)
{
    std::string out;
    out.reserve(s.size());
    size_t i = 0;
    while (i < s.size()) {
        if (s[i] != '\\' || i + 1 >= s.size()) {
            out += s[i++];
            continue;
        }
        const char n = s[i + 1];
        if (n >= '0' && n <= '7') {
            unsigned value = 0;
            size_t j = i + 1;
            for (; j < s.size() && j < i + 4 && s[j] >= '0' && s[j] <= '7'; ++j) {
                value = value * 8 + static_cast<unsigned>(s[j] - '0');
            }
            out += static_cast<char>(value & 0xffU);
            i = j;
            continue;
        }
        if (n == 'M' && i + 3 < s.size() && (s[i + 2] == '-' || s[i + 2] == '^')) {
            const char low = s[i + 2] == '-' ? s[i + 3] : controlChar(s[i + 3]);
            out += static_cast<char>(static_cast<unsigned char>(low) | 0x80U);
            i += 4;
            continue;
        }
        if (n == '^' && i + 2 < s.size()) {
            out += controlChar(s[i + 2]);
            i += 3;
            continue;
        }
        static constexpr std::string_view kEscapes = "\\\\n\nt\tr\rb\ba\av\vf\fs E\x1b";
        size_t k = 0;
        while (k < kEscapes.size() && kEscapes[k] != n) {
            k += 2;
        }
        if (k < kEscapes.size()) {
            out += kEscapes[k + 1];
        } else {
            out += '\\';
            out += n;
        }
        i += 2;
    }
    return out;
}

bool isEnvKeyChar(char c)
{
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || isDigit(c) || c == '_' || c == '.' || c == '-';
}

// Escapes inside double quotes: the shell's (\" \\ \$ \`) and python-dotenv's (\n \t \r). Others stay as
// written.
std::string unescapeDoubleQuoted(std::string_view s)
{
    std::string out;
    out.reserve(s.size());
    for (size_t i = 0; i < s.size(); ++i) {
        if (s[i] != '\\' || i + 1 >= s.size()) {
            out += s[i];
            continue;
        }
        const char n = s[++i];
        switch (n) {
        case 'n':
            out += '\n';
            break;
        case 't':
            out += '\t';
            break;
        case 'r':
            out += '\r';
            break;
        case '"':
        case '\\':
        case '$':
        case '`':
            out += n;
            break;
        default:
            out += '\\';
            out += n;
        }
    }
    return out;
}

// dotenv and shell rc files, read statement by statement; quoted values may span lines.
class EnvFileParser {
public:
    explicit EnvFileParser(std::string_view input)
        : m_input(input)
    {
    }

    ParseResult run()
    {
        if (m_input.starts_with("\xEF\xBB\xBF")) {
            m_pos = 3;
        }
        while (m_pos < m_input.size()) {
            parseStatement();
        }
        return std::move(m_result);
    }

private:
    void nextLine(size_t end)
    {
        m_pos = end + 1;
        ++m_line;
    }

    void add(std::string text, qint64 offset, std::string_view name, const char* field)
    {
        m_result.entries.push_back(makeEntry(std::move(text), m_line, offset, field, std::string(name)));
    }

    void parseStatement()
    {
        const size_t begin = m_pos;
        const size_t end = lineEnd(m_input, begin);
        const std::string_view text = withoutCr(m_input.substr(begin, end - begin));
        const size_t statement = skipBlanks(text, 0);
        if (statement == text.size() || text[statement] == '#') {
            nextLine(end);
            return;
        }
        size_t i = statement;
        if (text.substr(i).starts_with("export") && i + 6 < text.size() && isBlank(text[i + 6])) {
            i = skipBlanks(text, i + 6);
        }
        const size_t keyBegin = i;
        while (i < text.size() && isEnvKeyChar(text[i])) {
            ++i;
        }
        const std::string_view key = text.substr(keyBegin, i - keyBegin);
        const size_t equals = skipBlanks(text, i);
        if (key.empty() || equals >= text.size() || text[equals] != '=') {
            // A shell statement that assigns nothing (alias, if, source, a function): not interpreted, but
            // its text is still read.
            add(std::string(text.substr(statement)), toOffset(begin + statement), {}, "line");
            nextLine(end);
            return;
        }
        const size_t value = skipBlanks(text, equals + 1);
        if (value < text.size() && (text[value] == '\'' || text[value] == '"')) {
            parseQuoted(key, begin + value);
            return;
        }
        std::string_view unquoted = text.substr(value);
        // A '#' after whitespace starts a comment (python-dotenv, POSIX sh); so does one right after "= ".
        if (value > equals + 1 && unquoted.starts_with('#')) {
            unquoted = {};
        }
        for (size_t k = 1; k < unquoted.size(); ++k) {
            if (unquoted[k] == '#' && isBlank(unquoted[k - 1])) {
                unquoted = unquoted.substr(0, k);
                break;
            }
        }
        unquoted = trimBlanks(unquoted);
        if (!unquoted.empty()) {
            add(std::string(unquoted), toOffset(begin + value), key, "value");
        }
        nextLine(end);
    }

    // The closing double quote at or after `from`, skipping backslash-escaped characters. A scan that finds
    // none has read to the end of the file, but only once: a later opening quote would have closed it.
    [[nodiscard]] size_t findClosingDoubleQuote(size_t from) const
    {
        size_t i = from;
        while ((i = m_input.find_first_of("\"\\", i)) != npos) {
            if (m_input[i] == '"') {
                return i;
            }
            i += 2;
        }
        return npos;
    }

    void parseQuoted(std::string_view key, size_t quote)
    {
        const bool single = m_input[quote] == '\'';
        const size_t from = quote + 1;
        const size_t close = single ? m_input.find('\'', from) : findClosingDoubleQuote(from);
        if (close == npos) {
            addProblem(m_result, m_line,
                       QCoreApplication::translate("keyscout::formats::EnvFileParser", "unterminated quote"));
            // The rest of the line is the value; the next line is a statement of its own.
            const size_t end = lineEnd(m_input, from);
            const std::string_view rest = withoutCr(m_input.substr(from, end - from));
            if (!rest.empty()) {
                add(std::string(rest), toOffset(from), key, "value");
            }
            nextLine(end);
            return;
        }
        const std::string_view raw = m_input.substr(from, close - from);
        const bool escaped = !single && raw.find('\\') != npos;
        std::string value = escaped ? unescapeDoubleQuoted(raw) : std::string(raw);
        if (!value.empty()) {
            add(std::move(value), escaped ? -1 : toOffset(from), key, "value");
        }
        m_line += std::count(raw.begin(), raw.end(), '\n');
        // Only blanks and a comment may follow the closing quote.
        const size_t end = lineEnd(m_input, close + 1);
        const std::string_view after = withoutCr(m_input.substr(close + 1, end - close - 1));
        const size_t k = skipBlanks(after, 0);
        if (k < after.size() && after[k] != '#') {
            addProblem(m_result, m_line,
                       QCoreApplication::translate("keyscout::formats::EnvFileParser",
                                                   "unexpected text after the closing quote"));
            add(std::string(after.substr(k)), toOffset(close + 1 + k), key, "line");
        }
        nextLine(end);
    }

    std::string_view m_input;
    size_t m_pos = 0;
    qint64 m_line = 1;
    ParseResult m_result;
};

// git's credential-store percent-encodes user and password (git credential.c, credential_from_url). A '%'
// not followed by two hex digits stays as written.
std::string percentDecode(std::string_view s)
{
    std::string out;
    out.reserve(s.size());
    for (size_t i = 0; i < s.size(); ++i) {
        if (s[i] == '%' && i + 2 < s.size() && hexDigit(s[i + 1]) >= 0 && hexDigit(s[i + 2]) >= 0) {
            out += static_cast<char>(hexDigit(s[i + 1]) * 16 + hexDigit(s[i + 2]));
            i += 2;
        } else {
            out += s[i];
        }
    }
    return out;
}

// .netrc words (curl lib/netrc.c, Python netrc): separated by whitespace; one starting with '"' runs to the
// next unescaped '"' on its line, with \n \r \t and \<char> escapes.
class NetrcTokenizer {
public:
    struct Token {
        std::string text;
        qint64 line = 0;
        qint64 offset = -1; // -1 when the quoted word had escapes
    };

    NetrcTokenizer(std::string_view input, ParseResult& result)
        : m_input(input)
        , m_result(result)
    {
    }

    bool next(Token& token)
    {
        while (m_pos < m_input.size() && isSpace(m_input[m_pos])) {
            m_line += m_input[m_pos] == '\n' ? 1 : 0;
            ++m_pos;
        }
        if (m_pos >= m_input.size()) {
            return false;
        }
        token.line = m_line;
        token.text.clear();
        if (m_input[m_pos] != '"') {
            const size_t begin = m_pos;
            while (m_pos < m_input.size() && !isSpace(m_input[m_pos])) {
                ++m_pos;
            }
            token.text.assign(m_input.substr(begin, m_pos - begin));
            token.offset = toOffset(begin);
            return true;
        }
        const size_t begin = ++m_pos;
        bool escaped = false;
        while (m_pos < m_input.size() && m_input[m_pos] != '"' && m_input[m_pos] != '\n') {
            if (m_input[m_pos] == '\\' && m_pos + 1 < m_input.size() && m_input[m_pos + 1] != '\n') {
                const char e = m_input[m_pos + 1];
                token.text += e == 'n' ? '\n' : e == 'r' ? '\r' : e == 't' ? '\t' : e;
                escaped = true;
                m_pos += 2;
                continue;
            }
            token.text += m_input[m_pos++];
        }
        if (m_pos < m_input.size() && m_input[m_pos] == '"') {
            ++m_pos;
        } else {
            addProblem(
                m_result, token.line,
                QCoreApplication::translate("keyscout::formats::NetrcTokenizer", "unterminated quote"));
            if (!token.text.empty() && token.text.back() == '\r') {
                token.text.pop_back();
            }
        }
        token.offset = escaped ? -1 : toOffset(begin);
        return true;
    }

    void skipRestOfLine() { m_pos = lineEnd(m_input, m_pos); }

    // After "macdef <name>": the body starts on the next line and ends before the first empty line (Python
    // netrc, curl). It is never read as words.
    Token macroBody()
    {
        Token body;
        m_pos = lineEnd(m_input, m_pos);
        if (m_pos >= m_input.size()) {
            return body;
        }
        ++m_pos;
        ++m_line;
        const size_t begin = m_pos;
        body.line = m_line;
        body.offset = toOffset(begin);
        size_t bodyEnd = m_input.size();
        while (m_pos < m_input.size()) {
            const size_t end = lineEnd(m_input, m_pos);
            if (withoutCr(m_input.substr(m_pos, end - m_pos)).empty()) {
                bodyEnd = m_pos; // the empty line's break is counted by next()
                break;
            }
            m_pos = end;
            if (m_pos < m_input.size()) {
                ++m_pos;
                ++m_line;
            }
        }
        std::string_view text = m_input.substr(begin, bodyEnd - begin);
        if (text.ends_with('\n')) {
            text = withoutCr(text.substr(0, text.size() - 1));
        }
        body.text.assign(text);
        return body;
    }

private:
    std::string_view m_input;
    ParseResult& m_result;
    size_t m_pos = 0;
    qint64 m_line = 1;
};

// The words of one "machine" (or "default") block: a login may come after the password it belongs to.
struct NetrcMachine {
    bool open = false;
    std::string host;
    std::string login;
    std::vector<Entry> entries;
};

} // namespace

ParseResult parseBashHistory(std::string_view input)
{
    ParseResult result;
    LineReader reader(input);
    Line line;
    // With HISTTIMEFORMAT set, bash writes "#<epoch>" before each entry (bash lib/readline/histfile.c,
    // HIST_TIMESTAMP_START).
    qint64 stamp = 0;
    while (reader.next(line)) {
        qint64 time = 0;
        if (line.text.size() > 1 && line.text[0] == '#' && parseEpoch(line.text.substr(1), time)) {
            stamp = time;
            continue;
        }
        if (!line.text.empty()) {
            result.entries.push_back(command(line.text, line.number, line.offset, stamp));
        }
        stamp = 0;
    }
    return result;
}

ParseResult parseZshHistory(std::string_view input)
{
    ParseResult result;
    LineReader reader(input);
    Line line;
    while (reader.next(line)) {
        Entry entry = command({}, line.number, line.offset);
        size_t start = 0;
        parseZshExtendedPrefix(line.text, entry.time, start);
        entry.offset += toOffset(start);
        std::string_view part = line.text.substr(start);
        // zsh writes a newline inside a command as backslash-newline (Src/hist.c, readhistline).
        std::string joined;
        bool continued = false;
        while (part.ends_with('\\')) {
            joined.append(part.substr(0, part.size() - 1));
            joined += '\n';
            continued = true;
            if (!reader.next(line)) {
                part = {};
                break;
            }
            part = line.text;
        }
        // A command that really ends in a backslash is written with a space after it.
        const size_t last = part.find_last_not_of(' ');
        if (last != npos && last + 1 < part.size() && part[last] == '\\') {
            part.remove_suffix(1);
        }
        if (continued) {
            joined.append(part);
            entry.text = std::move(joined);
            entry.offset = -1;
        } else {
            entry.text.assign(part);
        }
        if (entry.text.find('\x83') != npos) {
            entry.text = unmetafy(entry.text);
            entry.offset = -1;
        }
        if (!entry.text.empty()) {
            result.entries.push_back(std::move(entry));
        }
    }
    return result;
}

ParseResult parseFishHistory(std::string_view input)
{
    ParseResult result;
    LineReader reader(input);
    Line line;
    constexpr std::string_view kCmd = "- cmd:";
    size_t record = npos; // index of the entry the "when:" of the current record belongs to
    while (reader.next(line)) {
        const std::string_view text = line.text;
        if (text.starts_with(kCmd)) {
            const size_t start = skipBlanks(text, kCmd.size());
            const std::string_view raw = text.substr(start);
            record = npos;
            if (raw.find('\\') != npos) {
                Entry entry = command({}, line.number, -1);
                entry.text = unescapeFish(raw);
                result.entries.push_back(std::move(entry));
                record = result.entries.size() - 1;
            } else if (!raw.empty()) {
                result.entries.push_back(command(raw, line.number, line.offset + toOffset(start)));
                record = result.entries.size() - 1;
            }
            continue;
        }
        if (text.empty()) {
            continue;
        }
        if (isBlank(text[0])) {
            // "  when: <epoch>", "  paths:" and its items, and keys of later fish versions.
            const std::string_view key = text.substr(skipBlanks(text, 0));
            qint64 time = 0;
            if (key.starts_with("when:") && record != npos && parseEpoch(trimBlanks(key.substr(5)), time)) {
                result.entries[record].time = time;
            }
            continue;
        }
        addProblem(result, line.number, tr("not a fish history record"));
        result.entries.push_back(makeEntry(std::string(text), line.number, line.offset, "line"));
        record = npos;
    }
    return result;
}

ParseResult parsePythonHistory(std::string_view input)
{
    ParseResult result;
    LineReader reader(input);
    Line line;
    bool libedit = false;
    while (reader.next(line)) {
        if (line.number == 1 && line.text == "_HiStOrY_V2_") {
            libedit = true;
            continue;
        }
        if (line.text.empty()) {
            continue;
        }
        if (libedit && line.text.find('\\') != npos) {
            Entry entry = command({}, line.number, -1);
            entry.text = unvis(line.text);
            result.entries.push_back(std::move(entry));
        } else {
            result.entries.push_back(command(line.text, line.number, line.offset));
        }
    }
    return result;
}

ParseResult parseEnvFile(std::string_view input)
{
    return EnvFileParser(input).run();
}

ParseResult parseGitCredentials(std::string_view input)
{
    ParseResult result;
    LineReader reader(input);
    Line line;
    while (reader.next(line)) {
        const size_t lead = skipBlanks(line.text, 0);
        const std::string_view url = trimBlanks(line.text);
        if (url.empty()) {
            continue;
        }
        // scheme://user:password@host[:port][/path], as git credential-store writes it.
        const size_t scheme = url.find("://");
        const size_t authority = scheme == npos ? url.size() : scheme + 3;
        const size_t path = std::min(url.find('/', authority), url.size());
        const std::string_view hostPart = url.substr(authority, path - authority);
        const size_t at = hostPart.rfind('@');
        const std::string_view userInfo = at == npos ? std::string_view{} : hostPart.substr(0, at);
        const std::string_view host = at == npos ? std::string_view{} : hostPart.substr(at + 1);
        const size_t colon = userInfo.find(':');
        if (scheme == 0 || at == npos || host.empty() || colon == npos || colon + 1 == userInfo.size()) {
            addProblem(result, line.number, tr("not a URL with credentials"));
            continue;
        }
        const std::string_view password = userInfo.substr(colon + 1);
        const bool encoded = password.find('%') != npos;
        result.entries.push_back(
            makeEntry(percentDecode(password), line.number,
                      encoded ? -1 : line.offset + toOffset(lead + authority + colon + 1), "password",
                      std::string(host), percentDecode(userInfo.substr(0, colon))));
    }
    return result;
}

ParseResult parseNetrc(std::string_view input)
{
    ParseResult result;
    NetrcTokenizer tokens(input, result);
    NetrcMachine machine;
    const auto close = [&] {
        for (Entry& entry : machine.entries) {
            entry.name = machine.host;
            entry.user = machine.login;
            result.entries.push_back(std::move(entry));
        }
        machine = NetrcMachine{};
    };
    NetrcTokenizer::Token word;
    NetrcTokenizer::Token value;
    while (tokens.next(word)) {
        if (word.text == "machine" || word.text == "default") {
            close();
            machine.open = true;
            if (word.text == "default") {
                machine.host = "default";
            } else if (tokens.next(value)) {
                machine.host = value.text;
            } else {
                addProblem(result, word.line, tr("'machine' without a host name"));
            }
        } else if (word.text == "login" || word.text == "password" || word.text == "account") {
            if (!tokens.next(value)) {
                addProblem(result, word.line,
                           tr("'%1' without a value").arg(QString::fromStdString(word.text)));
                break;
            }
            if (!machine.open) {
                addProblem(
                    result, word.line,
                    tr("'%1' before any 'machine' or 'default'").arg(QString::fromStdString(word.text)));
            }
            if (word.text == "login") {
                machine.login = value.text;
            }
            machine.entries.push_back(makeEntry(value.text, value.line, value.offset, word.text));
        } else if (word.text == "macdef") {
            close();
            if (!tokens.next(value)) {
                addProblem(result, word.line, tr("'macdef' without a macro name"));
                break;
            }
            NetrcTokenizer::Token body = tokens.macroBody();
            if (!body.text.empty()) {
                result.entries.push_back(
                    makeEntry(std::move(body.text), body.line, body.offset, "macdef", value.text));
            }
        } else if (word.text.starts_with('#')) {
            tokens.skipRestOfLine();
        } else {
            addProblem(result, word.line, tr("unexpected word where a keyword belongs"));
            result.entries.push_back(makeEntry(word.text, word.line, word.offset, "word"));
        }
    }
    close();
    return result;
}

ParseResult parseDockerConfig(std::string_view input)
{
    ParseResult result;
    JsonDocument doc;
    QString error;
    if (!doc.parse(input, &error)) {
        // JsonDocument's reasons name the line and never quote the text.
        result.problems.push_back(tr("%1 (not valid JSON)").arg(error).toStdString());
        return result;
    }
    using Node = JsonDocument::Node;
    using Type = JsonDocument::Type;
    const Node& root = doc.root();
    const Node* auths = doc.member(root, "auths");
    if (root.type != Type::Object || (auths != nullptr && auths->type != Type::Object)) {
        addProblem(result, doc.lineAt(auths != nullptr ? auths->begin : root.begin),
                   tr("not a docker config (\"auths\" must be an object)"));
        return result;
    }
    if (auths == nullptr) {
        return result;
    }
    const auto stringEntry = [&doc](const Node& node, std::string_view registry, const char* field) {
        const std::string_view raw = doc.raw(node);
        const bool verbatim = raw.find('\\') == npos;
        return makeEntry(doc.string(node), doc.lineAt(node.begin),
                         verbatim ? static_cast<qint64>(node.begin) + 1 : -1, field, std::string(registry));
    };
    for (std::uint32_t i = 0; i < auths->count; ++i) {
        const std::string registry = doc.string(doc.key(*auths, i));
        const Node& credentials = doc.value(*auths, i);
        if (credentials.type != Type::Object) {
            addProblem(result, doc.lineAt(credentials.begin), tr("registry entry is not an object"));
            continue;
        }
        const Node* username = doc.member(credentials, "username");
        const std::string user = doc.isString(username) ? doc.string(*username) : std::string();
        // "auth" is base64 of "user:password" (docker cli config/types/authconfig.go).
        if (const Node* auth = doc.member(credentials, "auth");
            doc.isString(auth) && doc.raw(*auth).size() > 2) {
            const qint64 line = doc.lineAt(auth->begin);
            const auto decoded = QByteArray::fromBase64Encoding(QByteArray::fromStdString(doc.string(*auth)),
                                                                QByteArray::AbortOnBase64DecodingErrors);
            const qsizetype colon = decoded ? decoded.decoded.indexOf(':') : -1;
            if (!decoded) {
                addProblem(result, line, tr("registry auth is not valid base64"));
            } else if (colon < 0) {
                addProblem(result, line, tr("registry auth is not base64 of user:password"));
            } else if (colon + 1 < decoded.decoded.size()) {
                result.entries.push_back(makeEntry(decoded.decoded.mid(colon + 1).toStdString(), line, -1,
                                                   "auth", registry,
                                                   decoded.decoded.left(colon).toStdString()));
            }
        }
        for (const char* field : {"identitytoken", "registrytoken", "password"}) {
            const Node* node = doc.member(credentials, field);
            if (doc.isString(node) && doc.raw(*node).size() > 2) {
                Entry entry = stringEntry(*node, registry, field);
                entry.user = user;
                result.entries.push_back(std::move(entry));
            }
        }
    }
    return result;
}

} // namespace keyscout::formats
