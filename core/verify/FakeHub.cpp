// SPDX-License-Identifier: GPL-3.0-or-later
#include "FakeHub.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

namespace keyscout {

namespace {

constexpr qsizetype kMaxHeaderBytes = qsizetype(16) * 1024;
constexpr qsizetype kMaxBodyBytes = qsizetype(1024) * 1024;

QJsonObject error(const char* text)
{
    return QJsonObject{{QStringLiteral("error"), QString::fromLatin1(text)}};
}

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 202:
        return "Accepted";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 413:
        return "Payload Too Large";
    case 429:
        return "Too Many Requests";
    default:
        return "Status";
    }
}

QJsonObject org(const char* name, const char* role, const char* plan)
{
    return QJsonObject{{QStringLiteral("type"), QStringLiteral("org")},
                       {QStringLiteral("name"), QString::fromLatin1(name)},
                       {QStringLiteral("fullname"), QString::fromLatin1(name)},
                       {QStringLiteral("roleInOrg"), QString::fromLatin1(role)},
                       {QStringLiteral("plan"), QString::fromLatin1(plan)}};
}

// The shape of a whoami-v2 answer (shared/FACTS.md "whoami-v2").
QJsonObject userProfile(const QString& user, const QJsonArray& orgs, const QJsonObject& accessToken)
{
    QString fullname = user;
    if (!fullname.isEmpty()) {
        fullname[0] = fullname[0].toUpper();
    }
    return QJsonObject{
        {QStringLiteral("type"), QStringLiteral("user")},
        {QStringLiteral("name"), user},
        {QStringLiteral("fullname"), QString(fullname + QStringLiteral(" Example"))},
        {QStringLiteral("email"), QString(user + QStringLiteral("@example.invalid"))},
        {QStringLiteral("isPro"), false},
        {QStringLiteral("orgs"), orgs},
        {QStringLiteral("auth"), QJsonObject{{QStringLiteral("type"), QStringLiteral("access_token")},
                                             {QStringLiteral("accessToken"), accessToken}}},
    };
}

QJsonObject classicToken(const char* displayName, const char* role)
{
    return QJsonObject{{QStringLiteral("displayName"), QString::fromLatin1(displayName)},
                       {QStringLiteral("role"), QString::fromLatin1(role)},
                       {QStringLiteral("createdAt"), QStringLiteral("2023-05-02T09:14:00.000Z")}};
}

QJsonObject scope(const char* type, const QString& name, const QStringList& permissions)
{
    return QJsonObject{
        {QStringLiteral("entity"),
         QJsonObject{{QStringLiteral("type"), QString::fromLatin1(type)}, {QStringLiteral("name"), name}}},
        {QStringLiteral("permissions"), QJsonArray::fromStringList(permissions)}};
}

} // namespace

FakeHub::FakeHub(QObject* parent)
    : QObject(parent)
    , m_server(new QTcpServer(this))
{
    connect(m_server, &QTcpServer::newConnection, this, &FakeHub::onNewConnection);
}

FakeHub::~FakeHub() = default;

bool FakeHub::listen(quint16 port)
{
    if (!m_server->listen(QHostAddress::LocalHost, port)) {
        m_error = m_server->errorString();
        return false;
    }
    return true;
}

quint16 FakeHub::port() const
{
    return m_server->serverPort();
}

QUrl FakeHub::url() const
{
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(QStringLiteral("127.0.0.1"));
    url.setPort(port());
    return url;
}

void FakeHub::addToken(const QByteArray& token, const QJsonObject& whoAmI)
{
    m_tokens.insert(token, whoAmI);
    m_revoked.remove(token);
}

bool FakeHub::addTokensFromJson(const QByteArray& json, QString* errorText)
{
    QJsonParseError parseError{};
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *errorText = parseError.errorString();
        return false;
    }
    const QJsonArray tokens = document.object().value(QStringLiteral("tokens")).toArray();
    QList<QPair<QByteArray, QJsonObject>> read;
    for (const auto& v : tokens) {
        const QJsonObject entry = v.toObject();
        const QByteArray token = entry.value(QStringLiteral("token")).toString().toLatin1();
        QJsonObject whoAmI = entry.value(QStringLiteral("whoami")).toObject();
        if (whoAmI.isEmpty()) {
            whoAmI = profile(entry.value(QStringLiteral("preset")).toString(),
                             entry.value(QStringLiteral("user")).toString(QStringLiteral("alice")));
        }
        if (token.isEmpty() || whoAmI.isEmpty()) {
            *errorText = QStringLiteral("entry %1: needs \"token\" and either \"whoami\" or \"preset\" "
                                        "(read, write, fineGrained)")
                             .arg(read.size() + 1);
            return false;
        }
        read.append({token, whoAmI});
    }
    if (read.isEmpty()) {
        *errorText = QStringLiteral("no \"tokens\" array with entries");
        return false;
    }
    for (const auto& [token, whoAmI] : std::as_const(read)) {
        addToken(token, whoAmI);
    }
    return true;
}

