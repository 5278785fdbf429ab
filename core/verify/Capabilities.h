// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CheckResult.h"

#include <QString>
#include <QStringList>

namespace keyscout {

// What a checked token can do, one plain sentence a line ("Can push to model acme/bert"), most powerful
// first; a legacy Hugging Face role ends with the advice to reissue the token as fine-grained. Empty unless
// the check found the token valid. Translated in the context "Capabilities".
QStringList capabilities(const CheckResult& result);

// The result in one line: "Valid: acts as alice (Alice Example), token “ci”, role write, created 2024-03-01",
// "Invalid or revoked (HTTP 401)", "Rate limited: ask again in 60 s", …
QString checkSummary(const CheckResult& result);

} // namespace keyscout
