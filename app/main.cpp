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
#include <cstring>

namespace {

void setApplicationNames()
{
    QCoreApplication::setOrganizationName(QStringLiteral("keyscout"));
    QCoreApplication::setApplicationName(QStringLiteral("keyscout"));
    QCoreApplication::setApplicationVersion(QStringLiteral(KEYSCOUT_VERSION));
}

} // namespace

int main(int argc, char* argv[])
{
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
        // Help must work without a display: print it before the GUI starts.
        QTextStream(stdout)
            << "Usage: keyscout [--demo] [PATH]\n"
               "       keyscout scan [PATH...] [options]   (see keyscout scan --help)\n"
               "       keyscout verify PATH... [options]   (see keyscout verify --help)\n"
               "       keyscout plan PATH...               least permissions of a replacement token\n"
               "       keyscout install-token [options]    store a new token read from stdin\n"
               "       keyscout revoke PATH... [options]   revoke Hugging Face tokens found, confirmed\n"
               "       keyscout clean PATH... [options]    (see keyscout clean --help)\n"
               "       keyscout undo CHANGE...             put files back as they were\n"
               "       keyscout changes                    list the changes Keyscout made\n"
               "       keyscout hook ACTION [REPO]         guard a repository (see keyscout hook --help)\n"
               "       keyscout strip-notebook             notebook on stdin, without outputs on stdout\n\n"
               "Keyscout finds leaked Hugging Face tokens and other ML credentials on this machine.\n"
               "Without 'scan' it opens the desktop window.\n\n"
               "  --demo      open on the demo workstation (a generated home with planted tokens)\n"
               "  PATH        a folder to scan right away\n"
               "  --version   print the version\n";
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
