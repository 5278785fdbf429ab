// SPDX-License-Identifier: GPL-3.0-or-later
// The context view: which language a file is taken for, that the built-in highlighter colours what it should
// in a light and a dark scheme, that line numbers follow the file, and that the secret's span is marked,
// revealed and hidden again without the raw secret staying in the view.
#include "DetailPanel.h"
#include "TestSupport.h"
#include "context/BuiltinHighlighter.h"
#include "context/CodeView.h"
#include "context/Highlighting.h"
#include "context/SourceLanguage.h"
#include "detect/Matcher.h"
#include "findings/PlaceDescription.h"
#include "rules/RuleCatalogue.h"
#include "sources/FileSystemScanner.h"
#ifdef KEYSCOUT_HAVE_KF6
#include "context/KSyntaxHighlighter.h"

#include <KSyntaxHighlighting/Repository>
#endif

#include <QDir>
#include <QFontMetrics>
#include <QLabel>
#include <QPushButton>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QSyntaxHighlighter>
#include <QTest>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextLayout>
#include <optional>

using namespace keyscout;
using Token = BuiltinHighlighter::Token;

Q_DECLARE_METATYPE(keyscout::SourceLanguage)

namespace {

// What Keyscout shows instead of a token (SecretMask.h); the raw form only exists in this test's memory.
const QString kMask = QStringLiteral("hf_AbCd…WxYz");

QPalette lightPalette()
{
    QPalette palette;
    palette.setColor(QPalette::Window, QColor(0xef, 0xef, 0xef));
    palette.setColor(QPalette::WindowText, QColor(0x1f, 0x23, 0x28));
    palette.setColor(QPalette::Base, Qt::white);
    palette.setColor(QPalette::AlternateBase, QColor(0xf6, 0xf8, 0xfa));
    palette.setColor(QPalette::Text, QColor(0x1f, 0x23, 0x28));
    palette.setColor(QPalette::Highlight, QColor(0x30, 0x8c, 0xc6));
    palette.setColor(QPalette::HighlightedText, Qt::white);
    return palette;
}

QPalette darkPalette()
{
    QPalette palette;
    palette.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
    palette.setColor(QPalette::WindowText, QColor(0xd4, 0xd4, 0xd4));
    palette.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    palette.setColor(QPalette::AlternateBase, QColor(0x26, 0x26, 0x26));
    palette.setColor(QPalette::Text, QColor(0xd4, 0xd4, 0xd4));
    palette.setColor(QPalette::Button, QColor(0x35, 0x35, 0x35));
    palette.setColor(QPalette::ButtonText, QColor(0xd4, 0xd4, 0xd4));
    palette.setColor(QPalette::Highlight, QColor(0x2f, 0x65, 0xca));
    palette.setColor(QPalette::HighlightedText, Qt::white);
    return palette;
}

QPalette paletteWithBase(const QColor& base, const QColor& text)
{
    QPalette palette = lightPalette();
    palette.setColor(QPalette::Base, base);
    palette.setColor(QPalette::Text, text);
    return palette;
}

// The format the highlighter left at `position` in `block`, as the layout will draw it.
std::optional<QTextCharFormat> formatAt(const QTextBlock& block, int position)
{
    const QList<QTextLayout::FormatRange> ranges = block.layout()->formats();
    for (auto it = ranges.crbegin(); it != ranges.crend(); ++it) {
        if (position >= it->start && position < it->start + it->length) {
            return it->format;
        }
    }
    return std::nullopt;
}

QStringList pythonSnippet()
{
    return {
        QStringLiteral("from huggingface_hub import HfApi, login"),
        QString(),
        QStringLiteral("# Token for the private eval models (rotate after the workshop!)"),
        QStringLiteral("HF_TOKEN = \"%1\"  # TODO: move to a secrets manager").arg(kMask),
        QStringLiteral("login(token=HF_TOKEN, add_to_git_credential=False)"),
        QStringLiteral("api = HfApi(endpoint=\"https://huggingface.co\", timeout=30)"),
        QStringLiteral("NOTES = \"\"\"Uploads the checkpoint every 500 steps;"),
        QStringLiteral("the # here is part of the string.\"\"\""),
    };
}

QString screenshotDir()
{
    // Tests are built in ${CMAKE_BINARY_DIR}/tests; screenshots go next to them for people to look at.
    return QDir::cleanPath(QCoreApplication::applicationDirPath() + QStringLiteral("/../screenshots"));
}

// The palettes both highlighters are checked against, with the contrast each must reach. Unusual themes still
// get readable colours: the scheme is pushed away from the base colour.
void addPaletteRows()
{
    QTest::addColumn<QPalette>("palette");
    QTest::addColumn<bool>("dark");
    QTest::addColumn<double>("minimumContrast");
    QTest::newRow("light") << lightPalette() << false << 4.5;
    QTest::newRow("dark") << darkPalette() << true << 4.5;
    QTest::newRow("mid grey base") << paletteWithBase(QColor(0x80, 0x80, 0x80), Qt::black) << false << 3.0;
    QTest::newRow("solarized dark base")
        << paletteWithBase(QColor(0x00, 0x2b, 0x36), QColor(0x83, 0x94, 0x96)) << true << 4.5;
    QTest::newRow("cream base") << paletteWithBase(QColor(0xfd, 0xf6, 0xe3), QColor(0x58, 0x6e, 0x75))
                                << false << 4.5;
}

} // namespace

class TestCodeView : public QObject {
    Q_OBJECT
private slots:
    void notebookCellIsShownAsACell();
    void gitPlaceShowsItsCommit();
    void modelFileOffersNoSecretActions();
    void languageForFileName_data();
    void languageForFileName();
    void languageNames();
    void contrastRatio_data();
    void contrastRatio();
    void highlighterFactory();
    void tokenFormats_data();
    void tokenFormats();
    void pythonTripleQuotedAcrossBlocks();
    void schemesFollowPalette_data();
    void schemesFollowPalette();
    void gutterNumbersFollowTheFile();
    void markedSpanLiesOnTheMask_data();
    void markedSpanLiesOnTheMask();
    void markWithoutMask();
    void revealSwapsOnlyTheSpan();
    void newSnippetHidesTheSecret();
    void paletteChangeRecolours();
    void markColoursContrast_data();
    void markColoursContrast();
    void widgetBasics();
    void screenshots();
#ifdef KEYSCOUT_HAVE_KF6
    // KSyntaxHighlighting (KF6), the highlighter the factory hands out when the build found it.
    void kf6DefinitionFor_data();
    void kf6DefinitionFor();
    void kf6DotenvOrBuiltin();
    void kf6ChosenForPythonFile();
    void kf6FormatsPythonStringAndComment_data();
    void kf6FormatsPythonStringAndComment();
    void kf6ThemeFollowsPalette_data();
    void kf6ThemeFollowsPalette();
    void kf6SecretSpanStaysBold();
#endif
};

