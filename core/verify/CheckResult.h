// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>
#include <optional>

namespace keyscout {

// What an online check of one token found. Holds no secret: only what the provider said about the token.
struct CheckResult {
    enum class State {
        Valid,        // the provider accepted the token
        Invalid,      // 401 (for Google, 400 API_KEY_INVALID): invalid, expired or revoked
        Forbidden,    // 403: the token exists but was denied (an organisation's policy, a restricted key)
        RateLimited,  // 429: asked too often; retryAfterSeconds says when to ask again, if the provider did
        Timeout,      // no answer within the verifier's timeout
        NetworkError, // no usable answer: connection, TLS, an unexpected status, or a refused plain-HTTP URL
        Unsupported,  // no check exists for this provider
    };

    struct Scope {
        QString entityType; // user, org, model, dataset, space
        QString entityName;
        QStringList permissions; // repo.content.read, repo.write, … (shared/FACTS.md "whoami-v2")
        bool operator==(const Scope&) const = default;
    };
    struct Organisation {
        QString name;
        QString roleInOrg; // admin, write, contributor, read
        QString plan;
        bool operator==(const Organisation&) const = default;
    };

    State state = State::NetworkError;
    QString provider;    // the provider id of the rules: "huggingface", "openai", …
    QDateTime checkedAt; // UTC
    int httpStatus = 0;  // 0: no HTTP answer
    std::optional<int> retryAfterSeconds;
    QString message; // short, for people; never contains the token

    // Who the token acts as (whoami-v2 `name`, `fullname`, `type`; other providers what they say).
    QString ownerName;
    QString ownerFullName;
    QString ownerType; // user, org, app
    // The token itself (whoami-v2 `auth.accessToken`).
    QString displayName;
    QString role; // read, write, fineGrained
    QDateTime createdAt;
    QList<Scope> scoped;           // fine-grained per-entity permissions
    QStringList globalPermissions; // fine-grained global permissions; for GitHub, the classic token scopes
    bool canReadGatedRepos = false;
    QList<Organisation> orgs;

    [[nodiscard]] bool isLegacyHuggingFaceRole() const
    {
        return role == QLatin1String("read") || role == QLatin1String("write");
    }

    [[nodiscard]] QJsonObject toJson() const;
    static std::optional<CheckResult> fromJson(const QJsonObject& object);
    bool operator==(const CheckResult&) const = default;
};

// "valid", "invalid", "forbidden", "rate_limited", "timeout", "network_error", "unsupported".
QString checkStateName(CheckResult::State state);
std::optional<CheckResult::State> checkStateFromName(const QString& name);

} // namespace keyscout

Q_DECLARE_METATYPE(keyscout::CheckResult)
