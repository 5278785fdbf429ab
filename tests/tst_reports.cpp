// SPDX-License-Identifier: GPL-3.0-or-later
// The reports as the people and tools that read them meet them: the stable finding id, CSV in a spreadsheet's
// eyes, JSON Lines from many machines, the JSON report against its published schema, and the HTML page.
#include "ModelFixtures.h"
#include "TestSupport.h"
#include "detect/Matcher.h"
#include "findings/PlaceDescription.h"
#include "report/CsvReport.h"
#include "report/FindingId.h"
#include "report/HtmlReport.h"
#include "report/JsonLinesReport.h"
#include "report/ReportFormat.h"
#include "rules/RuleCatalogue.h"
#include "sources/FileSystemScanner.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>
#include <QTimeZone>
#include <memory>

using namespace keyscout;

namespace {

struct CliRun {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    QByteArray transcript;
};

// One RFC 4180 record set, parsed strictly: quoted fields with doubled quotes, CRLF between records.
QList<QStringList> parseCsv(const QString& text)
{
    QList<QStringList> rows;
    QStringList row;
    QString field;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"') && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"')) {
                field += c;
                ++i;
            } else if (c == QLatin1Char('"')) {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == QLatin1Char('"')) {
            quoted = true;
        } else if (c == QLatin1Char(',')) {
            row << field;
            field.clear();
        } else if (c == QLatin1Char('\r') && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('\n')) {
            row << field;
            field.clear();
            rows << row;
            row.clear();
            ++i;
        } else {
            field += c;
        }
    }
    return rows;
}

} // namespace

class TestReports : public QObject {
    Q_OBJECT
private:
    RuleCatalogue m_catalogue = RuleCatalogue::builtin();
    std::unique_ptr<Matcher> m_matcher;
    QRandomGenerator m_rng{8080};
    QTemporaryDir m_work;

    QList<Finding> scanDir(const QString& dir)
    {
        ScanOptions options;
        options.roots = {dir};
        options.threads = 1; // the sink appends without a lock
        options.gitHistory = false;
        FileSystemScanner scanner(*m_matcher, options);
        QList<Finding> findings;
        scanner.run([&](QList<Finding>&& batch) { findings += batch; });
        ScanResult sorted;
        sorted.findings = findings;
        sorted.sortFindings();
        return sorted.findings;
    }

    ScanResult scanResult(const QString& dir)
    {
        ScanResult result;
        result.roots = {dir};
        result.startedAt = QDateTime::currentDateTimeUtc();
        result.findings = scanDir(dir);
        result.finishedAt = QDateTime::currentDateTimeUtc();
        result.catalogueVersion = m_catalogue.version();
        result.ruleCount = static_cast<int>(m_catalogue.rules().size());
        return result;
    }

