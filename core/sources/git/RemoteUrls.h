// SPDX-License-Identifier: GPL-3.0-or-later
// A repository's remotes as git resolves them: fetch URL after URL rewrites, and the host it names.
#pragma once

#include <QString>
#include <vector>

struct git_repository;

namespace keyscout::git {

struct RemoteUrl {
    QString name; // "origin"
    QString url;  // after url.<base>.insteadOf
    QString host; // "huggingface.co"; empty for a local path
};

// The remotes named by remote.<name>.url in the repository's configuration, in the order given, with
// url.<base>.insteadOf rewrites applied as git applies them (the longest matching prefix wins). Read from a
// configuration snapshot: git_remote_list and git_remote_lookup match regular expressions whose match data
// libgit2 1.5 with the system PCRE2 leaks.
std::vector<RemoteUrl> remoteUrls(git_repository* repository);

// The host a remote URL names: "https://user@host/x" and scp-like "[user@]host:path"; empty for a local path
// or a file:// URL.
QString remoteUrlHost(const QString& url);

} // namespace keyscout::git
