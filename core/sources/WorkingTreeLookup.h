// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "findings/Finding.h"

#include <QHash>
#include <QString>
#include <memory>
#include <mutex>

namespace keyscout {

// Tells, for a file, the git working tree it is in: the repository's top folder, its remote (the one named
// "origin" when there are several) and that remote's host, and whether git ignores or tracks the path. Reads
// only (libgit2, no index refresh, no lock files). Thread-safe; answers are cached per folder and per
// repository, so asking for every file with a finding costs one repository open per repository.
class WorkingTreeLookup {
public:
    WorkingTreeLookup();
    ~WorkingTreeLookup();
    WorkingTreeLookup(const WorkingTreeLookup&) = delete;
    WorkingTreeLookup& operator=(const WorkingTreeLookup&) = delete;

    WorkingTreeFacts lookup(const QString& filePath);

private:
    struct Repository;
    QString rootOf(const QString& folder);

    std::mutex m_mutex;
    QHash<QString, QString> m_rootOfFolder;                     // folder → working tree root ("" = none)
    QHash<QString, std::shared_ptr<Repository>> m_repositories; // root → opened repository
};

} // namespace keyscout
