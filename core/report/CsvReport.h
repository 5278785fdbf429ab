// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ReportAnnotations.h"
#include "ScanResult.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace keyscout {

// One row per place (README "Reports", CSV): RFC 4180, UTF-8, CRLF line ends, a header row. Paths, `where`
// and masked values come from the scanned files, so a cell that a spreadsheet would read as a formula (it
// starts with = + - @, a tab or a carriage return) gets a leading apostrophe.
class CsvReport {
public:
    static QByteArray render(const ScanResult& result, const ReportOptions& options,
                             const ReportAnnotations& annotations = {});
    // The header row's names, in order (`secret` last, only when revealing).
    static QStringList columns(bool reveal);
    // One text cell: neutralised against formula injection, quoted when it holds a comma, a quote or a line
    // end.
    static QString cell(const QString& text);
};

} // namespace keyscout
