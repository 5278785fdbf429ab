// SPDX-License-Identifier: GPL-3.0-or-later
#include "ScanResult.h"

#include <algorithm>

namespace keyscout {

void ScanResult::sortFindings()
{
    std::sort(findings.begin(), findings.end(), [](const Finding& a, const Finding& b) {
        return std::tie(a.path, a.offset, a.ruleId) < std::tie(b.path, b.offset, b.ruleId);
    });
    std::sort(skipped.begin(), skipped.end(),
              [](const SkippedItem& a, const SkippedItem& b) { return a.path < b.path; });
}

} // namespace keyscout
