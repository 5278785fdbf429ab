// SPDX-License-Identifier: GPL-3.0-or-later
#include "SarifReport.h"

#include "FindingId.h"
#include "findings/PlaceDescription.h"

#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrl>
#include <algorithm>

namespace keyscout {

namespace {

QString sarifLevel(Severity s)
{
    switch (s) {
    case Severity::Critical:
    case Severity::High:
        return QStringLiteral("error");
    case Severity::Medium:
        return QStringLiteral("warning");
    case Severity::Low:
    case Severity::Info:
        break;
    }
    return QStringLiteral("note");
}

// GitHub code scanning reads `security-severity` (0.0-10.0) to rank security alerts.
QString securitySeverity(Severity s)
{
    switch (s) {
    case Severity::Critical:
        return QStringLiteral("9.5");
    case Severity::High:
        return QStringLiteral("8.0");
    case Severity::Medium:
        return QStringLiteral("5.5");
    case Severity::Low:
        return QStringLiteral("3.0");
    case Severity::Info:
        break;
    }
    return QStringLiteral("1.0");
}

QString encodeUriPath(const QString& path)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(path, "/"));
}

} // namespace

QByteArray SarifReport::render(const ScanResult& result, const std::vector<Rule>& rules,
                               const ReportOptions& options)
{
    // A single folder root becomes %SRCROOT%, so URIs are relative as code scanning expects.
    QString baseDir;
    if (result.roots.size() == 1 && QFileInfo(result.roots.first()).isDir()) {
        baseDir = QDir(QFileInfo(result.roots.first()).canonicalFilePath()).absolutePath();
    }

    QJsonArray sarifRules;
    QHash<QString, int> ruleIndex;
    for (const Rule& rule : rules) {
        ruleIndex.insert(rule.id, static_cast<int>(sarifRules.size()));
        QJsonObject r;
        r.insert(QStringLiteral("id"), rule.id);
        r.insert(QStringLiteral("name"), rule.name);
        r.insert(QStringLiteral("shortDescription"), QJsonObject{{QStringLiteral("text"), rule.name}});
        r.insert(QStringLiteral("fullDescription"), QJsonObject{{QStringLiteral("text"), rule.description}});
        r.insert(
            QStringLiteral("help"),
            QJsonObject{{QStringLiteral("text"),
                         QString(rule.description +
                                 QStringLiteral(
                                     " Revoke the credential at its provider, issue a replacement with the "
                                     "least access it needs, and remove every copy (git history "
                                     "included)."))}});
        r.insert(QStringLiteral("defaultConfiguration"),
                 QJsonObject{{QStringLiteral("level"), sarifLevel(rule.severity)}});
        r.insert(
            QStringLiteral("properties"),
            QJsonObject{{QStringLiteral("security-severity"), securitySeverity(rule.severity)},
                        {QStringLiteral("precision"), confidenceName(rule.confidence) == QLatin1String("high")
                                                          ? QStringLiteral("very-high")
                                                          : confidenceName(rule.confidence)},
                        {QStringLiteral("tags"),
                         QJsonArray{QStringLiteral("security"), QStringLiteral("secret"), rule.provider}}});
        sarifRules.append(r);
    }

    QJsonArray results;
    const QStringList ids = FindingId::of(result.findings);
    for (qsizetype i = 0; i < result.findings.size(); ++i) {
        const Finding& f = result.findings.at(i);
        QJsonObject artifact;
        if (!baseDir.isEmpty() && f.path.startsWith(baseDir + QLatin1Char('/'))) {
            artifact.insert(QStringLiteral("uri"), encodeUriPath(f.path.mid(baseDir.size() + 1)));
            artifact.insert(QStringLiteral("uriBaseId"), QStringLiteral("%SRCROOT%"));
        } else {
            artifact.insert(QStringLiteral("uri"),
                            QString(QStringLiteral("file://") + encodeUriPath(f.path)));
        }
        // A model file is judged whole and has no line: the region is the file from its first line, which is
        // what GitHub code scanning needs (startLine) and SARIF allows (columns of 0 are invalid).
        const bool wholeFile = f.line < 1 || f.column < 1;
        QJsonObject region{{QStringLiteral("startLine"), std::max<qint64>(f.line, 1)}};
        if (!wholeFile) {
            region.insert(QStringLiteral("startColumn"), f.column);
            region.insert(QStringLiteral("endColumn"),
                          f.column + QString::fromUtf8(f.secret).toUcs4().size());
        }
        const qint64 lineIndex = f.contextLine() - f.contextFirstLine;
        // A decoded notebook part's lines are not the file's lines: no snippet then (the place says where).
        if (!wholeFile && f.place.lineInPart == 0 && lineIndex >= 0 && lineIndex < f.context.size()) {
            region.insert(QStringLiteral("snippet"),
                          QJsonObject{{QStringLiteral("text"), f.context.at(lineIndex)}});
        }
        QJsonObject r;
        r.insert(QStringLiteral("ruleId"), f.ruleId);
        if (ruleIndex.contains(f.ruleId)) {
            r.insert(QStringLiteral("ruleIndex"), ruleIndex.value(f.ruleId));
        }
        r.insert(QStringLiteral("level"), sarifLevel(f.severity));
        const QString message = f.place.kind == SourceKind::ModelFile
                                    ? QStringLiteral("%1: %2.").arg(f.ruleName, f.masked)
                                    : QStringLiteral("%1 %2 found in this file.").arg(f.ruleName, f.masked);
        r.insert(QStringLiteral("message"), QJsonObject{{QStringLiteral("text"), message}});
        r.insert(QStringLiteral("locations"),
                 QJsonArray{QJsonObject{{QStringLiteral("physicalLocation"),
                                         QJsonObject{{QStringLiteral("artifactLocation"), artifact},
                                                     {QStringLiteral("region"), region}}}}});
        // One fingerprint per secret: the same secret in the same file stays one alert across runs.
        r.insert(QStringLiteral("partialFingerprints"),
                 QJsonObject{{QStringLiteral("secretSha256/v1"), f.secretSha256}});
        // SARIF 2.1.0 result `fingerprints`: stable ids the tool computes itself; this one is the
        // place's finding id (README "Reports"), the same as in the JSON, CSV and JSON Lines reports.
        r.insert(QStringLiteral("fingerprints"),
                 QJsonObject{{QStringLiteral("keyscoutFindingId/v1"), ids.at(i)}});
        QJsonObject properties{{QStringLiteral("finding_id"), ids.at(i)},
                               {QStringLiteral("secret_sha256"), f.secretSha256},
                               {QStringLiteral("masked"), f.masked},
                               {QStringLiteral("source_kind"), sourceKindId(f.place.kind)},
                               {QStringLiteral("where"), describePlace(f)}};
        if (options.reveal) {
            properties.insert(QStringLiteral("secret"), QString::fromUtf8(f.secret));
        }
        r.insert(QStringLiteral("properties"), properties);
        results.append(r);
    }

    QJsonArray notifications;
    auto notify = [&](const QString& text) {
        notifications.append(
            QJsonObject{{QStringLiteral("level"), QStringLiteral("error")},
                        {QStringLiteral("message"), QJsonObject{{QStringLiteral("text"), text}}}});
    };
    for (const QString& e : result.rootErrors) {
        notify(e);
    }
    for (const SkippedItem& n : result.notices) {
        notifications.append(QJsonObject{
            {QStringLiteral("level"), QStringLiteral("note")},
            {QStringLiteral("message"),
             QJsonObject{{QStringLiteral("text"), QStringLiteral("%1: %2").arg(n.path, n.reason)}}}});
    }
    for (const RuleError& e : result.ruleErrors) {
        notify(e.toString());
    }
    QJsonObject invocation{
        {QStringLiteral("executionSuccessful"), !result.hasErrors() && !result.cancelled},
        {QStringLiteral("startTimeUtc"), result.startedAt.toUTC().toString(Qt::ISODateWithMs)},
        {QStringLiteral("endTimeUtc"), result.finishedAt.toUTC().toString(Qt::ISODateWithMs)}};
    if (!notifications.isEmpty()) {
        invocation.insert(QStringLiteral("toolExecutionNotifications"), notifications);
    }

    QJsonObject run;
    run.insert(QStringLiteral("tool"),
               QJsonObject{{QStringLiteral("driver"),
                            QJsonObject{{QStringLiteral("name"), QStringLiteral("Keyscout")},
                                        {QStringLiteral("semanticVersion"), QStringLiteral(KEYSCOUT_VERSION)},
                                        {QStringLiteral("version"), QStringLiteral(KEYSCOUT_VERSION)},
                                        {QStringLiteral("rules"), sarifRules}}}});
    run.insert(QStringLiteral("columnKind"), QStringLiteral("unicodeCodePoints"));
    if (!baseDir.isEmpty()) {
        run.insert(QStringLiteral("originalUriBaseIds"),
                   QJsonObject{{QStringLiteral("%SRCROOT%"),
                                QJsonObject{{QStringLiteral("uri"),
                                             QString(QStringLiteral("file://") + encodeUriPath(baseDir) +
                                                     QLatin1Char('/'))}}}});
    }
    run.insert(QStringLiteral("invocations"), QJsonArray{invocation});
    run.insert(QStringLiteral("results"), results);

    QJsonObject root;
    root.insert(QStringLiteral("$schema"), QStringLiteral("https://json.schemastore.org/sarif-2.1.0.json"));
    root.insert(QStringLiteral("version"), QStringLiteral("2.1.0"));
    root.insert(QStringLiteral("runs"), QJsonArray{run});
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

} // namespace keyscout
