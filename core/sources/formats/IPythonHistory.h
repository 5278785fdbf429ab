// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QtGlobal>

#include <atomic>
#include <string>
#include <vector>

namespace keyscout::formats {

// One row of an IPython history database (IPython/core/history.py: tables `sessions`, `history`,
// `output_history`).
struct IPythonHistoryRow {
    std::string text;        // the code (source_raw, falling back to source) or the output text
    qint64 session = 0;      // history.session
    qint64 line = 0;         // history.line (the In[]/Out[] number)
    bool output = false;     // row from output_history
    qint64 sessionStart = 0; // sessions.start as seconds since the epoch (UTC) when known, else 0
};

struct IPythonHistoryResult {
    std::vector<IPythonHistoryRow> rows;
    QString error;        // empty when read; else a human-readable reason naming the problem (not a secret)
    bool fromWal = false; // whether a -wal file existed and its content was included
};

// Reads every row of `history` and `output_history` of an IPython `history.sqlite` (or a
// `history-corrupt-*.sqlite` copy) without writing anything next to it: the database and its -wal and
// -journal files are copied into a private temporary folder, read there and deleted. Rows read before a
// problem (a corrupt page, a cancel) are kept, and `error` says what stopped the reading. Cancellable between
// rows and between copied chunks via `cancelled` (may be null).
IPythonHistoryResult readIPythonHistory(const QString& path, const std::atomic<bool>* cancelled = nullptr);

} // namespace keyscout::formats
