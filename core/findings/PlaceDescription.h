// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Finding.h"

#include <QString>

namespace keyscout {

// Where a finding is, in the words of the place rather than as a bare path: "Shell history .bash_history,
// line 5", "Hugging Face token store", "Notebook train.ipynb, line 21". Shown in the findings list and
// reports.
QString describePlace(const Finding& finding);

// How exposed the copy is, from the file's facts: readable by every user, by the group, or private.
enum class Exposure { Private = 0, GroupReadable, WorldReadable };
Exposure exposureOf(const Finding& finding);
QString exposureName(Exposure exposure);

} // namespace keyscout
