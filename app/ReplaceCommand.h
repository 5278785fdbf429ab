// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace keyscout {

// The wizard's replacement steps from the command line (its cleanup is CleanCommand):
//   keyscout plan PATH…            the least fine-grained permissions a replacement token needs, from the
//   code,
//                                  notebooks and scripts under PATH and the Hugging Face cache; the creation
//                                  link.
//   keyscout revoke [--yes] PATH…  scans, then for each Hugging Face token found asks, sends it to the revoke
//                                  endpoint and confirms it now answers 401. Exit 0 all confirmed, 1 some
//                                  still work or were declined, 2 error.
//   keyscout install-token [--name NAME] [--replace-active]   reads the new token from standard input (never
//                                  the command line: shell history keeps that), checks it, and stores it as
//                                  huggingface_hub does, backed up and undoable (keyscout undo).
class ReplaceCommand {
public:
    static int runPlan(const QStringList& arguments);
    static int runRevoke(const QStringList& arguments);
    static int runInstallToken(const QStringList& arguments);
};

} // namespace keyscout
