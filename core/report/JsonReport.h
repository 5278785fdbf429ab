// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ScanResult.h"

#include <QByteArray>
#include <QJsonObject>

namespace keyscout {

// The machine-readable report (README.md, "JSON output"). Schema version 1.
class JsonReport {
public:
    static constexpr int kSchemaVersion = 1;
    static QByteArray render(const ScanResult& result, const ReportOptions& options);
    // One finding as the JSON object every format that carries JSON uses.
    static QJsonObject findingObject(const Finding& finding, const ReportOptions& options);
    // A time as every report writes it: ISO 8601 in UTC, "2026-11-02T10:00:00Z".
    static QString utcTime(qint64 secondsSinceEpoch);
};

} // namespace keyscout
