// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFile>
#include <QString>
#include <memory>
#include <string>
#include <string_view>

namespace keyscout {

// A forward-only source of bytes for the model readers: a file range, a zip entry being inflated, or memory.
// `skip` passes over bytes without handing them out (a seek where the source can seek), so tensor payloads
// inside a pickle are never read. `read` returns fewer bytes than asked only at the end or on an error.
class ByteStream {
public:
    ByteStream() = default;
    virtual ~ByteStream() = default;
    ByteStream(const ByteStream&) = delete;
    ByteStream& operator=(const ByteStream&) = delete;

    virtual qint64 read(char* out, qint64 count) = 0;
    // Returns the number of bytes passed over (less than `count` at the end).
    virtual qint64 skip(qint64 count) = 0;
    // Bytes consumed so far (read or skipped), from the start of the stream.
    [[nodiscard]] qint64 position() const { return m_position; }
    // Bytes actually read from the disk so far (skipped stored bytes are not read).
    [[nodiscard]] virtual qint64 bytesRead() const { return m_position; }
    // Why the last read stopped early, when it was not the end of the data.
    [[nodiscard]] const QString& error() const { return m_error; }
    // True when the stream stopped at a limit of Keyscout's (a decompression bomb), not at the data's end.
    [[nodiscard]] bool limitReached() const { return m_limitReached; }

protected:
    qint64 m_position = 0;
    QString m_error;
    bool m_limitReached = false;
};

// Bytes in memory (tests, headers already read).
class MemoryStream final : public ByteStream {
public:
    explicit MemoryStream(std::string_view data)
        : m_data(data)
    {
    }
    qint64 read(char* out, qint64 count) override;
    qint64 skip(qint64 count) override;

private:
    std::string_view m_data;
};

// `length` bytes of an open file from `offset` (a whole file, or a stored zip entry). Seeks to skip.
class FileRangeStream final : public ByteStream {
public:
    FileRangeStream(QFile& file, qint64 offset, qint64 length);
    qint64 read(char* out, qint64 count) override;
    qint64 skip(qint64 count) override;
    [[nodiscard]] qint64 bytesRead() const override { return m_read; }

private:
    QFile& m_file;
    qint64 m_offset;
    qint64 m_length;
    qint64 m_read = 0;
};

// A deflate stream of `compressedLength` bytes of an open file from `offset`, inflated as it is read; `skip`
// inflates and drops. Stops at `maxInflated` output bytes (a decompression bomb). Raw deflate (zip method 8)
// by default; Wrapped takes a zlib or a gzip stream (joblib's compressed files).
class InflateStream final : public ByteStream {
public:
    enum class Framing { Raw, Wrapped };
    InflateStream(QFile& file, qint64 offset, qint64 compressedLength, qint64 maxInflated,
                  Framing framing = Framing::Raw);
    ~InflateStream() override;
    InflateStream(const InflateStream&) = delete;
    InflateStream& operator=(const InflateStream&) = delete;
    qint64 read(char* out, qint64 count) override;
    qint64 skip(qint64 count) override;
    [[nodiscard]] qint64 bytesRead() const override { return m_compressedRead; }

private:
    struct Z;
    std::unique_ptr<Z> m_z;
    QFile& m_file;
    qint64 m_offset;
    qint64 m_compressedLength;
    qint64 m_compressedRead = 0;
    qint64 m_maxInflated;
    bool m_ended = false;
};

// Reads a few bytes of a stream into a string (at most `count`).
std::string readUpTo(ByteStream& stream, qint64 count);

} // namespace keyscout
