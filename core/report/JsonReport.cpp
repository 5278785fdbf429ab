// SPDX-License-Identifier: GPL-3.0-or-later
#include "JsonReport.h"

#include "FindingId.h"
#include "findings/Guidance.h"
#include "findings/PlaceDescription.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QMap>
#include <QTimeZone>

namespace keyscout {

namespace {

QString isoTime(qint64 secondsSinceEpoch)
{
    return JsonReport::utcTime(secondsSinceEpoch);
}

QJsonArray toArray(const QStringList& list)
{
    QJsonArray a;
    for (const QString& s : list) {
        a.append(s);
    }
    return a;
}

QString cellPartId(CellPart part)
{
    switch (part) {
    case CellPart::Source:
        return QStringLiteral("source");
    case CellPart::Output:
        return QStringLiteral("output");
    case CellPart::Attachment:
        return QStringLiteral("attachment");
    case CellPart::Metadata:
        return QStringLiteral("metadata");
    case CellPart::None:
        break;
    }
    return {};
}

// The coordinates a place kind has; the fields it does not have are left out.
QJsonObject placeObject(const Place& p)
{
    QJsonObject o;
    auto put = [&o](const char* key, const QJsonValue& value, bool present) {
        if (present) {
            o.insert(QLatin1String(key), value);
        }
    };
    put("cell", p.cell, p.cell > 0);
    put("cell_type", p.cellType, !p.cellType.isEmpty());
    put("part", cellPartId(p.part), p.part != CellPart::None);
    put("output", p.output, p.output > 0);
    put("output_type", p.outputType, !p.outputType.isEmpty());
    put("line_in_part", p.lineInPart, p.lineInPart > 0);
    put("language", p.language, !p.language.isEmpty());
    put("checkpoint_of", p.checkpointOf, p.checkpoint);
    put("session", p.session, p.session > 0);
    put("entry", p.entry, p.entry > 0);
    put("time", isoTime(p.time), p.time > 0);
    put("name", p.name, !p.name.isEmpty());
    put("user", p.user, !p.user.isEmpty());
    put("field", p.field, !p.field.isEmpty());
    put("command", p.command, !p.command.isEmpty());
    put("pid", p.entry, p.kind == SourceKind::Process);
    if (p.kind == SourceKind::Git) {
        const GitPlace& g = p.git;
        QJsonObject git{{QStringLiteral("repository"), g.repository},
                        {QStringLiteral("blob"), g.blob},
                        {QStringLiteral("commit"), g.commit},
                        {QStringLiteral("author"), g.author},
                        {QStringLiteral("summary"), g.summary},
                        {QStringLiteral("path"), g.pathInRepo},
                        {QStringLiteral("refs"), QJsonArray::fromStringList(g.refs)},
                        {QStringLiteral("remotes"), QJsonArray::fromStringList(g.remotes)},
                        {QStringLiteral("remote_host"), g.remoteHost},
                        {QStringLiteral("pushed"), g.pushed},
                        {QStringLiteral("dangling"), g.dangling},
                        {QStringLiteral("in_config"), g.inConfig}};
        if (g.time > 0) {
            git.insert(QStringLiteral("time"), isoTime(g.time));
        }
        if (!g.hunk.isEmpty()) {
            git.insert(QStringLiteral("diff"), QJsonArray::fromStringList(g.hunk)); // masked, like context
        }
        o.insert(QStringLiteral("git"), git);
    }
    if (p.kind == SourceKind::ModelFile) {
        const ModelPlace& m = p.model;
        QJsonObject model{{QStringLiteral("format"), m.format},
                          {QStringLiteral("verdict"), m.verdict},
                          {QStringLiteral("imports"), QJsonArray::fromStringList(m.imports)},
                          {QStringLiteral("recommendation"), m.recommendation}};
        auto add = [&model](const char* key, const QString& value) {
            if (!value.isEmpty()) {
                model.insert(QLatin1String(key), value);
            }
        };
        add("deciding_import", m.decidingImport);
        add("repo", m.repo);
        add("revision", m.revision);
        add("file_in_repo", m.fileInRepo);
        add("safetensors_twin", m.twin);
        o.insert(QStringLiteral("model"), model);
    }
    return o;
}

QString isoDateTime(const QDateTime& time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODateWithMs) : QString();
}

// The responder's evidence (Evidence.h): every field, times in UTC with milliseconds.
QJsonObject evidenceObject(const Evidence& e)
{
    QJsonArray files;
    for (const EvidenceFile& f : e.files) {
        QJsonObject file{{QStringLiteral("path"), f.path},
                         {QStringLiteral("sha256"), f.sha256},
                         {QStringLiteral("size"), f.size},
                         {QStringLiteral("mtime"), isoDateTime(f.mtime)},
                         {QStringLiteral("ctime"), isoDateTime(f.ctime)},
                         {QStringLiteral("mode"), f.mode},
                         {QStringLiteral("owner"), f.owner},
                         {QStringLiteral("group"), f.group}};
        if (!f.error.isEmpty()) {
            file.insert(QStringLiteral("error"), f.error);
        }
        files.append(file);
    }
    QJsonArray timeline;
    for (const EvidenceEvent& t : e.timeline) {
        timeline.append(QJsonObject{{QStringLiteral("time"), isoDateTime(t.time)},
                                    {QStringLiteral("approximate"), t.approximate},
                                    {QStringLiteral("event"), t.event},
                                    {QStringLiteral("secret_sha256"), t.secretSha256},
                                    {QStringLiteral("masked"), t.masked},
                                    {QStringLiteral("description"), t.description},
                                    {QStringLiteral("path"), t.path}});
    }
    return QJsonObject{{QStringLiteral("scanned_root"), e.scannedRoot},
                       {QStringLiteral("scanned_host"), e.scannedHostName},
                       {QStringLiteral("scanned_homes"), toArray(e.scannedHomes)},
                       {QStringLiteral("scanning_host"), e.scanningHost},
                       {QStringLiteral("scanning_user"), e.scanningUser},
                       {QStringLiteral("keyscout_version"), e.keyscoutVersion},
                       {QStringLiteral("rules"), e.catalogueVersion},
                       {QStringLiteral("started_at"), isoDateTime(e.scanStarted)},
                       {QStringLiteral("finished_at"), isoDateTime(e.scanFinished)},
                       {QStringLiteral("read_only"), e.readOnly},
                       {QStringLiteral("network_used"), e.networkUsed},
                       {QStringLiteral("processes_read"), e.processesRead},
                       {QStringLiteral("files"), files},
                       {QStringLiteral("timeline"), timeline}};
}

} // namespace

