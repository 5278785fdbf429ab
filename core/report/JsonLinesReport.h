// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ReportAnnotations.h"
#include "ScanResult.h"

#include <QByteArray>
#include <QString>

namespace keyscout {

// JSON Lines for fleets (README "Reports"): one compact JSON object per place per line, each complete on its
// own — the finding id, the host and user, the scan's start, Keyscout's and the rules' versions, and every
// field a location has in the JSON report — so the files of many machines can simply be concatenated.
class JsonLinesReport {
public:
    // Who and where the lines say they come from.
    struct Origin {
        QString
            host; // the machine the scanned files are on: the scanned system's host name in responder mode
        QString user; // the user who ran the scan
    };

    static QByteArray render(const ScanResult& result, const ReportOptions& options,
                             const ReportAnnotations& annotations = {});
    static QByteArray render(const ScanResult& result, const ReportOptions& options,
                             const ReportAnnotations& annotations, const Origin& origin);
    // This machine and user, or for a responder scan (result.evidence) the scanned system's host name.
    static Origin originOf(const ScanResult& result);
};

} // namespace keyscout
