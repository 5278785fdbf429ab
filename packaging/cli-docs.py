#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Generates keyscout.1 (the manual page) and the bash and zsh completions from the built program's help.

Run at build time (packaging/CMakeLists.txt) on the keyscout just built: `keyscout --help` names the commands,
the window's options and arguments; `keyscout COMMAND --help` (QCommandLineParser's layout) gives each
command's usage, description, options and arguments. Nothing here lists an option by hand, so a new option is
in the page and the completions at the next build. Hand-written sections the help cannot hold (environment,
files, security, examples, see also) come from packaging/man/keyscout.1.sections.

What the completions offer for a value is read from the help too:
  - a value named FILE or PATH completes file names, DIR or REPO folder names, CHANGE the ids `keyscout
    changes` lists;
  - an option or argument whose description starts with a list of words, "a, b or c." (optionally after a
    label: "Report format: text, json or sarif."; remarks in parentheses after a word are fine), completes
    those words;
  - "(repeatable)" in a description lets the option be given again.

Usage: cli-docs.py --keyscout BINARY --sections FILE --date YYYY-MM-DD --out DIR
"""

import argparse
import os
import re
import subprocess
import sys
import textwrap

SECTION_HEADER = re.compile(r"^(Options|Arguments|Commands):$")
OPTION_LINE = re.compile(r"^  (-[\w-]+(?:, -[\w-]+)*)(?: <([^>]+)>)?(?: {2,}(.*))?$")
CONTINUATION = re.compile(r"^ {3,}\S")
WORD_LIST = re.compile(r"^(?:[^:.()]*:\s+)?((?:[a-z][\w-]*,\s+)*[a-z][\w-]*,?\s+or\s+[a-z][\w-]*)(?:[.;,\s(]|$)")
QT_ONLY_OPTIONS = {"--help-all"}  # QCommandLineParser's own: Qt's options, not Keyscout's


class Option:
    def __init__(self, names, value, description):
        self.names = names  # e.g. ["-o", "--output"]
        self.value = value  # e.g. "FILE", or None for a flag
        self.description = description

    @property
    def long(self):
        return next((n for n in self.names if n.startswith("--")), self.names[-1])

    @property
    def repeatable(self):
        return "(repeatable)" in self.description

    def choices(self):
        return word_choices(self.value, self.description) if self.value else []


class Argument:
    def __init__(self, name, description, syntax):
        self.name = name
        self.description = description
        self.syntax = syntax  # as the usage line writes it: "[PATH…]", "PATH…", "action", "[REPO]"

    @property
    def optional(self):
        return self.syntax.startswith("[")

    @property
    def repeated(self):
        return self.syntax.rstrip("]").endswith(("…", "..."))

    @property
    def kind(self):
        return self.syntax.strip("[]").rstrip("….").upper()


class Help:
    """One `--help` text in QCommandLineParser's layout: usage line, description, then sections."""

    def __init__(self, text, command=None):
        lines = text.rstrip("\n").split("\n")
        if not lines or not lines[0].startswith("Usage: "):
            raise ValueError(f"{command or 'keyscout'} --help does not start with 'Usage: '")
        self.command = command
        self.usage = [lines[0][len("Usage: "):].strip()]
        i = 1
        while i < len(lines) and lines[i].startswith("       "):
            self.usage.append(lines[i].strip())
            i += 1
        self.description = []
        while i < len(lines) and not SECTION_HEADER.match(lines[i]):
            self.description.append(lines[i])
            i += 1
        self.sections = {}
        self.epilogue = []
        current = None
        for line in lines[i:]:
            header = SECTION_HEADER.match(line)
            if header:
                current = self.sections.setdefault(header.group(1), [])
            elif line and not line.startswith(" "):
                current = self.epilogue  # text after the last list
                current.append(line)
            elif current is not None:
                current.append(line)
        while self.description and not self.description[-1].strip():
            self.description.pop()

    def options(self):
        result = []
        for line in self.sections.get("Options", []):
            match = OPTION_LINE.match(line)
            if match:
                names = [n.strip() for n in match.group(1).split(",")]
                result.append(Option(names, match.group(2), match.group(3) or ""))
            elif CONTINUATION.match(line) and result:
                result[-1].description = join(result[-1].description, line.strip())
            elif line.strip():
                raise ValueError(f"{self.name()}: cannot read the option line {line!r}")
        return [o for o in result if o.long not in QT_ONLY_OPTIONS]

    def arguments(self):
        result = []
        for line in self.sections.get("Arguments", []):
            match = re.match(r"^  (\S+)(?: {2,}(.*))?$", line)
            if match:
                result.append([match.group(1), match.group(2) or ""])
            elif CONTINUATION.match(line) and result:
                result[-1][1] = join(result[-1][1], line.strip())
        syntax = self.usage_tokens()
        arguments = []
        for name, description in result:
            if name == self.command:
                continue  # the command's own word, which QCommandLineParser lists as an argument
            token = next((t for t in syntax if t.strip("[]").rstrip("….").lower() == name.lower()), name)
            arguments.append(Argument(name, description, token))
        return arguments

    def usage_tokens(self):
        """The usage line's words after the program, the command and [options]."""
        words = self.usage[0].split()[1:]
        return [w for w in words if w not in ("[options]", self.command)]

    def synopsis(self):
        words = self.usage_tokens()
        options = "[options] " if "[options]" in self.usage[0] else ""
        return f"keyscout {self.command} {options}{' '.join(words)}".strip()

    def name(self):
        return f"keyscout {self.command}" if self.command else "keyscout"


