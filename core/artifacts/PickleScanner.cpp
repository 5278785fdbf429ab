// SPDX-License-Identifier: GPL-3.0-or-later
#include "PickleScanner.h"

#include "ByteStream.h"

#include <QHash>
#include <algorithm>
#include <array>
#include <cstring>
#include <limits>
#include <vector>

namespace keyscout {

namespace {

// Opcodes (CPython Lib/pickletools.py).
enum Op : unsigned char {
    MARK = '(',
    STOP = '.',
    POP = '0',
    POP_MARK = '1',
    DUP = '2',
    FLOAT = 'F',
    INT = 'I',
    BININT = 'J',
    BININT1 = 'K',
    LONG = 'L',
    BININT2 = 'M',
    NONE = 'N',
    PERSID = 'P',
    BINPERSID = 'Q',
    REDUCE = 'R',
    STRING = 'S',
    BINSTRING = 'T',
    SHORT_BINSTRING = 'U',
    UNICODE = 'V',
    BINUNICODE = 'X',
    APPEND = 'a',
    BUILD = 'b',
    GLOBAL = 'c',
    DICT = 'd',
    EMPTY_DICT = '}',
    APPENDS = 'e',
    GET = 'g',
    BINGET = 'h',
    INST = 'i',
    LONG_BINGET = 'j',
    LIST = 'l',
    EMPTY_LIST = ']',
    OBJ = 'o',
    PUT = 'p',
    BINPUT = 'q',
    LONG_BINPUT = 'r',
    SETITEM = 's',
    TUPLE = 't',
    EMPTY_TUPLE = ')',
    SETITEMS = 'u',
    BINFLOAT = 'G',
    PROTO = 0x80,
    NEWOBJ = 0x81,
    EXT1 = 0x82,
    EXT2 = 0x83,
    EXT4 = 0x84,
    TUPLE1 = 0x85,
    TUPLE2 = 0x86,
    TUPLE3 = 0x87,
    NEWTRUE = 0x88,
    NEWFALSE = 0x89,
    LONG1 = 0x8a,
    LONG4 = 0x8b,
    BINBYTES = 'B',
    SHORT_BINBYTES = 'C',
    SHORT_BINUNICODE = 0x8c,
    BINUNICODE8 = 0x8d,
    BINBYTES8 = 0x8e,
    EMPTY_SET = 0x8f,
    ADDITEMS = 0x90,
    FROZENSET = 0x91,
    NEWOBJ_EX = 0x92,
    STACK_GLOBAL = 0x93,
    MEMOIZE = 0x94,
    FRAME = 0x95,
    BYTEARRAY8 = 0x96,
    NEXT_BUFFER = 0x97,
    READONLY_BUFFER = 0x98,
};

constexpr qsizetype kMaxText = 1024;      // characters of a string value kept (module and name need fewer)
constexpr qsizetype kMaxLine = 64 * 1024; // a protocol 0 argument line
constexpr int kMaxChildren = 8;           // items of a tuple kept for showing a call's arguments
constexpr qsizetype kMaxExpression = 300; // characters of a shown call

// A symbolic value: what the pickle would have built, as far as showing imports and calls needs.
enum class Kind : unsigned char {
    Unknown,
    None,
    Bool,
    Int,
    Float,
    Str,
    Bytes,
    Tuple,
    List,
    Dict,
    Set,
    Global,
    Call,
    PersId,
    Ext
};

struct Value {
    Kind kind = Kind::Unknown;
    bool built = false;  // the result of a call (an instance), not the global itself
    int root = -1;       // import at the root of a global, call or instance
    int text = -1;       // index in texts: a string's value, a global's path
    int firstChild = -1; // tuple items, or a call's callee then its argument
    int children = 0;
    qint64 number = 0; // an int's value, a container's item count
};

class Reader {
public:
    Reader(ByteStream& stream, qint64 base, qint64 maxRead)
        : m_stream(stream)
        , m_base(base)
        , m_maxRead(maxRead)
    {
    }

    // Offset in the file of the next byte.
    [[nodiscard]] qint64 offset() const { return m_base + m_consumed; }
    [[nodiscard]] bool limitHit() const { return m_limitHit; }
    // The stream itself stopped at a limit (an archive entry inflating past what Keyscout inflates).
    [[nodiscard]] bool streamLimitReached() const { return m_stream.limitReached(); }
    [[nodiscard]] qint64 streamPosition() const { return m_stream.position(); }

    bool byte(unsigned char* out)
    {
        if (m_pos == m_end && !fill()) {
            return false;
        }
        *out = static_cast<unsigned char>(m_buffer[m_pos++]);
        ++m_consumed;
        return true;
    }

    // `count` bytes (at most the buffer's size), valid until the next call.
    bool bytes(qsizetype count, std::string_view* out)
    {
        if (count > static_cast<qsizetype>(m_buffer.size())) {
            return false;
        }
        if (m_end - m_pos < count) {
            std::memmove(m_buffer.data(), m_buffer.data() + m_pos, static_cast<size_t>(m_end - m_pos));
            m_end -= m_pos;
            m_pos = 0;
            while (m_end < count) {
                if (!fillMore()) {
                    return false;
                }
            }
        }
        *out = std::string_view(m_buffer.data() + m_pos, static_cast<size_t>(count));
        m_pos += count;
        m_consumed += count;
        return true;
    }

    // A protocol 0 argument: up to '\n' (not included).
    bool line(std::string* out)
    {
        out->clear();
        unsigned char c = 0;
        while (byte(&c)) {
            if (c == '\n') {
                return true;
            }
            if (out->size() >= static_cast<size_t>(kMaxLine)) {
                return false;
            }
            out->push_back(static_cast<char>(c));
        }
        return false;
    }

