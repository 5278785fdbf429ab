// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ScanResult.h"

#include <QByteArray>

namespace keyscout {

// SARIF 2.1.0 for code scanning tools (GitHub code scanning among them). With one scanned folder, paths are
// relative to it under the `%SRCROOT%` base, as code scanning expects for a repository checkout.
class SarifReport {
public:
    static QByteArray render(const ScanResult& result, const std::vector<Rule>& rules,
                             const ReportOptions& options);
};

} // namespace keyscout
