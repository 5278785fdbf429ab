// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFile>
#include <QList>
#include <QString>
#include <QStringList>
#include <memory>

namespace keyscout {

class ByteStream;

// One member of a zip file, as its central directory lists it, with what its local header says.
struct ZipEntry {
    QString name;      // from the central directory: what PyTorch (miniz) and Python's zipfile load
    QString localName; // from the local header: what a streaming reader sees
    quint16 method = 0;
    quint16 flags = 0;
    qint64 compressedSize = 0;
    qint64 size = 0;
    qint64 localHeaderOffset = 0;
    qint64 dataOffset = -1; // first byte of the data; -1 when the local header is unreadable
};

// A tolerant zip reader for model archives (PyTorch's torch.save format, numpy .npz): reads the end record
// (zip64 too), the central directory, and each local header, and says where they disagree, since scanner
// bypasses hide a pickle behind a local header that differs from the central directory (CVE-2025-1944/1945).
// Stored and deflated entries are read as streams; nothing is extracted.
class ZipArchive {
public:
    // Reads the directory of `file` (open, readable). `problems` says what is wrong; `isValid()` is false
    // when no central directory could be read at all.
    static ZipArchive read(QFile& file);

    [[nodiscard]] bool isValid() const { return m_valid; }
    [[nodiscard]] const QList<ZipEntry>& entries() const { return m_entries; }
    [[nodiscard]] const QStringList& problems() const { return m_problems; }
    // Bytes of the file read to list the entries (end record, central directory, local headers).
    [[nodiscard]] qint64 bytesRead() const { return m_bytesRead; }

    // A stream of the entry's uncompressed bytes (stored or deflated), or null with `error` set.
    static std::unique_ptr<ByteStream> open(QFile& file, const ZipEntry& entry, qint64 maxInflated,
                                            QString* error);

    static bool looksLikeZip(std::string_view head);

private:
    void readDirectory(QFile& file);
    void checkLocalHeaders(QFile& file);
    void findHiddenEntries(QFile& file);

    QList<ZipEntry> m_entries;
    QStringList m_problems;
    qint64 m_bytesRead = 0;
    qint64 m_directoryOffset = 0;
    bool m_valid = false;
};

} // namespace keyscout
