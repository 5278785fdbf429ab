// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Rule.h"

#include <QList>
#include <QString>
#include <vector>

namespace keyscout {

struct RuleTestFailure {
    QString ruleId;
    QString reason;
};

// Runs the positive and negative vectors that each rule carries through the real matcher, with all the
// given rules loaded together (so the overlap preference between rules is part of what is tested).
class RuleTestRunner {
public:
    explicit RuleTestRunner(const std::vector<Rule>& rules);

    [[nodiscard]] QList<RuleTestFailure> run() const;
    // Number of vectors run by the last run() — lets the test suite show it ran them all.
    [[nodiscard]] int vectorCount() const;

private:
    const std::vector<Rule>& m_rules;
};

} // namespace keyscout