bool FakeHub::addTokensFromFile(const QString& path, QString* errorText)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *errorText = QStringLiteral("%1: %2").arg(path, file.errorString());
        return false;
    }
    if (!addTokensFromJson(file.readAll(), errorText)) {
        *errorText = QStringLiteral("%1: %2").arg(path, *errorText);
        return false;
    }
    return true;
}

bool FakeHub::isRevoked(const QByteArray& token) const
{
    return m_revoked.contains(token);
}

QJsonObject FakeHub::readProfile(const QString& user)
{
    return userProfile(user, QJsonArray{}, classicToken("laptop-read", "read"));
}

QJsonObject FakeHub::writeProfile(const QString& user)
{
    return userProfile(
        user, QJsonArray{org("acme-research", "admin", "team"), org("acme-labs", "write", "enterprise")},
        classicToken("training-write", "write"));
}

QJsonObject FakeHub::fineGrainedProfile(const QString& user)
{
    QJsonObject token = classicToken("ci-fine-grained", "fineGrained");
    token.insert(
        QStringLiteral("fineGrained"),
        QJsonObject{
            {QStringLiteral("canReadGatedRepos"), true},
            {QStringLiteral("global"), QJsonArray{QStringLiteral("discussion.write")}},
            {QStringLiteral("scoped"),
             QJsonArray{scope("model", user + QStringLiteral("/") + user + QStringLiteral("-bert"),
                              {QStringLiteral("repo.content.read"), QStringLiteral("repo.write")}),
                        scope("org", QStringLiteral("acme-research"), {QStringLiteral("org.read")})}}});
    return userProfile(user, QJsonArray{org("acme-research", "read", "team")}, token);
}

QJsonObject FakeHub::profile(const QString& preset, const QString& user)
{
    if (preset == QLatin1String("read")) {
        return readProfile(user);
    }
    if (preset == QLatin1String("write")) {
        return writeProfile(user);
    }
    if (preset == QLatin1String("fineGrained")) {
        return fineGrainedProfile(user);
    }
    return {};
}

void FakeHub::answerTooManyRequests(int count, int retryAfterSeconds)
{
    m_tooManyLeft = count;
    m_retryAfter = retryAfterSeconds;
}

void FakeHub::onNewConnection()
{
    while (QTcpSocket* socket = m_server->nextPendingConnection()) {
        m_connections.insert(socket, Connection{});
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
        connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
            m_connections.remove(socket);
            socket->deleteLater();
        });
    }
}

void FakeHub::onReadyRead(QTcpSocket* socket)
{
    const auto it = m_connections.find(socket);
    if (it == m_connections.end() || it->answered) {
        socket->readAll();
        return;
    }
    it->buffer.append(socket->readAll());
    const qsizetype headerEnd = it->buffer.indexOf("\r\n\r\n");
    if (headerEnd < 0) {
        if (it->buffer.size() > kMaxHeaderBytes) {
            it->answered = true;
            send(socket, Answer{413, error("Request header too large"), {}});
        }
        return;
    }
    const QList<QByteArray> lines = it->buffer.left(headerEnd).split('\n');
    const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
    Request request;
    request.method = requestLine.value(0);
    request.path = requestLine.value(1);
    QByteArray authorization;
    QByteArray credential; // the key, whichever header carried it
    qsizetype contentLength = 0;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const qsizetype colon = lines.at(i).indexOf(':');
        if (colon <= 0) {
            continue;
        }
        const QByteArray name = lines.at(i).left(colon).trimmed().toLower();
        const QByteArray value = lines.at(i).mid(colon + 1).trimmed();
        if (name == "authorization" || name == "x-api-key" || name == "x-goog-api-key" || name == "api-key") {
            request.credentialHeaders.append(name);
            if (name == "authorization") {
                request.hadAuthorization = true;
                authorization = value;
            }
            credential = value.startsWith("Bearer ") ? value.mid(7) : value;
            continue;
        }
        if (name == "content-length") {
            contentLength = value.toLongLong();
        }
        request.headers.append({name, value});
    }
    if (contentLength < 0 || contentLength > kMaxBodyBytes) {
        it->answered = true;
        send(socket, Answer{413, error("Request body too large"), {}});
        return;
    }
    const qsizetype bodyStart = headerEnd + 4;
    if (it->buffer.size() - bodyStart < contentLength) {
        return; // the rest of the body is on its way
    }
    const QByteArray body = it->buffer.mid(bodyStart, contentLength);
    it->answered = true;
    it->buffer.clear();
    ++m_requestCount;
    m_lastRequest = request;
    const Answer reply = answer(request.method, request.path, authorization, credential, body);
    Q_EMIT requestReceived();
    if (m_delay.count() > 0) {
        // The socket is the timer's context: a client that gave up in the meantime gets nothing.
        QTimer::singleShot(m_delay, socket, [this, socket, reply] { send(socket, reply); });
    } else {
        send(socket, reply);
    }
}

