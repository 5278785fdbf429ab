// SPDX-License-Identifier: GPL-3.0-or-later
// The command line's documentation as a person meets it: `keyscout --help` and `keyscout help COMMAND`, the
// manual page rendered by groff, mandoc and man, and the bash and zsh completions driven by the real shells.
// Everything is checked against the live help of the built program, so an option added without its man
// entry or its completion fails here. The page and the completions are made at build time by
// packaging/cli-docs.py (skipped when the build had no Python 3).
#include "TestSupport.h"

#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <cstdlib>
#include <fcntl.h>
#include <unistd.h>

#ifndef KEYSCOUT_CLI_DOCS_DIR
#define KEYSCOUT_CLI_DOCS_DIR ""
#endif

using namespace keyscout;

namespace {

struct Run {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

Run run(const QString& program, const QStringList& arguments, const QProcessEnvironment& environment,
        const QString& folder = {})
{
    QProcess process;
    process.setProcessEnvironment(environment);
    if (!folder.isEmpty()) {
        process.setWorkingDirectory(folder);
    }
    process.start(program, arguments);
    process.closeWriteChannel();
    const bool finished = process.waitForFinished(60000) && process.exitStatus() == QProcess::NormalExit;
    return {finished ? process.exitCode() : -1, process.readAllStandardOutput(),
            process.readAllStandardError()};
}

// The names of the options a help text lists in QCommandLineParser's layout ("  -o, --output <FILE>  …"),
// without Qt's own --help-all.
QStringList optionNames(const QString& help)
{
    static const QRegularExpression line(QStringLiteral("^  (-[\\w-]+(?:, -[\\w-]+)*)(?: <[^>]+>)?(?:  |$)"),
                                         QRegularExpression::MultilineOption);
    QStringList names;
    for (auto it = line.globalMatch(help); it.hasNext();) {
        for (const QString& name : it.next().captured(1).split(QStringLiteral(", "))) {
            if (name != QLatin1String("--help-all")) {
                names << name;
            }
        }
    }
    return names;
}

QStringList longOptions(const QString& help)
{
    return optionNames(help).filter(QRegularExpression(QStringLiteral("^--")));
}

// The commands `keyscout --help` lists under "Commands:".
QStringList commandsOf(const QString& help)
{
    QStringList commands;
    const QStringList lines = help.split(QLatin1Char('\n'));
    const qsizetype start = lines.indexOf(QStringLiteral("Commands:"));
    for (qsizetype i = start + 1; start >= 0 && i < lines.size() && lines[i].startsWith(QLatin1String("  "));
         ++i) {
        commands << lines[i].trimmed().section(QLatin1Char(' '), 0, 0);
    }
    return commands;
}

QSet<QString> toSet(const QStringList& list)
{
    return {list.begin(), list.end()};
}

QString shellQuote(const QString& word)
{
    QString quoted = word;
    return QLatin1Char('\'') + quoted.replace(QLatin1Char('\''), QLatin1String("'\\''")) + QLatin1Char('\'');
}

// The bash-completion package's library (Debian: bash-completion), whose _filedir most people's bash uses.
constexpr const char* kBashCompletion = "/usr/share/bash-completion/bash_completion";

} // namespace

class TestCliDocs : public QObject {
    Q_OBJECT

    [[nodiscard]] Run keyscout(const QStringList& arguments) const
    {
        return run(QStringLiteral(KEYSCOUT_BINARY), arguments, m_env, m_dir.path());
    }
    [[nodiscard]] QString help(const QString& command) const
    {
        return QString::fromUtf8(keyscout({command, QStringLiteral("--help")}).out);
    }
    [[nodiscard]] QString docs(const QString& name) const;
    // What bash's programmable completion offers for `words` (the last one being completed), with the
    // bash-completion package's helpers loaded when `withBashCompletion`, else with bash alone.
    [[nodiscard]] QStringList bash(const QStringList& words, bool withBashCompletion = false) const;
    [[nodiscard]] QStringList zsh(const QString& line) const;

