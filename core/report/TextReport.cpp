// SPDX-License-Identifier: GPL-3.0-or-later
#include "TextReport.h"

#include "findings/PlaceDescription.h"

#include <QLocale>
#include <QMap>

namespace keyscout {

namespace {

QString utc(const QDateTime& time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODate) : QStringLiteral("-");
}

// The responder's evidence (Evidence.h) in a few lines: what was scanned, by whom, each file with its hash,
// and the timeline.
QString evidenceText(const Evidence& e)
{
    QString out = QStringLiteral("\nEvidence (read-only responder scan)\n");
    out += QStringLiteral("  Scanned root:  %1%2\n")
               .arg(e.scannedRoot, e.scannedHostName.isEmpty()
                                       ? QString()
                                       : QStringLiteral("  (host %1)").arg(e.scannedHostName));
    out += QStringLiteral("  Homes:         %1\n").arg(e.scannedHomes.join(QStringLiteral(", ")));
    out += QStringLiteral("  Scanned by:    %1 on %2, %3 to %4\n")
               .arg(e.scanningUser, e.scanningHost, utc(e.scanStarted), utc(e.scanFinished));
    out +=
        QStringLiteral("  Versions:      Keyscout %1, rules %2\n").arg(e.keyscoutVersion, e.catalogueVersion);
    out += QStringLiteral("  Read only: %1; network used: %2; running processes read: %3\n")
               .arg(e.readOnly ? QStringLiteral("yes") : QStringLiteral("no"),
                    e.networkUsed ? QStringLiteral("yes") : QStringLiteral("no"),
                    e.processesRead ? QStringLiteral("yes") : QStringLiteral("no"));
    out += QStringLiteral("  Files (SHA-256 after the scan, size, modified, changed, mode, owner):\n");
    for (const EvidenceFile& f : e.files) {
        out += QStringLiteral("    %1  %2\n      %3 bytes, modified %4, changed %5, %6 %7:%8\n")
                   .arg(f.sha256.isEmpty() ? QStringLiteral("(not hashed)") : f.sha256, f.path)
                   .arg(f.size)
                   .arg(utc(f.mtime), utc(f.ctime), f.mode, f.owner, f.group);
        if (!f.error.isEmpty()) {
            out += QStringLiteral("      ! %1\n").arg(f.error);
        }
    }
    if (e.files.isEmpty()) {
        out += QStringLiteral("    (none)\n");
    }
    out += QStringLiteral("  Timeline (oldest first; ~ marks a time that only bounds the appearance):\n");
    for (const EvidenceEvent& t : e.timeline) {
        out += QStringLiteral("    %1%2  %3  %4  %5\n")
                   .arg(t.approximate ? QLatin1Char('~') : QLatin1Char(' '))
                   .arg(utc(t.time), t.masked, t.description, t.path);
    }
    return out;
}

} // namespace

QString TextReport::humanBytes(qint64 bytes)
{
    return QLocale::c().formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat);
}

