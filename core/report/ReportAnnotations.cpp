// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReportAnnotations.h"

#include "verify/CheckStore.h"

#include <QDir>
#include <QFileInfo>
#include <QSet>
#include <algorithm>
#include <memory>
#include <optional>

namespace keyscout {

TriageDecision ReportAnnotations::decision(const QString& fingerprint) const
{
    return decisions.value(fingerprint);
}

QList<ChangeJournal::Entry> ReportAnnotations::changesFor(const QList<Finding>& places) const
{
    QSet<QString> paths;
    for (const Finding& f : places) {
        paths.insert(f.path);
    }
    QList<ChangeJournal::Entry> out;
    for (const ChangeJournal::Entry& e : changes) {
        if (paths.contains(e.path)) {
            out << e;
        }
    }
    std::stable_sort(
        out.begin(), out.end(),
        [](const ChangeJournal::Entry& a, const ChangeJournal::Entry& b) { return a.time < b.time; });
    return out;
}

ReportAnnotations ReportAnnotations::fromStores(const QList<Finding>& findings, const TriageStore* triage,
                                                const CheckStore* checks, const ChangeJournal* journal)
{
    std::unique_ptr<TriageStore> ownTriage;
    if (triage == nullptr && QFileInfo::exists(TriageStore::defaultPath())) {
        ownTriage = std::make_unique<TriageStore>();
        triage = ownTriage.get();
    }
    std::unique_ptr<CheckStore> ownChecks;
    if (checks == nullptr && QFileInfo::exists(CheckStore::defaultPath())) {
        ownChecks = std::make_unique<CheckStore>();
        checks = ownChecks.get();
    }
    std::optional<ChangeJournal> ownJournal;
    if (journal == nullptr && QFileInfo::exists(ChangeJournal::defaultFolder())) {
        ownJournal.emplace();
        journal = &*ownJournal;
    }

    ReportAnnotations out;
    QSet<QString> fingerprints;
    for (const Finding& f : findings) {
        fingerprints.insert(f.secretSha256);
    }
    if (triage != nullptr && triage->isOpen()) {
        const QHash<QString, TriageDecision> all = triage->decisions();
        for (const QString& fp : std::as_const(fingerprints)) {
            if (all.contains(fp)) {
                out.decisions.insert(fp, all.value(fp));
            }
        }
    }
    if (checks != nullptr && checks->isOpen()) {
        for (const QString& fp : std::as_const(fingerprints)) {
            if (const std::optional<CheckResult> r = checks->lookup(fp)) {
                out.checks.insert(fp, *r);
            }
        }
    }
    if (journal != nullptr) {
        out.changes = journal->entries();
    }
    return out;
}

} // namespace keyscout