def join(a, b):
    return f"{a} {b}".strip() if a else b


def word_choices(value, description):
    if value and "|" in value:
        return value.split("|")
    plain = description
    while True:  # parenthetical remarks out: "text (for people), json (schema 1) or csv." → "text, json or csv."
        shorter = re.sub(r"\s*\([^()]*\)", "", plain)
        if shorter == plain:
            break
        plain = shorter
    match = WORD_LIST.match(plain)
    if not match:
        return []
    return [w for w in re.split(r",\s+|,?\s+or\s+", match.group(1)) if w]


def run(binary, *args):
    env = dict(os.environ, LC_ALL="C.UTF-8", LANGUAGE="", QT_QPA_PLATFORM="offscreen")
    # An asan build's program: a leak report at exit must not fail the build (the asan preset's tests agree).
    env["ASAN_OPTIONS"] = ":".join(filter(None, [os.environ.get("ASAN_OPTIONS"), "detect_leaks=0"]))
    result = subprocess.run([binary, *args], capture_output=True, env=env, timeout=120, check=False)
    if result.returncode != 0:
        raise RuntimeError(f"keyscout {' '.join(args)} exited {result.returncode}: {result.stderr.decode()}")
    return result.stdout.decode("utf-8")


class Program:
    """Everything the help says: the top-level help and each command's."""

    def __init__(self, binary):
        self.version = run(binary, "--version").strip().split()[-1]
        self.top = Help(run(binary, "--help"))
        self.commands = []  # (name, argument syntax, summary)
        for line in self.top.sections.get("Commands", []):
            if not line.strip():
                continue
            left, _, summary = re.split(r"( {2,})", line.strip(), maxsplit=1)
            name, _, syntax = left.partition(" ")
            self.commands.append((name, syntax, summary))
        if not self.commands:
            raise ValueError("keyscout --help lists no commands under 'Commands:'")
        self.helps = {}
        for name, _, _ in self.commands:
            if name == "help":
                continue
            text = run(binary, name, "--help")
            same = run(binary, "help", name)
            if text != same:
                raise ValueError(f"keyscout help {name} differs from keyscout {name} --help")
            self.helps[name] = Help(text, name)


# ---------------------------------------------------------------------------------------------- man page

def roff(text):
    """Escapes text for a roff line: backslashes, option dashes, anything outside ASCII."""
    text = text.replace("\\", "\\e")
    text = re.sub(r"(?<![\w-])--?(?=[\w])", lambda m: m.group(0).replace("-", "\\-"), text)
    text = "".join(c if ord(c) < 128 else f"\\[u{ord(c):04X}]" for c in text)
    if text.startswith((".", "'")):
        text = "\\&" + text
    return text


def roff_synopsis(words):
    """Usage words: metavariables (upper case) in italics, the rest in bold."""
    out = []
    for word in words.split():
        match = re.match(r"^([\[(|]*)(.*?)([\])|…]*)$", word)
        lead, core, tail = match.groups()
        if re.fullmatch(r"[A-Z][A-Z_]*(\.\w+)?", core) or core == "options":
            core = f"\\fI{roff(core)}\\fR"
        elif core:
            core = f"\\fB{roff(core)}\\fR"
        out.append(roff(lead) + core + roff(tail))
    return " ".join(out)