QByteArray TextReport::render(const ScanResult& result, const ReportOptions& options)
{
    QString out;
    const QList<SecretGroup> groups = groupBySecret(result.findings);
    for (const SecretGroup& g : groups) {
        out += QStringLiteral("%1  %2  %3  (%4 %5)\n")
                   .arg(severityName(g.severity).toUpper(), g.findings.first().ruleName, g.masked)
                   .arg(g.findings.size())
                   .arg(g.findings.size() == 1 ? QStringLiteral("place") : QStringLiteral("places"));
        out += QStringLiteral("    sha256 %1\n").arg(g.secretSha256);
        if (options.reveal) {
            out += QStringLiteral("    secret %1\n").arg(QString::fromUtf8(g.secret));
        }
        for (const Finding& f : g.findings) {
            // A model file is judged whole: no line or column (they were printed as ":0:0").
            out += f.line < 1 ? QStringLiteral("  %1").arg(f.path)
                              : QStringLiteral("  %1:%2:%3").arg(f.path).arg(f.line).arg(f.column);
            if (f.place.kind != SourceKind::File) {
                out += QStringLiteral("  (%1)").arg(describePlace(f));
            }
            if (f.binary && f.place.kind != SourceKind::ModelFile) {
                out += QStringLiteral("  (inside binary content)");
            }
            out += QLatin1Char('\n');
            for (const QString& note : f.notes) {
                out += QStringLiteral("      ! %1\n").arg(note);
            }
            const int width = static_cast<int>(QString::number(f.contextFirstLine + f.context.size()).size());
            for (qsizetype i = 0; i < f.context.size(); ++i) {
                const qint64 number = f.contextFirstLine + i;
                out += QStringLiteral("    %1 %2 | %3\n")
                           .arg(number == f.contextLine() ? QLatin1Char('>') : QLatin1Char(' '))
                           .arg(number, width)
                           .arg(f.context.at(i));
            }
        }
        out += QLatin1Char('\n');
    }

    const qint64 ms = std::max<qint64>(1, result.startedAt.msecsTo(result.finishedAt));
    out += QStringLiteral("Scanned %1 files (%2) in %3 s%4.\n")
               .arg(result.totals.files)
               .arg(humanBytes(result.totals.bytes))
               .arg(QString::number(ms / 1000.0, 'f', 2))
               .arg(result.cancelled ? QStringLiteral(" — cancelled, results are partial") : QString());
    if (result.totals.gitRepositories > 0) {
        out += QStringLiteral("Read the history of %1 git repositor%2 (%3 commits and blobs).\n")
                   .arg(result.totals.gitRepositories)
                   .arg(result.totals.gitRepositories == 1 ? QStringLiteral("y") : QStringLiteral("ies"))
                   .arg(result.totals.gitObjects);
    }
    // Model files hold no secret: counted on their own.
    qsizetype models = 0;
    for (const Finding& f : result.findings) {
        models += f.place.kind == SourceKind::ModelFile ? 1 : 0;
    }
    out += QStringLiteral("Found %1 secret(s) in %2 place(s).\n")
               .arg(groups.size() - models)
               .arg(result.findings.size() - models);
    if (models > 0) {
        out += QStringLiteral("Found %1 model file(s) that run code when loaded or are malformed.\n")
                   .arg(models);
    }
    if (!result.skipCounts.isEmpty()) {
        out += QStringLiteral("Skipped %1 item(s), %2 of them errors:\n")
                   .arg(result.totals.skipped + result.totals.failed)
                   .arg(result.totals.failed);
        QMap<QString, qint64> sorted;
        for (auto it = result.skipCounts.cbegin(); it != result.skipCounts.cend(); ++it) {
            sorted.insert(it.key(), it.value());
        }
        for (auto it = sorted.cbegin(); it != sorted.cend(); ++it) {
            out += QStringLiteral("  %1  %2\n").arg(it.value(), 8).arg(it.key());
        }
        if (options.listSkipped) {
            for (const SkippedItem& item : result.skipped) {
                out += QStringLiteral("  %1 %2: %3\n")
                           .arg(item.failed ? QStringLiteral("error  ") : QStringLiteral("skipped"),
                                item.path, item.reason);
            }
        } else {
            out += QStringLiteral("  (list them with --list-skipped)\n");
        }
    }
    for (const SkippedItem& n : result.notices) {
        out += QStringLiteral("note: %1: %2\n").arg(n.path, n.reason);
    }
    for (const QString& e : result.rootErrors) {
        out += QStringLiteral("error: cannot scan %1\n").arg(e);
    }
    for (const RuleError& e : result.ruleErrors) {
        out += QStringLiteral("error: rule file rejected: %1\n").arg(e.toString());
    }
    if (result.evidence) {
        out += evidenceText(*result.evidence);
    }
    return out.toUtf8();
}

} // namespace keyscout