QString JsonReport::utcTime(qint64 secondsSinceEpoch)
{
    // QTimeZone rather than Qt::UTC: the Qt::TimeSpec overload is deprecated from Qt 6.8 on. toUTC() then, so
    // the text ends in "Z" as documented (a QTimeZone time prints "+00:00" in Qt 6.4).
    return QDateTime::fromSecsSinceEpoch(secondsSinceEpoch, QTimeZone::utc()).toUTC().toString(Qt::ISODate);
}

QJsonObject JsonReport::findingObject(const Finding& f, const ReportOptions& options)
{
    QJsonObject o;
    o.insert(QStringLiteral("rule_id"), f.ruleId);
    o.insert(QStringLiteral("rule_name"), f.ruleName);
    o.insert(QStringLiteral("provider"), f.provider);
    o.insert(QStringLiteral("severity"), severityName(f.severity));
    o.insert(QStringLiteral("confidence"), confidenceName(f.confidence));
    o.insert(QStringLiteral("secret_sha256"), f.secretSha256);
    o.insert(QStringLiteral("masked"), f.masked);
    if (options.reveal) {
        o.insert(QStringLiteral("secret"), QString::fromUtf8(f.secret));
    }
    o.insert(QStringLiteral("kind"), sourceKindId(f.place.kind));
    o.insert(QStringLiteral("where"), describePlace(f));
    const QJsonObject place = placeObject(f.place);
    if (!place.isEmpty()) {
        o.insert(QStringLiteral("place"), place);
    }
    o.insert(QStringLiteral("path"), f.path);
    o.insert(QStringLiteral("line"), f.line);
    o.insert(QStringLiteral("column"), f.column);
    o.insert(QStringLiteral("offset"), f.offset);
    o.insert(QStringLiteral("length"), f.length);
    o.insert(QStringLiteral("binary"), f.binary);
    o.insert(QStringLiteral("context"), QJsonObject{{QStringLiteral("first_line"), f.contextFirstLine},
                                                    {QStringLiteral("secret_line"), f.contextLine()},
                                                    {QStringLiteral("lines"), toArray(f.context)}});
    o.insert(
        QStringLiteral("file"),
        QJsonObject{{QStringLiteral("size"), f.file.size},
                    {QStringLiteral("mtime"), isoTime(f.file.mtime)},
                    {QStringLiteral("mode"), QStringLiteral("%1").arg(f.file.mode, 4, 8, QLatin1Char('0'))},
                    {QStringLiteral("owner"), f.file.owner}});
    o.insert(QStringLiteral("exposure"), exposureId(exposureOf(f)));
    o.insert(QStringLiteral("exposure_explanation"), exposureExplanation(f));
    if (f.worktree.inRepository()) {
        o.insert(QStringLiteral("worktree"),
                 QJsonObject{{QStringLiteral("root"), f.worktree.root},
                             {QStringLiteral("remote"), f.worktree.remote},
                             {QStringLiteral("remote_host"), f.worktree.remoteHost},
                             {QStringLiteral("ignored"), f.worktree.ignored},
                             {QStringLiteral("tracked"), f.worktree.tracked}});
    }
    o.insert(QStringLiteral("notes"), toArray(f.notes));
    return o;
}

