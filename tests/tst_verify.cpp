// SPDX-License-Identifier: GPL-3.0-or-later
// Online checks against the fake hub on 127.0.0.1 (core/verify/FakeHub): what whoami-v2 says, in words;
// revocation; rate limits and timeouts without retries; plain HTTP refused; the token never in a log or the
// check cache.
#include "TestSupport.h"
#include "findings/TriageStore.h"
#include "rules/RuleCatalogue.h"
#include "verify/Capabilities.h"
#include "verify/CheckProviders.h"
#include "verify/CheckStore.h"
#include "verify/FakeHub.h"
#include "verify/TokenVerifier.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <mutex>

using namespace keyscout;

namespace {

std::mutex g_logMutex;
QString g_log;
QtMessageHandler g_previousHandler = nullptr;

void captureMessage(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    {
        const std::lock_guard lock(g_logMutex);
        g_log += QString::fromLatin1(context.category != nullptr ? context.category : "") + QLatin1Char(' ') +
                 message + QLatin1Char('\n');
    }
    if (g_previousHandler != nullptr) {
        g_previousHandler(type, context, message);
    }
}

QString capturedLog()
{
    const std::lock_guard lock(g_logMutex);
    return g_log;
}

QString fingerprintOf(const QByteArray& token)
{
    return QString::fromLatin1(QCryptographicHash::hash(token, QCryptographicHash::Sha256).toHex());
}

QByteArray bytesOnDisk(const QString& databasePath)
{
    QByteArray all;
    for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")}) {
        QFile f(databasePath + suffix);
        if (f.open(QIODevice::ReadOnly)) {
            all += f.readAll();
        }
    }
    return all;
}

} // namespace

class TestVerify : public QObject {
    Q_OBJECT

private:
    CheckResult checkOnce(TokenVerifier& verifier, const QByteArray& token,
                          const QString& provider = QStringLiteral("huggingface"))
    {
        QSignalSpy spy(&verifier, &TokenVerifier::finished);
        verifier.check(fingerprintOf(token), token, provider);
        // A missing, repeated or mislabelled signal gives a default result, which no test expects.
        if (!spy.wait(10000) || spy.count() != 1 || spy.at(0).at(0).toString() != fingerprintOf(token)) {
            qWarning("expected one finished() signal for the token's fingerprint");
            return {};
        }
        return spy.at(0).at(1).value<CheckResult>();
    }

    void pointAtHub(TokenVerifier& verifier)
    {
        verifier.setEndpoint(QStringLiteral("huggingface"), m_hub.url());
    }

    FakeHub m_hub;
    QRandomGenerator m_rng{20261128};
    QByteArray m_read;
    QByteArray m_write;
    QByteArray m_fineGrained;

private Q_SLOTS:
    void initTestCase()
    {
        qRegisterMetaType<CheckResult>();
        g_previousHandler = qInstallMessageHandler(captureMessage);
        qunsetenv("HF_ENDPOINT");
        QVERIFY2(m_hub.listen(), qPrintable(m_hub.errorString()));
        m_read = test::hfToken(m_rng);
        m_write = test::hfToken(m_rng);
        m_fineGrained = test::hfToken(m_rng);
        m_hub.addToken(m_read, FakeHub::readProfile(QStringLiteral("alice")));
        m_hub.addToken(m_write, FakeHub::writeProfile(QStringLiteral("alice")));
        m_hub.addToken(m_fineGrained, FakeHub::fineGrainedProfile(QStringLiteral("alice")));
    }

    void cleanupTestCase()
    {
        qInstallMessageHandler(g_previousHandler);
        // Every check, refusal and revocation of this test wrote its log line; none may carry a token.
        const QString log = capturedLog();
        QVERIFY(log.contains(QLatin1String("keyscout.verify GET http://127.0.0.1")));
        for (const QByteArray& token : {m_read, m_write, m_fineGrained}) {
            QVERIFY2(!log.contains(QString::fromLatin1(token)), "a token reached the log");
            QVERIFY(!log.contains(QString::fromLatin1(token.mid(3))));
        }
    }