    // Passes over `count` bytes without keeping them (a seek for stored data).
    bool skip(qint64 count)
    {
        const qint64 inBuffer = std::min<qint64>(count, m_end - m_pos);
        m_pos += inBuffer;
        m_consumed += inBuffer;
        const qint64 rest = count - inBuffer;
        if (rest == 0) {
            return true;
        }
        const qint64 skipped = m_stream.skip(rest);
        m_consumed += skipped;
        return skipped == rest;
    }

private:
    bool fill()
    {
        m_pos = 0;
        m_end = 0;
        return fillMore();
    }

    bool fillMore()
    {
        if (m_read >= m_maxRead) {
            m_limitHit = true;
            return false;
        }
        const qint64 room =
            std::min<qint64>(static_cast<qint64>(m_buffer.size()) - m_end, m_maxRead - m_read);
        const qint64 n = m_stream.read(m_buffer.data() + m_end, room);
        if (n <= 0) {
            return false;
        }
        m_read += n;
        m_end += n;
        return true;
    }

    ByteStream& m_stream;
    qint64 m_base;
    qint64 m_maxRead;
    qint64 m_read = 0;
    qint64 m_consumed = 0;
    std::array<char, 64 * 1024> m_buffer{};
    qsizetype m_pos = 0;
    qsizetype m_end = 0;
    bool m_limitHit = false;
};

QString opcodeName(unsigned char op)
{
    switch (op) {
    case GLOBAL:
        return QStringLiteral("GLOBAL");
    case STACK_GLOBAL:
        return QStringLiteral("STACK_GLOBAL");
    case INST:
        return QStringLiteral("INST");
    case OBJ:
        return QStringLiteral("OBJ");
    case REDUCE:
        return QStringLiteral("REDUCE");
    case BUILD:
        return QStringLiteral("BUILD");
    case NEWOBJ:
        return QStringLiteral("NEWOBJ");
    case NEWOBJ_EX:
        return QStringLiteral("NEWOBJ_EX");
    case EXT1:
        return QStringLiteral("EXT1");
    case EXT2:
        return QStringLiteral("EXT2");
    case EXT4:
        return QStringLiteral("EXT4");
    case APPEND:
    case APPENDS:
        return QStringLiteral("APPEND");
    case SETITEM:
    case SETITEMS:
        return QStringLiteral("SETITEM");
    case ADDITEMS:
        return QStringLiteral("ADDITEMS");
    default:
        return QStringLiteral("0x%1").arg(op, 2, 16, QLatin1Char('0'));
    }
}

qint64 littleEndian(std::string_view b)
{
    quint64 v = 0;
    for (size_t i = b.size(); i-- > 0;) {
        v = (v << 8) | static_cast<unsigned char>(b[i]);
    }
    return static_cast<qint64>(v);
}

// Interprets one stream; one instance per scan.
class Interpreter {
public:
    Interpreter(const PickleScanner::Limits& limits, ByteStream& stream, qint64 base)
        : m_limits(limits)
        , m_in(stream, base, limits.maxBytesRead)
    {
        m_values.push_back(Value{}); // 0: the shared unknown value, used once the value limit is reached
    }

    PickleReport run()
    {
        while (m_report.pickles < m_limits.maxPickles && !m_stopped) {
            const qint64 start = m_in.offset();
            unsigned char first = 0;
            if (!m_in.byte(&first)) {
                if (m_report.pickles == 0) {
                    fail(start, QStringLiteral("empty: no pickle opcode"));
                }
                break;
            }
            if (m_report.pickles > 0 && first != PROTO) {
                break; // data after the last pickle (legacy torch storages, joblib arrays): not a pickle
            }
            resetPickle();
            if (!interpret(first, start)) {
                break;
            }
            ++m_report.pickles;
        }
        m_report.end = m_in.offset();
        return std::move(m_report);
    }

private:
    void resetPickle()
    {
        m_stack.clear();
        m_marks.clear();
        m_memo.clear();
        m_frameEnd = -1;
    }

    void fail(qint64 offset, const QString& message)
    {
        m_report.problems.append({offset, message});
        m_report.malformed = true;
        m_stopped = true;
    }

    void limit(qint64 offset, const QString& message)
    {
        m_report.problems.append({offset, message});
        m_report.limitHit = true;
        m_stopped = true;
    }

    bool truncated(qint64 offset, unsigned char op)
    {
        if (m_in.limitHit()) {
            limit(offset, QStringLiteral("stopped after reading %1 bytes of opcodes (the limit)")
                              .arg(m_limits.maxBytesRead));
        } else if (m_in.streamLimitReached()) {
            // A decompression bomb, or a payload where PyTorch never stores one: not judged past this point.
            limit(offset,
                  QStringLiteral("stopped inside opcode %1: the entry inflates past %2 bytes, the most "
                                 "Keyscout inflates from one archive entry")
                      .arg(opcodeName(op))
                      .arg(m_in.streamPosition()));
        } else {
            fail(offset, QStringLiteral("truncated: the stream ends inside opcode %1").arg(opcodeName(op)));
        }
        return false;
    }

    int newValue(const Value& v)
    {
        if (static_cast<qint64>(m_values.size()) >= m_limits.maxValues) {
            if (!m_valuesFull) {
                m_valuesFull = true;
                m_report.problems.append(
                    {m_in.offset(), QStringLiteral("more than %1 values: later values are not kept")
                                        .arg(m_limits.maxValues)});
                m_report.limitHit = true;
            }
            return 0;
        }
        m_values.push_back(v);
        return static_cast<int>(m_values.size() - 1);
    }

