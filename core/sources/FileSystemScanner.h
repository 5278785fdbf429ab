// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ScanOptions.h"
#include "findings/Finding.h"

#include <QHash>
#include <QList>
#include <QString>
#include <atomic>
#include <functional>
#include <memory>
#include <mutex>

namespace keyscout {

class Matcher;

// Counters a progress display reads while the scan runs (any thread).
struct ScanProgress {
    qint64 files = 0;
    qint64 bytes = 0;
    qint64 directories = 0;
    qint64 skipped = 0;
    qint64 failed = 0;
    qint64 findings = 0;
    qint64 processes = 0;       // running processes whose environment was read
    qint64 gitRepositories = 0; // repositories whose history was read
    qint64 gitObjects = 0;      // commits and blobs read in them
    QString currentPath;
};

// Something the scan did not read, and why. `failed` items are errors (permission denied, I/O error);
// the others were skipped on purpose (excluded, too large, a FIFO, a symbolic link).
struct SkippedItem {
    QString path;
    QString reason;
    bool failed = false;
};

// Walks folders on a pool of threads and runs the matcher over every regular file it may read. Never opens
// FIFOs, sockets or devices, never follows symbolic links unless asked (and then never loops), survives
// permission errors and files that change while being read, and counts everything it skips.
class FileSystemScanner {
public:
    using FindingsSink = std::function<void(QList<Finding>&&)>; // called from worker threads

    FileSystemScanner(const Matcher& matcher, ScanOptions options);
    ~FileSystemScanner();
    FileSystemScanner(const FileSystemScanner&) = delete;
    FileSystemScanner& operator=(const FileSystemScanner&) = delete;

    // Blocks until the scan is finished or cancelled; findings arrive through `sink` as they are found.
    void run(const FindingsSink& sink);
    // Safe from any thread; workers stop between files and between chunks of a large file.
    void cancel();
    [[nodiscard]] bool isCancelled() const;

    [[nodiscard]] ScanProgress progress() const;
    // At most kMaxListedSkips items; `skipCounts()` always has the full counts by reason.
    [[nodiscard]] QList<SkippedItem> skippedItems() const;
    [[nodiscard]] QHash<QString, qint64> skipCounts() const;
    // Files that were read, but not the way their kind is usually read, and why ("read as plain text: not
    // valid JSON (line 3: unterminated string)"). At most kMaxListedSkips.
    [[nodiscard]] QList<SkippedItem> notices() const;
    // Roots that could not be scanned at all (missing, unreadable): a scan error, exit code 2 in the CLI.
    [[nodiscard]] QStringList rootErrors() const;

    static constexpr int kMaxListedSkips = 10000;

    // Scans one in-memory buffer as if it were the file `path` (used by tests and by sources that decode
    // content before matching).
    static QList<Finding> scanBuffer(const Matcher& matcher, std::string_view buffer, const QString& path);

private:
    struct Impl;
    std::unique_ptr<Impl> d;
};

} // namespace keyscout
