// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace keyscout {

// How the window shows paths: the home folder as ~, and in a workshop the demo workstation's folder as ~ too,
// so a projected screen never shows where the trainer's machine keeps it (README "Workshops").
namespace PathDisplay {

// Shows every path under `realFolder` as `shownAs` followed by the rest ("~/projects/.env"); empty: none.
void setAlias(const QString& realFolder, const QString& shownAs);
void clearAlias();
[[nodiscard]] bool hasAlias();

// One path as the window shows it.
[[nodiscard]] QString shown(const QString& path);
// A text that may hold paths (an explanation, a note, a diff header): the alias applied wherever it occurs.
[[nodiscard]] QString shownIn(const QString& text);

} // namespace PathDisplay

} // namespace keyscout
