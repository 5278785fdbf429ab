// SPDX-License-Identifier: GPL-3.0-or-later
// Internal to ScopePlan: finding what local files show a token being used for, without running anything.
#pragma once

#include "ScopePlan.h"

#include <QList>
#include <QSet>
#include <QString>

namespace keyscout::detail {

// One use: a repository read or written, or Inference Providers called, and where it shows.
struct ScopeUse {
    enum class Kind { Read, Write, Inference };
    Kind use = Kind::Read;
    QString repoType; // model, dataset, space; empty for Inference
    QString repoId;   // "org/name"
    ScopeEvidence evidence;
    QString verb; // "loads", "pushes to", … for the reason line
};

struct ScopeUses {
    QList<ScopeUse> uses;
    QSet<QString> gated; // "type:org/name" of cached repositories whose model card says they are gated

    [[nodiscard]] bool isGated(const QString& type, const QString& id) const;
};

// Reads `options.folders` (code, notebooks, scripts, configuration, .git/config) and `options.hubCache`
// within the options' limits; counts files read and skipped, and notes limits reached, in `plan`.
ScopeUses findScopeUses(const ScopePlanOptions& options, ScopePlan& plan);

} // namespace keyscout::detail
