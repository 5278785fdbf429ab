// SPDX-License-Identifier: GPL-3.0-or-later
// Translations (README "Languages"): every .ts file complete — no unfinished entry, every placeholder and tag
// of the English kept, plural forms as the language has them — and the window really speaks the language
// chosen in Settings → Language.
#include "DetailPanel.h"
#include "Language.h"
#include "MainWindow.h"
#include "ScanController.h"
#include "StartPage.h"
#include "TestSupport.h"
#include "findings/Guidance.h"
#include "findings/PlaceDescription.h"
#include "rules/RuleCatalogue.h"
#include "rules/RuleText.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QCommandLinkButton>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLibraryInfo>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QSet>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QTranslator>
#include <QTreeView>
#include <QXmlStreamReader>

using namespace keyscout;

namespace {

struct Problem {
    QString context;
    QString source;
    QString what;
};

// %1…%99, %L1, %n — and the HTML tags — of a text, sorted, so order may differ but nothing may be lost.
QStringList placeholders(const QString& text)
{
    QStringList out;
    static const QRegularExpression re(QStringLiteral(R"(%L?\d{1,2}|%n|</?[a-zA-Z][a-zA-Z0-9]*)"));
    for (auto it = re.globalMatch(text); it.hasNext();) {
        out << it.next().captured(0);
    }
    out.sort();
    return out;
}

// Whether a button shows all of its text: a command link's description wraps, so it must have the height
// its width needs; a plain button's widest line must fit its width.
bool textFits(const QPushButton* button)
{
    if (const auto* link = qobject_cast<const QCommandLinkButton*>(button)) {
        return link->height() >= link->heightForWidth(link->width());
    }
    int widest = 0;
    for (const QString& line : button->text().remove(QLatin1Char('&')).split(QLatin1Char('\n'))) {
        widest = std::max(widest, button->fontMetrics().horizontalAdvance(line));
    }
    return widest <= button->width();
}

// The embedded translation of one language installed for the scope of a test.
class InstalledLanguage {
public:
    explicit InstalledLanguage(const QString& code)
    {
        m_loaded = m_translator.load(QStringLiteral(":/i18n/keyscout_%1.qm").arg(code));
        if (m_loaded) {
            QCoreApplication::installTranslator(&m_translator);
        }
    }
    ~InstalledLanguage() { QCoreApplication::removeTranslator(&m_translator); }
    InstalledLanguage(const InstalledLanguage&) = delete;
    InstalledLanguage& operator=(const InstalledLanguage&) = delete;
    [[nodiscard]] bool loaded() const { return m_loaded; }

private:
    QTranslator m_translator;
    bool m_loaded = false;
};

int pluralForms(const QString& language)
{
    // What lrelease expects (Qt's numerus rules): one form for Japanese and Chinese, two for the others.
    return language.startsWith(QLatin1String("ja")) || language.startsWith(QLatin1String("zh")) ? 1 : 2;
}

// One <message> as read from a .ts file.
struct Message {
    QString context;
    QString source;
    QString type; // the translation's type attribute: "unfinished", "vanished", "obsolete" or empty
    bool numerus = false;
    QStringList forms; // the translation, or each <numerusform>
};

// The messages of a .ts file, read with QXmlStreamReader (the same on Qt 6.4 and later). Empty, with *error,
// when the file is not well-formed XML.
QList<Message> readTs(QIODevice* device, QString* language, QString* error)
{
    QList<Message> out;
    QXmlStreamReader xml(device);
    QString context;
    Message current;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement()) {
            if (xml.isEndElement() && xml.name() == QLatin1String("message")) {
                out.append(current);
            }
            continue;
        }
        const auto name = xml.name();
        if (name == QLatin1String("TS")) {
            *language = xml.attributes().value(QLatin1String("language")).toString();
        } else if (name == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (name == QLatin1String("message")) {
            current = Message{context,
                              {},
                              {},
                              xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes"),
                              {}};
        } else if (name == QLatin1String("source")) {
            current.source = xml.readElementText();
        } else if (name == QLatin1String("translation")) {
            current.type = xml.attributes().value(QLatin1String("type")).toString();
            if (!current.numerus) {
                current.forms << xml.readElementText(QXmlStreamReader::IncludeChildElements);
            }
        } else if (name == QLatin1String("numerusform")) {
            current.forms << xml.readElementText();
        }
    }
    if (xml.hasError()) {
        *error = QStringLiteral("line %1: %2").arg(xml.lineNumber()).arg(xml.errorString());
        return {};
    }
    return out;
}

