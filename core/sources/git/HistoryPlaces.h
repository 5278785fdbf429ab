// SPDX-License-Identifier: GPL-3.0-or-later
// Internal to the git history scanner: what was found, placed in the history.
#pragma once

#include "BlobIntroductions.h"
#include "BlobScan.h"
#include "CommitGraph.h"
#include "Git2Handles.h"
#include "RefContainment.h"
#include "findings/Finding.h"

#include <QHash>
#include <QList>
#include <QString>
#include <unordered_map>
#include <vector>

namespace keyscout::git {

// Findings in a commit message, or in the message of an annotated tag on that commit.
struct FoundMessage {
    quint32 commit = 0;
    QList<Finding> findings;
    QString tag;    // the tag's name; empty for a commit message
    QString tagger; // "Name <email>"
    qint64 tagTime = 0;
};

// Turns findings in blobs and commit messages into git places: for a blob, each path it appeared at with
// the commit that brought it there (one place per secret and path however many versions of the file held
// it, with everything that contains any of them), that commit's author, time and summary, the refs,
// remotes and reflogs that contain it, and a note saying how exposed it is and what removes it; for a blob
// in no commit, the path the index gives it if any.
class HistoryPlaces {
public:
    HistoryPlaces(git_repository* repository, const CommitGraph& graph,
                  const BlobIntroductions& introductions, QString folder, QString gitDirectory);

    QList<Finding> place(std::vector<FoundBlob>& foundBlobs, std::vector<FoundMessage>& foundMessages);

private:
    struct CommitFacts {
        QString id;
        QString author;
        QString summary;
        qint64 time = 0;
    };

    const CommitFacts& facts(quint32 commit);
    // Where the blob appeared, earliest first.
    [[nodiscard]] std::vector<BlobIntroductions::Introduction> introductionsOf(const git_oid& blob) const;
    QHash<QString, QString> stagedPaths(); // blob id -> path, from the index
    void placeOutsideHistory(QList<Finding>& findings, const QString& stagedPath);
    void placeInHistory(Finding& f, quint32 commit, const Containment& where, const RefContainment& refs);

    git_repository* m_repository;
    const CommitGraph& m_graph;
    const BlobIntroductions& m_introductions;
    QString m_folder; // working tree, or the git folder of a bare repository
    QString m_gitDirectory;
    std::unordered_map<quint32, CommitFacts> m_facts;
};

} // namespace keyscout::git
