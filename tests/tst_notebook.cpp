// SPDX-License-Identifier: GPL-3.0-or-later
// Notebooks are read as Jupyter shows them: each finding names the cell, the part (source, output,
// attachment) and the line in it, shows the cell's own lines as context, and still points at the exact line
// and byte of the .ipynb file. Whatever is not a cell (metadata, widget state) is still found, and a broken
// notebook is scanned as plain text and says so.
#include "TestSupport.h"
#include "detect/Matcher.h"
#include "findings/Guidance.h"
#include "findings/PlaceDescription.h"
#include "report/JsonReport.h"
#include "rules/RuleCatalogue.h"
#include "sources/FileSystemScanner.h"
#include "sources/formats/Notebook.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace keyscout;

namespace {

// Notebooks as Jupyter writes them (indent 1, sorted keys, one JSON string per line of text), with @NAME@
// where a generated token goes: tests/data/notebooks.
QByteArray notebookTemplate(const char* name)
{
    QFile f(QStringLiteral(KEYSCOUT_SOURCE_DIR "/tests/data/notebooks/") + QLatin1String(name));
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}
const QByteArray kNotebook = notebookTemplate("planted-v4.ipynb.in");
const QByteArray kNotebookV3 = notebookTemplate("planted-v3.ipynb.in");

struct Planted {
    QByteArray notebook;
    QHash<QString, QByteArray> tokens; // placeholder → token
};

Planted plant(const QByteArray& templ, std::initializer_list<const char*> names, QRandomGenerator& rng)
{
    Planted p;
    p.notebook = templ;
    for (const char* n : names) {
        const QByteArray token = test::hfToken(rng);
        p.tokens.insert(QString::fromLatin1(n), token);
        p.notebook.replace(QByteArray(QByteArray("@") + n + QByteArray("@")), token);
    }
    return p;
}

const Finding* findingFor(const QList<Finding>& findings, const QByteArray& secret)
{
    for (const Finding& f : findings) {
        if (f.secret == secret) {
            return &f;
        }
    }
    return nullptr;
}

qint64 lineOfOffset(const QByteArray& bytes, qint64 offset)
{
    return bytes.left(offset).count('\n') + 1;
}

} // namespace

class TestNotebook : public QObject {
    Q_OBJECT
private:
    RuleCatalogue m_catalogue = RuleCatalogue::builtin();
    std::unique_ptr<Matcher> m_matcher;
    QRandomGenerator m_rng{4242};

