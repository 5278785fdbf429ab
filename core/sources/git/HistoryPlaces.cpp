// SPDX-License-Identifier: GPL-3.0-or-later
#include "HistoryPlaces.h"

#include "IntroducingChange.h"

#include <QFile>
#include <QFileInfo>
#include <algorithm>

namespace keyscout::git {

namespace {

constexpr qint64 kMaxDiffBytes = 1 << 20; // larger files are shown as the file, not as a change

QString shortId(const QString& hex)
{
    return hex.left(12);
}

} // namespace

HistoryPlaces::HistoryPlaces(git_repository* repository, const CommitGraph& graph,
                             const BlobIntroductions& introductions, QString folder, QString gitDirectory)
    : m_repository(repository)
    , m_graph(graph)
    , m_introductions(introductions)
    , m_folder(std::move(folder))
    , m_gitDirectory(std::move(gitDirectory))
{
}

std::vector<BlobIntroductions::Introduction> HistoryPlaces::introductionsOf(const git_oid& blob) const
{
    std::vector<BlobIntroductions::Introduction> out = m_introductions.of(blob);
    std::sort(out.begin(), out.end(), [this](const auto& a, const auto& b) {
        const qint64 ta = m_graph.commit(a.commit).time;
        const qint64 tb = m_graph.commit(b.commit).time;
        return ta != tb ? ta < tb : a.commit < b.commit;
    });
    return out;
}

const HistoryPlaces::CommitFacts& HistoryPlaces::facts(quint32 commit)
{
    const auto it = m_facts.find(commit);
    if (it != m_facts.end()) {
        return it->second;
    }
    CommitFacts facts;
    facts.id = hexId(m_graph.commit(commit).id);
    facts.time = m_graph.commit(commit).time;
    git_commit* raw = nullptr;
    if (git_commit_lookup(&raw, m_repository, &m_graph.commit(commit).id) == 0) {
        const CommitPtr object(raw);
        const git_signature* author = git_commit_author(object.get());
        if (author != nullptr) {
            facts.author = QStringLiteral("%1 <%2>").arg(QString::fromUtf8(author->name),
                                                         QString::fromUtf8(author->email));
        }
        facts.summary = QString::fromUtf8(git_commit_summary(object.get()));
    }
    return m_facts.emplace(commit, std::move(facts)).first->second;
}

QHash<QString, QString> HistoryPlaces::stagedPaths()
{
    // Read without git_repository_index(), which may refresh the index: this only opens the file.
    QHash<QString, QString> paths;
    git_index* raw = nullptr;
    const QString file = withoutTrailingSlash(git_repository_path(m_repository)) + QStringLiteral("/index");
    if (!QFileInfo::exists(file) || git_index_open(&raw, QFile::encodeName(file).constData()) != 0) {
        return paths;
    }
    const IndexPtr index(raw);
    const size_t count = git_index_entrycount(index.get());
    for (size_t i = 0; i < count; ++i) {
        const git_index_entry* entry = git_index_get_byindex(index.get(), i);
        paths.insert(hexId(entry->id), QFile::decodeName(entry->path));
    }
    return paths;
}

QList<Finding> HistoryPlaces::place(std::vector<FoundBlob>& foundBlobs,
                                    std::vector<FoundMessage>& foundMessages)
{
    QList<Finding> out;
    if (foundBlobs.empty() && foundMessages.empty()) {
        return out;
    }
    // One place per secret and path, however many versions of the file held it: the version the earliest
    // commit brought, named with that commit and with everything that contains any of the versions.
    struct PathPlace {
        Finding finding;
        quint32 first = 0; // commit
        std::vector<quint32> commits;
        git_oid blob{}; // the version `first` brought
        std::string path;
    };
    std::vector<PathPlace> places;
    QHash<QString, size_t> placeOf;
    std::vector<quint32> targets;
    const auto earlier = [this](quint32 a, quint32 b) {
        const qint64 ta = m_graph.commit(a).time;
        const qint64 tb = m_graph.commit(b).time;
        return ta != tb ? ta < tb : a < b;
    };
    QHash<QString, QString> staged;
    bool stagedRead = false;
    for (FoundBlob& blob : foundBlobs) {
        const QString blobId = hexId(blob.id);
        for (Finding& f : blob.findings) {
            f.place.git.repository = m_folder;
            f.place.git.blob = blobId;
            f.file.size = blob.size;
        }
        const std::vector<BlobIntroductions::Introduction> introductions = introductionsOf(blob.id);
        if (introductions.empty()) {
            if (!stagedRead) {
                staged = stagedPaths();
                stagedRead = true;
            }
            placeOutsideHistory(blob.findings, staged.value(blobId));
            out += blob.findings;
            continue;
        }
        for (const BlobIntroductions::Introduction& i : introductions) {
            targets.push_back(i.commit);
            const QString pathInRepo = QFile::decodeName(m_introductions.path(i.path).c_str());
            for (const Finding& f : std::as_const(blob.findings)) {
                const QString key = f.secretSha256 + QLatin1Char('/') + pathInRepo;
                const auto it = placeOf.constFind(key);
                if (it == placeOf.constEnd()) {
                    placeOf.insert(key, places.size());
                    places.push_back({f, i.commit, {i.commit}, blob.id, m_introductions.path(i.path)});
                    places.back().finding.path = m_folder + QLatin1Char('/') + pathInRepo;
                    places.back().finding.place.git.pathInRepo = pathInRepo;
                    continue;
                }
                PathPlace& place = places[*it];
                place.commits.push_back(i.commit);
                if (earlier(i.commit, place.first)) {
                    place.first = i.commit;
                    place.blob = blob.id;
                    place.finding = f;
                    place.finding.path = m_folder + QLatin1Char('/') + pathInRepo;
                    place.finding.place.git.pathInRepo = pathInRepo;
                }
            }
        }
    }
    for (const FoundMessage& message : foundMessages) {
        targets.push_back(message.commit);
    }
    std::sort(targets.begin(), targets.end());
    targets.erase(std::unique(targets.begin(), targets.end()), targets.end());
    const RefContainment refs(m_repository, m_graph);
    const std::vector<Containment> containment = refs.contain(targets);
    const auto containmentOf = [&](const std::vector<quint32>& commits) {
        Containment merged;
        for (const quint32 commit : commits) {
            const auto at = std::lower_bound(targets.begin(), targets.end(), commit) - targets.begin();
            merged.add(containment[static_cast<size_t>(at)]);
        }
        return merged;
    };

    QHash<QString, const QList<Finding>*> findingsByBlob;
    for (const FoundBlob& blob : foundBlobs) {
        findingsByBlob.insert(hexId(blob.id), &blob.findings);
    }
    const auto findingsOf = [&findingsByBlob](const QString& blob) {
        const QList<Finding>* found = findingsByBlob.value(blob);
        return found != nullptr ? *found : QList<Finding>{};
    };
    for (PathPlace& place : places) {
        const DiffHunk hunk = introducingHunk(m_repository, m_graph.commit(place.first).id, place.path,
                                              place.blob, place.finding, findingsOf, kMaxDiffBytes);
        if (hunk.isValid()) {
            place.finding.place.git.hunk = hunk.lines;
            place.finding.place.git.hunkLines = hunk.newLines;
            place.finding.place.git.hunkSecretIndex = hunk.secretIndex;
        }
        std::sort(place.commits.begin(), place.commits.end());
        place.commits.erase(std::unique(place.commits.begin(), place.commits.end()), place.commits.end());
        placeInHistory(place.finding, place.first, containmentOf(place.commits), refs);
        if (place.commits.size() > 1) {
            place.finding.notes
                << QStringLiteral("also in %1 later versions of this file").arg(place.commits.size() - 1);
        }
        out << place.finding;
    }
    for (FoundMessage& message : foundMessages) {
        for (Finding& f : message.findings) {
            f.place.git.repository = m_folder;
            placeInHistory(f, message.commit, containmentOf({message.commit}), refs);
            if (message.tag.isEmpty()) {
                f.notes.prepend(
                    QStringLiteral("in the message of commit %1").arg(shortId(f.place.git.commit)));
                out << f;
                continue;
            }
            // The tag, not the commit, holds it: named by its tagger and time; pushing tags (--tags,
            // --follow-tags) publishes it whatever the branches say.
            f.place.git.summary = QStringLiteral("tag %1").arg(message.tag);
            if (!message.tagger.isEmpty()) {
                f.place.git.author = message.tagger;
            }
            if (message.tagTime > 0) {
                f.place.git.time = message.tagTime;
                f.file.mtime = message.tagTime;
            }
            f.notes.prepend(
                QStringLiteral("in the message of annotated tag %1 (on commit %2): `git push --tags` "
                               "publishes it; deleting the tag (`git tag -d %1`, and on every "
                               "remote) and `git gc --prune=now` remove it")
                    .arg(message.tag, shortId(f.place.git.commit)));
            out << f;
        }
    }
    return out;
}

void HistoryPlaces::placeOutsideHistory(QList<Finding>& findings, const QString& stagedPath)
{
    for (Finding& f : findings) {
        f.place.git.dangling = stagedPath.isEmpty();
        f.place.git.pathInRepo = stagedPath;
        f.path = stagedPath.isEmpty() ? m_gitDirectory : m_folder + QLatin1Char('/') + stagedPath;
        f.notes << (stagedPath.isEmpty()
                        ? QStringLiteral("in a blob no commit contains (dropped from the index, "
                                         "or written by a tool): `git gc --prune=now` deletes it")
                        : QStringLiteral("staged (git add) but never committed: unstaging and "
                                         "`git gc --prune=now` delete it"));
    }
}

void HistoryPlaces::placeInHistory(Finding& f, quint32 commit, const Containment& where,
                                   const RefContainment& refs)
{
    const CommitFacts& facts = this->facts(commit);
    GitPlace& git = f.place.git;
    git.commit = facts.id;
    git.author = facts.author;
    git.time = facts.time;
    git.summary = facts.summary;
    git.refs = where.refs;
    git.remotes = where.remotes;
    git.pushed = !where.remotes.isEmpty();
    git.dangling = where.refs.isEmpty();
    git.remoteHost = git.pushed ? refs.remoteHost(where.remotes.first()) : QString();
    f.file.mtime = facts.time;
    if (git.pushed) {
        f.notes << (git.remoteHost.isEmpty()
                        ? QStringLiteral("pushed to remote \u201c%1\u201d: revoke the token first; rewriting "
                                         "history does not take back what was pushed")
                              .arg(where.remotes.first())
                        : QStringLiteral("pushed to %1 (remote \u201c%2\u201d): published — revoke the token "
                                         "first; rewriting history does not take back what was pushed")
                              .arg(git.remoteHost, where.remotes.first()));
    } else if (!git.dangling) {
        f.notes << QStringLiteral(
                       "in local history only (%1), not pushed: revoke the token, then rewrite the "
                       "history (git filter-repo) before anything is pushed")
                       .arg(where.refs.join(QStringLiteral(", ")));
    } else if (!where.reflogs.isEmpty()) {
        f.notes << QStringLiteral(
                       "on no branch (amended, reset or rebased away) but still in the reflog of %1: "
                       "`git reflog expire --expire-unreachable=now --all && git gc --prune=now` "
                       "deletes it")
                       .arg(where.reflogs.join(QStringLiteral(", ")));
    } else {
        f.notes << QStringLiteral("in an unreachable commit (no branch, tag, stash or reflog keeps it): "
                                  "`git gc --prune=now` deletes it");
    }
    if (m_graph.lacksParents(commit)) {
        f.notes << QStringLiteral(
            "the history before this commit is not in this clone: the token may be older "
            "than this commit");
    }
}

} // namespace keyscout::git
