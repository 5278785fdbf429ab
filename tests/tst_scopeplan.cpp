// SPDX-License-Identifier: GPL-3.0-or-later
// The least scopes of a replacement token, from a planted project (code, a notebook, scripts, a git remote)
// and a fake Hugging Face cache: each permission with its evidence and reason, placeholders and local folders
// left out, the creation link holding only the documented parameters, and a new token compared with the plan.
#include "TestSupport.h"
#include "remediate/ScopePlan.h"

#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTest>

using namespace keyscout;

namespace {

const ScopeEntry* entryFor(const ScopePlan& plan, const QString& permission, const QString& name)
{
    for (const ScopeEntry& e : plan.entries) {
        if (e.permission == permission && e.entityName == name) {
            return &e;
        }
    }
    return nullptr;
}

// A notebook as Jupyter writes it (indent 1), with a code cell whose source is a list of lines.
QByteArray notebook(const QStringList& sourceLines)
{
    QByteArray source;
    for (qsizetype i = 0; i < sourceLines.size(); ++i) {
        QByteArray line = sourceLines.at(i).toUtf8();
        line.replace("\\", "\\\\").replace("\"", "\\\"");
        source += "    \"" + line + (i + 1 < sourceLines.size() ? "\\n\",\n" : "\"\n");
    }
    return "{\n \"cells\": [\n  {\n   \"cell_type\": \"markdown\",\n   \"metadata\": {},\n   \"source\": [\n"
           "    \"# Explore\"\n   ]\n  },\n  {\n   \"cell_type\": \"code\",\n   \"execution_count\": 3,\n"
           "   \"metadata\": {},\n   \"outputs\": [],\n   \"source\": [\n" +
           source +
           "   ]\n  }\n ],\n \"metadata\": {\"kernelspec\": {\"language\": \"python\", \"name\": "
           "\"python3\"}},\n"
           " \"nbformat\": 4,\n \"nbformat_minor\": 5\n}\n";
}

} // namespace

class TestScopePlan : public QObject {
    Q_OBJECT

    QRandomGenerator m_rng{77};