def paragraphs(lines):
    """Splits description lines into blocks: ("text", str) or ("list", [(term, text)]) or ("pre", [lines])."""
    blocks, current = [], []
    for line in lines + [""]:
        if line.strip():
            current.append(line)
            continue
        if not current:
            continue
        head = [line for line in current if not line.startswith(" ")]
        indented = [line for line in current if line.startswith(" ")]
        if head and not indented:
            blocks.append(("text", " ".join(l.strip() for l in current)))
        else:
            lead = []
            while current and not current[0].startswith(" "):
                lead.append(current.pop(0).strip())
            if lead:
                blocks.append(("text", " ".join(lead)))
            terms = []
            for line in current:
                match = re.match(r"^ {2}(\S+) {2,}(.*)$", line)
                if match:
                    terms.append([match.group(1), match.group(2)])
                elif terms and CONTINUATION.match(line) and len(line) - len(line.lstrip()) > 4:
                    terms[-1][1] = join(terms[-1][1], line.strip())
                else:
                    terms = None
                    break
            if terms:
                blocks.append(("list", terms))
            elif all(len(l.split()) == 1 for l in current):
                blocks.append(("text", ", ".join(l.strip() for l in current) + "."))
            else:
                blocks.append(("pre", [l.rstrip() for l in current]))
        current = []
    return blocks


def roff_blocks(blocks):
    out = []
    for kind, content in blocks:
        if kind == "text":
            label = re.match(r"^(Exit status:)(.*)$", content)
            out.append(".PP")
            out.append(f"\\fB{label.group(1)}\\fR{roff(label.group(2))}" if label else roff(content))
        elif kind == "list":
            for term, text in content:
                out += [".TP", f"\\fB{roff(term)}\\fR", roff(text)]
        else:
            out += [".PP", ".RS 4", ".nf"] + [roff(l.strip()) for l in content] + [".fi", ".RE"]
    return out


def roff_option(option):
    names = ", ".join(f"\\fB{roff(n)}\\fR" for n in option.names)
    if option.value:
        names += f" \\fI{roff(option.value)}\\fR"
    return [".TP", names, roff(option.description)]


def exit_status(help_):
    """The "Exit status:" sentence of a command's description, up to the line that ends it."""
    lines = help_.description
    start = next((i for i, line in enumerate(lines) if line.startswith("Exit status:")), None)
    if start is None:
        return None
    sentence = []
    for line in lines[start:]:
        sentence.append(line.strip())
        if not line.strip() or line.rstrip().endswith("."):
            break
    return " ".join(sentence)[len("Exit status:"):].strip()


def man_page(program, sections, date):
    top = program.top
    out = [
        f'.TH KEYSCOUT 1 "{date}" "keyscout {program.version}" "User Commands"',
        ".nh",
        ".ad l",
        ".SH NAME",
        "keyscout \\- find leaked Hugging Face tokens and other ML credentials, and fix them",
        ".SH SYNOPSIS",
    ]
    synopses = [f"keyscout {u.split(None, 1)[1]}" if " " in u else "keyscout" for u in top.usage[:1]]
    synopses += [program.helps[name].synopsis() for name, _, _ in program.commands if name in program.helps]
    synopses.append("keyscout help [COMMAND]")
    for i, line in enumerate(synopses):
        if i:
            out.append(".br")
        out.append(roff_synopsis(line))
    out.append(".SH DESCRIPTION")
    out += roff_blocks(paragraphs(top.description))
    out.append(".PP")
    out.append("The commands:")
    for name, syntax, summary in program.commands:
        out += [".TP", roff_synopsis(f"{name} {syntax}".strip()), roff(summary) + "."]
    out.append(".SH OPTIONS")
    out.append("These options are for the window; each command has its own, under")
    out.append(".BR COMMANDS .")
    for option in top.options():
        out += roff_option(option)
    for line in top.sections.get("Arguments", []):
        match = re.match(r"^  (\S+) {2,}(.*)$", line)
        if match:
            out += [".TP", f"\\fI{roff(match.group(1))}\\fR", roff(match.group(2))]
    out.append(".SH COMMANDS")
    for name, _, _ in program.commands:
        if name == "help":
            out += [".SS " + roff_synopsis("keyscout help [COMMAND]"),
                    ".PP", "Prints the help of", ".I COMMAND",
                    "(the same as \\fBkeyscout\\fR \\fICOMMAND\\fR \\fB\\-\\-help\\fR), or without one the help above."]
            continue
        help_ = program.helps[name]
        out.append(".SS " + roff_synopsis(help_.synopsis()))
        out += roff_blocks(paragraphs(help_.description))
        arguments = help_.arguments()
        if arguments:
            out += [".PP", "\\fIArguments:\\fR"]
            for argument in arguments:
                out += [".TP", f"\\fI{roff(argument.syntax.strip('[]'))}\\fR", roff(argument.description)]
        options = help_.options()
        if options:
            out += [".PP", "\\fIOptions:\\fR"]
            for option in options:
                out += roff_option(option)
    out.append(".SH EXIT STATUS")
    out.append("Each command's own, as its help gives it:")
    for name, _, _ in program.commands:
        status = exit_status(program.helps[name]) if name in program.helps else None
        if status:
            out += [".TP", f"\\fBkeyscout {roff(name)}\\fR", roff(status)]
    out.append(".PP")
    out.append("A command given an option or argument it does not know exits 2.")
    out += [line for line in sections.rstrip("\n").split("\n") if not line.startswith('.\\"')]
    # A heading starts a paragraph already: a .PP right after one is noise (mandoc -Tlint says so).
    page = [line for i, line in enumerate(out) if not (line == ".PP" and i and out[i - 1].startswith((".SH", ".SS", ".PP")))]
    lines, filled = [], True
    for line in page:
        if line in (".nf", ".fi"):
            filled = line == ".fi"
        lines += wrap_roff(line) if filled else [line]  # preformatted lines stay as they are
    return "\n".join(lines) + "\n"


