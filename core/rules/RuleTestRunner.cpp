// SPDX-License-Identifier: GPL-3.0-or-later
#include "RuleTestRunner.h"

#include "detect/Matcher.h"

namespace keyscout {

namespace {

std::vector<Match> scanText(const Matcher& matcher, Matcher::Scratch& scratch, const std::string& input,
                            const std::string& path)
{
    std::vector<Match> matches;
    matcher.scan(input, BufferRegion::whole(input.size()), path.empty() ? std::string_view("test-vector.txt") : path,
                 scratch, matches);
    return matches;
}

// Shows a vector in an error message without printing a whole secret: vectors are fake but look real.
QString shortened(const std::string& s)
{
    QString text = QString::fromStdString(s);
    text.replace(QLatin1Char('\n'), QLatin1String("\\n"));
    return text.size() > 60 ? text.left(57) + QStringLiteral("...") : text;
}

} // namespace

RuleTestRunner::RuleTestRunner(const std::vector<Rule>& rules)
    : m_rules(rules)
{
}

int RuleTestRunner::vectorCount() const
{
    int n = 0;
    for (const Rule& r : m_rules) {
        n += static_cast<int>(r.positiveTests.size() + r.negativeTests.size());
    }
    return n;
}

QList<RuleTestFailure> RuleTestRunner::run() const
{
    QList<RuleTestFailure> failures;
    const Matcher matcher(m_rules);
    const auto scratch = matcher.makeScratch();
    for (size_t r = 0; r < m_rules.size(); ++r) {
        const Rule& rule = m_rules[r];
        int index = 0;
        for (const Rule::PositiveTest& t : rule.positiveTests) {
            ++index;
            int hits = 0;
            bool right = false;
            for (const Match& m : scanText(matcher, *scratch, t.input, t.path)) {
                if (m.rule == static_cast<int>(r)) {
                    ++hits;
                    right = t.input.compare(m.begin, m.length(), t.secret) == 0;
                }
            }
            if (hits != 1 || !right) {
                failures.append(
                    {rule.id, QStringLiteral("positive test %1 (%2) gave %3 finding(s)%4")
                                  .arg(index)
                                  .arg(shortened(t.input))
                                  .arg(hits)
                                  .arg(hits == 1 ? QStringLiteral(" with another secret span") : QString())});
            }
        }
        index = 0;
        for (const Rule::NegativeTest& t : rule.negativeTests) {
            ++index;
            for (const Match& m : scanText(matcher, *scratch, t.input, t.path)) {
                if (m.rule == static_cast<int>(r)) {
                    failures.append({rule.id, QStringLiteral("negative test %1 (%2) was reported")
                                                  .arg(index)
                                                  .arg(shortened(t.input))});
                    break;
                }
            }
        }
    }
    return failures;
}

} // namespace keyscout
