// SPDX-License-Identifier: GPL-3.0-or-later
#include "CleanCommand.h"

#include "ScanCommand.h"
#include "detect/Matcher.h"
#include "findings/Finding.h"
#include "remediate/ChangeJournal.h"
#include "remediate/CleanupPlan.h"
#include "remediate/Rescan.h"
#include "rules/RuleCatalogue.h"

#include <QCommandLineParser>
#include <QDir>
#include <QProcessEnvironment>
#include <QSet>
#include <QTextStream>
#include <cstdio>
#include <unistd.h>

namespace keyscout {

namespace {

enum ExitCode { kClean = 0, kRemains = 1, kError = 2, kInterrupted = 130 };

QCommandLineOption backupsOption()
{
    return {QStringLiteral("backups"),
            QStringLiteral("The folder of backups and their manifest (default "
                           "~/.local/share/keyscout/backups)."),
            QStringLiteral("DIR")};
}

// Parses `arguments` for `command`; prints help or the error. Returns -1 to go on, else the exit code.
int parse(QCommandLineParser& parser, const QStringList& arguments, const QString& command)
{
    if (!parser.parse(arguments)) {
        ScanCommand::printError(
            QStringLiteral("keyscout %1: %2\nTry 'keyscout %1 --help'.\n").arg(command, parser.errorText()));
        return kError;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        QTextStream(stdout) << parser.helpText();
        return 0;
    }
    return -1;
}

QString journalFolder(const QCommandLineParser& parser, const QCommandLineOption& backups)
{
    return parser.isSet(backups) ? QDir(parser.value(backups)).absolutePath()
                                 : ChangeJournal::defaultFolder();
}

} // namespace

int CleanCommand::runClean(const QStringList& arguments)
{
    if (ScanCommand::refuseResponderRoot(arguments, QStringLiteral("clean"),
                                         QStringLiteral("changes the files that hold tokens"))) {
        return 2;
    }
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Scan files for leaked tokens, then remove every copy: history entries, lines of .env and rc files, "
        "notebook outputs, IPython history rows, credentials in git remote URLs, stale compiled Python.\n\n"
        "Each change is shown first as a diff with the token masked and made only once you agree: the file "
        "is "
        "backed up, written in one step and scanned again; `keyscout undo CHANGE` puts it back. Revoke the "
        "token first (the window's Fix this token, or its provider's settings): a copy that leaked stays "
        "valid until then.\n\n"
        "Exit status: 0 every copy removed (or none found), 1 something remains (declined, to do by hand, "
        "failed), 2 error, 130 interrupted."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("clean"), QStringLiteral("The clean command."),
                                 QStringLiteral("clean"));
    parser.addPositionalArgument(QStringLiteral("path"), QStringLiteral("Files or folders to scan."),
                                 QStringLiteral("PATH…"));
    const QCommandLineOption yes({QStringLiteral("y"), QStringLiteral("yes")},
                                 QStringLiteral("Make every change without asking."));
    const QCommandLineOption dryRun(QStringLiteral("dry-run"),
                                    QStringLiteral("Show the changes; make none."));
    const QCommandLineOption secret(
        QStringLiteral("secret"),
        QStringLiteral("Only the secret whose fingerprint (sha256) starts with PREFIX."),
        QStringLiteral("PREFIX"));
    const QCommandLineOption backups = backupsOption();
    const QCommandLineOption quiet({QStringLiteral("q"), QStringLiteral("quiet")},
                                   QStringLiteral("No progress line while scanning."));
    const QCommandLineOption noGitHistory(QStringLiteral("no-git-history"),
                                          QStringLiteral("Do not read the history of git repositories."));
    parser.addOptions({yes, dryRun, secret, backups, quiet, noGitHistory});
    if (const int code = parse(parser, arguments, QStringLiteral("clean")); code >= 0) {
        return code;
    }
    QStringList paths = parser.positionalArguments();
    paths.removeFirst(); // "clean"
    if (paths.isEmpty()) {
        ScanCommand::printError(QStringLiteral("keyscout clean: name at least one file or folder to scan\n"));
        return kError;
    }
    ScanOptions options =
        ScanOptions::workstation(QProcessEnvironment::systemEnvironment(), QDir::homePath(), false);
    options.roots = paths;
    options.modelRoots.clear(); // secrets only
    options.gitHistory = !parser.isSet(noGitHistory);
    const RuleCatalogue catalogue = RuleCatalogue::withUserRules({});
    const ScanResult scanned =
        ScanCommand::scan(options, catalogue, !parser.isSet(quiet) && ::isatty(STDERR_FILENO) == 1);
    if (scanned.cancelled) {
        return kInterrupted;
    }
    if (scanned.hasErrors()) {
        return kError;
    }
    const Matcher matcher(catalogue.rules());
    ChangeJournal journal(journalFolder(parser, backups));
    for (const QString& problem : journal.problems()) {
        ScanCommand::printError(QStringLiteral("keyscout clean: %1\n").arg(problem));
    }