    void readToken()
    {
        TokenVerifier verifier;
        pointAtHub(verifier);
        const CheckResult r = checkOnce(verifier, m_read);
        QCOMPARE(r.state, CheckResult::State::Valid);
        QCOMPARE(r.provider, QStringLiteral("huggingface"));
        QCOMPARE(r.httpStatus, 200);
        QCOMPARE(r.ownerName, QStringLiteral("alice"));
        QCOMPARE(r.ownerFullName, QStringLiteral("Alice Example"));
        QCOMPARE(r.ownerType, QStringLiteral("user"));
        QCOMPARE(r.displayName, QStringLiteral("laptop-read"));
        QCOMPARE(r.role, QStringLiteral("read"));
        QCOMPARE(r.createdAt, QDateTime(QDate(2023, 5, 2), QTime(9, 14), QTimeZone::utc()));
        QVERIFY(r.checkedAt.isValid());
        QCOMPARE(r.checkedAt.timeSpec(), Qt::UTC);
        QVERIFY(r.orgs.isEmpty());
        QVERIFY(r.isLegacyHuggingFaceRole());

        const QStringList can = capabilities(r);
        QVERIFY2(can.contains(QStringLiteral("Read-only: can download your private and gated repositories")),
                 qPrintable(can.join(QLatin1Char('\n'))));
        QCOMPARE(can.constLast(), QStringLiteral("Legacy token (read role): reissue it as fine-grained"));
        QVERIFY(!can.join(QLatin1Char(' ')).contains(QLatin1String("push")));
        QCOMPARE(
            checkSummary(r),
            QStringLiteral("Valid: acts as alice (Alice Example), token \u201claptop-read\u201d, role read, "
                           "created 2023-05-02T09:14:00Z"));
    }

    void writeTokenWithOrganisations()
    {
        TokenVerifier verifier;
        pointAtHub(verifier);
        const CheckResult r = checkOnce(verifier, m_write);
        QCOMPARE(r.state, CheckResult::State::Valid);
        QCOMPARE(r.role, QStringLiteral("write"));
        QCOMPARE(r.orgs.size(), 2);
        QCOMPARE(r.orgs.at(0).name, QStringLiteral("acme-research"));
        QCOMPARE(r.orgs.at(0).roleInOrg, QStringLiteral("admin"));
        QCOMPARE(r.orgs.at(0).plan, QStringLiteral("team"));
        QCOMPARE(r.orgs.at(1).name, QStringLiteral("acme-labs"));
        QCOMPARE(r.orgs.at(1).roleInOrg, QStringLiteral("write"));

        const QStringList can = capabilities(r);
        QCOMPARE(can.constFirst(),
                 QStringLiteral("Can write (push) to your models, datasets and Spaces and to those "
                                "of 2 organisations where you have write access: acme-research, "
                                "acme-labs"));
        QVERIFY(can.contains(QStringLiteral("Legacy token (write role): reissue it as fine-grained")));

        // One organisation with write access, one where the owner only reads.
        CheckResult oneWriter = r;
        oneWriter.orgs[1].roleInOrg = QStringLiteral("read");
        QCOMPARE(capabilities(oneWriter).constFirst(),
                 QStringLiteral("Can write (push) to your models, datasets and Spaces and to those of the "
                                "organisation where you have write access: acme-research"));
    }

