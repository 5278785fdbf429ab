// SPDX-License-Identifier: GPL-3.0-or-later
// Internal to the git history scanner: finding repositories under a folder (GitHistoryScanner's statics).
#pragma once

#include <QString>
#include <QStringList>

namespace keyscout::git {

// See GitHistoryScanner::discoverRepositories and GitHistoryScanner::objectDatabaseOf.
QStringList discoverRepositories(const QString& root);
QString objectDatabaseOf(const QString& path);

} // namespace keyscout::git
