// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace keyscout {

// The cleanup of the remediation wizard from the command line.
//   keyscout clean [--yes] [--dry-run] [--secret PREFIX] PATH…   scans, then for each secret (or the one
//   whose
//       fingerprint starts with PREFIX) shows each change as a masked diff and makes it once you agree:
//       backed up, written atomically, the file scanned again. Steps done by hand are printed with their
//       command. Exit: 0 every copy removed (or none found), 1 something remains (declined, by hand, failed),
//       2 error.
//   keyscout undo CHANGE…    puts files back as they were before those changes. Exit 0, or 2 on a refusal.
//   keyscout changes         lists the changes Keyscout made, newest last.
class CleanCommand {
public:
    static int runClean(const QStringList& arguments);
    static int runUndo(const QStringList& arguments);
    static int runChanges(const QStringList& arguments);
};

} // namespace keyscout
