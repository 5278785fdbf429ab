// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "report/ScanResult.h"
#include "sources/ScanOptions.h"

#include <QStringList>

namespace keyscout {

// `keyscout scan [PATH…] [options]`: scans without a display and writes a report. Exit codes: 0 no
// findings, 1 findings, 2 error (unreadable root, rejected rule file, bad option), 130 interrupted.
class ScanCommand {
public:
    static int run(const QStringList& arguments);
    // Runs one scan to its end on a worker thread, with a progress line on standard error when asked; Ctrl-C
    // cancels it (the result says so). Errors of the roots and notices are printed on standard error.
    static ScanResult scan(const ScanOptions& options, const RuleCatalogue& catalogue, bool showProgress);
    // Writes to standard error at once, in the locale's encoding.
    static void printError(const QString& text);
    // Writes to standard output at once, in the locale's encoding.
    static void print(const QString& text);
    // Asks on the terminal (standard error, so a redirected report stays clean); anything but y or yes is no,
    // and so is the end of the input.
    static bool askYesNo(const QString& question);
    // `--root` is `keyscout scan`'s read-only, offline responder mode only: `command` (verify, revoke, clean,
    // install-token), which would send or change something (`what` it does), refuses it with a message.
    // True when it was given: the command then exits 2.
    static bool refuseResponderRoot(const QStringList& arguments, const QString& command,
                                    const QString& what);
};

} // namespace keyscout
