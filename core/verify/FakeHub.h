// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QHash>
#include <QHostAddress>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPair>
#include <QSet>
#include <QString>
#include <QUrl>
#include <chrono>

class QTcpServer;
class QTcpSocket;

namespace keyscout {

// A stand-in for the Hugging Face Hub on this machine, for the tests and for workshops on the demo
// workstation (issue 6): GET /api/whoami-v2 and POST /api/credentials/revoke answer like the real ones
// (shared/FACTS.md "whoami-v2", "Revoking and reissuing") for a table of fake tokens.
//
// It is a QTcpServer with a minimal HTTP/1.1 reader, one request per connection: Qt HttpServer 6.4 (Debian
// 12) can only answer late through a responder that keeps a raw socket pointer and a reference to the
// request, so a delayed answer to a client that gave up would touch freed memory.
class FakeHub : public QObject {
    Q_OBJECT

public:
    // What the hub recorded of the last request. No credential is kept: of Authorization (and the other
    // providers' key headers: x-api-key, x-goog-api-key, api-key) only whether it was there; the body (which
    // for a revocation holds tokens) is not kept either.
    struct Request {
        QByteArray method;
        QByteArray path;
        QList<QPair<QByteArray, QByteArray>> headers; // lower-case names, credential headers left out
        bool hadAuthorization = false;
        QList<QByteArray> credentialHeaders; // lower-case names of the credential headers that came
    };

    explicit FakeHub(QObject* parent = nullptr);
    ~FakeHub() override;

    // Listens on 127.0.0.1 (port 0: the system picks one). False, with errorString(), when it cannot.
    bool listen(quint16 port = 0);
    [[nodiscard]] quint16 port() const;
    // http://127.0.0.1:<port>, the value for HF_ENDPOINT.
    [[nodiscard]] QUrl url() const;
    [[nodiscard]] QString errorString() const { return m_error; }

    // Adds or replaces a token; `whoAmI` is the whole whoami-v2 answer for it.
    void addToken(const QByteArray& token, const QJsonObject& whoAmI);
    // Reads tokens from JSON: {"tokens": [{"token": "hf_…", "whoami": {…}} or {"token": "hf_…",
    // "preset": "read" | "write" | "fineGrained", "user": "alice"}, …]}. False, with *error, on a bad file.
    bool addTokensFromJson(const QByteArray& json, QString* error);
    bool addTokensFromFile(const QString& path, QString* error);
    [[nodiscard]] bool isRevoked(const QByteArray& token) const;
    // Revokes a known token as its owner would on the settings page (not through the revoke endpoint).
    void revokeOnSettingsPage(const QByteArray& token);
    [[nodiscard]] bool knows(const QByteArray& token) const { return m_tokens.contains(token); }

    // whoami-v2 answers for the three kinds of token a workshop shows. read: a classic read token of `user`.
    // write: a classic write token of `user`, who is admin of "acme-research" and writer in "acme-labs".
    // fineGrained: write to the model "<user>/<user>-bert", read of organisation "acme-research",
    // global discussion.write, gated repositories readable.
    static QJsonObject readProfile(const QString& user);
    static QJsonObject writeProfile(const QString& user);
    static QJsonObject fineGrainedProfile(const QString& user);
    static QJsonObject profile(const QString& preset, const QString& user);

    // Another provider's read-only check (core/verify/CheckProviders): GET `route` answers `status` with
    // `body` and `headers` when the request's credential (Authorization "Bearer KEY", x-api-key,
    // x-goog-api-key or Api-Key) is `key`, and 401 otherwise, as those APIs do for a wrong or revoked key.
    void addProviderAnswer(const QByteArray& route, const QByteArray& key, const QJsonObject& body,
                           const QList<QPair<QByteArray, QByteArray>>& headers = {}, int status = 200);

    // Test controls.
    // The next `count` requests, whatever they are, answer 429 with Retry-After (if not negative).
    void answerTooManyRequests(int count, int retryAfterSeconds = 30);
    // Every answer waits this long (0: none).
    void setResponseDelay(std::chrono::milliseconds delay) { m_delay = delay; }
    [[nodiscard]] int requestCount() const { return m_requestCount; }
    [[nodiscard]] Request lastRequest() const { return m_lastRequest; }

Q_SIGNALS:
    void requestReceived();

private:
    struct Answer {
        int status = 200;
        QJsonObject body;
        QList<QPair<QByteArray, QByteArray>> headers;
    };
    struct Connection {
        QByteArray buffer;
        bool answered = false;
    };

    void onNewConnection();
    void onReadyRead(QTcpSocket* socket);
    struct ProviderAnswer {
        QByteArray key;
        Answer answer;
    };

    Answer answer(const QByteArray& method, const QByteArray& path, const QByteArray& authorization,
                  const QByteArray& credential, const QByteArray& body);
    Answer whoAmI(const QByteArray& authorization) const;
    Answer revoke(const QByteArray& body);
    void send(QTcpSocket* socket, const Answer& answer);

    QTcpServer* m_server;
    QString m_error;
    QHash<QByteArray, QJsonObject> m_tokens;
    QHash<QByteArray, ProviderAnswer> m_providerAnswers; // by route
    QSet<QByteArray> m_revoked;
    QHash<QTcpSocket*, Connection> m_connections;
    int m_tooManyLeft = 0;
    int m_retryAfter = 30;
    std::chrono::milliseconds m_delay{0};
    int m_requestCount = 0;
    Request m_lastRequest;
};

} // namespace keyscout