void TestCodeView::languageForFileName_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<SourceLanguage>("expected");
    const auto row = [](const char* path, SourceLanguage language) {
        QTest::newRow(path) << QString::fromUtf8(path) << language;
    };
    row(".env", SourceLanguage::Env);
    row("/home/a/project/.env", SourceLanguage::Env);
    row("/home/a/project/.env.local", SourceLanguage::Env);
    row("/home/a/project/.env.production", SourceLanguage::Env);
    row("/home/a/project/.ENV", SourceLanguage::Env);
    row("/home/a/project/.envrc", SourceLanguage::Env);
    row("/srv/app/prod.env", SourceLanguage::Env);
    row("/home/a/my.envy", SourceLanguage::PlainText);
    row("/home/a/environment", SourceLanguage::PlainText);
    row("/home/a/.git-credentials", SourceLanguage::PlainText);
    row("/home/a/.cache/huggingface/token", SourceLanguage::PlainText);
    row("/home/a/.netrc", SourceLanguage::Ini);
    row("/home/a/.cache/huggingface/stored_tokens", SourceLanguage::Ini);
    row("/home/a/.aws/credentials", SourceLanguage::Ini);
    row("/home/a/.aws/config", SourceLanguage::Ini);
    row("/home/a/.gitconfig", SourceLanguage::Ini);
    row("/home/a/repo/.git/config", SourceLanguage::Ini);
    row("/home/a/.config/git/config", SourceLanguage::Ini);
    row("/home/a/.kube/config", SourceLanguage::Yaml);
    row("/home/a/.ssh/config", SourceLanguage::PlainText);
    row("/home/a/.cargo/credentials", SourceLanguage::Toml);
    row("/etc/pip.conf", SourceLanguage::Ini);
    row("/home/a/project/setup.cfg", SourceLanguage::Ini);
    row("/home/a/project/settings.ini", SourceLanguage::Ini);
    row("/home/a/.pypirc", SourceLanguage::Ini);
    row("train.py", SourceLanguage::Python);
    row("tools/gui.pyw", SourceLanguage::Python);
    row("/home/a/.python_history", SourceLanguage::Python);
    row("/home/a/project/settings.py.bak", SourceLanguage::Python);
    row("config.json", SourceLanguage::Json);
    row("/home/a/.kaggle/kaggle.json", SourceLanguage::Json);
    row("notebooks/Eval.ipynb", SourceLanguage::Json);
    row("data/train.jsonl", SourceLanguage::Json);
    row("params.yaml", SourceLanguage::Yaml);
    row(".github/workflows/ci.yml", SourceLanguage::Yaml);
    row("/home/a/.condarc", SourceLanguage::Yaml);
    row("config.yaml~", SourceLanguage::Yaml);
    row("pyproject.toml", SourceLanguage::Toml);
    row("/home/a/.config/uv/uv.toml", SourceLanguage::Toml);
    row("Pipfile", SourceLanguage::Toml);
    row("scripts/run.sh", SourceLanguage::Shell);
    row("deploy.bash", SourceLanguage::Shell);
    row("init.zsh", SourceLanguage::Shell);
    row("/home/a/.bashrc", SourceLanguage::Shell);
    row("/home/a/.zshrc", SourceLanguage::Shell);
    row("/home/a/.profile", SourceLanguage::Shell);
    row("/home/a/.bash_profile", SourceLanguage::Shell);
    row("/home/a/.bash_history", SourceLanguage::Shell);
    row("/home/a/.zsh_history", SourceLanguage::Shell);
    row("/home/a/venv/bin/activate", SourceLanguage::Shell);
    row("fix.diff", SourceLanguage::Diff);
    row("0001-add-token.patch", SourceLanguage::Diff);
    row("README.md", SourceLanguage::Markdown);
    row("NOTES.MD", SourceLanguage::Markdown);
    row("model.safetensors", SourceLanguage::PlainText);
    row("Makefile", SourceLanguage::PlainText);
    row("", SourceLanguage::PlainText);
}

void TestCodeView::languageForFileName()
{
    QFETCH(QString, path);
    QFETCH(SourceLanguage, expected);
    QCOMPARE(keyscout::languageForFileName(path), expected);
}

void TestCodeView::languageNames()
{
    QSet<QString> names;
    for (int i = 0; i <= static_cast<int>(SourceLanguage::Markdown); ++i) {
        const QString name = languageName(static_cast<SourceLanguage>(i));
        QVERIFY2(!name.isEmpty(), qPrintable(QString::number(i)));
        names.insert(name);
    }
    QCOMPARE(names.size(), static_cast<int>(SourceLanguage::Markdown) + 1);
    QCOMPARE(languageName(SourceLanguage::Shell), QStringLiteral("Shell script"));
}

void TestCodeView::contrastRatio_data()
{
    QTest::addColumn<QColor>("a");
    QTest::addColumn<QColor>("b");
    QTest::addColumn<double>("expected");
    // Reference values from the WCAG 2.1 definition.
    QTest::newRow("black on white") << QColor(Qt::black) << QColor(Qt::white) << 21.0;
    QTest::newRow("same colour") << QColor(0x77, 0x77, 0x77) << QColor(0x77, 0x77, 0x77) << 1.0;
    QTest::newRow("#767676 on white") << QColor(0x76, 0x76, 0x76) << QColor(Qt::white) << 4.54;
}

void TestCodeView::contrastRatio()
{
    QFETCH(QColor, a);
    QFETCH(QColor, b);
    QFETCH(double, expected);
    QVERIFY2(qAbs(keyscout::contrastRatio(a, b) - expected) < 0.01,
             qPrintable(QString::number(keyscout::contrastRatio(a, b))));
    QCOMPARE(keyscout::contrastRatio(a, b), keyscout::contrastRatio(b, a));
}

void TestCodeView::highlighterFactory()
{
    QTextDocument document;
    QVERIFY(createHighlighter(&document, SourceLanguage::PlainText, lightPalette()) == nullptr);
    std::unique_ptr<QSyntaxHighlighter> highlighter =
        createHighlighter(&document, SourceLanguage::Python, lightPalette());
    QVERIFY(highlighter != nullptr);
    QCOMPARE(highlighter->document(), &document);
    QVERIFY(highlighter->parent() != &document); // owned by the caller only
#ifdef KEYSCOUT_HAVE_KF6
    // With KF6 the factory hands out KSyntaxHighlighting's highlighter; kf6* below test it.
    auto* kf6 = qobject_cast<KSyntaxHighlighter*>(highlighter.get());
    QVERIFY(kf6 != nullptr);
    QCOMPARE(kf6->definition().name(), QStringLiteral("Python"));
#else
    auto* builtin = qobject_cast<BuiltinHighlighter*>(highlighter.get());
    QVERIFY(builtin != nullptr);
    QCOMPARE(builtin->language(), SourceLanguage::Python);
#endif

    // The document may go first: the highlighter lets go of it instead of touching freed memory.
    auto shortLived = std::make_unique<QTextDocument>();
    std::unique_ptr<QSyntaxHighlighter> orphan =
        createHighlighter(shortLived.get(), SourceLanguage::Yaml, darkPalette());
    shortLived.reset();
    QVERIFY(orphan->document() == nullptr);
}

