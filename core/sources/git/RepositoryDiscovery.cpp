// SPDX-License-Identifier: GPL-3.0-or-later
#include "RepositoryDiscovery.h"

#include "Git2Handles.h"

#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QSet>
#include <algorithm>

namespace keyscout::git {

namespace {

bool looksLikeGitDirectory(const QString& dir)
{
    return QFileInfo(dir + QStringLiteral("/HEAD")).isFile() &&
           QFileInfo(dir + QStringLiteral("/objects")).isDir() &&
           QFileInfo(dir + QStringLiteral("/refs")).isDir();
}

} // namespace

QString objectDatabaseOf(const QString& path)
{
    const Libgit2Session session;
    const RepositoryPtr repository = openRepository(path);
    if (!repository) {
        return {};
    }
    return QFileInfo(withoutTrailingSlash(git_repository_commondir(repository.get()))).canonicalFilePath();
}

QStringList discoverRepositories(const QString& root)
{
    const Libgit2Session session;
    QStringList candidates;
    QStringList pending{QFileInfo(root).absoluteFilePath()};
    while (!pending.isEmpty()) {
        const QString dir = pending.takeLast();
        const QFileInfo dotGit(dir + QStringLiteral("/.git"));
        if (dotGit.exists() || dotGit.isSymLink()) {
            candidates << dir;
            // Submodules whose working tree is gone live on under .git/modules.
            if (dotGit.isDir() && !dotGit.isSymLink()) {
                QDirIterator modules(dotGit.filePath() + QStringLiteral("/modules"),
                                     QDir::Dirs | QDir::NoDotAndDotDot | QDir::NoSymLinks | QDir::Hidden,
                                     QDirIterator::Subdirectories);
                while (modules.hasNext()) {
                    const QString module = modules.next();
                    if (looksLikeGitDirectory(module)) {
                        candidates << module;
                    }
                }
            }
        } else if (looksLikeGitDirectory(dir)) {
            candidates << dir; // a bare repository: nothing below it is a working tree
            continue;
        }
        const QDir entries(dir);
        for (const QFileInfo& child :
             entries.entryInfoList(QDir::Dirs | QDir::NoDotAndDotDot | QDir::NoSymLinks | QDir::Hidden)) {
            if (child.fileName() != QLatin1String(".git")) {
                pending << child.filePath();
            }
        }
    }

    // One path per object database; a repository libgit2 cannot open is kept, so that its scan says why.
    QStringList out;
    QSet<QString> databases;
    // Which path names a database shared by several: a main working tree or bare repository before a linked
    // worktree or submodule working tree (a `.git` file), and those before a git folder under .git/modules.
    const auto rank = [](const QString& c) {
        return c.contains(QLatin1String("/.git/modules/"))       ? 2
               : QFileInfo(c + QStringLiteral("/.git")).isFile() ? 1
                                                                 : 0;
    };
    std::sort(candidates.begin(), candidates.end(), [&](const QString& a, const QString& b) {
        const int ra = rank(a);
        const int rb = rank(b);
        return ra != rb ? ra < rb : a < b;
    });
    for (const QString& candidate : candidates) {
        const QString database = objectDatabaseOf(candidate);
        if (database.isEmpty() || !databases.contains(database)) {
            databases.insert(database);
            out << candidate;
        }
    }
    out.removeDuplicates();
    std::sort(out.begin(), out.end());
    return out;
}

} // namespace keyscout::git
