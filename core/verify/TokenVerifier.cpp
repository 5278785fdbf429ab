// SPDX-License-Identifier: GPL-3.0-or-later
#include "TokenVerifier.h"

#include "CheckProviders.h"

#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>

#include <algorithm>

namespace keyscout {

Q_LOGGING_CATEGORY(lcVerify, "keyscout.verify", QtInfoMsg)

namespace {

constexpr qsizetype kMaxServerMessage = 200;

// Only what a header can carry: printable ASCII without spaces. Anything else is not a token the matcher
// found, and could split the header.
bool isHeaderSafe(const QByteArray& token)
{
    return !token.isEmpty() &&
           std::all_of(token.cbegin(), token.cend(), [](char c) { return c > 0x20 && c < 0x7f; });
}

bool isLoopbackHost(const QString& host)
{
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0) {
        return true;
    }
    const QHostAddress address(host);
    return address == QHostAddress(QHostAddress::LocalHost) ||
           address == QHostAddress(QHostAddress::LocalHostIPv6);
}

QUrl joined(const QUrl& endpoint, const QString& path)
{
    QUrl url = endpoint;
    QString prefix = endpoint.path();
    while (prefix.endsWith(QLatin1Char('/'))) {
        prefix.chop(1);
    }
    url.setPath(prefix + path);
    url.setQuery(QString());
    url.setFragment(QString());
    return url;
}

QString logUrl(const QUrl& url)
{
    return url.toDisplayString(QUrl::RemoveUserInfo | QUrl::RemoveQuery | QUrl::RemoveFragment);
}

std::optional<int> retryAfter(const QByteArray& value)
{
    const QByteArray trimmed = value.trimmed();
    if (trimmed.isEmpty()) {
        return std::nullopt;
    }
    bool ok = false;
    const int seconds = trimmed.toInt(&ok);
    if (ok && seconds >= 0) {
        return seconds;
    }
    // The other form RFC 9110 allows: an HTTP date.
    const QDateTime when = QDateTime::fromString(QString::fromLatin1(trimmed), Qt::RFC2822Date);
    if (when.isValid()) {
        return static_cast<int>(std::max<qint64>(0, QDateTime::currentDateTimeUtc().secsTo(when)));
    }
    return std::nullopt;
}

// The server's own explanation ({"error": "..."} on the Hub, {"error": {"message": ...}} elsewhere), short,
// on one line, and with the token cut out should a server ever echo it.
QString serverMessage(const QByteArray& body, const QByteArray& token)
{
    const QJsonObject o = QJsonDocument::fromJson(body).object();
    const QJsonValue error = o.value(QStringLiteral("error"));
    QString text =
        error.isObject() ? error.toObject().value(QStringLiteral("message")).toString() : error.toString();
    if (text.isEmpty()) {
        text = o.value(QStringLiteral("message")).toString();
    }
    if (!token.isEmpty()) {
        text.replace(QString::fromLatin1(token), QStringLiteral("[token]"));
    }
    text = text.simplified();
    if (text.size() > kMaxServerMessage) {
        text = text.left(kMaxServerMessage - 1) + QChar(0x2026);
    }
    return text;
}

QHash<QByteArray, QByteArray> lowerCaseHeaders(const QNetworkReply* reply)
{
    QHash<QByteArray, QByteArray> out;
    for (const auto& [name, value] : reply->rawHeaderPairs()) {
        out.insert(name.toLower(), value);
    }
    return out;
}

} // namespace

TokenVerifier::TokenVerifier(QObject* parent)
    : QObject(parent)
    , m_network(new QNetworkAccessManager(this))
{
    m_network->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
    connect(m_network, &QNetworkAccessManager::finished, this, &TokenVerifier::onFinished);
}

TokenVerifier::~TokenVerifier()
{
    // No finished() after the verifier is gone: the replies go with the manager, unanswered.
    disconnect(m_network, nullptr, this, nullptr);
    for (auto it = m_pending.begin(); it != m_pending.end(); ++it) {
        it.key()->abort();
    }
}

bool TokenVerifier::canCheck(const QString& providerOrVerifierId)
{
    return findCheckProvider(providerOrVerifierId) != nullptr;
}

void TokenVerifier::setEndpoint(const QString& providerId, const QUrl& endpoint)
{
    if (endpoint.isEmpty()) {
        m_endpoints.remove(providerId);
    } else {
        m_endpoints.insert(providerId, endpoint);
    }
}