void TestCodeView::tokenFormats_data()
{
    QTest::addColumn<SourceLanguage>("language");
    QTest::addColumn<QString>("sample");
    QTest::addColumn<QString>("fragment");
    QTest::addColumn<int>("token"); // -1: no colour at all

    const QString python = QStringLiteral("# read the credential from the environment\n"
                                          "import os\n"
                                          "TOKEN = os.environ.get(\"HF_TOKEN\", '%1')\n"
                                          "api = HfApi(token=TOKEN,\n"
                                          "            timeout=30.5)\n"
                                          "@dataclass\n"
                                          "x = 0x1F + 2\n")
                               .arg(kMask);
    const auto py = [&](const char* name, const char* fragment, int token) {
        QTest::newRow(name) << SourceLanguage::Python << python << QString::fromUtf8(fragment) << token;
    };
    py("python comment", "# read the credential from the environment", int(Token::Comment));
    py("python keyword", "import", int(Token::Keyword));
    py("python string", "\"HF_TOKEN\"", int(Token::String));
    py("python single-quoted string", "'hf_AbCd…WxYz'", int(Token::String));
    py("python keyword argument", "token", int(Token::Key));
    py("python keyword argument on a continued line", "timeout", int(Token::Key));
    py("python number", "30.5", int(Token::Number));
    py("python hex number", "0x1F", int(Token::Number));
    py("python decorator", "@dataclass", int(Token::Variable));
    py("python plain name", "api", -1);

    const QString yaml = QStringLiteral("# Hugging Face settings\n"
                                        "hub:\n"
                                        "  token: \"%1\"\n"
                                        "  retries: 5\n"
                                        "  private: true\n"
                                        "  endpoint: https://huggingface.co # mirror\n"
                                        "  - name: &anchor 'x'\n"
                                        "  key: |\n"
                                        "    -----BEGIN PRIVATE KEY-----\n"
                                        "  after: [1, two]\n")
                             .arg(kMask);
    const auto yml = [&](const char* name, const char* fragment, int token) {
        QTest::newRow(name) << SourceLanguage::Yaml << yaml << QString::fromUtf8(fragment) << token;
    };
    yml("yaml comment", "# Hugging Face settings", int(Token::Comment));
    yml("yaml key", "hub", int(Token::Key));
    yml("yaml nested key", "token", int(Token::Key));
    yml("yaml string", "\"hf_AbCd…WxYz\"", int(Token::String));
    yml("yaml number", "5", int(Token::Number));
    yml("yaml boolean", "true", int(Token::Keyword));
    yml("yaml url stays plain", "https://huggingface.co", -1);
    yml("yaml trailing comment", "# mirror", int(Token::Comment));
    yml("yaml key in a sequence", "name", int(Token::Key));
    yml("yaml anchor", "&anchor", int(Token::Variable));
    yml("yaml block scalar indicator", "|", int(Token::Keyword));
    yml("yaml block scalar content", "-----BEGIN PRIVATE KEY-----", int(Token::String));
    yml("yaml key after block scalar", "after", int(Token::Key));
    yml("yaml number in flow sequence", "1", int(Token::Number));

    const QString env = QStringLiteral("# local secrets, do not commit\n"
                                       "export HF_TOKEN=\"%1\"\n"
                                       "WANDB_API_KEY=abc123\n"
                                       "PORT=8080\n"
                                       "CACHE_DIR=${HOME}/.cache # where models go\n"
                                       "spring.datasource.password='multi\n"
                                       "line'\n")
                            .arg(kMask);
    const auto dotenv = [&](const char* name, const char* fragment, int token) {
        QTest::newRow(name) << SourceLanguage::Env << env << QString::fromUtf8(fragment) << token;
    };
    dotenv("env comment", "# local secrets, do not commit", int(Token::Comment));
    dotenv("env export", "export", int(Token::Keyword));
    dotenv("env key", "HF_TOKEN", int(Token::Key));
    dotenv("env string", "\"hf_AbCd…WxYz\"", int(Token::String));
    dotenv("env plain value", "abc123", -1);
    dotenv("env number", "8080", int(Token::Number));
    dotenv("env variable", "${HOME}", int(Token::Variable));
    dotenv("env trailing comment", "# where models go", int(Token::Comment));
    dotenv("env dotted key", "spring.datasource.password", int(Token::Key));
    dotenv("env string across lines", "line'", int(Token::String));

    const QString json = QStringLiteral("{\n"
                                        "  \"username\": \"ml-engineer\", // JSONC comment\n"
                                        "  \"key\": \"%1\",\n"
                                        "  \"retries\": 3, \"ratio\": -0.25,\n"
                                        "  /* spans\n"
                                        "     lines */ \"verbose\": false\n"
                                        "}\n")
                             .arg(kMask);
    const auto js = [&](const char* name, const char* fragment, int token) {
        QTest::newRow(name) << SourceLanguage::Json << json << QString::fromUtf8(fragment) << token;
    };
    js("json key", "\"username\"", int(Token::Key));
    js("json string", "\"ml-engineer\"", int(Token::String));
    js("json comment", "// JSONC comment", int(Token::Comment));
    js("json number", "3", int(Token::Number));
    js("json negative number", "-0.25", int(Token::Number));
    js("json block comment across lines", "lines */", int(Token::Comment));
    js("json key after block comment", "\"verbose\"", int(Token::Key));
    js("json literal", "false", int(Token::Keyword));

    const QString ini = QStringLiteral("; written by huggingface-cli\n"
                                       "[default]\n"
                                       "aws_access_key_id = AKIA…WXYZ\n"
                                       "token = \"%1\"\n"
                                       "timeout = 30\n"
                                       "verify = true # inline\n"
                                       "[remote \"origin\"]\n")
                            .arg(kMask);
    const auto in = [&](const char* name, const char* fragment, int token) {
        QTest::newRow(name) << SourceLanguage::Ini << ini << QString::fromUtf8(fragment) << token;
    };
    in("ini comment", "; written by huggingface-cli", int(Token::Comment));
    in("ini section", "[default]", int(Token::Section));
    in("ini key", "aws_access_key_id", int(Token::Key));
    in("ini plain value", "AKIA…WXYZ", -1);
    in("ini string", "\"hf_AbCd…WxYz\"", int(Token::String));
    in("ini number", "30", int(Token::Number));
    in("ini boolean", "true", int(Token::Keyword));
    in("ini inline comment", "# inline", int(Token::Comment));
    in("ini git section with subsection", "[remote \"origin\"]", int(Token::Section));

    const QString toml = QStringLiteral("# pyproject settings\n"
                                        "[tool.keyscout]\n"
                                        "token = \"%1\"\n"
                                        "\"quoted.key\" = 'literal'\n"
                                        "retries = 3\n"
                                        "enabled = true\n"
                                        "released = 2024-05-01\n"
                                        "notes = \"\"\"\n"
                                        "several # lines\n"
                                        "\"\"\"\n"
                                        "[[tool.keyscout.rules]]\n")
                             .arg(kMask);
    const auto tm = [&](const char* name, const char* fragment, int token) {
        QTest::newRow(name) << SourceLanguage::Toml << toml << QString::fromUtf8(fragment) << token;
    };
    tm("toml comment", "# pyproject settings", int(Token::Comment));
    tm("toml table", "[tool.keyscout]", int(Token::Section));
    tm("toml key", "token", int(Token::Key));
    tm("toml string", "\"hf_AbCd…WxYz\"", int(Token::String));
    tm("toml quoted key", "\"quoted.key\"", int(Token::Key));
    tm("toml literal string", "'literal'", int(Token::String));
    tm("toml number", "3", int(Token::Number));
    tm("toml boolean", "true", int(Token::Keyword));
    tm("toml date", "2024-05-01", int(Token::Number));
    tm("toml multi-line string", "several # lines", int(Token::String));
    tm("toml array of tables", "[[tool.keyscout.rules]]", int(Token::Section));

    const QString shell = QStringLiteral("#!/bin/bash\n"
                                         "# log in to the hub\n"
                                         "export HF_TOKEN='%1'\n"
                                         "if [ -n \"$HF_TOKEN\" ]; then\n"
                                         "  huggingface-cli login --token \"${HF_TOKEN}\" && sleep 5\n"
                                         "fi\n"
                                         "echo \"one\n"
                                         "two\" done\n")
                              .arg(kMask);
    const auto sh = [&](const char* name, const char* fragment, int token) {
        QTest::newRow(name) << SourceLanguage::Shell << shell << QString::fromUtf8(fragment) << token;
    };
    sh("shell shebang", "#!/bin/bash", int(Token::Comment));
    sh("shell comment", "# log in to the hub", int(Token::Comment));
    sh("shell export", "export", int(Token::Keyword));
    sh("shell assignment key", "HF_TOKEN", int(Token::Key));
    sh("shell string", "'hf_AbCd…WxYz'", int(Token::String));
    sh("shell if", "if", int(Token::Keyword));
    sh("shell variable in a string", "$HF_TOKEN", int(Token::Variable));
    sh("shell braced variable", "${HF_TOKEN}", int(Token::Variable));
    sh("shell then", "then", int(Token::Keyword));
    sh("shell number", "5", int(Token::Number));
    sh("shell command stays plain", "huggingface-cli", -1);
    sh("shell string across lines", "two\"", int(Token::String));
    sh("shell keyword as an argument stays plain", "done", -1);

    const QString diff = QStringLiteral("diff --git a/.env b/.env\n"
                                        "index 83db48f..bf269f4 100644\n"
                                        "--- a/.env\n"
                                        "+++ b/.env\n"
                                        "@@ -1,2 +1,2 @@ settings\n"
                                        "-HF_TOKEN=%1\n"
                                        "+HF_TOKEN=${HF_TOKEN}\n"
                                        " DEBUG=1\n")
                             .arg(kMask);
    const auto df = [&](const char* name, const char* fragment, int token) {
        QTest::newRow(name) << SourceLanguage::Diff << diff << QString::fromUtf8(fragment) << token;
    };
    df("diff header", "diff --git a/.env b/.env", int(Token::FileHeader));
    df("diff old file", "--- a/.env", int(Token::FileHeader));
    df("diff hunk", "@@ -1,2 +1,2 @@", int(Token::Hunk));
    df("diff hunk context stays plain", " settings", -1);
    df("diff removed", "-HF_TOKEN=hf_AbCd…WxYz", int(Token::Removed));
    df("diff added", "+HF_TOKEN=${HF_TOKEN}", int(Token::Added));
    df("diff context line", " DEBUG=1", -1);

    const QString markdown = QStringLiteral("# Setup\n"
                                            "Set `HF_TOKEN` before running:\n"
                                            "```bash\n"
                                            "export HF_TOKEN=%1\n"
                                            "```\n"
                                            "> never commit tokens\n"
                                            "See [the docs](https://huggingface.co/docs).\n")
                                 .arg(kMask);
    const auto md = [&](const char* name, const char* fragment, int token) {
        QTest::newRow(name) << SourceLanguage::Markdown << markdown << QString::fromUtf8(fragment) << token;
    };
    md("markdown heading", "# Setup", int(Token::Section));
    md("markdown inline code", "`HF_TOKEN`", int(Token::String));
    md("markdown fence", "```bash", int(Token::Keyword));
    md("markdown fenced code", "export HF_TOKEN=hf_AbCd…WxYz", int(Token::String));
    md("markdown quote", "> never commit tokens", int(Token::Comment));
    md("markdown link target", "https://huggingface.co/docs", int(Token::Key));
    md("markdown link text stays plain", "the docs", -1);
}

