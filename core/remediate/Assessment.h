// SPDX-License-Identifier: GPL-3.0-or-later
// The first step of fixing a leaked token: how exposed it is and what to do, in one sentence.
#pragma once

#include "findings/Finding.h"
#include "findings/PlaceDescription.h"
#include "verify/CheckResult.h"

#include <QList>
#include <QString>
#include <optional>

namespace keyscout {

struct Assessment {
    Exposure worst = Exposure::StoredProperly; // the most exposed place
    bool published = false;                    // in a pushed commit
    bool mustRevoke = true;                    // anything beyond the owner's own private store
    bool legacy = false;                       // a classic read/write Hugging Face token (from the check)
    bool dead = false;                         // the check says the provider no longer accepts it
    bool couldWrite = false;                   // the check says it can push (a write role, repo.write)
    QString verdict;                           // one sentence: what happened and what to do first
};

// The Hugging Face repositories ("alice/model", "datasets/acme/corpus") the git repositories among `places`
// push to: their remotes on `hubHost` (huggingface.co), URL rewrites applied. Where a published write token
// could have changed something first.
QStringList hubRepositoriesOf(const QList<Finding>& places,
                              const QString& hubHost = QStringLiteral("huggingface.co"));

// The oldest place of a secret: the earliest commit time of its git places, else the earliest modification
// time of its files (a file's time is when it last changed, so the secret is at least that old there). Null
// when no place has a time. Where to start reading an organisation's audit log and a repository's history.
const Finding* firstExposure(const QList<Finding>& places);
qint64 exposureTime(const Finding& place); // seconds since the epoch; 0: unknown

// Weighs every place of one secret, and what a check found if there was one.
Assessment assess(const QList<Finding>& places, const std::optional<CheckResult>& check);

} // namespace keyscout