void FakeHub::addProviderAnswer(const QByteArray& route, const QByteArray& key, const QJsonObject& body,
                                const QList<QPair<QByteArray, QByteArray>>& headers, int status)
{
    m_providerAnswers.insert(route, ProviderAnswer{key, Answer{status, body, headers}});
}

FakeHub::Answer FakeHub::answer(const QByteArray& method, const QByteArray& path,
                                const QByteArray& authorization, const QByteArray& credential,
                                const QByteArray& body)
{
    if (m_tooManyLeft > 0) {
        --m_tooManyLeft;
        Answer tooMany{429, error("You have exceeded our rate limit, please retry later."), {}};
        if (m_retryAfter >= 0) {
            tooMany.headers.append({"Retry-After", QByteArray::number(m_retryAfter)});
        }
        return tooMany;
    }
    const qsizetype query = path.indexOf('?');
    const QByteArray route = query < 0 ? path : path.left(query);
    if (route == "/api/whoami-v2") {
        return method == "GET" ? whoAmI(authorization) : Answer{405, error("Method not allowed"), {}};
    }
    if (route == "/api/credentials/revoke") {
        return method == "POST" ? revoke(body) : Answer{405, error("Method not allowed"), {}};
    }
    const auto provider = m_providerAnswers.constFind(route);
    if (provider != m_providerAnswers.constEnd()) {
        if (method != "GET") {
            return Answer{405, error("Method not allowed"), {}};
        }
        if (credential.isEmpty() || credential != provider->key) {
            return Answer{401, error("Incorrect API key provided"), {}};
        }
        return provider->answer;
    }
    return Answer{404, error("Not Found"), {}};
}

FakeHub::Answer FakeHub::whoAmI(const QByteArray& authorization) const
{
    const QByteArray prefix("Bearer ");
    const QByteArray token =
        authorization.startsWith(prefix) ? authorization.mid(prefix.size()) : QByteArray();
    if (token.isEmpty() || !m_tokens.contains(token) || m_revoked.contains(token)) {
        return Answer{401, error("Invalid credentials in Authorization header"), {}};
    }
    return Answer{200, m_tokens.value(token), {}};
}

void FakeHub::revokeOnSettingsPage(const QByteArray& token)
{
    if (m_tokens.contains(token)) {
        m_revoked.insert(token);
    }
}

FakeHub::Answer FakeHub::revoke(const QByteArray& body)
{
    // Like the real endpoint: 202 whatever was sent, so the answer says nothing about the tokens.
    const QJsonArray credentials =
        QJsonDocument::fromJson(body).object().value(QStringLiteral("credentials")).toArray();
    for (const auto& v : credentials) {
        const QByteArray token = v.toString().toLatin1();
        if (m_tokens.contains(token)) {
            m_revoked.insert(token);
        }
    }
    return Answer{202, QJsonObject{}, {}};
}

void FakeHub::send(QTcpSocket* socket, const Answer& answer)
{
    const QByteArray body = QJsonDocument(answer.body).toJson(QJsonDocument::Compact);
    QByteArray head =
        "HTTP/1.1 " + QByteArray::number(answer.status) + ' ' + reasonPhrase(answer.status) +
        "\r\nContent-Type: application/json\r\nContent-Length: " + QByteArray::number(body.size()) +
        "\r\nConnection: close\r\n";
    for (const auto& [name, value] : answer.headers) {
        head += name + ": " + value + "\r\n";
    }
    socket->write(head + "\r\n" + body);
    socket->disconnectFromHost();
}

} // namespace keyscout