void TestCodeView::tokenFormats()
{
    QFETCH(SourceLanguage, language);
    QFETCH(QString, sample);
    QFETCH(QString, fragment);
    QFETCH(int, token);

    for (const QPalette& palette : {lightPalette(), darkPalette()}) {
        QTextDocument document(sample);
        BuiltinHighlighter highlighter(language, palette);
        highlighter.setDocument(&document);
        highlighter.rehighlight();

        const QTextCursor found = document.find(fragment, 0, QTextDocument::FindCaseSensitively);
        QVERIFY2(!found.isNull(), qPrintable(fragment));
        const QTextBlock block = found.block();
        const int start = found.selectionStart() - block.position();
        for (int i = start; i < start + static_cast<int>(fragment.size()); ++i) {
            const std::optional<QTextCharFormat> format = formatAt(block, i);
            if (token < 0) {
                QVERIFY2(!format || !format->hasProperty(QTextFormat::ForegroundBrush),
                         qPrintable(QStringLiteral("coloured at %1: %2").arg(i).arg(block.text())));
            } else {
                QVERIFY2(format.has_value(),
                         qPrintable(QStringLiteral("no format at %1: %2").arg(i).arg(block.text())));
                QCOMPARE(*format, highlighter.tokenFormat(static_cast<Token>(token)));
            }
        }
    }
}

void TestCodeView::pythonTripleQuotedAcrossBlocks()
{
    QTextDocument document(QStringLiteral("prompt = \"\"\"You are a helper.\n"
                                          "token = 'not a string start' # not a comment\n"
                                          "\"\"\"  # a real comment\n"
                                          "count = 42\n"
                                          "doc = '''one line'''\n"));
    // A document only reports edits (contentsChange, which drives re-highlighting) once it has a layout, as
    // every document shown in a view has.
    document.documentLayout();
    BuiltinHighlighter highlighter(SourceLanguage::Python, lightPalette());
    highlighter.setDocument(&document);
    // setDocument colours on the next turn of the event loop, and ignores edits until then.
    QCoreApplication::processEvents();
    const QTextCharFormat string = highlighter.tokenFormat(Token::String);
    const QTextCharFormat comment = highlighter.tokenFormat(Token::Comment);

    const QTextBlock inside = document.findBlockByNumber(1);
    for (int i = 0; i < inside.length() - 1; ++i) {
        QCOMPARE(formatAt(inside, i), std::optional(string));
    }
    const QTextBlock closing = document.findBlockByNumber(2);
    QCOMPARE(formatAt(closing, 0), std::optional(string));
    QCOMPARE(formatAt(closing, 2), std::optional(string));
    QCOMPARE(formatAt(closing, static_cast<int>(closing.text().indexOf(u'#'))), std::optional(comment));
    QCOMPARE(formatAt(document.findBlockByNumber(3), 8),
             std::optional(highlighter.tokenFormat(Token::Number)));
    QCOMPARE(formatAt(document.findBlockByNumber(4), 6), std::optional(string));
    QCOMPARE(document.findBlockByNumber(0).userState() & 3, 2); // """ still open
    QCOMPARE(document.findBlockByNumber(1).userState() & 3, 2);
    QCOMPARE(document.findBlockByNumber(2).userState() & 3, 0);

    // Closing the string on its first line re-colours the lines after it: the '#' is a comment again.
    QTextCursor cursor(document.findBlockByNumber(0));
    cursor.movePosition(QTextCursor::EndOfBlock);
    cursor.insertText(QStringLiteral("\"\"\""));
    QCOMPARE(document.findBlockByNumber(0).userState() & 3, 0);
    const QTextBlock after = document.findBlockByNumber(1);
    QCOMPARE(formatAt(after, 0), std::nullopt);
    QCOMPARE(formatAt(after, static_cast<int>(after.text().indexOf(u'\''))), std::optional(string));
    QCOMPARE(formatAt(after, static_cast<int>(after.text().indexOf(u'#'))), std::optional(comment));
}

void TestCodeView::schemesFollowPalette_data()
{
    addPaletteRows();
}

void TestCodeView::schemesFollowPalette()
{
    QFETCH(QPalette, palette);
    QFETCH(bool, dark);
    QFETCH(double, minimumContrast);
    const BuiltinHighlighter highlighter(SourceLanguage::Python, palette);
    QCOMPARE(highlighter.isDarkScheme(), dark);
    QCOMPARE(isDarkPalette(palette), dark);

    const QColor base = palette.color(QPalette::Base);
    for (int i = 0; i < BuiltinHighlighter::kTokenCount; ++i) {
        const QColor color = highlighter.tokenFormat(static_cast<Token>(i)).foreground().color();
        QVERIFY2(keyscout::contrastRatio(color, base) >= minimumContrast,
                 qPrintable(QStringLiteral("token %1: %2 on %3 is %4:1")
                                .arg(i)
                                .arg(color.name(), base.name())
                                .arg(keyscout::contrastRatio(color, base))));
    }
    // Within a scheme the code tokens must be told apart.
    const Token code[] = {Token::Comment, Token::String,  Token::Number,  Token::Keyword,
                          Token::Key,     Token::Section, Token::Variable};
    QSet<QRgb> seen;
    for (Token token : code) {
        seen.insert(highlighter.tokenFormat(token).foreground().color().rgb());
    }
    QCOMPARE(seen.size(), static_cast<int>(std::size(code)));
    const Token diff[] = {Token::Added, Token::Removed, Token::Hunk, Token::FileHeader};
    seen.clear();
    for (Token token : diff) {
        seen.insert(highlighter.tokenFormat(token).foreground().color().rgb());
    }
    QCOMPARE(seen.size(), static_cast<int>(std::size(diff)));

    // The light and the dark scheme are really different schemes.
    const BuiltinHighlighter light(SourceLanguage::Python, lightPalette());
    const BuiltinHighlighter darkOne(SourceLanguage::Python, darkPalette());
    for (Token token : {Token::Comment, Token::String}) {
        QVERIFY(light.tokenFormat(token).foreground().color() !=
                darkOne.tokenFormat(token).foreground().color());
        QVERIFY(keyscout::contrastRatio(light.tokenFormat(token).foreground().color(), Qt::white) >= 3.0);
        QVERIFY(keyscout::contrastRatio(darkOne.tokenFormat(token).foreground().color(),
                                        QColor(0x1e, 0x1e, 0x1e)) >= 3.0);
    }
}

void TestCodeView::gutterNumbersFollowTheFile()
{
    CodeView view;
    const QStringList lines = {QStringLiteral("[default]"), QStringLiteral("region = eu-west-1"),
                               QStringLiteral("token = %1").arg(kMask), QStringLiteral("output = json"),
                               QString()};
    view.setSnippet(lines, 41, 43, kMask, SourceLanguage::Ini);
    QCOMPARE(view.firstLine(), 41);
    QCOMPARE(view.blockCount(), 5);
    QCOMPARE(view.lineNumberForBlock(0), 41);
    QCOMPARE(view.lineNumberForBlock(2), 43);
    QCOMPARE(view.lineNumberForBlock(4), 45);
    QCOMPARE(view.markedBlockNumber(), 2);
    QCOMPARE(view.document()->findBlockByNumber(view.markedBlockNumber()).text(), lines.at(2));
    QCOMPARE(view.language(), SourceLanguage::Ini);
    const int twoDigits = view.gutterWidth();
    QVERIFY(twoDigits > 0);
    QCOMPARE(view.viewport()->x() - view.contentsRect().left(), twoDigits);

    // Deep in a large file the gutter widens to fit the numbers.
    view.setSnippet(lines, 1'999'998, 2'000'000, kMask, SourceLanguage::Ini);
    QCOMPARE(view.lineNumberForBlock(2), 2'000'000);
    QCOMPARE(view.markedBlockNumber(), 2);
    QVERIFY(view.gutterWidth() > twoDigits);
    QCOMPARE(view.viewport()->x() - view.contentsRect().left(), view.gutterWidth());
}

void TestCodeView::markedSpanLiesOnTheMask_data()
{
    QTest::addColumn<QStringList>("lines");
    QTest::addColumn<int>("markedBlock");
    QTest::addColumn<SourceLanguage>("language");
    QTest::newRow("env, first line") << QStringList{QStringLiteral("HF_TOKEN=%1").arg(kMask),
                                                    QStringLiteral("DEBUG=1")}
                                     << 0 << SourceLanguage::Env;
    QTest::newRow("python, middle") << pythonSnippet() << 3 << SourceLanguage::Python;
    // Characters outside the BMP before the mask: positions are UTF-16 code units throughout.
    QTest::newRow("emoji before the mask")
        << QStringList{QStringLiteral("# 🤗🤗 hub"),
                       QStringLiteral("msg = \"🤗\"; token = \"%1\"").arg(kMask)}
        << 1 << SourceLanguage::Python;
    QTest::newRow("same mask on another line first")
        << QStringList{QStringLiteral("# old: %1").arg(kMask), QStringLiteral("token: %1").arg(kMask)} << 1
        << SourceLanguage::Yaml;
    QTest::newRow("plain text, last line")
        << QStringList{QStringLiteral("line"), QStringLiteral("https://u:%1@huggingface.co").arg(kMask)} << 1
        << SourceLanguage::PlainText;
}