    // A project that reads, writes and calls inference, and a cache with one gated model of another org.
    void plantProject(const QString& root, const QString& hub, const QByteArray& token)
    {
        QVERIFY(test::writeFile(root + QStringLiteral("/llm/train.py"),
                                "import os\n"
                                "from transformers import AutoModelForCausalLM, AutoTokenizer\n"
                                "from datasets import load_dataset\n"
                                "\n"
                                "tok = AutoTokenizer.from_pretrained(\"acme/llama-ft\")\n"
                                "model = AutoModelForCausalLM.from_pretrained(\n"
                                "    'acme/llama-ft',\n"
                                "    token=\"" +
                                    token +
                                    "\",\n"
                                    ")\n"
                                    "data = load_dataset(\"acme/support-tickets\", split=\"train\")\n"
                                    "local = AutoModelForCausalLM.from_pretrained(\"checkpoints/run1\")\n"
                                    "# model = AutoModel.from_pretrained(\"acme/old-model\")\n"
                                    "other = AutoModel.from_pretrained(MODEL_NAME)\n"
                                    "placeholder = AutoModel.from_pretrained(\"your-org/your-model\")\n"
                                    "model.push_to_hub(\"acme/llama-ft-v2\")\n"));
        QVERIFY(QDir().mkpath(root + QStringLiteral("/llm/checkpoints/run1")));
        QVERIFY(test::writeFile(root + QStringLiteral("/llm/publish.py"),
                                "from huggingface_hub import HfApi, snapshot_download\n"
                                "api = HfApi()\n"
                                "api.upload_folder(folder_path=\"out\", repo_id=\"alice/eval-results\",\n"
                                "                  repo_type=\"dataset\")\n"
                                "snapshot_download(repo_id=\"bigscience/bloom-560m\")\n"));
        QVERIFY(test::writeFile(root + QStringLiteral("/llm/chat.ipynb"),
                                notebook({QStringLiteral("from huggingface_hub import InferenceClient"),
                                          QStringLiteral("client = InferenceClient(model=\"acme/llama-ft\")"),
                                          QStringLiteral("pipe = pipeline(\"text-generation\", "
                                                         "model=\"acme/chat-small\")")})));
        QVERIFY(test::writeFile(
            root + QStringLiteral("/llm/fetch.sh"),
            "#!/bin/sh\nset -e\nhf download --repo-type dataset acme/eval-set --local-dir data\n"
            "huggingface-cli upload alice/demo-space ./app --repo-type=space\n"));
        QVERIFY(test::writeFile(root + QStringLiteral("/llm/config.yaml"),
                                "base_model: acme/llama-base\n"
                                "# base_model: acme/commented-out\n"
                                "datasets:\n  - path: ./data\n"
                                "dataset_name: \"acme/dialogues\"\n"
                                "hub_model_id: acme/llama-ft-v3  # where the run is pushed\n"));
        QVERIFY(test::writeFile(root + QStringLiteral("/llm/README.md"),
                                "Run `huggingface-cli download org/name` to fetch any model.\n"));
        QVERIFY(test::writeFile(root + QStringLiteral("/space/.git/config"),
                                "[core]\n\tbare = false\n[remote \"origin\"]\n\turl = https://hf_user:" +
                                    token + "@huggingface.co/spaces/alice/demo-space\n"));
        // Tools' folders are not the person's code.
        QVERIFY(test::writeFile(root + QStringLiteral("/llm/.venv/lib/site.py"),
                                "from_pretrained(\"vendor/should-not-count\")\n"));
        // The cache: an organisation's model, a gated model of others with its card, a canonical model.
        QVERIFY(QDir().mkpath(hub + QStringLiteral("/models--acme--llama-ft/snapshots/abc")));
        QVERIFY(test::writeFile(
            hub + QStringLiteral("/models--meta-llama--Llama-3.2-1B/snapshots/0123/README.md"),
            "---\nlicense: llama3.2\nextra_gated_prompt: >-\n  Accept the licence\n---\n# Llama\n"));
        QVERIFY(QDir().mkpath(hub + QStringLiteral("/models--gpt2/snapshots/1")));
        QVERIFY(QDir().mkpath(hub + QStringLiteral("/datasets--acme--support-tickets/snapshots/1")));
    }

private slots:
    void planFromAProject()
    {
        QTemporaryDir dir;
        const QString root = dir.filePath(QStringLiteral("projects"));
        const QString hub = dir.filePath(QStringLiteral("hf/hub"));
        const QByteArray token = test::hfToken(m_rng);
        plantProject(root, hub, token);

        ScopePlanOptions options;
        options.folders = {root};
        options.hubCache = hub;
        options.owner = QStringLiteral("alice");
        options.orgs = {QStringLiteral("acme")};
        const ScopePlan plan = planScopes(options);
        QVERIFY(!plan.truncated);

        const ScopeEntry* read =
            entryFor(plan, QStringLiteral("repo.content.read"), QStringLiteral("acme/llama-ft"));
        QVERIFY(read != nullptr);
        QCOMPARE(read->entityType, QStringLiteral("model"));
        QCOMPARE(read->reason, QStringLiteral("read because llm/train.py:5 loads acme/llama-ft"));
        QVERIFY(read->uses >= 3);               // two calls and the cache
        QCOMPARE(read->evidence.at(1).line, 6); // a call spread over lines: the call's own line
        const ScopeEntry* dataset =
            entryFor(plan, QStringLiteral("repo.content.read"), QStringLiteral("acme/support-tickets"));
        QVERIFY(dataset != nullptr);
        QCOMPARE(dataset->entityType, QStringLiteral("dataset"));
        const ScopeEntry* evalSet =
            entryFor(plan, QStringLiteral("repo.content.read"), QStringLiteral("acme/eval-set"));
        QVERIFY(evalSet != nullptr);
        QCOMPARE(evalSet->entityType, QStringLiteral("dataset"));
        QCOMPARE(evalSet->evidence.first().text(), QStringLiteral("llm/fetch.sh:3"));

        // The training configuration's keys.
        const ScopeEntry* dialogues =
            entryFor(plan, QStringLiteral("repo.content.read"), QStringLiteral("acme/dialogues"));
        QVERIFY(dialogues != nullptr);
        QCOMPARE(dialogues->entityType, QStringLiteral("dataset"));
        QCOMPARE(dialogues->evidence.first().text(), QStringLiteral("llm/config.yaml:5"));
        QVERIFY(entryFor(plan, QStringLiteral("repo.content.read"), QStringLiteral("acme/llama-base")) !=
                nullptr);
        QVERIFY(entryFor(plan, QStringLiteral("repo.write"), QStringLiteral("acme/llama-ft-v3")) != nullptr);
        QVERIFY(entryFor(plan, QStringLiteral("repo.content.read"), QStringLiteral("acme/commented-out")) ==
                nullptr);
        const ScopeEntry* push =
            entryFor(plan, QStringLiteral("repo.write"), QStringLiteral("acme/llama-ft-v2"));
        QVERIFY(push != nullptr);
        QCOMPARE(push->reason, QStringLiteral("write because llm/train.py:15 pushes to acme/llama-ft-v2"));
        const ScopeEntry* upload =
            entryFor(plan, QStringLiteral("repo.write"), QStringLiteral("alice/eval-results"));
        QVERIFY(upload != nullptr);
        QCOMPARE(upload->entityType, QStringLiteral("dataset"));
        const ScopeEntry* space =
            entryFor(plan, QStringLiteral("repo.write"), QStringLiteral("alice/demo-space"));
        QVERIFY(space != nullptr);
        QCOMPARE(space->entityType, QStringLiteral("space"));
        QCOMPARE(space->uses, 2); // the CLI upload and the git remote
        // The remote URL's credentials never reach the evidence.
        for (const ScopeEntry& e : plan.entries) {
            for (const ScopeEvidence& ev : e.evidence) {
                QVERIFY2(!ev.snippet.contains(QString::fromLatin1(token)), qPrintable(ev.snippet));
            }
            QVERIFY(!e.reason.contains(QString::fromLatin1(token)));
        }

        // The notebook: the notebook file's own line and the cell.
        const ScopeEntry* chat =
            entryFor(plan, QStringLiteral("repo.content.read"), QStringLiteral("acme/chat-small"));
        QVERIFY(chat != nullptr);
        QCOMPARE(chat->evidence.first().cell, 2);
        QCOMPARE(chat->evidence.first().text(), QStringLiteral("llm/chat.ipynb:18 (cell 2)"));
        const ScopeEntry* inference =
            entryFor(plan, QStringLiteral("inference.serverless.write"), QStringLiteral("alice"));
        QVERIFY(inference != nullptr);
        QCOMPARE(inference->entityType, QStringLiteral("user"));
        QVERIFY(inference->reason.startsWith(QLatin1String("inference because llm/chat.ipynb:")));

        const ScopeEntry* org = entryFor(plan, QStringLiteral("org.read"), QStringLiteral("acme"));
        QVERIFY(org != nullptr);
        QCOMPARE(org->entityType, QStringLiteral("org"));

        // Left out: a local folder, comments, variables, placeholders, tools' folders, public repositories of
        // others (noted), the gated one of others (a checkbox to tick by hand), canonical models.
        for (const ScopeEntry& e : plan.entries) {
            QVERIFY2(!e.entityName.contains(QLatin1String("checkpoints")) &&
                         !e.entityName.contains(QLatin1String("old-model")) &&
                         !e.entityName.contains(QLatin1String("your")) &&
                         !e.entityName.contains(QLatin1String("vendor")) &&
                         !e.entityName.contains(QLatin1String("org/name")) &&
                         !e.entityName.startsWith(QLatin1String("bigscience")) &&
                         !e.entityName.startsWith(QLatin1String("meta-llama")) &&
                         e.entityName != QLatin1String("gpt2"),
                     qPrintable(e.describe()));
        }
        QVERIFY(plan.needsGatedRepos);
        QVERIFY(plan.notes.join(QLatin1Char('\n')).contains(QLatin1String("bigscience/bloom-560m")));
        QVERIFY(plan.notes.join(QLatin1Char('\n')).contains(QLatin1String("meta-llama/Llama-3.2-1B")));
        QVERIFY(plan.byHand.contains(
            QStringLiteral("Read access to contents of all public gated repos you can access")));
        QVERIFY(plan.byHand.contains(QStringLiteral("repo.write on model acme/llama-ft-v2")));

        // Only the documented parameters in the link; everything else by hand.
        QCOMPARE(plan.creationUrl,
                 QStringLiteral("https://huggingface.co/settings/tokens/new?tokenType=fineGrained"
                                "&ownUserPermissions=inference.serverless.write"));
        QVERIFY(!plan.byHand.join(QLatin1Char('\n')).contains(QLatin1String("inference.serverless.write")));
        // Writes first.
        QCOMPARE(plan.entries.first().permission, QStringLiteral("repo.write"));
    }

