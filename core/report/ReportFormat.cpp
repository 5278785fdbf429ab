// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReportFormat.h"

#include "CsvReport.h"
#include "HtmlReport.h"
#include "JsonLinesReport.h"
#include "JsonReport.h"
#include "SarifReport.h"
#include "TextReport.h"

#include <QFile>
#include <QSaveFile>
#include <array>
#include <utility>

namespace keyscout {

namespace {

struct FormatNames {
    ReportFormat format;
    const char* name;
    const char* suffix;
};

constexpr std::array<FormatNames, 6> kFormats{{{ReportFormat::Text, "text", "txt"},
                                               {ReportFormat::Json, "json", "json"},
                                               {ReportFormat::Sarif, "sarif", "sarif"},
                                               {ReportFormat::Csv, "csv", "csv"},
                                               {ReportFormat::JsonLines, "jsonl", "jsonl"},
                                               {ReportFormat::Html, "html", "html"}}};

const FormatNames& namesOf(ReportFormat format)
{
    return kFormats.at(static_cast<size_t>(format));
}

} // namespace

QString reportFormatName(ReportFormat format)
{
    return QString::fromLatin1(namesOf(format).name);
}

QString reportFormatSuffix(ReportFormat format)
{
    return QString::fromLatin1(namesOf(format).suffix);
}

std::optional<ReportFormat> reportFormatFromName(const QString& name)
{
    for (const FormatNames& f : kFormats) {
        if (name == QLatin1String(f.name)) {
            return f.format;
        }
    }
    return std::nullopt;
}

QStringList reportFormatNames()
{
    QStringList names;
    for (const FormatNames& f : kFormats) {
        names << QString::fromLatin1(f.name);
    }
    return names;
}

QByteArray renderReport(ReportFormat format, const ScanResult& result, const std::vector<Rule>& rules,
                        const ReportOptions& options, const ReportAnnotations& annotations)
{
    switch (format) {
    case ReportFormat::Json:
        return JsonReport::render(result, options);
    case ReportFormat::Sarif:
        return SarifReport::render(result, rules, options);
    case ReportFormat::Csv:
        return CsvReport::render(result, options, annotations);
    case ReportFormat::JsonLines:
        return JsonLinesReport::render(result, options, annotations);
    case ReportFormat::Html:
        return HtmlReport::render(result, options, annotations);
    case ReportFormat::Text:
        break;
    }
    return TextReport::render(result, options);
}

bool writeReportFile(const QString& path, const QByteArray& report, bool secretsRevealed, QString* error)
{
    QSaveFile file(path);
    const bool opened = file.open(QIODevice::WriteOnly);
    if (opened && secretsRevealed) {
        // QSaveFile writes a temporary file beside `path`: restricted before the first byte goes in.
        file.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
    }
    if (!opened || file.write(report) != report.size() || !file.commit()) {
        if (error != nullptr) {
            *error = file.errorString();
        }
        return false;
    }
    return true;
}

} // namespace keyscout
