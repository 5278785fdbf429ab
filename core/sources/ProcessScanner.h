// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "findings/Finding.h"

#include <QList>
#include <QString>
#include <atomic>

namespace keyscout {

class Matcher;

struct ProcessScanResult {
    QList<Finding> findings;
    int processes = 0;  // processes whose environment was read
    int unreadable = 0; // processes of other users (readable only by root) or gone while being read
};

// Reads the environment and the command line of every running process this user may read (/proc/PID/environ,
// /proc/PID/cmdline) and reports the secrets in them: a token exported in a shell lives on in every program
// started from it. The same secret in the same variable of many processes (children inherit their parent's
// environment) is one finding, at the oldest process, with the others named in a note. Only the variable
// with the secret is kept as context: other variables are none of the report's business. `procRoot` is
// "/proc" except in tests.
ProcessScanResult scanProcesses(const Matcher& matcher, const std::atomic<bool>* cancelled = nullptr,
                                const QString& procRoot = QStringLiteral("/proc"));

} // namespace keyscout
