// SPDX-License-Identifier: GPL-3.0-or-later
// Internal to the git history scanner: libgit2 set-up, owning handles for its objects, hashing of object ids.
#pragma once

#include <git2.h>

#include <QFile>
#include <QString>
#include <cstring>
#include <iterator>
#include <memory>
#include <mutex>

namespace keyscout::git {

template <typename T, void (*Free)(T*)> struct Git2Free {
    void operator()(T* object) const { Free(object); }
};
template <typename T, void (*Free)(T*)> using Git2Ptr = std::unique_ptr<T, Git2Free<T, Free>>;

using RepositoryPtr = Git2Ptr<git_repository, git_repository_free>;
using OdbPtr = Git2Ptr<git_odb, git_odb_free>;
using OdbObjectPtr = Git2Ptr<git_odb_object, git_odb_object_free>;
using CommitPtr = Git2Ptr<git_commit, git_commit_free>;
using TreePtr = Git2Ptr<git_tree, git_tree_free>;
using ReferencePtr = Git2Ptr<git_reference, git_reference_free>;
using ReferenceIteratorPtr = Git2Ptr<git_reference_iterator, git_reference_iterator_free>;
using ReflogPtr = Git2Ptr<git_reflog, git_reflog_free>;
using ObjectPtr = Git2Ptr<git_object, git_object_free>;
using ConfigPtr = Git2Ptr<git_config, git_config_free>;
using IndexPtr = Git2Ptr<git_index, git_index_free>;
using TagPtr = Git2Ptr<git_tag, git_tag_free>;

// Object ids as hash keys: the id is already a uniform hash, so its first bytes are the key's hash.
struct OidHash {
    size_t operator()(const git_oid& id) const
    {
        size_t hash = 0;
        std::memcpy(&hash, id.id, sizeof hash);
        return hash;
    }
};
struct OidEqual {
    bool operator()(const git_oid& a, const git_oid& b) const
    {
        return std::memcmp(a.id, b.id, GIT_OID_RAWSZ) == 0;
    }
};
struct OidLess {
    bool operator()(const git_oid& a, const git_oid& b) const
    {
        return std::memcmp(a.id, b.id, GIT_OID_RAWSZ) < 0;
    }
};

inline QString hexId(const git_oid& id)
{
    char hex[GIT_OID_HEXSZ + 1] = {};
    git_oid_tostr(hex, sizeof hex, &id);
    return QString::fromLatin1(hex);
}

// The message of libgit2's last error on this thread, or `fallback`.
inline QString lastGitError(const char* fallback = "unknown error")
{
    const git_error* error = git_error_last();
    return QString::fromUtf8(error != nullptr && error->message != nullptr ? error->message : fallback);
}

// libgit2's process-wide settings for a reader that may run as root over other people's repositories.
inline void configureLibgit2()
{
    static std::once_flag once;
    std::call_once(once, [] {
        // Ownership checks (safe.directory) protect git from running another user's hooks and configured
        // programs; Keyscout runs none and only reads.
        git_libgit2_opts(GIT_OPT_SET_OWNER_VALIDATION, 0);
        // Every object read is hashed again to check its id by default (SHA-1 with collision detection, a
        // third of the reading time). A damaged object still fails to inflate; one whose content changed
        // but still inflates is scanned as it is, which is what a secret scan wants.
        git_libgit2_opts(GIT_OPT_ENABLE_STRICT_HASH_VERIFICATION, 0);
        // Repository extensions that change how objects are fetched or collected but not how they are read:
        // without them libgit2 1.5 refuses to open partial clones at all.
        const char* readable[] = {"partialclone", "preciousobjects", "worktreeconfig"};
        git_libgit2_opts(GIT_OPT_SET_EXTENSIONS, readable, std::size(readable));
    });
}

// libgit2's library state for one scope (reference counted by libgit2).
struct Libgit2Session {
    Libgit2Session()
    {
        git_libgit2_init();
        configureLibgit2();
    }
    ~Libgit2Session() { git_libgit2_shutdown(); }
    Libgit2Session(const Libgit2Session&) = delete;
    Libgit2Session& operator=(const Libgit2Session&) = delete;
};

inline QString withoutTrailingSlash(const char* path)
{
    QString out = QFile::decodeName(path);
    while (out.size() > 1 && out.endsWith(QLatin1Char('/'))) {
        out.chop(1);
    }
    return out;
}

// Opens exactly the repository at `path` (no search upwards, no GIT_DIR from the environment).
inline RepositoryPtr openRepository(const QString& path)
{
    git_repository* repository = nullptr;
    if (git_repository_open_ext(&repository, QFile::encodeName(path).constData(),
                                GIT_REPOSITORY_OPEN_NO_SEARCH, nullptr) != 0) {
        return nullptr;
    }
    return RepositoryPtr(repository);
}

} // namespace keyscout::git
