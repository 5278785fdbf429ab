// SPDX-License-Identifier: GPL-3.0-or-later
// The structured files where ML workstations leave credentials are read as the tools that wrote them read
// them: each history command with its line and time (multi-line zsh commands, metafied bytes, fish and
// libedit escapes decoded), each env value with its name, and the password fields of git-credentials,
// .netrc and docker's config.json. Entries that are verbatim slices point at their exact bytes; broken
// input gives problems that name the line and never the secret; no input crashes or takes quadratic time.
#include "TestSupport.h"
#include "sources/formats/TextFormats.h"

#include <QElapsedTimer>
#include <QTest>

#include <functional>

using namespace keyscout::formats;
using keyscout::test::hfToken;
using keyscout::test::randomString;

namespace {

using Parser = std::function<ParseResult(std::string_view)>;

QByteArray bytes(const std::string& s)
{
    return QByteArray::fromStdString(s);
}

std::string token(QRandomGenerator& rng)
{
    return hfToken(rng).toStdString();
}

// A verbatim entry's text is exactly the file's bytes at its offset.
bool isSliceOf(const Entry& entry, std::string_view input)
{
    return entry.offset >= 0 && static_cast<size_t>(entry.offset) <= input.size() &&
           input.substr(static_cast<size_t>(entry.offset), entry.text.size()) == entry.text;
}

bool anyProblemContains(const ParseResult& result, const std::string& secret)
{
    return std::any_of(result.problems.begin(), result.problems.end(),
                       [&](const std::string& p) { return p.find(secret) != std::string::npos; });
}

std::vector<Entry> withField(const ParseResult& result, const std::string& field)
{
    std::vector<Entry> out;
    std::copy_if(result.entries.begin(), result.entries.end(), std::back_inserter(out),
                 [&](const Entry& e) { return e.field == field; });
    return out;
}

// zsh's metafy(): NUL and 0x83..0xA2 become 0x83 followed by the byte xor 0x20.
std::string metafy(const std::string& s)
{
    std::string out;
    for (const char c : s) {
        const auto b = static_cast<unsigned char>(c);
        if (b == 0 || (b >= 0x83 && b <= 0xA2)) {
            out += '\x83';
            out += static_cast<char>(b ^ 0x20);
        } else {
            out += c;
        }
    }
    return out;
}

std::string base64(const std::string& s)
{
    return QByteArray::fromStdString(s).toBase64().toStdString();
}

struct Sample {
    const char* name;
    Parser parse;
    std::string input;
};

// One well-formed file of each kind, with a generated token in it: the truncation test cuts these.
std::vector<Sample> samples(const std::string& tok)
{
    return {
        {"bash", parseBashHistory, "ls\n#1700000000\nexport HF_TOKEN=" + tok + "\n"},
        {"zsh", parseZshHistory,
         ": 1700000001:0;echo \\\n" + tok + "\n" + metafy("echo \xe3\x83\x88") + "\n"},
        {"fish", parseFishHistory,
         R"(- cmd: echo a\\b\n)" + tok + "\n  when: 1700000002\n  paths:\n    - /tmp\n"},
        {"python", parsePythonHistory, "_HiStOrY_V2_\nx\\040=\\040'" + tok + "'\n"},
        {"env", parseEnvFile, "export A='x'\nB=\"y\\n" + tok + "\"\nC=" + tok + " # c\n"},
        {"git", parseGitCredentials, "https://u%40x:" + tok + "@huggingface.co:443/p\n"},
        {"netrc", parseNetrc,
         "machine h password \"" + tok + "\" login u\nmacdef m\nx y\n\ndefault login a password b\n"},
        {"docker", parseDockerConfig,
         R"({"auths": {"r": {"auth": ")" + base64("u:" + tok) + R"(", "identitytoken": ")" + tok + "\"}}}\n"},
    };
}

// What every parser promises on any input.
void checkInvariants(const ParseResult& result, std::string_view input, const char* what)
{
    const auto lines = std::count(input.begin(), input.end(), '\n') + 1;
    for (const Entry& e : result.entries) {
        QVERIFY2(e.line >= 1 && e.line <= lines, what);
        QVERIFY2(e.offset == -1 || isSliceOf(e, input), what);
        QVERIFY2(!e.field.empty(), what);
    }
    QVERIFY2(result.problems.size() <= 101, what);
    for (const std::string& p : result.problems) {
        QVERIFY2(p.starts_with("line ") || p == "further problems are not listed", what);
    }
}

} // namespace

