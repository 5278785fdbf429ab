// SPDX-License-Identifier: GPL-3.0-or-later
#include "Severity.h"

#include <array>

namespace keyscout {

namespace {
constexpr std::array<const char*, 5> kSeverityNames{"info", "low", "medium", "high", "critical"};
constexpr std::array<const char*, 3> kConfidenceNames{"low", "medium", "high"};
} // namespace

QString severityName(Severity s)
{
    return QString::fromLatin1(kSeverityNames.at(static_cast<size_t>(s)));
}

std::optional<Severity> severityFromName(const QString& name)
{
    for (size_t i = 0; i < kSeverityNames.size(); ++i) {
        if (name == QLatin1String(kSeverityNames.at(i))) {
            return static_cast<Severity>(i);
        }
    }
    return std::nullopt;
}

QString confidenceName(Confidence c)
{
    return QString::fromLatin1(kConfidenceNames.at(static_cast<size_t>(c)));
}

std::optional<Confidence> confidenceFromName(const QString& name)
{
    for (size_t i = 0; i < kConfidenceNames.size(); ++i) {
        if (name == QLatin1String(kConfidenceNames.at(i))) {
            return static_cast<Confidence>(i);
        }
    }
    return std::nullopt;
}

} // namespace keyscout