    QList<Finding> scanFile(const QString& path, QList<SkippedItem>* notices = nullptr)
    {
        ScanOptions options;
        options.roots = {path};
        options.threads = 1;
        FileSystemScanner scanner(*m_matcher, options);
        QList<Finding> out;
        scanner.run([&](QList<Finding>&& batch) { out += batch; });
        if (notices != nullptr) {
            *notices = scanner.notices();
        }
        return out;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_catalogue.errors().isEmpty());
        m_matcher = std::make_unique<Matcher>(m_catalogue.rules());
    }

    void everyPartIsFoundWhereJupyterShowsIt()
    {
        const Planted p = plant(kNotebook, {"SOURCE", "OUT", "RESULT", "TRACE", "ATTACH", "WIDGET"}, m_rng);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("train.ipynb"));
        QVERIFY(test::writeFile(path, p.notebook));
        QVERIFY(QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner));
        QList<SkippedItem> notices;
        const QList<Finding> findings = scanFile(path, &notices);
        QVERIFY2(notices.isEmpty(), qPrintable(notices.value(0).reason));
        QCOMPARE(findings.size(), 6);

        for (const Finding& f : findings) {
            QCOMPARE(f.place.kind, SourceKind::Notebook);
            // Line, column and offset always point into the file: the secret's bytes are there.
            QCOMPARE(p.notebook.mid(f.offset, f.length), f.secret);
            QCOMPARE(f.line, lineOfOffset(p.notebook, f.offset));
            const qint64 lineStart = p.notebook.lastIndexOf('\n', f.offset - 1) + 1;
            QCOMPARE(f.column, f.offset - lineStart + 1);
            if (f.place.part == CellPart::Metadata) {
                continue; // outside the cells: shown as the file's own lines
            }
            // The context is never raw JSON: no quotes-and-commas lines, no escapes.
            for (const QString& line : f.context) {
                QVERIFY2(!line.contains(QLatin1String("\\n")) && !line.contains(QLatin1String("\",")),
                         qPrintable(line));
            }
        }

        const Finding* source = findingFor(findings, p.tokens.value(QStringLiteral("SOURCE")));
        QVERIFY(source);
        QCOMPARE(source->place.cell, 2);
        QCOMPARE(source->place.cellType, QStringLiteral("code"));
        QCOMPARE(source->place.part, CellPart::Source);
        QCOMPARE(source->place.lineInPart, 2);
        QCOMPARE(source->place.language, QStringLiteral("python"));
        QCOMPARE(source->place.entry, 7); // the In [7] prompt
        QCOMPARE(source->contextFirstLine, 1);
        QCOMPARE(source->context.size(), 3);
        QCOMPARE(source->context.at(0), QStringLiteral("from huggingface_hub import login"));
        QCOMPARE(source->context.at(1), QStringLiteral("token = \"%1\"").arg(source->masked));
        QCOMPARE(source->contextLine(), 2);
        QCOMPARE(describePlace(*source), QStringLiteral("Notebook train.ipynb, cell 2, line 2"));

        const Finding* out = findingFor(findings, p.tokens.value(QStringLiteral("OUT")));
        QVERIFY(out);
        QCOMPARE(out->place.part, CellPart::Output);
        QCOMPARE(out->place.output, 1);
        QCOMPARE(out->place.outputType, QStringLiteral("stream stdout"));
        QCOMPARE(out->place.lineInPart, 2);
        QCOMPARE(out->context.at(0), QStringLiteral("Loading model"));
        QCOMPARE(describePlace(*out),
                 QStringLiteral("Notebook train.ipynb, cell 2 output (stream stdout), line 2"));
        // A saved output is one commit away from publication; the source of a private notebook is not.
        QCOMPARE(exposureOf(*out), Exposure::NotebookOutput);
        QCOMPARE(exposureOf(*source), Exposure::PrivateFile);
        // What to do: revoke (one commit from publication: as leaked), reissue fine-grained, clear the
        // outputs.
        const QStringList steps = nextSteps({*out, *source});
        QVERIFY2(steps.first().startsWith(QLatin1String("Treat it as leaked: revoke it first at "
                                                        "https://huggingface.co/settings/tokens")),
                 qPrintable(steps.first()));
        QVERIFY(steps.at(1).contains(QLatin1String("tokenType=fineGrained")));
        QVERIFY(steps.join(QLatin1Char('\n')).contains(QLatin1String("nbstripout train.ipynb")));
        QVERIFY(steps.join(QLatin1Char('\n')).contains(QLatin1String("instead of writing it in a cell")));
        QVERIFY(steps.last().startsWith(QLatin1String("Scan again")));

        const Finding* result = findingFor(findings, p.tokens.value(QStringLiteral("RESULT")));
        QVERIFY(result);
        QCOMPARE(result->place.output, 2);
        QCOMPARE(result->place.outputType, QStringLiteral("execute_result text/plain"));

        // Terminal colours are removed: the token right after a colour code is found, and shown without it.
        const Finding* trace = findingFor(findings, p.tokens.value(QStringLiteral("TRACE")));
        QVERIFY(trace);
        QCOMPARE(trace->place.output, 3);
        QCOMPARE(trace->place.outputType, QStringLiteral("error"));
        QVERIFY(!trace->context.join(QLatin1Char('\n')).contains(QChar(0x1b)));
        QVERIFY(trace->context.contains(QStringLiteral("ValueError: token %1 rejected").arg(trace->masked)));

        const Finding* attach = findingFor(findings, p.tokens.value(QStringLiteral("ATTACH")));
        QVERIFY(attach);
        QCOMPARE(attach->place.cell, 3);
        QCOMPARE(attach->place.part, CellPart::Attachment);
        QCOMPARE(attach->place.outputType, QStringLiteral("attachment notes.txt text/plain"));

        // Not in a cell: found by the plain read of the file, and said to be widget state.
        const Finding* widget = findingFor(findings, p.tokens.value(QStringLiteral("WIDGET")));
        QVERIFY(widget);
        QCOMPARE(widget->place.part, CellPart::Metadata);
        QCOMPARE(widget->place.cell, 0);
        QVERIFY(describePlace(*widget).contains(QLatin1String("widget state")));
    }

    void escapedQuotesAndUnicodeMapToTheFile()
    {
        // A secret after escaped quotes and a non-ASCII character written as \u escape: the file line and
        // byte are still exact, and the context shows the decoded text.
        const QByteArray token = test::hfToken(m_rng);
        const QByteArray nb = QByteArray("{\"cells\": [{\"cell_type\": \"code\", \"execution_count\": null, "
                                         "\"metadata\": {},\n\"outputs\": [], \"source\": [\"# caf\\u00e9 "
                                         "\\\"quoted\\\" \\\\\\n\", \"x = {\\\"t\\\": \\\"") +
                              token + "\\\"}\"]}], \"metadata\": {}, \"nbformat\": 4, \"nbformat_minor\": 5}";
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("escaped.ipynb"));
        QVERIFY(test::writeFile(path, nb));
        const QList<Finding> findings = scanFile(path);
        QCOMPARE(findings.size(), 1);
        const Finding& f = findings.first();
        QCOMPARE(nb.mid(f.offset, f.length), token);
        QCOMPARE(f.line, 2);
        QCOMPARE(f.place.lineInPart, 2);
        QCOMPARE(f.context.at(0), QStringLiteral("# café \"quoted\" \\"));
        QCOMPARE(f.context.at(1), QStringLiteral("x = {\"t\": \"%1\"}").arg(f.masked));
    }

    void crlfAndVersion3()
    {
        Planted p = plant(kNotebookV3, {"V3IN", "V3OUT"}, m_rng);
        p.notebook.replace("\n", "\r\n");
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("old.ipynb"));
        QVERIFY(test::writeFile(path, p.notebook));
        QList<SkippedItem> notices;
        const QList<Finding> findings = scanFile(path, &notices);
        QVERIFY(notices.isEmpty());
        QCOMPARE(findings.size(), 2);
        const Finding* in = findingFor(findings, p.tokens.value(QStringLiteral("V3IN")));
        QVERIFY(in);
        QCOMPARE(in->place.cell, 1);
        QCOMPARE(in->place.part, CellPart::Source);
        QCOMPARE(in->place.lineInPart, 2);
        QCOMPARE(in->place.entry, 2);
        QCOMPARE(in->line, lineOfOffset(p.notebook, in->offset));
        const Finding* out = findingFor(findings, p.tokens.value(QStringLiteral("V3OUT")));
        QVERIFY(out);
        QCOMPARE(out->place.part, CellPart::Output);
        QCOMPARE(out->place.outputType, QStringLiteral("pyout text"));
    }

    void checkpointsAreLabelled()
    {
        const Planted p = plant(kNotebook, {"SOURCE", "OUT", "RESULT", "TRACE", "ATTACH", "WIDGET"}, m_rng);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral(".ipynb_checkpoints/train-checkpoint.ipynb"));
        QVERIFY(test::writeFile(path, p.notebook));
        const QList<Finding> findings = scanFile(dir.path());
        QCOMPARE(findings.size(), 6);
        const Finding* source = findingFor(findings, p.tokens.value(QStringLiteral("SOURCE")));
        QVERIFY(source);
        QVERIFY(source->place.checkpoint);
        QCOMPARE(source->place.checkpointOf, QStringLiteral("train.ipynb"));
        QCOMPARE(describePlace(*source),
                 QStringLiteral("Checkpoint of notebook train.ipynb, cell 2, line 2"));
    }

    void brokenNotebookIsScannedAsTextAndSaysSo_data()
    {
        QTest::addColumn<QByteArray>("suffix");
        QTest::addColumn<QString>("reason");
        QTest::newRow("truncated") << QByteArray() << QStringLiteral("not valid JSON");
        QTest::newRow("not a notebook") << QByteArray("\"]}]}") << QStringLiteral("not valid JSON");
    }

    void brokenNotebookIsScannedAsTextAndSaysSo()
    {
        QFETCH(QByteArray, suffix);
        QFETCH(QString, reason);
        const Planted p = plant(kNotebook, {"SOURCE", "OUT", "RESULT", "TRACE", "ATTACH", "WIDGET"}, m_rng);
        const QByteArray truncated = p.notebook.left(p.notebook.indexOf("\"attachments\"")) + suffix;
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("broken.ipynb"));
        QVERIFY(test::writeFile(path, truncated));
        QList<SkippedItem> notices;
        const QList<Finding> findings = scanFile(path, &notices);
        // Everything before the cut is still found…
        QVERIFY(findingFor(findings, p.tokens.value(QStringLiteral("SOURCE"))));
        QVERIFY(findingFor(findings, p.tokens.value(QStringLiteral("OUT"))));
        QVERIFY(findingFor(findings, p.tokens.value(QStringLiteral("TRACE"))));
        // …and the person is told why the cells are not named, with the file and the reason.
        QCOMPARE(notices.size(), 1);
        QCOMPARE(notices.first().path, path);
        QVERIFY2(notices.first().reason.contains(reason), qPrintable(notices.first().reason));
        QVERIFY(notices.first().reason.contains(QLatin1String("line ")));
        for (const Finding& f : findings) {
            QCOMPARE(f.place.kind, SourceKind::Notebook);
            QVERIFY(f.notes.join(QLatin1Char(' ')).contains(QLatin1String("read as plain text")));
            // The problem text never carries the secret.
            QVERIFY(!notices.first().reason.toUtf8().contains(f.secret));
        }
    }

    void brokenNotebookWithoutSecretsIsStillSaid()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("half.ipynb"));
        QVERIFY(
            test::writeFile(path, "{\"cells\": [{\"cell_type\": \"code\", \"source\": [\"import os\\n\""));
        QList<SkippedItem> notices;
        QVERIFY(scanFile(path, &notices).isEmpty());
        QCOMPARE(notices.size(), 1);
        QVERIFY2(notices.first().reason.contains(QLatin1String("truncated")),
                 qPrintable(notices.first().reason));
    }

    void deepNestingIsAProblemNotACrash()
    {
        QByteArray nb = "{\"cells\": [], \"metadata\": {\"x\": ";
        nb += QByteArray(100000, '[');
        nb += QByteArray(100000, ']');
        nb += "}, \"nbformat\": 4}";
        const formats::NotebookDecoding d =
            formats::decodeNotebook(std::string_view(nb.constData(), nb.size()));
        QVERIFY(!d.ok);
        QVERIFY(d.error.contains(QLatin1String("nested too deeply")));
    }

    // Found by fuzzing (tests/fuzz): JsonDocument::member compared a key's raw text with the name even when
    // the key had escapes, so the name a\nb (backslash, n) found the key written "a\nb" (a, newline, b).
    void jsonMemberComparesEscapedKeysDecoded()
    {
        const std::string_view text = R"({"a\nb": 1, "a\\nb": 2, "c": 3})";
        formats::JsonDocument doc;
        QString error;
        QVERIFY2(doc.parse(text, &error), qPrintable(error));
        const formats::JsonDocument::Node* literal = doc.member(doc.root(), R"(a\nb)");
        QVERIFY(literal != nullptr);
        QCOMPARE(doc.raw(*literal), std::string_view("2"));
        const formats::JsonDocument::Node* newline = doc.member(doc.root(), "a\nb");
        QVERIFY(newline != nullptr);
        QCOMPARE(doc.raw(*newline), std::string_view("1"));
        QCOMPARE(doc.raw(*doc.member(doc.root(), "c")), std::string_view("3"));
    }

    void jsonReportCarriesTheCell()
    {
        const Planted p = plant(kNotebook, {"SOURCE", "OUT", "RESULT", "TRACE", "ATTACH", "WIDGET"}, m_rng);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("train.ipynb"));
        QVERIFY(test::writeFile(path, p.notebook));
        const QList<Finding> findings = scanFile(path);
        const Finding* out = findingFor(findings, p.tokens.value(QStringLiteral("OUT")));
        QVERIFY(out);
        const QJsonObject o = JsonReport::findingObject(*out, ReportOptions{});
        QCOMPARE(o.value(QLatin1String("kind")).toString(), QStringLiteral("notebook"));
        const QJsonObject place = o.value(QLatin1String("place")).toObject();
        QCOMPARE(place.value(QLatin1String("cell")).toInt(), 2);
        QCOMPARE(place.value(QLatin1String("part")).toString(), QStringLiteral("output"));
        QCOMPARE(place.value(QLatin1String("output_type")).toString(), QStringLiteral("stream stdout"));
        QCOMPARE(place.value(QLatin1String("line_in_part")).toInt(), 2);
        QCOMPARE(o.value(QLatin1String("context")).toObject().value(QLatin1String("secret_line")).toInt(), 2);
        QVERIFY(!QJsonDocument(o).toJson().contains(out->secret));
    }

    void scanBufferDecodesNotebooksToo()
    {
        const Planted p = plant(kNotebook, {"SOURCE", "OUT", "RESULT", "TRACE", "ATTACH", "WIDGET"}, m_rng);
        const QList<Finding> findings = FileSystemScanner::scanBuffer(
            *m_matcher, std::string_view(p.notebook.constData(), p.notebook.size()),
            QStringLiteral("/x/a.ipynb"));
        QCOMPARE(findings.size(), 6);
        const Finding* source = findingFor(findings, p.tokens.value(QStringLiteral("SOURCE")));
        QVERIFY(source);
        QCOMPARE(source->place.lineInPart, 2);
    }
};

QTEST_GUILESS_MAIN(TestNotebook)
#include "tst_notebook.moc"
