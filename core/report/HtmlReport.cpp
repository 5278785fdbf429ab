// SPDX-License-Identifier: GPL-3.0-or-later
#include "HtmlReport.h"

#include "FindingId.h"
#include "TextReport.h"
#include "findings/Guidance.h"
#include "findings/PlaceDescription.h"
#include "rules/RuleText.h"
#include "verify/Capabilities.h"

#include <QMap>
#include <QTimeZone>
#include <algorithm>

namespace keyscout {

namespace {

// No script, no request of any kind: only the inline stylesheet and style attributes (the bars' widths).
constexpr const char* kContentSecurityPolicy =
    "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'";

constexpr const char* kStyle = R"CSS(
:root { color-scheme: light dark; --bg: #ffffff; --fg: #1d2330; --muted: #5b6473; --card: #f6f7f9;
  --border: #d9dde3; --accent: #2456c7; --critical: #b3261e; --high: #c2410c; --medium: #a16207;
  --low: #2f7d4f; --info: #4a5568; --hit: #fff3bf; --code: #eef0f3; --warn-bg: #fdecea; }
@media (prefers-color-scheme: dark) {
  :root { --bg: #14171c; --fg: #e6e9ef; --muted: #9aa3b2; --card: #1c2027; --border: #2e343e;
    --accent: #7aa2ff; --critical: #ff6b6b; --high: #ff922b; --medium: #fcc419; --low: #69db7c;
    --info: #adb5bd; --hit: #4d4200; --code: #0f1216; --warn-bg: #3b1614; }
}
* { box-sizing: border-box; }
body { margin: 0 auto; max-width: 72rem; padding: 1.5rem; background: var(--bg); color: var(--fg);
  font: 15px/1.5 system-ui, -apple-system, "Segoe UI", "Noto Sans", "Noto Sans CJK SC", sans-serif; }
h1 { font-size: 1.6rem; margin: 0 0 .25rem; }
h2 { font-size: 1.25rem; margin: 2rem 0 .75rem; padding-bottom: .25rem; border-bottom: 1px solid var(--border); }
h3 { font-size: 1.1rem; margin: 0 0 .5rem; }
h4 { font-size: .95rem; margin: 1rem 0 .4rem; color: var(--muted); text-transform: uppercase; letter-spacing: .03em; }
a { color: var(--accent); }
code, .mono { font-family: ui-monospace, "DejaVu Sans Mono", "Noto Sans Mono", monospace; font-size: .9em; }
code { background: var(--code); padding: 0 .25em; border-radius: 3px; overflow-wrap: anywhere; }
.muted { color: var(--muted); }
.warning { background: var(--warn-bg); border-left: 4px solid var(--critical); padding: .75rem 1rem; margin: 1rem 0; }
dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: .2rem 1rem; margin: 0; }
dl.facts dt { color: var(--muted); }
dl.facts dd { margin: 0; overflow-wrap: anywhere; }
.tiles { display: flex; flex-wrap: wrap; gap: .75rem; margin: 1rem 0; }
.tile { flex: 1 1 8rem; background: var(--card); border: 1px solid var(--border); border-left-width: 5px;
  border-radius: 6px; padding: .5rem .75rem; }
.tile .n { display: block; font-size: 1.6rem; font-weight: 600; }
.sev-critical { border-left-color: var(--critical); } .sev-high { border-left-color: var(--high); }
.sev-medium { border-left-color: var(--medium); } .sev-low { border-left-color: var(--low); }
.sev-info { border-left-color: var(--info); }
.badge { display: inline-block; font-size: .8rem; font-weight: 600; padding: 0 .5em; border-radius: 999px;
  border: 1px solid currentColor; vertical-align: middle; }
.badge.sev-critical { color: var(--critical); } .badge.sev-high { color: var(--high); }
.badge.sev-medium { color: var(--medium); } .badge.sev-low { color: var(--low); } .badge.sev-info { color: var(--info); }
.charts { display: grid; grid-template-columns: repeat(auto-fit, minmax(20rem, 1fr)); gap: 1.5rem; }
.bar { display: grid; grid-template-columns: minmax(8rem, 12rem) 1fr 3rem; gap: .5rem; align-items: center; margin: .3rem 0; }
.track { background: var(--border); height: .8rem; border-radius: .4rem; overflow: hidden; }
.fill { display: block; background: var(--accent); height: 100%; border-radius: .4rem; print-color-adjust: exact; -webkit-print-color-adjust: exact; }
.bar .n { text-align: right; font-variant-numeric: tabular-nums; }
nav.toc ol { padding-left: 1.5rem; }
section.secret { background: var(--card); border: 1px solid var(--border); border-left: 6px solid var(--info);
  border-radius: 8px; padding: 1rem 1.25rem; margin: 1.25rem 0; }
section.secret.sev-critical { border-left-color: var(--critical); } section.secret.sev-high { border-left-color: var(--high); }
section.secret.sev-medium { border-left-color: var(--medium); } section.secret.sev-low { border-left-color: var(--low); }
.place { border-top: 1px solid var(--border); padding: .75rem 0 .25rem; }
.place .where { font-weight: 600; }
.place .path { margin: .2rem 0; }
.exposure { font-size: .85rem; padding: 0 .4em; border-radius: 4px; background: var(--code); }
table { border-collapse: collapse; width: 100%; }
th, td { text-align: left; vertical-align: top; padding: .25rem .5rem; border-bottom: 1px solid var(--border); overflow-wrap: anywhere; }
table.context { margin: .5rem 0; background: var(--code); border-radius: 4px; }
table.context td { border: 0; padding: 0 .5rem; font-family: ui-monospace, "DejaVu Sans Mono", monospace; font-size: .85rem; white-space: pre-wrap; }
table.context td.ln { width: 4.5rem; text-align: right; color: var(--muted); white-space: nowrap; user-select: none; }
table.context tr.hit td { background: var(--hit); font-weight: 600; }
footer { margin-top: 2.5rem; font-size: .85rem; color: var(--muted); }
@media print {
  :root { --bg: #ffffff; --fg: #000000; --muted: #444444; --card: #ffffff; --border: #bbbbbb; --code: #f3f3f3; --hit: #ffec99; }
  body { max-width: none; padding: 0; font-size: 11pt; }
  section.secret, .place, .tile, table.context tr { break-inside: avoid; }
  a { color: inherit; text-decoration: none; }
  nav.toc { display: none; }
}
)CSS";

QString esc(const QString& text)
{
    return HtmlReport::escape(text);
}

QString utc(const QDateTime& time)
{
    return time.isValid()
               ? time.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")) + QStringLiteral(" UTC")
               : QStringLiteral("—");
}

QString utcSeconds(qint64 secondsSinceEpoch)
{
    return secondsSinceEpoch > 0 ? utc(QDateTime::fromSecsSinceEpoch(secondsSinceEpoch, QTimeZone::utc()))
                                 : QStringLiteral("—");
}

QString severityText(Severity s)
{
    switch (s) {
    case Severity::Critical:
        return HtmlReport::tr("critical");
    case Severity::High:
        return HtmlReport::tr("high");
    case Severity::Medium:
        return HtmlReport::tr("medium");
    case Severity::Low:
        return HtmlReport::tr("low");
    case Severity::Info:
        break;
    }
    return HtmlReport::tr("info");
}

QString statusText(TriageStatus status)
{
    switch (status) {
    case TriageStatus::ToFix:
        return HtmlReport::tr("To fix");
    case TriageStatus::AcceptedRisk:
        return HtmlReport::tr("Accepted risk");
    case TriageStatus::FalsePositive:
        return HtmlReport::tr("False positive");
    case TriageStatus::New:
        break;
    }
    return HtmlReport::tr("New (not looked at yet)");
}

QString journalStateText(const QString& state)
{
    if (state == QLatin1String("applied")) {
        return HtmlReport::tr("applied");
    }
    if (state == QLatin1String("undone")) {
        return HtmlReport::tr("undone");
    }
    if (state == QLatin1String("failed")) {
        return HtmlReport::tr("failed");
    }
    if (state == QLatin1String("interrupted")) {
        return HtmlReport::tr("interrupted (the file was left as it was)");
    }
    return HtmlReport::tr("prepared, not written");
}

QString sevClass(Severity s)
{
    return QStringLiteral("sev-") + severityName(s);
}

QString fact(const QString& term, const QString& valueHtml)
{
    return QStringLiteral("<dt>") + esc(term) + QStringLiteral("</dt><dd>") + valueHtml +
           QStringLiteral("</dd>\n");
}

// Horizontal bars, longest first: a label, the bar, the count. Pure HTML and CSS, so it prints and needs no
// script.
QString bars(const QMap<QString, int>& counts)
{
    QList<QPair<QString, int>> rows;
    int most = 1;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        rows << qMakePair(it.key(), it.value());
        most = std::max(most, it.value());
    }
    std::stable_sort(rows.begin(), rows.end(),
                     [](const auto& a, const auto& b) { return a.second > b.second; });
    QString out;
    for (const auto& [label, n] : rows) {
        const int percent = std::max(1, n * 100 / most);
        out += QStringLiteral("<div class=\"bar\"><span>") + esc(label) +
               QStringLiteral(
                   "</span><span class=\"track\"><span class=\"fill\" style=\"width:%1%\"></span></span>"
                   "<span class=\"n\">%2</span></div>\n")
                   .arg(percent)
                   .arg(n);
    }
    return out;
}

bool isModelFile(const SecretGroup& g)
{
    return g.findings.first().place.kind == SourceKind::ModelFile;
}

QString summarySection(const ScanResult& result, const QList<SecretGroup>& groups)
{
    qsizetype models = 0;
    qsizetype modelPlaces = 0;
    for (const SecretGroup& g : groups) {
        if (isModelFile(g)) {
            ++models;
            modelPlaces += g.findings.size();
        }
    }
    QString out = QStringLiteral("<section id=\"summary\"><h2>") + esc(HtmlReport::tr("Summary")) +
                  QStringLiteral("</h2>\n<dl class=\"facts\">\n");
    QStringList roots;
    for (const QString& r : result.roots) {
        roots << QStringLiteral("<code>") + esc(r) + QStringLiteral("</code>");
    }
    out += fact(HtmlReport::tr("Scanned"), roots.join(QStringLiteral(", ")));
    out += fact(HtmlReport::tr("Started"), esc(utc(result.startedAt)));
    out += fact(HtmlReport::tr("Finished"),
                esc(utc(result.finishedAt)) +
                    (result.cancelled ? QStringLiteral(" <strong>") +
                                            esc(HtmlReport::tr("cancelled: the results are partial")) +
                                            QStringLiteral("</strong>")
                                      : QString()));
    // Counts as "label: number", which reads right for any number without plural forms (the command line
    // loads no translation, not even English plurals).
    out += fact(HtmlReport::tr("Files read"),
                esc(HtmlReport::tr("%1 (%2)").arg(QString::number(result.totals.files),
                                                  TextReport::humanBytes(result.totals.bytes))));
    out += fact(HtmlReport::tr("Folders read"), esc(QString::number(result.totals.directories)));
    if (result.totals.gitRepositories > 0) {
        out +=
            fact(HtmlReport::tr("Git history"), esc(HtmlReport::tr("repositories: %1, commits and blobs: %2")
                                                        .arg(QString::number(result.totals.gitRepositories),
                                                             QString::number(result.totals.gitObjects))));
    }
    out += fact(HtmlReport::tr("Skipped"),
                esc(HtmlReport::tr("items: %1, errors among them: %2")
                        .arg(QString::number(result.totals.skipped + result.totals.failed),
                             QString::number(result.totals.failed))));
    out += fact(HtmlReport::tr("Keyscout"),
                esc(HtmlReport::tr("version %1, rules %2 (%3 rules)")
                        .arg(QStringLiteral(KEYSCOUT_VERSION), result.catalogueVersion,
                             QString::number(result.ruleCount))));
    out += QStringLiteral("</dl>\n<div class=\"tiles\">\n");
    const auto tile = [](const QString& cls, qsizetype n, const QString& label) -> QString {
        return QStringLiteral("<div class=\"tile %1\"><span class=\"n\">%2</span> ").arg(cls).arg(n) +
               esc(label) + QStringLiteral("</div>\n");
    };
    out += tile(QString(), groups.size() - models, HtmlReport::tr("secrets"));
    out += tile(QString(), result.findings.size() - modelPlaces, HtmlReport::tr("places"));
    if (models > 0) {
        out += tile(QString(), models, HtmlReport::tr("model files that run code or are malformed"));
    }
    out += QStringLiteral("</div>\n<h3>") + esc(HtmlReport::tr("Secrets by severity")) +
           QStringLiteral("</h3>\n<div class=\"tiles\">\n");
    for (const Severity s :
         {Severity::Critical, Severity::High, Severity::Medium, Severity::Low, Severity::Info}) {
        const qsizetype n = std::count_if(groups.cbegin(), groups.cend(),
                                          [s](const SecretGroup& g) { return g.severity == s; });
        out += tile(sevClass(s), n, severityText(s));
    }
    out += QStringLiteral("</div>\n</section>\n");
    return out;
}

QString chartsSection(const ScanResult& result)
{
    QMap<QString, int> byProvider;
    QMap<QString, int> byKind;
    for (const Finding& f : result.findings) {
        byProvider[f.providerName.isEmpty() ? f.provider : f.providerName] += 1;
        byKind[sourceKindName(f.place.kind)] += 1;
    }
    return QStringLiteral("<section id=\"charts\" class=\"charts\">\n<div><h2>") +
           esc(HtmlReport::tr("Findings by provider")) + QStringLiteral("</h2>\n") + bars(byProvider) +
           QStringLiteral("</div>\n<div><h2>") + esc(HtmlReport::tr("Findings by kind of place")) +
           QStringLiteral("</h2>\n") + bars(byKind) + QStringLiteral("</div>\n</section>\n");
}

QString contextTable(const Finding& f)
{
    if (f.context.isEmpty()) {
        return {};
    }
    QString out = QStringLiteral("<table class=\"context\">\n");
    for (qsizetype i = 0; i < f.context.size(); ++i) {
        const qint64 number = f.contextFirstLine + i;
        const bool hit = number == f.contextLine();
        // The marker is text too, so the secret's line stands out in plain text and on paper.
        out += QStringLiteral("<tr%1><td class=\"ln\">%2%3</td><td>")
                   .arg(hit ? QStringLiteral(" class=\"hit\"") : QString(),
                        hit ? QStringLiteral("▶ ") : QString(), QString::number(number)) +
               esc(f.context.at(i)) + QStringLiteral("</td></tr>\n");
    }
    return out + QStringLiteral("</table>\n");
}

QString gitFacts(const GitPlace& g)
{
    if (g.commit.isEmpty()) {
        return QStringLiteral("<p>") +
               esc(g.dangling ? HtmlReport::tr(
                                    "An unreachable git object (amended away, a dropped stash or a reset).")
                              : HtmlReport::tr("In the repository's configuration.")) +
               QStringLiteral("</p>\n");
    }
    QString out =
        QStringLiteral("<p>") + esc(HtmlReport::tr("Committed in %1 by %2 on %3: %4")
                                        .arg(g.commit.left(10), g.author, utcSeconds(g.time), g.summary));
    if (!g.refs.isEmpty()) {
        out += QStringLiteral("<br>") +
               esc(HtmlReport::tr("Contained in: %1").arg(g.refs.join(QStringLiteral(", "))));
    }
    if (g.pushed) {
        out += QStringLiteral("<br><strong>") +
               esc(HtmlReport::tr("Pushed to %1: revoking the secret is the only fix.")
                       .arg(g.remotes.join(QStringLiteral(", ")))) +
               QStringLiteral("</strong>");
    }
    return out + QStringLiteral("</p>\n");
}

QString placeBlock(const Finding& f, const QString& findingId)
{
    const Exposure exposure = exposureOf(f);
    QString out =
        QStringLiteral("<div class=\"place\">\n<div><span class=\"where\">") + esc(describePlace(f)) +
        QStringLiteral("</span> <span class=\"exposure\">") + esc(exposureName(exposure)) +
        QStringLiteral("</span></div>\n<div class=\"path\"><code>") +
        esc(QStringLiteral("%1:%2:%3").arg(f.path, QString::number(f.line), QString::number(f.column))) +
        QStringLiteral("</code></div>\n<p>") + esc(exposureExplanation(f)) + QStringLiteral("</p>\n");
    if (!f.notes.isEmpty()) {
        out += QStringLiteral("<ul>\n");
        for (const QString& note : f.notes) {
            out += QStringLiteral("<li>") + esc(note) + QStringLiteral("</li>\n");
        }
        out += QStringLiteral("</ul>\n");
    }
    if (f.place.kind == SourceKind::Git) {
        out += gitFacts(f.place.git);
    }
    out += contextTable(f);
    out +=
        QStringLiteral("<p class=\"muted\">") +
        esc(HtmlReport::tr("File: %1 bytes, mode %2, owner %3, modified %4")
                .arg(QString::number(f.file.size),
                     QStringLiteral("%1").arg(f.file.mode, 4, 8, QLatin1Char('0')),
                     f.file.owner.isEmpty() ? QStringLiteral("—") : f.file.owner, utcSeconds(f.file.mtime))) +
        QStringLiteral(" · ") + esc(HtmlReport::tr("Finding id")) + QStringLiteral(" <code>") + findingId +
        QStringLiteral("</code></p>\n</div>\n");
    return out;
}

QString verification(const SecretGroup& g, const ReportAnnotations& annotations)
{
    if (isModelFile(g)) {
        return esc(HtmlReport::tr("Nothing to check: a model file holds no secret."));
    }
    const auto it = annotations.checks.constFind(g.secretSha256);
    if (it == annotations.checks.cend()) {
        return esc(HtmlReport::tr(
            "Not checked. Nothing is sent to check a token unless you ask: keyscout verify does, "
            "after asking."));
    }
    QString out = esc(checkSummary(*it)) + QStringLiteral(" <span class=\"muted\">(") +
                  esc(HtmlReport::tr("checked %1").arg(utc(it->checkedAt))) + QStringLiteral(")</span>");
    const QStringList can = capabilities(*it);
    if (!can.isEmpty()) {
        out += QStringLiteral("<ul>");
        for (const QString& line : can) {
            out += QStringLiteral("<li>") + esc(line) + QStringLiteral("</li>");
        }
        out += QStringLiteral("</ul>");
    }
    return out;
}

QString remediation(const SecretGroup& g, const ReportAnnotations& annotations)
{
    const TriageDecision decision = annotations.decision(g.secretSha256);
    QString out = QStringLiteral("<strong>") + esc(statusText(decision.status)) + QStringLiteral("</strong>");
    if (decision.updatedAt.isValid()) {
        out += QStringLiteral(" <span class=\"muted\">(") +
               esc(HtmlReport::tr("decided %1").arg(utc(decision.updatedAt))) + QStringLiteral(")</span>");
    }
    if (!decision.note.isEmpty()) {
        out += QStringLiteral("<br>") + esc(decision.note);
    }
    const QList<ChangeJournal::Entry> changes = annotations.changesFor(g.findings);
    if (changes.isEmpty()) {
        return out;
    }
    out += QStringLiteral("<br>") + esc(HtmlReport::tr("Changes Keyscout made to these files:")) +
           QStringLiteral("<ul>");
    for (const ChangeJournal::Entry& e : changes) {
        out += QStringLiteral("<li>") + esc(utc(e.time)) + QStringLiteral(" — ") + esc(e.title) +
               QStringLiteral(" <span class=\"muted\">(") + esc(journalStateText(e.state)) +
               QStringLiteral(")</span></li>");
    }
    return out + QStringLiteral("</ul>");
}

QString anchorOf(const SecretGroup& g)
{
    return QStringLiteral("secret-") + g.secretSha256.left(16); // hex: safe in an attribute
}

QString secretSection(const SecretGroup& g, const ReportAnnotations& annotations,
                      const ReportOptions& options)
{
    QString out = QStringLiteral("<section class=\"secret %1\" id=\"%2\">\n<h3><code>")
                      .arg(sevClass(g.severity), anchorOf(g)) +
                  esc(g.masked) +
                  QStringLiteral("</code> <span class=\"badge %1\">").arg(sevClass(g.severity)) +
                  esc(severityText(g.severity)) + QStringLiteral("</span> ") + esc(g.providerName) +
                  QStringLiteral("</h3>\n<dl class=\"facts\">\n");
    if (options.reveal) {
        out += fact(HtmlReport::tr("Secret"),
                    QStringLiteral("<code>") + esc(QString::fromUtf8(g.secret)) + QStringLiteral("</code>"));
    }
    out +=
        fact(HtmlReport::tr("Rule"), esc(ruleText(g.findings.first().ruleName)) + QStringLiteral(" <code>") +
                                         esc(g.ruleId) + QStringLiteral("</code>"));
    out += fact(HtmlReport::tr("Fingerprint"),
                QStringLiteral("<code>") + esc(g.secretSha256) + QStringLiteral("</code>"));
    out += fact(HtmlReport::tr("Verification"), verification(g, annotations));
    out += fact(HtmlReport::tr("Remediation"), remediation(g, annotations));
    out += QStringLiteral("</dl>\n");
    if (sharedAcrossEnvironments(g.findings)) {
        out += QStringLiteral("<p class=\"warning\">") +
               esc(HtmlReport::tr(
                   "The same token is in a CI or deployment file and in a personal place: each environment "
                   "should have its own.")) +
               QStringLiteral("</p>\n");
    }
    const QStringList steps = nextSteps(g.findings);
    if (!steps.isEmpty()) {
        out +=
            QStringLiteral("<h4>") + esc(HtmlReport::tr("What to do next")) + QStringLiteral("</h4>\n<ol>\n");
        for (const QString& step : steps) {
            out += QStringLiteral("<li>") + esc(step) + QStringLiteral("</li>\n");
        }
        out += QStringLiteral("</ol>\n");
    }
    out += QStringLiteral("<h4>") + esc(HtmlReport::tr("Places (%1)").arg(g.findings.size())) +
           QStringLiteral("</h4>\n");
    const QStringList ids = FindingId::of(g.findings);
    for (qsizetype i = 0; i < g.findings.size(); ++i) {
        out += placeBlock(g.findings.at(i), ids.at(i));
    }
    return out + QStringLiteral("</section>\n");
}

QString skippedSection(const ScanResult& result, const ReportOptions& options)
{
    QString out = QStringLiteral("<section id=\"skipped\"><h2>") +
                  esc(HtmlReport::tr("Skipped, notices and errors")) + QStringLiteral("</h2>\n");
    const bool nothing = result.skipCounts.isEmpty() && result.notices.isEmpty() &&
                         result.rootErrors.isEmpty() && result.ruleErrors.isEmpty();
    if (nothing) {
        return out + QStringLiteral("<p>") + esc(HtmlReport::tr("Nothing was skipped.")) +
               QStringLiteral("</p>\n</section>\n");
    }
    if (!result.rootErrors.isEmpty() || !result.ruleErrors.isEmpty()) {
        out += QStringLiteral("<div class=\"warning\"><ul>\n");
        for (const QString& e : result.rootErrors) {
            out += QStringLiteral("<li>") + esc(HtmlReport::tr("Could not scan %1").arg(e)) +
                   QStringLiteral("</li>\n");
        }
        for (const RuleError& e : result.ruleErrors) {
            out += QStringLiteral("<li>") + esc(HtmlReport::tr("Rule file rejected: %1").arg(e.toString())) +
                   QStringLiteral("</li>\n");
        }
        out += QStringLiteral("</ul></div>\n");
    }
    if (!result.notices.isEmpty()) {
        out += QStringLiteral("<h3>") + esc(HtmlReport::tr("Read differently")) +
               QStringLiteral("</h3>\n<ul>\n");
        for (const SkippedItem& n : result.notices) {
            out += QStringLiteral("<li><code>") + esc(n.path) + QStringLiteral("</code>: ") + esc(n.reason) +
                   QStringLiteral("</li>\n");
        }
        out += QStringLiteral("</ul>\n");
    }
    if (!result.skipCounts.isEmpty()) {
        QMap<QString, qint64> sorted;
        for (auto it = result.skipCounts.cbegin(); it != result.skipCounts.cend(); ++it) {
            sorted.insert(it.key(), it.value());
        }
        out += QStringLiteral("<table><thead><tr><th>") + esc(HtmlReport::tr("Reason")) +
               QStringLiteral("</th><th>") + esc(HtmlReport::tr("Items")) +
               QStringLiteral("</th></tr></thead><tbody>\n");
        for (auto it = sorted.cbegin(); it != sorted.cend(); ++it) {
            out += QStringLiteral("<tr><td>") + esc(it.key()) +
                   QStringLiteral("</td><td>%1</td></tr>\n").arg(it.value());
        }
        out += QStringLiteral("</tbody></table>\n");
    }
    if (options.listSkipped && !result.skipped.isEmpty()) {
        out += QStringLiteral("<h3>") + esc(HtmlReport::tr("Every skipped item")) +
               QStringLiteral("</h3>\n<ul>\n");
        for (const SkippedItem& item : result.skipped) {
            out += QStringLiteral("<li>") +
                   esc(item.failed ? HtmlReport::tr("error") : HtmlReport::tr("skipped")) +
                   QStringLiteral(" <code>") + esc(item.path) + QStringLiteral("</code>: ") +
                   esc(item.reason) + QStringLiteral("</li>\n");
        }
        out += QStringLiteral("</ul>\n");
    }
    return out + QStringLiteral("</section>\n");
}

QString yesNo(bool value)
{
    return value ? HtmlReport::tr("yes") : HtmlReport::tr("no");
}

QString evidenceSection(const Evidence& e)
{
    QString out = QStringLiteral("<section id=\"evidence\"><h2>") + esc(HtmlReport::tr("Evidence")) +
                  QStringLiteral("</h2>\n<dl class=\"facts\">\n");
    out += fact(HtmlReport::tr("Scanned root"),
                QStringLiteral("<code>") + esc(e.scannedRoot) + QStringLiteral("</code>"));
    out += fact(HtmlReport::tr("Scanned host"),
                esc(e.scannedHostName.isEmpty() ? QStringLiteral("—") : e.scannedHostName));
    QStringList homes;
    for (const QString& h : e.scannedHomes) {
        homes << QStringLiteral("<code>") + esc(h) + QStringLiteral("</code>");
    }
    out += fact(HtmlReport::tr("Homes scanned"), homes.join(QStringLiteral(", ")));
    out += fact(HtmlReport::tr("Scanned by"),
                esc(HtmlReport::tr("%1 on %2").arg(e.scanningUser, e.scanningHost)));
    out += fact(HtmlReport::tr("Scan time"),
                esc(HtmlReport::tr("%1 to %2").arg(utc(e.scanStarted), utc(e.scanFinished))));
    out += fact(HtmlReport::tr("Versions"),
                esc(HtmlReport::tr("Keyscout %1, rules %2").arg(e.keyscoutVersion, e.catalogueVersion)));
    out += fact(HtmlReport::tr("Read only"), esc(yesNo(e.readOnly)));
    out += fact(HtmlReport::tr("Network used"), esc(yesNo(e.networkUsed)));
    out += fact(HtmlReport::tr("Running processes read"), esc(yesNo(e.processesRead)));
    out += QStringLiteral("</dl>\n<h3>") + esc(HtmlReport::tr("Files")) +
           QStringLiteral("</h3>\n<table><thead><tr>");
    for (const QString& head : {HtmlReport::tr("Path"), HtmlReport::tr("SHA-256"), HtmlReport::tr("Size"),
                                HtmlReport::tr("Modified"), HtmlReport::tr("Changed"), HtmlReport::tr("Mode"),
                                HtmlReport::tr("Owner"), HtmlReport::tr("Group")}) {
        out += QStringLiteral("<th>") + esc(head) + QStringLiteral("</th>");
    }
    out += QStringLiteral("</tr></thead><tbody>\n");
    for (const EvidenceFile& f : e.files) {
        out += QStringLiteral("<tr><td><code>") + esc(f.path) + QStringLiteral("</code>");
        if (!f.error.isEmpty()) {
            out += QStringLiteral("<br><strong>") + esc(f.error) + QStringLiteral("</strong>");
        }
        out += QStringLiteral("</td><td class=\"mono\">") +
               esc(f.sha256.isEmpty() ? HtmlReport::tr("(not hashed)") : f.sha256) +
               QStringLiteral("</td><td>") + esc(QString::number(f.size)) + QStringLiteral("</td><td>") +
               esc(utc(f.mtime)) + QStringLiteral("</td><td>") + esc(utc(f.ctime)) +
               QStringLiteral("</td><td>") + esc(f.mode) + QStringLiteral("</td><td>") + esc(f.owner) +
               QStringLiteral("</td><td>") + esc(f.group) + QStringLiteral("</td></tr>\n");
    }
    out +=
        QStringLiteral("</tbody></table>\n<h3>") + esc(HtmlReport::tr("Timeline")) +
        QStringLiteral("</h3>\n<p class=\"muted\">") +
        esc(HtmlReport::tr("Oldest first. ~ marks a time that only bounds when the secret appeared (a file's "
                           "modification time).")) +
        QStringLiteral("</p>\n<table><thead><tr>");
    for (const QString& head : {HtmlReport::tr("Time"), HtmlReport::tr("Secret"), HtmlReport::tr("Event"),
                                HtmlReport::tr("What happened"), HtmlReport::tr("Path")}) {
        out += QStringLiteral("<th>") + esc(head) + QStringLiteral("</th>");
    }
    out += QStringLiteral("</tr></thead><tbody>\n");
    for (const EvidenceEvent& t : e.timeline) {
        out += QStringLiteral("<tr><td>") +
               esc((t.approximate ? QStringLiteral("~ ") : QString()) + utc(t.time)) +
               QStringLiteral("</td><td><code>") + esc(t.masked) +
               QStringLiteral("</code><br><span class=\"mono muted\">") + esc(t.secretSha256.left(16)) +
               QStringLiteral("…</span></td><td>") + esc(t.event) + QStringLiteral("</td><td>") +
               esc(t.description) + QStringLiteral("</td><td><code>") + esc(t.path) +
               QStringLiteral("</code></td></tr>\n");
    }
    return out + QStringLiteral("</tbody></table>\n</section>\n");
}

} // namespace

QString HtmlReport::escape(const QString& text)
{
    QString out;
    out.reserve(text.size() + text.size() / 8);
    for (const QChar c : text) {
        switch (c.unicode()) {
        case '&':
            out += QStringLiteral("&amp;");
            break;
        case '<':
            out += QStringLiteral("&lt;");
            break;
        case '>':
            out += QStringLiteral("&gt;");
            break;
        case '"':
            out += QStringLiteral("&quot;");
            break;
        case '\'':
            out += QStringLiteral("&#39;");
            break;
        case '\t':
        case '\n':
        case '\r':
            out += c;
            break;
        default:
            out += (c.unicode() < 0x20 || c.unicode() == 0x7F) ? QChar(QChar::ReplacementCharacter) : c;
        }
    }
    return out;
}

QByteArray HtmlReport::render(const ScanResult& result, const ReportOptions& options,
                              const ReportAnnotations& annotations)
{
    const QList<SecretGroup> groups = groupBySecret(result.findings);
    qsizetype secrets = 0;
    for (const SecretGroup& g : groups) {
        secrets += isModelFile(g) ? 0 : 1;
    }
    const QString title = tr("Keyscout report: secrets found: %1").arg(secrets);
    QString h = QStringLiteral("<!DOCTYPE html>\n<html lang=\"") +
                // The language of the report's words: "de" when they are German.
                esc(tr("en", "BCP 47 code of this translation's language")) +
                QStringLiteral("\">\n<head>\n<meta charset=\"utf-8\">\n"
                               "<meta http-equiv=\"Content-Security-Policy\" content=\"") +
                QLatin1String(kContentSecurityPolicy) +
                QStringLiteral("\">\n<meta name=\"referrer\" content=\"no-referrer\">\n"
                               "<meta name=\"color-scheme\" content=\"light dark\">\n"
                               "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                               "<meta name=\"generator\" content=\"Keyscout ") +
                QStringLiteral(KEYSCOUT_VERSION) + QStringLiteral("\">\n<title>") + esc(title) +
                QStringLiteral("</title>\n<style>") + QLatin1String(kStyle) +
                QStringLiteral("</style>\n</head>\n<body>\n<header><h1>") + esc(title) +
                QStringLiteral("</h1>\n<p class=\"muted\">") +
                esc(tr("Every secret is masked: the report shows where each one is, not what it is.")) +
                QStringLiteral("</p>\n");
    if (options.reveal) {
        h += QStringLiteral("<p class=\"warning\"><strong>") +
             esc(tr("This report contains raw secrets. Only you can read the file; do not share it, and "
                    "delete it "
                    "once the secrets are revoked.")) +
             QStringLiteral("</strong></p>\n");
    }
    h += QStringLiteral("</header>\n<main>\n");
    h += summarySection(result, groups);
    if (!result.findings.isEmpty()) {
        h += chartsSection(result);
        h += QStringLiteral("<nav class=\"toc\"><h2>") + esc(tr("Secrets")) + QStringLiteral("</h2>\n<ol>\n");
        for (const SecretGroup& g : groups) {
            h += QStringLiteral("<li><a href=\"#%1\"><code>").arg(anchorOf(g)) + esc(g.masked) +
                 QStringLiteral("</code></a> ") + esc(g.providerName) + QStringLiteral(", ") +
                 esc(severityText(g.severity)) + QStringLiteral(", ") +
                 esc(tr("places: %1").arg(g.findings.size())) + QStringLiteral("</li>\n");
        }
        h += QStringLiteral("</ol>\n</nav>\n<div id=\"secrets\">\n");
        for (const SecretGroup& g : groups) {
            h += secretSection(g, annotations, options);
        }
        h += QStringLiteral("</div>\n");
    } else {
        h += QStringLiteral("<p>") + esc(tr("No secret was found.")) + QStringLiteral("</p>\n");
    }
    h += skippedSection(result, options);
    if (result.evidence) {
        h += evidenceSection(*result.evidence);
    }
    h += QStringLiteral("</main>\n<footer>") +
         esc(tr("Made by Keyscout %1 on %2.").arg(QStringLiteral(KEYSCOUT_VERSION), utc(result.finishedAt))) +
         QStringLiteral("</footer>\n</body>\n</html>\n");
    return h.toUtf8();
}

} // namespace keyscout