    int newText(const QString& text)
    {
        m_texts.push_back(text.left(kMaxText));
        return static_cast<int>(m_texts.size() - 1);
    }

    int simple(Kind kind, qint64 number = 0)
    {
        Value v;
        v.kind = kind;
        v.number = number;
        return newValue(v);
    }

    int string(Kind kind, const QString& text)
    {
        Value v;
        v.kind = kind;
        v.text = newText(text);
        return newValue(v);
    }

    // A container of `items`; tuples keep their first items for showing calls.
    int container(Kind kind, const std::vector<int>& items)
    {
        Value v;
        v.kind = kind;
        v.number = static_cast<qint64>(items.size());
        if (kind == Kind::Tuple) {
            v.firstChild = static_cast<int>(m_children.size());
            v.children = static_cast<int>(std::min<size_t>(items.size(), kMaxChildren));
            m_children.insert(m_children.end(), items.begin(), items.begin() + v.children);
        }
        return newValue(v);
    }

    bool push(int value, qint64 offset)
    {
        if (static_cast<qint64>(m_stack.size()) >= m_limits.maxStack) {
            limit(offset, QStringLiteral("the stack grew past %1 items (the limit)").arg(m_limits.maxStack));
            return false;
        }
        m_stack.push_back(value);
        return true;
    }

    bool pop(int* value, qint64 offset, unsigned char op)
    {
        const size_t floor = m_marks.empty() ? 0 : m_marks.back();
        if (m_stack.size() <= floor) {
            fail(offset, QStringLiteral("%1 on an empty stack").arg(opcodeName(op)));
            return false;
        }
        *value = m_stack.back();
        m_stack.pop_back();
        return true;
    }

    bool top(int** value, qint64 offset, unsigned char op)
    {
        const size_t floor = m_marks.empty() ? 0 : m_marks.back();
        if (m_stack.size() <= floor) {
            fail(offset, QStringLiteral("%1 on an empty stack").arg(opcodeName(op)));
            return false;
        }
        *value = &m_stack.back();
        return true;
    }

    bool popMark(std::vector<int>* items, qint64 offset, unsigned char op)
    {
        if (m_marks.empty()) {
            fail(offset, QStringLiteral("%1 without a MARK").arg(opcodeName(op)));
            return false;
        }
        const size_t mark = m_marks.back();
        m_marks.pop_back();
        items->assign(m_stack.begin() + static_cast<qsizetype>(mark), m_stack.end());
        m_stack.resize(mark);
        return true;
    }

    // Records an import and returns the value of the global.
    int addImport(const QString& module, const QString& name, unsigned char op, qint64 offset)
    {
        const QString path = importPath(module, name);
        auto it = m_importIndex.find(path);
        if (it == m_importIndex.end()) {
            PickleImport imp;
            imp.module = module;
            imp.name = name;
            imp.path = path;
            const ImportJudgement j = judgeImport(module, name);
            imp.verdict = j.verdict;
            imp.reason = j.reason;
            imp.opcode = opcodeName(op);
            imp.offset = offset;
            it = m_importIndex.insert(path, static_cast<int>(m_report.imports.size()));
            m_report.imports.append(imp);
        }
        Value v;
        v.kind = Kind::Global;
        v.root = *it;
        v.text = newText(path);
        return newValue(v);
    }

    // Records a call of `callee` with `args` and returns its result.
    int addCall(int callee, int args, unsigned char op, qint64 offset)
    {
        ++m_report.allCalls;
        const int root = m_values[static_cast<size_t>(callee)].root;
        Value v;
        v.kind = Kind::Call;
        v.built = true;
        v.root = root;
        v.firstChild = static_cast<int>(m_children.size());
        v.children = 2;
        m_children.push_back(callee);
        m_children.push_back(args);
        const int result = newValue(v);
        if (root >= 0) {
            PickleImport& imp = m_report.imports[root];
            if (imp.calls++ == 0) {
                imp.firstCall = offset;
            }
            const QString name = opcodeName(op);
            if (!imp.callOpcodes.contains(name)) {
                imp.callOpcodes << name;
            }
        }
        // Allow-listed globals and what they return are the ordinary tensor and container rebuilding: not
        // listed.
        const bool vetted = root >= 0 && m_report.imports[root].verdict == ImportClass::Safe;
        if (!vetted && m_report.calls.size() < m_limits.maxCalls) {
            QString expression = op == BUILD ? render(callee, 0) + QStringLiteral(".__setstate__(") +
                                                   render(args, 1) + QLatin1Char(')')
                                             : render(result, 0);
            m_report.calls.append({offset, opcodeName(op), expression.left(kMaxExpression), root});
        }
        return result;
    }

