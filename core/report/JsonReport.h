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
};

} // namespace keyscout