QUrl TokenVerifier::endpoint(const QString& providerOrVerifierId) const
{
    const CheckProvider* provider = findCheckProvider(providerOrVerifierId);
    if (provider == nullptr) {
        return {};
    }
    if (m_endpoints.contains(provider->id)) {
        return m_endpoints.value(provider->id);
    }
    if (provider->id == QLatin1String("huggingface")) {
        // huggingface_hub's own override (shared/FACTS.md): the demo and the tests point it at a local hub.
        const QString fromEnvironment = qEnvironmentVariable("HF_ENDPOINT").trimmed();
        if (!fromEnvironment.isEmpty()) {
            return QUrl(fromEnvironment);
        }
    }
    return QUrl(provider->defaultEndpoint);
}

QUrl TokenVerifier::checkUrl(const QString& providerOrVerifierId) const
{
    const CheckProvider* provider = findCheckProvider(providerOrVerifierId);
    return provider == nullptr ? QUrl() : joined(endpoint(provider->id), provider->path);
}

QUrl TokenVerifier::revokeUrl() const
{
    return joined(endpoint(QStringLiteral("huggingface")), QStringLiteral("/api/credentials/revoke"));
}

QString TokenVerifier::refusalReason(const QUrl& url) const
{
    if (!url.isValid() || url.host().isEmpty()) {
        return tr("not sent: %1 is not a usable URL").arg(logUrl(url));
    }
    if (url.scheme() == QLatin1String("https")) {
        return {};
    }
    if (url.scheme() == QLatin1String("http") && isLoopbackHost(url.host())) {
        return {};
    }
    return tr("not sent: %1 is not HTTPS (plain HTTP is only allowed to this machine)").arg(logUrl(url));
}

void TokenVerifier::check(const QString& fingerprint, const QByteArray& token,
                          const QString& providerOrVerifierId)
{
    CheckResult refused;
    refused.checkedAt = QDateTime::currentDateTimeUtc();
    const CheckProvider* provider = findCheckProvider(providerOrVerifierId);
    if (provider == nullptr) {
        refused.provider = providerOrVerifierId;
        refused.state = CheckResult::State::Unsupported;
        refused.message = tr("no online check exists for %1").arg(providerOrVerifierId);
        finishLater(fingerprint, refused);
        return;
    }
    refused.provider = provider->id;
    const QUrl url = checkUrl(provider->id);
    QString reason = refusalReason(url);
    if (reason.isEmpty() && !isHeaderSafe(token)) {
        reason = tr("not sent: the token holds characters a header cannot carry");
    }
    if (!reason.isEmpty()) {
        refused.state = CheckResult::State::NetworkError;
        refused.message = reason;
        qCWarning(lcVerify).noquote() << "GET" << logUrl(url) << "refused:" << reason;
        finishLater(fingerprint, refused);
        return;
    }

    QNetworkRequest request = newRequest(url);
    request.setRawHeader("Accept", "application/json");
    for (const auto& [name, value] : provider->extraHeaders) {
        request.setRawHeader(name, value);
    }
    request.setRawHeader(provider->keyHeader, provider->keyHeaderValue(token));
    Pending pending;
    pending.fingerprint = fingerprint;
    pending.provider = provider;
    pending.token = token;
    send(m_network->get(request), std::move(pending));
}

void TokenVerifier::revokeHuggingFace(const QList<QByteArray>& tokens)
{
    const QUrl url = revokeUrl();
    QString reason = refusalReason(url);
    if (reason.isEmpty() &&
        (tokens.isEmpty() || !std::all_of(tokens.cbegin(), tokens.cend(), isHeaderSafe))) {
        reason = tr("not sent: no tokens, or a value that is not a token");
    }
    if (!reason.isEmpty()) {
        qCWarning(lcVerify).noquote() << "POST" << logUrl(url) << "refused:" << reason;
        QMetaObject::invokeMethod(
            this, [this, reason] { Q_EMIT revokeFinished(0, reason); }, Qt::QueuedConnection);
        return;
    }
    QJsonArray credentials;
    for (const QByteArray& token : tokens) {
        credentials.append(QString::fromLatin1(token));
    }
    // The revoke endpoint takes the tokens in the body and no authentication (shared/FACTS.md "Revoking").
    const QByteArray body = QJsonDocument(QJsonObject{{QStringLiteral("credentials"), credentials}})
                                .toJson(QJsonDocument::Compact);
    QNetworkRequest request = newRequest(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
    Pending pending;
    pending.revoke = true;
    send(m_network->post(request, body), std::move(pending));
}

QNetworkRequest TokenVerifier::newRequest(const QUrl& url)
{
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::UserAgentHeader, QByteArray("keyscout/" KEYSCOUT_VERSION));
    // A check must not leave anything behind or pick anything up: no cookies, no cache.
    request.setAttribute(QNetworkRequest::CookieLoadControlAttribute, QNetworkRequest::Manual);
    request.setAttribute(QNetworkRequest::CookieSaveControlAttribute, QNetworkRequest::Manual);
    request.setAttribute(QNetworkRequest::CacheSaveControlAttribute, false);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    return request;
}

