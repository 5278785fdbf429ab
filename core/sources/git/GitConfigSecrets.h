// SPDX-License-Identifier: GPL-3.0-or-later
// Internal to the git history scanner: secrets written into a repository's own configuration.
#pragma once

#include "detect/Matcher.h"
#include "findings/Finding.h"

#include <QList>
#include <QString>
#include <vector>

namespace keyscout::git {

// The secrets in a repository's configuration file (`.git/config`, `config.worktree`): a token inside a
// remote URL (`https://user:hf_…@huggingface.co/…`), an `insteadOf` rewrite or a `credential` setting. The
// findings are git places with `inConfig` set, name the setting (`remote.origin.url`), the URL's host and
// user, and say how to move the token out (a credential helper). `repository` is the repository's folder.
QList<Finding> scanConfigFile(const Matcher& matcher, Matcher::Scratch& scratch, std::vector<Match>& matches,
                              const QString& path, const QString& repository);

} // namespace keyscout::git