def wrap_roff(line, width=80):
    """Text lines at most `width` bytes (mandoc -Tlint's style); a wrapped line never starts a request."""
    if line.startswith((".", "'")) or len(line) <= width:
        return [line]
    lines = textwrap.wrap(line, width=width - 2, break_long_words=False, break_on_hyphens=False)
    return [("\\&" + l) if l.startswith((".", "'")) else l for l in lines]


# ------------------------------------------------------------------------------------------- completion

def value_kind(value, choices):
    if choices:
        return ("words", choices)
    name = (value or "").strip("[]").rstrip("….").upper()
    if name in ("FILE", "PATH"):
        return ("files", None)
    if name in ("DIR", "REPO", "FOLDER"):
        return ("dirs", None)
    if name == "CHANGE":
        return ("changes", None)
    return ("none", None)


def argument_kind(argument):
    return value_kind(argument.kind, word_choices(None, argument.description))


def first_sentence(text):
    """A short description for zsh: the first sentence, without parenthetical remarks if it is long."""
    sentence = re.split(r"(?<=\.)\s", text, maxsplit=1)[0]
    sentence = re.sub(r"\s*\([^)]*$", "", sentence).rstrip(".;")  # cut inside parentheses: drop them
    return re.sub(r"\s*\([^)]*\)", "", sentence) if len(sentence) > 60 else sentence


def sh_words(words):
    return " ".join(words)


def bash_reply(kind, arg, indent):
    pad = " " * indent
    if kind == "words":
        return f'{pad}_keyscout_words "{sh_words(arg)}"'
    if kind == "files":
        return f"{pad}_keyscout_files"
    if kind == "dirs":
        return f"{pad}_keyscout_dirs"
    if kind == "changes":
        return f"{pad}_keyscout_changes"
    return f"{pad}COMPREPLY=()"


