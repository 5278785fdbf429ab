// SPDX-License-Identifier: GPL-3.0-or-later
// The demo workstation trainers scan in workshops: made where asked, never over someone's files, remade over
// an old demo, and every Hugging Face token planted in it found by the built-in rules, with the loose
// permissions it shows on purpose.
#include "artifacts/ModelScanner.h"
#include "detect/Matcher.h"
#include "findings/PlaceDescription.h"
#include "rules/RuleCatalogue.h"
#include "sources/DemoWorkstation.h"
#include "sources/FileSystemScanner.h"

#include <QDirIterator>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <algorithm>
#include <mutex>
#include <sys/stat.h>

using namespace keyscout;

namespace {

uint permissionBits(const QString& path)
{
    struct stat st {};
    return ::stat(QFile::encodeName(path).constData(), &st) == 0 ? (st.st_mode & 07777U) : 0U;
}

QByteArray readFile(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// Every file under `root`, by relative path, with its content.
QHash<QString, QByteArray> snapshot(const QString& root)
{
    QHash<QString, QByteArray> out;
    QDirIterator it(root, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        out.insert(QDir(root).relativeFilePath(path), readFile(path));
    }
    return out;
}

} // namespace

class TestDemo : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_demo;
    RuleCatalogue m_catalogue = RuleCatalogue::builtin();
    QHash<QString, QByteArray> m_tokens = DemoWorkstation::tokens();
    QList<Finding> m_findings; // the built-in rules over the demo made in initTestCase

    [[nodiscard]] QList<Finding> scan(const QString& root) const
    {
        const Matcher matcher(m_catalogue.rules());
        ScanOptions options;
        options.roots = {root};
        FileSystemScanner scanner(matcher, options);
        std::mutex mutex;
        QList<Finding> findings;
        scanner.run([&](QList<Finding>&& batch) {
            const std::lock_guard lock(mutex);
            findings += batch;
        });
        return findings;
    }

    [[nodiscard]] QStringList hfTokenNames() const
    {
        QStringList names;
        for (auto it = m_tokens.cbegin(); it != m_tokens.cend(); ++it) {
            if (it.key().startsWith(QLatin1String("HF_"))) {
                names << it.key();
            }
        }
        names.sort();
        return names;
    }

    [[nodiscard]] QString demoPath(const QString& relative) const { return QDir(m_demo).filePath(relative); }

private slots:
    void initTestCase()
    {
        QVERIFY2(m_catalogue.findRule(QStringLiteral("huggingface.user_token")) != nullptr,
                 "the built-in catalogue (resources/rules/*.json) has no huggingface.user_token rule");
        QVERIFY(m_dir.isValid());
        QVERIFY2(hfTokenNames().size() >= 5, qPrintable(hfTokenNames().join(QLatin1Char(' '))));
        m_demo = m_dir.filePath(QStringLiteral("demo-home"));
        QString error;
        QVERIFY2(DemoWorkstation::create(m_demo, &error), qPrintable(error));
        m_findings = scan(m_demo);
        std::sort(m_findings.begin(), m_findings.end(), [](const Finding& a, const Finding& b) {
            return std::tie(a.path, a.offset) < std::tie(b.path, b.offset);
        });
    }

    void createWritesTheMarkerAndFillsEveryPlaceholder()
    {
        QVERIFY(QFile::exists(demoPath(QLatin1String(DemoWorkstation::kMarkerFile))));
        const QHash<QString, QByteArray> files = snapshot(m_demo);
        QVERIFY2(files.size() > 10, qPrintable(QString::number(files.size())));
        for (auto file = files.cbegin(); file != files.cend(); ++file) {
            for (auto token = m_tokens.cbegin(); token != m_tokens.cend(); ++token) {
                const QByteArray placeholder = "{{" + token.key().toLatin1() + "}}";
                QVERIFY2(!file.value().contains(placeholder),
                         qPrintable(file.key() + QLatin1Char(' ') + token.key()));
            }
        }
    }

