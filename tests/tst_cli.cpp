// SPDX-License-Identifier: GPL-3.0-or-later
// `keyscout scan` as a person meets it: the real binary run on trees generated into a temporary folder, with
// HOME and the XDG folders inside that folder too, judged by its exit status, its reports and its messages.
#include "ModelFixtures.h"
#include "TestSupport.h"
#include "rules/RuleCatalogue.h"
#include "verify/FakeHub.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>
#include <optional>
#include <pwd.h>
#include <unistd.h>

using namespace keyscout;

namespace {

struct CliRun {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    QJsonObject json;      // stdout parsed, when it is JSON
    QString jsonError;     // why stdout is not JSON
    QByteArray transcript; // exit status, stdout and stderr, for failure messages
};

QString sha256Hex(const QByteArray& bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

// How every report shows a secret: the rule's prefix, four characters, U+2026, four characters.
QString expectedMask(const QByteArray& token, qsizetype prefixLength)
{
    const QByteArray body = token.mid(prefixLength);
    return QString::fromLatin1(token.left(prefixLength) + body.left(4)) + QChar(0x2026) +
           QString::fromLatin1(body.right(4));
}

// A failure message: what was expected, then what keyscout did.
QByteArray because(const char* expectation, const CliRun& run)
{
    return QByteArray(expectation) + '\n' + run.transcript;
}

QString currentUserName()
{
    const passwd* pw = getpwuid(geteuid());
    return pw != nullptr ? QString::fromLocal8Bit(pw->pw_name) : QString::number(geteuid());
}

QString canonical(const QString& path)
{
    return QFileInfo(path).canonicalFilePath();
}

QJsonObject secretBySha(const QJsonObject& report, const QString& sha)
{
    for (const auto& v : report[u"secrets"].toArray()) {
        if (v[u"secret_sha256"].toString() == sha) {
            return v.toObject();
        }
    }
    return {};
}

QStringList reportedShas(const QJsonObject& report)
{
    QStringList out;
    for (const auto& v : report[u"secrets"].toArray()) {
        out << v[u"secret_sha256"].toString();
    }
    return out;
}

bool writeWithMode(const QString& path, const QByteArray& content, QFileDevice::Permissions mode)
{
    return test::writeFile(path, content) && QFile::setPermissions(path, mode);
}

constexpr QFileDevice::Permissions kMode0644 =
    QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther;
constexpr QFileDevice::Permissions kMode0600 = QFileDevice::ReadOwner | QFileDevice::WriteOwner;

} // namespace

class TestCli : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_sandbox; // the isolated HOME and XDG folders, and the shared report tree
    QRandomGenerator m_rng{31337};

    // The report tree: one HF token in three files (one CRLF with a multi-byte prefix), a second HF token in
    // two (one a token store holding only the token), one GitHub token; a space in a folder name. Scanned
    // once per format in initTestCase.
    QString m_tree;
    QByteArray m_tokenA;
    QByteArray m_tokenB;
    QByteArray m_github;
    CliRun m_jsonRun;
    CliRun m_sarifRun;

    [[nodiscard]] QString sandboxPath(const QString& relative) const { return m_sandbox.filePath(relative); }

