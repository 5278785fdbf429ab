// SPDX-License-Identifier: GPL-3.0-or-later
#include "ZipArchive.h"

#include "ByteStream.h"

#include <QSet>
#include <algorithm>

namespace keyscout {

namespace {

// APPNOTE.TXT signatures and sizes.
constexpr quint32 kLocalHeader = 0x04034b50;
constexpr quint32 kCentralHeader = 0x02014b50;
constexpr quint32 kEndRecord = 0x06054b50;
constexpr quint32 kZip64EndRecord = 0x06064b50;
constexpr quint32 kZip64Locator = 0x07064b50;
constexpr qint64 kEndRecordSize = 22;
constexpr qint64 kLocalHeaderSize = 30;
constexpr qint64 kCentralHeaderSize = 46;
constexpr qint64 kMaxDirectory = qint64(256) << 20;
constexpr qsizetype kMaxEntries = 1'000'000;

quint64 le(const QByteArray& b, qsizetype at, int bytes)
{
    quint64 v = 0;
    for (int i = bytes - 1; i >= 0; --i) {
        v = (v << 8) | static_cast<unsigned char>(b.at(at + i));
    }
    return v;
}

QByteArray readAt(QFile& file, qint64 offset, qint64 length, qint64* counter)
{
    if (offset < 0 || length < 0 || !file.seek(offset)) {
        return {};
    }
    QByteArray out = file.read(length);
    *counter += out.size();
    return out;
}

// The zip64 extended information extra field (id 1): the fields whose 32-bit value is 0xFFFFFFFF, in order.
// NOLINTNEXTLINE(readability-non-const-parameter): written through the list below
void applyZip64(const QByteArray& extra, quint64* size, quint64* compressed, quint64* offset)
{
    qsizetype at = 0;
    while (at + 4 <= extra.size()) {
        const auto id = static_cast<quint16>(le(extra, at, 2));
        const auto length = static_cast<qsizetype>(le(extra, at + 2, 2));
        at += 4;
        if (at + length > extra.size()) {
            return;
        }
        if (id == 1) {
            qsizetype field = at;
            for (quint64* value : {size, compressed, offset}) {
                if (value != nullptr && *value == 0xFFFFFFFFU && field + 8 <= at + length) {
                    *value = le(extra, field, 8);
                    field += 8;
                }
            }
            return;
        }
        at += length;
    }
}

} // namespace

bool ZipArchive::looksLikeZip(std::string_view head)
{
    return head.size() >= 4 && head.substr(0, 4) == std::string_view("PK\x03\x04", 4);
}

ZipArchive ZipArchive::read(QFile& file)
{
    ZipArchive zip;
    zip.readDirectory(file);
    if (zip.m_valid) {
        zip.checkLocalHeaders(file);
        zip.findHiddenEntries(file);
    }
    return zip;
}

void ZipArchive::readDirectory(QFile& file)
{
    const qint64 size = file.size();
    // The end record is the last 22 bytes unless the archive has a comment (up to 64 KiB): look in the last
    // kilobyte first, which also holds the zip64 locator, and read further back only when it is not there.
    qint64 tail = 0;
    QByteArray end;
    qsizetype at = -1;
    for (const qint64 want : {qint64(1024), kEndRecordSize + 0xFFFF + 20}) {
        if (at >= 0 || tail == std::min(size, want)) {
            break;
        }
        tail = std::min(size, want);
        end = readAt(file, size - tail, tail, &m_bytesRead);
        for (qsizetype i = end.size() - kEndRecordSize; i >= 0; --i) {
            if (le(end, i, 4) == kEndRecord &&
                i + kEndRecordSize + static_cast<qsizetype>(le(end, i + 20, 2)) <= end.size()) {
                at = i;
                break;
            }
        }
    }
    if (at < 0) {
        m_problems << QStringLiteral("no end of central directory record: not a complete zip file");
        return;
    }
    quint64 count = le(end, at + 10, 2);
    quint64 directorySize = le(end, at + 12, 4);
    quint64 directoryOffset = le(end, at + 16, 4);
    const qint64 endOffset = size - tail + at;
    if (at >= 20 && le(end, at - 20, 4) == kZip64Locator) {
        const auto recordOffset = static_cast<qint64>(le(end, at - 12, 8));
        const QByteArray record = readAt(file, recordOffset, 56, &m_bytesRead);
        if (record.size() == 56 && le(record, 0, 4) == kZip64EndRecord) {
            count = le(record, 32, 8);
            directorySize = le(record, 40, 8);
            directoryOffset = le(record, 48, 8);
        } else {
            m_problems << QStringLiteral("the zip64 end record is missing or damaged");
        }
    }
    if (directoryOffset > static_cast<quint64>(endOffset) || directorySize > kMaxDirectory ||
        directoryOffset + directorySize > static_cast<quint64>(size)) {
        m_problems << QStringLiteral("the central directory lies outside the file");
        return;
    }
    m_directoryOffset = static_cast<qint64>(directoryOffset);
    const QByteArray dir = readAt(file, m_directoryOffset, static_cast<qint64>(directorySize), &m_bytesRead);
    qsizetype p = 0;
    QSet<QString> names;
    while (p + kCentralHeaderSize <= dir.size() && le(dir, p, 4) == kCentralHeader) {
        if (m_entries.size() >= kMaxEntries) {
            m_problems << QStringLiteral("more than %1 entries: the rest were not read").arg(kMaxEntries);
            break;
        }
        ZipEntry e;
        e.flags = static_cast<quint16>(le(dir, p + 8, 2));
        e.method = static_cast<quint16>(le(dir, p + 10, 2));
        quint64 compressed = le(dir, p + 20, 4);
        quint64 uncompressed = le(dir, p + 24, 4);
        const auto nameLength = static_cast<qsizetype>(le(dir, p + 28, 2));
        const auto extraLength = static_cast<qsizetype>(le(dir, p + 30, 2));
        const auto commentLength = static_cast<qsizetype>(le(dir, p + 32, 2));
        quint64 offset = le(dir, p + 42, 4);
        if (p + kCentralHeaderSize + nameLength + extraLength + commentLength > dir.size()) {
            m_problems << QStringLiteral("the central directory is truncated");
            break;
        }
        e.name = QString::fromUtf8(dir.mid(p + kCentralHeaderSize, nameLength));
        applyZip64(dir.mid(p + kCentralHeaderSize + nameLength, extraLength), &uncompressed, &compressed,
                   &offset);
        e.compressedSize = static_cast<qint64>(std::min<quint64>(compressed, INT64_MAX));
        e.size = static_cast<qint64>(std::min<quint64>(uncompressed, INT64_MAX));
        e.localHeaderOffset = static_cast<qint64>(std::min<quint64>(offset, INT64_MAX));
        if (names.contains(e.name)) {
            m_problems << QStringLiteral("the central directory lists %1 twice: readers disagree on which "
                                         "one they load")
                              .arg(e.name);
        }
        names.insert(e.name);
        m_entries.append(e);
        p += kCentralHeaderSize + nameLength + extraLength + commentLength;
    }
    if (static_cast<quint64>(m_entries.size()) != count) {
        m_problems << QStringLiteral("the end record counts %1 entries, the central directory lists %2")
                          .arg(count)
                          .arg(m_entries.size());
    }
    m_valid = true;
}

void ZipArchive::checkLocalHeaders(QFile& file)
{
    const qint64 size = file.size();
    for (ZipEntry& e : m_entries) {
        const QByteArray h = readAt(file, e.localHeaderOffset, kLocalHeaderSize, &m_bytesRead);
        if (h.size() < kLocalHeaderSize || le(h, 0, 4) != kLocalHeader) {
            m_problems
                << QStringLiteral("%1: no local header at offset %2").arg(e.name).arg(e.localHeaderOffset);
            continue;
        }
        const auto flags = static_cast<quint16>(le(h, 6, 2));
        const auto method = static_cast<quint16>(le(h, 8, 2));
        quint64 compressed = le(h, 18, 4);
        quint64 uncompressed = le(h, 22, 4);
        const auto nameLength = static_cast<qint64>(le(h, 26, 2));
        const auto extraLength = static_cast<qint64>(le(h, 28, 2));
        const QByteArray tail =
            readAt(file, e.localHeaderOffset + kLocalHeaderSize, nameLength + extraLength, &m_bytesRead);
        e.localName = QString::fromUtf8(tail.left(nameLength));
        applyZip64(tail.mid(nameLength), &uncompressed, &compressed, nullptr);
        e.dataOffset = e.localHeaderOffset + kLocalHeaderSize + nameLength + extraLength;
        if (e.localName != e.name) {
            m_problems << QStringLiteral(
                              "the local header names \"%1\" but the central directory names \"%2\"")
                              .arg(e.localName, e.name);
        }
        if (method != e.method) {
            m_problems << QStringLiteral("%1: the local header says compression method %2, the central "
                                         "directory %3")
                              .arg(e.name)
                              .arg(method)
                              .arg(e.method);
        }
        // Bit 3: sizes follow the data in a descriptor, and the local header holds zeros.
        if ((flags & 0x8U) == 0 && (static_cast<qint64>(compressed) != e.compressedSize ||
                                    static_cast<qint64>(uncompressed) != e.size)) {
            m_problems << QStringLiteral(
                              "%1: the local header gives sizes %2/%3, the central directory %4/%5")
                              .arg(e.name)
                              .arg(compressed)
                              .arg(uncompressed)
                              .arg(e.compressedSize)
                              .arg(e.size);
        }
        if ((e.flags & 0x1U) != 0) {
            m_problems << QStringLiteral("%1 is encrypted: it cannot be checked").arg(e.name);
        }
        if (e.dataOffset + e.compressedSize > size) {
            m_problems << QStringLiteral("%1 runs past the end of the file").arg(e.name);
        }
    }
}

// Local headers that the central directory does not list: content that a streaming reader would load and
// that PyTorch would not (or the other way round).
void ZipArchive::findHiddenEntries(QFile& file)
{
    QSet<qint64> listed;
    for (const ZipEntry& e : std::as_const(m_entries)) {
        listed.insert(e.localHeaderOffset);
    }
    qint64 at = 0;
    for (qsizetype walked = 0; walked < m_entries.size() + 16 && at < m_directoryOffset; ++walked) {
        const QByteArray h = readAt(file, at, kLocalHeaderSize, &m_bytesRead);
        if (h.size() < kLocalHeaderSize || le(h, 0, 4) != kLocalHeader) {
            return;
        }
        const auto flags = static_cast<quint16>(le(h, 6, 2));
        quint64 compressed = le(h, 18, 4);
        const auto nameLength = static_cast<qint64>(le(h, 26, 2));
        const auto extraLength = static_cast<qint64>(le(h, 28, 2));
        const QByteArray tail = readAt(file, at + kLocalHeaderSize, nameLength + extraLength, &m_bytesRead);
        if (!listed.contains(at)) {
            m_problems << QStringLiteral(
                              "a local header at offset %1 (\"%2\") is not in the central directory")
                              .arg(at)
                              .arg(QString::fromUtf8(tail.left(nameLength)));
        }
        if ((flags & 0x8U) != 0 && compressed == 0) {
            return; // the size is only in the data descriptor: the walk cannot go on
        }
        applyZip64(tail.mid(nameLength), nullptr, &compressed, nullptr);
        at += kLocalHeaderSize + nameLength + extraLength + static_cast<qint64>(compressed);
    }
}

std::unique_ptr<ByteStream> ZipArchive::open(QFile& file, const ZipEntry& entry, qint64 maxInflated,
                                             QString* error)
{
    if (entry.dataOffset < 0) {
        *error = QStringLiteral("its local header is unreadable");
        return nullptr;
    }
    if ((entry.flags & 0x1U) != 0) {
        *error = QStringLiteral("it is encrypted");
        return nullptr;
    }
    if (entry.method == 0) {
        return std::make_unique<FileRangeStream>(file, entry.dataOffset, entry.compressedSize);
    }
    if (entry.method == 8) {
        return std::make_unique<InflateStream>(file, entry.dataOffset, entry.compressedSize, maxInflated);
    }
    *error = QStringLiteral("compression method %1 is not one PyTorch or numpy writes").arg(entry.method);
    return nullptr;
}

} // namespace keyscout