void TestCodeView::markedSpanLiesOnTheMask()
{
    QFETCH(QStringList, lines);
    QFETCH(int, markedBlock);
    QFETCH(SourceLanguage, language);
    CodeView view;
    view.setSnippet(lines, 10, 10 + markedBlock, kMask, language);

    const CodeView::Span span = view.markedSpan();
    QVERIFY(span.isValid());
    QCOMPARE(span.block, markedBlock);
    QCOMPARE(span.start, lines.at(markedBlock).indexOf(kMask));
    QCOMPARE(span.length, kMask.size());
    const QTextBlock block = view.document()->findBlockByNumber(span.block);
    QCOMPARE(block.text().mid(span.start, span.length), kMask);

    // Two marks over the highlighting: the whole line, and the mask within it.
    const QList<QTextEdit::ExtraSelection> marks = view.extraSelections();
    QCOMPARE(marks.size(), 2);
    QVERIFY(marks.at(0).format.property(QTextFormat::FullWidthSelection).toBool());
    QCOMPARE(marks.at(0).cursor.block().blockNumber(), markedBlock);
    QCOMPARE(marks.at(1).cursor.selectedText(), kMask);
    QCOMPARE(marks.at(1).cursor.selectionStart(), block.position() + span.start);
    QVERIFY(marks.at(1).format.hasProperty(QTextFormat::ForegroundBrush));
    // Bold cannot ride on an extra selection (it would not be drawn): it is the span's own format.
    QTextCursor inSpan(block);
    inSpan.setPosition(block.position() + span.start + 1);
    QCOMPARE(inSpan.charFormat().fontWeight(), QFont::Bold);
    inSpan.setPosition(block.position() + span.start + span.length);
    QCOMPARE(inSpan.charFormat().fontWeight(), QFont::Bold); // the format left of the cursor: the last char
    if (span.start > 0) {
        inSpan.setPosition(block.position() + span.start);
        QVERIFY(inSpan.charFormat().fontWeight() != QFont::Bold);
    }
    if (span.start + span.length < block.length() - 1) {
        inSpan.setPosition(block.position() + span.start + span.length + 1);
        QVERIFY(inSpan.charFormat().fontWeight() != QFont::Bold);
    }
    QVERIFY(marks.at(1).format.background() != marks.at(0).format.background());
    // The cursor starts on the secret, so keyboard and screen-reader users land there.
    QCOMPARE(view.textCursor().position(), block.position() + span.start);
}

void TestCodeView::markWithoutMask()
{
    CodeView view;
    const QStringList lines = {QStringLiteral("a = 1"), QStringLiteral("b = \"cut…\"")};
    view.setSnippet(lines, 7, 8, kMask, SourceLanguage::Python);
    QCOMPARE(view.markedBlockNumber(), 1);
    QVERIFY(!view.markedSpan().isValid());
    QCOMPARE(view.extraSelections().size(), 1); // the line only
    view.setRevealed(true, QStringLiteral("hf_raw"));
    QVERIFY(!view.isRevealed());
    QCOMPARE(view.toPlainText(), lines.join(u'\n'));

    view.setSnippet(lines, 7, 99, kMask, SourceLanguage::Python);
    QCOMPARE(view.markedBlockNumber(), -1);
    QVERIFY(view.extraSelections().isEmpty());
    view.clearSnippet();
    QVERIFY(view.toPlainText().isEmpty());
}

void TestCodeView::revealSwapsOnlyTheSpan()
{
    // Generated, never a literal in the repository; the shape of a user token.
    const QString raw = QStringLiteral("hf_") +
                        QString::number(QRandomGenerator::global()->generate64(), 36) +
                        QStringLiteral("QxYz");
    const QStringList lines = pythonSnippet();
    const QString masked = lines.join(u'\n');
    CodeView view;
    view.setSnippet(lines, 118, 121, kMask, SourceLanguage::Python);
    QSignalSpy spy(&view, &CodeView::revealedChanged);
    const CodeView::Span before = view.markedSpan();

    view.setRevealed(true, raw);
    QVERIFY(view.isRevealed());
    QCOMPARE(spy.size(), 1);
    QString expected = masked;
    expected.replace(masked.indexOf(kMask), kMask.size(), raw);
    QCOMPARE(view.toPlainText(), expected);
    const CodeView::Span revealed = view.markedSpan();
    QCOMPARE(revealed.block, before.block);
    QCOMPARE(revealed.start, before.start);
    QCOMPARE(revealed.length, raw.size());
    QCOMPARE(view.extraSelections().at(1).cursor.selectedText(), raw);
    for (int b = 0; b < view.blockCount(); ++b) {
        if (b != before.block) {
            QCOMPARE(view.document()->findBlockByNumber(b).text(), lines.at(b));
        }
    }
    // Still highlighted under the marks.
    const QTextBlock comment = view.document()->findBlockByNumber(2);
    QVERIFY(formatAt(comment, 0).has_value());

    view.setRevealed(false);
    QVERIFY(!view.isRevealed());
    QCOMPARE(spy.size(), 2);
    QCOMPARE(view.toPlainText(), masked);
    QVERIFY(!view.toPlainText().contains(raw));
    QCOMPARE(view.markedSpan(), before);
    QCOMPARE(view.extraSelections().at(1).cursor.selectedText(), kMask);
    // Nothing to undo back to: the undo stack would otherwise still hold the raw secret.
    QVERIFY(!view.document()->isUndoAvailable());
    QVERIFY(!view.document()->isRedoAvailable());
    view.selectAll();
    QVERIFY(!view.textCursor().selectedText().contains(raw));
    view.setRevealed(false);
    QCOMPARE(spy.size(), 2);
}

void TestCodeView::newSnippetHidesTheSecret()
{
    const QString raw = QStringLiteral("hf_") + QString::number(QRandomGenerator::global()->generate64(), 36);
    CodeView view;
    view.setSnippet(pythonSnippet(), 1, 4, kMask, SourceLanguage::Python);
    QSignalSpy spy(&view, &CodeView::revealedChanged);
    view.setRevealed(true, raw);
    QVERIFY(view.toPlainText().contains(raw));
    view.setSnippet({QStringLiteral("HF_TOKEN=%1").arg(kMask)}, 1, 1, kMask, SourceLanguage::Env);
    QVERIFY(!view.isRevealed());
    QCOMPARE(spy.size(), 2);
    QVERIFY(!view.toPlainText().contains(raw));
    QCOMPARE(view.markedSpan().length, kMask.size());
}

void TestCodeView::paletteChangeRecolours()
{
    CodeView view;
    view.setPalette(lightPalette());
    view.setSnippet(pythonSnippet(), 1, 4, kMask, SourceLanguage::Python);
    const QTextBlock comment = view.document()->findBlockByNumber(2);
#ifdef KEYSCOUT_HAVE_KF6
    auto* highlighter = qobject_cast<KSyntaxHighlighter*>(view.highlighter());
    QVERIFY(highlighter != nullptr);
    QVERIFY(!highlighter->isDarkTheme());
#else
    auto* highlighter = qobject_cast<BuiltinHighlighter*>(view.highlighter());
    QVERIFY(highlighter != nullptr);
    QVERIFY(!highlighter->isDarkScheme());
#endif
    const QColor lightComment = formatAt(comment, 0)->foreground().color();
    const QBrush lightLine = view.extraSelections().at(0).format.background();

    view.setPalette(darkPalette());
#ifdef KEYSCOUT_HAVE_KF6
    highlighter = qobject_cast<KSyntaxHighlighter*>(view.highlighter());
    QVERIFY(highlighter != nullptr);
    QVERIFY(highlighter->isDarkTheme());
    const QColor darkComment = formatAt(view.document()->findBlockByNumber(2), 0)->foreground().color();
    QVERIFY(darkComment != lightComment);
    QCOMPARE(darkComment, highlighter->styleFormat(KSyntaxHighlighting::Theme::Comment).foreground().color());
#else
    highlighter = qobject_cast<BuiltinHighlighter*>(view.highlighter());
    QVERIFY(highlighter != nullptr);
    QVERIFY(highlighter->isDarkScheme());
    const QColor darkComment = formatAt(view.document()->findBlockByNumber(2), 0)->foreground().color();
    QVERIFY(darkComment != lightComment);
    QCOMPARE(darkComment, highlighter->tokenFormat(Token::Comment).foreground().color());
#endif
    QVERIFY(view.extraSelections().at(0).format.background() != lightLine);
}

