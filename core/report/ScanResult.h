// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Evidence.h"
#include "findings/Finding.h"
#include "rules/RuleCatalogue.h"
#include "sources/FileSystemScanner.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QStringList>

#include <optional>

namespace keyscout {

// Everything one scan produced, in the form the reports read.
struct ScanResult {
    QStringList roots;
    QDateTime startedAt;
    QDateTime finishedAt;
    bool cancelled = false;
    ScanProgress totals;
    QList<Finding> findings;
    QList<SkippedItem> skipped;
    QHash<QString, qint64> skipCounts;
    QList<SkippedItem> notices; // files read as plain text because their format was broken, and why
    QStringList rootErrors;
    QList<RuleError> ruleErrors;
    QString catalogueVersion;
    int ruleCount = 0;
    // Set by the responder mode (`--root`): host, user, versions, file hashes, timeline. Reports render it.
    std::optional<Evidence> evidence;

    [[nodiscard]] bool hasErrors() const { return !rootErrors.isEmpty() || !ruleErrors.isEmpty(); }
    // Findings in a stable order (path, line, column, rule), the order every report uses.
    void sortFindings();
};

struct ReportOptions {
    bool reveal = false;      // print raw secrets: only when the person explicitly asks
    bool listSkipped = false; // list every skipped item, not only the counts
};

} // namespace keyscout
