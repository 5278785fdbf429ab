// SPDX-License-Identifier: GPL-3.0-or-later
// Model files written byte by byte for the model scanner's tests and benchmark: pickle opcodes, zip archives
// (stored, deflated, zip64, with local headers that lie), .npy and safetensors. Nothing here needs torch or
// numpy; the bytes follow CPython's pickletools, APPNOTE.TXT, numpy/lib/format.py and the safetensors format.
#pragma once

#include "sources/GzipStream.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace keyscout::test {

inline QByteArray le(quint64 v, int bytes)
{
    QByteArray out;
    for (int i = 0; i < bytes; ++i) {
        out += static_cast<char>((v >> (8 * i)) & 0xFFU);
    }
    return out;
}

// A pickle, opcode by opcode.
class PickleBytes {
public:
    PickleBytes& proto(int v) { return raw("\x80").raw(QByteArray(1, static_cast<char>(v))); }
    PickleBytes& raw(const QByteArray& b)
    {
        m_bytes += b;
        return *this;
    }
    PickleBytes& op(char c) { return raw(QByteArray(1, c)); }
    PickleBytes& global(const char* module, const char* name)
    {
        return raw(QByteArray("c") + module + '\n' + name + '\n');
    }
    PickleBytes& str(const QByteArray& s) // SHORT_BINUNICODE or BINUNICODE
    {
        if (s.size() < 256) {
            return raw("\x8c").raw(le(s.size(), 1)).raw(s);
        }
        return raw("X").raw(le(s.size(), 4)).raw(s);
    }
    PickleBytes& binunicode(const QByteArray& s) { return raw("X").raw(le(s.size(), 4)).raw(s); }
    PickleBytes& int1(int v) { return raw("K").raw(le(v, 1)); }
    PickleBytes& memoize() { return op('\x94'); }
    PickleBytes& binput(int i) { return raw("q").raw(le(i, 1)); }
    PickleBytes& binget(int i) { return raw("h").raw(le(i, 1)); }
    PickleBytes& longBinput(int i) { return raw("r").raw(le(i, 4)); }
    PickleBytes& longBinget(int i) { return raw("j").raw(le(i, 4)); }
    PickleBytes& mark() { return op('('); }
    PickleBytes& tuple() { return op('t'); }
    PickleBytes& tuple1() { return op('\x85'); }
    PickleBytes& tuple2() { return op('\x86'); }
    PickleBytes& tuple3() { return op('\x87'); }
    PickleBytes& emptyTuple() { return op(')'); }
    PickleBytes& emptyDict() { return op('}'); }
    PickleBytes& reduce() { return op('R'); }
    PickleBytes& build() { return op('b'); }
    PickleBytes& newobj() { return op('\x81'); }
    PickleBytes& setitems() { return op('u'); }
    PickleBytes& stackGlobal() { return op('\x93'); }
    PickleBytes& stop() { return op('.'); }
    PickleBytes& frame(qint64 length) { return raw("\x95").raw(le(static_cast<quint64>(length), 8)); }
    [[nodiscard]] const QByteArray& bytes() const { return m_bytes; }

private:
    QByteArray m_bytes;
};

// What torch.save writes as data.pkl for {"weight": tensor of 4 floats} (protocol 2, persistent storage id).
inline QByteArray cleanStateDictPickle()
{
    PickleBytes p;
    p.proto(2).emptyDict().binput(0).mark().binunicode("weight").binput(1);
    p.global("torch._utils", "_rebuild_tensor_v2").binput(2);
    p.mark().mark().binunicode("storage").binput(3).global("torch", "FloatStorage").binput(4);
    p.binunicode("0").binput(5).binunicode("cpu").binput(6).int1(4).tuple().binput(7).op('Q');
    p.int1(0).int1(4).tuple1().int1(1).tuple1().op('\x89');
    p.global("collections", "OrderedDict").binput(8).emptyTuple().reduce().binput(9);
    p.tuple().binput(10).reduce().binput(11).setitems().stop();
    return p.bytes();
}

// posix.system('id') by REDUCE: what `class A: __reduce__ = lambda s: (os.system, ("id",))` pickles to.
inline QByteArray osSystemPickle(int protocol = 2)
{
    PickleBytes p;
    p.proto(protocol).global("posix", "system").binput(0).binunicode("id").tuple1().reduce().stop();
    return p.bytes();
}

// One zip member as the writer should write it.
struct ZipMember {
    QByteArray name;
    QByteArray data;
    bool deflate = false;
    QByteArray localName; // the name in the local header when it lies; empty: the same
};