class TestFormats : public QObject {
    Q_OBJECT
private slots:
    void bashHistory()
    {
        QRandomGenerator rng(1);
        const std::string tok = token(rng);
        // Timestamps from HISTTIMEFORMAT, a CRLF line, a blank line, a comment that is no timestamp, and no
        // final newline.
        const std::string input =
            "ls -la\n#1700000000\nexport HF_TOKEN=" + tok + "\r\n\n#not a time\n#1700000500\ngit push";
        const ParseResult r = parseBashHistory(input);
        QVERIFY(r.problems.empty());
        QCOMPARE(r.entries.size(), size_t(4));
        QCOMPARE(bytes(r.entries[0].text), QByteArray("ls -la"));
        QCOMPARE(r.entries[0].line, 1);
        QCOMPARE(r.entries[0].time, 0);
        QCOMPARE(bytes(r.entries[1].text), bytes("export HF_TOKEN=" + tok));
        QCOMPARE(r.entries[1].line, 3);
        QCOMPARE(r.entries[1].time, 1700000000);
        QCOMPARE(bytes(r.entries[2].text), QByteArray("#not a time"));
        QCOMPARE(r.entries[2].line, 5);
        QCOMPARE(bytes(r.entries[3].text), QByteArray("git push"));
        QCOMPARE(r.entries[3].line, 7);
        QCOMPARE(r.entries[3].time, 1700000500);
        for (const Entry& e : r.entries) {
            QVERIFY(isSliceOf(e, input));
            QCOMPARE(bytes(e.field), QByteArray("command"));
        }
    }

    void zshExtendedAndMultiline()
    {
        QRandomGenerator rng(2);
        const std::string tok = token(rng);
        const std::string input = ": 1700000001:0;huggingface-cli login --token " + tok +
                                  "\n"
                                  "echo plain\n"
                                  ": 1700000002:3;python - <<'EOF'\\\n"
                                  "import os\\\n"
                                  "os.environ['HF_TOKEN'] = '" +
                                  tok +
                                  "'\\\n"
                                  "EOF\n"
                                  ": 1700000003:0;echo C:\\ \n"
                                  ": not extended;x\n"
                                  "cd /tmp";
        const ParseResult r = parseZshHistory(input);
        QVERIFY(r.problems.empty());
        QCOMPARE(r.entries.size(), size_t(6));
        QCOMPARE(bytes(r.entries[0].text), bytes("huggingface-cli login --token " + tok));
        QCOMPARE(r.entries[0].line, 1);
        QCOMPARE(r.entries[0].time, 1700000001);
        QVERIFY(isSliceOf(r.entries[0], input));
        QCOMPARE(bytes(r.entries[1].text), QByteArray("echo plain"));
        QCOMPARE(r.entries[1].time, 0);
        QVERIFY(isSliceOf(r.entries[1], input));
        // Backslash-newline stands for the newline inside the command.
        QCOMPARE(bytes(r.entries[2].text),
                 bytes("python - <<'EOF'\nimport os\nos.environ['HF_TOKEN'] = '" + tok + "'\nEOF"));
        QCOMPARE(r.entries[2].line, 3);
        QCOMPARE(r.entries[2].time, 1700000002);
        QCOMPARE(r.entries[2].offset, -1);
        // A command ending in a backslash is written with a space after it.
        QCOMPARE(bytes(r.entries[3].text), QByteArray("echo C:\\"));
        QCOMPARE(r.entries[3].line, 7);
        QVERIFY(isSliceOf(r.entries[3], input));
        // ": " without the numbers is the shell's no-op command, kept as written.
        QCOMPARE(bytes(r.entries[4].text), QByteArray(": not extended;x"));
        QCOMPARE(r.entries[4].time, 0);
        QCOMPARE(bytes(r.entries[5].text), QByteArray("cd /tmp"));
        QCOMPARE(r.entries[5].line, 9);
    }