    // HOME, XDG_CONFIG_HOME, XDG_DATA_HOME and XDG_CACHE_HOME inside `base`, so a run never reads the
    // tester's own rule files or writes to their home.
    static QProcessEnvironment isolatedEnvironment(const QString& base)
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        const QList<std::pair<const char*, const char*>> folders{{"HOME", "home"},
                                                                 {"XDG_CONFIG_HOME", "config"},
                                                                 {"XDG_DATA_HOME", "data"},
                                                                 {"XDG_CACHE_HOME", "cache"}};
        for (const auto& [variable, folder] : folders) {
            const QString path = QDir(base).filePath(QLatin1String(folder));
            QDir().mkpath(path);
            env.insert(QLatin1String(variable), path);
        }
        return env;
    }

    // Runs keyscout with `input` on its standard input (none: /dev/null). The wait runs this thread's event
    // loop, so a fake hub in this process answers keyscout verify.
    static CliRun run(const QStringList& arguments, const QProcessEnvironment& env,
                      const std::optional<QByteArray>& input = std::nullopt)
    {
        QProcess process;
        process.setProcessEnvironment(env);
        if (!input) {
            process.setStandardInputFile(QProcess::nullDevice());
        }
        QSignalSpy finished(&process, &QProcess::finished);
        process.start(QStringLiteral(KEYSCOUT_BINARY), arguments);
        if (input) {
            process.write(*input);
            process.closeWriteChannel();
        }
        CliRun result;
        if (!finished.wait(60000) || process.exitStatus() != QProcess::NormalExit) {
            result.transcript = "keyscout did not finish normally: " + process.errorString().toUtf8();
            process.kill();
            process.waitForFinished();
            return result;
        }
        result.exitCode = process.exitCode();
        result.out = process.readAllStandardOutput();
        result.err = process.readAllStandardError();
        result.transcript = "exit status " + QByteArray::number(result.exitCode) + "\n--- stdout\n" +
                            result.out.left(4000) + "\n--- stderr\n" + result.err.left(4000);
        QJsonParseError error{};
        const QJsonDocument doc = QJsonDocument::fromJson(result.out, &error);
        if (error.error == QJsonParseError::NoError) {
            result.json = doc.object();
        } else {
            result.jsonError = error.errorString();
        }
        return result;
    }

    // `keyscout scan --quiet ARGS...` in the sandbox environment.
    [[nodiscard]] CliRun scan(const QStringList& arguments) const
    {
        return run(QStringList{QStringLiteral("scan"), QStringLiteral("--quiet")} + arguments,
                   isolatedEnvironment(m_sandbox.path()));
    }
    [[nodiscard]] CliRun scanJson(const QStringList& arguments) const
    {
        return scan(QStringList{QStringLiteral("--format"), QStringLiteral("json")} + arguments);
    }

    // Rows shared by the JSON and SARIF location tests: where each planted secret is, as a person counts.
    void addLocationRows()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QByteArray>("token");
        QTest::addColumn<int>("line");
        QTest::addColumn<int>("column");
        QTest::addColumn<QString>("mode");

        QTest::newRow("LF file, end of a line")
            << QStringLiteral(".env") << m_tokenA << 3 << 12 << QStringLiteral("0644");
        QTest::newRow("CRLF file, after multi-byte UTF-8, mid-line")
            << QStringLiteral("logs/session.txt") << m_tokenA << 3 << 12 << QStringLiteral("0644");
        QTest::newRow("second secret in a private file")
            << QStringLiteral("team notes/todo.md") << m_tokenB << 1 << 10 << QStringLiteral("0600");
        QTest::newRow("first secret again, another file")
            << QStringLiteral("team notes/todo.md") << m_tokenA << 2 << 9 << QStringLiteral("0600");
        QTest::newRow("token file, first byte")
            << QStringLiteral(".cache/huggingface/token") << m_tokenB << 1 << 1 << QStringLiteral("0600");
        QTest::newRow("GitHub token")
            << QStringLiteral("ci/deploy.sh") << m_github << 2 << 13 << QStringLiteral("0644");
    }

    [[nodiscard]] QByteArray treeFile(const QString& relative) const
    {
        QFile f(QDir(m_tree).filePath(relative));
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

private slots:
    // With no folder, a scan reads this workstation: the home folder and Hugging Face's token store wherever
    // HF_HOME and HF_TOKEN_PATH put it, even outside the home folder, with the token files known by path.
    void tokenStoreOutsideHomeIsRead()
    {
        QTemporaryDir base;
        QProcessEnvironment env = isolatedEnvironment(base.path());
        const QByteArray stored = test::hfToken(m_rng);
        const QByteArray active = test::hfToken(m_rng);
        const QString hfHome = base.filePath(QStringLiteral("data-disk/hf"));
        const QString tokenPath = base.filePath(QStringLiteral("secrets/hub-token.txt"));
        QVERIFY(writeWithMode(hfHome + QStringLiteral("/stored_tokens"),
                              "[laptop]\nhf_token = " + stored + "\n", kMode0600));
        QVERIFY(writeWithMode(tokenPath, active, kMode0600));
        env.insert(QStringLiteral("HF_HOME"), hfHome);
        env.insert(QStringLiteral("HF_TOKEN_PATH"), tokenPath);
        const CliRun r =
            run({QStringLiteral("scan"), QStringLiteral("--format"), QStringLiteral("json")}, env);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.jsonError.isEmpty(), r.transcript);
        const QJsonObject s = secretBySha(r.json, sha256Hex(stored));
        QVERIFY2(!s.isEmpty(), r.transcript);
        const QJsonObject storedPlace = s[u"locations"].toArray().first().toObject();
        QCOMPARE(storedPlace[u"kind"].toString(), QStringLiteral("token-store"));
        QCOMPARE(storedPlace[u"place"][u"name"].toString(), QStringLiteral("laptop"));
        const QJsonObject a = secretBySha(r.json, sha256Hex(active));
        QVERIFY2(!a.isEmpty(), r.transcript);
        const QJsonObject activePlace = a[u"locations"].toArray().first().toObject();
        QCOMPARE(activePlace[u"kind"].toString(), QStringLiteral("token-store"));
        QCOMPARE(activePlace[u"exposure"].toString(), QStringLiteral("stored-properly"));
        QCOMPARE(a[u"severity"].toString(), QStringLiteral("info"));
        const QJsonArray steps = a[u"next_steps"].toArray();
        QCOMPARE(steps.size(), 1);
        QVERIFY(steps.first().toString().startsWith(QLatin1String("Nothing to clean")));
    }

    void initTestCase()
    {
        QVERIFY2(QFileInfo(QStringLiteral(KEYSCOUT_BINARY)).isExecutable(), KEYSCOUT_BINARY " is not built");
        const RuleCatalogue builtin = RuleCatalogue::builtin();
        QVERIFY2(builtin.findRule(QStringLiteral("huggingface.user_token")) != nullptr,
                 "the built-in catalogue (resources/rules/*.json) has no huggingface.user_token rule");
        QVERIFY(m_sandbox.isValid());

        m_tokenA = test::hfToken(m_rng);
        m_tokenB = test::hfToken(m_rng);
        m_github = test::githubToken(m_rng);
        m_tree = sandboxPath(QStringLiteral("tree"));
        const QDir tree(m_tree);
        QVERIFY(writeWithMode(tree.filePath(QStringLiteral(".env")),
                              "# local settings\nHF_HOME=/srv/hf\nHUB_ACCESS=" + m_tokenA + "\n", kMode0644));
        // "🤗 déjà vu: " is 11 code points but 16 bytes: the column counts code points.
        QVERIFY(writeWithMode(tree.filePath(QStringLiteral("logs/session.txt")),
                              "first line\r\nsecond line\r\n\xF0\x9F\xA4\x97 d\xC3\xA9j\xC3\xA0 vu: " +
                                  m_tokenA + " and more\r\nlast\r\n",
                              kMode0644));
        QVERIFY(writeWithMode(tree.filePath(QStringLiteral("team notes/todo.md")),
                              "- rotate " + m_tokenB + "\n- check " + m_tokenA + " too\n", kMode0600));
        QVERIFY(
            writeWithMode(tree.filePath(QStringLiteral(".cache/huggingface/token")), m_tokenB, kMode0600));
        QVERIFY(writeWithMode(tree.filePath(QStringLiteral("ci/deploy.sh")),
                              "#!/bin/sh\ndeploy_with " + m_github + "\n", kMode0644));

        m_jsonRun = scanJson({m_tree});
        m_sarifRun = scan({QStringLiteral("--format"), QStringLiteral("sarif"), m_tree});
    }

    // --- exit status ---------------------------------------------------------------------------------------

    void cleanTreeExitsZero()
    {
        QTemporaryDir dir;
        // Look-alikes that are no credential: a placeholder, a short value, the AWS documentation key.
        QVERIFY(test::writeFile(dir.filePath(QStringLiteral("README.md")),
                                "Put your token (hf_" + QByteArray(34, 'x') + ") in .env, never hf_abc.\n"));
        QVERIFY(test::writeFile(dir.filePath(QStringLiteral("docs/aws.md")),
                                "aws_access_key_id = AKIAIOSFODNN7EXAMPLE\n"));
        QVERIFY(test::writeFile(dir.filePath(QStringLiteral("src/main.py")), "print('hello')\n"));
        const CliRun r = scan({dir.path()});
        QVERIFY2(r.exitCode == 0, r.transcript);
        QVERIFY2(r.out.contains("Found 0 secret(s) in 0 place(s)."), r.transcript);
        QVERIFY2(r.out.contains("Scanned 3 files"), r.transcript);
        QVERIFY2(r.err.isEmpty(), r.transcript);
    }

    void theBinaryItselfIsNoFinding()
    {
        // The built-in rules carry token-shaped test vectors; compiled in uncompressed they made every
        // installed keyscout a finding of its own scan.
        const CliRun r = scan({QStringLiteral(KEYSCOUT_BINARY)});
        QVERIFY2(r.exitCode == 0, r.transcript);
        QVERIFY2(r.out.contains("Found 0 secret(s)"), r.transcript);
    }

    void findingsExitOne()
    {
        QTemporaryDir dir;
        const QByteArray token = test::hfToken(m_rng);
        QVERIFY(test::writeFile(dir.filePath(QStringLiteral("app/.env")), "HUB=" + token + "\n"));
        const CliRun r = scan({dir.path()});
        QVERIFY2(r.exitCode == 1, r.transcript);
        QVERIFY2(r.out.contains("Found 1 secret(s) in 1 place(s)."), r.transcript);
        QVERIFY2(r.out.contains(expectedMask(token, 3).toUtf8()), r.transcript);
        QVERIFY2(r.err.isEmpty(), r.transcript);
    }

    void missingRootIsAnErrorButOtherRootsAreScanned()
    {
        const QString missing = sandboxPath(QStringLiteral("no-such-folder"));
        const CliRun text = scan({missing, m_tree});
        QVERIFY2(text.exitCode == 2, text.transcript);
        QVERIFY2(text.err.contains(missing.toUtf8()), text.transcript);
        QVERIFY2(text.out.contains("Found 3 secret(s) in 6 place(s)."), text.transcript);
        QVERIFY2(text.out.contains(QByteArray("error: cannot scan " + missing.toUtf8())), text.transcript);

        const CliRun json = scanJson({m_tree, missing});
        QVERIFY2(json.exitCode == 2, json.transcript);
        QCOMPARE(json.json[u"summary"][u"secrets"].toInt(), 3);
        const QJsonArray errors = json.json[u"scan"][u"errors"].toArray();
        QVERIFY2(errors.size() == 1 && errors.first().toString().contains(missing), json.transcript);
    }

    void badArgumentsExitTwo_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        QTest::newRow("unknown format") << QStringList{QStringLiteral("--format"), QStringLiteral("xml")}
                                        << QStringLiteral("unknown format 'xml'");
        QTest::newRow("size without a number")
            << QStringList{QStringLiteral("--max-file-size"), QStringLiteral("K")}
            << QStringLiteral("--max-file-size");
        QTest::newRow("negative size")
            << QStringList{QStringLiteral("--max-file-size=-5")} << QStringLiteral("--max-file-size");
        QTest::newRow("unknown size unit")
            << QStringList{QStringLiteral("--max-file-size"), QStringLiteral("12Q")}
            << QStringLiteral("--max-file-size");
        QTest::newRow("unknown option")
            << QStringList{QStringLiteral("--frobnicate")} << QStringLiteral("frobnicate");
    }

    void badArgumentsExitTwo()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        const CliRun r = scan(arguments + QStringList{m_tree});
        QVERIFY2(r.exitCode == 2, r.transcript);
        QVERIFY2(r.err.contains(message.toUtf8()), r.transcript);
        QVERIFY2(r.out.isEmpty(), because("no report is written when the command line is wrong", r));
    }

    void malformedRuleFileIsRejectedAndBuiltinsStillRun_data()
    {
        QTest::addColumn<QString>("fileName");
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("ruleId");
        QTest::addColumn<QString>("reason");

        QTest::newRow("not JSON") << QStringLiteral("broken.json")
                                  << QByteArray(R"({"format": 1, "rules": [)") << QString()
                                  << QStringLiteral("not valid JSON");

        // A well-formed rule whose own positive vector finds nothing: the loader runs the vectors.
        const QJsonObject rule{
            {QStringLiteral("id"), QStringLiteral("fixture.widget_key")},
            {QStringLiteral("name"), QStringLiteral("Widget key")},
            {QStringLiteral("provider"), QStringLiteral("widget")},
            {QStringLiteral("provider_name"), QStringLiteral("Widget")},
            {QStringLiteral("severity"), QStringLiteral("high")},
            {QStringLiteral("confidence"), QStringLiteral("high")},
            {QStringLiteral("keywords"), QJsonArray{QStringLiteral("wgt_")}},
            {QStringLiteral("pattern"), QStringLiteral("(?P<secret>wgt_[a-z0-9]{20})")},
            {QStringLiteral("prefix"), QStringLiteral("wgt_")},
            {QStringLiteral("description"), QStringLiteral("A test rule.")},
            {QStringLiteral("tests"),
             QJsonObject{{QStringLiteral("positive"),
                          QJsonArray{QJsonObject{{QStringLiteral("input"), QStringLiteral("key = wgt_short")},
                                                 {QStringLiteral("secret"), QStringLiteral("wgt_short")}}}},
                         {QStringLiteral("negative"), QJsonArray{QStringLiteral("wgt_")}}}}};
        const auto file = [](const QJsonObject& r) {
            return QJsonDocument(
                       QJsonObject{{QStringLiteral("format"), 1}, {QStringLiteral("rules"), QJsonArray{r}}})
                .toJson();
        };
        QTest::newRow("rule fails its positive vector")
            << QStringLiteral("widget.json") << file(rule) << QStringLiteral("fixture.widget_key")
            << QStringLiteral("positive test 1");

        QJsonObject badPattern = rule;
        badPattern.insert(QStringLiteral("id"), QStringLiteral("fixture.bad_pattern"));
        badPattern.insert(QStringLiteral("pattern"), QStringLiteral("(?P<secret>wgt_[a-z"));
        QTest::newRow("pattern is not RE2")
            << QStringLiteral("pattern.json") << file(badPattern) << QStringLiteral("fixture.bad_pattern")
            << QStringLiteral("not valid RE2");
    }

    void malformedRuleFileIsRejectedAndBuiltinsStillRun()
    {
        QFETCH(QString, fileName);
        QFETCH(QByteArray, content);
        QFETCH(QString, ruleId);
        QFETCH(QString, reason);
        const QString path = sandboxPath(QStringLiteral("rules/") + fileName);
        QVERIFY(test::writeFile(path, content));

        const CliRun r = scanJson({QStringLiteral("--rules"), path, m_tree});
        QVERIFY2(r.exitCode == 2, r.transcript);
        QVERIFY2(r.err.contains(path.toUtf8()), because("stderr must name the file", r));
        QVERIFY2(r.err.contains(ruleId.toUtf8()), because("stderr must name the rule", r));
        QVERIFY2(r.err.contains(reason.toUtf8()), because("stderr must give the reason", r));
        // The built-in rules still ran and the report still has the planted token.
        QVERIFY2(r.jsonError.isEmpty(), qPrintable(r.jsonError));
        QVERIFY2(!secretBySha(r.json, sha256Hex(m_tokenA)).isEmpty(), r.transcript);
        QCOMPARE(r.json[u"summary"][u"secrets"].toInt(), 3);
        const QJsonArray errors = r.json[u"scan"][u"errors"].toArray();
        QVERIFY2(errors.size() == 1 && errors.first().toString().contains(path) &&
                     errors.first().toString().contains(reason),
                 r.transcript);
    }

    // --- JSON ----------------------------------------------------------------------------------------------

    void jsonReportShape()
    {
        const CliRun& r = m_jsonRun;
        QVERIFY2(r.exitCode == 1, r.transcript);
        QVERIFY2(r.jsonError.isEmpty(), qPrintable(r.jsonError));
        QCOMPARE(r.json[u"schema_version"].toInt(), 1);
        QCOMPARE(r.json[u"summary"][u"secrets"].toInt(), 3);
        QCOMPARE(r.json[u"summary"][u"findings"].toInt(), 6);
        const QJsonArray secrets = r.json[u"secrets"].toArray();
        QCOMPARE(secrets.size(), 3);
        for (const auto& s : secrets) {
            QVERIFY2(!s.toObject().contains(QStringLiteral("secret")), "a raw secret without --reveal");
            for (const auto& l : s[u"locations"].toArray()) {
                QVERIFY2(!l.toObject().contains(QStringLiteral("secret")), "a raw secret without --reveal");
            }
        }
        for (const QByteArray& token : {m_tokenA, m_tokenB, m_github}) {
            QVERIFY2(!r.out.contains(token), "the raw secret is in the JSON report");
        }
    }

    void jsonSecretGroupsItsLocations_data()
    {
        QTest::addColumn<QByteArray>("token");
        QTest::addColumn<int>("prefixLength");
        QTest::addColumn<QString>("ruleId");
        QTest::addColumn<QStringList>("files");
        QTest::newRow("HF token in three files")
            << m_tokenA << 3 << QStringLiteral("huggingface.user_token")
            << QStringList{QStringLiteral(".env"), QStringLiteral("logs/session.txt"),
                           QStringLiteral("team notes/todo.md")};
        QTest::newRow("HF token in two files")
            << m_tokenB << 3 << QStringLiteral("huggingface.user_token")
            << QStringList{QStringLiteral(".cache/huggingface/token"), QStringLiteral("team notes/todo.md")};
    }

    void jsonSecretGroupsItsLocations()
    {
        QFETCH(QByteArray, token);
        QFETCH(int, prefixLength);
        QFETCH(QString, ruleId);
        QFETCH(QStringList, files);
        const QJsonObject secret = secretBySha(m_jsonRun.json, sha256Hex(token));
        QVERIFY2(!secret.isEmpty(), "no secret with the SHA-256 of the planted token");
        QCOMPARE(secret[u"masked"].toString(), expectedMask(token, prefixLength));
        QCOMPARE(secret[u"rule_id"].toString(), ruleId);
        QCOMPARE(secret[u"location_count"].toInt(), files.size());
        QStringList paths;
        for (const auto& l : secret[u"locations"].toArray()) {
            paths << l[u"path"].toString();
            QCOMPARE(l[u"secret_sha256"].toString(), sha256Hex(token));
            QCOMPARE(l[u"masked"].toString(), expectedMask(token, prefixLength));
        }
        QStringList expected;
        for (const QString& f : files) {
            expected << canonical(QDir(m_tree).filePath(f));
        }
        QCOMPARE(paths, expected);
    }

    void jsonLocation_data() { addLocationRows(); }

    void jsonLocation()
    {
        QFETCH(QString, file);
        QFETCH(QByteArray, token);
        QFETCH(int, line);
        QFETCH(int, column);
        QFETCH(QString, mode);
        const QString path = canonical(QDir(m_tree).filePath(file));
        const QJsonObject secret = secretBySha(m_jsonRun.json, sha256Hex(token));
        QJsonObject location;
        for (const auto& l : secret[u"locations"].toArray()) {
            if (l[u"path"].toString() == path) {
                location = l.toObject();
            }
        }
        QVERIFY2(!location.isEmpty(), qPrintable(QStringLiteral("no location in %1").arg(path)));
        QCOMPARE(location[u"line"].toInt(), line);
        QCOMPARE(location[u"column"].toInt(), column);
        QCOMPARE(location[u"offset"].toInteger(), treeFile(file).indexOf(token));
        QCOMPARE(location[u"length"].toInteger(), token.size());

        const QJsonArray lines = location[u"context"][u"lines"].toArray();
        const QString mask = location[u"masked"].toString();
        bool maskShown = false;
        for (const auto& l : lines) {
            const QString text = l.toString();
            maskShown = maskShown || text.contains(mask);
            QVERIFY2(!text.contains(QString::fromLatin1(token.mid(4))), qPrintable(text));
        }
        QVERIFY2(maskShown, "the context does not show the masked secret");
        const int first = location[u"context"][u"first_line"].toInt();
        QVERIFY2(first <= line && line < first + lines.size(), "the context does not hold the secret's line");
        QVERIFY2(!lines.at(line - first).toString().contains(QLatin1Char('\r')),
                 "a CR is left in the context");

        QCOMPARE(location[u"file"][u"mode"].toString(), mode);
        QCOMPARE(location[u"file"][u"owner"].toString(), currentUserName());
        QCOMPARE(location[u"file"][u"size"].toInteger(), treeFile(file).size());
        const bool worldReadable = mode == QLatin1String("0644");
        const QString notes = location[u"notes"].toVariant().toStringList().join(QLatin1Char('\n'));
        QVERIFY2(notes.contains(QLatin1String("readable by every user")) == worldReadable, qPrintable(notes));
    }

    // --- SARIF ---------------------------------------------------------------------------------------------

    void sarifReportShape()
    {
        const CliRun& r = m_sarifRun;
        QVERIFY2(r.exitCode == 1, r.transcript);
        QVERIFY2(r.jsonError.isEmpty(), qPrintable(r.jsonError));
        QCOMPARE(r.json[u"version"].toString(), QStringLiteral("2.1.0"));
        QVERIFY2(r.json[u"$schema"].toString().contains(QLatin1String("sarif")), r.transcript);
        const QJsonArray runs = r.json[u"runs"].toArray();
        QCOMPARE(runs.size(), 1);
        const QJsonObject run = runs.first().toObject();
        QCOMPARE(run[u"tool"][u"driver"][u"name"].toString(), QStringLiteral("Keyscout"));
        QCOMPARE(run[u"originalUriBaseIds"][u"%SRCROOT%"][u"uri"].toString(),
                 QString(QStringLiteral("file://") + canonical(m_tree) + QLatin1Char('/')));

        const QJsonArray rules = run[u"tool"][u"driver"][u"rules"].toArray();
        QVERIFY(!rules.isEmpty());
        QSet<QString> ids;
        for (const auto& rule : rules) {
            const QString id = rule[u"id"].toString();
            QVERIFY2(!id.isEmpty() && !ids.contains(id), qPrintable(id));
            ids.insert(id);
        }
        const QJsonArray results = run[u"results"].toArray();
        QCOMPARE(results.size(), 6);
        const QStringList levels{QStringLiteral("error"), QStringLiteral("warning"), QStringLiteral("note")};
        for (const auto& result : results) {
            const QString ruleId = result[u"ruleId"].toString();
            const int index = result[u"ruleIndex"].toInt(-1);
            QVERIFY2(index >= 0 && index < rules.size(), qPrintable(ruleId));
            QCOMPARE(rules.at(index)[u"id"].toString(), ruleId);
            QVERIFY2(levels.contains(result[u"level"].toString()), qPrintable(result[u"level"].toString()));
            QVERIFY(!result[u"partialFingerprints"].toObject().isEmpty());
        }
        for (const QByteArray& token : {m_tokenA, m_tokenB, m_github}) {
            QVERIFY2(!r.out.contains(token), "the raw secret is in the SARIF report");
            QVERIFY2(!r.out.contains(token.mid(4)), "the secret's body is in the SARIF report");
        }
    }

    void sarifLocation_data() { addLocationRows(); }

    void sarifLocation()
    {
        QFETCH(QString, file);
        QFETCH(QByteArray, token);
        QFETCH(int, line);
        QFETCH(int, column);
        const QString sha = sha256Hex(token);
        const QJsonObject& report = m_sarifRun.json;
        QJsonObject result;
        QJsonObject artifact;
        for (const auto& r : report[u"runs"][0][u"results"].toArray()) {
            const QJsonObject a = r[u"locations"][0][u"physicalLocation"][u"artifactLocation"].toObject();
            const QString uri = QUrl::fromPercentEncoding(a[u"uri"].toString().toUtf8());
            const QJsonObject fingerprints = r[u"partialFingerprints"].toObject();
            const bool fingerprinted = std::any_of(fingerprints.begin(), fingerprints.end(),
                                                   [&](const auto& v) { return v.toString() == sha; });
            if (uri == file && fingerprinted) {
                result = r.toObject();
                artifact = a;
            }
        }
        QVERIFY2(!result.isEmpty(), "no result with a relative uri and the secret's fingerprint");
        QCOMPARE(artifact[u"uriBaseId"].toString(), QStringLiteral("%SRCROOT%"));
        const QUrl uri(artifact[u"uri"].toString(), QUrl::StrictMode);
        QVERIFY2(uri.isValid() && uri.isRelative() && !uri.path().startsWith(QLatin1Char('/')),
                 qPrintable(artifact[u"uri"].toString()));
        const QJsonObject region = result[u"locations"][0][u"physicalLocation"][u"region"].toObject();
        QCOMPARE(region[u"startLine"].toInt(), line);
        QCOMPARE(region[u"startColumn"].toInt(), column);
        const QString message = result[u"message"][u"text"].toString();
        QVERIFY2(!message.isEmpty(), "a result without a message");
        QVERIFY2(!message.contains(QString::fromLatin1(token.mid(4))), qPrintable(message));
        // SARIF 2.1.0 region.endColumn is the column just past the region, so the whole secret is underlined.
        QCOMPARE(region[u"endColumn"].toInt(), column + static_cast<int>(token.size()));
    }

    // --- text and options ----------------------------------------------------------------------------------

    void textIsTheDefaultFormat()
    {
        const CliRun r = scan({m_tree});
        QVERIFY2(r.exitCode == 1, r.transcript);
        QVERIFY2(!r.jsonError.isEmpty(), "the default report is not text");
        QVERIFY2(r.out.contains("Found 3 secret(s) in 6 place(s)."), r.transcript);
        QVERIFY2(r.out.contains(expectedMask(m_tokenA, 3).toUtf8()), r.transcript);
        QVERIFY2(r.out.contains(expectedMask(m_tokenB, 3).toUtf8()), r.transcript);
        const QByteArray place =
            canonical(QDir(m_tree).filePath(QStringLiteral("logs/session.txt"))).toUtf8() + ":3:12";
        QVERIFY2(r.out.contains(place), r.transcript);
        QVERIFY2(r.out.contains("readable by every user"), r.transcript);
        for (const QByteArray& token : {m_tokenA, m_tokenB, m_github}) {
            QVERIFY2(!r.out.contains(token.mid(4)), "the secret's body is in the text report");
        }
    }

    void outputWritesTheReportToAFile_data()
    {
        QTest::addColumn<QString>("format");
        QTest::newRow("text") << QStringLiteral("text");
        QTest::newRow("json") << QStringLiteral("json");
        QTest::newRow("sarif") << QStringLiteral("sarif");
    }

    void outputWritesTheReportToAFile()
    {
        QFETCH(QString, format);
        QTemporaryDir out;
        const QString file = out.filePath(QStringLiteral("report.") + format);
        const CliRun r = scan({QStringLiteral("--format"), format, QStringLiteral("--output"), file, m_tree});
        QVERIFY2(r.exitCode == 1, r.transcript);
        QVERIFY2(r.out.isEmpty(), because("stdout must stay empty with --output", r));
        QFile f(file);
        QVERIFY2(f.open(QIODevice::ReadOnly), qPrintable(file));
        const QByteArray report = f.readAll();
        if (format == QLatin1String("text")) {
            QVERIFY2(report.contains("Found 3 secret(s) in 6 place(s)."), report);
            return;
        }
        QJsonParseError error{};
        const QJsonObject doc = QJsonDocument::fromJson(report, &error).object();
        QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
        if (format == QLatin1String("json")) {
            QCOMPARE(doc[u"summary"][u"findings"].toInt(), 6);
        } else {
            QCOMPARE(doc[u"runs"][0][u"results"].toArray().size(), 6);
        }
    }

    void outputToAnUnwritablePlaceExitsTwo()
    {
        const QString file = sandboxPath(QStringLiteral("no-such-folder/report.json"));
        const CliRun r = scan({QStringLiteral("--output"), file, m_tree});
        QVERIFY2(r.exitCode == 2, r.transcript);
        QVERIFY2(r.err.contains(file.toUtf8()), r.transcript);
    }

    void includeAndExcludeChangeWhatIsRead_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<bool>("pythonRead");
        QTest::addColumn<bool>("notesRead");
        const auto args = [](std::initializer_list<const char*> list) {
            QStringList out;
            for (const char* a : list) {
                out << QLatin1String(a);
            }
            return out;
        };
        QTest::newRow("no filter") << QStringList() << true << true;
        QTest::newRow("include by name") << args({"--include", "*.py"}) << true << false;
        QTest::newRow("include by folder") << args({"--include", "docs/**"}) << false << true;
        QTest::newRow("exclude a folder") << args({"--exclude", "docs"}) << true << false;
        QTest::newRow("exclude by extension anywhere") << args({"--exclude", "**/*.py"}) << false << true;
        QTest::newRow("exclude beats include")
            << args({"--include", "*.py", "--include", "*.txt", "--exclude", "src"}) << false << true;
    }

    void includeAndExcludeChangeWhatIsRead()
    {
        QFETCH(QStringList, arguments);
        QFETCH(bool, pythonRead);
        QFETCH(bool, notesRead);
        QTemporaryDir dir;
        const QByteArray inPython = test::hfToken(m_rng);
        const QByteArray inNotes = test::hfToken(m_rng);
        QVERIFY(test::writeFile(dir.filePath(QStringLiteral("src/app.py")), "HUB = '" + inPython + "'\n"));
        QVERIFY(test::writeFile(dir.filePath(QStringLiteral("docs/notes.txt")), "old: " + inNotes + "\n"));
        const CliRun r = scanJson(arguments + QStringList{dir.path()});
        QVERIFY2(r.exitCode == 1, r.transcript);
        const QStringList shas = reportedShas(r.json);
        QCOMPARE(shas.contains(sha256Hex(inPython)), pythonRead);
        QCOMPARE(shas.contains(sha256Hex(inNotes)), notesRead);
        QCOMPARE(r.json[u"scan"][u"files_scanned"].toInt(), int(pythonRead) + int(notesRead));
    }

    void maxFileSizeSkipsLargerFiles()
    {
        QTemporaryDir dir;
        const QByteArray small = test::hfToken(m_rng);
        const QByteArray large = test::hfToken(m_rng);
        QVERIFY(test::writeFile(dir.filePath(QStringLiteral("small.txt")), "v=" + small + "\n"));
        const QString big = dir.filePath(QStringLiteral("big.log"));
        QVERIFY(test::writeFile(big, "v=" + large + "\n" + QByteArray(4096, '.') + "\n"));
        const QByteArray bigPath = canonical(big).toUtf8();

        const CliRun listed = scan({QStringLiteral("--max-file-size"), QStringLiteral("1K"),
                                    QStringLiteral("--list-skipped"), dir.path()});
        QVERIFY2(listed.exitCode == 1, listed.transcript);
        QVERIFY2(listed.out.contains(expectedMask(small, 3).toUtf8()), listed.transcript);
        QVERIFY2(!listed.out.contains(expectedMask(large, 3).toUtf8()), listed.transcript);
        QVERIFY2(listed.out.contains(QByteArray(bigPath + ": larger than the size limit")),
                 listed.transcript);

        const CliRun counted = scan({QStringLiteral("--max-file-size"), QStringLiteral("1K"), dir.path()});
        QVERIFY2(!counted.out.contains(bigPath), because("only the counts without --list-skipped", counted));
        QVERIFY2(counted.out.contains("--list-skipped"), counted.transcript);

        const CliRun unlimited = scan({QStringLiteral("--max-file-size"), QStringLiteral("1M"), dir.path()});
        QVERIFY2(unlimited.out.contains(expectedMask(large, 3).toUtf8()), unlimited.transcript);
    }

    void defaultExcludesSkipNodeModules_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<bool>("modulesRead");
        QTest::newRow("default") << QStringList() << false;
        QTest::newRow("--no-default-excludes")
            << QStringList{QStringLiteral("--no-default-excludes")} << true;
    }

    void defaultExcludesSkipNodeModules()
    {
        QFETCH(QStringList, arguments);
        QFETCH(bool, modulesRead);
        QTemporaryDir dir;
        const QByteArray inApp = test::hfToken(m_rng);
        const QByteArray inModules = test::hfToken(m_rng);
        QVERIFY(test::writeFile(dir.filePath(QStringLiteral("web/app.js")), "const k = '" + inApp + "';\n"));
        QVERIFY(test::writeFile(dir.filePath(QStringLiteral("web/node_modules/hub/index.js")),
                                "const k = '" + inModules + "';\n"));
        const CliRun r = scanJson(arguments + QStringList{dir.path()});
        QVERIFY2(r.exitCode == 1, r.transcript);
        const QStringList shas = reportedShas(r.json);
        QVERIFY(shas.contains(sha256Hex(inApp)));
        QCOMPARE(shas.contains(sha256Hex(inModules)), modulesRead);
        const int excluded = r.json[u"skipped"][u"counts"][u"excluded by **/node_modules"].toInt();
        QCOMPARE(excluded, modulesRead ? 0 : 1);
    }

    void huggingFaceTokenStoreIsNeverExcluded()
    {
        QTemporaryDir dir;
        const QByteArray stored = test::hfToken(m_rng);
        const QByteArray inPipCache = test::hfToken(m_rng);
        QVERIFY(test::writeFile(dir.filePath(QStringLiteral(".cache/huggingface/token")), stored));
        QVERIFY(
            test::writeFile(dir.filePath(QStringLiteral(".cache/pip/http/blob")), "x " + inPipCache + "\n"));
        const CliRun r = scanJson({dir.path()});
        QVERIFY2(r.exitCode == 1, r.transcript);
        const QStringList shas = reportedShas(r.json);
        QVERIFY2(shas.contains(sha256Hex(stored)), "~/.cache/huggingface/token was not read");
        QVERIFY2(!shas.contains(sha256Hex(inPipCache)), "~/.cache/pip is excluded by default");
    }

    void scansTheHomeFolderByDefault()
    {
        QTemporaryDir base;
        const QProcessEnvironment env = isolatedEnvironment(base.path());
        const QByteArray token = test::hfToken(m_rng);
        QVERIFY(test::writeFile(base.filePath(QStringLiteral("home/.cache/huggingface/token")), token));
        const CliRun r =
            run({QStringLiteral("scan"), QStringLiteral("--format"), QStringLiteral("json")}, env);
        QVERIFY2(r.exitCode == 1, r.transcript);
        QCOMPARE(r.json[u"scan"][u"roots"].toVariant().toStringList(),
                 QStringList{env.value(QStringLiteral("HOME"))});
        QVERIFY(reportedShas(r.json).contains(sha256Hex(token)));
    }

    // --- keyscout verify, against the fake hub on 127.0.0.1
    // ----------------------------------------------------

    void verifyYesNamesOwnerAndRole()
    {
        FakeHub hub;
        QVERIFY2(hub.listen(), qPrintable(hub.errorString()));
        const QByteArray write = test::hfToken(m_rng);
        const QByteArray fineGrained = test::hfToken(m_rng);
        const QByteArray revoked = test::hfToken(m_rng);
        hub.addToken(write, FakeHub::writeProfile(QStringLiteral("alice")));
        hub.addToken(fineGrained, FakeHub::fineGrainedProfile(QStringLiteral("alice")));
        hub.addToken(revoked, FakeHub::readProfile(QStringLiteral("alice")));
        QTemporaryDir base;
        const QString tree = QDir(base.path()).filePath(QStringLiteral("tree"));
        QVERIFY(test::writeFile(tree + QStringLiteral("/.env"), "HF_TOKEN=" + write + "\n"));
        QVERIFY(test::writeFile(tree + QStringLiteral("/notebooks/run.py"),
                                "login('" + fineGrained + "')\nold = '" + revoked + "'\n"));
        const QProcessEnvironment env = isolatedEnvironment(base.path());
        // Revoked first, through the hub's own endpoint as keyscout would.
        QNetworkAccessManager network;
        QNetworkRequest revoke(hub.url().resolved(QUrl(QStringLiteral("/api/credentials/revoke"))));
        revoke.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
        QNetworkReply* reply = network.post(revoke, "{\"credentials\": [\"" + revoked + "\"]}");
        QSignalSpy replied(reply, &QNetworkReply::finished);
        QVERIFY(replied.wait(10000));
        QVERIFY(hub.isRevoked(revoked));

        const CliRun r = run({QStringLiteral("verify"), QStringLiteral("--yes"), QStringLiteral("--quiet"),
                              QStringLiteral("--endpoint"), hub.url().toString(), tree},
                             env);
        QVERIFY2(r.exitCode == 1, because("a working token: exit 1", r));
        QCOMPARE(hub.requestCount(), 4); // the revocation, then one whoami-v2 per token: no retries
        QVERIFY2(r.out.contains("acts as alice (Alice Example)"), r.transcript);
        QVERIFY2(r.out.contains("role write"), r.transcript);
        QVERIFY2(r.out.contains("role fineGrained"), r.transcript);
        QVERIFY2(r.out.contains("Can push to model alice/alice-bert"), r.transcript);
        QVERIFY2(r.out.contains("Legacy token (write role): reissue it as fine-grained"), r.transcript);
        QVERIFY2(r.out.contains("Invalid, expired or revoked (HTTP 401)"), r.transcript);
        QVERIFY2(r.out.contains(expectedMask(write, 3).toUtf8()), r.transcript);
        // The request log names the endpoint on standard error.
        QVERIFY2(r.err.contains(QByteArray("GET " + hub.url().toString().toUtf8() + "/api/whoami-v2 200")),
                 r.transcript);
        // No raw token in the output, nor in the check cache.
        const QByteArray cache = [&] {
            QByteArray all;
            for (const char* suffix : {"", "-wal"}) {
                QFile f(env.value(QStringLiteral("XDG_DATA_HOME")) +
                        QStringLiteral("/keyscout/checks.sqlite") + QLatin1String(suffix));
                if (f.open(QIODevice::ReadOnly)) {
                    all += f.readAll();
                }
            }
            return all;
        }();
        QVERIFY2(cache.contains("acme-research"), "the results were not kept in checks.sqlite");
        for (const QByteArray& token : {write, fineGrained, revoked}) {
            QVERIFY2(!r.out.contains(token.mid(3)) && !r.err.contains(token.mid(3)),
                     because("no raw token in the output", r));
            QVERIFY(!cache.contains(token.mid(3)));
        }
    }

    void verifyOnlyDeadTokensExitsZeroAndHonoursHfEndpoint()
    {
        FakeHub hub;
        QVERIFY(hub.listen());
        const QByteArray unknown = test::hfToken(m_rng);
        QTemporaryDir base;
        QVERIFY(test::writeFile(base.filePath(QStringLiteral("tree/.env")), "HF_TOKEN=" + unknown + "\n"));
        QProcessEnvironment env = isolatedEnvironment(base.path());
        env.insert(QStringLiteral("HF_ENDPOINT"), hub.url().toString());
        const CliRun r = run({QStringLiteral("verify"), QStringLiteral("-y"), QStringLiteral("--quiet"),
                              QStringLiteral("--no-cache"), base.filePath(QStringLiteral("tree"))},
                             env);
        QVERIFY2(r.exitCode == 0, because("no working token: exit 0", r));
        QCOMPARE(hub.requestCount(), 1);
        QVERIFY2(r.out.contains("Invalid, expired or revoked (HTTP 401)"), r.transcript);
        QVERIFY(!QFileInfo::exists(env.value(QStringLiteral("XDG_DATA_HOME")) +
                                   QStringLiteral("/keyscout/checks.sqlite")));
    }

    void verifyAsksFirstAndSendsNothingOnNo()
    {
        FakeHub hub;
        QVERIFY(hub.listen());
        const QByteArray token = test::hfToken(m_rng);
        hub.addToken(token, FakeHub::readProfile(QStringLiteral("dora")));
        QTemporaryDir base;
        QVERIFY(test::writeFile(base.filePath(QStringLiteral("tree/.env")), "HF_TOKEN=" + token + "\n"));
        const QProcessEnvironment env = isolatedEnvironment(base.path());
        const QStringList arguments{QStringLiteral("verify"), QStringLiteral("--quiet"),
                                    QStringLiteral("--endpoint"), hub.url().toString(),
                                    base.filePath(QStringLiteral("tree"))};
        const CliRun declined = run(arguments, env, QByteArray("n\n"));
        QVERIFY2(declined.exitCode == 3, because("declined: exit 3", declined));
        QCOMPARE(hub.requestCount(), 0);
        const QByteArray question = "Send " + expectedMask(token, 3).toUtf8() + " to " +
                                    hub.url().toString().toUtf8() + "/api/whoami-v2 to check it? [y/N]";
        QVERIFY2(declined.err.contains(question), declined.transcript);
        QVERIFY2(declined.out.contains("Not checked: you declined"), declined.transcript);

        const CliRun accepted = run(arguments, env, QByteArray("y\n"));
        QVERIFY2(accepted.exitCode == 1, because("accepted, read token works: exit 1", accepted));
        QCOMPARE(hub.requestCount(), 1);
        QVERIFY2(accepted.out.contains("Read-only: can download your private and gated repositories"),
                 accepted.transcript);
    }

    void verifyNeedsAPath()
    {
        const CliRun r = run({QStringLiteral("verify")}, isolatedEnvironment(m_sandbox.path()));
        QVERIFY2(r.exitCode == 2, r.transcript);
    }

    // --- version and help, without a display --------------------------------------------------------------

    void versionAndHelpNeedNoDisplay_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("--version") << QStringList{QStringLiteral("--version")}
                                   << QStringList{QStringLiteral("keyscout " KEYSCOUT_VERSION)};
        QTest::newRow("--help") << QStringList{QStringLiteral("--help")}
                                << QStringList{QStringLiteral("Usage: keyscout"),
                                               QStringLiteral("keyscout scan")};
        QTest::newRow("scan --help") << QStringList{QStringLiteral("scan"), QStringLiteral("--help")}
                                     << QStringList{QStringLiteral("--format"),
                                                    QStringLiteral("--max-file-size"),
                                                    QStringLiteral("--reveal"), QStringLiteral("Exit status"),
                                                    QStringLiteral("**/node_modules")};
        QTest::newRow("verify --help") << QStringList{QStringLiteral("verify"), QStringLiteral("--help")}
                                       << QStringList{QStringLiteral("--endpoint"), QStringLiteral("--yes"),
                                                      QStringLiteral("Exit status")};
    }

    void versionAndHelpNeedNoDisplay()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QStringList, expected);
        QProcessEnvironment env = isolatedEnvironment(m_sandbox.path());
        env.remove(QStringLiteral("DISPLAY"));
        env.remove(QStringLiteral("WAYLAND_DISPLAY"));
        env.remove(QStringLiteral("QT_QPA_PLATFORM"));
        const CliRun r = run(arguments, env);
        QVERIFY2(r.exitCode == 0, r.transcript);
        for (const QString& text : expected) {
            QVERIFY2(
                r.out.contains(text.toUtf8()),
                qPrintable(QStringLiteral("'%1' missing from:\n%2").arg(text, QString::fromUtf8(r.out))));
        }
    }

    // keyscout clean: each change shown masked, made once agreed (here --yes), the file scanned again; undo
    // puts it back byte for byte; --dry-run and a "no" change nothing.
    void cleanUndoAndChanges()
    {
        QTemporaryDir base;
        const QProcessEnvironment env = isolatedEnvironment(base.path());
        const QString tree = QDir(base.path()).filePath(QStringLiteral("tree"));
        const QByteArray token = test::hfToken(m_rng);
        const QString envFile = tree + QStringLiteral("/app/.env");
        const QByteArray envBytes = "A=1\nHF_TOKEN=" + token + "\nB=2\n";
        const QString history = tree + QStringLiteral("/.bash_history");
        const QByteArray historyBytes = "ls\nexport HF_TOKEN=" + token + "\npwd\n";
        QVERIFY(test::writeFile(envFile, envBytes));
        QVERIFY(test::writeFile(history, historyBytes));
        const auto contents = [](const QString& path) {
            QFile f(path);
            return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
        };

        CliRun r =
            run({QStringLiteral("clean"), QStringLiteral("--quiet"), QStringLiteral("--dry-run"), tree}, env);
        QVERIFY2(r.exitCode == 1, because("a dry run leaves the copies: exit 1", r));
        QVERIFY2(r.out.contains("-HF_TOKEN=hf_"), because("the preview shows the removed line", r));
        QVERIFY2(!r.out.contains(token) && !r.err.contains(token), because("the token is masked", r));
        QCOMPARE(contents(envFile), envBytes);

        r = run({QStringLiteral("clean"), QStringLiteral("--quiet"), tree}, env, QByteArray("n\nn\n"));
        QVERIFY2(r.exitCode == 1 && r.out.contains("you declined"), because("declined: nothing changed", r));
        QCOMPARE(contents(history), historyBytes);

        r = run({QStringLiteral("clean"), QStringLiteral("--quiet"), QStringLiteral("--yes"), tree}, env);
        QVERIFY2(r.exitCode == 0, because("every copy removed: exit 0", r));
        QCOMPARE(contents(envFile), QByteArray("A=1\nB=2\n"));
        QCOMPARE(contents(history), QByteArray("ls\npwd\n"));
        QVERIFY2(r.out.count("the token is gone") == 2, because("both files scanned again", r));
        QVERIFY(!r.out.contains(token));
        static const QRegularExpression undoId(QStringLiteral("keyscout undo (\\S+)"));
        QStringList ids;
        for (auto it = undoId.globalMatch(QString::fromUtf8(r.out)); it.hasNext();) {
            ids << it.next().captured(1);
        }
        QCOMPARE(ids.size(), 2);

        r = run({QStringLiteral("changes")}, env);
        QVERIFY2(r.exitCode == 0 && r.out.contains(ids.first().toUtf8()) && r.out.contains("applied"),
                 because("the journal lists the changes", r));
        r = run(QStringList{QStringLiteral("undo")} + ids, env);
        QVERIFY2(r.exitCode == 0, because("undo puts both back", r));
        QCOMPARE(contents(envFile), envBytes);
        QCOMPARE(contents(history), historyBytes);
        r = run({QStringLiteral("undo"), ids.first()}, env);
        QVERIFY2(r.exitCode == 2 && r.err.contains("nothing to undo"), because("twice is refused", r));
    }

    // The replacement from the command line: plan from the code, the new token stored from standard input
    // (checked first), the old one revoked and confirmed refused.
    void planInstallAndRevoke()
    {
        FakeHub hub;
        QVERIFY2(hub.listen(), qPrintable(hub.errorString()));
        const QByteArray oldToken = test::hfToken(m_rng);
        const QByteArray newToken = test::hfToken(m_rng);
        hub.addToken(oldToken, FakeHub::writeProfile(QStringLiteral("alice")));
        hub.addToken(newToken, FakeHub::fineGrainedProfile(QStringLiteral("alice")));
        QTemporaryDir base;
        QProcessEnvironment env = isolatedEnvironment(base.path());
        env.insert(QStringLiteral("HF_ENDPOINT"), hub.url().toString());
        const QString hfHome = QDir(base.path()).filePath(QStringLiteral("home/.cache/huggingface"));
        env.insert(QStringLiteral("HF_HOME"), hfHome);
        const QString project = QDir(base.path()).filePath(QStringLiteral("project"));
        QVERIFY(test::writeFile(project + QStringLiteral("/train.py"),
                                "from huggingface_hub import snapshot_download\n"
                                "snapshot_download(repo_id=\"acme/data-tools\")\n"
                                "HF_TOKEN = \"" +
                                    oldToken + "\"\n"));
        QVERIFY(test::writeFile(hfHome + QStringLiteral("/token"), oldToken));

        CliRun r = run({QStringLiteral("plan"), project}, env);
        QVERIFY2(r.exitCode == 0 && r.out.contains("acme/data-tools") &&
                     r.out.contains("/settings/tokens/new?tokenType=fineGrained"),
                 because("the plan names the repository and the creation link", r));

        r = run({QStringLiteral("install-token"), QStringLiteral("--replace-active")}, env, newToken + "\n");
        QVERIFY2(r.exitCode == 0, because("a valid new token is stored", r));
        QVERIFY2(!r.out.contains(newToken) && !r.err.contains(newToken), because("never printed", r));
        QFile active(hfHome + QStringLiteral("/token"));
        QVERIFY(active.open(QIODevice::ReadOnly));
        QCOMPARE(active.readAll().trimmed(), newToken);
        r = run({QStringLiteral("install-token")}, env, oldToken.left(10) + "\n");
        QVERIFY2(r.exitCode == 2, because("an unknown token is refused, nothing stored", r));

        r = run({QStringLiteral("revoke"), QStringLiteral("--quiet"), project}, env, QByteArray("n\n"));
        QVERIFY2(r.exitCode == 1 && !hub.isRevoked(oldToken), because("declined: nothing sent", r));
        r = run({QStringLiteral("revoke"), QStringLiteral("--quiet"), QStringLiteral("--yes"), project}, env);
        QVERIFY2(r.exitCode == 0 && r.out.contains("Revoked"), because("revoked and confirmed", r));
        QVERIFY(hub.isRevoked(oldToken));
        QVERIFY(!r.out.contains(oldToken));
    }

    // --models: a pickle that calls os.system when loaded is a finding of its own, in the same report;
    // without the flag, model files under PATH are not judged.
    // With no folder, a scan judges the Hugging Face hub cache (HF_HOME/hub, here outside the home folder)
    // without being asked: a downloaded pickle that runs code is reported with its repository and revision.
    void defaultScanJudgesTheHubCache()
    {
        QTemporaryDir base;
        QProcessEnvironment env = isolatedEnvironment(base.path());
        const QString hfHome = base.filePath(QStringLiteral("data-disk/hf"));
        env.insert(QStringLiteral("HF_HOME"), hfHome);
        const QString snapshot =
            hfHome + QStringLiteral("/hub/models--acme-research--sentiment-bert/snapshots/0123abcd");
        QVERIFY(test::writeFile(snapshot + QStringLiteral("/pytorch_model.bin"),
                                test::torchZip(test::osSystemPickle())));
        QVERIFY(test::writeFile(snapshot + QStringLiteral("/config.json"), "{\"model_type\": \"bert\"}\n"));
        const CliRun r =
            run({QStringLiteral("scan"), QStringLiteral("--format"), QStringLiteral("json")}, env);
        QVERIFY2(r.exitCode == 1, because("the dangerous pickle in the hub cache is a finding", r));
        QVERIFY2(r.jsonError.isEmpty(), r.transcript);
        QJsonObject model;
        for (const QJsonValue& secret : r.json[u"secrets"].toArray()) {
            for (const QJsonValue& location : secret[u"locations"].toArray()) {
                if (location[u"kind"].toString() == QLatin1String("model-file")) {
                    model = location[u"place"][u"model"].toObject();
                }
            }
        }
        QVERIFY2(!model.isEmpty(), r.transcript);
        QCOMPARE(model[u"verdict"].toString(), QStringLiteral("dangerous"));
        QCOMPARE(model[u"deciding_import"].toString(), QStringLiteral("posix.system"));
        QCOMPARE(model[u"repo"].toString(), QStringLiteral("acme-research/sentiment-bert"));
        QCOMPARE(model[u"revision"].toString(), QStringLiteral("0123abcd"));
        QCOMPARE(model[u"file_in_repo"].toString(), QStringLiteral("pytorch_model.bin"));
    }

    void modelsJudgesPickles()
    {
        QTemporaryDir base;
        const QProcessEnvironment env = isolatedEnvironment(base.path());
        const QString tree = QDir(base.path()).filePath(QStringLiteral("tree"));
        // Protocol 2: GLOBAL posix.system, the argument tuple, REDUCE.
        const QByteArray pickle("\x80\x02"
                                "cposix\nsystem\n"
                                "q\x00"
                                "X\x02\x00\x00\x00"
                                "id"
                                "q\x01"
                                "\x85"
                                "q\x02"
                                "R"
                                "q\x03"
                                ".",
                                32);
        QVERIFY(test::writeFile(tree + QStringLiteral("/checkpoints/adapter.pth"), pickle));
        CliRun r = run({QStringLiteral("scan"), QStringLiteral("--quiet"), QStringLiteral("--format"),
                        QStringLiteral("json"), tree},
                       env);
        QVERIFY2(r.exitCode == 0, because("model files are not judged without --models", r));
        r = run({QStringLiteral("scan"), QStringLiteral("--quiet"), QStringLiteral("--models"),
                 QStringLiteral("--format"), QStringLiteral("json"), tree},
                env);
        QVERIFY2(r.exitCode == 1, because("a dangerous pickle is a finding", r));
        QVERIFY2(r.out.contains("\"model-file\"") && r.out.contains("posix.system") &&
                     r.out.contains("\"dangerous\""),
                 because("the JSON names the kind, the deciding import and the verdict", r));
        r = run({QStringLiteral("scan"), QStringLiteral("--quiet"), QStringLiteral("--models"), tree}, env);
        // The file's line in the text report: the path and the place, no ":0:0" (a model is judged whole).
        QVERIFY2(r.out.contains(QByteArray(QFile::encodeName(tree) +
                                           "/checkpoints/adapter.pth  (Model file adapter.pth)\n")),
                 because("a model file is named by its path and place", r));
        QVERIFY2(r.out.contains("Found 0 secret(s) in 0 place(s).") &&
                     r.out.contains("Found 1 model file(s) that run code when loaded or are malformed."),
                 because("the summary counts model files apart from secrets", r));
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
