// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace keyscout {

// `keyscout hook install|remove|status [REPO] [--only pre-commit|notebook-filter]`: Keyscout's guards of one
// repository (core/remediate/GitGuards.h). `keyscout hook pre-commit`: the check the installed hook runs;
// exit 0 when the staged files hold no secret, 1 when they do (the commit is stopped), 2 on error.
// `keyscout strip-notebook`: the notebook clean filter, standard input to standard output.
class HookCommand {
public:
    static int run(const QStringList& arguments);
    static int runStripNotebook(const QStringList& arguments);
};

} // namespace keyscout