def bash_completion(program):
    commands = [name for name, _, _ in program.commands]
    top_options = [n for o in program.top.options() for n in o.names]
    out = [
        "# bash completion for keyscout. Generated at build time from `keyscout --help` and each command's",
        "# --help by packaging/cli-docs.py: do not edit; change the help instead.",
        "",
        "_keyscout_words() {",
        '    COMPREPLY=($(compgen -W "$1" -- "$cur"))',
        "}",
        "_keyscout_files() {",
        "    COMPREPLY=()  # bash-completion's _filedir adds to it",
        "    if declare -F _filedir >/dev/null; then",
        "        _filedir",
        "    else",
        "        compopt -o filenames 2>/dev/null",
        '        local IFS=$\'\\n\'',
        '        COMPREPLY=($(compgen -f -- "$cur"))',
        "    fi",
        "}",
        "_keyscout_dirs() {",
        "    COMPREPLY=()",
        "    if declare -F _filedir >/dev/null; then",
        "        _filedir -d",
        "    else",
        "        compopt -o filenames 2>/dev/null",
        '        local IFS=$\'\\n\'',
        '        COMPREPLY=($(compgen -d -- "$cur"))',
        "    fi",
        "}",
        "_keyscout_changes() {",
        '    local ids; ids=$("${COMP_WORDS[0]}" changes 2>/dev/null | awk \'/^[^ ]/ {print $1}\')',
        '    COMPREPLY=($(compgen -W "$ids" -- "$cur"))',
        "}",
        "",
        "_keyscout() {",
        "    local cur=${COMP_WORDS[COMP_CWORD]} prev=${COMP_WORDS[COMP_CWORD-1]} cword=$COMP_CWORD",
        "    # COMP_WORDBREAKS splits --option=value into --option, =, value.",
        '    if [[ $cur == "=" ]]; then',
        "        cur=",
        '    elif [[ $prev == "=" ]]; then',
        "        prev=${COMP_WORDS[COMP_CWORD-2]}",
        "    fi",
        "    local command= i",
        "    for ((i = 1; i < cword; i++)); do",
        '        case ${COMP_WORDS[i]} in',
        "        -*|=) ;;",
        "        *) command=${COMP_WORDS[i]}; break ;;",
        "        esac",
        "    done",
        '    if [[ -z $command ]]; then',
        '        if [[ $cur == -* ]]; then',
        f'            _keyscout_words "{sh_words(top_options)}"',
        "        else",
        f'            _keyscout_words "{sh_words(commands)}"',
        "            local words=(\"${COMPREPLY[@]}\")",
        "            _keyscout_dirs",
        '            COMPREPLY=("${words[@]}" "${COMPREPLY[@]}")',
        "        fi",
        "        return 0",
        "    fi",
        "    # The words after the command that are not options or their values: the positional arguments.",
        "    local valued=\" \" position=0",
        '    case $command in',
    ]
    # Which options take a value, per command, to count positional arguments right.
    for name in commands:
        if name == "help":
            continue
        valued = [n for o in program.helps[name].options() if o.value for n in o.names]
        out.append(f'    {name}) valued=" {sh_words(valued)} " ;;')
    out += [
        "    esac",
        "    for ((i = i + 1; i < cword; i++)); do",
        '        case ${COMP_WORDS[i]} in',
        "        =) ;;",
        '        -*) [[ $valued == *" ${COMP_WORDS[i]} "* && ${COMP_WORDS[i+1]} != "=" ]] && ((i++)) ;;',
        "        *) [[ ${COMP_WORDS[i-1]} == \"=\" ]] || ((position++)) ;;",
        "        esac",
        "    done",
        '    case $command in',
        "    help)",
        f'        ((position == 0)) && _keyscout_words "{sh_words([c for c in commands if c != "help"])}"',
        "        ;;",
    ]
    for name in commands:
        if name == "help":
            continue
        help_ = program.helps[name]
        options = help_.options()
        out.append(f"    {name})")
        out.append('        case $prev in')
        for option in options:
            if not option.value:
                continue
            kind, arg = value_kind(option.value, option.choices())
            out.append(f"        {'|'.join(option.names)})")
            out.append(bash_reply(kind, arg, 12))
            out.append("            return 0 ;;")
        out.append("        esac")
        out.append('        if [[ $cur == -* ]]; then')
        out.append(f'            _keyscout_words "{sh_words(n for o in options for n in o.names)}"')
        out.append("            return 0")
        out.append("        fi")
        arguments = help_.arguments()
        if arguments:
            out.append("        case $position in")
            for index, argument in enumerate(arguments):
                kind, arg = argument_kind(argument)
                pattern = "*" if argument.repeated else str(index)
                out.append(f"        {pattern})")
                out.append(bash_reply(kind, arg, 12))
                out.append("            ;;")
            out.append("        esac")
        out.append("        ;;")
    out += [
        "    esac",
        "    return 0",
        "}",
        "complete -F _keyscout keyscout",
    ]
    return "\n".join(out) + "\n"


def zsh_quote(text):
    return text.replace("'", "'\\''")


def zsh_description(text):
    return zsh_quote(re.sub(r"[\[\]\\]", "", first_sentence(text)))


def zsh_action(kind, arg):
    if kind == "words":
        return f"({' '.join(arg)})"
    if kind == "files":
        return "_files"
    if kind == "dirs":
        return "_files -/"
    if kind == "changes":
        return "_keyscout_changes"
    return " "


