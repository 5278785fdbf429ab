// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <optional>

namespace keyscout {

// Ordered: a larger value is worse.
enum class Severity { Info = 0, Low, Medium, High, Critical };
// How sure a rule is that a match is a real credential of its provider.
enum class Confidence { Low = 0, Medium, High };

QString severityName(Severity s);
std::optional<Severity> severityFromName(const QString& name);
QString confidenceName(Confidence c);
std::optional<Confidence> confidenceFromName(const QString& name);

} // namespace keyscout