    void zshMetafiedBytes()
    {
        QRandomGenerator rng(3);
        const std::string tok = token(rng);
        // "トークン" has 0x83 and 0x88 bytes, which zsh metafies; so is a NUL.
        const std::string command = "export HF_TOKEN=" + tok + " # \xe3\x83\x88\xe3\x83\xbc\xe3\x82\xaf" +
                                    std::string(1, '\0') + "\xe3\x83\xb3";
        const std::string file = ": 1700000010:0;" + metafy(command) + "\necho ok\n";
        QVERIFY(file.find(command) == std::string::npos);
        const ParseResult r = parseZshHistory(file);
        QCOMPARE(r.entries.size(), size_t(2));
        QCOMPARE(bytes(r.entries[0].text), bytes(command));
        QCOMPARE(r.entries[0].offset, -1);
        QCOMPARE(r.entries[0].time, 1700000010);
        QVERIFY(isSliceOf(r.entries[1], file));
        QCOMPARE(r.entries[1].line, 2);
    }

    void fishEscapes()
    {
        QRandomGenerator rng(4);
        const std::string tok = token(rng);
        const std::string input = "- cmd: echo first\n"
                                  "  when: 1700000100\n"
                                  "- cmd: echo 'C:\\\\temp'\\nexport HF_TOKEN=" +
                                  tok +
                                  "\n"
                                  "  when: 1700000200\n"
                                  "  paths:\n"
                                  "    - /tmp/x\n"
                                  "garbage line " +
                                  tok + "\n- cmd: ls\n";
        const ParseResult r = parseFishHistory(input);
        const std::vector<Entry> commands = withField(r, "command");
        QCOMPARE(commands.size(), size_t(3));
        QCOMPARE(bytes(commands[0].text), QByteArray("echo first"));
        QCOMPARE(commands[0].time, 1700000100);
        QCOMPARE(commands[0].line, 1);
        QVERIFY(isSliceOf(commands[0], input));
        QCOMPARE(bytes(commands[1].text), bytes("echo 'C:\\temp'\nexport HF_TOKEN=" + tok));
        QCOMPARE(commands[1].time, 1700000200);
        QCOMPARE(commands[1].line, 3);
        QCOMPARE(commands[1].offset, -1);
        QCOMPARE(bytes(commands[2].text), QByteArray("ls"));
        QCOMPARE(commands[2].line, 8);
        QCOMPARE(commands[2].time, 0);
        // A damaged record is still read, and the problem says where without quoting it.
        const std::vector<Entry> lines = withField(r, "line");
        QCOMPARE(lines.size(), size_t(1));
        QCOMPARE(lines[0].line, 7);
        QVERIFY(isSliceOf(lines[0], input));
        QCOMPARE(r.problems.size(), size_t(1));
        QCOMPARE(bytes(r.problems[0]), QByteArray("line 7: not a fish history record"));
    }

    void pythonHistory()
    {
        QRandomGenerator rng(5);
        const std::string tok = token(rng);
        const std::string readline = "import os\n\nos.environ['HF_TOKEN'] = '" + tok + "'\n";
        ParseResult r = parsePythonHistory(readline);
        QCOMPARE(r.entries.size(), size_t(2));
        QCOMPARE(r.entries[1].line, 3);
        QVERIFY(isSliceOf(r.entries[1], readline));
        QCOMPARE(bytes(r.entries[1].text), bytes("os.environ['HF_TOKEN'] = '" + tok + "'"));

        // libedit (macOS, Python built against libedit): strvis(3) encoding.
        const std::string libedit = "_HiStOrY_V2_\n"
                                    "import\\040os\n"
                                    "os.environ['HF_TOKEN']\\040=\\040'" +
                                    tok +
                                    "'\n"
                                    "print('a\\\\b')\n"
                                    "x\\040=\\040'\\303\\251'\n"
                                    "for\\040i\\040in\\040x:\\^J\\040\\040pass\n"
                                    "exit()\n";
        r = parsePythonHistory(libedit);
        QVERIFY(r.problems.empty());
        QCOMPARE(r.entries.size(), size_t(6));
        QCOMPARE(bytes(r.entries[0].text), QByteArray("import os"));
        QCOMPARE(r.entries[0].line, 2);
        QCOMPARE(bytes(r.entries[1].text), bytes("os.environ['HF_TOKEN'] = '" + tok + "'"));
        QCOMPARE(r.entries[1].line, 3);
        QCOMPARE(r.entries[1].offset, -1);
        QCOMPARE(bytes(r.entries[2].text), QByteArray("print('a\\b')"));
        QCOMPARE(bytes(r.entries[3].text), QByteArray("x = '\xc3\xa9'"));
        QCOMPARE(bytes(r.entries[4].text), QByteArray("for i in x:\n  pass"));
        QCOMPARE(bytes(r.entries[5].text), QByteArray("exit()"));
        QVERIFY(isSliceOf(r.entries[5], libedit));
        // The header only means libedit on the first line.
        QCOMPARE(bytes(parsePythonHistory("a\\040b\n").entries.at(0).text), QByteArray("a\\040b"));
    }

