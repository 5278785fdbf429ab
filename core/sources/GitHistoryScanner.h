// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "findings/Finding.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <atomic>
#include <functional>

namespace keyscout {

class Matcher;

// Counters a progress display reads while repositories are scanned (any thread). `objects` counts commits
// read and blobs scanned, `bytes` the blob bytes scanned.
struct GitScanProgress {
    std::atomic<qint64> repositories{0};
    std::atomic<qint64> objects{0};
    std::atomic<qint64> bytes{0};
};

struct GitScanOptions {
    // Blobs larger than this are not read (counted in `skippedBlobs`): the filesystem scan's default.
    qint64 maxBlobSize = qint64(64) << 20;
    // Threads reading blobs, one of them also walking the history; 0: one per core (at most 8). A caller
    // that already scans on a pool of threads passes 1.
    int threads = 0;
};

// What scanning one repository did, and what it could not do. `problems` are sentences for the person
// ("shallow clone: …", "object 1a2b… could not be read: …"); the scan goes on after each of them.
struct GitRepositoryReport {
    QString path;         // the repository's folder: its working tree, or the git folder of a bare one
    QString gitDirectory; // the folder holding its object database (a worktree's is its main repository's)
    QStringList problems;
    qint64 blobs = 0;          // distinct blobs scanned, each once
    qint64 bytes = 0;          // their bytes
    qint64 skippedBlobs = 0;   // blobs over GitScanOptions::maxBlobSize
    qint64 commits = 0;        // commits read, reachable or not
    qint64 objects = 0;        // objects in the object database (loose and packed, each once)
    qint64 findings = 0;       // findings delivered to the sink
    qint64 missingObjects = 0; // commits and trees the history names but the database lacks
    qint64 corruptObjects = 0; // objects present but unreadable
    bool opened = false;       // libgit2 could open it
    bool shallow = false;      // a shallow clone: history stops at the shallow boundary
    bool partial = false;      // a partial clone: objects were left on the server
    bool cancelled = false;
};

// Reads a git repository's whole object database and reports the secrets in it. Every object is enumerated
// — loose and packed, reachable from a branch, a tag, a remote-tracking branch, notes, the stash, only from
// a reflog (an amended or reset commit), or from nothing at all (dangling) — and each distinct blob is read
// and matched once, however many commits contain it. Commit messages are matched too. libgit2 opens the
// repository and reads refs, reflogs, configuration and loose objects; packed objects are rebuilt from the
// packs directly, one delta tree at a time (git/PackIndex, git/PackObjectReader), on several threads.
//
// A finding in a blob is a git place (SourceKind::Git): `place.git` names the blob, the commit that
// introduced it at its path (the first commit, parents before children and oldest first, whose tree has the
// blob at that path while its first parent's does not), that commit's author, time and summary, the refs
// that contain it (branches and tags by short name, "origin/main", "stash", "stash@{2}", "notes/commits"),
// the remotes whose tracking branches contain it (`pushed`: it was published) and the first such remote's
// host (from its fetch URL). One finding per secret and path: a token kept through many versions of a file
// is placed at the commit that first brought it, with the refs and remotes that contain any of the versions
// and a note counting the later ones. A secret only in commits no ref contains is `dangling`: its commit is
// still named (an amended-away commit), and a note says whether a reflog keeps it. `f.path` is
// `<repository folder>/<path in the repository>`, so the same token in the working tree and in history is
// one secret with both places; `line` and the context are the blob's. A blob no commit names (staged and
// never committed, or written and dropped) takes its path from the index when it is there (then not
// dangling) and is otherwise placed at the git folder, with no commit. A finding in a commit message names
// that commit with no path. Secrets in the repository's configuration (remote URLs, credential settings)
// are findings with `inConfig`, placed in the configuration file, with the setting in `place.name`.
// Rules restricted to some file names (a kaggle.json key) see each blob's first path.
//
// Never writes into the repository: no index refresh, no lock, no reflog entry. Shallow and partial clones,
// missing and corrupt objects and repositories libgit2 cannot open are reported in the report's `problems`,
// and whatever can be read still is. Memory holds object ids, paths and (up to 128 MiB) the parsed trees,
// never blob contents. Thread-safe: several repositories may be scanned at once with one scanner (then pass
// GitScanOptions::threads = 1).
class GitHistoryScanner {
public:
    using FindingsSink = std::function<void(QList<Finding>&&)>;

    explicit GitHistoryScanner(const Matcher& matcher, GitScanOptions options = {});
    ~GitHistoryScanner();
    GitHistoryScanner(const GitHistoryScanner&) = delete;
    GitHistoryScanner& operator=(const GitHistoryScanner&) = delete;

    // Scans the repository at `path`: a working tree, its .git folder, a bare repository, a linked worktree
    // or a submodule (its working tree or its git folder under .git/modules). Findings arrive through `sink`
    // when the repository is done. `cancelled` is checked between objects; `progress` may be null.
    GitRepositoryReport scanRepository(const QString& path, const FindingsSink& sink,
                                       const std::atomic<bool>* cancelled = nullptr,
                                       GitScanProgress* progress = nullptr) const;

    // The repositories under `root` (itself included): working trees, bare repositories, submodules (also
    // those only present under .git/modules) and linked worktrees, one path per object database — a worktree
    // whose main repository is also found is left out, since scanning either reads the same objects.
    // Folders that look like repositories but that libgit2 cannot open are listed too, so that scanning them
    // reports why. Symbolic links are not followed. Sorted.
    static QStringList discoverRepositories(const QString& root);

    // The canonical folder of the object database the repository at `path` uses (its common git folder), or
    // empty if it cannot be opened: the key for scanning each database once.
    static QString objectDatabaseOf(const QString& path);

private:
    const Matcher& m_matcher;
    GitScanOptions m_options;
};

} // namespace keyscout