    // Without knowing the owner every repository used is listed, gated ones flagged from the cache.
    void ownerUnknownListsEverything()
    {
        QTemporaryDir dir;
        const QString root = dir.filePath(QStringLiteral("projects"));
        const QString hub = dir.filePath(QStringLiteral("hf/hub"));
        plantProject(root, hub, test::hfToken(m_rng));
        ScopePlanOptions options;
        options.folders = {root};
        options.hubCache = hub;
        options.endpoint = QStringLiteral("http://127.0.0.1:8080/");
        const ScopePlan plan = planScopes(options);
        QVERIFY(entryFor(plan, QStringLiteral("repo.content.read"), QStringLiteral("bigscience/bloom-560m")));
        const ScopeEntry* gated =
            entryFor(plan, QStringLiteral("repo.content.read"), QStringLiteral("meta-llama/Llama-3.2-1B"));
        QVERIFY(gated != nullptr && gated->gated);
        QCOMPARE(gated->evidence.first().text(), QStringLiteral("HF cache models--meta-llama--Llama-3.2-1B"));
        QVERIFY(!entryFor(plan, QStringLiteral("org.read"), QStringLiteral("acme"))); // membership unknown
        QVERIFY(plan.creationUrl.startsWith(QLatin1String("http://127.0.0.1:8080/settings/tokens/new?")));
        // No inference and nothing but reads: the link has no permission parameter.
        ScopePlanOptions none;
        none.folders = {root + QStringLiteral("/space")};
        const ScopePlan empty = planScopes(none);
        QCOMPARE(empty.creationUrl,
                 QStringLiteral("https://huggingface.co/settings/tokens/new?tokenType=fineGrained"));
    }