    void envQuotingAndExport()
    {
        QRandomGenerator rng(6);
        const std::string tok = token(rng);
        const std::string input = "# comment " + tok +
                                  "\n"
                                  "export HF_TOKEN=" +
                                  tok +
                                  "\n"
                                  "WANDB_API_KEY='abc def # not a comment \\n'\n"
                                  "OPENAI_API_KEY=\"sk-\\\"q\\\"\\\\x\\ty\\n\"\n"
                                  "PLAIN=value # trailing comment\n"
                                  "  SPACED = spaced value  \n"
                                  "EMPTY=\n"
                                  "HASH=abc#def\n"
                                  "\n"
                                  "DQ=\"" +
                                  tok +
                                  "\"  # comment\n"
                                  "export\tTABBED=1\n"
                                  "COMMENTED= # only a comment\n";
        const ParseResult r = parseEnvFile(input);
        QVERIFY(r.problems.empty());
        struct Expected {
            const char* name;
            std::string text;
            qint64 line;
            bool verbatim;
        };
        const std::vector<Expected> expected = {
            {"HF_TOKEN", tok, 2, true},
            {"WANDB_API_KEY", "abc def # not a comment \\n", 3, true},
            {"OPENAI_API_KEY", "sk-\"q\"\\x\ty\n", 4, false},
            {"PLAIN", "value", 5, true},
            {"SPACED", "spaced value", 6, true},
            {"HASH", "abc#def", 8, true},
            {"DQ", tok, 10, true},
            {"TABBED", "1", 11, true},
        };
        QCOMPARE(r.entries.size(), expected.size());
        for (size_t i = 0; i < expected.size(); ++i) {
            const Entry& e = r.entries[i];
            QCOMPARE(bytes(e.name), QByteArray(expected[i].name));
            QCOMPARE(bytes(e.text), bytes(expected[i].text));
            QCOMPARE(e.line, expected[i].line);
            QCOMPARE(bytes(e.field), QByteArray("value"));
            if (expected[i].verbatim) {
                QVERIFY2(isSliceOf(e, input), expected[i].name);
            } else {
                QCOMPARE(e.offset, -1);
            }
        }
    }

    void envMultilineAndCrlf()
    {
        QRandomGenerator rng(7);
        const std::string tok = token(rng);
        const std::string input = "\xEF\xBB\xBF"
                                  "A=1\r\n"
                                  "CERT=\"line one\r\nline two " +
                                  tok +
                                  "\"\r\n"
                                  "B='x\r\ny'\r\n"
                                  "ESC=\"first\\\"\nsecond\"\r\n"
                                  "C=after\r\n";
        const ParseResult r = parseEnvFile(input);
        QVERIFY(r.problems.empty());
        QCOMPARE(r.entries.size(), size_t(5));
        QCOMPARE(bytes(r.entries[0].name), QByteArray("A"));
        QCOMPARE(bytes(r.entries[0].text), QByteArray("1"));
        QCOMPARE(r.entries[0].offset, 5); // after the byte order mark
        QCOMPARE(bytes(r.entries[1].text), bytes("line one\r\nline two " + tok));
        QCOMPARE(r.entries[1].line, 2);
        QVERIFY(isSliceOf(r.entries[1], input));
        QCOMPARE(bytes(r.entries[2].text), QByteArray("x\r\ny"));
        QCOMPARE(r.entries[2].line, 4);
        QVERIFY(isSliceOf(r.entries[2], input));
        QCOMPARE(bytes(r.entries[3].text), QByteArray("first\"\nsecond"));
        QCOMPARE(r.entries[3].line, 6);
        QCOMPARE(r.entries[3].offset, -1);
        QCOMPARE(bytes(r.entries[4].text), QByteArray("after"));
        QCOMPARE(r.entries[4].line, 8);
        QVERIFY(isSliceOf(r.entries[4], input));
    }

