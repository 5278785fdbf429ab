// SPDX-License-Identifier: GPL-3.0-or-later
#include "CsvReport.h"

#include "FindingId.h"
#include "JsonReport.h"
#include "findings/PlaceDescription.h"

namespace keyscout {

QStringList CsvReport::columns(bool reveal)
{
    QStringList names{
        QStringLiteral("finding_id"), QStringLiteral("secret_sha256"), QStringLiteral("masked"),
        QStringLiteral("provider"),   QStringLiteral("rule_id"),       QStringLiteral("severity"),
        QStringLiteral("confidence"), QStringLiteral("kind"),          QStringLiteral("where"),
        QStringLiteral("path"),       QStringLiteral("line"),          QStringLiteral("column"),
        QStringLiteral("offset"),     QStringLiteral("exposure"),      QStringLiteral("file_size"),
        QStringLiteral("file_mtime"), QStringLiteral("file_mode"),     QStringLiteral("owner"),
        QStringLiteral("decision")};
    if (reveal) {
        names << QStringLiteral("secret");
    }
    return names;
}

QString CsvReport::cell(const QString& text)
{
    QString value = text;
    // OWASP "CSV injection": these first characters make Excel, LibreOffice and Google Sheets evaluate a
    // cell.
    static const QString kFormulaStarts = QStringLiteral("=+-@\t\r");
    if (!value.isEmpty() && kFormulaStarts.contains(value.front())) {
        value.prepend(QLatin1Char('\''));
    }
    if (value.contains(QLatin1Char(',')) || value.contains(QLatin1Char('"')) ||
        value.contains(QLatin1Char('\n')) || value.contains(QLatin1Char('\r'))) {
        value.replace(QLatin1Char('"'), QStringLiteral("\"\""));
        return QLatin1Char('"') + value + QLatin1Char('"');
    }
    return value;
}

QByteArray CsvReport::render(const ScanResult& result, const ReportOptions& options,
                             const ReportAnnotations& annotations)
{
    static const QString kLineEnd = QStringLiteral("\r\n");
    QString out = columns(options.reveal).join(QLatin1Char(',')) + kLineEnd;
    const QStringList ids = FindingId::of(result.findings);
    for (qsizetype i = 0; i < result.findings.size(); ++i) {
        const Finding& f = result.findings.at(i);
        // Numbers are written by us and never start a formula (an offset of -1 is a number, not text).
        QStringList row{cell(ids.at(i)),
                        cell(f.secretSha256),
                        cell(f.masked),
                        cell(f.provider),
                        cell(f.ruleId),
                        cell(severityName(f.severity)),
                        cell(confidenceName(f.confidence)),
                        cell(sourceKindId(f.place.kind)),
                        cell(describePlace(f)),
                        cell(f.path),
                        QString::number(f.line),
                        QString::number(f.column),
                        QString::number(f.offset),
                        cell(exposureId(exposureOf(f))),
                        QString::number(f.file.size),
                        f.file.mtime > 0 ? JsonReport::utcTime(f.file.mtime) : QString(),
                        QStringLiteral("%1").arg(f.file.mode, 4, 8, QLatin1Char('0')),
                        cell(f.file.owner),
                        cell(triageStatusName(annotations.decision(f.secretSha256).status))};
        if (options.reveal) {
            row << cell(QString::fromUtf8(f.secret));
        }
        out += row.join(QLatin1Char(',')) + kLineEnd;
    }
    return out.toUtf8();
}

} // namespace keyscout
