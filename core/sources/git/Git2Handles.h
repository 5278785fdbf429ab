// SPDX-License-Identifier: GPL-3.0-or-later
// Internal to the git history scanner: owning handles for libgit2 objects and hashing of object ids.
#pragma once

#include <git2.h>

#include <QString>
#include <cstring>
#include <memory>

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

} // namespace keyscout::git