    void envProblemsNameTheLineNotTheSecret()
    {
        QRandomGenerator rng(8);
        const std::string tok = token(rng);
        const std::string input = "GOOD=1\n"
                                  "BAD=\"" +
                                  tok +
                                  "\n"
                                  "NEXT=2\n"
                                  "Q='ok' trailing" +
                                  tok +
                                  "\n"
                                  "LAST='" +
                                  tok;
        const ParseResult r = parseEnvFile(input);
        QCOMPARE(r.problems.size(), size_t(3));
        QCOMPARE(bytes(r.problems[0]), QByteArray("line 2: unterminated quote"));
        QCOMPARE(bytes(r.problems[1]), QByteArray("line 4: unexpected text after the closing quote"));
        QCOMPARE(bytes(r.problems[2]), QByteArray("line 5: unterminated quote"));
        QVERIFY(!anyProblemContains(r, tok));
        // The unterminated value is still read (up to its line's end), and parsing goes on.
        QCOMPARE(r.entries.size(), size_t(6));
        QCOMPARE(bytes(r.entries[1].name), QByteArray("BAD"));
        QCOMPARE(bytes(r.entries[1].text), bytes(tok));
        QCOMPARE(r.entries[1].line, 2);
        QVERIFY(isSliceOf(r.entries[1], input));
        QCOMPARE(bytes(r.entries[2].name), QByteArray("NEXT"));
        QCOMPARE(r.entries[2].line, 3);
        QCOMPARE(bytes(r.entries[3].text), QByteArray("ok"));
        QCOMPARE(bytes(r.entries[4].text), bytes("trailing" + tok));
        QCOMPARE(bytes(r.entries[4].field), QByteArray("line"));
        QCOMPARE(bytes(r.entries[5].text), bytes(tok));
        QCOMPARE(r.entries[5].line, 5);
    }

    void envShellStatementsAreReadNotInterpreted()
    {
        const std::string input = "alias ll='ls -l'\n"
                                  "if [ -f ~/.hf ]; then\n"
                                  "  export HF_TOKEN=$(cat ~/.hf)\n"
                                  "fi\n"
                                  "export PATH\n";
        const ParseResult r = parseEnvFile(input);
        QVERIFY(r.problems.empty());
        QCOMPARE(r.entries.size(), size_t(5));
        QCOMPARE(bytes(r.entries[0].field), QByteArray("line"));
        QCOMPARE(bytes(r.entries[0].text), QByteArray("alias ll='ls -l'"));
        QCOMPARE(bytes(r.entries[2].field), QByteArray("value"));
        QCOMPARE(bytes(r.entries[2].name), QByteArray("HF_TOKEN"));
        QCOMPARE(bytes(r.entries[2].text), QByteArray("$(cat ~/.hf)"));
        QCOMPARE(r.entries[2].line, 3);
        for (const Entry& e : r.entries) {
            QVERIFY(isSliceOf(e, input));
        }
    }

    void gitCredentials()
    {
        QRandomGenerator rng(9);
        const std::string tok = token(rng);
        const std::string input = "https://alice:" + tok + "@huggingface.co\n" +
                                  "https://bob%40corp.com:p%40ss%3Aword%2F" + tok +
                                  "@git.example.com:8443/org/repo.git\r\n"
                                  "\n"
                                  "not a url " +
                                  tok + "\nhttps://nopassword@host\nhttps://user:" + tok + "@\n";
        const ParseResult r = parseGitCredentials(input);
        QCOMPARE(r.entries.size(), size_t(2));
        QCOMPARE(bytes(r.entries[0].text), bytes(tok));
        QCOMPARE(bytes(r.entries[0].user), QByteArray("alice"));
        QCOMPARE(bytes(r.entries[0].name), QByteArray("huggingface.co"));
        QCOMPARE(bytes(r.entries[0].field), QByteArray("password"));
        QCOMPARE(r.entries[0].line, 1);
        QVERIFY(isSliceOf(r.entries[0], input));
        QCOMPARE(bytes(r.entries[1].text), bytes("p@ss:word/" + tok));
        QCOMPARE(bytes(r.entries[1].user), QByteArray("bob@corp.com"));
        QCOMPARE(bytes(r.entries[1].name), QByteArray("git.example.com:8443"));
        QCOMPARE(r.entries[1].line, 2);
        QCOMPARE(r.entries[1].offset, -1);
        QCOMPARE(r.problems.size(), size_t(3));
        QCOMPARE(bytes(r.problems[0]), QByteArray("line 4: not a URL with credentials"));
        QCOMPARE(bytes(r.problems[1]), QByteArray("line 5: not a URL with credentials"));
        QCOMPARE(bytes(r.problems[2]), QByteArray("line 6: not a URL with credentials"));
        QVERIFY(!anyProblemContains(r, tok));
    }

