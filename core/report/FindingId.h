// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "findings/Finding.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace keyscout {

// A finding's stable id (README "Reports", `finding_id`): the same secret in the same place gets the same id
// on every scan and on every machine that scans the same path, whatever else changed in the file. Lines added
// above a secret move its line and offset, so neither is part of the id; the place's own coordinates are:
// for git the blob, its path in the repository and the commit; for a notebook the cell, the part and the
// output; for a running process the process name and the variable (its pid changes every run); for a
// credential file or the token store the entry's name and field; for everything else (histories, .env, plain
// files) nothing but the path. Copies of one secret with the same coordinates are told apart by their order
// in the file (1st, 2nd… copy).
//
// The id is the hex of the first 16 bytes of SHA-256 over "keyscout-finding-v1", the rule id, the secret's
// SHA-256, the kind of place, the path, the coordinates and that occurrence number, NUL-separated.
class FindingId {
public:
    // The ids of `findings` (any list: the whole scan or one secret's places), in the same order. The
    // occurrence number is counted among the findings of the list with the same rule, secret, kind, path and
    // coordinates, in the order of their offset in the file.
    static QStringList of(const QList<Finding>& findings);
    // The id of one finding that is the `occurrence`-th (1-based) copy with its coordinates.
    static QString compute(const Finding& finding, int occurrence);
};

} // namespace keyscout