void TestCodeView::markColoursContrast_data()
{
    QTest::addColumn<QPalette>("palette");
    QTest::addColumn<bool>("revealed");
    QTest::newRow("light, masked") << lightPalette() << false;
    QTest::newRow("light, revealed") << lightPalette() << true;
    QTest::newRow("dark, masked") << darkPalette() << false;
    QTest::newRow("dark, revealed") << darkPalette() << true;
}

void TestCodeView::markColoursContrast()
{
    QFETCH(QPalette, palette);
    QFETCH(bool, revealed);
    CodeView view;
    view.setPalette(palette);
    view.setSnippet(pythonSnippet(), 1, 4, kMask, SourceLanguage::Python);
    if (revealed) {
        view.setRevealed(true, QStringLiteral("hf_") +
                                   QString::number(QRandomGenerator::global()->generate64(), 36));
    }
    const QList<QTextEdit::ExtraSelection> marks = view.extraSelections();
    QCOMPARE(marks.size(), 2);
    const QColor base = palette.color(QPalette::Base);
    const QColor line = marks.at(0).format.background().color();
    const QColor spanBackground = marks.at(1).format.background().color();
    const QColor spanText = marks.at(1).format.foreground().color();
    // The secret's text reads well on its mark; the mark stands out from the line and the page.
    QVERIFY(keyscout::contrastRatio(spanText, spanBackground) >= 4.5);
    QVERIFY(spanBackground != line && spanBackground != base);
    // The line tint is subtle: code coloured for the base keeps its contrast on it.
    QVERIFY(line != base);
    QVERIFY(keyscout::contrastRatio(line, base) < 1.5);
#ifdef KEYSCOUT_HAVE_KF6
    const auto* highlighter = qobject_cast<KSyntaxHighlighter*>(view.highlighter());
    QVERIFY(highlighter != nullptr);
    QVERIFY(keyscout::contrastRatio(
                highlighter->styleFormat(KSyntaxHighlighting::Theme::Comment).foreground().color(), line) >=
            3.0);
#else
    const auto* highlighter = qobject_cast<BuiltinHighlighter*>(view.highlighter());
    QVERIFY(keyscout::contrastRatio(highlighter->tokenFormat(Token::Comment).foreground().color(), line) >=
            3.0);
#endif
}

void TestCodeView::widgetBasics()
{
    CodeView view;
    view.setSnippet(pythonSnippet(), 118, 121, kMask, SourceLanguage::Python);
    QVERIFY(view.isReadOnly());
    QCOMPARE(view.lineWrapMode(), QPlainTextEdit::NoWrap);
    QVERIFY((view.focusPolicy() & Qt::TabFocus) != 0);
    QVERIFY(view.textInteractionFlags().testFlag(Qt::TextSelectableByKeyboard));
    QVERIFY(!view.accessibleName().isEmpty());
    QVERIFY(view.accessibleDescription().contains(QStringLiteral("121")));
    // Fixed width as measured, not as fontconfig labels it (it calls Noto Sans Mono proportional).
    const QFontMetrics metrics(view.font());
    QCOMPARE(metrics.horizontalAdvance(u'i'), metrics.horizontalAdvance(u'W'));
    QCOMPARE(metrics.horizontalAdvance(u'…'), metrics.horizontalAdvance(u'0'));
}

void TestCodeView::screenshots()
{
    QVERIFY(QDir().mkpath(screenshotDir()));
    const struct {
        const char* name;
        QPalette palette;
    } themes[] = {{"light", lightPalette()}, {"dark", darkPalette()}};
    for (const auto& theme : themes) {
        CodeView view;
        view.setPalette(theme.palette);
        view.resize(720, 230);
        view.setSnippet(pythonSnippet(), 118, 121, kMask, SourceLanguage::Python);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        const QImage image = view.grab().toImage();
        QVERIFY(!image.isNull());
        const QString path =
            screenshotDir() + QStringLiteral("/codeview-%1.png").arg(QLatin1String(theme.name));
        QVERIFY2(image.save(path), qPrintable(path));
        qInfo("screenshot: %s", qPrintable(path));
    }
}

#ifdef KEYSCOUT_HAVE_KF6

void TestCodeView::kf6DefinitionFor_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<SourceLanguage>("language");
    QTest::addColumn<QString>("expected"); // empty: no definition
    const auto row = [](const char* path, SourceLanguage language, const char* expected) {
        QTest::newRow(path[0] != 0 ? path : qPrintable(languageName(language)))
            << QString::fromUtf8(path) << language << QString::fromUtf8(expected);
    };
    // By the file's name, as KSyntaxHighlighting's own patterns know it.
    row("/home/a/project/train.py", SourceLanguage::Python, "Python");
    row("config.json", SourceLanguage::Json, "JSON");
    row(".github/workflows/ci.yml", SourceLanguage::Yaml, "YAML");
    row("pyproject.toml", SourceLanguage::Toml, "TOML");
    row("/home/a/project/settings.ini", SourceLanguage::Ini, "INI Files");
    row("scripts/run.sh", SourceLanguage::Shell, "Bash");
    row("fix.diff", SourceLanguage::Diff, "Diff");
    row("README.md", SourceLanguage::Markdown, "Markdown");
    // Names it has no pattern for go by the language Keyscout judged from the name and folder.
    row("/home/a/.aws/credentials", SourceLanguage::Ini, "INI Files");
    row("/home/a/.kube/config", SourceLanguage::Yaml, "YAML");
    row("/home/a/.python_history", SourceLanguage::Python, "Python");
    row("/home/a/.cache/huggingface/stored_tokens", SourceLanguage::Ini, "INI Files");
    // No name at all (callers that do not pass one): the language alone.
    row("", SourceLanguage::Python, "Python");
    row("", SourceLanguage::Json, "JSON");
    row("", SourceLanguage::Yaml, "YAML");
    row("", SourceLanguage::Toml, "TOML");
    row("", SourceLanguage::Ini, "INI Files");
    row("", SourceLanguage::Shell, "Bash");
    row("", SourceLanguage::Diff, "Diff");
    row("", SourceLanguage::Markdown, "Markdown");
    // Plain text stays plain even where KSyntaxHighlighting knows the name.
    QTest::newRow("plain text named .py")
        << QStringLiteral("train.py") << SourceLanguage::PlainText << QString();
}

void TestCodeView::kf6DefinitionFor()
{
    QFETCH(QString, path);
    QFETCH(SourceLanguage, language);
    QFETCH(QString, expected);
    const KSyntaxHighlighting::Definition definition = KSyntaxHighlighter::definitionFor(language, path);
    QCOMPARE(definition.isValid() ? definition.name() : QString(), expected);

    QTextDocument document;
    const std::unique_ptr<QSyntaxHighlighter> highlighter =
        createHighlighter(&document, language, lightPalette(), path);
    if (expected.isEmpty()) {
        QVERIFY(highlighter == nullptr);
        return;
    }
    auto* kf6 = qobject_cast<KSyntaxHighlighter*>(highlighter.get());
    QVERIFY(kf6 != nullptr);
    QCOMPARE(kf6->definition().name(), expected);
    QCOMPARE(kf6->document(), &document);
    QVERIFY(kf6->parent() == nullptr); // owned by the caller only
}

void TestCodeView::kf6DotenvOrBuiltin()
{
    // .env files: KSyntaxHighlighting's "Dotenv" where the installed version has it, else the built-in
    // highlighter, which knows them (export, keys, ${VAR}).
    QTextDocument document;
    const std::unique_ptr<QSyntaxHighlighter> highlighter =
        createHighlighter(&document, SourceLanguage::Env, darkPalette());
    QVERIFY(highlighter != nullptr);
    QCOMPARE(highlighter->document(), &document);
    const bool hasDotenv =
        KSyntaxHighlighter::repository().definitionForName(QStringLiteral("Dotenv")).isValid();
    qInfo("KSyntaxHighlighting has %s Dotenv definition", hasDotenv ? "a" : "no");
    if (hasDotenv) {
        auto* kf6 = qobject_cast<KSyntaxHighlighter*>(highlighter.get());
        QVERIFY(kf6 != nullptr);
        QCOMPARE(kf6->definition().name(), QStringLiteral("Dotenv"));
        QVERIFY(kf6->isDarkTheme());
    } else {
        auto* builtin = qobject_cast<BuiltinHighlighter*>(highlighter.get());
        QVERIFY(builtin != nullptr);
        QCOMPARE(builtin->language(), SourceLanguage::Env);
        QVERIFY(builtin->isDarkScheme());
    }
}