    void netrc()
    {
        QRandomGenerator rng(10);
        const std::string tok = token(rng);
        const std::string wandbKey = randomString(rng, "0123456789abcdef", 40).toStdString();
        const std::string input = "machine api.wandb.ai\n"
                                  "  password " +
                                  wandbKey +
                                  "\n"
                                  "  login user\n"
                                  "machine huggingface.co login hf password \"" +
                                  tok +
                                  "\" account acct-1\n"
                                  "macdef init\n"
                                  "password shouldnotcount\n"
                                  "login x\n"
                                  "\n"
                                  "# a comment password nope\n"
                                  "default\n"
                                  "login anonymous password \"with space\\\"q\"";
        const ParseResult r = parseNetrc(input);
        QVERIFY(r.problems.empty());
        const std::vector<Entry> passwords = withField(r, "password");
        QCOMPARE(passwords.size(), size_t(3));
        // W&B's layout, with the login after the password.
        QCOMPARE(bytes(passwords[0].text), bytes(wandbKey));
        QCOMPARE(bytes(passwords[0].name), QByteArray("api.wandb.ai"));
        QCOMPARE(bytes(passwords[0].user), QByteArray("user"));
        QCOMPARE(passwords[0].line, 2);
        QVERIFY(isSliceOf(passwords[0], input));
        QCOMPARE(bytes(passwords[1].text), bytes(tok));
        QCOMPARE(bytes(passwords[1].name), QByteArray("huggingface.co"));
        QCOMPARE(bytes(passwords[1].user), QByteArray("hf"));
        QCOMPARE(passwords[1].line, 4);
        QVERIFY(isSliceOf(passwords[1], input));
        QCOMPARE(bytes(passwords[2].text), QByteArray("with space\"q"));
        QCOMPARE(bytes(passwords[2].name), QByteArray("default"));
        QCOMPARE(bytes(passwords[2].user), QByteArray("anonymous"));
        QCOMPARE(passwords[2].line, 11);
        QCOMPARE(passwords[2].offset, -1);
        const std::vector<Entry> accounts = withField(r, "account");
        QCOMPARE(accounts.size(), size_t(1));
        QCOMPARE(bytes(accounts[0].text), QByteArray("acct-1"));
        QCOMPARE(bytes(accounts[0].user), QByteArray("hf"));
        // The macro body is read as text, never as words; the comment is skipped.
        const std::vector<Entry> macros = withField(r, "macdef");
        QCOMPARE(macros.size(), size_t(1));
        QCOMPARE(bytes(macros[0].text), QByteArray("password shouldnotcount\nlogin x"));
        QCOMPARE(bytes(macros[0].name), QByteArray("init"));
        QCOMPARE(macros[0].line, 6);
        QVERIFY(isSliceOf(macros[0], input));
        for (const Entry& e : r.entries) {
            QVERIFY(e.text != "shouldnotcount" && e.text != "nope" && e.user != "x");
        }
    }