    QString render(int index, int depth) const
    {
        if (depth > 6) {
            return QStringLiteral("…");
        }
        const Value& v = m_values[static_cast<size_t>(index)];
        switch (v.kind) {
        case Kind::None:
            return QStringLiteral("None");
        case Kind::Bool:
            return v.number != 0 ? QStringLiteral("True") : QStringLiteral("False");
        case Kind::Int:
            return QString::number(v.number);
        case Kind::Float:
            return QStringLiteral("0.0");
        case Kind::Str: {
            QString s = m_texts[static_cast<size_t>(v.text)];
            if (s.size() > 60) {
                s = s.left(60) + QStringLiteral("…");
            }
            s.replace(QLatin1Char('\\'), QLatin1String("\\\\"))
                .replace(QLatin1Char('\''), QLatin1String("\\'"));
            s.replace(QLatin1Char('\n'), QLatin1String("\\n"));
            return QLatin1Char('\'') + s + QLatin1Char('\'');
        }
        case Kind::Bytes:
            return QStringLiteral("b'…'");
        case Kind::Tuple: {
            QStringList items;
            for (int i = 0; i < v.children; ++i) {
                items << render(m_children[static_cast<size_t>(v.firstChild + i)], depth + 1);
            }
            if (v.number > v.children) {
                items << QStringLiteral("…");
            }
            return QLatin1Char('(') + items.join(QLatin1String(", ")) +
                   (v.number == 1 ? QStringLiteral(",)") : QStringLiteral(")"));
        }
        case Kind::List:
            return v.number == 0 ? QStringLiteral("[]") : QStringLiteral("[…]");
        case Kind::Dict:
            return v.number == 0 ? QStringLiteral("{}") : QStringLiteral("{…}");
        case Kind::Set:
            return QStringLiteral("{…}");
        case Kind::Global:
        case Kind::Ext:
            return m_texts[static_cast<size_t>(v.text)];
        case Kind::PersId:
            return QStringLiteral("persistent_load(…)");
        case Kind::Call: {
            const int callee = m_children[static_cast<size_t>(v.firstChild)];
            const int args = m_children[static_cast<size_t>(v.firstChild + 1)];
            const Value& a = m_values[static_cast<size_t>(args)];
            QString inner = render(args, depth + 1);
            if (a.kind == Kind::Tuple) {
                inner = inner.mid(1, inner.size() - 2);
                if (inner.endsWith(QLatin1Char(','))) {
                    inner.chop(1);
                }
                return render(callee, depth + 1) + QLatin1Char('(') + inner + QLatin1Char(')');
            }
            return render(callee, depth + 1) + QStringLiteral("(*") + inner + QLatin1Char(')');
        }
        case Kind::Unknown:
            break;
        }
        return QStringLiteral("…");
    }

    // Reads a length-prefixed string or bytes argument: keeps the first kMaxText bytes, skips the rest.
    bool payload(qint64 length, Kind kind, qint64 offset, unsigned char op)
    {
        if (length < 0) {
            fail(offset, QStringLiteral("%1 with a negative length").arg(opcodeName(op)));
            return false;
        }
        if (m_frameEnd >= 0 && length > m_frameEnd - m_in.offset()) { // not offset + length: 8-byte lengths
            fail(offset, QStringLiteral("%1 crosses the end of its frame").arg(opcodeName(op)));
            return false;
        }
        if (kind == Kind::Str) {
            const qint64 keep = std::min<qint64>(length, kMaxText * 4);
            std::string_view head;
            if (!m_in.bytes(keep, &head)) {
                return truncated(offset, op);
            }
            const QString text = QString::fromUtf8(head.data(), static_cast<qsizetype>(head.size()));
            if (!m_in.skip(length - keep)) {
                return truncated(offset, op);
            }
            return push(string(Kind::Str, text), offset);
        }
        if (!m_in.skip(length)) {
            return truncated(offset, op);
        }
        return push(simple(kind, length), offset);
    }

    bool fixed(qsizetype count, std::string_view* out, qint64 offset, unsigned char op)
    {
        if (m_frameEnd >= 0 && m_in.offset() + count > m_frameEnd) {
            fail(offset, QStringLiteral("%1 crosses the end of its frame").arg(opcodeName(op)));
            return false;
        }
        return m_in.bytes(count, out) || truncated(offset, op);
    }

    bool lineArg(std::string* out, qint64 offset, unsigned char op)
    {
        if (!m_in.line(out)) {
            if (out->size() >= static_cast<size_t>(kMaxLine)) {
                fail(offset,
                     QStringLiteral("%1 argument longer than %2 bytes").arg(opcodeName(op)).arg(kMaxLine));
                return false;
            }
            return truncated(offset, op);
        }
        return true;
    }

    bool memoPut(qint64 key, qint64 offset, unsigned char op)
    {
        int* t = nullptr;
        if (!top(&t, offset, op)) {
            return false;
        }
        if (key < 0) {
            fail(offset, QStringLiteral("negative memo key %1").arg(key));
            return false;
        }
        if (!m_memo.contains(key) && m_memo.size() >= m_limits.maxMemo) {
            limit(offset, QStringLiteral("the memo grew past %1 entries (the limit)").arg(m_limits.maxMemo));
            return false;
        }
        m_memo.insert(key, *t);
        return true;
    }

    bool memoGet(qint64 key, qint64 offset)
    {
        const auto it = m_memo.constFind(key);
        if (it == m_memo.constEnd()) {
            fail(offset, QStringLiteral("memo key %1 was never stored").arg(key));
            return false;
        }
        return push(*it, offset);
    }

    bool global(const QString& module, const QString& name, unsigned char op, qint64 offset)
    {
        if (module.isEmpty() || name.isEmpty()) {
            fail(offset, QStringLiteral("%1 with an empty module or name").arg(opcodeName(op)));
            return false;
        }
        return push(addImport(module, name, op, offset), offset);
    }

    // A call of the class or function in items[0] with the rest as arguments (OBJ), or of a global (INST).
    bool callWith(int callee, const std::vector<int>& args, unsigned char op, qint64 offset)
    {
        const int tuple = container(Kind::Tuple, args);
        return push(addCall(callee, tuple, op, offset), offset);
    }

    // A method call on a container that is really an instance (APPEND on an object calls its append()).
    void methodOnInstance(int target, int item, unsigned char op, qint64 offset)
    {
        const Value& t = m_values[static_cast<size_t>(target)];
        if (t.kind == Kind::Call || t.kind == Kind::Global) {
            addCall(target, container(Kind::Tuple, {item}), op, offset);
        }
    }