    // A new token against the plan: exact, broader (namespace-wide, globals, classic), lacking.
    void compareWithNewToken()
    {
        ScopePlan plan;
        ScopeEntry read;
        read.permission = QStringLiteral("repo.content.read");
        read.entityType = QStringLiteral("model");
        read.entityName = QStringLiteral("acme/llama-ft");
        read.reason = QStringLiteral("read because train.py:5 loads acme/llama-ft");
        ScopeEntry write = read;
        write.permission = QStringLiteral("repo.write");
        write.entityName = QStringLiteral("acme/llama-ft-v2");
        ScopeEntry inference;
        inference.permission = QStringLiteral("inference.serverless.write");
        inference.entityType = QStringLiteral("user");
        inference.entityName = QStringLiteral("alice");
        plan.entries = {write, read, inference};

        CheckResult exact;
        exact.role = QStringLiteral("fineGrained");
        exact.scoped = {
            {QStringLiteral("model"), QStringLiteral("acme/llama-ft"), {QStringLiteral("repo.content.read")}},
            {QStringLiteral("model"), QStringLiteral("acme/llama-ft-v2"), {QStringLiteral("repo.write")}},
            {QStringLiteral("user"),
             QStringLiteral("alice"),
             {QStringLiteral("inference.serverless.write")}}};
        ScopeComparison c = compare(plan, exact);
        QVERIFY(c.sufficient());
        QVERIFY(!c.broader());
        QVERIFY(c.summary().isEmpty());

        CheckResult wide;
        wide.role = QStringLiteral("fineGrained");
        wide.scoped = {{QStringLiteral("org"),
                        QStringLiteral("acme"),
                        {QStringLiteral("repo.content.read"), QStringLiteral("repo.write")}}};
        wide.globalPermissions = {QStringLiteral("discussion.write")};
        c = compare(plan, wide);
        QCOMPARE(c.lacking.size(), 1);
        QCOMPARE(c.lacking.first().permission, QStringLiteral("inference.serverless.write"));
        QVERIFY(c.broader());
        QCOMPARE(c.beyond, (QStringList{QStringLiteral("repo.content.read on every repository of org acme"),
                                        QStringLiteral("repo.write on every repository of org acme"),
                                        QStringLiteral("discussion.write (global)")}));
        QVERIFY(c.summary()
                    .join(QLatin1Char('\n'))
                    .contains(QLatin1String("Missing: inference.serverless.write")));

        CheckResult classic;
        classic.role = QStringLiteral("read");
        c = compare(plan, classic);
        QVERIFY(c.legacy && c.broader());
        QCOMPARE(c.lacking.size(), 2); // a read token cannot write nor call inference

        plan.needsGatedRepos = true;
        c = compare(plan, exact);
        QVERIFY(c.lacksGatedRepos && !c.sufficient());
    }

    // Big trees: large files skipped and counted, the file limit and the time limit stop the walk.
    void boundedOnBigTrees()
    {
        QTemporaryDir dir;
        for (int i = 0; i < 300; ++i) {
            QVERIFY(test::writeFile(dir.filePath(QStringLiteral("p%1/m%2.py").arg(i % 10).arg(i)),
                                    "x = from_pretrained(\"acme/m" + QByteArray::number(i) + "\")\n"));
        }
        QVERIFY(test::writeFile(dir.filePath(QStringLiteral("big.py")), QByteArray(3 * 1024 * 1024, '#')));
        ScopePlanOptions options;
        options.folders = {dir.path()};
        QElapsedTimer timer;
        timer.start();
        ScopePlan plan = planScopes(options);
        QVERIFY(timer.elapsed() < 10000);
        QCOMPARE(plan.filesRead, 300);
        QCOMPARE(plan.filesSkipped, 1);
        QCOMPARE(plan.entries.size(), 300);
        QVERIFY(!plan.truncated);

        options.maxFiles = 50;
        plan = planScopes(options);
        QVERIFY(plan.truncated);
        QCOMPARE(plan.filesRead, 50);
        QVERIFY(plan.notes.join(QLatin1Char('\n')).contains(QLatin1String("limit")));

        std::atomic_bool cancel{true};
        options.maxFiles = 50000;
        options.cancel = &cancel;
        plan = planScopes(options);
        QVERIFY(plan.truncated);
        QCOMPARE(plan.filesRead, 0);
    }
};

QTEST_GUILESS_MAIN(TestScopePlan)
#include "tst_scopeplan.moc"
