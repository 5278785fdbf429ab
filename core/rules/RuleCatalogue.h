// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Rule.h"

#include <QList>
#include <QString>
#include <vector>

namespace keyscout {

// Why a rule file, or one rule in it, was rejected. The whole file is rejected when any rule is bad, so a
// half-loaded file never changes what a scan reports.
struct RuleError {
    QString file;
    QString ruleId; // empty when the file as a whole is bad (unreadable, not JSON, wrong format)
    QString reason;

    [[nodiscard]] QString toString() const;
};

// The set of rules a scan runs: the built-in catalogue compiled into the binary plus user rule files.
class RuleCatalogue {
public:
    // The built-in rules (`:/rules/*.json`). Built-in rules are checked by the test suite, not at start-up.
    static RuleCatalogue builtin();
    // Built-ins plus every `*.json` in `userRulesDirectory()` plus `extraFiles`.
    static RuleCatalogue withUserRules(const QStringList& extraFiles);
    // Where people put their own rule files (~/.config/keyscout/rules on Linux).
    static QString userRulesDirectory();

    // Loads one rule file. Returns false and records errors when the file is rejected; the catalogue is
    // unchanged then. `checkTests` runs the file's own test vectors and rejects rules that fail them.
    bool loadFile(const QString& path, bool checkTests);
    bool loadJson(const QByteArray& json, const QString& fileName, bool checkTests);

    [[nodiscard]] const std::vector<Rule>& rules() const { return m_rules; }
    [[nodiscard]] const Rule* findRule(const QString& id) const;
    [[nodiscard]] const QList<RuleError>& errors() const { return m_errors; }
    // "builtin 2026.11.28" plus the names of user files; reports carry it.
    [[nodiscard]] QString version() const { return m_version; }

private:
    std::vector<Rule> m_rules;
    QList<RuleError> m_errors;
    QString m_version;
};

} // namespace keyscout