    // Small dicts keep their items: joblib's array wrappers describe the array data that follows them.
    void remember(int target, const std::vector<int>& items)
    {
        if (target <= 0 || m_values[static_cast<size_t>(target)].kind != Kind::Dict) {
            return;
        }
        std::vector<int>& kept = m_dictItems[target];
        if (kept.size() + items.size() <= 64) {
            kept.insert(kept.end(), items.begin(), items.end());
        }
    }

    [[nodiscard]] int dictValue(int dict, QLatin1String key) const
    {
        const auto it = m_dictItems.constFind(dict);
        if (it == m_dictItems.constEnd()) {
            return -1;
        }
        for (size_t i = 0; i + 1 < it->size(); i += 2) {
            const Value& k = m_values[static_cast<size_t>((*it)[i])];
            if (k.kind == Kind::Str && m_texts[static_cast<size_t>(k.text)] == key) {
                return (*it)[i + 1];
            }
        }
        return -1;
    }

    bool joblibArray(int wrapper, int state, qint64 offset);

    void grow(int target, qint64 count)
    {
        if (target > 0) {
            m_values[static_cast<size_t>(target)].number += count;
        }
    }

    bool interpret(unsigned char op, qint64 offset);

    const PickleScanner::Limits& m_limits;
    Reader m_in;
    PickleReport m_report;
    std::vector<Value> m_values;
    std::vector<QString> m_texts;
    std::vector<int> m_children;
    std::vector<int> m_stack;
    std::vector<size_t> m_marks;
    QHash<qint64, int> m_memo;
    QHash<int, std::vector<int>> m_dictItems;
    QHash<QString, int> m_importIndex;
    qint64 m_frameEnd = -1;
    bool m_valuesFull = false;
    bool m_stopped = false;
};

// joblib writes each numpy array's bytes into the stream right after the BUILD of its NumpyArrayWrapper
// (joblib/numpy_pickle.py write_array/read_array): an optional padding (one length byte, then that many
// bytes), then the raw data, or for an object array a whole nested pickle. Skips the data, reads the pickle.
bool Interpreter::joblibArray(int wrapper, int state, qint64 offset)
{
    Q_UNUSED(wrapper)
    const int shape = dictValue(state, QLatin1String("shape"));
    const int dtype = dictValue(state, QLatin1String("dtype"));
    const int alignment = dictValue(state, QLatin1String("numpy_array_alignment_bytes"));
    auto failArray = [&](const QString& why) {
        fail(offset, QStringLiteral("joblib array data cannot be skipped: %1").arg(why));
        return false;
    };
    if (shape < 0 || dtype < 0) {
        return failArray(QStringLiteral("no shape or dtype"));
    }
    const Value& s = m_values[static_cast<size_t>(shape)];
    const Value& d = m_values[static_cast<size_t>(dtype)];
    if (s.kind != Kind::Tuple || s.number > s.children || d.kind != Kind::Call) {
        return failArray(QStringLiteral("an unusual shape or dtype"));
    }
    quint64 elements = 1;
    for (int i = 0; i < s.children; ++i) {
        const Value& dim = m_values[static_cast<size_t>(m_children[static_cast<size_t>(s.firstChild + i)])];
        if (dim.kind != Kind::Int || dim.number < 0 ||
            __builtin_mul_overflow(elements, static_cast<quint64>(dim.number), &elements)) {
            return failArray(QStringLiteral("an unusual shape"));
        }
    }
    // numpy.dtype('f8', False, True): the type string is the first argument.
    const Value& args = m_values[static_cast<size_t>(m_children[static_cast<size_t>(d.firstChild + 1)])];
    const Value* code = args.kind == Kind::Tuple && args.children > 0
                            ? &m_values[static_cast<size_t>(m_children[static_cast<size_t>(args.firstChild)])]
                            : nullptr;
    if (code == nullptr || code->kind != Kind::Str) {
        return failArray(QStringLiteral("an unusual dtype"));
    }
    const QString type = m_texts[static_cast<size_t>(code->text)];
    const bool object = type.startsWith(QLatin1Char('O'));
    m_frameEnd = -1; // the array is written outside the pickle's frames
    if (alignment >= 0 && m_values[static_cast<size_t>(alignment)].kind == Kind::Int && !object) {
        std::string_view padding;
        if (!m_in.bytes(1, &padding) || !m_in.skip(static_cast<unsigned char>(padding[0]))) {
            return truncated(offset, BUILD);
        }
    }
    if (object) {
        // A nested pickle of the array: read it with its own stack and memo, then go on.
        std::vector<int> stack;
        std::vector<size_t> marks;
        QHash<qint64, int> memo;
        std::swap(stack, m_stack);
        std::swap(marks, m_marks);
        std::swap(memo, m_memo);
        const qint64 start = m_in.offset();
        unsigned char first = 0;
        const bool ok = (m_in.byte(&first) || truncated(start, BUILD)) && interpret(first, start);
        std::swap(stack, m_stack);
        std::swap(marks, m_marks);
        std::swap(memo, m_memo);
        m_frameEnd = -1;
        return ok;
    }
    qsizetype digits = 0;
    while (digits < type.size() && !type.at(digits).isDigit()) {
        ++digits;
    }
    const QString kind = type.left(digits);
    const qint64 count = type.mid(digits).toLongLong();
    qint64 itemsize = 0;
    if (kind == QLatin1String("U")) {
        itemsize = 4 * count;
    } else if (kind == QLatin1String("?")) {
        itemsize = 1;
    } else if (!kind.isEmpty() && QStringLiteral("biufcSaVMm").contains(kind.back()) && count > 0) {
        itemsize = count;
    }
    quint64 bytes = 0;
    if (itemsize <= 0 || __builtin_mul_overflow(elements, static_cast<quint64>(itemsize), &bytes) ||
        bytes > static_cast<quint64>(INT64_MAX)) {
        return failArray(QStringLiteral("dtype %1").arg(type));
    }
    return m_in.skip(static_cast<qint64>(bytes)) || truncated(offset, BUILD);
}

// Runs one pickle from its first opcode `op` at `offset` to STOP. False when it stopped early.
bool Interpreter::interpret(unsigned char op, qint64 offset)
{
    std::string line;
    std::string_view arg;
    std::vector<int> items;
    int a = 0;
    int b = 0;
    int c = 0;
    int* t = nullptr;
    for (;;) {
        if (++m_report.opcodes > m_limits.maxOpcodes) {
            limit(offset, QStringLiteral("stopped after %1 opcodes (the limit)").arg(m_limits.maxOpcodes));
            return false;
        }
        if (m_frameEnd >= 0 && offset >= m_frameEnd) {
            m_frameEnd = -1;
        }
        bool ok = true;
        switch (op) {
        case PROTO:
            ok = fixed(1, &arg, offset, op);
            if (ok) {
                const int proto = static_cast<unsigned char>(arg[0]);
                if (proto > 5) {
                    fail(offset, QStringLiteral("unsupported pickle protocol %1").arg(proto));
                    return false;
                }
                m_report.protocol = std::max(m_report.protocol, proto);
            }
            break;
        case FRAME:
            ok = fixed(8, &arg, offset, op);
            if (ok) {
                if (m_frameEnd >= 0 && m_in.offset() < m_frameEnd) {
                    fail(offset, QStringLiteral("a new FRAME before the end of the current one"));
                    return false;
                }
                const qint64 length = littleEndian(arg);
                if (length < 0 || length > std::numeric_limits<qint64>::max() - m_in.offset()) {
                    fail(offset, QStringLiteral("FRAME with an impossible length"));
                    return false;
                }
                m_frameEnd = m_in.offset() + length;
            }
            break;
        case STOP:
            ok = pop(&a, offset, op);
            return ok;
        case MARK:
            m_marks.push_back(m_stack.size());
            break;
        case POP:
            if (!m_stack.empty() && (m_marks.empty() || m_stack.size() > m_marks.back())) {
                m_stack.pop_back();
            } else if (m_marks.empty()) {
                fail(offset, QStringLiteral("POP on an empty stack"));
                return false;
            } else {
                ok = popMark(&items, offset, op); // POP on a mark pops the mark, as CPython does
            }
            break;
        case POP_MARK:
            ok = popMark(&items, offset, op);
            break;
        case DUP:
            ok = top(&t, offset, op) && push(*t, offset);
            break;
        case NONE:
            ok = push(simple(Kind::None), offset);
            break;
        case NEWTRUE:
        case NEWFALSE:
            ok = push(simple(Kind::Bool, op == NEWTRUE ? 1 : 0), offset);
            break;
        case INT:
            ok = lineArg(&line, offset, op);
            if (ok) {
                bool number = false;
                const qint64 v = QByteArray::fromStdString(line).trimmed().toLongLong(&number);
                if (line == "00" || line == "01") {
                    ok = push(simple(Kind::Bool, line == "01" ? 1 : 0), offset);
                } else if (!number && QByteArray::fromStdString(line).trimmed().isEmpty()) {
                    fail(offset, QStringLiteral("INT without digits"));
                    return false;
                } else {
                    ok = push(simple(Kind::Int, v), offset);
                }
            }
            break;
        case LONG:
        case FLOAT:
            ok = lineArg(&line, offset, op) && push(simple(op == LONG ? Kind::Int : Kind::Float), offset);
            break;
        case BININT:
            ok =
                fixed(4, &arg, offset, op) &&
                push(simple(Kind::Int, static_cast<qint32>(static_cast<quint32>(littleEndian(arg)))), offset);
            break;
        case BININT1:
            ok = fixed(1, &arg, offset, op) && push(simple(Kind::Int, littleEndian(arg)), offset);
            break;
        case BININT2:
            ok = fixed(2, &arg, offset, op) && push(simple(Kind::Int, littleEndian(arg)), offset);
            break;
        case BINFLOAT:
            ok = fixed(8, &arg, offset, op) && push(simple(Kind::Float), offset);
            break;
        case LONG1:
            ok = fixed(1, &arg, offset, op) && payload(littleEndian(arg), Kind::Int, offset, op);
            break;
        case LONG4:
            ok = fixed(4, &arg, offset, op) &&
                 payload(static_cast<qint32>(static_cast<quint32>(littleEndian(arg))), Kind::Int, offset, op);
            break;
        case STRING:
            ok = lineArg(&line, offset, op);
            if (ok) {
                if (line.size() < 2 || line.front() != line.back() ||
                    (line.front() != '\'' && line.front() != '"')) {
                    fail(offset, QStringLiteral("STRING argument is not quoted"));
                    return false;
                }
                ok = push(string(Kind::Str, QString::fromLatin1(line.substr(1, line.size() - 2))), offset);
            }
            break;
        case UNICODE:
            ok = lineArg(&line, offset, op) && push(string(Kind::Str, QString::fromUtf8(line)), offset);
            break;
        case BINSTRING:
            ok = fixed(4, &arg, offset, op) &&
                 payload(static_cast<qint32>(static_cast<quint32>(littleEndian(arg))), Kind::Str, offset, op);
            break;
        case SHORT_BINSTRING:
        case SHORT_BINUNICODE:
            ok = fixed(1, &arg, offset, op) && payload(littleEndian(arg), Kind::Str, offset, op);
            break;
        case BINUNICODE:
            ok = fixed(4, &arg, offset, op) && payload(littleEndian(arg), Kind::Str, offset, op);
            break;
        case BINUNICODE8:
            ok = fixed(8, &arg, offset, op) && payload(littleEndian(arg), Kind::Str, offset, op);
            break;
        case SHORT_BINBYTES:
            ok = fixed(1, &arg, offset, op) && payload(littleEndian(arg), Kind::Bytes, offset, op);
            break;
        case BINBYTES:
            ok = fixed(4, &arg, offset, op) && payload(littleEndian(arg), Kind::Bytes, offset, op);
            break;
        case BINBYTES8:
        case BYTEARRAY8:
            ok = fixed(8, &arg, offset, op) && payload(littleEndian(arg), Kind::Bytes, offset, op);
            break;
        case NEXT_BUFFER:
            ok = push(simple(Kind::Bytes), offset);
            break;
        case READONLY_BUFFER:
            ok = top(&t, offset, op);
            break;
        case EMPTY_TUPLE:
            ok = push(container(Kind::Tuple, {}), offset);
            break;
        case EMPTY_LIST:
            ok = push(simple(Kind::List), offset);
            break;
        case EMPTY_DICT:
            ok = push(simple(Kind::Dict), offset);
            break;
        case EMPTY_SET:
            ok = push(simple(Kind::Set), offset);
            break;
        case TUPLE:
            ok = popMark(&items, offset, op) && push(container(Kind::Tuple, items), offset);
            break;
        case LIST:
            ok = popMark(&items, offset, op) && push(container(Kind::List, items), offset);
            break;
        case DICT:
            ok = popMark(&items, offset, op);
            if (ok && items.size() % 2 != 0) {
                fail(offset, QStringLiteral("DICT with an odd number of items"));
                return false;
            }
            if (ok) {
                const int dict = container(Kind::Dict, items);
                remember(dict, items);
                ok = push(dict, offset);
            }
            break;
        case FROZENSET:
            ok = popMark(&items, offset, op) && push(container(Kind::Set, items), offset);
            break;
        case TUPLE1:
        case TUPLE2:
        case TUPLE3: {
            const int n = op - TUPLE1 + 1;
            items.assign(static_cast<size_t>(n), 0);
            for (int i = n - 1; ok && i >= 0; --i) {
                ok = pop(&items[static_cast<size_t>(i)], offset, op);
            }
            ok = ok && push(container(Kind::Tuple, items), offset);
            break;
        }
        case APPEND:
            ok = pop(&a, offset, op) && top(&t, offset, op);
            if (ok) {
                methodOnInstance(*t, a, op, offset);
                grow(*t, 1);
            }
            break;
        case APPENDS:
        case ADDITEMS:
            ok = popMark(&items, offset, op) && top(&t, offset, op);
            if (ok) {
                if (!items.empty()) {
                    methodOnInstance(*t, items.front(), op, offset);
                }
                grow(*t, static_cast<qint64>(items.size()));
            }
            break;
        case SETITEM:
            ok = pop(&a, offset, op) && pop(&b, offset, op) && top(&t, offset, op);
            if (ok) {
                methodOnInstance(*t, b, op, offset);
                remember(*t, {b, a});
                grow(*t, 1);
            }
            break;
        case SETITEMS:
            ok = popMark(&items, offset, op) && top(&t, offset, op);
            if (ok) {
                if (items.size() % 2 != 0) {
                    fail(offset, QStringLiteral("SETITEMS with an odd number of items"));
                    return false;
                }
                if (!items.empty()) {
                    methodOnInstance(*t, items.front(), op, offset);
                }
                remember(*t, items);
                grow(*t, static_cast<qint64>(items.size() / 2));
            }
            break;
        case PUT:
            ok = lineArg(&line, offset, op);
            if (ok) {
                bool number = false;
                const qint64 key = QByteArray::fromStdString(line).toLongLong(&number);
                if (!number) {
                    fail(offset, QStringLiteral("PUT with a key that is not a number"));
                    return false;
                }
                ok = memoPut(key, offset, op);
            }
            break;
        case BINPUT:
            ok = fixed(1, &arg, offset, op) && memoPut(littleEndian(arg), offset, op);
            break;
        case LONG_BINPUT:
            ok = fixed(4, &arg, offset, op) && memoPut(littleEndian(arg), offset, op);
            break;
        case MEMOIZE:
            ok = memoPut(m_memo.size(), offset, op);
            break;
        case GET:
            ok = lineArg(&line, offset, op);
            if (ok) {
                bool number = false;
                const qint64 key = QByteArray::fromStdString(line).toLongLong(&number);
                if (!number) {
                    fail(offset, QStringLiteral("GET with a key that is not a number"));
                    return false;
                }
                ok = memoGet(key, offset);
            }
            break;
        case BINGET:
            ok = fixed(1, &arg, offset, op) && memoGet(littleEndian(arg), offset);
            break;
        case LONG_BINGET:
            ok = fixed(4, &arg, offset, op) && memoGet(littleEndian(arg), offset);
            break;
        case GLOBAL: {
            std::string module;
            ok = lineArg(&module, offset, op) && lineArg(&line, offset, op) &&
                 global(QString::fromUtf8(module), QString::fromUtf8(line), op, offset);
            break;
        }
        case STACK_GLOBAL:
            ok = pop(&a, offset, op) && pop(&b, offset, op);
            if (ok) {
                const Value& name = m_values[static_cast<size_t>(a)];
                const Value& module = m_values[static_cast<size_t>(b)];
                if (name.kind != Kind::Str || module.kind != Kind::Str) {
                    // pickle would fail here ("STACK_GLOBAL requires str") unless the values are strings
                    // built some other way: either way nobody can say what it imports.
                    m_report.problems.append(
                        {offset,
                         QStringLiteral("STACK_GLOBAL whose module or name is not a plain string: %1.%2")
                             .arg(render(b, 0), render(a, 0))});
                    PickleImport imp;
                    imp.module = render(b, 0);
                    imp.name = render(a, 0);
                    imp.path = QStringLiteral("<unresolved %1.%2>").arg(imp.module, imp.name);
                    imp.opcode = opcodeName(op);
                    imp.offset = offset;
                    Value v;
                    v.kind = Kind::Global;
                    v.root = static_cast<int>(m_report.imports.size());
                    v.text = newText(imp.path);
                    m_report.imports.append(imp);
                    ok = push(newValue(v), offset);
                } else {
                    const QString moduleText = m_texts[static_cast<size_t>(module.text)];
                    const QString nameText = m_texts[static_cast<size_t>(name.text)];
                    ok = global(moduleText, nameText, op, offset);
                }
            }
            break;
        case EXT1:
        case EXT2:
        case EXT4:
            ok = fixed(op == EXT1 ? 1 : op == EXT2 ? 2 : 4, &arg, offset, op);
            if (ok) {
                // copyreg's extension registry maps the code to whatever the loading process registered:
                // nothing in the file says what it imports.
                const qint64 code = littleEndian(arg);
                m_report.problems.append(
                    {offset, QStringLiteral("%1 extension code %2: imports whatever the loading process "
                                            "registered under that code (copyreg)")
                                 .arg(opcodeName(op))
                                 .arg(code)});
                const QString path = QStringLiteral("<extension %1>").arg(code);
                auto it = m_importIndex.find(path);
                if (it == m_importIndex.end()) {
                    PickleImport imp;
                    imp.path = path;
                    imp.opcode = opcodeName(op);
                    imp.offset = offset;
                    it = m_importIndex.insert(path, static_cast<int>(m_report.imports.size()));
                    m_report.imports.append(imp);
                }
                Value v;
                v.kind = Kind::Ext;
                v.root = *it;
                v.text = newText(path);
                ok = push(newValue(v), offset);
            }
            break;
        case REDUCE:
            ok = pop(&a, offset, op) && top(&t, offset, op);
            if (ok) {
                const int callee = *t;
                const int result = addCall(callee, a, op, offset);
                m_stack.back() = result;
            }
            break;
        case BUILD:
            ok = pop(&a, offset, op) && top(&t, offset, op);
            if (ok) {
                const int target = *t;
                const Value& v = m_values[static_cast<size_t>(target)];
                if (v.kind == Kind::Global || v.kind == Kind::Ext) {
                    // BUILD on a class or function itself sets its attributes (or calls its __setstate__).
                    m_report.problems.append(
                        {offset, QStringLiteral("BUILD on %1 itself: sets attributes of a global")
                                     .arg(render(target, 0))});
                }
                if (v.root >= 0) {
                    const bool wrapper = m_report.imports[v.root].path.endsWith(
                        QLatin1String("numpy_pickle.NumpyArrayWrapper"));
                    addCall(target, a, op, offset);
                    ok = !wrapper || joblibArray(target, a, offset);
                }
            }
            break;
        case NEWOBJ:
            ok = pop(&a, offset, op) && pop(&b, offset, op) && push(addCall(b, a, op, offset), offset);
            break;
        case NEWOBJ_EX:
            ok = pop(&c, offset, op) && pop(&a, offset, op) && pop(&b, offset, op) &&
                 push(addCall(b, a, op, offset), offset);
            break;
        case OBJ:
            ok = popMark(&items, offset, op);
            if (ok) {
                if (items.empty()) {
                    fail(offset, QStringLiteral("OBJ without a class"));
                    return false;
                }
                const int cls = items.front();
                items.erase(items.begin());
                ok = callWith(cls, items, op, offset);
            }
            break;
        case INST: {
            std::string module;
            ok = lineArg(&module, offset, op) && lineArg(&line, offset, op) && popMark(&items, offset, op);
            if (ok) {
                if (module.empty() || line.empty()) {
                    fail(offset, QStringLiteral("INST with an empty module or name"));
                    return false;
                }
                const int cls = addImport(QString::fromUtf8(module), QString::fromUtf8(line), op, offset);
                ok = callWith(cls, items, op, offset);
            }
            break;
        }
        case PERSID:
            ok = lineArg(&line, offset, op) && push(simple(Kind::PersId), offset);
            break;
        case BINPERSID:
            ok = pop(&a, offset, op) && push(simple(Kind::PersId), offset);
            break;
        default:
            fail(offset, QStringLiteral("unknown opcode 0x%1").arg(op, 2, 16, QLatin1Char('0')));
            return false;
        }
        if (!ok) {
            return false;
        }
        offset = m_in.offset();
        if (!m_in.byte(&op)) {
            if (m_in.limitHit()) {
                return truncated(offset, op);
            }
            fail(offset, QStringLiteral("truncated: the stream ends at byte %1, before STOP").arg(offset));
            return false;
        }
    }
}

} // namespace

ImportClass PickleReport::worst() const
{
    ImportClass w = ImportClass::Safe;
    for (const PickleImport& i : imports) {
        w = std::max(w, i.verdict);
    }
    return w;
}

PickleReport PickleScanner::scan(ByteStream& stream, qint64 baseOffset) const
{
    Interpreter interpreter(m_limits, stream, baseOffset);
    return interpreter.run();
}

bool PickleScanner::looksLikePickle(std::string_view head)
{
    return head.size() >= 2 && static_cast<unsigned char>(head[0]) == PROTO &&
           static_cast<unsigned char>(head[1]) <= 5;
}

} // namespace keyscout
