// SPDX-License-Identifier: GPL-3.0-or-later
#include "HookCommand.h"

#include "ScanCommand.h"
#include "detect/Matcher.h"
#include "remediate/GitGuards.h"
#include "rules/RuleCatalogue.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QTextStream>
#include <cstdio>

namespace keyscout {

namespace {

enum ExitCode { kClean = 0, kFound = 1, kError = 2 };

int preCommit(const GitRepository& repository)
{
    const RuleCatalogue catalogue = RuleCatalogue::withUserRules({});
    const Matcher matcher(catalogue.rules());
    const StagedScan scan = scanStaged(repository, matcher);
    if (!scan.error.isEmpty()) {
        ScanCommand::printError(QCoreApplication::translate(
                                    "HookCommand", "keyscout: the staged files could not be checked: %1\n")
                                    .arg(scan.error));
        return kError;
    }
    for (const QString& skipped : scan.skipped) {
        ScanCommand::printError(QCoreApplication::translate(
                                    "HookCommand", "keyscout: not checked (too large or unreadable): %1\n")
                                    .arg(skipped));
    }
    if (scan.findings.isEmpty()) {
        return kClean;
    }
    QString text = QCoreApplication::translate(
        "HookCommand", "keyscout: the commit is stopped; the staged files hold secrets:\n");
    for (const Finding& f : scan.findings) {
        // Masked: the hook's output lands in terminals, IDE logs and CI logs.
        text += QStringLiteral("  %1:%2:%3  %4  %5\n")
                    .arg(f.path)
                    .arg(f.line)
                    .arg(f.column)
                    .arg(f.ruleName, f.masked);
    }
    text += QCoreApplication::translate(
        "HookCommand",
        "Take the secrets out of these files (and restage them), then commit again. A token that was\n"
        "ever pushed must be revoked as well. A false alarm: `git commit --no-verify` skips this check "
        "once.\n");
    ScanCommand::printError(text);
    return kFound;
}

} // namespace

int HookCommand::run(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Guards one git repository against committing tokens.\n\n"
        "  install     add a pre-commit hook that stops commits whose staged files hold a token, and a\n"
        "              clean filter that commits notebooks (*.ipynb) without their outputs\n"
        "  remove      take both away again, leaving what was there before\n"
        "  status      say which are installed\n"
        "  pre-commit  the check the hook runs on the staged files\n\n"
        "The hook goes where git looks for hooks (core.hooksPath is honoured). An existing pre-commit hook "
        "is\n"
        "kept: it is renamed pre-commit.keyscout-previous and runs first; 'remove' renames it back. The "
        "filter\n"
        "is set in the repository's own config and .git/info/attributes, never in tracked files.\n\n"
        "Exit status: 0 done, 2 error (not a repository, a guard could not be changed);\n"
        "pre-commit: 0 nothing found, 1 commit stopped (the staged files hold a token), 2 error."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("action"),
                                 QStringLiteral("install, remove, status or pre-commit."),
                                 QStringLiteral("ACTION"));
    parser.addPositionalArgument(QStringLiteral("repo"),
                                 QStringLiteral("The repository (default: this folder)."),
                                 QStringLiteral("[REPO]"));
    const QCommandLineOption only(QStringLiteral("only"),
                                  QStringLiteral("Only one guard: pre-commit or notebook-filter."),
                                  QStringLiteral("GUARD"));
    parser.addOption(only);
    QStringList args = arguments;
    args.removeAt(1); // "hook"
    if (!parser.parse(args)) {
        ScanCommand::printError(
            QStringLiteral("keyscout hook: %1\nTry 'keyscout hook --help'.\n").arg(parser.errorText()));
        return kError;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        QTextStream(stdout) << parser.helpText().replace(QLatin1String(" [options] ACTION"),
                                                         QLatin1String(" hook [options] ACTION"));
        return 0;
    }
    const QStringList positional = parser.positionalArguments();
    const QString action = positional.value(0);
    const QStringList actions{QStringLiteral("install"), QStringLiteral("remove"), QStringLiteral("status"),
                              QStringLiteral("pre-commit")};
    const QString guard = parser.value(only);
    if (!actions.contains(action) || positional.size() > 2 ||
        (!guard.isEmpty() && guard != QLatin1String("pre-commit") &&
         guard != QLatin1String("notebook-filter"))) {
        ScanCommand::printError(
            QStringLiteral("keyscout hook: say install, remove, status or pre-commit, then at most "
                           "one repository\nTry 'keyscout hook --help'.\n"));
        return kError;
    }
    const GitRepository repository(positional.value(1, QDir::currentPath()));
    if (!repository.valid()) {
        ScanCommand::printError(QStringLiteral("keyscout hook: %1\n").arg(repository.error()));
        return kError;
    }
    if (action == QLatin1String("pre-commit")) {
        return preCommit(repository);
    }
    const QString program = QCoreApplication::applicationFilePath();
    PreCommitHook hook(repository, program);
    NotebookCleanFilter filter(repository, program);
    const bool wantHook = guard.isEmpty() || guard == QLatin1String("pre-commit");
    const bool wantFilter = guard.isEmpty() || guard == QLatin1String("notebook-filter");
    if (action == QLatin1String("status")) {
        if (wantHook) {
            ScanCommand::print(
                QStringLiteral("pre-commit hook: %1 (%2)%3\n")
                    .arg(hook.isInstalled() ? QStringLiteral("installed") : QStringLiteral("not installed"),
                         hook.path(),
                         hook.chainsPrevious() ? QStringLiteral(", runs the earlier hook first")
                                               : QString()));
        }
        if (wantFilter) {
            ScanCommand::print(
                QStringLiteral("notebook filter: %1 (%2)\n")
                    .arg(filter.isInstalled() ? QStringLiteral("installed") : QStringLiteral("not installed"),
                         filter.attributesPath()));
        }
        return kClean;
    }
    const bool install = action == QLatin1String("install");
    int status = kClean;
    QString error;
    if (wantHook) {
        if (install ? hook.install(&error) : (!hook.isInstalled() || hook.remove(&error))) {
            ScanCommand::print(
                install ? QStringLiteral("pre-commit hook installed: %1%2\n")
                              .arg(hook.path(), hook.chainsPrevious()
                                                    ? QStringLiteral(" (the earlier hook runs first)")
                                                    : QString())
                        : QStringLiteral("pre-commit hook removed: %1\n").arg(hook.path()));
        } else {
            ScanCommand::printError(QStringLiteral("keyscout hook: %1\n").arg(error));
            status = kError;
        }
    }
    if (wantFilter) {
        error.clear();
        if (install ? filter.install(&error) : filter.remove(&error)) {
            ScanCommand::print(
                install ? QStringLiteral("notebook filter installed: %1\n").arg(filter.attributesPath())
                        : QStringLiteral("notebook filter removed\n"));
        } else {
            ScanCommand::printError(QStringLiteral("keyscout hook: %1\n").arg(error));
            status = kError;
        }
    }
    return status;
}

