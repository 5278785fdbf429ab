// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Evidence.h"
#include "ScanResult.h"
#include "sources/ScannedSystem.h"

#include <atomic>

namespace keyscout {

// Builds a responder scan's Evidence once the scan is over: who scanned what and when, each file holding a
// finding hashed (SHA-256 of its bytes, read with O_NOATIME where allowed, never written) with its times,
// mode and owner as the scanned system names them, and a timeline of when each secret appeared: the commits
// (and tags) that brought it into git history, the history entries that ran it, and the modification times of
// the files that hold it (approximate: a file's mtime says it was last written then).
class EvidenceCollector {
public:
    // `result` must be finished (findings, times and catalogue version set). Cancellable between files.
    static Evidence collect(const ScanResult& result, const ScannedSystem& system,
                            const std::atomic<bool>* cancelled = nullptr);

    // One file as it is now; `scanned` is what the scan saw (size and mtime): a difference is said in
    // `error`.
    static EvidenceFile describeFile(const QString& path, const FileFacts& scanned,
                                     const ScannedSystem& system);
    // The timeline of `findings`, oldest first.
    static QList<EvidenceEvent> timeline(const QList<Finding>& findings);
    // The user running Keyscout, as this machine names them.
    static QString scanningUser();
};

} // namespace keyscout
