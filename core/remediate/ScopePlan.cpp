// SPDX-License-Identifier: GPL-3.0-or-later
#include "ScopePlan.h"

#include "ScopeUseFinder.h"

#include <QCoreApplication>
#include <QDir>
#include <QMap>
#include <QSet>
#include <algorithm>

namespace keyscout {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("keyscout", text);
}

constexpr int kMaxEvidence = 3;

using detail::ScopeUse;
using Use = ScopeUse::Kind;
using Found = ScopeUse;

QString ownNamespaceOf(const QString& repoId)
{
    return repoId.section(QLatin1Char('/'), 0, 0);
}

QString entityWords(const QString& type, const QString& name)
{
    if (type == QLatin1String("user")) {
        return name.isEmpty() ? tr("your account") : tr("user %1").arg(name);
    }
    return QStringLiteral("%1 %2").arg(type, name);
}

QString creationUrl(const ScopePlanOptions& options, bool inference)
{
    QString base = options.endpoint;
    while (base.endsWith(QLatin1Char('/'))) {
        base.chop(1);
    }
    QString url = base + QStringLiteral("/settings/tokens/new?tokenType=fineGrained");
    if (inference) {
        url += QStringLiteral("&ownUserPermissions=inference.serverless.write");
    }
    return url;
}

} // namespace

QString ScopeEvidence::text() const
{
    if (line <= 0) {
        return display;
    }
    QString out = display + QLatin1Char(':') + QString::number(line);
    if (cell > 0) {
        out += QCoreApplication::translate("keyscout::ScopeEvidence", " (cell %1)").arg(cell);
    }
    return out;
}

QString ScopeEntry::describe() const
{
    return QCoreApplication::translate("keyscout::ScopeEntry", "%1 on %2")
        .arg(permission, entityWords(entityType, entityName));
}

QString hubCacheFolder(const QProcessEnvironment& environment, const HuggingFacePaths& paths)
{
    const QString hub = environment.value(QStringLiteral("HF_HUB_CACHE"));
    return QDir::cleanPath(hub.isEmpty() ? paths.home + QStringLiteral("/hub") : hub);
}

