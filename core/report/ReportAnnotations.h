// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "findings/Finding.h"
#include "findings/TriageStore.h"
#include "remediate/ChangeJournal.h"
#include "verify/CheckResult.h"

#include <QHash>
#include <QList>
#include <QString>

namespace keyscout {

class CheckStore;

// What Keyscout already knows about the scanned secrets besides the scan, for the reports that show it (HTML,
// CSV, JSON Lines): the last online check of each secret (cached, never a new request), the person's triage
// decision, and the changes the remediation journal made to the files that hold it. Plain data: the reports
// render it, the caller chooses where it comes from.
struct ReportAnnotations {
    QHash<QString, CheckResult> checks;       // by secret_sha256
    QHash<QString, TriageDecision> decisions; // by secret_sha256
    QList<ChangeJournal::Entry> changes;      // every change in the journal; see changesFor()

    // The decision of a secret; New when there is none.
    [[nodiscard]] TriageDecision decision(const QString& fingerprint) const;
    // The journal's changes to the files among `places` (the journal records files, not secrets: a change to
    // a file that holds this secret), oldest first.
    [[nodiscard]] QList<ChangeJournal::Entry> changesFor(const QList<Finding>& places) const;

    // Looked up in the given stores for the secrets of `findings`. A null store is opened from its default
    // place only when its file exists already (a report never creates one); `journal` likewise.
    static ReportAnnotations fromStores(const QList<Finding>& findings, const TriageStore* triage,
                                        const CheckStore* checks, const ChangeJournal* journal);
};

} // namespace keyscout
