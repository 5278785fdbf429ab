// SPDX-License-Identifier: GPL-3.0-or-later
// The rule catalogue: every built-in rule's own vectors pass through the real matcher, every provider named
// in shared/FACTS.md has a rule, and bad rule files are rejected with file, rule and reason.
#include "TestSupport.h"
#include "rules/RuleCatalogue.h"
#include "rules/RuleTestRunner.h"

#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace keyscout;

namespace {

QByteArray ruleFile(const QByteArray& rulesJson)
{
    return R"({"format": 1, "catalogue": "test", "version": "1", "rules": [)" + rulesJson + "]}";
}

// A complete, valid rule; tests break one field at a time.
QByteArray goodRule(const QByteArray& id = "test.token")
{
    return R"json({"id": ")json" + id +
           R"json(", "name": "Test token", "provider": "test", "provider_name": "Test",
        "severity": "high", "confidence": "high", "keywords": ["tst_"], "pattern": "(tst_[a-z0-9]{20})",
        "prefix": "tst_", "description": "A token for tests.",
        "tests": {"positive": [{"input": "k=tst_q8z2m4n6p0r3t5v7x9b1", "secret": "tst_q8z2m4n6p0r3t5v7x9b1"}],
                  "negative": ["k=tst_short"]}})json";
}

} // namespace

class TestRuleCatalogue : public QObject {
    Q_OBJECT
private slots:
    void builtinLoadsWithoutErrors()
    {
        const RuleCatalogue catalogue = RuleCatalogue::builtin();
        for (const RuleError& e : catalogue.errors()) {
            qWarning("%s", qPrintable(e.toString()));
        }
        QVERIFY(catalogue.errors().isEmpty());
        QVERIFY(catalogue.rules().size() >= 25);
        QVERIFY(catalogue.version().contains(QLatin1String("keyscout-builtin")));
    }

    void builtinVectorsPass()
    {
        const RuleCatalogue catalogue = RuleCatalogue::builtin();
        const RuleTestRunner runner(catalogue.rules());
        const QList<RuleTestFailure> failures = runner.run();
        for (const RuleTestFailure& f : failures) {
            qWarning("%s: %s", qPrintable(f.ruleId), qPrintable(f.reason));
        }
        QCOMPARE(failures.size(), 0);
        // At least two positives and two negatives per rule (resources/rules/README.md).
        QVERIFY(runner.vectorCount() >= static_cast<int>(catalogue.rules().size()) * 4);
        for (const Rule& r : catalogue.rules()) {
            QVERIFY2(r.positiveTests.size() >= 2 && r.negativeTests.size() >= 2, qPrintable(r.id));
        }
    }

    void everyProviderHasARule_data()
    {
        QTest::addColumn<QString>("provider");
        for (const char* p : {"huggingface", "openai", "anthropic", "github", "aws", "google", "replicate",
                              "groq", "nvidia", "langsmith", "pinecone", "openrouter", "xai", "perplexity",
                              "wandb", "kaggle", "cohere", "deepseek", "generic"}) {
            QTest::newRow(p) << QString::fromLatin1(p);
        }
    }
    void everyProviderHasARule()
    {
        QFETCH(QString, provider);
        const RuleCatalogue catalogue = RuleCatalogue::builtin();
        bool found = false;
        for (const Rule& r : catalogue.rules()) {
            found = found || r.provider == provider;
        }
        QVERIFY2(found, qPrintable(provider));
    }

    void huggingFaceRulesFirst()
    {
        const RuleCatalogue catalogue = RuleCatalogue::builtin();
        for (const char* id :
             {"huggingface.user_token", "huggingface.org_token", "huggingface.oauth_token"}) {
            const Rule* r = catalogue.findRule(QString::fromLatin1(id));
            QVERIFY2(r != nullptr, id);
            QCOMPARE(r->provider, QStringLiteral("huggingface"));
        }
        QCOMPARE(catalogue.findRule(QStringLiteral("huggingface.user_token"))->severity, Severity::Critical);
    }

