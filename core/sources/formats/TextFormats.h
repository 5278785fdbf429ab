// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>
#include <string>
#include <string_view>
#include <vector>

// Parsers for the small structured files where ML workstations leave credentials: shell and Python
// histories, dotenv and rc files, git-credentials, .netrc and docker's config.json. They are pure: the input
// is the file's bytes, nothing is read from disk. Any bytes are accepted (invalid UTF-8, NULs, CRLF, no final
// newline, huge lines) and every parser is linear in the input size.
namespace keyscout::formats {

// One piece of a structured file. `text` is what the secret matcher reads (decoded: unescaped, unmetafied,
// base64-decoded where the format encodes). `line` is the 1-based line in the file where the entry starts;
// `offset` the byte offset in the file of the start of `text` when `text` is a verbatim slice of the file
// (then secrets found in it map back to exact file bytes), or -1 when it was decoded.
struct Entry {
    std::string text;
    qint64 line = 0;
    qint64 offset = -1;
    qint64 time = 0;  // seconds since the epoch when the format records one (history timestamps), else 0
    std::string name; // variable name (env), machine/host (netrc, git-credentials, docker registry)
    std::string user; // login/user where the format has one
    std::string
        field; // which field the text is: "command", "value", "password", "auth", "identitytoken",
               // "registrytoken", "account", "login"; "macdef" for a .netrc macro body; "line" for a
               // line the parser does not interpret (a shell statement in an rc file, a damaged
               // record) and "word" for a .netrc word out of place: the matcher should still read them
};

// `problems` are human-readable, name the line and the reason ("line 12: unterminated quote") and never
// quote the file: the text may hold a secret. Parsing goes on after a problem. After 100 problems one more
// says that further ones are not listed.
struct ParseResult {
    std::vector<Entry> entries;
    std::vector<std::string> problems;
};

// ~/.bash_history: one command per line (field "command"). With HISTTIMEFORMAT set bash writes "#<epoch>"
// before each command: that is the time of the line after it. Lines after the first one up to the next
// timestamp (multi-line commands saved with `shopt -s lithist`) are entries of their own without a time.
ParseResult parseBashHistory(std::string_view input);
// ~/.zsh_history: plain lines or EXTENDED_HISTORY ": <start>:<elapsed>;<command>"; a line ending in a
// backslash continues on the next one (the backslash stands for the newline); zsh "metafies" bytes 0x83–0xA2
// and NUL as 0x83 followed by the byte xor 0x20, which is undone.
ParseResult parseZshHistory(std::string_view input);
// ~/.local/share/fish/fish_history: "- cmd: <escaped>" then "  when: <epoch>" and "  paths:" items; fish
// escapes a newline as "\n" and a backslash as "\\" in cmd.
ParseResult parseFishHistory(std::string_view input);
// ~/.python_history: one command per line. libedit files start with "_HiStOrY_V2_" and encode each line
// with strvis(3) (space as "\040", "\\", "\^I", "\M-x", octal): decoded.
ParseResult parsePythonHistory(std::string_view input);
// dotenv, .envrc, shell rc files: KEY=value, "export KEY=value"; single quotes literal, double quotes with
// \" \\ \n \t \r \$ \` escapes, both may span lines; unquoted values run to the end of the line or to a
// whitespace-preceded '#'. name=KEY, field "value". Lines that are not assignments (other shell statements)
// are entries with field "line"; empty values give no entry.
ParseResult parseEnvFile(std::string_view input);
// ~/.git-credentials: "https://user:password@host[:port]/path" per line, user and password percent-encoded.
// name=host (with the port), field "password".
ParseResult parseGitCredentials(std::string_view input);
// ~/.netrc: machine <host> | default, login, password, account, macdef <name> (the macro body runs to the
// next blank line: field "macdef", never parsed as tokens); "quoted tokens" with backslash escapes; '#'
// comments where a keyword is expected. password, account and login entries carry name=host ("default")
// and user=login, wherever in the block the login is (logins are entries too: some are tokens).
ParseResult parseNetrc(std::string_view input);
// ~/.docker/config.json (also podman's auth.json): auths.<registry>.auth = base64("user:password") gives an
// entry with the password (field "auth", user, name=registry); identitytoken, registrytoken and a plain
// password are entries of their own.
ParseResult parseDockerConfig(std::string_view input);

} // namespace keyscout::formats