def zsh_option(option):
    description = zsh_description(option.description)
    if option.value:
        kind, arg = value_kind(option.value, option.choices())
        value = f":{zsh_quote(option.value)}:{zsh_quote(zsh_action(kind, arg))}"
        names = [n + ("=" if n.startswith("--") else "+") for n in option.names]
    else:
        value = ""
        names = list(option.names)
    if option.repeatable:
        prefix = "'*'"
    elif len(option.names) > 1:
        prefix = f"'({' '.join(option.names)})'"
    else:
        prefix = ""
    if len(names) > 1:
        return f"{prefix}{{{','.join(names)}}}'[{description}]{value}'"
    star = "*" if option.repeatable else ""
    return f"'{star}{names[0]}[{description}]{value}'"


def zsh_completion(program):
    commands = [(name, summary) for name, _, summary in program.commands]
    out = [
        "#compdef keyscout",
        "# zsh completion for keyscout. Generated at build time from `keyscout --help` and each command's",
        "# --help by packaging/cli-docs.py: do not edit; change the help instead.",
        "",
        "_keyscout_changes() {",
        "  local -a ids",
        "  ids=(${(f)\"$(_call_program changes ${_keyscout_program:-keyscout} changes 2>/dev/null | awk '/^[^ ]/ {print $1}')\"})",
        "  _describe -t changes 'change' ids",
        "}",
        "",
        "_keyscout() {",
        "  local curcontext=$curcontext state state_descr line ret=1 _keyscout_program=$words[1]",
        "  typeset -A opt_args",
        "  local -a commands",
        "  commands=(",
    ]
    for name, summary in commands:
        out.append(f"    '{name}:{zsh_quote(summary)}'")
    out += [
        "  )",
        "  _arguments -C \\",
    ]
    for option in program.top.options():
        if option.long in ("--help", "--version"):
            out.append(f"    '(- *)'{{{','.join(option.names)}}}'[{zsh_description(option.description)}]' \\")
        else:
            out.append(f"    {zsh_option(option)} \\")
    out += [
        "    '1: :->command' \\",
        "    '*:: :->argument' && ret=0",
        "  case $state in",
        "  command)",
        "    _describe -t commands 'keyscout command' commands && ret=0",
        "    _files -/ && ret=0",
        "    ;;",
        "  argument)",
        "    curcontext=${curcontext%:*:*}:keyscout-$words[1]:",
        "    case $words[1] in",
        "    help)",
        "      _describe -t commands 'keyscout command' commands && ret=0",
        "      ;;",
    ]
    for name, _ in commands:
        if name == "help":
            continue
        help_ = program.helps[name]
        specs = [zsh_option(o) for o in help_.options()]
        for index, argument in enumerate(help_.arguments()):
            kind, arg = argument_kind(argument)
            label = zsh_quote(argument.name)
            action = zsh_quote(zsh_action(kind, arg))
            if argument.repeated:
                specs.append(f"'*:{label}:{action}'")
            else:
                colon = "::" if argument.optional else ":"
                specs.append(f"'{index + 1}{colon}{label}:{action}'")
        out.append(f"    {name})")
        out.append("      _arguments -s -S \\")
        for spec in specs:
            out.append(f"        {spec} \\")
        out.append("        && ret=0")
        out.append("      ;;")
    out += [
        "    esac",
        "    ;;",
        "  esac",
        "  return ret",
        "}",
        "",
        '_keyscout "$@"',
    ]
    return "\n".join(out) + "\n"


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--keyscout", required=True)
    parser.add_argument("--sections", required=True)
    parser.add_argument("--date", required=True)
    parser.add_argument("--out", required=True)
    args = parser.parse_args()
    try:
        program = Program(args.keyscout)
    except (ValueError, RuntimeError, subprocess.TimeoutExpired) as error:
        print(f"cli-docs: {error}", file=sys.stderr)
        return 1
    with open(args.sections, encoding="utf-8") as f:
        sections = f.read()
    os.makedirs(args.out, exist_ok=True)
    outputs = {
        "keyscout.1": man_page(program, sections, args.date),
        "keyscout.bash": bash_completion(program),
        "_keyscout": zsh_completion(program),
    }
    for name, text in outputs.items():
        path = os.path.join(args.out, name)
        with open(path + ".tmp", "w", encoding="utf-8") as f:
            f.write(text)
        os.replace(path + ".tmp", path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