    void badFilesAreRejectedWithReason_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("ruleId");
        QTest::addColumn<QString>("reason");
        QTest::newRow("not json") << QByteArray("{\"format\": 1, \"rules\": [") << QString()
                                  << "not valid JSON";
        QTest::newRow("wrong format")
            << QByteArray("{\"format\": 7, \"rules\": []}") << QString() << "\"format\" must be 1";
        QByteArray noKeywords = goodRule();
        noKeywords.replace("\"keywords\": [\"tst_\"]", "\"keywords\": []");
        QTest::newRow("no keywords") << ruleFile(noKeywords) << "test.token"
                                     << "keywords";
        QByteArray badRegex = goodRule();
        badRegex.replace("(tst_[a-z0-9]{20})", "(tst_[a-z0-9{20}");
        QTest::newRow("bad regex") << ruleFile(badRegex) << "test.token"
                                   << "not valid RE2";
        QByteArray noGroup = goodRule();
        noGroup.replace("(tst_[a-z0-9]{20})", "tst_[a-z0-9]{20}");
        QTest::newRow("no capture") << ruleFile(noGroup) << "test.token"
                                    << "capture group";
        QByteArray badSeverity = goodRule();
        badSeverity.replace("\"high\", \"confidence\"", "\"urgent\", \"confidence\"");
        QTest::newRow("bad severity") << ruleFile(badSeverity) << "test.token"
                                      << "severity";
        QTest::newRow("duplicate id") << ruleFile(goodRule() + "," + goodRule()) << "test.token"
                                      << "already used";
        QByteArray failingVector = goodRule();
        failingVector.replace("\"negative\": [\"k=tst_short\"]",
                              "\"negative\": [\"k=tst_a8z2m4n6p0r3t5v7x9b1\"]");
        QTest::newRow("own vector fails") << ruleFile(failingVector) << "test.token"
                                          << "negative test 1";
        QByteArray noTests = goodRule();
        noTests.replace("\"negative\": [\"k=tst_short\"]", "\"negative\": []");
        QTest::newRow("no negative vector") << ruleFile(noTests) << "test.token"
                                            << "at least one positive and one negative";
        // Found by fuzzing (tests/fuzz): a keyword starting with NUL passed the checks, then Vectorscan
        // refused to compile it and the exception ended the program (user rule files are read at every
        // start).
        QByteArray nulKeyword = goodRule();
        nulKeyword.replace("\"keywords\": [\"tst_\"]", "\"keywords\": [\"\\u0000tst_\"]");
        QTest::newRow("NUL in a keyword") << ruleFile(nulKeyword) << "test.token"
                                          << "without NUL";
    }
    void badFilesAreRejectedWithReason()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, ruleId);
        QFETCH(QString, reason);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("mine.json"));
        QVERIFY(test::writeFile(path, content));
        RuleCatalogue catalogue = RuleCatalogue::builtin();
        const size_t before = catalogue.rules().size();
        QVERIFY(!catalogue.loadFile(path, true));
        QCOMPARE(catalogue.rules().size(), before); // built-ins still there, nothing from the bad file
        const auto it = std::find_if(catalogue.errors().begin(), catalogue.errors().end(),
                                     [&](const RuleError& err) { return err.file == path; });
        QVERIFY(it != catalogue.errors().end());
        const RuleError& e = *it;
        QCOMPARE(e.file, path);
        QCOMPARE(e.ruleId, ruleId);
        QVERIFY2(e.reason.contains(reason), qPrintable(e.toString()));
        QVERIFY(e.toString().contains(path));
    }

    void goodUserFileLoads()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("mine.json"));
        QVERIFY(test::writeFile(path, ruleFile(goodRule())));
        RuleCatalogue catalogue = RuleCatalogue::builtin();
        QVERIFY(catalogue.loadFile(path, true));
        QVERIFY(catalogue.findRule(QStringLiteral("test.token")) != nullptr);
        QVERIFY(catalogue.version().contains(QLatin1String("test 1")));
    }

    void userRulesDirectoryIsRead()
    {
        QTemporaryDir dir;
        qputenv("XDG_CONFIG_HOME", dir.path().toUtf8());
        QVERIFY(test::writeFile(RuleCatalogue::userRulesDirectory() + QStringLiteral("/mine.json"),
                                ruleFile(goodRule())));
        QVERIFY(test::writeFile(RuleCatalogue::userRulesDirectory() + QStringLiteral("/broken.json"), "{"));
        const RuleCatalogue catalogue = RuleCatalogue::withUserRules({});
        QVERIFY(catalogue.findRule(QStringLiteral("test.token")) != nullptr);
        QVERIFY(catalogue.findRule(QStringLiteral("huggingface.user_token")) != nullptr);
        QCOMPARE(catalogue.errors().size(), 1);
        QVERIFY(catalogue.errors().first().file.endsWith(QLatin1String("broken.json")));
        qunsetenv("XDG_CONFIG_HOME");
    }
};

QTEST_GUILESS_MAIN(TestRuleCatalogue)
#include "tst_rulecatalogue.moc"