// A zip file: local headers and data, central directory, end record (zip64 records when asked).
inline QByteArray zipBytes(const QList<ZipMember>& members, bool zip64 = false)
{
    QByteArray out;
    QByteArray directory;
    for (const ZipMember& m : members) {
        QByteArray stored = m.data;
        if (m.deflate) {
            const std::string gz = gzipCompress(std::string_view(m.data.constData(), size_t(m.data.size())));
            stored = QByteArray::fromStdString(gz).mid(10); // drop the gzip header ...
            stored.chop(8);                                 // ... and trailer: raw deflate
        }
        const QByteArray localName = m.localName.isEmpty() ? m.name : m.localName;
        const auto offset = static_cast<quint64>(out.size());
        const quint16 method = m.deflate ? 8 : 0;
        out += le(0x04034b50, 4) + le(20, 2) + le(0, 2) + le(method, 2) + le(0, 4) + le(0, 4);
        out += le(static_cast<quint64>(stored.size()), 4) + le(static_cast<quint64>(m.data.size()), 4);
        out += le(static_cast<quint64>(localName.size()), 2) + le(0, 2) + localName + stored;
        QByteArray extra;
        if (zip64) {
            extra = le(1, 2) + le(24, 2) + le(static_cast<quint64>(m.data.size()), 8) +
                    le(static_cast<quint64>(stored.size()), 8) + le(offset, 8);
        }
        directory +=
            le(0x02014b50, 4) + le(45, 2) + le(45, 2) + le(0, 2) + le(method, 2) + le(0, 4) + le(0, 4);
        directory +=
            zip64 ? le(0xFFFFFFFF, 4) + le(0xFFFFFFFF, 4)
                  : le(static_cast<quint64>(stored.size()), 4) + le(static_cast<quint64>(m.data.size()), 4);
        directory += le(static_cast<quint64>(m.name.size()), 2) + le(static_cast<quint64>(extra.size()), 2) +
                     le(0, 2) + le(0, 2) + le(0, 2) + le(0, 4);
        directory += (zip64 ? le(0xFFFFFFFF, 4) : le(offset, 4)) + m.name + extra;
    }
    const auto directoryOffset = static_cast<quint64>(out.size());
    out += directory;
    const auto count = static_cast<quint64>(members.size());
    if (zip64) {
        const auto recordOffset = static_cast<quint64>(out.size());
        out += le(0x06064b50, 4) + le(44, 8) + le(45, 2) + le(45, 2) + le(0, 4) + le(0, 4) + le(count, 8) +
               le(count, 8) + le(static_cast<quint64>(directory.size()), 8) + le(directoryOffset, 8);
        out += le(0x07064b50, 4) + le(0, 4) + le(recordOffset, 8) + le(1, 4);
        out += le(0x06054b50, 4) + le(0, 2) + le(0, 2) + le(0xFFFF, 2) + le(0xFFFF, 2) + le(0xFFFFFFFF, 4) +
               le(0xFFFFFFFF, 4) + le(0, 2);
    } else {
        out += le(0x06054b50, 4) + le(0, 2) + le(0, 2) + le(count, 2) + le(count, 2) +
               le(static_cast<quint64>(directory.size()), 4) + le(directoryOffset, 4) + le(0, 2);
    }
    return out;
}

// A torch.save archive: archive/data.pkl, archive/byteorder, archive/data/0 (tensor bytes), archive/version.
inline QByteArray torchZip(const QByteArray& dataPkl, const QByteArray& tensorBytes = QByteArray(16, '\x01'))
{
    return zipBytes({{"archive/data.pkl", dataPkl, false, {}},
                     {"archive/byteorder", "little", false, {}},
                     {"archive/data/0", tensorBytes, false, {}},
                     {"archive/version", "3\n", false, {}}});
}

// A .npy array: magic, version 1.0, header dict padded to 64 bytes, then `data`.
inline QByteArray npyBytes(const QByteArray& descr, const QByteArray& data)
{
    QByteArray header = "{'descr': " + descr + ", 'fortran_order': False, 'shape': (1,), }";
    while ((10 + header.size() + 1) % 64 != 0) {
        header += ' ';
    }
    header += '\n';
    return QByteArray("\x93NUMPY\x01\x00", 8) + le(static_cast<quint64>(header.size()), 2) + header + data;
}

// A safetensors file from its JSON header and data.
inline QByteArray safetensorsBytes(const QByteArray& header, const QByteArray& data)
{
    return le(static_cast<quint64>(header.size()), 8) + header + data;
}

} // namespace keyscout::test