    void tokenStoresAreOwnerOnly_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<uint>("mode");
        QTest::newRow("token") << QStringLiteral(".cache/huggingface/token") << 0600U;
        QTest::newRow("stored_tokens") << QStringLiteral(".cache/huggingface/stored_tokens") << 0600U;
        QTest::newRow(".netrc") << QStringLiteral(".netrc") << 0600U;
        QTest::newRow(".env, left readable on purpose")
            << QStringLiteral("projects/llm-finetune/.env") << 0644U;
        QTest::newRow(".git-credentials, left readable on purpose")
            << QStringLiteral(".git-credentials") << 0644U;
    }

    void tokenStoresAreOwnerOnly()
    {
        QFETCH(QString, file);
        QFETCH(uint, mode);
        QCOMPARE(QString::number(permissionBits(demoPath(file)), 8), QString::number(mode, 8));
    }

    void createRefusesAFolderThatIsNotADemo()
    {
        const QString folder = m_dir.filePath(QStringLiteral("someones-files"));
        const QString notes = QDir(folder).filePath(QStringLiteral("notes.txt"));
        QVERIFY(QDir().mkpath(folder));
        QFile f(notes);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("keep me\n");
        f.close();

        QString error;
        QVERIFY(!DemoWorkstation::create(folder, &error));
        QVERIFY2(error.contains(folder), qPrintable(error));
        QCOMPARE(readFile(notes), QByteArray("keep me\n"));
        QCOMPARE(QDir(folder).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden),
                 QStringList{QStringLiteral("notes.txt")});
    }

    void createAcceptsAnEmptyFolder()
    {
        const QString folder = m_dir.filePath(QStringLiteral("empty"));
        QVERIFY(QDir().mkpath(folder));
        QString error;
        QVERIFY2(DemoWorkstation::create(folder, &error), qPrintable(error));
        QCOMPARE(snapshot(folder), snapshot(m_demo));
    }

    void createRemakesAnExistingDemo()
    {
        const QString folder = m_dir.filePath(QStringLiteral("workshop"));
        QString error;
        QVERIFY2(DemoWorkstation::create(folder, &error), qPrintable(error));
        const QHash<QString, QByteArray> fresh = snapshot(folder);
        // A workshop edits the demo: a new file, a changed one, a deleted one.
        QFile stray(QDir(folder).filePath(QStringLiteral("projects/stray.txt")));
        QVERIFY(stray.open(QIODevice::WriteOnly));
        stray.close();
        QFile env(QDir(folder).filePath(QStringLiteral("projects/llm-finetune/.env")));
        QVERIFY(env.open(QIODevice::WriteOnly | QIODevice::Truncate));
        env.close();
        QVERIFY(QFile::remove(QDir(folder).filePath(QStringLiteral(".netrc"))));

        QVERIFY2(DemoWorkstation::create(folder, &error), qPrintable(error));
        QCOMPARE(snapshot(folder), fresh); // same seed, same demo
    }

    void everyDemoHuggingFaceTokenIsFound_data()
    {
        QTest::addColumn<QString>("name");
        for (const QString& name : hfTokenNames()) {
            QTest::newRow(qPrintable(name)) << name;
        }
    }

    void everyDemoHuggingFaceTokenIsFound()
    {
        QFETCH(QString, name);
        const QByteArray token = m_tokens.value(name);
        // Text files: one finding per copy of the token in the file's bytes, so a token missed in one place
        // but found in another still fails. (The database and the compressed log are checked below.)
        auto isText = [](const QString& path) {
            return !path.endsWith(QLatin1String(".sqlite")) && !path.endsWith(QLatin1String(".gz"));
        };
        const auto found = std::count_if(m_findings.cbegin(), m_findings.cend(), [&](const Finding& f) {
            return f.secret == token && f.ruleId == QLatin1String("huggingface.user_token") && isText(f.path);
        });
        const auto anywhere = std::count_if(m_findings.cbegin(), m_findings.cend(),
                                            [&](const Finding& f) { return f.secret == token; });
        qsizetype expected = 0;
        const QHash<QString, QByteArray> files = snapshot(m_demo);
        for (auto file = files.cbegin(); file != files.cend(); ++file) {
            if (isText(file.key())) {
                expected += file.value().count(token);
            }
        }
        QVERIFY(anywhere > 0);
        QCOMPARE(qsizetype(found), expected);
    }

    // The demo holds a token in every kind of place Keyscout knows (but git history and processes, which a
    // folder cannot hold), and each is reported in that place's own terms.
    void everyKindOfPlaceIsInTheDemo()
    {
        QSet<SourceKind> kinds;
        for (const Finding& f : m_findings) {
            kinds.insert(f.place.kind);
        }
        for (SourceKind k :
             {SourceKind::File, SourceKind::Notebook, SourceKind::ShellHistory, SourceKind::IPythonHistory,
              SourceKind::Environment, SourceKind::CredentialFile, SourceKind::TokenStore}) {
            QVERIFY2(kinds.contains(k), qPrintable(sourceKindId(k)));
        }
        auto only = [this](const QString& name) {
            QList<Finding> out;
            for (const Finding& f : m_findings) {
                if (f.secret == m_tokens.value(name)) {
                    out << f;
                }
            }
            return out;
        };
        const QList<Finding> ipython = only(QStringLiteral("HF_IPYTHON"));
        QCOMPARE(ipython.size(), 1);
        QCOMPARE(ipython.first().place.kind, SourceKind::IPythonHistory);
        QCOMPARE(ipython.first().place.entry, 3);
        const QList<Finding> deleted = only(QStringLiteral("HF_DELETED"));
        QCOMPARE(deleted.size(), 1);
        QVERIFY(deleted.first().notes.join(QLatin1Char(' ')).contains(QLatin1String("deleted rows")));
        const QList<Finding> docker = only(QStringLiteral("GITHUB"));
        QVERIFY(std::any_of(docker.begin(), docker.end(), [](const Finding& f) {
            return f.place.name == QLatin1String("ghcr.io") && f.offset == -1;
        }));
        const QList<Finding> write = only(QStringLiteral("HF_WRITE"));
        QVERIFY(std::any_of(write.begin(), write.end(), [](const Finding& f) {
            return f.path.endsWith(QLatin1String(".log.gz")) && f.line == 2;
        }));
        QVERIFY(std::any_of(write.begin(), write.end(),
                            [](const Finding& f) { return exposureOf(f) == Exposure::GitWorkingTree; }));
        QVERIFY(sharedAcrossEnvironments(only(QStringLiteral("HF_INFERENCE"))));
    }

    // The demo's hub cache holds a downloaded model whose pickle runs a command when loaded, so a workshop
    // shows the other half of the story: what a leaked write token lets an attacker push.
    void demoHubCacheHoldsAModelThatRunsCode()
    {
        const QList<ModelVerdict> verdicts = ModelScanner().scanPaths({DemoWorkstation::hubCache(m_demo)});
        QCOMPARE(verdicts.size(), 1);
        const ModelVerdict& v = verdicts.first();
        QCOMPARE(v.verdict, ModelVerdictKind::Dangerous);
        QCOMPARE(v.decidingImport, QStringLiteral("posix.system"));
        QCOMPARE(v.hub.repo, QStringLiteral("acme-research/sentiment-bert"));
        QVERIFY2(v.recommendation.startsWith(QLatin1String("Do not load pytorch_model.bin")),
                 qPrintable(v.recommendation));
        QVERIFY2(v.calls.join(QLatin1Char(' ')).contains(QLatin1String("echo")),
                 qPrintable(v.calls.join(QLatin1Char(' '))));
    }

    void placeholderTokenIsNotAFinding()
    {
        const QString settings = demoPath(QStringLiteral("projects/rag-service/settings.json"));
        QVERIFY(readFile(settings).contains("hf_xxxx"));
        for (const Finding& f : std::as_const(m_findings)) {
            QVERIFY2(!f.secret.startsWith("hf_xxxx"), qPrintable(f.path));
            if (QFileInfo(f.path) == QFileInfo(settings)) {
                QVERIFY2(f.secret == m_tokens.value(QStringLiteral("HF_INFERENCE")) ||
                             f.secret == m_tokens.value(QStringLiteral("AWS_ID")),
                         qPrintable(f.ruleId + QLatin1Char(' ') + f.masked));
            }
        }
    }

    void worldReadableFilesCarryTheNote_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QStringList>("notes");
        for (const Finding& f : std::as_const(m_findings)) {
            if (f.ruleId == QLatin1String("huggingface.user_token")) {
                const QString row = QStringLiteral("%1:%2, mode %3")
                                        .arg(QDir(m_demo).relativeFilePath(f.path))
                                        .arg(f.line)
                                        .arg(f.file.mode, 4, 8, QLatin1Char('0'));
                QTest::newRow(qPrintable(row)) << f.path << f.notes;
            }
        }
    }

    void worldReadableFilesCarryTheNote()
    {
        QFETCH(QString, path);
        QFETCH(QStringList, notes);
        const bool worldReadable = (permissionBits(path) & 0004U) != 0;
        const bool noted = std::any_of(notes.cbegin(), notes.cend(), [](const QString& note) {
            return note.startsWith(QLatin1String("readable by every user"));
        });
        QVERIFY2(noted == worldReadable, qPrintable(QStringLiteral("mode %1, notes: %2")
                                                        .arg(QString::number(permissionBits(path), 8),
                                                             notes.join(QStringLiteral("; ")))));
    }
};

QTEST_GUILESS_MAIN(TestDemo)
#include "tst_demo.moc"