    void netrcProblems()
    {
        QRandomGenerator rng(11);
        const std::string tok = token(rng);
        const std::string input =
            "machine h login u " + tok + "\nmachine g password \"" + tok + "\nmachine k login v password";
        const ParseResult r = parseNetrc(input);
        QCOMPARE(r.problems.size(), size_t(3));
        QCOMPARE(bytes(r.problems[0]), QByteArray("line 1: unexpected word where a keyword belongs"));
        QCOMPARE(bytes(r.problems[1]), QByteArray("line 2: unterminated quote"));
        QCOMPARE(bytes(r.problems[2]), QByteArray("line 3: 'password' without a value"));
        QVERIFY(!anyProblemContains(r, tok));
        // The stray word and the unterminated password are still read.
        const std::vector<Entry> words = withField(r, "word");
        QCOMPARE(words.size(), size_t(1));
        QCOMPARE(bytes(words[0].text), bytes(tok));
        const std::vector<Entry> passwords = withField(r, "password");
        QCOMPARE(passwords.size(), size_t(1));
        QCOMPARE(bytes(passwords[0].text), bytes(tok));
        QCOMPARE(bytes(passwords[0].name), QByteArray("g"));
    }

    void dockerConfig()
    {
        QRandomGenerator rng(12);
        const std::string tok = token(rng);
        const std::string gh = keyscout::test::githubToken(rng).toStdString();
        const std::string identity = token(rng);
        const std::string input = "{\n"
                                  "  \"auths\": {\n"
                                  "    \"https://index.docker.io/v1/\": {\n"
                                  "      \"auth\": \"" +
                                  base64("alice:" + tok) +
                                  "\"\n"
                                  "    },\n"
                                  "    \"ghcr.io\": {\n"
                                  "      \"auth\": \"" +
                                  base64("bob:" + gh) +
                                  "\",\n"
                                  "      \"identitytoken\": \"" +
                                  identity +
                                  "\"\n"
                                  "    },\n"
                                  "    \"registry.example\": {}\n"
                                  "  },\n"
                                  "  \"credsStore\": \"desktop\"\n"
                                  "}\n";
        const ParseResult r = parseDockerConfig(input);
        QVERIFY(r.problems.empty());
        QCOMPARE(r.entries.size(), size_t(3));
        QCOMPARE(bytes(r.entries[0].text), bytes(tok));
        QCOMPARE(bytes(r.entries[0].user), QByteArray("alice"));
        QCOMPARE(bytes(r.entries[0].name), QByteArray("https://index.docker.io/v1/"));
        QCOMPARE(bytes(r.entries[0].field), QByteArray("auth"));
        QCOMPARE(r.entries[0].line, 4);
        QCOMPARE(r.entries[0].offset, -1);
        QCOMPARE(bytes(r.entries[1].text), bytes(gh));
        QCOMPARE(bytes(r.entries[1].user), QByteArray("bob"));
        QCOMPARE(r.entries[1].line, 7);
        QCOMPARE(bytes(r.entries[2].text), bytes(identity));
        QCOMPARE(bytes(r.entries[2].field), QByteArray("identitytoken"));
        QCOMPARE(bytes(r.entries[2].name), QByteArray("ghcr.io"));
        QCOMPARE(r.entries[2].line, 8);
        QVERIFY(isSliceOf(r.entries[2], input));
    }

    void dockerProblems()
    {
        QRandomGenerator rng(13);
        const std::string tok = token(rng);
        const std::string input = "{\"auths\": {\n"
                                  " \"a\": {\"auth\": \"!!" +
                                  tok +
                                  "\"},\n"
                                  " \"b\": {\"auth\": \"" +
                                  base64(tok) +
                                  "\"},\n"
                                  " \"c\": \"" +
                                  tok + "\"\n}}";
        ParseResult r = parseDockerConfig(input);
        QVERIFY(r.entries.empty());
        QCOMPARE(r.problems.size(), size_t(3));
        QCOMPARE(bytes(r.problems[0]), QByteArray("line 2: registry auth is not valid base64"));
        QCOMPARE(bytes(r.problems[1]), QByteArray("line 3: registry auth is not base64 of user:password"));
        QCOMPARE(bytes(r.problems[2]), QByteArray("line 4: registry entry is not an object"));
        QVERIFY(!anyProblemContains(r, tok));
        QVERIFY(!anyProblemContains(r, base64(tok)));

        const std::string truncated = "{\"auths\": {\"x\": {\n\"auth\": \"" + base64("u:" + tok) + "\"}\n";
        r = parseDockerConfig(truncated);
        QVERIFY(r.entries.empty());
        QCOMPARE(r.problems.size(), size_t(1));
        QVERIFY2(r.problems[0].starts_with("line 3: "), r.problems[0].c_str());
        QVERIFY(!anyProblemContains(r, tok));
        QVERIFY(!anyProblemContains(r, base64("u:" + tok)));
    }