    void fineGrainedToken()
    {
        TokenVerifier verifier;
        pointAtHub(verifier);
        const CheckResult r = checkOnce(verifier, m_fineGrained);
        QCOMPARE(r.state, CheckResult::State::Valid);
        QCOMPARE(r.role, QStringLiteral("fineGrained"));
        QVERIFY(!r.isLegacyHuggingFaceRole());
        QCOMPARE(r.scoped.size(), 2);
        QCOMPARE(r.scoped.at(0).entityType, QStringLiteral("model"));
        QCOMPARE(r.scoped.at(0).entityName, QStringLiteral("alice/alice-bert"));
        QCOMPARE(r.scoped.at(0).permissions,
                 (QStringList{QStringLiteral("repo.content.read"), QStringLiteral("repo.write")}));
        QCOMPARE(r.scoped.at(1).entityType, QStringLiteral("org"));
        QCOMPARE(r.scoped.at(1).entityName, QStringLiteral("acme-research"));
        QCOMPARE(r.scoped.at(1).permissions, QStringList{QStringLiteral("org.read")});
        QCOMPARE(r.globalPermissions, QStringList{QStringLiteral("discussion.write")});
        QVERIFY(r.canReadGatedRepos);

        const QStringList can = capabilities(r);
        const QStringList expected{
            QStringLiteral("Can download model alice/alice-bert, private ones included"),
            QStringLiteral("Can push to model alice/alice-bert"),
            QStringLiteral("Can read the settings and members of organisation acme-research"),
            QStringLiteral("Can open discussions and pull requests on any repository you can see"),
            QStringLiteral("Can download the gated repositories you have been granted access to"),
        };
        QCOMPARE(can, expected);

        // Repository permissions on a whole organisation, and a permission this version has no words for.
        CheckResult org = r;
        org.scoped = {
            {QStringLiteral("org"), QStringLiteral("acme"), {QStringLiteral("repo.write")}},
            {QStringLiteral("user"), QStringLiteral("alice"), {QStringLiteral("future.permission")}}};
        org.globalPermissions.clear();
        org.canReadGatedRepos = false;
        QCOMPARE(
            capabilities(org),
            (QStringList{QStringLiteral("Can push to the models, datasets and Spaces of organisation acme"),
                         QStringLiteral("Has permission future.permission on your account")}));
        org.scoped.clear();
        QCOMPARE(capabilities(org),
                 QStringList{
                     QStringLiteral("Fine-grained token without permissions: it can only say who you are")});
    }

    void nothingToSayOfATokenThatDoesNotWork()
    {
        CheckResult r;
        r.provider = QStringLiteral("huggingface");
        r.state = CheckResult::State::Invalid;
        r.httpStatus = 401;
        r.role = QStringLiteral("write");
        QVERIFY(capabilities(r).isEmpty());
        QCOMPARE(checkSummary(r), QStringLiteral("Invalid, expired or revoked (HTTP 401)"));
    }

    void revokedTokenAnswers401()
    {
        const QByteArray token = test::hfToken(m_rng);
        m_hub.addToken(token, FakeHub::writeProfile(QStringLiteral("bob")));
        const QByteArray unknown = test::hfToken(m_rng);
        TokenVerifier verifier;
        pointAtHub(verifier);
        QCOMPARE(checkOnce(verifier, token).state, CheckResult::State::Valid);

        QSignalSpy revoked(&verifier, &TokenVerifier::revokeFinished);
        verifier.revokeHuggingFace({token, unknown});
        QVERIFY(revoked.wait(10000));
        // 202 whatever the tokens (shared/FACTS.md): the answer proves nothing...
        QCOMPARE(revoked.at(0).at(0).toInt(), 202);
        QVERIFY(m_hub.isRevoked(token));
        QVERIFY(!m_hub.lastRequest().hadAuthorization);
        QCOMPARE(m_hub.lastRequest().path, QByteArray("/api/credentials/revoke"));
        // ...the next whoami-v2 does.
        const CheckResult after = checkOnce(verifier, token);
        QCOMPARE(after.state, CheckResult::State::Invalid);
        QCOMPARE(after.httpStatus, 401);
        QCOMPARE(after.message, QStringLiteral("Invalid credentials in Authorization header"));
        QVERIFY(capabilities(after).isEmpty());
        QCOMPARE(checkOnce(verifier, unknown).state, CheckResult::State::Invalid);
    }

