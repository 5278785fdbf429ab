// SPDX-License-Identifier: GPL-3.0-or-later
#include "JsonLinesReport.h"

#include "FindingId.h"
#include "JsonReport.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSysInfo>
#include <pwd.h>
#include <unistd.h>

namespace keyscout {

JsonLinesReport::Origin JsonLinesReport::originOf(const ScanResult& result)
{
    Origin origin;
    origin.host = QSysInfo::machineHostName();
    if (result.evidence && !result.evidence->scannedHostName.isEmpty()) {
        origin.host = result.evidence->scannedHostName;
    }
    const passwd* pw = ::getpwuid(::geteuid()); // NOLINT(concurrency-mt-unsafe): reports render on one thread
    origin.user = pw != nullptr ? QString::fromLocal8Bit(pw->pw_name) : QString::number(::geteuid());
    return origin;
}

QByteArray JsonLinesReport::render(const ScanResult& result, const ReportOptions& options,
                                   const ReportAnnotations& annotations)
{
    return render(result, options, annotations, originOf(result));
}

QByteArray JsonLinesReport::render(const ScanResult& result, const ReportOptions& options,
                                   const ReportAnnotations& annotations, const Origin& origin)
{
    const QString startedAt = result.startedAt.toUTC().toString(Qt::ISODateWithMs);
    const QStringList ids = FindingId::of(result.findings);
    QByteArray out;
    for (qsizetype i = 0; i < result.findings.size(); ++i) {
        const Finding& f = result.findings.at(i);
        QJsonObject o = JsonReport::findingObject(f, options);
        o.insert(QStringLiteral("schema_version"), JsonReport::kSchemaVersion);
        o.insert(QStringLiteral("finding_id"), ids.at(i));
        o.insert(QStringLiteral("host"), origin.host);
        o.insert(QStringLiteral("user"), origin.user);
        o.insert(QStringLiteral("scan_started_at"), startedAt);
        o.insert(QStringLiteral("keyscout_version"), QStringLiteral(KEYSCOUT_VERSION));
        o.insert(QStringLiteral("rules"), result.catalogueVersion);
        o.insert(QStringLiteral("provider_name"), f.providerName);
        o.insert(QStringLiteral("decision"), triageStatusName(annotations.decision(f.secretSha256).status));
        out += QJsonDocument(o).toJson(QJsonDocument::Compact);
        out += '\n';
    }
    return out;
}

} // namespace keyscout