    // HOME and the XDG folders in the test's own folder: no person's triage or check store is read.
    QProcessEnvironment cliEnvironment() const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        const QString base = m_work.filePath(QStringLiteral("cli-home"));
        QDir().mkpath(base);
        env.insert(QStringLiteral("HOME"), base);
        env.insert(QStringLiteral("XDG_DATA_HOME"), base + QStringLiteral("/.local/share"));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), base + QStringLiteral("/.config"));
        env.insert(QStringLiteral("XDG_CACHE_HOME"), base + QStringLiteral("/.cache"));
        env.remove(QStringLiteral("HF_HOME"));
        env.remove(QStringLiteral("HF_TOKEN_PATH"));
        return env;
    }

    CliRun keyscout(const QStringList& arguments)
    {
        QProcess process;
        process.setProcessEnvironment(cliEnvironment());
        process.setStandardInputFile(QProcess::nullDevice());
        process.start(QStringLiteral(KEYSCOUT_BINARY), arguments);
        CliRun run;
        if (!process.waitForFinished(120000) || process.exitStatus() != QProcess::NormalExit) {
            run.transcript = "keyscout did not finish: " + process.errorString().toUtf8();
            return run;
        }
        run.exitCode = process.exitCode();
        run.out = process.readAllStandardOutput();
        run.err = process.readAllStandardError();
        run.transcript = "keyscout " + arguments.join(QLatin1Char(' ')).toUtf8() + "\nexit status " +
                         QByteArray::number(run.exitCode) + "\n--- stderr\n" + run.err.left(4000);
        return run;
    }

    // A home with a secret in every kind of place a report describes: .env in a git working tree with a
    // remote, a token committed and then removed (git history), a notebook output, a broken notebook (a
    // notice), a shell history, credentials, Hugging Face's token store, a pickle that runs code, and an
    // excluded folder (skipped). Returns the secrets planted.
    QList<QByteArray> plantHome(const QString& home)
    {
        QList<QByteArray> secrets;
        const QByteArray envToken = test::hfToken(m_rng);
        const QByteArray historyToken = test::hfToken(m_rng);
        const QByteArray notebookToken = test::hfToken(m_rng);
        const QByteArray brokenToken = test::hfToken(m_rng);
        const QByteArray storeToken = test::hfToken(m_rng);
        const QByteArray gitToken = test::githubToken(m_rng);
        const QByteArray credentialToken = test::githubToken(m_rng);
        secrets << envToken << historyToken << notebookToken << brokenToken << storeToken << gitToken
                << credentialToken;

        const QString project = home + QStringLiteral("/proj");
        QDir().mkpath(project);
        if (!test::git(project, {QStringLiteral("init"), QStringLiteral("-q"), QStringLiteral("-b"),
                                 QStringLiteral("main")}) ||
            !test::writeFile(project + QStringLiteral("/settings.py"), "TOKEN = \"" + gitToken + "\"\n") ||
            !test::git(project, {QStringLiteral("add"), QStringLiteral("settings.py")}) ||
            !test::git(project, {QStringLiteral("commit"), QStringLiteral("-q"), QStringLiteral("-m"),
                                 QStringLiteral("add settings")}) ||
            !test::writeFile(project + QStringLiteral("/settings.py"), "TOKEN = None\n") ||
            !test::git(project, {QStringLiteral("commit"), QStringLiteral("-q"), QStringLiteral("-am"),
                                 QStringLiteral("drop the token")}) ||
            !test::git(project, {QStringLiteral("remote"), QStringLiteral("add"), QStringLiteral("origin"),
                                 QStringLiteral("https://huggingface.co/acme/proj")})) {
            return {};
        }
        test::writeFile(project + QStringLiteral("/.env"),
                        "# local settings\nWANDB_PROJECT=x\nHF_TOKEN=" + envToken + "\n");
        test::writeFile(
            project + QStringLiteral("/train.ipynb"),
            "{\"cells\": [{\"cell_type\": \"code\", \"execution_count\": 1, \"metadata\": {}, "
            "\"outputs\": [{\"name\": \"stdout\", \"output_type\": \"stream\", \"text\": [\"token: " +
                notebookToken +
                "\\n\"]}], \"source\": [\"import os\\n\", \"print(os.environ['HF_TOKEN'])\"]}], "
                "\"metadata\": {}, \"nbformat\": 4, \"nbformat_minor\": 5}\n");
        test::writeFile(project + QStringLiteral("/broken.ipynb"),
                        "{\"cells\": [{\"source\": \"token = '" + brokenToken + "'\"\n");
        test::writeFile(project + QStringLiteral("/notes.txt"), "staging key " + storeToken + " (rotate)\n");
        test::writeFile(home + QStringLiteral("/.bash_history"),
                        "ls\n#1700000000\nexport HF_TOKEN=" + historyToken + "\ncd proj\n");
        test::writeFile(home + QStringLiteral("/.git-credentials"),
                        "https://ada:" + credentialToken + "@github.com\n");
        test::writeFile(home + QStringLiteral("/.cache/huggingface/token"), storeToken);
        QFile::setPermissions(home + QStringLiteral("/.cache/huggingface/token"),
                              QFile::ReadOwner | QFile::WriteOwner);
        test::writeFile(home + QStringLiteral("/models/evil.pkl"), test::osSystemPickle());
        test::writeFile(home + QStringLiteral("/node_modules/pkg/index.js"), "module.exports = 1;\n");
        return secrets;
    }

    // Runs the schema validator (tests/tools/validate-report-schema.py) over `reports`.
    QPair<int, QByteArray> validate(const QStringList& reports) const
    {
        const QString python = QStandardPaths::findExecutable(QStringLiteral("python3"));
        if (python.isEmpty()) {
            return {-1, "python3 not found (packaging/setup-deps.sh --test installs it)"};
        }
        QProcess process;
        process.setProcessChannelMode(QProcess::MergedChannels);
        process.start(
            python, QStringList{QStringLiteral(KEYSCOUT_SOURCE_DIR "/tests/tools/validate-report-schema.py"),
                                QStringLiteral(KEYSCOUT_SOURCE_DIR
                                               "/core/report/schema/keyscout-report-v1.schema.json")} +
                        reports);
        if (!process.waitForFinished(120000)) {
            return {-1, "the validator did not finish"};
        }
        return {process.exitCode(), process.readAll()};
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_catalogue.errors().isEmpty());
        QVERIFY(m_work.isValid());
        m_matcher = std::make_unique<Matcher>(m_catalogue.rules());
    }

    // --- the finding id -------------------------------------------------------------------------------

    void findingIdSurvivesLinesInsertedAbove()
    {
        QTemporaryDir dir;
        const QByteArray token = test::hfToken(m_rng);
        const QString path = dir.filePath(QStringLiteral("proj/.env"));
        QVERIFY(test::writeFile(path, "HF_TOKEN=" + token + "\n"));
        const QList<Finding> before = scanDir(dir.path());
        QCOMPARE(before.size(), 1);
        QVERIFY(test::writeFile(path, "# added later\nWANDB_PROJECT=x\n\nHF_TOKEN=" + token + "\n"));
        const QList<Finding> after = scanDir(dir.path());
        QCOMPARE(after.size(), 1);
        QVERIFY(after.first().line != before.first().line); // the place moved…
        const QStringList idsBefore = FindingId::of(before);
        QCOMPARE(FindingId::of(after), idsBefore); // …and is still the same finding
        QVERIFY(QRegularExpression(QStringLiteral("^[0-9a-f]{32}$")).match(idsBefore.first()).hasMatch());
        // The id of a place does not depend on what else is in the list it is computed with.
        QCOMPARE(FindingId::of(after + scanDir(dir.path())).first(), idsBefore.first());
    }

    void findingIdTellsCopiesAndPathsApart()
    {
        QTemporaryDir dir;
        const QByteArray token = test::hfToken(m_rng);
        const QByteArray content = "A=" + token + "\nB=" + token + "\n";
        QVERIFY(test::writeFile(dir.filePath(QStringLiteral("one/.env")), content));
        QVERIFY(test::writeFile(dir.filePath(QStringLiteral("two/.env")), content));
        const QList<Finding> findings = scanDir(dir.path());
        QCOMPARE(findings.size(), 4);
        const QStringList ids = FindingId::of(findings);
        QCOMPARE(QSet<QString>(ids.cbegin(), ids.cend()).size(), 4); // two copies in a file, two paths

        // The first copy keeps its id when a third copy is added below it.
        const QString first = ids.first();
        QVERIFY(test::writeFile(dir.filePath(QStringLiteral("one/.env")), content + "C=" + token + "\n"));
        QCOMPARE(FindingId::of(scanDir(dir.path())).first(), first);
    }

    void findingIdIsTheSameInEveryFormat()
    {
        QTemporaryDir dir;
        QVERIFY(
            test::writeFile(dir.filePath(QStringLiteral(".env")), "HF_TOKEN=" + test::hfToken(m_rng) + "\n"));
        const ScanResult result = scanResult(dir.path());
        QCOMPARE(result.findings.size(), 1);
        const QString id = FindingId::of(result.findings).first();
        const ReportOptions options;
        const QJsonObject json =
            QJsonDocument::fromJson(renderReport(ReportFormat::Json, result, m_catalogue.rules(), options))
                .object();
        QCOMPARE(json[u"secrets"][0][u"locations"][0][u"finding_id"].toString(), id);
        const QJsonObject sarif =
            QJsonDocument::fromJson(renderReport(ReportFormat::Sarif, result, m_catalogue.rules(), options))
                .object();
        const QJsonObject sarifResult = sarif[u"runs"][0][u"results"][0].toObject();
        QCOMPARE(sarifResult[u"properties"][u"finding_id"].toString(), id);
        QCOMPARE(sarifResult[u"fingerprints"][u"keyscoutFindingId/v1"].toString(), id);
        QCOMPARE(sarifResult[u"partialFingerprints"][u"secretSha256/v1"].toString(),
                 result.findings.first().secretSha256); // code scanning's grouping is unchanged
        const QList<QStringList> csv = parseCsv(
            QString::fromUtf8(renderReport(ReportFormat::Csv, result, m_catalogue.rules(), options)));
        QCOMPARE(csv.value(1).value(0), id);
        const QJsonObject line = QJsonDocument::fromJson(renderReport(ReportFormat::JsonLines, result,
                                                                      m_catalogue.rules(), options))
                                     .object();
        QCOMPARE(line[u"finding_id"].toString(), id);
    }

    // --- CSV ------------------------------------------------------------------------------------------

    void csvHasOneRowPerPlaceAndDefusesFormulas()
    {
        QTemporaryDir dir;
        const QByteArray token = test::hfToken(m_rng);
        // Attacker-chosen names: a formula, a quote and a comma, a line break.
        const QString formula = dir.filePath(QStringLiteral("=HYPERLINK(\"http:,,x\")/.env"));
        const QString lineBreak = dir.filePath(QStringLiteral("a\nb/.env"));
        QVERIFY(test::writeFile(formula, "HF_TOKEN=" + token + "\n"));
        QVERIFY(test::writeFile(lineBreak, "HF_TOKEN=" + token + "\nHF_OTHER=" + token + "\n"));
        const ScanResult result = scanResult(dir.path());
        QCOMPARE(result.findings.size(), 3);

        ReportAnnotations annotations;
        annotations.decisions.insert(result.findings.first().secretSha256,
                                     TriageDecision{TriageStatus::AcceptedRisk, QString(), {}});
        const QByteArray bytes = CsvReport::render(result, ReportOptions{}, annotations);
        QVERIFY(bytes.endsWith("\r\n"));
        QVERIFY2(!bytes.contains(token), "the raw secret is in the CSV");
        const QList<QStringList> rows = parseCsv(QString::fromUtf8(bytes));
        QCOMPARE(rows.size(), 4); // the header and one row per place
        const QStringList header = rows.first();
        QCOMPARE(header, CsvReport::columns(false));
        for (const char* name : {"finding_id", "secret_sha256", "masked", "provider", "rule_id", "severity",
                                 "confidence", "kind", "where", "path", "line", "column", "exposure",
                                 "file_mtime", "file_mode", "owner", "decision"}) {
            QVERIFY2(header.contains(QLatin1String(name)), name);
        }
        QVERIFY(!header.contains(QStringLiteral("secret")));
        const auto column = [&](const QStringList& row, const char* name) {
            return row.value(header.indexOf(QLatin1String(name)));
        };
        QSet<QString> paths;
        for (const QStringList& row : rows.mid(1)) {
            QCOMPARE(row.size(), header.size());
            paths.insert(column(row, "path"));
            QCOMPARE(column(row, "decision"), QStringLiteral("accepted_risk"));
            QCOMPARE(column(row, "kind"), QStringLiteral("environment"));
            QVERIFY(column(row, "line").toInt() > 0);
        }
        // A path that would start a formula gets a leading apostrophe, whatever the cell; the rest is intact.
        QCOMPARE(CsvReport::cell(QStringLiteral("=1+2")), QStringLiteral("'=1+2"));
        for (const QString& start : {QStringLiteral("+"), QStringLiteral("-"), QStringLiteral("@"),
                                     QStringLiteral("\t"), QStringLiteral("\r")}) {
            QVERIFY(CsvReport::cell(start + QStringLiteral("cmd|' /C calc'!A0"))
                        .startsWith(QStringLiteral("'")) ||
                    CsvReport::cell(start + QStringLiteral("cmd|' /C calc'!A0"))
                        .startsWith(QStringLiteral("\"'")));
        }
        QVERIFY(paths.contains(lineBreak)); // a line break inside a quoted field survives
        QVERIFY(paths.contains(formula));   // paths under the temporary folder start with '/'
        QCOMPARE(CsvReport::cell(QStringLiteral("a\"b,c")), QStringLiteral("\"a\"\"b,c\""));
        QCOMPARE(CsvReport::cell(QStringLiteral("-x,y")), QStringLiteral("\"'-x,y\""));

        ReportOptions reveal;
        reveal.reveal = true;
        const QList<QStringList> revealed = parseCsv(QString::fromUtf8(CsvReport::render(result, reveal)));
        QCOMPARE(revealed.first().last(), QStringLiteral("secret"));
        QCOMPARE(revealed.at(1).last(), QString::fromLatin1(token));
    }

    // --- JSON Lines -----------------------------------------------------------------------------------

    void jsonLinesFromManyMachinesMerge()
    {
        QTemporaryDir dir;
        const QByteArray shared = test::hfToken(m_rng);
        QVERIFY(test::writeFile(dir.filePath(QStringLiteral(".env")), "HF_TOKEN=" + shared + "\n"));
        QVERIFY(test::writeFile(dir.filePath(QStringLiteral(".bash_history")), "export T=" + shared + "\n"));
        const ScanResult result = scanResult(dir.path());
        QCOMPARE(result.findings.size(), 2);
        // Two machines that scanned the same path: each line says where it came from, and the same place
        // has the same finding id on both, so merged files can be deduplicated on (host, finding_id).
        const QByteArray a =
            JsonLinesReport::render(result, {}, {}, {QStringLiteral("ws-01"), QStringLiteral("ada")});
        const QByteArray b =
            JsonLinesReport::render(result, {}, {}, {QStringLiteral("ws-02"), QStringLiteral("bob")});
        const QByteArray merged = a + b; // `cat` of the two files
        QSet<QString> ids;
        QSet<QString> hosts;
        for (const QByteArray& line : merged.split('\n')) {
            if (line.isEmpty()) {
                continue;
            }
            QJsonParseError error{};
            const QJsonObject o = QJsonDocument::fromJson(line, &error).object();
            QCOMPARE(error.error, QJsonParseError::NoError);
            for (const char* key : {"finding_id", "host", "user", "scan_started_at", "keyscout_version",
                                    "rules", "secret_sha256", "masked", "path", "line", "kind", "where",
                                    "exposure", "severity", "decision"}) {
                QVERIFY2(o.contains(QLatin1String(key)), key);
            }
            QVERIFY(!o.contains(QStringLiteral("secret")));
            ids.insert(o[u"finding_id"].toString());
            hosts.insert(o[u"host"].toString());
        }
        QCOMPARE(a.count('\n'), 2);
        QCOMPARE(ids.size(), 2);
        QCOMPARE(hosts, (QSet<QString>{QStringLiteral("ws-01"), QStringLiteral("ws-02")}));
        QVERIFY(!merged.contains(shared));
    }

    // --- the JSON schema ------------------------------------------------------------------------------

    void realReportsMatchTheSchema()
    {
        const QString home = m_work.filePath(QStringLiteral("schema/home/ada"));
        const QList<QByteArray> secrets = plantHome(home);
        QVERIFY2(!secrets.isEmpty(), "could not plant the home (git)");
        const QString out = m_work.filePath(QStringLiteral("schema"));
        QStringList reports;
        const QList<QStringList> runs{
            {QStringLiteral("--models"), QStringLiteral("--list-skipped"), QStringLiteral("--format"),
             QStringLiteral("json"), QStringLiteral("-o"), out + QStringLiteral("/plain.json")},
            {QStringLiteral("--models"), QStringLiteral("--reveal"), QStringLiteral("--format"),
             QStringLiteral("json"), QStringLiteral("-o"), out + QStringLiteral("/revealed.json")},
            {QStringLiteral("--models"), QStringLiteral("--format"), QStringLiteral("jsonl"),
             QStringLiteral("-o"), out + QStringLiteral("/plain.jsonl")},
            {QStringLiteral("--reveal"), QStringLiteral("--format"), QStringLiteral("jsonl"),
             QStringLiteral("-o"), out + QStringLiteral("/revealed.jsonl")},
        };
        for (const QStringList& arguments : runs) {
            const CliRun run =
                keyscout(QStringList{QStringLiteral("scan"), QStringLiteral("-q"), home} + arguments);
            QVERIFY2(run.exitCode == 1, run.transcript.constData());
            reports << arguments.last();
        }

        // SARIF: every result has a region GitHub code scanning can place (startLine, and columns of at least
        // 1 where there are columns), model files too (they have no line: their columns were 0).
        const CliRun sarifRun =
            keyscout({QStringLiteral("scan"), QStringLiteral("-q"), home, QStringLiteral("--models"),
                      QStringLiteral("--format"), QStringLiteral("sarif")});
        QVERIFY2(sarifRun.exitCode == 1, sarifRun.transcript.constData());
        bool sarifModel = false;
        for (const QJsonValue& r :
             QJsonDocument::fromJson(sarifRun.out).object()[u"runs"][0][u"results"].toArray()) {
            const QJsonObject region = r[u"locations"][0][u"physicalLocation"][u"region"].toObject();
            QVERIFY2(region[u"startLine"].toInteger() >= 1, qPrintable(r[u"ruleId"].toString()));
            for (const char16_t* column : {u"startColumn", u"endColumn"}) {
                QVERIFY2(!region.contains(column) || region[column].toInteger() >= 1,
                         qPrintable(r[u"ruleId"].toString()));
            }
            sarifModel = sarifModel || r[u"ruleId"].toString().startsWith(QLatin1String("model."));
        }
        QVERIFY(sarifModel);

        // What the reports must cover for the check to mean something: every kind of place, notices,
        // listed skips, a git place with its commit, a working tree, raw secrets when revealed.
        const QJsonObject plain = QJsonDocument::fromJson(test::readAll(reports.at(0))).object();
        QSet<QString> kinds;
        bool gitTime = false;
        bool worktree = false;
        for (const QJsonValue& s : plain[u"secrets"].toArray()) {
            for (const QJsonValue& l : s[u"locations"].toArray()) {
                kinds.insert(l[u"kind"].toString());
                gitTime = gitTime || l[u"place"][u"git"][u"time"].isString();
                worktree = worktree || l[u"worktree"].isObject();
            }
        }
        for (const char* kind : {"environment", "notebook", "shell-history", "git", "credential-file",
                                 "token-store", "model-file", "file"}) {
            QVERIFY2(kinds.contains(QLatin1String(kind)), kind);
        }
        QVERIFY(gitTime);
        QVERIFY(worktree);
        QVERIFY(!plain[u"scan"][u"notices"].toArray().isEmpty());
        QVERIFY(!plain[u"skipped"][u"items"].toArray().isEmpty());
        const QByteArray revealed = test::readAll(reports.at(1));
        QVERIFY(revealed.contains(secrets.first()));
        QVERIFY(!test::readAll(reports.at(0)).contains(secrets.first()));

        // A responder scan carries the evidence object, when this build has the responder mode.
        if (keyscout({QStringLiteral("scan"), QStringLiteral("--help")}).out.contains("--root")) {
            const QString root = m_work.filePath(QStringLiteral("schema/system"));
            QVERIFY(test::writeFile(root + QStringLiteral("/etc/hostname"), "ws-17\n"));
            QVERIFY(test::writeFile(root + QStringLiteral("/home/bob/.env"),
                                    "HF_TOKEN=" + secrets.first() + "\n"));
            const QString evidence = out + QStringLiteral("/evidence.json");
            const CliRun run = keyscout({QStringLiteral("scan"), QStringLiteral("-q"),
                                         QStringLiteral("--root"), root, QStringLiteral("--format"),
                                         QStringLiteral("json"), QStringLiteral("-o"), evidence});
            QVERIFY2(run.exitCode == 1, run.transcript.constData());
            QVERIFY(QJsonDocument::fromJson(test::readAll(evidence)).object()[u"evidence"].isObject());
            reports << evidence;
        }

        const auto [status, output] = validate(reports);
        QVERIFY2(status == 0, output.constData());

        // The schema is closed: a renamed field fails.
        QByteArray renamed = test::readAll(reports.at(0));
        renamed.replace("\"exposure_explanation\"", "\"exposure_reason\"");
        const QString broken = out + QStringLiteral("/renamed.json");
        QVERIFY(test::writeFile(broken, renamed));
        const auto [brokenStatus, brokenOutput] = validate({broken});
        QVERIFY2(brokenStatus == 1, brokenOutput.constData());
        QVERIFY(brokenOutput.contains("exposure_reason"));
    }

    // --- HTML -----------------------------------------------------------------------------------------

    void htmlShowsEverythingAndEscapesWhatFilesSay()
    {
        QTemporaryDir dir;
        const QByteArray token = test::hfToken(m_rng);
        const QByteArray other = test::githubToken(m_rng);
        // Names and lines an attacker could plant in a shared folder, to run script in whoever opens the
        // report.
        const QString scriptName = dir.filePath(QStringLiteral("<script>alert(1)</script>/.env"));
        const QString imgName = dir.filePath(QStringLiteral("\"><img src=x onerror=alert(2)>.txt"));
        QVERIFY(test::writeFile(scriptName, "# <script>alert(3)</script>\nHF_TOKEN=" + token + "\n"));
        QVERIFY(test::writeFile(imgName, "x = \"\"><img src=x onerror=alert(4)>\" # " + other + "\n"));
        ScanResult result = scanResult(dir.path());
        QCOMPARE(result.findings.size(), 2);
        result.notices << SkippedItem{dir.filePath(QStringLiteral("<b>broken</b>.ipynb")),
                                      QStringLiteral("read as plain text: not valid JSON"), false};
        result.skipCounts.insert(QStringLiteral("excluded by **/node_modules"), 12);
        result.totals.files = 4242;
        result.totals.skipped = 12;

        // What the person already knows: a cached check, a triage decision, a change Keyscout made.
        const QString hfSha = test::withSecret(result.findings, token).first().secretSha256;
        ReportAnnotations annotations;
        CheckResult check;
        check.state = CheckResult::State::Invalid;
        check.provider = QStringLiteral("huggingface");
        check.httpStatus = 401;
        check.checkedAt = QDateTime(QDate(2026, 3, 1), QTime(9, 30), QTimeZone::utc());
        annotations.checks.insert(hfSha, check);
        annotations.decisions.insert(hfSha,
                                     TriageDecision{TriageStatus::ToFix, QStringLiteral("rotate <today>"),
                                                    QDateTime::currentDateTimeUtc()});
        ChangeJournal::Entry change;
        change.path = scriptName;
        change.title = QStringLiteral("Remove 1 assignment from .env");
        change.state = QStringLiteral("applied");
        change.time = QDateTime::currentDateTimeUtc();
        annotations.changes << change;

        const QByteArray html = HtmlReport::render(result, ReportOptions{}, annotations);
        QVERIFY2(!html.contains(token) && !html.contains(other), "a raw secret is in the HTML report");
        // Nothing planted became markup: no script, no image, no handler, anywhere.
        const QByteArray lower = html.toLower();
        QVERIFY(!lower.contains("<script"));
        QVERIFY(!lower.contains("<img"));
        QVERIFY(!lower.contains("<b>broken"));
        QVERIFY(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
        QVERIFY(html.contains("&quot;&gt;&lt;img src=x onerror=alert(2)&gt;"));
        QVERIFY(html.contains("&lt;script&gt;alert(3)&lt;/script&gt;")); // the context line
        // Self-contained: a policy that forbids scripts and loads, and nothing that would load anything.
        QVERIFY(html.contains("http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'"));
        for (const char* loader : {"<link", "@import", "url(", "<iframe", "<object", "<embed"}) {
            QVERIFY2(!lower.contains(loader), loader);
        }
        QVERIFY(!QString::fromUtf8(lower).contains(
            QRegularExpression(QStringLiteral("<[^>]*\\s(src|href)=\"?[a-z]+:"))));

        // What a person reading it sees.
        QTextDocument document;
        document.setHtml(QString::fromUtf8(html));
        const QString text = document.toPlainText();
        for (const Finding& f : result.findings) {
            QVERIFY2(text.contains(f.masked), qPrintable(f.masked));
            QVERIFY2(text.contains(f.path), qPrintable(f.path));
            QVERIFY(text.contains(describePlace(f)));
            QVERIFY(text.contains(exposureName(exposureOf(f))));
            QVERIFY(text.contains(FindingId::of({f}).first()));
        }
        QVERIFY(text.contains(QStringLiteral("Files read")) && text.contains(QStringLiteral("4242 (")));
        QVERIFY(text.contains(QStringLiteral("2\nsecrets")) || text.contains(QStringLiteral("2 secrets")));
        QVERIFY(text.contains(QStringLiteral("Findings by provider")));
        QVERIFY(text.contains(QStringLiteral("Hugging Face")));
        QVERIFY(text.contains(QStringLiteral("Findings by kind of place")));
        // The bars: each fill is as wide as its share of the largest count, and is a block (an inline span
        // ignores its width, which left every bar empty in a browser).
        QVERIFY(html.contains("<span class=\"fill\" style=\"width:100%\">"));
        QVERIFY(QString::fromUtf8(html).contains(
            QRegularExpression(QStringLiteral(R"(\.fill \{[^}]*display: block)"))));
        QVERIFY(text.contains(QStringLiteral("Invalid, expired or revoked (HTTP 401)"))); // the cached check
        QVERIFY(text.contains(QStringLiteral("To fix")));                                 // the decision…
        QVERIFY(text.contains(QStringLiteral("rotate <today>")));                // …with its note, as text
        QVERIFY(text.contains(QStringLiteral("Remove 1 assignment from .env"))); // the journal's change
        QVERIFY(text.contains(QStringLiteral("▶ 2")));                       // the secret's line is marked
        QVERIFY(text.contains(QStringLiteral("<script>alert(3)</script>"))); // shown, not run
        QVERIFY(text.contains(QStringLiteral("excluded by **/node_modules")));
        QVERIFY(text.contains(QStringLiteral("<b>broken</b>.ipynb")));
        QVERIFY(!text.contains(QStringLiteral("Evidence")));
    }

    void htmlRendersTheResponderEvidence()
    {
        QTemporaryDir dir;
        QVERIFY(
            test::writeFile(dir.filePath(QStringLiteral(".env")), "HF_TOKEN=" + test::hfToken(m_rng) + "\n"));
        ScanResult result = scanResult(dir.path());
        Evidence e;
        e.scannedRoot = QStringLiteral("/mnt/evidence");
        e.scannedHostName = QStringLiteral("ws-17");
        e.scannedHomes = {QStringLiteral("/mnt/evidence/home/alice")};
        e.scanningHost = QStringLiteral("forensics-01");
        e.scanningUser = QStringLiteral("responder");
        e.keyscoutVersion = QStringLiteral(KEYSCOUT_VERSION);
        e.catalogueVersion = QStringLiteral("rules-2026");
        e.scanStarted = QDateTime(QDate(2026, 5, 4), QTime(10, 0), QTimeZone::utc());
        e.scanFinished = e.scanStarted.addSecs(61);
        EvidenceFile file;
        file.path = QStringLiteral("/mnt/evidence/home/alice/<x>.env");
        file.sha256 = QString(64, QLatin1Char('a'));
        file.size = 120;
        file.mtime = e.scanStarted.addDays(-3);
        file.ctime = e.scanStarted.addDays(-2);
        file.mode = QStringLiteral("0640");
        file.owner = QStringLiteral("alice");
        file.group = QStringLiteral("staff");
        file.error = QStringLiteral("changed while it was hashed");
        e.files << file;
        EvidenceEvent event;
        event.time = QDateTime(QDate(2025, 12, 24), QTime(18, 0), QTimeZone::utc());
        event.secretSha256 = result.findings.first().secretSha256;
        event.masked = result.findings.first().masked;
        event.event = QStringLiteral("commit");
        event.description = QStringLiteral("Committed in c78c092cba by Ada <ada@example.org>: add config");
        event.path = file.path;
        event.approximate = true;
        e.timeline << event;
        result.evidence = e;

        QTextDocument document;
        document.setHtml(QString::fromUtf8(HtmlReport::render(result, ReportOptions{})));
        const QString text = document.toPlainText();
        for (const QString& expected :
             {QStringLiteral("Evidence"), QStringLiteral("/mnt/evidence"), QStringLiteral("ws-17"),
              QStringLiteral("/mnt/evidence/home/alice"), QStringLiteral("responder on forensics-01"),
              QStringLiteral("rules-2026"),
              QStringLiteral("2026-05-04 10:00:00 UTC to 2026-05-04 10:01:01 UTC"), file.path, file.sha256,
              QStringLiteral("2026-05-01 10:00:00 UTC"), QStringLiteral("0640"), QStringLiteral("alice"),
              QStringLiteral("staff"), file.error, QStringLiteral("~ 2025-12-24 18:00:00 UTC"),
              event.description, QStringLiteral("commit")}) {
            QVERIFY2(text.contains(expected), qPrintable(expected));
        }
    }

    void htmlFromTheCommandLine()
    {
        QTemporaryDir dir;
        const QByteArray token = test::hfToken(m_rng);
        QVERIFY(test::writeFile(dir.filePath(QStringLiteral("proj/.env")), "HF_TOKEN=" + token + "\n"));
        const QString masked = dir.filePath(QStringLiteral("masked.html"));
        const QString revealed = dir.filePath(QStringLiteral("revealed.html"));
        CliRun run = keyscout({QStringLiteral("scan"), QStringLiteral("-q"), QStringLiteral("--format"),
                               QStringLiteral("html"), QStringLiteral("-o"), masked,
                               dir.filePath(QStringLiteral("proj"))});
        QVERIFY2(run.exitCode == 1, run.transcript.constData());
        const QByteArray page = test::readAll(masked);
        QVERIFY(page.startsWith("<!DOCTYPE html>"));
        QVERIFY(!page.contains(token));
        run = keyscout({QStringLiteral("scan"), QStringLiteral("-q"), QStringLiteral("--format"),
                        QStringLiteral("html"), QStringLiteral("--reveal"), QStringLiteral("-o"), revealed,
                        dir.filePath(QStringLiteral("proj"))});
        QVERIFY2(run.exitCode == 1, run.transcript.constData());
        QVERIFY(test::readAll(revealed).contains(token));
        QCOMPARE(test::modeOf(revealed), 0600);
    }

    void unknownFormatNamesTheFormats()
    {
        const CliRun run = keyscout(
            {QStringLiteral("scan"), QStringLiteral("--format"), QStringLiteral("xml"), m_work.path()});
        QCOMPARE(run.exitCode, 2);
        for (const QString& name : reportFormatNames()) {
            QVERIFY2(run.err.contains(name.toUtf8()), run.err.constData());
        }
    }
};

QTEST_MAIN(TestReports) // QTextDocument lays text out: a QGuiApplication (offscreen)
#include "tst_reports.moc"
