// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CheckResult.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QLoggingCategory>
#include <QObject>
#include <QString>
#include <QUrl>
#include <chrono>

class QNetworkAccessManager;
class QNetworkReply;
class QNetworkRequest;
class QTimer;

namespace keyscout {

struct CheckProvider;

// Every request: method, URL, status and duration; never a token, a header value or a body.
Q_DECLARE_LOGGING_CATEGORY(lcVerify)

// Online checks of tokens, only ever for the tokens the person chose (DESIGN.md "Network"). Each check is one
// read-only request with the token in one header and nowhere else; nothing is retried (Hugging Face rate
// limits strictly: shared/FACTS.md "whoami-v2"); redirects are not followed (they would carry the header to
// another host); plain HTTP is refused except to this machine (tests and the demo's fake hub).
class TokenVerifier : public QObject {
    Q_OBJECT

public:
    explicit TokenVerifier(QObject* parent = nullptr);
    ~TokenVerifier() override;

    // Whether a check exists for a provider id ("huggingface") or a rule's verifier id
    // ("huggingface.whoami_v2").
    static bool canCheck(const QString& providerOrVerifierId);

    // Sends the requests for this provider to `endpoint` (scheme, host, port, optional path prefix) instead
    // of the provider's own; an empty URL removes the override. For Hugging Face the order is: this, then
    // the HF_ENDPOINT environment variable, then https://huggingface.co.
    void setEndpoint(const QString& providerId, const QUrl& endpoint);
    [[nodiscard]] QUrl endpoint(const QString& providerOrVerifierId) const;
    // The exact URL a check goes to, for the consent question. Empty when no check exists.
    [[nodiscard]] QUrl checkUrl(const QString& providerOrVerifierId) const;
    [[nodiscard]] QUrl revokeUrl() const;

    // How long one request may take in all (default 15 s).
    void setTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }
    [[nodiscard]] std::chrono::milliseconds timeout() const { return m_timeout; }

    // Checks one token; finished() follows, always asynchronously, exactly once, with `fingerprint` (the
    // secret's SHA-256) to tell the results apart. The token is held only until the request is sent.
    void check(const QString& fingerprint, const QByteArray& token, const QString& providerOrVerifierId);

    // Sends the tokens to Hugging Face's public revoke endpoint (POST /api/credentials/revoke). It answers
    // 202 whatever the tokens are, so the answer proves nothing: confirm with check() answering Invalid.
    void revokeHuggingFace(const QList<QByteArray>& tokens);

    // Requests still waiting for an answer.
    [[nodiscard]] int pendingCount() const { return static_cast<int>(m_pending.size()); }

Q_SIGNALS:
    void finished(const QString& fingerprint, const keyscout::CheckResult& result);
    // httpStatus is 0 when no HTTP answer came (refused URL, network error, timeout); message says why.
    void revokeFinished(int httpStatus, const QString& message);

private:
    struct Pending {
        bool revoke = false;
        QString fingerprint;
        const CheckProvider* provider = nullptr;
        QByteArray token; // only to scrub it from a server's error text; dropped with the request
        QTimer* timer = nullptr;
        QElapsedTimer elapsed;
        bool timedOut = false;
    };

    static QNetworkRequest newRequest(const QUrl& url);
    [[nodiscard]] QString refusalReason(const QUrl& url) const;
    void send(QNetworkReply* reply, Pending pending);
    void onFinished(QNetworkReply* reply);
    [[nodiscard]] CheckResult resultFor(QNetworkReply* reply, const Pending& pending) const;
    void finishLater(const QString& fingerprint, const CheckResult& result);

    QNetworkAccessManager* m_network;
    QHash<QString, QUrl> m_endpoints;
    std::chrono::milliseconds m_timeout{15000};
    QHash<QNetworkReply*, Pending> m_pending;
};

} // namespace keyscout
