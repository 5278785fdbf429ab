// SPDX-License-Identifier: GPL-3.0-or-later
#include "RefContainment.h"

#include "RemoteUrls.h"

#include <QSet>
#include <algorithm>
#include <string_view>

namespace keyscout::git {

namespace {

constexpr const char* kStash = "refs/stash";
constexpr const char* kRemotesPrefix = "refs/remotes/";

QString utf8(const char* text)
{
    return QString::fromUtf8(text != nullptr ? text : "");
}

} // namespace

RefContainment::RefContainment(git_repository* repository, const CommitGraph& graph)
    : m_graph(graph)
{
    for (const RemoteUrl& remote : remoteUrls(repository)) {
        m_remotes << remote.name;
        m_remoteHosts.insert(remote.name, remote.host);
    }
    std::sort(m_remotes.begin(), m_remotes.end(),
              [](const QString& a, const QString& b) { return a.size() > b.size(); });

    git_reference_iterator* rawIterator = nullptr;
    if (git_reference_iterator_new(&rawIterator, repository) == 0) {
        const ReferenceIteratorPtr iterator(rawIterator);
        git_reference* rawRef = nullptr;
        while (git_reference_next(&rawRef, iterator.get()) == 0) {
            const ReferencePtr ref(rawRef);
            if (git_reference_type(ref.get()) != GIT_REFERENCE_DIRECT) {
                continue; // refs/remotes/origin/HEAD: its target is listed itself
            }
            const char* name = git_reference_name(ref.get());
            const QString fullName = utf8(name);
            const bool stash = fullName == QLatin1String(kStash);
            const QString label = stash ? QStringLiteral("stash") : utf8(git_reference_shorthand(ref.get()));
            git_object* rawTarget = nullptr;
            if (git_reference_peel(&rawTarget, ref.get(), GIT_OBJECT_COMMIT) == 0) {
                const ObjectPtr target(rawTarget);
                const QString remote = remoteOf(fullName);
                addTip(label, remote.isEmpty() ? TipKind::Ref : TipKind::RemoteTracking, remote,
                       *git_object_id(target.get()));
            }
            readReflog(repository, name, label, stash);
        }
    }
    if (git_repository_head_detached(repository) == 1) {
        git_reference* rawHead = nullptr;
        if (git_repository_head(&rawHead, repository) == 0) {
            const ReferencePtr head(rawHead);
            if (git_reference_target(head.get()) != nullptr) {
                addTip(QStringLiteral("HEAD"), TipKind::Ref, {}, *git_reference_target(head.get()));
            }
        }
    }
    readReflog(repository, "HEAD", QStringLiteral("HEAD"), false);
}

void RefContainment::addTip(const QString& label, TipKind kind, const QString& remote, const git_oid& id)
{
    const quint32 commit = m_graph.indexOf(id);
    if (commit != CommitGraph::kNone) {
        m_tips.push_back({label, remote, kind, commit});
    }
}

void RefContainment::readReflog(git_repository* repository, const char* name, const QString& label,
                                bool stash)
{
    // git_reflog_read creates the logs folder when the ref has no log: ask first, so the repository is only
    // ever read (a repository with no commit yet has no logs folder).
    if (git_reference_has_log(repository, name) != 1) {
        return;
    }
    git_reflog* rawLog = nullptr;
    if (git_reflog_read(&rawLog, repository, name) != 0) {
        return;
    }
    const ReflogPtr log(rawLog);
    QSet<quint32> seen;
    const size_t count = git_reflog_entrycount(log.get());
    // Entry 0 is the newest: for the stash, that is refs/stash itself.
    for (size_t i = stash ? 1 : 0; i < count; ++i) {
        const git_reflog_entry* entry = git_reflog_entry_byindex(log.get(), i);
        for (const git_oid* id : {git_reflog_entry_id_new(entry), git_reflog_entry_id_old(entry)}) {
            const quint32 commit = m_graph.indexOf(*id);
            if (commit == CommitGraph::kNone) {
                continue;
            }
            if (stash) {
                // Older stash entries are stashes the person can still `git stash apply`.
                if (id == git_reflog_entry_id_new(entry)) {
                    m_tips.push_back({QStringLiteral("stash@{%1}").arg(i), {}, TipKind::Ref, commit});
                }
            } else if (!seen.contains(commit)) {
                seen.insert(commit);
                m_tips.push_back({label, {}, TipKind::Reflog, commit});
            }
        }
    }
}

QString RefContainment::remoteOf(const QString& refName) const
{
    if (!refName.startsWith(QLatin1String(kRemotesPrefix))) {
        return {};
    }
    const QString rest = refName.mid(static_cast<qsizetype>(qstrlen(kRemotesPrefix)));
    for (const QString& remote : m_remotes) {
        if (rest.startsWith(remote + QLatin1Char('/'))) {
            return remote;
        }
    }
    // A tracking branch of a remote that is no longer configured: it was still pushed or fetched there.
    return rest.section(QLatin1Char('/'), 0, 0);
}

namespace {

void sortRemotes(QStringList& remotes)
{
    std::sort(remotes.begin(), remotes.end(), [](const QString& a, const QString& b) {
        const bool aOrigin = a == QLatin1String("origin");
        const bool bOrigin = b == QLatin1String("origin");
        return aOrigin != bOrigin ? aOrigin : a < b;
    });
}

void addAll(QStringList& to, const QStringList& from)
{
    for (const QString& item : from) {
        if (!to.contains(item)) {
            to << item;
        }
    }
}

} // namespace

void Containment::add(const Containment& other)
{
    addAll(refs, other.refs);
    addAll(remotes, other.remotes);
    addAll(reflogs, other.reflogs);
    refs.sort();
    reflogs.sort();
    sortRemotes(remotes);
}

std::vector<Containment> RefContainment::contain(const std::vector<quint32>& targets) const
{
    std::vector<quint32> tipCommits;
    tipCommits.reserve(m_tips.size());
    for (const Tip& tip : m_tips) {
        tipCommits.push_back(tip.commit);
    }
    const std::vector<std::vector<quint32>> contained = m_graph.containedTargets(targets, tipCommits);
    std::vector<Containment> out(targets.size());
    for (size_t t = 0; t < m_tips.size(); ++t) {
        const Tip& tip = m_tips[t];
        for (const quint32 target : contained[t]) {
            Containment& c = out[target];
            QStringList& list = tip.kind == TipKind::Reflog ? c.reflogs : c.refs;
            if (!list.contains(tip.label)) {
                list << tip.label;
            }
            if (tip.kind == TipKind::RemoteTracking && !c.remotes.contains(tip.remote)) {
                c.remotes << tip.remote;
            }
        }
    }
    for (Containment& c : out) {
        c.refs.sort();
        c.reflogs.sort();
        sortRemotes(c.remotes);
    }
    return out;
}

} // namespace keyscout::git