void TestCodeView::kf6ChosenForPythonFile()
{
    CodeView view;
    view.setSnippet(pythonSnippet(), 118, 121, kMask, SourceLanguage::Python,
                    QStringLiteral("/home/a/project/train.py"));
    auto* highlighter = qobject_cast<KSyntaxHighlighter*>(view.highlighter());
    QVERIFY(highlighter != nullptr);
    QCOMPARE(highlighter->definition().name(), QStringLiteral("Python"));
    QCOMPARE(highlighter->document(), view.document());
    // The view's palette picks the theme; a palette change keeps the definition that the file name chose.
    view.setPalette(darkPalette());
    highlighter = qobject_cast<KSyntaxHighlighter*>(view.highlighter());
    QVERIFY(highlighter != nullptr);
    QVERIFY(highlighter->isDarkTheme());
    QCOMPARE(highlighter->definition().name(), QStringLiteral("Python"));
    // One repository for the whole process: every highlighter's definition comes from it.
    QCOMPARE(highlighter->definition(),
             KSyntaxHighlighter::repository().definitionForName(QStringLiteral("Python")));
    // Plain text has no highlighter at all.
    view.setSnippet(pythonSnippet(), 1, 4, kMask, SourceLanguage::PlainText, QStringLiteral("train.py"));
    QVERIFY(view.highlighter() == nullptr);
}

void TestCodeView::kf6FormatsPythonStringAndComment_data()
{
    QTest::addColumn<QPalette>("palette");
    QTest::newRow("light") << lightPalette();
    QTest::newRow("dark") << darkPalette();
}

void TestCodeView::kf6FormatsPythonStringAndComment()
{
    QFETCH(QPalette, palette);
    QTextDocument document(pythonSnippet().join(u'\n'));
    const std::unique_ptr<QSyntaxHighlighter> base =
        createHighlighter(&document, SourceLanguage::Python, palette, QStringLiteral("train.py"));
    auto* highlighter = qobject_cast<KSyntaxHighlighter*>(base.get());
    QVERIFY(highlighter != nullptr);
    highlighter->rehighlight();
    const QColor comment = highlighter->styleFormat(KSyntaxHighlighting::Theme::Comment).foreground().color();
    const QColor string = highlighter->styleFormat(KSyntaxHighlighting::Theme::String).foreground().color();
    QVERIFY(comment != string);

    const auto expectColour = [&](const QString& fragment, const QColor& expected) {
        const QTextCursor found = document.find(fragment, 0, QTextDocument::FindCaseSensitively);
        if (found.isNull()) {
            return QStringLiteral("not found: %1").arg(fragment);
        }
        const QTextBlock block = found.block();
        const int start = found.selectionStart() - block.position();
        for (int i = start; i < start + static_cast<int>(fragment.size()); ++i) {
            const std::optional<QTextCharFormat> format = formatAt(block, i);
            if (!format) {
                return QStringLiteral("no format at %1 in '%2'").arg(i).arg(block.text());
            }
            if (format->foreground().color() != expected) {
                return QStringLiteral("%1 instead of %2 at %3 in '%4'")
                    .arg(format->foreground().color().name(), expected.name())
                    .arg(i)
                    .arg(block.text());
            }
        }
        return QString();
    };
    const auto check = [&](const char* fragment, const QColor& expected) {
        const QString problem = expectColour(QString::fromUtf8(fragment), expected);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    };
    check("# Token for the private eval models", comment);
    check("\"https://huggingface.co\"", string);
    check("\"\"\"Uploads the checkpoint every 500 steps;", string);
    // State carried across blocks: the '#' inside the triple-quoted string is part of the string.
    check("the # here is part of the string.", string);
    // The masked secret in its string literal: coloured as the string around it.
    check("\"hf_AbCd", string);
    QVERIFY(!expectColour(QStringLiteral("HfApi"), comment).isEmpty());
}

void TestCodeView::kf6ThemeFollowsPalette_data()
{
    addPaletteRows();
}

void TestCodeView::kf6ThemeFollowsPalette()
{
    QFETCH(QPalette, palette);
    QFETCH(bool, dark);
    QFETCH(double, minimumContrast);
    const KSyntaxHighlighting::Theme expectedTheme = KSyntaxHighlighter::repository().defaultTheme(
        dark ? KSyntaxHighlighting::Repository::DarkTheme : KSyntaxHighlighting::Repository::LightTheme);
    QVERIFY(expectedTheme.isValid());

    QTextDocument document(pythonSnippet().join(u'\n'));
    const std::unique_ptr<QSyntaxHighlighter> base =
        createHighlighter(&document, SourceLanguage::Python, palette, QStringLiteral("train.py"));
    auto* highlighter = qobject_cast<KSyntaxHighlighter*>(base.get());
    QVERIFY(highlighter != nullptr);
    QCOMPARE(highlighter->isDarkTheme(), dark);
    QCOMPARE(highlighter->theme().name(), expectedTheme.name());
    highlighter->rehighlight();

    // Every colour drawn stays readable on what it is drawn on: the view's base, or the format's background.
    const QColor baseColor = palette.color(QPalette::Base);
    int checked = 0;
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        const QList<QTextLayout::FormatRange> ranges = block.layout()->formats();
        for (const QTextLayout::FormatRange& range : ranges) {
            QVERIFY(range.format.hasProperty(QTextFormat::ForegroundBrush));
            const QColor background = range.format.hasProperty(QTextFormat::BackgroundBrush)
                                          ? range.format.background().color()
                                          : baseColor;
            const QColor color = range.format.foreground().color();
            QVERIFY2(keyscout::contrastRatio(color, background) >= minimumContrast,
                     qPrintable(QStringLiteral("%1 on %2 is %3:1 in '%4'")
                                    .arg(color.name(), background.name())
                                    .arg(keyscout::contrastRatio(color, background))
                                    .arg(block.text())));
            ++checked;
        }
    }
    QVERIFY(checked > 10);

    // The light and the dark theme are really different themes.
    QTextDocument other;
    const std::unique_ptr<QSyntaxHighlighter> light =
        createHighlighter(&other, SourceLanguage::Python, lightPalette());
    const std::unique_ptr<QSyntaxHighlighter> darkOne =
        createHighlighter(&other, SourceLanguage::Python, darkPalette());
    const auto* l = qobject_cast<KSyntaxHighlighter*>(light.get());
    const auto* d = qobject_cast<KSyntaxHighlighter*>(darkOne.get());
    QVERIFY(l != nullptr && d != nullptr);
    QVERIFY(l->theme().name() != d->theme().name());
    for (const auto style : {KSyntaxHighlighting::Theme::Comment, KSyntaxHighlighting::Theme::String,
                             KSyntaxHighlighting::Theme::Normal}) {
        QVERIFY(l->styleFormat(style).foreground().color() != d->styleFormat(style).foreground().color());
    }
}

void TestCodeView::kf6SecretSpanStaysBold()
{
    // The secret's span is bold in the document's own format; the KSyntaxHighlighting formats drawn over it
    // must not take that back, and the marks still lie on the mask.
    CodeView view;
    view.setSnippet(pythonSnippet(), 1, 4, kMask, SourceLanguage::Python, QStringLiteral("train.py"));
    QVERIFY(qobject_cast<KSyntaxHighlighter*>(view.highlighter()) != nullptr);
    const CodeView::Span span = view.markedSpan();
    QVERIFY(span.isValid());
    const QTextBlock block = view.document()->findBlockByNumber(span.block);
    for (int i = span.start; i < span.start + span.length; ++i) {
        const std::optional<QTextCharFormat> format = formatAt(block, i);
        QVERIFY(format.has_value());
        QVERIFY2(!format->hasProperty(QTextFormat::FontWeight) || format->fontWeight() >= QFont::Bold,
                 qPrintable(QString::number(i)));
    }
    QCOMPARE(view.extraSelections().size(), 2);
    QCOMPARE(view.extraSelections().at(1).cursor.selectedText(), kMask);
}

#endif // KEYSCOUT_HAVE_KF6