QList<Problem> check(const QString& path, QString* language, int* messages)
{
    QList<Problem> problems;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return {{QString(), QString(), QStringLiteral("cannot open %1").arg(path)}};
    }
    QString error;
    const QList<Message> all = readTs(&file, language, &error);
    if (!error.isEmpty()) {
        return {{QString(), QString(), QStringLiteral("not XML: %1").arg(error)}};
    }
    const bool pluralOnly = path.endsWith(QLatin1String("_en.ts"));
    *messages = static_cast<int>(all.size());
    for (const Message& m : all) {
        auto problem = [&](const QString& what) {
            problems.append({m.context, m.source, what});
        };
        if (m.type == QLatin1String("unfinished")) {
            problem(QStringLiteral("unfinished"));
            continue;
        }
        if (m.type == QLatin1String("vanished") || m.type == QLatin1String("obsolete")) {
            continue;
        }
        if (m.numerus && m.forms.size() != pluralForms(*language)) {
            problem(QStringLiteral("%1 plural forms, %2 expected")
                        .arg(m.forms.size())
                        .arg(pluralForms(*language)));
        }
        if (!m.numerus && pluralOnly) {
            problem(QStringLiteral("the English file holds plural forms only"));
        }
        const QStringList expected = placeholders(m.source);
        for (const QString& form : m.forms) {
            if (form.trimmed().isEmpty()) {
                problem(QStringLiteral("empty translation"));
            } else if (placeholders(form) != expected) {
                problem(QStringLiteral("placeholders or tags differ: %1 in the source, %2 in \"%3\"")
                            .arg(expected.join(QLatin1Char(' ')), placeholders(form).join(QLatin1Char(' ')),
                                 form));
            }
        }
    }
    return problems;
}

} // namespace

class TestTranslations : public QObject {
    Q_OBJECT

