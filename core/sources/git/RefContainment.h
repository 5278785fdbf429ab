// SPDX-License-Identifier: GPL-3.0-or-later
// Internal to the git history scanner: which refs, reflogs and remotes contain a commit.
#pragma once

#include "CommitGraph.h"
#include "Git2Handles.h"

#include <QHash>
#include <QString>
#include <QStringList>
#include <vector>

namespace keyscout::git {

// What contains one commit.
struct Containment {
    QStringList refs;    // branches, tags, notes, "origin/main", "stash", "stash@{1}", "HEAD" when detached
    QStringList remotes; // remotes with a tracking branch in `refs`, "origin" first
    QStringList reflogs; // refs whose reflog (only) still names a commit containing it: "HEAD", "main"

    // Adds what contains another commit (several versions of one file).
    void add(const Containment& other);
};

// The starting points of a repository's history — every ref (peeled to its commit), a detached HEAD, every
// reflog entry, the stash and its older entries — and its remotes with their URL hosts. Read once per
// repository, only when something was found; reading never writes (no reflog entry, no lock).
class RefContainment {
public:
    RefContainment(git_repository* repository, const CommitGraph& graph);

    // For each of `targets` (distinct commit indices of the graph), what contains it.
    [[nodiscard]] std::vector<Containment> contain(const std::vector<quint32>& targets) const;
    // The host of the remote's fetch URL ("huggingface.co"); empty for a local path or an unknown remote.
    [[nodiscard]] QString remoteHost(const QString& remote) const { return m_remoteHosts.value(remote); }

private:
    enum class TipKind { Ref, RemoteTracking, Reflog };
    struct Tip {
        QString label;
        QString remote; // RemoteTracking: the remote's name
        TipKind kind = TipKind::Ref;
        quint32 commit = CommitGraph::kNone;
    };
    void addTip(const QString& label, TipKind kind, const QString& remote, const git_oid& id);
    void readReflog(git_repository* repository, const char* name, const QString& label, bool stash);
    [[nodiscard]] QString remoteOf(const QString& refName) const;

    const CommitGraph& m_graph;
    std::vector<Tip> m_tips;
    QStringList m_remotes; // configured remotes, longest name first (remote names may contain '/')
    QHash<QString, QString> m_remoteHosts;
};

} // namespace keyscout::git
