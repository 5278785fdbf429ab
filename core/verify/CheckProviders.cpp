// SPDX-License-Identifier: GPL-3.0-or-later
#include "CheckProviders.h"

#include <QJsonArray>
#include <QJsonObject>

namespace keyscout {

namespace {

QString text(const QJsonObject& o, const char* key)
{
    return o.value(QLatin1String(key)).toString();
}

QStringList strings(const QJsonValue& value)
{
    QStringList out;
    const QJsonArray array = value.toArray();
    for (const auto& v : array) {
        if (v.isString()) {
            out.append(v.toString());
        }
    }
    return out;
}

// OpenAI GET /v1/me: the user behind the key and their organisations.
void parseOpenAi(const QJsonDocument& body, const QHash<QByteArray, QByteArray>& /*headers*/, CheckResult& r)
{
    const QJsonObject o = body.object();
    r.ownerName = text(o, "name").isEmpty() ? text(o, "email") : text(o, "name");
    r.ownerType = text(o, "object");
    const QJsonArray orgs =
        o.value(QStringLiteral("orgs")).toObject().value(QStringLiteral("data")).toArray();
    for (const auto& v : orgs) {
        const QJsonObject org = v.toObject();
        r.orgs.append({text(org, "title").isEmpty() ? text(org, "name") : text(org, "title"),
                       text(org, "role"), QString()});
    }
}

// GitHub GET /user: the login, and for classic tokens the scopes in X-OAuth-Scopes.
void parseGitHub(const QJsonDocument& body, const QHash<QByteArray, QByteArray>& headers, CheckResult& r)
{
    const QJsonObject o = body.object();
    r.ownerName = text(o, "login");
    r.ownerFullName = text(o, "name");
    r.ownerType = text(o, "type").toLower();
    const QString scopes = QString::fromLatin1(headers.value("x-oauth-scopes")).trimmed();
    if (!scopes.isEmpty()) {
        for (const QString& scope : scopes.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            r.globalPermissions.append(scope.trimmed());
        }
    }
}

// OpenRouter GET /api/v1/key: the key's label.
void parseOpenRouter(const QJsonDocument& body, const QHash<QByteArray, QByteArray>& /*headers*/,
                     CheckResult& r)
{
    r.displayName = text(body.object().value(QStringLiteral("data")).toObject(), "label");
}

// xAI GET /v1/api-key: the key's name and access rules.
void parseXai(const QJsonDocument& body, const QHash<QByteArray, QByteArray>& /*headers*/, CheckResult& r)
{
    const QJsonObject o = body.object();
    r.displayName = text(o, "name");
    r.globalPermissions = strings(o.value(QStringLiteral("acls")));
}

// Replicate GET /v1/account: the account the token belongs to.
void parseReplicate(const QJsonDocument& body, const QHash<QByteArray, QByteArray>& /*headers*/,
                    CheckResult& r)
{
    const QJsonObject o = body.object();
    r.ownerName = text(o, "username");
    r.ownerFullName = text(o, "name");
    r.ownerType = text(o, "type");
}

QList<CheckProvider> makeProviders()
{
    const QByteArray authorization("Authorization");
    return {
        {QStringLiteral("huggingface"),
         QStringLiteral("Hugging Face"),
         QStringLiteral("huggingface.whoami_v2"),
         QStringLiteral("https://huggingface.co"),
         QStringLiteral("/api/whoami-v2"),
         authorization,
         {},
         false,
         parseWhoAmIV2},
        {QStringLiteral("openai"),
         QStringLiteral("OpenAI"),
         QStringLiteral("openai.me"),
         QStringLiteral("https://api.openai.com"),
         QStringLiteral("/v1/me"),
         authorization,
         {},
         false,
         parseOpenAi},
        {QStringLiteral("anthropic"),
         QStringLiteral("Anthropic"),
         QStringLiteral("anthropic.models"),
         QStringLiteral("https://api.anthropic.com"),
         QStringLiteral("/v1/models"),
         "x-api-key",
         {{"anthropic-version", "2023-06-01"}},
         false,
         nullptr},
        // GitHub refuses requests without a User-Agent.
        {QStringLiteral("github"),
         QStringLiteral("GitHub"),
         QStringLiteral("github.user"),
         QStringLiteral("https://api.github.com"),
         QStringLiteral("/user"),
         authorization,
         {{"Accept", "application/vnd.github+json"}, {"X-GitHub-Api-Version", "2022-11-28"}},
         false,
         parseGitHub},
        {QStringLiteral("groq"),
         QStringLiteral("Groq"),
         QStringLiteral("groq.models"),
         QStringLiteral("https://api.groq.com"),
         QStringLiteral("/openai/v1/models"),
         authorization,
         {},
         false,
         nullptr},
        {QStringLiteral("openrouter"),
         QStringLiteral("OpenRouter"),
         QStringLiteral("openrouter.key"),
         QStringLiteral("https://openrouter.ai"),
         QStringLiteral("/api/v1/key"),
         authorization,
         {},
         false,
         parseOpenRouter},
        {QStringLiteral("xai"),
         QStringLiteral("xAI"),
         QStringLiteral("xai.api_key"),
         QStringLiteral("https://api.x.ai"),
         QStringLiteral("/v1/api-key"),
         authorization,
         {},
         false,
         parseXai},
        {QStringLiteral("replicate"),
         QStringLiteral("Replicate"),
         QStringLiteral("replicate.account"),
         QStringLiteral("https://api.replicate.com"),
         QStringLiteral("/v1/account"),
         authorization,
         {},
         false,
         parseReplicate},
        {QStringLiteral("google"),
         QStringLiteral("Google"),
         QStringLiteral("google.generative_language"),
         QStringLiteral("https://generativelanguage.googleapis.com"),
         QStringLiteral("/v1/models"),
         "x-goog-api-key",
         {},
         true,
         nullptr},
        {QStringLiteral("langsmith"),
         QStringLiteral("LangSmith"),
         QStringLiteral("langsmith.api_key"),
         QStringLiteral("https://api.smith.langchain.com"),
         QStringLiteral("/api/v1/api-key"),
         "x-api-key",
         {},
         false,
         nullptr},
        {QStringLiteral("pinecone"),
         QStringLiteral("Pinecone"),
         QStringLiteral("pinecone.indexes"),
         QStringLiteral("https://api.pinecone.io"),
         QStringLiteral("/indexes"),
         "Api-Key",
         {{"X-Pinecone-API-Version", "2024-07"}},
         false,
         nullptr},
    };
}

} // namespace

QByteArray CheckProvider::keyHeaderValue(const QByteArray& token) const
{
    return keyHeader == "Authorization" ? QByteArray("Bearer ") + token : token;
}

const QList<CheckProvider>& checkProviders()
{
    static const QList<CheckProvider> providers = makeProviders();
    return providers;
}

const CheckProvider* findCheckProvider(const QString& providerOrVerifierId)
{
    for (const CheckProvider& p : checkProviders()) {
        if (p.id == providerOrVerifierId || p.verifierId == providerOrVerifierId) {
            return &p;
        }
    }
    return nullptr;
}

void parseWhoAmIV2(const QJsonDocument& body, const QHash<QByteArray, QByteArray>& /*headers*/,
                   CheckResult& r)
{
    const QJsonObject o = body.object();
    r.ownerName = text(o, "name");
    r.ownerFullName = text(o, "fullname");
    r.ownerType = text(o, "type");
    const QJsonArray orgs = o.value(QStringLiteral("orgs")).toArray();
    for (const auto& v : orgs) {
        const QJsonObject org = v.toObject();
        r.orgs.append({text(org, "name"), text(org, "roleInOrg"), text(org, "plan")});
    }
    const QJsonObject token =
        o.value(QStringLiteral("auth")).toObject().value(QStringLiteral("accessToken")).toObject();
    r.displayName = text(token, "displayName");
    r.role = text(token, "role");
    const QDateTime created = QDateTime::fromString(text(token, "createdAt"), Qt::ISODateWithMs);
    r.createdAt = created.isValid() ? created.toUTC() : QDateTime();
    const QJsonObject fineGrained = token.value(QStringLiteral("fineGrained")).toObject();
    const QJsonArray scoped = fineGrained.value(QStringLiteral("scoped")).toArray();
    for (const auto& v : scoped) {
        const QJsonObject entity = v[QStringLiteral("entity")].toObject();
        r.scoped.append(
            {text(entity, "type"), text(entity, "name"), strings(v[QStringLiteral("permissions")])});
    }
    r.globalPermissions = strings(fineGrained.value(QStringLiteral("global")));
    r.canReadGatedRepos = fineGrained.value(QStringLiteral("canReadGatedRepos")).toBool();
}

} // namespace keyscout