    QTemporaryDir m_config;

private slots:
    void initTestCase()
    {
        QVERIFY(m_config.isValid());
        qputenv("XDG_CONFIG_HOME", m_config.path().toUtf8());
        qputenv("XDG_DATA_HOME", m_config.filePath(QStringLiteral("data")).toUtf8());
        QCoreApplication::setOrganizationName(QStringLiteral("keyscout-test"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_translations"));
    }

    void complete_data()
    {
        QTest::addColumn<QString>("file");
        const QDir dir(QStringLiteral(KEYSCOUT_SOURCE_DIR "/translations"));
        const QStringList files = dir.entryList({QStringLiteral("keyscout_*.ts")}, QDir::Files, QDir::Name);
        QVERIFY(files.size() >= 6); // English plurals and the five languages
        for (const QString& f : files) {
            QTest::newRow(qPrintable(f)) << dir.filePath(f);
        }
    }

    // A .ts file with an unfinished entry, a lost placeholder or tag, or the wrong number of plural forms
    // fails here, naming each message.
    void complete()
    {
        QFETCH(QString, file);
        QString language;
        int messages = 0;
        const QList<Problem> problems = check(file, &language, &messages);
        QVERIFY(messages > 0);
        QStringList lines;
        for (const Problem& p : problems) {
            lines << QStringLiteral("%1 | %2 | %3").arg(p.context, p.source.left(80), p.what);
        }
        QVERIFY2(problems.isEmpty(), qPrintable(QStringLiteral("%1: %2 of %3 messages need work:\n%4")
                                                    .arg(file)
                                                    .arg(problems.size())
                                                    .arg(messages)
                                                    .arg(lines.join(QLatin1Char('\n')))));
    }

    // Every language's .qm is built into the program and translates the start page.
    void embedded_data()
    {
        QTest::addColumn<QString>("code");
        for (const QString& code : Language::available()) {
            QTest::newRow(qPrintable(code)) << code;
        }
    }

    void embedded()
    {
        QFETCH(QString, code);
        QTranslator translator;
        QVERIFY2(translator.load(QStringLiteral(":/i18n/keyscout_%1.qm").arg(code)), qPrintable(code));
        const QString text = translator.translate("keyscout::StartPage", "This workstation");
        QVERIFY(!text.isEmpty());
        QVERIFY2(text != QLatin1String("This workstation"), qPrintable(text));
        QVERIFY(!Language::nativeName(code).isEmpty());
    }

    // English plurals come from keyscout_en.qm: "1 place", not "1 place(s)".
    void englishPlurals()
    {
        QTranslator translator;
        QVERIFY(translator.load(QStringLiteral(":/i18n/keyscout_en.qm")));
        QCoreApplication::installTranslator(&translator);
        QCOMPARE(QCoreApplication::translate("keyscout::FindingsModel", "%n place(s)", nullptr, 1),
                 QStringLiteral("1 place"));
        QCOMPARE(QCoreApplication::translate("keyscout::FindingsModel", "%n place(s)", nullptr, 3),
                 QStringLiteral("3 places"));
        QCoreApplication::removeTranslator(&translator);
    }

    // Each language's start page and results, grabbed for a person to look at (build/dev/screenshots): longer
    // German and French labels and CJK text must fit. Buttons and labels are checked to be at least as wide
    // as their text needs.
    void screenshots_data() { embedded_data(); }

    void screenshots()
    {
        QFETCH(QString, code);
        const InstalledLanguage language(code);
        QVERIFY(language.loaded());
        QTemporaryDir home;
        QVERIFY(test::writeFile(home.filePath(QStringLiteral("project/.env")),
                                "HF_TOKEN=hf_" + QByteArray("Q7mZp2Lx9Rv4Tk8Wn3Yc6Hd1Jf5Gs0Ba2Ce") + "\n"));
        MainWindow window;
        window.resize(1280, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const QString dir = QStringLiteral(KEYSCOUT_BINARY_DIR "/screenshots");
        QDir().mkpath(dir);
        QVERIFY(window.grab().save(dir + QStringLiteral("/lang-%1-start.png").arg(code)));
        QStringList cut;
        for (QPushButton* b : window.findChildren<QPushButton*>()) {
            if (b->isVisible() && !textFits(b)) {
                cut << b->text();
            }
        }
        // The options open: a check box's text does not wrap, so each must be given the width it asks for
        // (the French process option was cut off at the box's edge).
        auto* options = window.findChild<QToolButton*>(QStringLiteral("optionsToggle"));
        QVERIFY(options != nullptr);
        options->click();
        QCoreApplication::processEvents();
        QVERIFY(window.grab().save(dir + QStringLiteral("/lang-%1-options.png").arg(code)));
        for (QCheckBox* box : window.findChildren<QCheckBox*>()) {
            if (box->isVisible() && box->width() < box->sizeHint().width()) {
                cut << box->text();
            }
        }
        options->click();
        window.scanFolders({home.path()});
        QTRY_VERIFY_WITH_TIMEOUT(!window.scanController()->isRunning(), 30000);
        QCoreApplication::processEvents();
        auto* tree = window.findChild<QTreeView*>(QStringLiteral("findingsTree"));
        QVERIFY(tree != nullptr);
        const QModelIndex secret = tree->model()->index(0, 0);
        tree->setCurrentIndex(tree->model()->index(0, 0, secret));
        QCoreApplication::processEvents();
        QVERIFY(window.grab().save(dir + QStringLiteral("/lang-%1-results.png").arg(code)));
        // The detail's title (the rule's name, translated) wraps inside the window: an unwrapped long name
        // pushed the panel past the window's edge.
        auto* title = window.findChild<QLabel*>(QStringLiteral("detailTitle"));
        QVERIFY(title != nullptr && title->isVisible());
        const int titleRight = title->mapTo(&window, QPoint(title->width(), 0)).x();
        QVERIFY2(titleRight <= window.width(), qPrintable(QStringLiteral("%1 ends at x=%2 of %3")
                                                              .arg(title->text())
                                                              .arg(titleRight)
                                                              .arg(window.width())));
        for (QPushButton* b : window.findChildren<QPushButton*>()) {
            if (b->isVisible() && !textFits(b)) {
                cut << b->text();
            }
        }
        QVERIFY2(cut.isEmpty(), qPrintable(cut.join(QLatin1String(" | "))));
    }

    // The built-in rules' names and descriptions (resources/rules/*.json) are translatable: RuleStrings.cpp
    // holds exactly the catalogue's (translations/rule-strings.py writes it), and each language's translation
    // is found at run time under the context ruleText() asks for, in the window's detail title.
    void ruleTextsAreTheCatalogues()
    {
        QSet<QString> generated;
        for (const char* const* s = builtinRuleStrings(); *s != nullptr; ++s) {
            generated.insert(QString::fromUtf8(*s));
        }
        QSet<QString> catalogue;
        const RuleCatalogue builtin = RuleCatalogue::builtin();
        for (const Rule& rule : builtin.rules()) {
            catalogue.insert(rule.name);
            if (!rule.description.isEmpty()) {
                catalogue.insert(rule.description);
            }
        }
        QVERIFY2(generated == catalogue,
                 "core/rules/RuleStrings.cpp is out of date: run python3 translations/rule-strings.py");
    }

    void ruleTextsSpeakTheLanguage_data() { embedded_data(); }

    void ruleTextsSpeakTheLanguage()
    {
        QFETCH(QString, code);
        const InstalledLanguage language(code);
        QVERIFY(language.loaded());
        QStringList untranslated;
        const RuleCatalogue builtin = RuleCatalogue::builtin();
        for (const Rule& rule : builtin.rules()) {
            if (ruleText(rule.name) == rule.name && !rule.name.startsWith(QLatin1String("Hugging Face")) &&
                !rule.name.startsWith(QLatin1String("GitHub"))) {
                untranslated << rule.name;
            }
        }
        // Product names alone may stay as they are; a whole catalogue left in English may not.
        QVERIFY2(untranslated.size() < 5, qPrintable(untranslated.join(QLatin1String(" | "))));
        const QString name = QStringLiteral("Hugging Face user access token");
        QVERIFY2(ruleText(name) != name, qPrintable(ruleText(name)));
        Finding f;
        f.ruleName = name;
        f.masked = QStringLiteral("hf_Ab\u2026yz");
        f.path = QStringLiteral("/home/ada/.env");
        f.line = 1;
        DetailPanel panel;
        panel.showSecret(f, {f}, TriageDecision{});
        const QString title = panel.findChild<QLabel*>(QStringLiteral("detailTitle"))->text();
        QVERIFY2(title.startsWith(ruleText(name)), qPrintable(title));
    }

    // The language chosen in the menu is saved and used from the next start: the window's texts and Qt's own
    // dialogs' buttons (qtbase) speak it.
    void chosenLanguageIsUsed()
    {
        Language::setChosen(QString());
        {
            MainWindow window;
            auto* menu = window.menuBar()->findChild<QMenu*>(QStringLiteral("languageMenu"));
            QVERIFY(menu != nullptr);
            QStringList names;
            for (QAction* a : menu->actions()) {
                names << a->text();
            }
            QVERIFY2(names.contains(QStringLiteral("Deutsch")) && names.contains(QStringLiteral("日本語")),
                     qPrintable(names.join(QLatin1Char(','))));
            auto* system = menu->findChild<QAction*>(QStringLiteral("language_system"));
            QVERIFY(system != nullptr && system->isChecked());
        }
        Language::setChosen(QStringLiteral("de"));
        QCOMPARE(QSettings().value(QStringLiteral("ui/language")).toString(), QStringLiteral("de"));
        Finding envFile;
        envFile.path = QStringLiteral("/home/ada/project/.env");
        envFile.line = 3;
        envFile.place.kind = SourceKind::Environment;
        envFile.place.name = QStringLiteral("HF_TOKEN");
        const QString english = describePlace(envFile);
        const QString englishStep = nextSteps({envFile}).value(0);
        QVERIFY(Language::install().startsWith(QLatin1String("de")));
        QCOMPARE(QLocale().language(), QLocale::German);
        MainWindow window;
        auto* home = window.findChild<QPushButton*>(QStringLiteral("scanHomeButton"));
        QVERIFY(home != nullptr);
        QVERIFY2(!home->text().contains(QLatin1String("This workstation")), qPrintable(home->text()));
        // Texts made by the engine, not only the window's own, are German too: lupdate's contexts and the
        // ones the code asks for at run time agree.
        QVERIFY2(describePlace(envFile) != english, qPrintable(english));
        QVERIFY2(nextSteps({envFile}).value(0) != englishStep, qPrintable(englishStep));
        auto* german = window.menuBar()->findChild<QAction*>(QStringLiteral("language_de"));
        QVERIFY(german != nullptr && german->isChecked());
        if (QFile::exists(QLibraryInfo::path(QLibraryInfo::TranslationsPath) +
                          QStringLiteral("/qtbase_de.qm"))) {
            QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), QStringLiteral("Abbrechen"));
        } else {
            QFAIL("Qt's own German translation (qt6-translations-l10n) is not installed");
        }
        Language::setChosen(QString());
    }
};

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"