    QTemporaryDir m_dir;
    QProcessEnvironment m_env;
    QString m_topHelp;
    QStringList m_commands; // without `help`
    QStringList m_formats;  // what `keyscout scan --format` accepts, from its error message
    QString m_changeId;     // a change `keyscout clean` made, for `keyscout undo`'s completion

private slots:
    void initTestCase();
    void helpListsEveryCommand();
    void helpCommandIsCommandHelp();
    void windowOptionsAreInHelp();
    void manPageRendersWithoutWarnings();
    void manPageListsEveryCommandAndOption();
    void bashCompletesCommandsOptionsAndValues();
    void zshCompletesCommandsOptionsAndValues();
};

void TestCliDocs::initTestCase()
{
    QVERIFY(m_dir.isValid());
    // A home of the test's own: `keyscout clean` below backs up into it.
    m_env = QProcessEnvironment::systemEnvironment();
    for (const char* name :
         {"XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "HF_HOME", "HF_TOKEN_PATH"}) {
        m_env.remove(QString::fromLatin1(name));
    }
    m_env.insert(QStringLiteral("HOME"), m_dir.filePath(QStringLiteral("home")));
    m_env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    m_env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen")); // the window's parser
    m_env.insert(QStringLiteral("PATH"), QFileInfo(QStringLiteral(KEYSCOUT_BINARY)).absolutePath() +
                                             QLatin1Char(':') + m_env.value(QStringLiteral("PATH")));
    QVERIFY(QDir().mkpath(m_dir.filePath(QStringLiteral("home"))));

    const Run top = keyscout({QStringLiteral("--help")});
    QCOMPARE(top.exitCode, 0);
    m_topHelp = QString::fromUtf8(top.out);
    m_commands = commandsOf(m_topHelp);
    QVERIFY2(m_commands.removeAll(QStringLiteral("help")) == 1, qPrintable(m_topHelp));

    QVERIFY(test::writeFile(m_dir.filePath(QStringLiteral("project/notes.txt")), "nothing here\n"));
    QVERIFY(QDir().mkpath(m_dir.filePath(QStringLiteral("project/repo"))));
    const Run format = keyscout({QStringLiteral("scan"), QStringLiteral("--format"),
                                 QStringLiteral("no-such"), m_dir.filePath(QStringLiteral("project"))});
    QCOMPARE(format.exitCode, 2);
    const QRegularExpressionMatch list = QRegularExpression(QStringLiteral("unknown format .*\\(([^()]+)\\)"))
                                             .match(QString::fromUtf8(format.err));
    QVERIFY2(list.hasMatch(), format.err.constData());
    m_formats = list.captured(1).split(QRegularExpression(QStringLiteral(",\\s*|,?\\s+or\\s+")));

    // A real change to undo: a token in a .env file, removed by `keyscout clean --yes`.
    QRandomGenerator rng(8);
    QVERIFY(test::writeFile(m_dir.filePath(QStringLiteral("cleaned/.env")),
                            "HF_TOKEN=" + test::hfToken(rng) + '\n'));
    const Run clean =
        keyscout({QStringLiteral("clean"), QStringLiteral("--yes"), QStringLiteral("--quiet"),
                  QStringLiteral("--no-git-history"), m_dir.filePath(QStringLiteral("cleaned"))});
    QVERIFY2(clean.exitCode == 0, QByteArray(clean.out + clean.err).constData());
    const Run changes = keyscout({QStringLiteral("changes")});
    QCOMPARE(changes.exitCode, 0);
    m_changeId =
        QString::fromUtf8(changes.out).section(QLatin1Char('\n'), 0, 0).section(QLatin1Char(' '), 0, 0);
    QVERIFY2(!m_changeId.isEmpty(), changes.out.constData());
}

void TestCliDocs::helpListsEveryCommand()
{
    // Every command the program dispatches is listed with a line of its own...
    for (const char* command : {"scan", "verify", "plan", "install-token", "revoke", "clean", "changes",
                                "undo", "hook", "strip-notebook"}) {
        QVERIFY2(m_commands.contains(QString::fromLatin1(command)), command);
    }
    // ...and each listed one has a help of its own: what it does, its options, its exit status.
    for (const QString& command : std::as_const(m_commands)) {
        const Run r = keyscout({command, QStringLiteral("--help")});
        const QString text = QString::fromUtf8(r.out);
        QVERIFY2(r.exitCode == 0, qPrintable(command));
        QVERIFY2(text.startsWith(QLatin1String("Usage: ")) && text != m_topHelp, qPrintable(command));
        QVERIFY2(text.contains(QLatin1String("\nExit status: ")),
                 qPrintable(command + QStringLiteral(": ") + text));
        QVERIFY2(text.contains(QLatin1String("\nOptions:\n")), qPrintable(command));
        QVERIFY2(text.section(QLatin1Char('\n'), 1, 1).size() > 20,
                 qPrintable(command + QStringLiteral(": ") + text));
    }
    QVERIFY(m_topHelp.contains(QLatin1String("man keyscout")));
}

void TestCliDocs::helpCommandIsCommandHelp()
{
    for (const QString& command : std::as_const(m_commands)) {
        QCOMPARE(keyscout({QStringLiteral("help"), command}).out,
                 keyscout({command, QStringLiteral("--help")}).out);
    }
    QCOMPARE(QString::fromUtf8(keyscout({QStringLiteral("help")}).out), m_topHelp);
    QCOMPARE(QString::fromUtf8(keyscout({QStringLiteral("help"), QStringLiteral("help")}).out), m_topHelp);
    const Run unknown = keyscout({QStringLiteral("help"), QStringLiteral("frobnicate")});
    QCOMPARE(unknown.exitCode, 2);
    QVERIFY(unknown.err.contains("'frobnicate'"));
    QVERIFY(unknown.out.isEmpty());
}

void TestCliDocs::windowOptionsAreInHelp()
{
    // The window's own parser answers --help once a first option sends keyscout past the hand-written help:
    // every option it accepts must be in `keyscout --help` too.
    const Run window = keyscout({QStringLiteral("--demo"), QStringLiteral("--help")});
    QCOMPARE(window.exitCode, 0);
    const QStringList accepted = optionNames(QString::fromUtf8(window.out));
    QVERIFY2(accepted.contains(QStringLiteral("--demo")), window.out.constData());
    const QSet<QString> listed = toSet(optionNames(m_topHelp));
    for (const QString& option : accepted) {
        QVERIFY2(listed.contains(option),
                 qPrintable(option + QStringLiteral(" is missing from keyscout --help")));
    }
}

QString TestCliDocs::docs(const QString& name) const
{
    const QString path = QStringLiteral(KEYSCOUT_CLI_DOCS_DIR "/") + name;
    return QStringLiteral(KEYSCOUT_CLI_DOCS_DIR).isEmpty() || !QFileInfo::exists(path) ? QString() : path;
}

void TestCliDocs::manPageRendersWithoutWarnings()
{
    const QString page = docs(QStringLiteral("keyscout.1"));
    if (page.isEmpty()) {
        QSKIP("keyscout.1 was not generated (no Python 3 at build time)");
    }
    if (QStandardPaths::findExecutable(QStringLiteral("groff")).isEmpty()) {
        QSKIP("groff is not installed");
    }
    const Run groff = run(
        QStringLiteral("groff"),
        {QStringLiteral("-man"), QStringLiteral("-Tutf8"), QStringLiteral("-ww"), QStringLiteral("-z"), page},
        m_env);
    QVERIFY2(groff.exitCode == 0 && groff.err.isEmpty(), groff.err.constData());
    if (!QStandardPaths::findExecutable(QStringLiteral("mandoc")).isEmpty()) {
        const Run lint = run(QStringLiteral("mandoc"), {QStringLiteral("-Tlint"), page}, m_env);
        QVERIFY2(lint.exitCode == 0 && lint.out.isEmpty() && lint.err.isEmpty(),
                 QByteArray(lint.out + lint.err).constData());
    } else {
        qInfo("mandoc is not installed: its lint is left out");
    }
}

void TestCliDocs::manPageListsEveryCommandAndOption()
{
    const QString page = docs(QStringLiteral("keyscout.1"));
    if (page.isEmpty()) {
        QSKIP("keyscout.1 was not generated (no Python 3 at build time)");
    }
    if (QStandardPaths::findExecutable(QStringLiteral("man")).isEmpty()) {
        QSKIP("man is not installed");
    }
    QProcessEnvironment env = m_env;
    env.insert(QStringLiteral("MANWIDTH"), QStringLiteral("200"));
    env.insert(QStringLiteral("MANPAGER"), QStringLiteral("cat"));
    const Run man = run(QStringLiteral("man"), {QStringLiteral("-l"), page}, env);
    QVERIFY2(man.exitCode == 0 && man.err.isEmpty(), man.err.constData());
    QString text = QString::fromUtf8(man.out);
    text.remove(QRegularExpression(QStringLiteral(".\\x08"))); // overstrike bold and underline
    text.replace(QChar(0x2010), QLatin1Char('-')).replace(QChar(0x2212), QLatin1Char('-'));

    for (const char* section : {"NAME", "SYNOPSIS", "DESCRIPTION", "OPTIONS", "COMMANDS", "EXIT STATUS",
                                "ENVIRONMENT", "FILES", "SECURITY AND PRIVACY", "EXAMPLES", "SEE ALSO"}) {
        QVERIFY2(text.contains(QLatin1Char('\n') + QLatin1String(section) + QLatin1Char('\n')), section);
    }
    // Each option has its own entry (a tag line: the names, then the value) in its command's section.
    const auto section = [&text](const QString& from, const QString& to) {
        const qsizetype begin = text.indexOf(from);
        const qsizetype stop = text.indexOf(to, begin + from.size());
        return begin < 0 ? QString() : text.mid(begin, stop < 0 ? -1 : stop - begin);
    };
    const auto hasEntry = [](const QString& part, const QString& option) {
        return part.contains(QRegularExpression(QStringLiteral("^ {7}(?:-[\\w-]+, )*") +
                                                    QRegularExpression::escape(option) +
                                                    QStringLiteral("(?![\\w-])"),
                                                QRegularExpression::MultilineOption));
    };
    const QString options = section(QStringLiteral("\nOPTIONS\n"), QStringLiteral("\nCOMMANDS\n"));
    for (const QString& option : optionNames(m_topHelp)) {
        QVERIFY2(hasEntry(options, option),
                 qPrintable(option + QStringLiteral(" has no entry under OPTIONS")));
    }
    for (const QString& command : std::as_const(m_commands)) {
        const QString part = section(QStringLiteral("\n   keyscout ") + command + QLatin1Char(' '),
                                     QStringLiteral("\n   keyscout "));
        QVERIFY2(!part.isEmpty(), qPrintable(command + QStringLiteral(" has no section")));
        for (const QString& option : optionNames(help(command))) {
            QVERIFY2(
                hasEntry(part, option),
                qPrintable(
                    QStringLiteral("keyscout %1 %2 has no entry in the manual page").arg(command, option)));
        }
    }
}

QStringList TestCliDocs::bash(const QStringList& words, bool withBashCompletion) const
{
    QStringList quoted;
    for (const QString& word : words) {
        quoted << shellQuote(word);
    }
    const QString script =
        QStringLiteral("%1source %2 || exit 3\nCOMP_WORDS=(%3)\nCOMP_CWORD=%4\n_keyscout\n"
                       "printf '%s\\n' \"${COMPREPLY[@]}\"\n")
            .arg(withBashCompletion
                     ? QStringLiteral("source %1 || exit 3\n").arg(QString::fromLatin1(kBashCompletion))
                     : QString(),
                 shellQuote(docs(QStringLiteral("keyscout.bash"))), quoted.join(QLatin1Char(' ')))
            .arg(words.size() - 1);
    const Run r = run(QStringLiteral("bash"),
                      {QStringLiteral("--norc"), QStringLiteral("--noprofile"), QStringLiteral("-c"), script},
                      m_env, m_dir.path());
    if (r.exitCode != 0 || !r.err.isEmpty()) {
        qWarning("bash: %s (exit %d)", r.err.constData(), r.exitCode);
        return {QStringLiteral("<bash failed>")};
    }
    QStringList replies = QString::fromUtf8(r.out).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    replies.sort();
    return replies;
}

void TestCliDocs::bashCompletesCommandsOptionsAndValues()
{
    if (docs(QStringLiteral("keyscout.bash")).isEmpty()) {
        QSKIP("the completions were not generated (no Python 3 at build time)");
    }
    const QString k = QStringLiteral(KEYSCOUT_BINARY);
    const QString project = m_dir.filePath(QStringLiteral("project"));
    const auto sorted = [](QStringList list) {
        list.sort();
        return list;
    };
    QCOMPARE(bash({k, QStringLiteral("sc")}), QStringList{QStringLiteral("scan")});
    QCOMPARE(bash({k, QStringLiteral("help"), QString()}), sorted(m_commands));
    // Every command offers exactly the options its help lists.
    for (const QString& command : std::as_const(m_commands)) {
        QCOMPARE(bash({k, command, QStringLiteral("--")}), sorted(longOptions(help(command))));
    }
    QCOMPARE(bash({k, QStringLiteral("scan"), QStringLiteral("--fo")}),
             (QStringList{QStringLiteral("--follow-symlinks"), QStringLiteral("--format")}));
    // The report formats: what the scan accepts, as --format FORMAT and as --format=FORMAT.
    QCOMPARE(bash({k, QStringLiteral("scan"), QStringLiteral("--format"), QString()}), sorted(m_formats));
    QCOMPARE(bash({k, QStringLiteral("scan"), QStringLiteral("--format"), QStringLiteral("="), QString()}),
             sorted(m_formats));
    QCOMPARE(bash({k, QStringLiteral("scan"), QStringLiteral("--format"), QStringLiteral("js")}).first(),
             QStringLiteral("json"));
    QCOMPARE(bash({k, QStringLiteral("hook"), QString()}),
             sorted({QStringLiteral("install"), QStringLiteral("remove"), QStringLiteral("status"),
                     QStringLiteral("pre-commit")}));
    QCOMPARE(
        bash({k, QStringLiteral("hook"), QStringLiteral("install"), QStringLiteral("--only"), QString()}),
        sorted({QStringLiteral("pre-commit"), QStringLiteral("notebook-filter")}));
    // PATH arguments complete files and folders; a repository only folders; `undo` the changes made. With
    // bash alone, and with bash-completion's _filedir as most people have it.
    const bool haveBashCompletion = QFileInfo::exists(QString::fromLatin1(kBashCompletion));
    if (!haveBashCompletion) {
        qInfo("bash-completion is not installed: file names are completed with bash alone only");
    }
    for (const bool withBashCompletion : {false, true}) {
        if (withBashCompletion && !haveBashCompletion) {
            continue;
        }
        QCOMPARE(bash({k, QStringLiteral("scan"), QStringLiteral("--quiet"), project + QStringLiteral("/no")},
                      withBashCompletion),
                 QStringList{project + QStringLiteral("/notes.txt")});
        QCOMPARE(bash({k, QStringLiteral("hook"), QStringLiteral("install"), project + QLatin1Char('/')},
                      withBashCompletion),
                 QStringList{project + QStringLiteral("/repo")});
        QCOMPARE(bash({k, QStringLiteral("scan"), QStringLiteral("-o"), project + QStringLiteral("/n")},
                      withBashCompletion),
                 QStringList{project + QStringLiteral("/notes.txt")});
        QCOMPARE(bash({k, project.left(project.size() - 2)}, withBashCompletion), QStringList{project});
    }
    QCOMPARE(bash({k, QStringLiteral("undo"), QString()}), QStringList{m_changeId});
}

QStringList TestCliDocs::zsh(const QString& line) const
{
    const Run r =
        run(QStringLiteral("zsh"),
            {QStringLiteral("-f"), QStringLiteral(KEYSCOUT_SOURCE_DIR "/tests/tools/zsh-complete.zsh"),
             QFileInfo(docs(QStringLiteral("_keyscout"))).absolutePath(), line},
            m_env, m_dir.path());
    if (r.exitCode != 0) {
        qWarning("zsh: %s (exit %d)", r.err.constData(), r.exitCode);
        return {QStringLiteral("<zsh failed>")};
    }
    QStringList matches = QString::fromUtf8(r.out).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    matches.sort();
    return matches;
}

void TestCliDocs::zshCompletesCommandsOptionsAndValues()
{
    // zsh completes inside a pseudo terminal (zpty); a chroot without /dev/pts (the Debian 13 check) has
    // none.
    const int pty = ::posix_openpt(O_RDWR | O_NOCTTY);
    if (pty < 0 || ::grantpt(pty) != 0 || ::ptsname(pty) == nullptr ||
        !QFileInfo::exists(QString::fromLocal8Bit(::ptsname(pty)))) {
        if (pty >= 0) {
            ::close(pty);
        }
        QSKIP("no pseudo terminal can be opened here (zsh's completion runs in one)");
    }
    ::close(pty);
    if (docs(QStringLiteral("_keyscout")).isEmpty()) {
        QSKIP("the completions were not generated (no Python 3 at build time)");
    }
    if (QStandardPaths::findExecutable(QStringLiteral("zsh")).isEmpty()) {
        QSKIP("zsh is not installed (packaging/setup-deps.sh --test installs it)");
    }
    const Run syntax =
        run(QStringLiteral("zsh"), {QStringLiteral("-n"), docs(QStringLiteral("_keyscout"))}, m_env);
    QVERIFY2(syntax.exitCode == 0, syntax.err.constData());
    const auto sorted = [](QStringList list) {
        list.sort();
        return list;
    };
    QCOMPARE(zsh(QStringLiteral("keyscout sc")), QStringList{QStringLiteral("scan")});
    QCOMPARE(zsh(QStringLiteral("keyscout scan --")), sorted(longOptions(help(QStringLiteral("scan")))));
    QCOMPARE(zsh(QStringLiteral("keyscout scan --fo")),
             (QStringList{QStringLiteral("--follow-symlinks"), QStringLiteral("--format")}));
    QCOMPARE(zsh(QStringLiteral("keyscout scan --format ")), sorted(m_formats));
    QCOMPARE(zsh(QStringLiteral("keyscout scan --format=")), sorted(m_formats));
    QCOMPARE(zsh(QStringLiteral("keyscout hook ")),
             sorted({QStringLiteral("install"), QStringLiteral("remove"), QStringLiteral("status"),
                     QStringLiteral("pre-commit")}));
    QCOMPARE(zsh(QStringLiteral("keyscout hook install --only ")),
             sorted({QStringLiteral("pre-commit"), QStringLiteral("notebook-filter")}));
    QCOMPARE(zsh(QStringLiteral("keyscout help ")), sorted(m_commands + QStringList{QStringLiteral("help")}));
    QCOMPARE(zsh(QStringLiteral("keyscout undo ")), QStringList{m_changeId});
    QCOMPARE(zsh(QStringLiteral("keyscout scan project/no")), QStringList{QStringLiteral("notes.txt")});
}

QTEST_GUILESS_MAIN(TestCliDocs)
#include "tst_cli_docs.moc"
