// SPDX-License-Identifier: GPL-3.0-or-later
#include "WorkingTreeLookup.h"

#include "git/RemoteUrls.h"

#include <QFile>
#include <git2.h>
#include <sys/stat.h>

namespace keyscout {

struct WorkingTreeLookup::Repository {
    std::mutex mutex; // libgit2 objects of one repository are not to be used from two threads at once
    git_repository* repo = nullptr;
    git_index* index = nullptr;
    QString remote;
    QString remoteHost;

    ~Repository()
    {
        git_index_free(index);
        git_repository_free(repo);
    }
};

WorkingTreeLookup::WorkingTreeLookup()
{
    git_libgit2_init();
    // Only reads: another user's repository (a responder scanning a mounted home as root) is fine to read.
    git_libgit2_opts(GIT_OPT_SET_OWNER_VALIDATION, 0);
}

WorkingTreeLookup::~WorkingTreeLookup()
{
    m_repositories.clear();
    git_libgit2_shutdown();
}

QString WorkingTreeLookup::rootOf(const QString& folder)
{
    // Called with the mutex held.
    QStringList visited;
    QString d = folder;
    QString root;
    while (!d.isEmpty()) {
        const auto it = m_rootOfFolder.constFind(d);
        if (it != m_rootOfFolder.constEnd()) {
            root = *it;
            break;
        }
        visited << d;
        if (d.endsWith(QLatin1String("/.git")) || d.contains(QLatin1String("/.git/"))) {
            break; // inside a repository's own folder: the history scan's business
        }
        struct stat st {};
        if (::lstat(QFile::encodeName(d + QLatin1String("/.git")).constData(), &st) == 0 &&
            (S_ISDIR(st.st_mode) || S_ISREG(st.st_mode))) {
            root = d;
            break;
        }
        if (d == QLatin1String("/")) {
            break;
        }
        const qsizetype slash = d.lastIndexOf(QLatin1Char('/'));
        d = slash <= 0 ? QStringLiteral("/") : d.left(slash);
    }
    for (const QString& v : std::as_const(visited)) {
        m_rootOfFolder.insert(v, root);
    }
    return root;
}

WorkingTreeFacts WorkingTreeLookup::lookup(const QString& filePath)
{
    const qsizetype slash = filePath.lastIndexOf(QLatin1Char('/'));
    if (slash < 0) {
        return {};
    }
    std::shared_ptr<Repository> repository;
    QString root;
    {
        const std::lock_guard lock(m_mutex);
        root = rootOf(slash == 0 ? QStringLiteral("/") : filePath.left(slash));
        if (root.isEmpty()) {
            return {};
        }
        auto it = m_repositories.find(root);
        if (it == m_repositories.end()) {
            auto opened = std::make_shared<Repository>();
            if (git_repository_open(&opened->repo, QFile::encodeName(root).constData()) == 0) {
                if (git_repository_index(&opened->index, opened->repo) != 0) {
                    opened->index = nullptr;
                }
                // The remote named origin, else the first one, as git resolves its URL.
                for (const git::RemoteUrl& remote : git::remoteUrls(opened->repo)) {
                    if (opened->remote.isEmpty() || remote.name == QLatin1String("origin")) {
                        opened->remote = remote.name;
                        opened->remoteHost = remote.host;
                    }
                }
            } else {
                git_repository_free(opened->repo);
                opened->repo = nullptr;
            }
            it = m_repositories.insert(root, opened);
        }
        repository = *it;
    }

    WorkingTreeFacts facts;
    facts.root = root;
    const std::lock_guard lock(repository->mutex);
    if (repository->repo == nullptr) {
        return facts; // a .git that libgit2 cannot open: in a working tree, nothing more known
    }
    facts.remote = repository->remote;
    facts.remoteHost = repository->remoteHost;
    const QByteArray relative = filePath.mid(root.size() + 1).toUtf8();
    int ignored = 0;
    if (git_ignore_path_is_ignored(&ignored, repository->repo, relative.constData()) == 0) {
        facts.ignored = ignored != 0;
    }
    if (repository->index != nullptr) {
        facts.tracked = git_index_get_bypath(repository->index, relative.constData(), 0) != nullptr;
    }
    return facts;
}

} // namespace keyscout