// A finding in a notebook output, scanned from a real notebook, shown in the detail panel: the cell's prompt
// and part above the code view, the output's own lines numbered from 1 (not the JSON), the secret marked on
// its line.
void TestCodeView::notebookCellIsShownAsACell()
{
    QRandomGenerator rng(31);
    const QByteArray token = test::hfToken(rng);
    const QByteArray notebook =
        "{\n \"cells\": [\n  {\n   \"cell_type\": \"code\",\n   \"execution_count\": 4,\n   \"metadata\": "
        "{},\n"
        "   \"outputs\": [\n    {\n     \"name\": \"stdout\",\n     \"output_type\": \"stream\",\n"
        "     \"text\": [\n      \"Loading\\n\",\n      \"token is " +
        token +
        "\\n\"\n     ]\n    }\n   ],\n   \"source\": [\"print(token)\"]\n  }\n ],\n"
        " \"metadata\": {},\n \"nbformat\": 4,\n \"nbformat_minor\": 5\n}\n";
    const RuleCatalogue catalogue = RuleCatalogue::builtin();
    const Matcher matcher(catalogue.rules());
    const QList<Finding> findings = FileSystemScanner::scanBuffer(
        matcher, std::string_view(notebook.constData(), static_cast<size_t>(notebook.size())),
        QStringLiteral("/home/me/train.ipynb"));
    QCOMPARE(findings.size(), 1);
    const Finding& f = findings.first();
    QCOMPARE(f.line, 13); // the file's line, for editors and reports

    DetailPanel panel;
    panel.resize(700, 500);
    panel.showSecret(f, findings, TriageDecision{});
    auto* header = panel.findChild<QLabel*>(QStringLiteral("cellHeader"));
    QVERIFY(header);
    QVERIFY(!header->isHidden());
    QVERIFY2(header->text().contains(QLatin1String("Out[4]:")), qPrintable(header->text()));
    QVERIFY(header->text().contains(QLatin1String("output 1")));
    QVERIFY(header->text().contains(QLatin1String("stream stdout")));
    auto* view = panel.findChild<CodeView*>(QStringLiteral("contextView"));
    QVERIFY(view);
    QCOMPARE(view->document()->toPlainText(), QStringLiteral("Loading\ntoken is %1").arg(f.masked));
    QCOMPARE(view->firstLine(), 1);
    QCOMPARE(view->markedBlockNumber(), 1);
    QVERIFY(view->markedSpan().isValid());
    QCOMPARE(view->language(), SourceLanguage::PlainText);

    // A plain file again: no cell header.
    Finding plain = f;
    plain.place = Place{};
    plain.context = {QStringLiteral("HF_TOKEN=%1").arg(f.masked)};
    plain.contextFirstLine = 3;
    plain.line = 3;
    panel.showSecret(plain, {plain}, TriageDecision{});
    QVERIFY(header->isHidden());
    QCOMPARE(view->firstLine(), 3);
    QCOMPARE(view->markedBlockNumber(), 0);
}

// A finding in git history: the commit that introduced it heads the lines, as `git log` would.
void TestCodeView::gitPlaceShowsItsCommit()
{
    Finding f;
    f.ruleName = QStringLiteral("Hugging Face user access token");
    f.masked = QStringLiteral("hf_AbCd\u2026WxYz");
    f.path = QStringLiteral("/home/me/app/.env");
    f.line = 1;
    f.context = {QStringLiteral("HF_TOKEN=hf_AbCd\u2026WxYz")};
    f.contextFirstLine = 1;
    f.place.kind = SourceKind::Git;
    f.place.git.repository = QStringLiteral("/home/me/app");
    f.place.git.commit = QStringLiteral("13ea888a07c2f1d0e9b8a7c6d5e4f3a2b1c0d9e8");
    f.place.git.author = QStringLiteral("Ada <ada@example.org>");
    f.place.git.summary = QStringLiteral("add settings");
    f.place.git.pathInRepo = QStringLiteral(".env");
    f.place.git.refs = {QStringLiteral("main"), QStringLiteral("origin/main")};
    f.place.git.remotes = {QStringLiteral("origin")};
    f.place.git.pushed = true;
    DetailPanel panel;
    panel.showSecret(f, {f}, TriageDecision{});
    auto* header = panel.findChild<QLabel*>(QStringLiteral("cellHeader"));
    QVERIFY(!header->isHidden());
    for (const char* part :
         {"commit 13ea888a07c2", "origin/main", "Ada &lt;ada@example.org&gt;", "add settings", "pushed"}) {
        QVERIFY2(header->text().contains(QLatin1String(part)), part);
    }
    auto* view = panel.findChild<CodeView*>(QStringLiteral("contextView"));
    QCOMPARE(view->language(), SourceLanguage::Env);
    QCOMPARE(view->markedBlockNumber(), 0);
    QCOMPARE(exposureOf(f), Exposure::Published);
    QVERIFY(describePlace(f).startsWith(QLatin1String("Git history of app: .env in commit 13ea888a07")));

    // With the change the commit made, the view shows the hunk: diff colours, the file's line numbers
    // beside kept and added lines, none beside the header and the removed line, the mask on the added line.
    f.line = 2;
    f.place.git.hunk = {QStringLiteral("@@ -1,2 +1,2 @@"), QStringLiteral(" EPOCHS=3"),
                        QStringLiteral("-HF_TOKEN=hf_Old0…Old9"), QStringLiteral("+HF_TOKEN=hf_AbCd…WxYz")};
    f.place.git.hunkLines = {0, 1, 0, 2};
    f.place.git.hunkSecretIndex = 3;
    panel.showSecret(f, {f}, TriageDecision{});
    QCOMPARE(view->language(), SourceLanguage::Diff);
    QCOMPARE(view->blockCount(), 4);
    QCOMPARE(view->markedBlockNumber(), 3);
    QCOMPARE(view->markedSpan(), (CodeView::Span{3, 10, static_cast<int>(f.masked.size())}));
    QCOMPARE(view->lineNumberForBlock(0), 0);
    QCOMPARE(view->lineNumberForBlock(1), 1);
    QCOMPARE(view->lineNumberForBlock(2), 0);
    QCOMPARE(view->lineNumberForBlock(3), 2);
    QVERIFY(view->accessibleDescription().contains(QLatin1String("secret on line 2 is masked")));
    // Reveal swaps the mask on the added line only.
    f.secret = "hf_AbCdEFGHIJKLMNOPQRSTUVWXYZ0123WxYz";
    view->setRevealed(true, QString::fromLatin1(f.secret));
    QCOMPARE(view->document()->findBlockByNumber(3).text(),
             QStringLiteral("+HF_TOKEN=") + QString::fromLatin1(f.secret));
    QCOMPARE(view->document()->findBlockByNumber(2).text(), f.place.git.hunk.at(2));
    view->setRevealed(false);
    // A plain file place after a git one is counted from its first line again.
    Finding plain = f;
    plain.place = Place{};
    plain.path = QStringLiteral("/home/me/app/.env");
    panel.showSecret(plain, {plain}, TriageDecision{});
    QCOMPARE(view->lineNumberForBlock(0), 1);
    QCOMPARE(view->language(), SourceLanguage::Env);
}

// A model file's finding has no secret: the panel offers neither reveal nor the token fix.
void TestCodeView::modelFileOffersNoSecretActions()
{
    Finding f;
    f.ruleName = QStringLiteral("Model file that runs code when loaded");
    f.masked = QStringLiteral("posix.system");
    f.path = QStringLiteral("/home/me/ckpt/adapter.pth");
    f.place.kind = SourceKind::ModelFile;
    DetailPanel panel;
    panel.showSecret(f, {f}, TriageDecision{});
    QVERIFY(panel.findChild<QPushButton*>(QStringLiteral("fixButton"))->isHidden());
    QVERIFY(panel.findChild<QPushButton*>(QStringLiteral("revealButton"))->isHidden());
    // Named with its verdict's import, and the file without a line (it was "…adapter.pth:0").
    QCOMPARE(panel.findChild<QLabel*>(QStringLiteral("detailTitle"))->text(),
             QStringLiteral("Model file that runs code when loaded: posix.system"));
    const QString where = panel.findChild<QLabel*>(QStringLiteral("detailWhere"))->text();
    QVERIFY2(where.startsWith(QLatin1String("Model file adapter.pth\n")) &&
                 where.contains(QLatin1String("adapter.pth\n")) && !where.contains(QLatin1String(".pth:0")),
             qPrintable(where));
    Finding token = f;
    token.place.kind = SourceKind::Environment;
    panel.showSecret(token, {token}, TriageDecision{});
    QVERIFY(!panel.findChild<QPushButton*>(QStringLiteral("fixButton"))->isHidden());
}

QTEST_MAIN(TestCodeView)
#include "tst_codeview.moc"
