// SPDX-License-Identifier: GPL-3.0-or-later
// One executable: `keyscout` opens the desktop window, `keyscout scan …` runs without a display.
#include "CleanCommand.h"
#include "HookCommand.h"
#include "Language.h"
#include "MainWindow.h"
#include "ReplaceCommand.h"
#include "ScanCommand.h"
#include "VerifyCommand.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QLocale>
#include <QTextStream>
#include <algorithm>
#include <array>
#include <cstring>
#include <string>
#include <sys/prctl.h>
#include <sys/resource.h>

namespace {

void setApplicationNames()
{
    QCoreApplication::setOrganizationName(QStringLiteral("keyscout"));
    QCoreApplication::setApplicationName(QStringLiteral("keyscout"));
    QCoreApplication::setApplicationVersion(QStringLiteral(KEYSCOUT_VERSION));
}

// The commands, in the order `keyscout --help` lists them; each prints its own help for `COMMAND --help`.
constexpr std::array<const char*, 10> kCommands{"scan",   "verify",        "plan",    "install-token",
                                                "revoke", "clean",         "changes", "undo",
                                                "hook",   "strip-notebook"};

bool isCommand(const char* name)
{
    return std::any_of(kCommands.begin(), kCommands.end(),
                       [name](const char* command) { return std::strcmp(command, name) == 0; });
}

// Printed before any QApplication exists, so that help works without a display. The man page and the shell
// completions are generated from this text and the commands' own --help (packaging/cli-docs.py): keep the
// "Commands:" and "Options:" layout (two spaces, the entry, two or more spaces, its description).
void printUsage()
{
    QTextStream(stdout)
        << "Usage: keyscout [--demo | --workshop] [PATH]\n"
           "       keyscout COMMAND [options] [ARGUMENTS]\n"
           "Keyscout finds leaked Hugging Face tokens and other ML credentials on this machine, shows\n"
           "each one masked in its context, and guides you through checking, revoking and reissuing it\n"
           "and removing every copy. Without a command it opens the desktop window; keyscout scan and the\n"
           "other commands run without a display.\n\n"
           "Commands:\n"
           "  scan [PATH…]        scan and print a report (default PATH: your home folder)\n"
           "  verify PATH…        scan, then check online (after asking) whether each token works\n"
           "  plan PATH…          the least permissions a replacement Hugging Face token needs\n"
           "  install-token       store a new Hugging Face token read from standard input, checked\n"
           "  revoke PATH…        revoke the Hugging Face tokens found, each confirmed by a check\n"
           "  clean PATH…         remove every copy of the tokens found, previewed and undoable\n"
           "  changes             list the changes Keyscout made to files\n"
           "  undo CHANGE…        put files back as they were before a change\n"
           "  hook ACTION [REPO]  guard a git repository: a pre-commit hook and a notebook filter\n"
           "  strip-notebook      copy a notebook from standard input to output without its outputs\n"
           "  help [COMMAND]      this help, or a command's (the same as keyscout COMMAND --help)\n\n"
           "Options:\n"
           "  --demo              Open the window on the demo workstation (a generated home with\n"
           "                      planted tokens).\n"
           "  --workshop          Run the demo workstation as a workshop exercise (paths hidden, a\n"
           "                      score at the end).\n"
           "  -h, --help          Print this help.\n"
           "  -v, --version       Print the version.\n\n"
           "Arguments:\n"
           "  PATH                A folder the window scans right away.\n\n"
           "Each command's help says what it does, its arguments, options and exit status:\n"
           "keyscout help COMMAND. The manual page (man keyscout) has them all, with the files\n"
           "Keyscout keeps, the environment it reads and examples.\n";
}

} // namespace