QByteArray JsonReport::render(const ScanResult& result, const ReportOptions& options)
{
    QJsonObject root;
    root.insert(QStringLiteral("schema_version"), kSchemaVersion);
    root.insert(QStringLiteral("tool"),
                QJsonObject{{QStringLiteral("name"), QStringLiteral("keyscout")},
                            {QStringLiteral("version"), QStringLiteral(KEYSCOUT_VERSION)},
                            {QStringLiteral("rules"), result.catalogueVersion},
                            {QStringLiteral("rule_count"), result.ruleCount}});
    QJsonArray errors = toArray(result.rootErrors);
    for (const RuleError& e : result.ruleErrors) {
        errors.append(e.toString());
    }
    QJsonArray notices;
    for (const SkippedItem& n : result.notices) {
        notices.append(QJsonObject{{QStringLiteral("path"), n.path}, {QStringLiteral("message"), n.reason}});
    }
    root.insert(
        QStringLiteral("scan"),
        QJsonObject{{QStringLiteral("roots"), toArray(result.roots)},
                    {QStringLiteral("started_at"), result.startedAt.toUTC().toString(Qt::ISODateWithMs)},
                    {QStringLiteral("finished_at"), result.finishedAt.toUTC().toString(Qt::ISODateWithMs)},
                    {QStringLiteral("duration_ms"), result.startedAt.msecsTo(result.finishedAt)},
                    {QStringLiteral("cancelled"), result.cancelled},
                    {QStringLiteral("files_scanned"), result.totals.files},
                    {QStringLiteral("bytes_scanned"), result.totals.bytes},
                    {QStringLiteral("directories"), result.totals.directories},
                    {QStringLiteral("skipped"), result.totals.skipped},
                    {QStringLiteral("failed"), result.totals.failed},
                    {QStringLiteral("git_repositories"), result.totals.gitRepositories},
                    {QStringLiteral("git_objects"), result.totals.gitObjects},
                    {QStringLiteral("errors"), errors},
                    {QStringLiteral("notices"), notices}});

    const QList<SecretGroup> groups = groupBySecret(result.findings);
    QMap<QString, int> bySeverity;
    QMap<QString, int> byProvider;
    QJsonArray secrets;
    for (const SecretGroup& g : groups) {
        bySeverity[severityName(g.severity)] += 1;
        byProvider[g.provider] += 1;
        QJsonObject s;
        s.insert(QStringLiteral("secret_sha256"), g.secretSha256);
        s.insert(QStringLiteral("masked"), g.masked);
        if (options.reveal) {
            s.insert(QStringLiteral("secret"), QString::fromUtf8(g.secret));
        }
        s.insert(QStringLiteral("rule_id"), g.ruleId);
        s.insert(QStringLiteral("provider"), g.provider);
        s.insert(QStringLiteral("provider_name"), g.providerName);
        s.insert(QStringLiteral("severity"), severityName(g.severity));
        QJsonArray locations;
        const QStringList ids = FindingId::of(g.findings);
        for (qsizetype i = 0; i < g.findings.size(); ++i) {
            QJsonObject location = findingObject(g.findings.at(i), options);
            location.insert(QStringLiteral("finding_id"), ids.at(i));
            locations.append(location);
        }
        s.insert(QStringLiteral("location_count"), locations.size());
        s.insert(QStringLiteral("shared_across_environments"), sharedAcrossEnvironments(g.findings));
        s.insert(QStringLiteral("copies_outside_token_store"), copiesOutsideTokenStore(g.findings));
        s.insert(QStringLiteral("next_steps"), QJsonArray::fromStringList(nextSteps(g.findings)));
        s.insert(QStringLiteral("locations"), locations);
        secrets.append(s);
    }
    QJsonObject severityCounts;
    for (auto it = bySeverity.cbegin(); it != bySeverity.cend(); ++it) {
        severityCounts.insert(it.key(), it.value());
    }
    QJsonObject providerCounts;
    for (auto it = byProvider.cbegin(); it != byProvider.cend(); ++it) {
        providerCounts.insert(it.key(), it.value());
    }
    root.insert(QStringLiteral("summary"), QJsonObject{{QStringLiteral("secrets"), groups.size()},
                                                       {QStringLiteral("findings"), result.findings.size()},
                                                       {QStringLiteral("by_severity"), severityCounts},
                                                       {QStringLiteral("by_provider"), providerCounts}});
    root.insert(QStringLiteral("secrets"), secrets);

    QJsonObject skipCounts;
    for (auto it = result.skipCounts.cbegin(); it != result.skipCounts.cend(); ++it) {
        skipCounts.insert(it.key(), it.value());
    }
    QJsonObject skipped{{QStringLiteral("counts"), skipCounts}};
    if (options.listSkipped) {
        QJsonArray items;
        for (const SkippedItem& item : result.skipped) {
            items.append(QJsonObject{{QStringLiteral("path"), item.path},
                                     {QStringLiteral("reason"), item.reason},
                                     {QStringLiteral("failed"), item.failed}});
        }
        skipped.insert(QStringLiteral("items"), items);
    }
    root.insert(QStringLiteral("skipped"), skipped);
    if (result.evidence) {
        root.insert(QStringLiteral("evidence"), evidenceObject(*result.evidence));
    }
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

} // namespace keyscout