    void rateLimitedOnceAndNotRetried()
    {
        TokenVerifier verifier;
        pointAtHub(verifier);
        const int before = m_hub.requestCount();
        m_hub.answerTooManyRequests(3, 42);
        const CheckResult r = checkOnce(verifier, m_read);
        QCOMPARE(r.state, CheckResult::State::RateLimited);
        QCOMPARE(r.httpStatus, 429);
        QVERIFY(r.retryAfterSeconds.has_value());
        QCOMPARE(*r.retryAfterSeconds, 42);
        QCOMPARE(checkSummary(r), QStringLiteral("Rate limited: ask again in 42 s"));
        // No retry behind the caller's back, not even later.
        QTest::qWait(300);
        QCOMPARE(m_hub.requestCount(), before + 1);
        QCOMPARE(verifier.pendingCount(), 0);

        m_hub.answerTooManyRequests(1, -1); // no Retry-After at all
        const CheckResult noHint = checkOnce(verifier, m_read);
        QCOMPARE(noHint.state, CheckResult::State::RateLimited);
        QVERIFY(!noHint.retryAfterSeconds.has_value());
        m_hub.answerTooManyRequests(0);
    }

    void slowAnswerTimesOut()
    {
        TokenVerifier verifier;
        pointAtHub(verifier);
        verifier.setTimeout(std::chrono::milliseconds(200));
        m_hub.setResponseDelay(std::chrono::milliseconds(1500));
        const int before = m_hub.requestCount();
        QElapsedTimer clock;
        clock.start();
        const CheckResult r = checkOnce(verifier, m_read);
        m_hub.setResponseDelay(std::chrono::milliseconds(0));
        QCOMPARE(r.state, CheckResult::State::Timeout);
        QCOMPARE(r.httpStatus, 0);
        QVERIFY2(clock.elapsed() < 1400, "the timeout did not cut the wait short");
        QCOMPARE(m_hub.requestCount(), before + 1);
        // The hub's late answer finds the connection gone; nothing else arrives.
        QTest::qWait(1600);
        QCOMPARE(m_hub.requestCount(), before + 1);
    }

    void plainHttpRefusedForOtherHosts()
    {
        TokenVerifier verifier;
        verifier.setEndpoint(QStringLiteral("huggingface"),
                             QUrl(QStringLiteral("http://hub.example.invalid")));
        QSignalSpy spy(&verifier, &TokenVerifier::finished);
        verifier.check(fingerprintOf(m_read), m_read, QStringLiteral("huggingface"));
        // Refused before any request exists: no connection, no name lookup.
        QCOMPARE(verifier.pendingCount(), 0);
        QVERIFY(spy.isEmpty()); // always asynchronous, even a refusal
        QVERIFY(spy.wait(5000));
        const CheckResult r = spy.at(0).at(1).value<CheckResult>();
        QCOMPARE(r.state, CheckResult::State::NetworkError);
        QCOMPARE(r.httpStatus, 0);
        QVERIFY2(r.message.contains(QLatin1String("not HTTPS")), qPrintable(r.message));

        QSignalSpy revoked(&verifier, &TokenVerifier::revokeFinished);
        verifier.revokeHuggingFace({m_read});
        QCOMPARE(verifier.pendingCount(), 0);
        QVERIFY(revoked.wait(5000));
        QCOMPARE(revoked.at(0).at(0).toInt(), 0);

        // Loopback by name and over IPv6 is this machine: allowed (the answer does not matter here).
        for (const char* url : {"http://localhost:1", "http://[::1]:1", "http://127.0.0.1:1"}) {
            verifier.setEndpoint(QStringLiteral("huggingface"), QUrl(QString::fromLatin1(url)));
            const CheckResult local = checkOnce(verifier, m_read);
            QVERIFY2(!local.message.contains(QLatin1String("not HTTPS")), url);
        }
        verifier.setEndpoint(QStringLiteral("huggingface"), QUrl(QStringLiteral("ftp://127.0.0.1/")));
        QVERIFY(checkOnce(verifier, m_read).message.contains(QLatin1String("not HTTPS")));
    }