int main(int argc, char* argv[])
{
    // While Keyscout runs its memory holds raw secrets (the matcher's buffers, a token being checked or
    // installed): a crash must not write them to a core dump. Not dumpable also keeps other programs of the
    // same user from attaching to it with a debugger.
    const rlimit noCore{0, 0};
    ::setrlimit(RLIMIT_CORE, &noCore);
    ::prctl(PR_SET_DUMPABLE, 0, 0, 0, 0);
    // `keyscout help COMMAND` is `keyscout COMMAND --help`; `keyscout help` is `keyscout --help`.
    std::string helpFlag = "--help";
    std::array<char*, 3> helpArguments{};
    if (argc > 1 && std::strcmp(argv[1], "help") == 0) {
        if (argc == 2 || std::strcmp(argv[2], "help") == 0) {
            printUsage();
            return 0;
        }
        if (argc > 3 || !isCommand(argv[2])) {
            QTextStream(stderr) << "keyscout help: no command '" << argv[argc > 3 ? 3 : 2]
                                << "'\nTry 'keyscout --help' for the list of commands.\n";
            return 2;
        }
        helpArguments = {argv[0], argv[2], helpFlag.data()};
        argc = static_cast<int>(helpArguments.size());
        argv = helpArguments.data();
    }
    if (argc > 1 && std::strcmp(argv[1], "scan") == 0) {
        const QCoreApplication app(argc, argv);
        setApplicationNames();
        return keyscout::ScanCommand::run(QCoreApplication::arguments());
    }
    if (argc > 1 && std::strcmp(argv[1], "verify") == 0) {
        const QCoreApplication app(argc, argv);
        setApplicationNames();
        return keyscout::VerifyCommand::run(QCoreApplication::arguments());
    }
    if (argc > 1 && (std::strcmp(argv[1], "clean") == 0 || std::strcmp(argv[1], "undo") == 0 ||
                     std::strcmp(argv[1], "changes") == 0)) {
        const QCoreApplication app(argc, argv);
        setApplicationNames();
        const QStringList arguments = QCoreApplication::arguments();
        return std::strcmp(argv[1], "clean") == 0  ? keyscout::CleanCommand::runClean(arguments)
               : std::strcmp(argv[1], "undo") == 0 ? keyscout::CleanCommand::runUndo(arguments)
                                                   : keyscout::CleanCommand::runChanges(arguments);
    }
    if (argc > 1 && (std::strcmp(argv[1], "hook") == 0 || std::strcmp(argv[1], "strip-notebook") == 0)) {
        const QCoreApplication app(argc, argv);
        setApplicationNames();
        return std::strcmp(argv[1], "hook") == 0
                   ? keyscout::HookCommand::run(QCoreApplication::arguments())
                   : keyscout::HookCommand::runStripNotebook(QCoreApplication::arguments());
    }
    if (argc > 1 && (std::strcmp(argv[1], "plan") == 0 || std::strcmp(argv[1], "revoke") == 0 ||
                     std::strcmp(argv[1], "install-token") == 0)) {
        const QCoreApplication app(argc, argv);
        setApplicationNames();
        const QStringList arguments = QCoreApplication::arguments();
        return std::strcmp(argv[1], "plan") == 0     ? keyscout::ReplaceCommand::runPlan(arguments)
               : std::strcmp(argv[1], "revoke") == 0 ? keyscout::ReplaceCommand::runRevoke(arguments)
                                                     : keyscout::ReplaceCommand::runInstallToken(arguments);
    }
    if (argc > 1 && (std::strcmp(argv[1], "--version") == 0 || std::strcmp(argv[1], "-v") == 0)) {
        QTextStream(stdout) << "keyscout " << KEYSCOUT_VERSION << '\n';
        return 0;
    }
    if (argc > 1 && (std::strcmp(argv[1], "--help") == 0 || std::strcmp(argv[1], "-h") == 0)) {
        printUsage();
        return 0;
    }

    QApplication app(argc, argv);
    setApplicationNames();
    // The language chosen in Settings → Language, else the system's; the source strings are English.
    keyscout::Language::install();
    QApplication::setApplicationDisplayName(QStringLiteral("Keyscout"));
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Keyscout finds leaked Hugging Face tokens and other ML credentials on this machine.\n"
                       "Run 'keyscout scan --help' for the command line scanner."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption demo(
        QStringLiteral("demo"),
        QStringLiteral("Open on the demo workstation (a generated home with planted tokens)."));
    parser.addOption(demo);
    const QCommandLineOption workshop(
        QStringLiteral("workshop"),
        QStringLiteral(
            "Run the demo workstation as a workshop exercise (paths hidden, a score at the end)."));
    parser.addOption(workshop);
    parser.addPositionalArgument(QStringLiteral("path"), QStringLiteral("A folder to scan right away."),
                                 QStringLiteral("[PATH]"));
    parser.process(app);

    keyscout::MainWindow window;
    window.show();
    if (parser.isSet(workshop)) {
        window.startWorkshop();
    } else if (parser.isSet(demo)) {
        window.scanDemoWorkstation();
    } else if (!parser.positionalArguments().isEmpty()) {
        window.scanFolders(parser.positionalArguments());
    }
    return QApplication::exec();
}
