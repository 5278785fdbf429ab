// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Finding.h"

#include <QString>

namespace keyscout {

// Where a finding is, in the words of the place rather than as a bare path: "Shell history .bash_history,
// line 5", "Hugging Face token store", "Notebook train.ipynb, line 21". Shown in the findings list and
// reports.
QString describePlace(const Finding& finding);

// How exposed one copy is, least to most: kept where it belongs (Hugging Face's token store, private), plain
// text in a private file, a history, a notebook output (one commit away from publication), a live process,
// readable by the group, by every user, and a file in a git working tree with a remote that git does not
// ignore (one commit and one push away). The order is the order of concern: a secret's exposure is its worst
// copy's.
enum class Exposure {
    StoredProperly = 0,
    PrivateFile,
    History,
    NotebookOutput,
    LiveProcess,
    GroupReadable,
    WorldReadable,
    GitWorkingTree,
    GitHistory, // committed in a repository's history, not pushed: can still be rewritten locally
    Published,  // in a commit a remote-tracking branch contains: pushed, revocation is the only fix
};
Exposure exposureOf(const Finding& finding);
// Stable, for reports: "notebook-output".
QString exposureId(Exposure exposure);
// Short, for a column: "notebook output".
QString exposureName(Exposure exposure);
// One sentence for this copy, with its facts: "In the git working tree ~/proj, whose remote origin is on
// huggingface.co; git does not ignore this file."
QString exposureExplanation(const Finding& finding);

// Whether a place is a CI or deployment file (a workflow, a pipeline, a Dockerfile, compose, Kubernetes or
// Terraform files): a token there is the machine's, not a person's.
bool isDeploymentPlace(const Finding& finding);
// Whether a place is a person's own (a shell or IPython history, the token store, a notebook, a running
// process, a credential or environment file outside any deployment folder).
bool isPersonalPlace(const Finding& finding);
// For a token kept in Hugging Face's token store: how many of its places are outside the store (copies that
// should not exist), else 0.
qsizetype copiesOutsideTokenStore(const QList<Finding>& places);
// The same token in a CI or deployment file and in a personal place: each environment should have its own.
bool sharedAcrossEnvironments(const QList<Finding>& places);

} // namespace keyscout
