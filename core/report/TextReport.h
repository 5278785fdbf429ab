// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ScanResult.h"

#include <QByteArray>

namespace keyscout {

// What a person reads in a terminal: one block per secret with each place it was found and the masked lines
// around it, then the totals and what was skipped.
class TextReport {
public:
    static QByteArray render(const ScanResult& result, const ReportOptions& options);
    static QString humanBytes(qint64 bytes);
};

} // namespace keyscout
