// SPDX-License-Identifier: GPL-3.0-or-later
// The least fine-grained permissions a replacement Hugging Face token needs, derived from what the person's
// own code, notebooks, scripts and Hugging Face cache show it doing. Nothing is executed: files are read as
// text and only string literals count.
#pragma once

#include "sources/HuggingFacePaths.h"
#include "verify/CheckResult.h"

#include <QList>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>
#include <atomic>

namespace keyscout {

// One place that shows a use: a file and line (a notebook's JSON line, with its cell), or a cache folder.
struct ScopeEvidence {
    QString path; // absolute
    QString
        display; // relative to the folder it was found under ("llm/train.py"), or "HF cache models--acme--x"
    qint64 line = 0; // 1-based; 0 for a cache folder
    int cell = 0;    // notebooks: the 1-based cell
    QString snippet; // the line, trimmed, anything token-like masked

    // "train.py:12", "explore.ipynb:40 (cell 3)", "HF cache models--acme--x".
    [[nodiscard]] QString text() const;
};

// One permission the new token should have, on one entity.
struct ScopeEntry {
    QString permission; // as the Hub names it (shared/FACTS.md): repo.content.read, repo.write, org.read, …
    QString entityType; // user, org, model, dataset, space (as whoami-v2's fineGrained.scoped[].entity)
    QString entityName; // "acme/llama-ft", "acme"; the owner's name (or empty, when unknown) for user
    bool gated = false; // a gated repository (its cached model card says so)
    QList<ScopeEvidence> evidence; // the first few places
    int uses = 0;                  // every place seen
    QString reason;                // "read because train.py:12 loads acme/llama-ft"

    // "repo.content.read on model acme/llama-ft".
    [[nodiscard]] QString describe() const;
};

struct ScopePlan {
    QList<ScopeEntry> entries;
    // The token creation page, with only the parameters known to work preselected (shared/FACTS.md:
    // tokenType=fineGrained and ownUserPermissions=inference.serverless.write).
    QString creationUrl;
    // What the person ticks by hand on that page, one line each: the page's other parameters are unconfirmed,
    // so they are left out of the link rather than guessed.
    QStringList byHand;
    bool needsGatedRepos = false; // gated repositories of others are read: "read gated repos" user permission
    // Plain facts for the person: repositories of others read without a permission, folders that could not
    // be read, limits reached.
    QStringList notes;
    int filesRead = 0;
    int filesSkipped = 0;   // too large, unreadable, or past a limit
    bool truncated = false; // stopped at the time, file or byte limit: the plan may miss something
};

struct ScopePlanOptions {
    QStringList folders; // the person's projects: code, notebooks, scripts, configuration
    QString hubCache;    // the Hugging Face hub cache (hubCacheFolder()); empty: not read
    // Who the token belongs to and the organisations they are in (from checking the old token), when known:
    // repositories elsewhere are others', and reading public ones needs no permission.
    QString owner;
    QStringList orgs;
    QString endpoint = QStringLiteral("https://huggingface.co"); // HF_ENDPOINT
    qint64 maxFileSize = qint64{2} << 20;
    qint64 maxTotalBytes = 256LL * 1024 * 1024;
    int maxFiles = 50000;
    int timeLimitMs = 30000;
    const std::atomic_bool* cancel = nullptr;
};

// $HF_HUB_CACHE, else $HF_HOME/hub (shared/FACTS.md "HF cache").
QString hubCacheFolder(const QProcessEnvironment& environment, const HuggingFacePaths& paths);

// Blocking, bounded by the options' limits (30 s by default): run it off the UI thread; `options.cancel`
// stops it early (the plan then says it is truncated).
ScopePlan planScopes(const ScopePlanOptions& options);

// How a new token's verified permissions compare with the plan.
struct ScopeComparison {
    QList<ScopeEntry> lacking; // planned, not granted: the code that needs it will fail
    QStringList beyond;        // granted, not planned: "repo.write on every repository of org acme"
    bool legacy = false;       // a classic read or write token: not fine-grained at all
    bool lacksGatedRepos = false;

    [[nodiscard]] bool broader() const { return legacy || !beyond.isEmpty(); }
    [[nodiscard]] bool sufficient() const { return lacking.isEmpty() && !lacksGatedRepos; }
    // One sentence per difference, for people.
    [[nodiscard]] QStringList summary() const;
};

ScopeComparison compare(const ScopePlan& plan, const CheckResult& token);

} // namespace keyscout