int HookCommand::runStripNotebook(const QStringList& arguments)
{
    if (arguments.contains(QStringLiteral("--help")) || arguments.contains(QStringLiteral("-h"))) {
        ScanCommand::print(QStringLiteral(
            "Usage: keyscout strip-notebook < NOTEBOOK.ipynb > STRIPPED.ipynb\n"
            "Copies a notebook from standard input to standard output without its outputs: every code\n"
            "cell's outputs emptied and its execution count null, every other byte as it was. Input that\n"
            "is not a notebook passes through unchanged. 'keyscout hook install' sets it as git's clean\n"
            "filter.\n\n"
            "Exit status: 0 written, 2 error (arguments given, the output could not be written).\n\n"
            "Options:\n"
            "  -h, --help  Displays help on commandline options.\n"));
        return kClean;
    }
    if (arguments.size() > 2) {
        ScanCommand::printError(
            QStringLiteral("keyscout strip-notebook: reads standard input, takes no arguments\n"));
        return kError;
    }
    QFile in;
    QFile out;
    if (!in.open(stdin, QIODevice::ReadOnly) || !out.open(stdout, QIODevice::WriteOnly)) {
        return kError;
    }
    const QByteArray notebook = in.readAll();
    const QByteArray stripped = stripNotebookOutputs(notebook);
    // A clean filter that fails makes git commit the unfiltered file: better to say so than be silent.
    if (out.write(stripped) != stripped.size() || !out.flush()) {
        ScanCommand::printError(QStringLiteral("keyscout strip-notebook: the output could not be written\n"));
        return kError;
    }
    return kClean;
}

} // namespace keyscout
