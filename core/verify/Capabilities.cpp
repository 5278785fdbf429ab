// SPDX-License-Identifier: GPL-3.0-or-later
#include "Capabilities.h"

#include "CheckProviders.h"

#include <QCoreApplication>

namespace keyscout {

namespace {

// Every sentence is translated in the context "Capabilities".
class Capabilities {
    Q_DECLARE_TR_FUNCTIONS(Capabilities)
};

QString nameList(const QStringList& names)
{
    return names.join(QStringLiteral(", "));
}

bool isRepositoryEntity(const QString& type)
{
    return type == QLatin1String("model") || type == QLatin1String("dataset") ||
           type == QLatin1String("space");
}

// The thing a repository permission applies to: a repository, or all of a user's or organisation's.
QString repositoriesOf(const CheckResult::Scope& scope, const CheckResult& result)
{
    if (scope.entityType == QLatin1String("model")) {
        return Capabilities::tr("model %1").arg(scope.entityName);
    }
    if (scope.entityType == QLatin1String("dataset")) {
        return Capabilities::tr("dataset %1").arg(scope.entityName);
    }
    if (scope.entityType == QLatin1String("space")) {
        return Capabilities::tr("Space %1").arg(scope.entityName);
    }
    if (scope.entityType == QLatin1String("org")) {
        return Capabilities::tr("the models, datasets and Spaces of organisation %1").arg(scope.entityName);
    }
    if (scope.entityName == result.ownerName) {
        return Capabilities::tr("your models, datasets and Spaces");
    }
    return Capabilities::tr("the models, datasets and Spaces of %1").arg(scope.entityName);
}

// The account a non-repository permission applies to.
QString account(const CheckResult::Scope& scope, const CheckResult& result)
{
    if (scope.entityType == QLatin1String("org")) {
        return Capabilities::tr("organisation %1").arg(scope.entityName);
    }
    if (scope.entityType == QLatin1String("user") && scope.entityName == result.ownerName) {
        return Capabilities::tr("your account");
    }
    return Capabilities::tr("%1 %2").arg(scope.entityType, scope.entityName);
}

// One fine-grained permission (names from shared/FACTS.md "whoami-v2") on one entity, in words.
QString scopeSentence(const QString& permission, const CheckResult::Scope& scope, const CheckResult& result)
{
    const QString repos = repositoriesOf(scope, result);
    const QString who = account(scope, result);
    if (permission == QLatin1String("repo.write")) {
        return Capabilities::tr("Can push to %1").arg(repos);
    }
    if (permission == QLatin1String("repo.content.read")) {
        return Capabilities::tr("Can download %1, private ones included").arg(repos);
    }
    if (permission == QLatin1String("discussion.write")) {
        return Capabilities::tr("Can open discussions and pull requests on %1").arg(repos);
    }
    if (isRepositoryEntity(scope.entityType)) {
        return Capabilities::tr("Has permission %1 on %2").arg(permission, repos);
    }
    if (permission == QLatin1String("org.read")) {
        return Capabilities::tr("Can read the settings and members of %1").arg(who);
    }
    if (permission == QLatin1String("org.write")) {
        return Capabilities::tr("Can change the settings of %1").arg(who);
    }
    if (permission == QLatin1String("collection.read")) {
        return Capabilities::tr("Can read the collections of %1").arg(who);
    }
    if (permission == QLatin1String("collection.write")) {
        return Capabilities::tr("Can change the collections of %1").arg(who);
    }
    if (permission == QLatin1String("inference.serverless.write")) {
        return Capabilities::tr("Can make Inference Provider calls billed to %1").arg(who);
    }
    if (permission == QLatin1String("inference.endpoints.infer.write")) {
        return Capabilities::tr("Can call the Inference Endpoints of %1").arg(who);
    }
    if (permission == QLatin1String("inference.endpoints.write")) {
        return Capabilities::tr("Can create, change and delete the Inference Endpoints of %1").arg(who);
    }
    if (permission == QLatin1String("user.webhooks.read")) {
        return Capabilities::tr("Can read the webhooks of %1").arg(who);
    }
    if (permission == QLatin1String("user.webhooks.write")) {
        return Capabilities::tr("Can create and change the webhooks of %1").arg(who);
    }
    if (permission == QLatin1String("user.billing.read")) {
        return Capabilities::tr("Can read the billing of %1").arg(who);
    }
    return Capabilities::tr("Has permission %1 on %2").arg(permission, who);
}

QString globalSentence(const QString& permission)
{
    if (permission == QLatin1String("discussion.write")) {
        return Capabilities::tr("Can open discussions and pull requests on any repository you can see");
    }
    if (permission == QLatin1String("post.write")) {
        return Capabilities::tr("Can publish posts as you");
    }
    return Capabilities::tr("Has the global permission %1").arg(permission);
}

QStringList orgNames(const CheckResult& result, bool writersOnly)
{
    QStringList names;
    for (const CheckResult::Organisation& org : result.orgs) {
        const bool writer =
            org.roleInOrg == QLatin1String("admin") || org.roleInOrg == QLatin1String("write");
        if (!writersOnly || writer) {
            names.append(org.name);
        }
    }
    return names;
}

QStringList huggingFaceCapabilities(const CheckResult& r)
{
    QStringList out;
    if (r.ownerType == QLatin1String("org")) {
        out.append(Capabilities::tr("Acts as organisation %1").arg(r.ownerName));
    }
    if (r.role == QLatin1String("write")) {
        const QStringList writable = orgNames(r, true);
        if (writable.isEmpty()) {
            out.append(Capabilities::tr("Can write (push) to your models, datasets and Spaces"));
        } else if (writable.size() == 1) {
            out.append(
                Capabilities::tr("Can write (push) to your models, datasets and Spaces and to those of the "
                                 "organisation where you have write access: %1")
                    .arg(writable.constFirst()));
        } else {
            out.append(
                Capabilities::tr("Can write (push) to your models, datasets and Spaces and to those of %n "
                                 "organisations where you have write access: %1",
                                 nullptr, static_cast<int>(writable.size()))
                    .arg(nameList(writable)));
        }
        out.append(Capabilities::tr("Can download your private and gated repositories"));
    } else if (r.role == QLatin1String("read")) {
        out.append(Capabilities::tr("Read-only: can download your private and gated repositories"));
    }
    if (r.isLegacyHuggingFaceRole()) {
        const QStringList all = orgNames(r, false);
        if (all.size() == 1) {
            out.append(Capabilities::tr(
                           "Can download the private repositories of the organisation you belong to: %1")
                           .arg(all.constFirst()));
        } else if (!all.isEmpty()) {
            out.append(Capabilities::tr(
                           "Can download the private repositories of %n organisations you belong to: %1",
                           nullptr, static_cast<int>(all.size()))
                           .arg(nameList(all)));
        }
    }
    for (const CheckResult::Scope& scope : r.scoped) {
        for (const QString& permission : scope.permissions) {
            out.append(scopeSentence(permission, scope, r));
        }
    }
    for (const QString& permission : r.globalPermissions) {
        out.append(globalSentence(permission));
    }
    if (r.role == QLatin1String("fineGrained") && r.canReadGatedRepos) {
        out.append(Capabilities::tr("Can download the gated repositories you have been granted access to"));
    }
    if (r.role == QLatin1String("fineGrained") && out.isEmpty()) {
        out.append(Capabilities::tr("Fine-grained token without permissions: it can only say who you are"));
    }
    if (r.isLegacyHuggingFaceRole()) {
        out.append(Capabilities::tr("Legacy token (%1 role): reissue it as fine-grained").arg(r.role));
    }
    return out;
}

} // namespace

QStringList capabilities(const CheckResult& result)
{
    if (result.state != CheckResult::State::Valid) {
        return {};
    }
    if (result.provider == QLatin1String("huggingface")) {
        return huggingFaceCapabilities(result);
    }
    const CheckProvider* provider = findCheckProvider(result.provider);
    const QString name = provider != nullptr ? provider->name : result.provider;
    QStringList out;
    out.append(result.ownerName.isEmpty()
                   ? Capabilities::tr("Can use the %1 API").arg(name)
                   : Capabilities::tr("Can use the %1 API as %2").arg(name, result.ownerName));
    if (result.provider == QLatin1String("github") && !result.globalPermissions.isEmpty()) {
        out.append(Capabilities::tr("Token scopes: %1").arg(nameList(result.globalPermissions)));
    } else if (!result.globalPermissions.isEmpty()) {
        out.append(Capabilities::tr("Permissions: %1").arg(nameList(result.globalPermissions)));
    }
    const QStringList orgs = orgNames(result, false);
    if (!orgs.isEmpty()) {
        out.append(Capabilities::tr("Member of: %1").arg(nameList(orgs)));
    }
    return out;
}

QString checkSummary(const CheckResult& r)
{
    using State = CheckResult::State;
    switch (r.state) {
    case State::Valid: {
        QStringList parts;
        if (!r.ownerName.isEmpty()) {
            parts.append(r.ownerFullName.isEmpty() || r.ownerFullName == r.ownerName
                             ? Capabilities::tr("acts as %1").arg(r.ownerName)
                             : Capabilities::tr("acts as %1 (%2)").arg(r.ownerName, r.ownerFullName));
        }
        if (!r.displayName.isEmpty()) {
            parts.append(Capabilities::tr("token \u201c%1\u201d").arg(r.displayName));
        }
        if (!r.role.isEmpty()) {
            parts.append(Capabilities::tr("role %1").arg(r.role));
        }
        if (r.createdAt.isValid()) {
            parts.append(Capabilities::tr("created %1").arg(r.createdAt.toString(Qt::ISODate)));
        }
        return parts.isEmpty() ? Capabilities::tr("Valid")
                               : Capabilities::tr("Valid: %1").arg(parts.join(QStringLiteral(", ")));
    }
    case State::Invalid:
        return Capabilities::tr("Invalid, expired or revoked (HTTP %1)").arg(r.httpStatus);
    case State::Forbidden:
        return Capabilities::tr("Exists but was denied (HTTP 403)");
    case State::RateLimited:
        return r.retryAfterSeconds
                   ? Capabilities::tr("Rate limited: ask again in %1 s").arg(*r.retryAfterSeconds)
                   : Capabilities::tr("Rate limited: ask again later");
    case State::Timeout:
        return Capabilities::tr("No answer in time");
    case State::NetworkError:
        return r.message.isEmpty() ? Capabilities::tr("Not checked: network error")
                                   : Capabilities::tr("Not checked: %1").arg(r.message);
    case State::Unsupported:
        return Capabilities::tr("No online check exists for this provider");
    }
    return {};
}

} // namespace keyscout