ScopePlan planScopes(const ScopePlanOptions& options)
{
    ScopePlan plan;
    const detail::ScopeUses collector = detail::findScopeUses(options, plan);

    const bool ownerKnown = !options.owner.isEmpty();
    QSet<QString> mine{options.owner};
    for (const QString& org : options.orgs) {
        mine.insert(org);
    }
    // One entry per (permission, entity); the first place seen explains it.
    QMap<QString, ScopeEntry> entries;
    QMap<QString, QStringList> othersRead; // namespace → repositories of others read (public: no permission)
    QSet<QString> writtenNamespaces;
    QStringList gatedOthers;
    auto addUse = [&](const QString& permission, const QString& type, const QString& name, const Found& f,
                      const QString& reason) {
        const QString key = permission + QLatin1Char(' ') + type + QLatin1Char(' ') + name;
        ScopeEntry& e = entries[key];
        if (e.permission.isEmpty()) {
            e.permission = permission;
            e.entityType = type;
            e.entityName = name;
            e.reason = reason;
        }
        ++e.uses;
        if (e.evidence.size() < kMaxEvidence) {
            e.evidence << f.evidence;
        }
        return &e;
    };
    for (const Found& f : collector.uses) {
        const QString where = f.evidence.text();
        if (f.use == Use::Inference) {
            addUse(QStringLiteral("inference.serverless.write"), QStringLiteral("user"), options.owner, f,
                   tr("inference because %1 %2").arg(where, f.verb));
            continue;
        }
        const QString ns = ownNamespaceOf(f.repoId);
        const bool gated = collector.isGated(f.repoType, f.repoId);
        if (f.use == Use::Read && ownerKnown && !mine.contains(ns)) {
            // Someone else's repository: public ones are readable by any token; a gated one needs the
            // "read gated repositories" user permission, which only the page's checkbox gives.
            if (gated) {
                if (!gatedOthers.contains(f.repoId)) {
                    gatedOthers << f.repoId;
                }
            } else if (!othersRead[ns].contains(f.repoId)) {
                othersRead[ns] << f.repoId;
            }
            continue;
        }
        if (f.use == Use::Write) {
            writtenNamespaces.insert(ns);
            addUse(QStringLiteral("repo.write"), f.repoType, f.repoId, f,
                   tr("write because %1 %2 %3").arg(where, f.verb, f.repoId));
        } else {
            ScopeEntry* e = addUse(QStringLiteral("repo.content.read"), f.repoType, f.repoId, f,
                                   tr("read because %1 %2 %3").arg(where, f.verb, f.repoId));
            e->gated = e->gated || gated;
        }
    }
    // Organisations: where the person writes, or a known membership whose repositories the code uses.
    QSet<QString> usedNamespaces;
    for (const ScopeEntry& e : std::as_const(entries)) {
        if (e.entityType != QLatin1String("user")) {
            usedNamespaces.insert(ownNamespaceOf(e.entityName));
        }
    }
    for (const QString& ns : std::as_const(usedNamespaces)) {
        // Only an organisation can be written to besides the owner's own namespace.
        const bool member = options.orgs.contains(ns) ||
                            (ownerKnown && ns != options.owner && writtenNamespaces.contains(ns));
        if (!member) {
            continue;
        }
        // The first entry in that organisation explains it.
        for (const ScopeEntry& e : std::as_const(entries)) {
            if (e.entityType != QLatin1String("user") && ownNamespaceOf(e.entityName) == ns &&
                e.permission != QLatin1String("org.read")) {
                Found f;
                f.evidence = e.evidence.value(0);
                addUse(QStringLiteral("org.read"), QStringLiteral("org"), ns, f,
                       tr("org.read because the token works with %1's repositories (%2)")
                           .arg(ns, f.evidence.text()));
                break;
            }
        }
    }

    // Writes first, then reads, inference, organisations; by name within each.
    auto rank = [](const ScopeEntry& e) {
        if (e.permission == QLatin1String("repo.write")) {
            return 0;
        }
        if (e.permission == QLatin1String("repo.content.read")) {
            return 1;
        }
        return e.permission == QLatin1String("inference.serverless.write") ? 2 : 3;
    };
    plan.entries = entries.values();
    std::stable_sort(plan.entries.begin(), plan.entries.end(), [&](const ScopeEntry& a, const ScopeEntry& b) {
        return rank(a) != rank(b) ? rank(a) < rank(b) : a.entityName < b.entityName;
    });

    bool inference = false;
    for (const ScopeEntry& e : std::as_const(plan.entries)) {
        if (e.permission == QLatin1String("inference.serverless.write")) {
            inference = true; // preselected by the link: the one parameter the Hub documents
        } else {
            plan.byHand << e.describe();
        }
        if (e.gated) {
            plan.needsGatedRepos = true;
        }
    }
    if (!gatedOthers.isEmpty()) {
        plan.needsGatedRepos = true;
        plan.notes << tr("Gated repositories of others are read (%1): access to them comes with the user "
                         "permission to read gated repositories you can access.")
                          .arg(gatedOthers.join(QLatin1String(", ")));
    }
    if (plan.needsGatedRepos) {
        plan.byHand << tr("Read access to contents of all public gated repos you can access");
    }
    plan.creationUrl = creationUrl(options, inference);
    if (!ownerKnown) {
        plan.notes << tr("Check the old token first to tell your repositories from others' and to find your "
                         "organisations: until then every repository used is listed.");
    }
    if (!plan.byHand.isEmpty()) {
        plan.notes.prepend(
            tr("The link preselects only what the Hub documents for it; tick the rest on the page "
               "by hand (listed below)."));
    }
    for (auto it = othersRead.cbegin(); it != othersRead.cend(); ++it) {
        plan.notes
            << tr("Public repositories of %1 are read (%2): any token reads them, no permission needed.")
                   .arg(it.key(), it.value().join(QLatin1String(", ")));
    }
    if (plan.filesSkipped > 0) {
        plan.notes << QCoreApplication::translate(
            "ScopePlan", "%n file(s) were not read (too large or unreadable).", nullptr, plan.filesSkipped);
    }
    return plan;
}