    void truncatedInputs()
    {
        QRandomGenerator rng(14);
        const std::string tok = token(rng);
        for (const Sample& sample : samples(tok)) {
            // Whole, each sample parses cleanly and its token is in an entry.
            const ParseResult whole = sample.parse(sample.input);
            QVERIFY2(whole.problems.empty(), sample.name);
            QVERIFY2(std::any_of(whole.entries.begin(), whole.entries.end(),
                                 [&](const Entry& e) { return e.text.find(tok) != std::string::npos; }),
                     sample.name);
            for (size_t n = 0; n <= sample.input.size(); ++n) {
                const std::string_view cut = std::string_view(sample.input).substr(0, n);
                checkInvariants(sample.parse(cut), cut, sample.name);
                if (QTest::currentTestFailed()) {
                    qWarning("%s cut at %zu", sample.name, n);
                    return;
                }
            }
        }
    }

    void arbitraryBytes()
    {
        // Random bytes drawn mostly from the characters the formats give meaning to, and sample files with
        // random bytes overwritten.
        QRandomGenerator rng(15);
        const std::string special = "\n\r\"'\\#=:@/%{}[],;- \t\x83\xff\xc3" + std::string(1, '\0');
        const std::vector<Sample> files = samples(token(rng));
        for (int round = 0; round < 300; ++round) {
            std::string input;
            if (round % 2 == 0) {
                const auto size = rng.bounded(2048);
                for (int i = 0; i < size; ++i) {
                    const auto pick = rng.bounded(4);
                    input += pick == 0   ? static_cast<char>(rng.bounded(256))
                             : pick == 1 ? static_cast<char>('a' + rng.bounded(26))
                                         : special[rng.bounded(static_cast<quint32>(special.size()))];
                }
            } else {
                input = files[rng.bounded(static_cast<quint32>(files.size()))].input;
                for (int k = 0; k < 4; ++k) {
                    input[rng.bounded(static_cast<quint32>(input.size()))] =
                        special[rng.bounded(static_cast<quint32>(special.size()))];
                }
            }
            for (const Sample& sample : files) {
                checkInvariants(sample.parse(input), input, sample.name);
                if (QTest::currentTestFailed()) {
                    qWarning("round %d", round);
                    return;
                }
            }
        }
    }

    void hostileInputsStayLinear()
    {
        // Quotes that close on the next line, 100,000 problems, one command continued over 200,000 lines, an
        // 8 MiB line: all in linear time.
        const int lines = 200000;
        std::string unterminatedDouble;
        std::string unterminatedSingle;
        std::string netrcQuotes;
        std::string continued;
        for (int i = 0; i < lines; ++i) {
            unterminatedDouble += "K=\"x\\\n";
            unterminatedSingle += "K='x\n";
            netrcQuotes += "password \"x\n";
            continued += "a\\\n";
        }
        const std::string longLine(8 << 20, 'x');
        const std::vector<std::pair<const char*, std::function<void()>>> cases = {
            {"env double quotes",
             [&] {
                 const ParseResult r = parseEnvFile(unterminatedDouble);
                 QCOMPARE(r.problems.size(), size_t(101));
                 QCOMPARE(r.entries.size(), size_t(lines));
             }},
            {"env single quotes",
             [&] {
                 QCOMPARE(parseEnvFile(unterminatedSingle).entries.size(), size_t(lines));
             }},
            {"netrc quotes",
             [&] {
                 QCOMPARE(parseNetrc(netrcQuotes).problems.size(), size_t(101));
             }},
            {"zsh continuation",
             [&] {
                 QCOMPARE(parseZshHistory(continued).entries.size(), size_t(1));
             }},
            {"long line", [&] {
                 for (const Sample& sample : samples("x")) {
                     checkInvariants(sample.parse(longLine), longLine, sample.name);
                 }
             }}};
        for (const auto& [name, run] : cases) {
            QElapsedTimer timer;
            timer.start();
            run();
            if (QTest::currentTestFailed()) {
                return;
            }
            // Linear work on these sizes takes milliseconds; quadratic would take hours.
            QVERIFY2(timer.elapsed() < 10000, name);
        }
    }
};

QTEST_GUILESS_MAIN(TestFormats)
#include "tst_formats.moc"
