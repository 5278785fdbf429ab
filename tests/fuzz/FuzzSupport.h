// SPDX-License-Identifier: GPL-3.0-or-later
// What the fuzz targets share: the input as bytes, invariant checks that abort (libFuzzer then keeps the
// input as a crash reproducer), a file in memory for the readers that take a QFile or a path, and the
// built-in rule catalogue's matcher, made once per process.
#pragma once

#include "detect/Matcher.h"
#include "findings/Finding.h"
#include "rules/RuleCatalogue.h"

#include <QCryptographicHash>
#include <QFile>
#include <QString>
#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <memory>
#include <string_view>
#include <sys/mman.h>
#include <unistd.h>

// An invariant of the code under test: on failure, say which and abort, so that libFuzzer saves the input.
#define FUZZ_CHECK(condition)                                                                                \
    do {                                                                                                     \
        if (!(condition)) {                                                                                  \
            std::fprintf(stderr, "fuzz invariant failed: %s (%s:%d)\n", #condition, __FILE__, __LINE__);     \
            std::abort();                                                                                    \
        }                                                                                                    \
    } while (false)

namespace keyscout::fuzz {

inline std::string_view bytes(const std::uint8_t* data, size_t size)
{
    return {reinterpret_cast<const char*>(data), size};
}

// A file that lives in memory (memfd_create): the zip, safetensors and model readers take a QFile or a path,
// and a file on disk per input would cost a disk write per execution. `path()` opens it again by name
// (/proc/self/fd/N), as a reader given a path does.
class MemoryFile {
public:
    MemoryFile()
        : m_fd(memfd_create("keyscout-fuzz", 0))
    {
        if (m_fd < 0) {
            std::perror("memfd_create");
            std::abort();
        }
        m_path = QStringLiteral("/proc/self/fd/%1").arg(m_fd);
    }
    ~MemoryFile() { close(m_fd); }
    MemoryFile(const MemoryFile&) = delete;
    MemoryFile& operator=(const MemoryFile&) = delete;

    void set(std::string_view content) const
    {
        if (ftruncate(m_fd, 0) != 0 || ftruncate(m_fd, static_cast<off_t>(content.size())) != 0 ||
            pwrite(m_fd, content.data(), content.size(), 0) != static_cast<ssize_t>(content.size())) {
            std::perror("memfd write");
            std::abort();
        }
    }
    [[nodiscard]] const QString& path() const { return m_path; }

private:
    int m_fd;
    QString m_path;
};

// The built-in catalogue and its matcher, as a scan uses them.
struct BuiltinMatcher {
    RuleCatalogue catalogue = RuleCatalogue::builtin();
    Matcher matcher{catalogue.rules()};
    Matcher::ScratchPtr scratch = matcher.makeScratch();

    static BuiltinMatcher& instance()
    {
        static BuiltinMatcher* one = [] {
            auto* m = new BuiltinMatcher; // never freed: the fuzzer exits without running destructors
            FUZZ_CHECK(m->catalogue.errors().isEmpty() && !m->catalogue.rules().empty());
            return m;
        }();
        return *one;
    }
};

// What every finding promises, whatever the file: a secret with its hash, never shown whole in the mask or
// the context lines (reports carry both). With `verbatim`, a finding with an offset (decoded text has none:
// -1) holds the file's bytes at that offset, on that line.
inline void checkFindings(const QList<Finding>& findings, std::string_view file, bool verbatim)
{
    for (const Finding& f : findings) {
        FUZZ_CHECK(!f.secret.isEmpty() && f.length == f.secret.size());
        FUZZ_CHECK(
            f.secretSha256 ==
            QString::fromLatin1(QCryptographicHash::hash(f.secret, QCryptographicHash::Sha256).toHex()));
        FUZZ_CHECK(f.line >= 1 && f.column >= 1);
        FUZZ_CHECK(f.offset >= -1 && f.offset <= qint64(file.size()));
        if (verbatim && f.offset >= 0) {
            FUZZ_CHECK(f.offset + f.length <= qint64(file.size()));
            FUZZ_CHECK(file.substr(size_t(f.offset), size_t(f.length)) == f.secret.toStdString());
            FUZZ_CHECK(f.line == 1 + std::count(file.begin(), file.begin() + f.offset, '\n'));
        }
        // Checked on printable ASCII secrets without '.': the context shows a control byte as '.', a tab as
        // spaces and broken UTF-8 as U+FFFD, so other bytes may render like a secret without being a copy.
        const bool comparable = std::all_of(f.secret.begin(), f.secret.end(),
                                            [](char c) { return c > ' ' && c < 0x7f && c != '.'; });
        if (f.secret.size() >= 8 && comparable) {
            const QString secret = QString::fromUtf8(f.secret);
            FUZZ_CHECK(!f.masked.contains(secret));
            for (const QString& line : f.context) {
                if (line.contains(secret)) {
                    std::fprintf(stderr, "rule %s, secret [%s], context line [%s]\n", qPrintable(f.ruleId),
                                 f.secret.constData(), qPrintable(line));
                }
                FUZZ_CHECK(!line.contains(secret));
            }
        }
    }
}

} // namespace keyscout::fuzz