namespace {

bool isRepoType(const QString& type)
{
    return type == QLatin1String("model") || type == QLatin1String("dataset") ||
           type == QLatin1String("space");
}

bool grants(const CheckResult& token, const ScopeEntry& wanted)
{
    if (token.role == QLatin1String("write")) {
        return true;
    }
    if (token.role == QLatin1String("read")) {
        return wanted.permission.endsWith(QLatin1String(".read"));
    }
    if (token.globalPermissions.contains(wanted.permission)) {
        return true;
    }
    const auto grantedBy = [&](const CheckResult::Scope& s) {
        if (!s.permissions.contains(wanted.permission)) {
            return false;
        }
        if (s.entityType == wanted.entityType &&
            (s.entityName == wanted.entityName ||
             (wanted.entityType == QLatin1String("user") && wanted.entityName.isEmpty()))) {
            return true;
        }
        // A permission on a user or organisation covers every repository in it.
        return isRepoType(wanted.entityType) &&
               (s.entityType == QLatin1String("user") || s.entityType == QLatin1String("org")) &&
               s.entityName == ownNamespaceOf(wanted.entityName);
    };
    return std::any_of(token.scoped.begin(), token.scoped.end(), grantedBy);
}

} // namespace

ScopeComparison compare(const ScopePlan& plan, const CheckResult& token)
{
    ScopeComparison out;
    out.legacy = token.isLegacyHuggingFaceRole();
    for (const ScopeEntry& e : plan.entries) {
        if (!grants(token, e)) {
            out.lacking << e;
        }
    }
    out.lacksGatedRepos = plan.needsGatedRepos && !token.canReadGatedRepos &&
                          token.role != QLatin1String("write") && token.role != QLatin1String("read");
    if (out.legacy) {
        out.beyond << tr("a classic %1 token: it acts on everything the account can reach").arg(token.role);
        return out;
    }
    for (const CheckResult::Scope& s : token.scoped) {
        for (const QString& permission : s.permissions) {
            const bool wholeNamespace =
                (s.entityType == QLatin1String("user") || s.entityType == QLatin1String("org")) &&
                permission.startsWith(QLatin1String("repo."));
            bool planned = false;
            for (const ScopeEntry& e : plan.entries) {
                if (e.permission == permission && e.entityType == s.entityType &&
                    (e.entityName == s.entityName ||
                     (e.entityType == QLatin1String("user") && e.entityName.isEmpty()))) {
                    planned = true;
                    break;
                }
            }
            if (planned) {
                continue;
            }
            if (wholeNamespace) {
                out.beyond << tr("%1 on every repository of %2")
                                  .arg(permission, entityWords(s.entityType, s.entityName));
            } else {
                out.beyond << tr("%1 on %2").arg(permission, entityWords(s.entityType, s.entityName));
            }
        }
    }
    for (const QString& permission : token.globalPermissions) {
        out.beyond << tr("%1 (global)").arg(permission);
    }
    if (token.canReadGatedRepos && !plan.needsGatedRepos) {
        out.beyond << tr("reading every gated repository the account can access");
    }
    return out;
}

QStringList ScopeComparison::summary() const
{
    QStringList out;
    for (const QString& b : beyond) {
        out << QCoreApplication::translate("keyscout::ScopeComparison", "Broader than needed: %1.").arg(b);
    }
    for (const ScopeEntry& e : lacking) {
        out << QCoreApplication::translate("keyscout::ScopeComparison", "Missing: %1 (%2).")
                   .arg(e.describe(), e.reason);
    }
    if (lacksGatedRepos) {
        out << QCoreApplication::translate("keyscout::ScopeComparison",
                                           "Missing: read access to gated repositories you can access.");
    }
    return out;
}

} // namespace keyscout
