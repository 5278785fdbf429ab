// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ImportPolicy.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <string_view>

namespace keyscout {

class ByteStream;

// One global a pickle imports (GLOBAL, INST, STACK_GLOBAL; EXT codes as "<extension N>").
struct PickleImport {
    QString module;
    QString name;
    QString path; // "module.name", Python 2 names mapped
    ImportClass verdict = ImportClass::Unknown;
    QString reason;          // why it is dangerous
    QString opcode;          // how it was first imported: "GLOBAL", "STACK_GLOBAL", "INST", "EXT2"
    qint64 offset = 0;       // byte offset of that opcode in the file
    int calls = 0;           // REDUCE, NEWOBJ, NEWOBJ_EX, OBJ, INST on it (or on what it returned)
    qint64 firstCall = -1;   // byte offset of the first of those
    QStringList callOpcodes; // which of those, each once
};

// One call the pickle makes when loaded, written as Python: "posix.system('id')",
// "builtins.getattr(importlib.import_module('os'), 'system')('id')".
struct PickleCall {
    qint64 offset = 0;
    QString opcode;
    QString expression;
    int import = -1; // index in PickleReport::imports of the import at the root of the callee
};

struct PickleProblem {
    qint64 offset = 0; // byte offset in the file
    QString message;
};

// What a pickle stream would do when loaded, found without loading it.
struct PickleReport {
    int protocol = 0; // the highest PROTO seen (0 when none: protocol 0 or 1)
    int pickles = 0;  // complete pickles read (legacy torch files hold five in a row)
    QList<PickleImport> imports;
    QList<PickleCall> calls; // calls of anything not allow-listed, in order (at most Limits::maxCalls)
    qint64 allCalls = 0;     // every call, allow-listed ones too
    QList<PickleProblem> problems;
    bool malformed = false; // truncated, an unknown opcode, a stack or memo error: loading would fail there
    bool limitHit = false;  // stopped at a limit: the rest was not read
    qint64 opcodes = 0;
    qint64 end = 0; // offset after the last byte examined

    [[nodiscard]] ImportClass worst() const;
};

// A pickle opcode interpreter for protocols 0–5 that never imports or calls anything: it keeps a symbolic
// stack and memo, so that every global is resolved the way pickle would resolve it, STACK_GLOBAL and memo
// indirection included, and it records which globals get called and with what. Memory and time are bounded:
// limits on opcodes, stack, memo, values and bytes read; large string and bytes payloads are skipped, not
// read. A truncated or malformed stream is reported with its byte offset.
class PickleScanner {
public:
    struct Limits {
        qint64 maxOpcodes = 20'000'000;
        qint64 maxStack = 1'000'000;
        qint64 maxMemo = 1'000'000;
        qint64 maxValues = 2'000'000;
        qint64 maxBytesRead = qint64(256) << 20; // bytes of opcodes and arguments read (payloads skipped)
        qint64 maxCalls = 200;                   // calls listed in the report
        int maxPickles = 16;                     // pickles read one after another from one stream
    };

    PickleScanner() = default;
    explicit PickleScanner(const Limits& limits)
        : m_limits(limits)
    {
    }

    // Reads pickles from `stream` until one ends and no other follows (the next byte is not PROTO), or
    // `Limits::maxPickles` ended. `baseOffset` is the stream's offset in its file, for the reported offsets.
    [[nodiscard]] PickleReport scan(ByteStream& stream, qint64 baseOffset = 0) const;

    // Whether `head` starts like a pickle of protocol 2–5 (PROTO opcode), as torch archives' entries do.
    static bool looksLikePickle(std::string_view head);

private:
    Limits m_limits;
};

} // namespace keyscout