    void tokenOnlyInTheHeader()
    {
        TokenVerifier verifier;
        pointAtHub(verifier);
        QCOMPARE(checkOnce(verifier, m_read).state, CheckResult::State::Valid);
        const FakeHub::Request request = m_hub.lastRequest();
        QCOMPARE(request.method, QByteArray("GET"));
        QCOMPARE(request.path, QByteArray("/api/whoami-v2"));
        QVERIFY(request.hadAuthorization);
        QVERIFY(!request.path.contains(m_read));
        for (const auto& [name, value] : request.headers) {
            QVERIFY2(!value.contains(m_read), name.constData());
        }

        // Another provider's header key (Anthropic's x-api-key), pointed at the hub: it answers 404 there.
        verifier.setEndpoint(QStringLiteral("anthropic"), m_hub.url());
        const CheckResult other = checkOnce(verifier, m_read, QStringLiteral("anthropic.models"));
        QCOMPARE(other.provider, QStringLiteral("anthropic"));
        QCOMPARE(other.state, CheckResult::State::NetworkError);
        QCOMPARE(other.httpStatus, 404);
        const FakeHub::Request anthropic = m_hub.lastRequest();
        QCOMPARE(anthropic.path, QByteArray("/v1/models"));
        QVERIFY(!anthropic.hadAuthorization);
        QCOMPARE(anthropic.credentialHeaders, QList<QByteArray>{"x-api-key"});
        QVERIFY(
            anthropic.headers.contains(qMakePair(QByteArray("anthropic-version"), QByteArray("2023-06-01"))));
    }