    bool remains = false;
    const QString only = parser.value(secret).toLower();
    for (const SecretGroup& group : groupBySecret(scanned.findings)) {
        if (!only.isEmpty() && !group.secretSha256.startsWith(only)) {
            continue;
        }
        QSet<QString> paths;
        for (const Finding& f : group.findings) {
            paths.insert(f.path);
        }
        QList<Finding> others;
        for (const Finding& f : scanned.findings) {
            if (paths.contains(f.path)) {
                others << f;
            }
        }
        const CleanupPlan plan = planCleanup(group.secret, group.masked, group.findings, others);
        ScanCommand::print(
            QStringLiteral("%1  %2  (sha256 %3)\n")
                .arg(group.masked, group.findings.constFirst().ruleName, group.secretSha256.left(16)));
        for (const QString& problem : plan.problems) {
            ScanCommand::print(QStringLiteral("  ! %1\n").arg(problem));
            remains = true;
        }
        int number = 0;
        for (const PlannedChange& change : plan.changes) {
            ScanCommand::print(
                QStringLiteral("  [%1] %2\n      %3\n").arg(++number).arg(change.title, change.path));
            if (!change.automatic()) {
                ScanCommand::print(QStringLiteral("      By hand: %1\n").arg(change.explanation));
                if (!change.command.isEmpty()) {
                    ScanCommand::print(QStringLiteral("      $ %1\n").arg(change.command));
                }
                remains = true;
                continue;
            }
            for (const QString& line : change.preview) {
                ScanCommand::print(QStringLiteral("      %1\n").arg(line));
            }
            if (parser.isSet(dryRun)) {
                remains = true;
                continue;
            }
            if (!parser.isSet(yes) &&
                !ScanCommand::askYesNo(
                    QStringLiteral("Make change %1 (%2)?").arg(number).arg(change.title))) {
                ScanCommand::print(QStringLiteral("      not changed: you declined\n"));
                remains = true;
                continue;
            }
            QString error;
            QString id;
            if (!journal.apply(change, &error, &id)) {
                ScanCommand::print(QStringLiteral("      FAILED: %1\n").arg(error));
                remains = true;
                continue;
            }
            if (fileStillHoldsSecret(change.path, group.secret, &matcher)) {
                ScanCommand::print(
                    QStringLiteral("      changed, but scanning it again still finds the token (change %1)\n")
                        .arg(id));
                remains = true;
                continue;
            }
            ScanCommand::print(
                QStringLiteral("      done, scanned again: the token is gone. Undo: keyscout undo %1\n")
                    .arg(id));
        }
        ScanCommand::print(QStringLiteral("\n"));
    }
    return remains ? kRemains : kClean;
}

int CleanCommand::runUndo(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Put files back as they were before changes `keyscout clean` or the window made, byte for "
        "byte. A file changed again since is left alone.\n\nExit status: 0 all undone, 2 a "
        "change could not be undone."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("undo"), QStringLiteral("The undo command."),
                                 QStringLiteral("undo"));
    parser.addPositionalArgument(QStringLiteral("change"), QStringLiteral("Change ids (keyscout changes)."),
                                 QStringLiteral("CHANGE…"));
    const QCommandLineOption backups = backupsOption();
    parser.addOption(backups);
    if (const int code = parse(parser, arguments, QStringLiteral("undo")); code >= 0) {
        return code;
    }
    QStringList ids = parser.positionalArguments();
    ids.removeFirst(); // "undo"
    if (ids.isEmpty()) {
        ScanCommand::printError(QStringLiteral("keyscout undo: name a change (see keyscout changes)\n"));
        return kError;
    }
    ChangeJournal journal(journalFolder(parser, backups));
    int failed = 0;
    for (const QString& id : ids) {
        QString error;
        if (journal.undo(id, &error)) {
            ScanCommand::print(QStringLiteral("%1: put back (%2)\n").arg(id, journal.entry(id)->path));
        } else {
            ScanCommand::printError(QStringLiteral("keyscout undo: %1\n").arg(error));
            ++failed;
        }
    }
    return failed == 0 ? 0 : kError;
}

int CleanCommand::runChanges(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "List the changes Keyscout made to files, newest last: each change's id (for `keyscout "
        "undo`), time, state, title and file.\n\nExit status: 0 listed, 2 the record of "
        "changes has problems (they are printed)."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("changes"), QStringLiteral("The changes command."),
                                 QStringLiteral("changes"));
    const QCommandLineOption backups = backupsOption();
    parser.addOption(backups);
    if (const int code = parse(parser, arguments, QStringLiteral("changes")); code >= 0) {
        return code;
    }
    const ChangeJournal journal(journalFolder(parser, backups));
    for (const QString& problem : journal.problems()) {
        ScanCommand::printError(QStringLiteral("keyscout changes: %1\n").arg(problem));
    }
    for (const ChangeJournal::Entry& e : journal.entries()) {
        ScanCommand::print(QStringLiteral("%1  %2  %3  %4\n    %5\n")
                               .arg(e.id, e.time.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                                    e.state, e.title, e.path));
    }
    return journal.problems().isEmpty() ? 0 : kError;
}

} // namespace keyscout
