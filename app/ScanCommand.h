// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace keyscout {

// `keyscout scan [PATH…] [options]`: scans without a display and writes a report. Exit codes: 0 no
// findings, 1 findings, 2 error (unreadable root, rejected rule file, bad option), 130 interrupted.
class ScanCommand {
public:
    static int run(const QStringList& arguments);
};

} // namespace keyscout