void TokenVerifier::send(QNetworkReply* reply, Pending pending)
{
    pending.elapsed.start();
    pending.timer = new QTimer(this);
    pending.timer->setSingleShot(true);
    connect(pending.timer, &QTimer::timeout, reply, [this, reply] {
        if (auto it = m_pending.find(reply); it != m_pending.end()) {
            it->timedOut = true;
            reply->abort(); // finished() follows, and onFinished() reports the timeout
        }
    });
    pending.timer->start(m_timeout);
    m_pending.emplace(reply, std::move(pending));
}

void TokenVerifier::onFinished(QNetworkReply* reply)
{
    reply->deleteLater();
    const auto it = m_pending.find(reply);
    if (it == m_pending.end()) {
        return;
    }
    Pending pending = std::move(it.value());
    m_pending.erase(it);
    delete pending.timer;

    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QString method = pending.revoke ? QStringLiteral("POST") : QStringLiteral("GET");
    const qint64 ms = pending.elapsed.elapsed();
    if (pending.timedOut) {
        qCInfo(lcVerify).noquote() << method << logUrl(reply->url()) << "timed out after" << ms << "ms";
    } else if (status == 0) {
        qCInfo(lcVerify).noquote() << method << logUrl(reply->url()) << "failed:" << reply->errorString()
                                   << "after" << ms << "ms";
    } else {
        qCInfo(lcVerify).noquote() << method << logUrl(reply->url()) << status << "in" << ms << "ms";
    }

    if (pending.revoke) {
        QString message;
        if (pending.timedOut) {
            message = tr("no answer within %1 s").arg(m_timeout.count() / 1000.0);
        } else if (status == 0) {
            message = reply->errorString();
        } else if (status == 202 || status == 200) {
            message = tr("accepted; confirm with a check, which must now answer invalid");
        } else {
            message = tr("HTTP status %1").arg(status);
        }
        Q_EMIT revokeFinished(pending.timedOut ? 0 : status, message);
        return;
    }
    Q_EMIT finished(pending.fingerprint, resultFor(reply, pending));
}

CheckResult TokenVerifier::resultFor(QNetworkReply* reply, const Pending& pending) const
{
    using State = CheckResult::State;
    CheckResult r;
    r.provider = pending.provider->id;
    r.checkedAt = QDateTime::currentDateTimeUtc();
    r.httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (pending.timedOut) {
        r.state = State::Timeout;
        r.httpStatus = 0;
        r.message = tr("no answer within %1 s").arg(m_timeout.count() / 1000.0);
        return r;
    }
    if (r.httpStatus == 0) {
        r.state = State::NetworkError;
        r.message = reply->errorString();
        return r;
    }
    const QByteArray body = reply->readAll();
    if (r.httpStatus >= 200 && r.httpStatus < 300) {
        r.state = State::Valid;
        QJsonParseError error{};
        const QJsonDocument document = QJsonDocument::fromJson(body, &error);
        if (pending.provider->parse != nullptr) {
            if (error.error == QJsonParseError::NoError) {
                pending.provider->parse(document, lowerCaseHeaders(reply), r);
            } else {
                r.message = tr("accepted, but the answer was not JSON");
            }
        }
        return r;
    }
    r.message = serverMessage(body, pending.token);
    if (r.httpStatus == 401 || (r.httpStatus == 400 && pending.provider->badRequestMeansInvalid)) {
        r.state = State::Invalid;
    } else if (r.httpStatus == 403) {
        r.state = State::Forbidden;
    } else if (r.httpStatus == 429) {
        r.state = State::RateLimited;
        r.retryAfterSeconds = retryAfter(reply->rawHeader("Retry-After"));
    } else {
        r.state = State::NetworkError;
        const QString what = r.httpStatus >= 300 && r.httpStatus < 400
                                 ? tr("redirected (HTTP %1), not followed").arg(r.httpStatus)
                                 : tr("unexpected HTTP status %1").arg(r.httpStatus);
        r.message = r.message.isEmpty() ? what : what + QStringLiteral(": ") + r.message;
    }
    return r;
}

void TokenVerifier::finishLater(const QString& fingerprint, const CheckResult& result)
{
    QMetaObject::invokeMethod(
        this, [this, fingerprint, result] { Q_EMIT finished(fingerprint, result); }, Qt::QueuedConnection);
}

} // namespace keyscout