    // Every other provider's check, against answers shaped like each API's (its documentation): the owner,
    // organisations, key name and scopes are read where the API gives them; a wrong key is invalid (401); the
    // key goes in the provider's own header and nowhere else.
    void otherProvidersAnswersAreRead_data()
    {
        QTest::addColumn<QString>("provider");
        QTest::addColumn<QByteArray>("route");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QByteArray>("scopesHeader");
        QTest::addColumn<QByteArray>("keyHeader");
        QTest::addColumn<QString>("summaryHas");

        QTest::newRow("openai") << "openai" << QByteArray("/v1/me")
                                << QByteArray(R"({"object":"user","id":"user-1","email":"ada@example.org",
                                   "name":"Ada Lovelace","orgs":{"object":"list","data":[{"object":"organization",
                                   "id":"org-1","name":"acme-research","title":"Acme Research","role":"owner"}]}})")
                                << QByteArray() << QByteArray("authorization") << "Ada Lovelace";
        QTest::newRow("github") << "github" << QByteArray("/user")
                                << QByteArray(R"({"login":"ada","id":1,"type":"User","name":"Ada L."})")
                                << QByteArray("repo, workflow") << QByteArray("authorization") << "ada";
        QTest::newRow("openrouter") << "openrouter" << QByteArray("/api/v1/key")
                                    << QByteArray(
                                           R"({"data":{"label":"sk-or-v1-0a1…9f","usage":0.5,"limit":null}})")
                                    << QByteArray() << QByteArray("authorization") << "sk-or-v1-0a1…9f";
        QTest::newRow("xai") << "xai" << QByteArray("/v1/api-key")
                             << QByteArray(
                                    R"({"name":"laptop","acls":["api-key:model:*","api-key:endpoint:*"],
                                "api_key_blocked":false})")
                             << QByteArray() << QByteArray("authorization") << "laptop";
        QTest::newRow("replicate") << "replicate" << QByteArray("/v1/account")
                                   << QByteArray(
                                          R"({"type":"organization","username":"acme","name":"Acme Inc."})")
                                   << QByteArray() << QByteArray("authorization") << "acme";
        QTest::newRow("anthropic") << "anthropic" << QByteArray("/v1/models")
                                   << QByteArray(
                                          R"({"data":[{"type":"model","id":"claude-x"}],"has_more":false})")
                                   << QByteArray() << QByteArray("x-api-key") << "Valid";
        QTest::newRow("groq") << "groq" << QByteArray("/openai/v1/models")
                              << QByteArray(R"({"object":"list","data":[{"id":"llama","object":"model"}]})")
                              << QByteArray() << QByteArray("authorization") << "Valid";
        QTest::newRow("google") << "google" << QByteArray("/v1/models")
                                << QByteArray(R"({"models":[{"name":"models/gemini"}]})") << QByteArray()
                                << QByteArray("x-goog-api-key") << "Valid";
        QTest::newRow("langsmith") << "langsmith" << QByteArray("/api/v1/api-key")
                                   << QByteArray(R"([{"id":"k1","short_key":"lsv2_…","description":"ci"}])")
                                   << QByteArray() << QByteArray("x-api-key") << "Valid";
        QTest::newRow("pinecone") << "pinecone" << QByteArray("/indexes") << QByteArray(R"({"indexes":[]})")
                                  << QByteArray() << QByteArray("api-key") << "Valid";
    }

    void otherProvidersAnswersAreRead()
    {
        QFETCH(QString, provider);
        QFETCH(QByteArray, route);
        QFETCH(QByteArray, body);
        QFETCH(QByteArray, scopesHeader);
        QFETCH(QByteArray, keyHeader);
        QFETCH(QString, summaryHas);
        const QByteArray key = "key-" + provider.toLatin1() + "-" + QByteArray::number(m_rng.generate(), 16);
        QJsonParseError parseError{};
        QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
        QVERIFY2(parseError.error == QJsonParseError::NoError, qPrintable(parseError.errorString()));
        // An array answer (LangSmith) is wrapped by the fake only as far as its transport needs: the checks
        // that have no parser look at the status alone.
        const QJsonObject object =
            doc.isObject() ? doc.object() : QJsonObject{{QStringLiteral("items"), doc.array()}};
        QList<QPair<QByteArray, QByteArray>> headers;
        if (!scopesHeader.isEmpty()) {
            headers.append({"X-OAuth-Scopes", scopesHeader});
        }
        m_hub.addProviderAnswer(route, key, object, headers);
        const CheckProvider* check = findCheckProvider(provider);
        QVERIFY(check != nullptr);
        TokenVerifier verifier;
        verifier.setEndpoint(provider, m_hub.url());
        const CheckResult r = checkOnce(verifier, key, check->verifierId);
        QCOMPARE(r.provider, provider);
        QCOMPARE(r.state, CheckResult::State::Valid);
        const FakeHub::Request request = m_hub.lastRequest();
        QCOMPARE(request.path, route);
        QCOMPARE(request.credentialHeaders, QList<QByteArray>{keyHeader});
        const QString summary = checkSummary(r);
        QVERIFY2(summary.contains(summaryHas), qPrintable(summary));
        if (provider == QLatin1String("openai")) {
            QCOMPARE(r.ownerName, QStringLiteral("Ada Lovelace"));
            QCOMPARE(r.orgs.size(), 1);
            QCOMPARE(r.orgs.first().name, QStringLiteral("Acme Research"));
            QCOMPARE(r.orgs.first().roleInOrg, QStringLiteral("owner"));
        } else if (provider == QLatin1String("github")) {
            QCOMPARE(r.ownerName, QStringLiteral("ada"));
            QCOMPARE(r.ownerType, QStringLiteral("user"));
            QCOMPARE(r.globalPermissions, (QStringList{QStringLiteral("repo"), QStringLiteral("workflow")}));
        } else if (provider == QLatin1String("xai")) {
            QCOMPARE(r.displayName, QStringLiteral("laptop"));
            QCOMPARE(r.globalPermissions.size(), 2);
        } else if (provider == QLatin1String("replicate")) {
            QCOMPARE(r.ownerName, QStringLiteral("acme"));
            QCOMPARE(r.ownerType, QStringLiteral("organization"));
        }
        QVERIFY2(!summary.contains(QString::fromLatin1(key)), qPrintable(summary));

        // Another key: refused.
        const CheckResult wrong = checkOnce(verifier, key + "x", check->verifierId);
        QCOMPARE(wrong.state, CheckResult::State::Invalid);
        QCOMPARE(wrong.httpStatus, 401);
    }

    void headerInjectionRefused()
    {
        TokenVerifier verifier;
        pointAtHub(verifier);
        const int before = m_hub.requestCount();
        const CheckResult r = checkOnce(verifier, m_read + "\r\nX-Evil: 1");
        QCOMPARE(r.state, CheckResult::State::NetworkError);
        QCOMPARE(m_hub.requestCount(), before);
    }

    void hfEndpointHonoured()
    {
        qputenv("HF_ENDPOINT", m_hub.url().toString().toLatin1());
        TokenVerifier verifier;
        QCOMPARE(verifier.checkUrl(QStringLiteral("huggingface.whoami_v2")).toString(),
                 m_hub.url().toString() + QStringLiteral("/api/whoami-v2"));
        QCOMPARE(verifier.revokeUrl().toString(),
                 m_hub.url().toString() + QStringLiteral("/api/credentials/revoke"));
        const int before = m_hub.requestCount();
        QCOMPARE(checkOnce(verifier, m_write).state, CheckResult::State::Valid);
        QCOMPARE(m_hub.requestCount(), before + 1);
        // The per-provider override wins over the environment; other providers ignore HF_ENDPOINT.
        verifier.setEndpoint(QStringLiteral("huggingface"),
                             QUrl(QStringLiteral("https://hub.example.invalid/")));
        QCOMPARE(verifier.checkUrl(QStringLiteral("huggingface")).toString(),
                 QStringLiteral("https://hub.example.invalid/api/whoami-v2"));
        QCOMPARE(verifier.checkUrl(QStringLiteral("github")).toString(),
                 QStringLiteral("https://api.github.com/user"));
        qunsetenv("HF_ENDPOINT");
        QCOMPARE(TokenVerifier().checkUrl(QStringLiteral("huggingface")).toString(),
                 QStringLiteral("https://huggingface.co/api/whoami-v2"));
    }

    void unsupportedProvider()
    {
        TokenVerifier verifier;
        const CheckResult r = checkOnce(verifier, m_read, QStringLiteral("perplexity"));
        QCOMPARE(r.state, CheckResult::State::Unsupported);
        QVERIFY(!TokenVerifier::canCheck(QStringLiteral("aws")));
        QVERIFY(TokenVerifier::canCheck(QStringLiteral("huggingface.whoami_v2")));
    }

    void everyRuleVerifierHasACheck()
    {
        const RuleCatalogue catalogue = RuleCatalogue::builtin();
        QVERIFY(catalogue.errors().isEmpty());
        int withVerifier = 0;
        for (const Rule& rule : catalogue.rules()) {
            if (rule.verifier.isEmpty()) {
                continue;
            }
            ++withVerifier;
            QVERIFY2(TokenVerifier::canCheck(rule.verifier),
                     qPrintable(rule.id + QLatin1Char(' ') + rule.verifier));
            // The check is the rule's own provider's.
            QCOMPARE(findCheckProvider(rule.verifier)->id, rule.provider);
        }
        QVERIFY(withVerifier >= 10);
    }

    void checkStoreRoundTrip()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("share/keyscout/checks.sqlite"));
        TokenVerifier verifier;
        pointAtHub(verifier);
        const CheckResult fine = checkOnce(verifier, m_fineGrained);
        const CheckResult write = checkOnce(verifier, m_write);
        QCOMPARE(fine.state, CheckResult::State::Valid);
        {
            CheckStore store(path);
            QVERIFY2(store.isOpen(), qPrintable(store.errorString()));
            QVERIFY(!store.lookup(fingerprintOf(m_fineGrained)).has_value());
            QVERIFY2(store.store(fingerprintOf(m_fineGrained), fine), qPrintable(store.errorString()));
            QVERIFY(store.store(fingerprintOf(m_write), write));
        }
        const QFile::Permissions others = QFile::ReadGroup | QFile::WriteGroup | QFile::ExeGroup |
                                          QFile::ReadOther | QFile::WriteOther | QFile::ExeOther;
        QCOMPARE(QFile::permissions(path) & others, QFile::Permissions());
        CheckStore store(path);
        const std::optional<CheckResult> back = store.lookup(fingerprintOf(m_fineGrained));
        QVERIFY(back.has_value());
        QCOMPARE(*back, fine);
        QCOMPARE(store.lookup(fingerprintOf(m_write))->orgs, write.orgs);

        // A rate-limited answer replaces the stored one, Retry-After included.
        CheckResult limited;
        limited.provider = QStringLiteral("huggingface");
        limited.state = CheckResult::State::RateLimited;
        limited.retryAfterSeconds = 7;
        limited.checkedAt = QDateTime::currentDateTimeUtc();
        QVERIFY(store.store(fingerprintOf(m_write), limited));
        QCOMPARE(store.lookup(fingerprintOf(m_write))->retryAfterSeconds, std::optional<int>(7));

        // The raw token as a key is refused, and the message does not repeat it.
        QVERIFY(!store.store(QString::fromLatin1(m_read), fine));
        QVERIFY2(store.errorString().contains(QLatin1String("64 lower-case hex")),
                 qPrintable(store.errorString()));
        QVERIFY(!store.errorString().contains(QString::fromLatin1(m_read)));
        QVERIFY(!store.lookup(QString::fromLatin1(m_read)).has_value());
        QVERIFY(!store.store(fingerprintOf(m_read).toUpper(), fine));
        QVERIFY(store.remove(fingerprintOf(m_write)));
        QVERIFY(!store.lookup(fingerprintOf(m_write)).has_value());

        // Not a byte of any token in the file or its journal.
        const QByteArray bytes = bytesOnDisk(path);
        QVERIFY(bytes.contains("acme-research")); // the search below can find text
        for (const QByteArray& token : {m_read, m_write, m_fineGrained}) {
            QVERIFY(!bytes.contains(token));
            QVERIFY(!bytes.contains(token.mid(3)));
        }
    }

    void checkStoreDefaultPathBesideTriage()
    {
        QCOMPARE(QFileInfo(CheckStore::defaultPath()).fileName(), QStringLiteral("checks.sqlite"));
        QCOMPARE(QFileInfo(CheckStore::defaultPath()).absolutePath(),
                 QFileInfo(TriageStore::defaultPath()).absolutePath());
    }

    void resultJsonHoldsNoSecretAndRoundTrips()
    {
        TokenVerifier verifier;
        pointAtHub(verifier);
        const CheckResult r = checkOnce(verifier, m_write);
        const QByteArray json = QJsonDocument(r.toJson()).toJson();
        QVERIFY(!json.contains(m_write));
        QVERIFY(!json.contains("@example.invalid")); // the e-mail address is not kept
        QCOMPARE(CheckResult::fromJson(r.toJson()), std::optional<CheckResult>(r));
        QVERIFY(!CheckResult::fromJson(QJsonObject{{QStringLiteral("state"), QStringLiteral("odd")}})
                     .has_value());
    }

    void tokensFromJson()
    {
        FakeHub hub;
        const QByteArray token = test::hfToken(m_rng);
        QString error;
        QVERIFY(!hub.addTokensFromJson("{\"tokens\": [{\"token\": \"x\"}]}", &error));
        QVERIFY(!error.isEmpty());
        QVERIFY(hub.addTokensFromJson("{\"tokens\": [{\"token\": \"" + token +
                                          "\", \"preset\": \"write\", \"user\": "
                                          "\"carol\"}]}",
                                      &error));
        QVERIFY(hub.knows(token));
        QVERIFY(hub.listen());
        TokenVerifier verifier;
        verifier.setEndpoint(QStringLiteral("huggingface"), hub.url());
        const CheckResult r = checkOnce(verifier, token);
        QCOMPARE(r.ownerName, QStringLiteral("carol"));
        QCOMPARE(r.role, QStringLiteral("write"));
    }
};

QTEST_GUILESS_MAIN(TestVerify)
#include "tst_verify.moc"
