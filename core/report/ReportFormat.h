// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ReportAnnotations.h"
#include "ScanResult.h"

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <optional>
#include <vector>

namespace keyscout {

// The report formats `keyscout scan --format` and the window's *Export report…* write (README "Reports").
enum class ReportFormat { Text, Json, Sarif, Csv, JsonLines, Html };

// "text", "json", "sarif", "csv", "jsonl", "html": the --format names.
QString reportFormatName(ReportFormat format);
std::optional<ReportFormat> reportFormatFromName(const QString& name);
QStringList reportFormatNames();
// The usual file name suffix, without the dot: "txt", "json", "sarif", "csv", "jsonl", "html".
QString reportFormatSuffix(ReportFormat format);

// Renders `result` in `format`. `rules` is the catalogue SARIF describes; `annotations` what HTML, CSV and
// JSON Lines add about each secret (checks, decisions, changes).
QByteArray renderReport(ReportFormat format, const ScanResult& result, const std::vector<Rule>& rules,
                        const ReportOptions& options, const ReportAnnotations& annotations = {});

// Writes a report atomically (QSaveFile). One with raw secrets is itself a secret: created owner-only (0600)
// from its first byte. False with `error` set when it could not be written.
bool writeReportFile(const QString& path, const QByteArray& report, bool secretsRevealed, QString* error);

} // namespace keyscout
