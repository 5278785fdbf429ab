// SPDX-License-Identifier: GPL-3.0-or-later
#include "CheckResult.h"

#include <QJsonArray>

#include <array>

namespace keyscout {

namespace {

constexpr std::array<const char*, 7> kStateNames{"valid",   "invalid",       "forbidden",  "rate_limited",
                                                 "timeout", "network_error", "unsupported"};

QJsonArray stringArray(const QStringList& list)
{
    return QJsonArray::fromStringList(list);
}

QStringList stringList(const QJsonValue& value)
{
    QStringList out;
    const QJsonArray array = value.toArray();
    for (const auto& v : array) {
        out.append(v.toString());
    }
    return out;
}

QString dateText(const QDateTime& time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QDateTime dateFrom(const QJsonValue& value)
{
    QDateTime time = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
    return time.isValid() ? time.toUTC() : QDateTime();
}

} // namespace

QString checkStateName(CheckResult::State state)
{
    return QString::fromLatin1(kStateNames.at(static_cast<size_t>(state)));
}

std::optional<CheckResult::State> checkStateFromName(const QString& name)
{
    for (size_t i = 0; i < kStateNames.size(); ++i) {
        if (name == QLatin1String(kStateNames.at(i))) {
            return static_cast<CheckResult::State>(i);
        }
    }
    return std::nullopt;
}

QJsonObject CheckResult::toJson() const
{
    QJsonObject o{{QStringLiteral("state"), checkStateName(state)},
                  {QStringLiteral("provider"), provider},
                  {QStringLiteral("checked_at"), dateText(checkedAt)},
                  {QStringLiteral("http_status"), httpStatus},
                  {QStringLiteral("message"), message}};
    if (retryAfterSeconds) {
        o.insert(QStringLiteral("retry_after_seconds"), *retryAfterSeconds);
    }
    o.insert(QStringLiteral("owner"), QJsonObject{{QStringLiteral("name"), ownerName},
                                                  {QStringLiteral("fullname"), ownerFullName},
                                                  {QStringLiteral("type"), ownerType}});
    o.insert(QStringLiteral("token"), QJsonObject{{QStringLiteral("display_name"), displayName},
                                                  {QStringLiteral("role"), role},
                                                  {QStringLiteral("created_at"), dateText(createdAt)}});
    QJsonArray scopes;
    for (const Scope& s : scoped) {
        scopes.append(
            QJsonObject{{QStringLiteral("entity"), QJsonObject{{QStringLiteral("type"), s.entityType},
                                                               {QStringLiteral("name"), s.entityName}}},
                        {QStringLiteral("permissions"), stringArray(s.permissions)}});
    }
    o.insert(QStringLiteral("fine_grained"),
             QJsonObject{{QStringLiteral("scoped"), scopes},
                         {QStringLiteral("global"), stringArray(globalPermissions)},
                         {QStringLiteral("can_read_gated_repos"), canReadGatedRepos}});
    QJsonArray orgArray;
    for (const Organisation& org : orgs) {
        orgArray.append(QJsonObject{{QStringLiteral("name"), org.name},
                                    {QStringLiteral("role_in_org"), org.roleInOrg},
                                    {QStringLiteral("plan"), org.plan}});
    }
    o.insert(QStringLiteral("orgs"), orgArray);
    return o;
}

std::optional<CheckResult> CheckResult::fromJson(const QJsonObject& o)
{
    const std::optional<State> state = checkStateFromName(o.value(QStringLiteral("state")).toString());
    if (!state) {
        return std::nullopt;
    }
    CheckResult r;
    r.state = *state;
    r.provider = o.value(QStringLiteral("provider")).toString();
    r.checkedAt = dateFrom(o.value(QStringLiteral("checked_at")));
    r.httpStatus = o.value(QStringLiteral("http_status")).toInt();
    r.message = o.value(QStringLiteral("message")).toString();
    if (o.contains(QStringLiteral("retry_after_seconds"))) {
        r.retryAfterSeconds = o.value(QStringLiteral("retry_after_seconds")).toInt();
    }
    const QJsonObject owner = o.value(QStringLiteral("owner")).toObject();
    r.ownerName = owner.value(QStringLiteral("name")).toString();
    r.ownerFullName = owner.value(QStringLiteral("fullname")).toString();
    r.ownerType = owner.value(QStringLiteral("type")).toString();
    const QJsonObject token = o.value(QStringLiteral("token")).toObject();
    r.displayName = token.value(QStringLiteral("display_name")).toString();
    r.role = token.value(QStringLiteral("role")).toString();
    r.createdAt = dateFrom(token.value(QStringLiteral("created_at")));
    const QJsonObject fineGrained = o.value(QStringLiteral("fine_grained")).toObject();
    const QJsonArray scopes = fineGrained.value(QStringLiteral("scoped")).toArray();
    for (const auto& v : scopes) {
        const QJsonObject entity = v[QStringLiteral("entity")].toObject();
        r.scoped.append(Scope{entity.value(QStringLiteral("type")).toString(),
                              entity.value(QStringLiteral("name")).toString(),
                              stringList(v[QStringLiteral("permissions")])});
    }
    r.globalPermissions = stringList(fineGrained.value(QStringLiteral("global")));
    r.canReadGatedRepos = fineGrained.value(QStringLiteral("can_read_gated_repos")).toBool();
    const QJsonArray orgs = o.value(QStringLiteral("orgs")).toArray();
    for (const auto& v : orgs) {
        r.orgs.append(Organisation{v[QStringLiteral("name")].toString(),
                                   v[QStringLiteral("role_in_org")].toString(),
                                   v[QStringLiteral("plan")].toString()});
    }
    return r;
}

} // namespace keyscout
