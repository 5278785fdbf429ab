// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReplaceCommand.h"

#include "ScanCommand.h"
#include "VerifyCommand.h"
#include "findings/Finding.h"
#include "remediate/AtomicFile.h"
#include "remediate/ChangeJournal.h"
#include "remediate/ScopePlan.h"
#include "remediate/TokenInstall.h"
#include "rules/RuleCatalogue.h"
#include "verify/Capabilities.h"
#include "verify/TokenVerifier.h"

#include <QCommandLineParser>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QProcessEnvironment>
#include <QTextStream>
#include <cstdio>
#include <unistd.h>

namespace keyscout {

namespace {

enum ExitCode { kOk = 0, kRemains = 1, kError = 2, kInterrupted = 130 };

// Parses `arguments`; prints help or the error. -1 to go on, else the exit code.
int parse(QCommandLineParser& parser, const QStringList& arguments, const QString& command)
{
    if (!parser.parse(arguments)) {
        ScanCommand::printError(
            QStringLiteral("keyscout %1: %2\nTry 'keyscout %1 --help'.\n").arg(command, parser.errorText()));
        return kError;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        QTextStream(stdout) << parser.helpText();
        return kOk;
    }
    return -1;
}

QCommandLineOption endpointOption()
{
    return {QStringLiteral("endpoint"),
            QStringLiteral("Hugging Face at URL instead of $HF_ENDPOINT or https://huggingface.co."),
            QStringLiteral("URL")};
}

bool setEndpoint(TokenVerifier& verifier, const QCommandLineParser& parser, const QCommandLineOption& option,
                 const QString& command)
{
    if (parser.isSet(option) && !VerifyCommand::applyEndpoint(verifier, parser.value(option))) {
        ScanCommand::printError(QStringLiteral("keyscout %1: --endpoint needs a URL\n").arg(command));
        return false;
    }
    return true;
}

HuggingFacePaths hubPaths()
{
    return HuggingFacePaths::resolve(QProcessEnvironment::systemEnvironment(), QDir::homePath());
}

} // namespace

int ReplaceCommand::runPlan(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "List the least fine-grained permissions a replacement Hugging Face token needs, read from the code, "
        "notebooks and scripts under PATH and from the Hugging Face cache (as text: nothing is run), each "
        "with "
        "its reason, and the link that opens the creation page.\n\nExit status: 0 plan printed, 2 error."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("plan"), QStringLiteral("The plan command."),
                                 QStringLiteral("plan"));
    parser.addPositionalArgument(QStringLiteral("path"), QStringLiteral("Project folders to read."),
                                 QStringLiteral("PATH…"));
    const QCommandLineOption owner(QStringLiteral("owner"), QStringLiteral("The token owner's user name."),
                                   QStringLiteral("NAME"));
    const QCommandLineOption org(QStringLiteral("org"),
                                 QStringLiteral("An organisation the owner is in (repeatable)."),
                                 QStringLiteral("ORG"));
    parser.addOptions({owner, org});
    if (const int code = parse(parser, arguments, QStringLiteral("plan")); code >= 0) {
        return code;
    }
    QStringList folders = parser.positionalArguments();
    folders.removeFirst();
    if (folders.isEmpty()) {
        ScanCommand::printError(QStringLiteral("keyscout plan: name at least one project folder\n"));
        return kError;
    }
    ScopePlanOptions options;
    for (const QString& folder : folders) {
        options.folders << QDir(folder).absolutePath();
    }
    const QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    options.hubCache = hubCacheFolder(environment, hubPaths());
    options.owner = parser.value(owner);
    options.orgs = parser.values(org);
    const QString endpoint = environment.value(QStringLiteral("HF_ENDPOINT"));
    if (!endpoint.isEmpty()) {
        options.endpoint = endpoint;
    }
    const ScopePlan plan = planScopes(options);
    if (plan.entries.isEmpty()) {
        ScanCommand::print(QStringLiteral("No permission is needed by what these folders do.\n"));
    }
    for (const ScopeEntry& e : plan.entries) {
        ScanCommand::print(QStringLiteral("%1\n    %2\n").arg(e.describe(), e.reason));
    }
    if (plan.needsGatedRepos) {
        ScanCommand::print(QStringLiteral("Read access to gated repositories you can access\n"));
    }
    ScanCommand::print(QStringLiteral("\nCreate it at: %1\n").arg(plan.creationUrl));
    if (!plan.byHand.isEmpty()) {
        ScanCommand::print(QStringLiteral("Tick by hand on that page:\n"));
        for (const QString& line : plan.byHand) {
            ScanCommand::print(QStringLiteral("  - %1\n").arg(line));
        }
    }
    for (const QString& note : plan.notes) {
        ScanCommand::print(QStringLiteral("Note: %1\n").arg(note));
    }
    return kOk;
}

int ReplaceCommand::runRevoke(const QStringList& arguments)
{
    if (ScanCommand::refuseResponderRoot(arguments, QStringLiteral("revoke"),
                                         QStringLiteral("sends tokens to the provider to revoke them"))) {
        return 2;
    }
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Scan PATH for Hugging Face tokens and revoke each one you agree to: it is sent to Hugging Face's "
        "public revoke endpoint (POST $HF_ENDPOINT/api/credentials/revoke; the owner is e-mailed), then "
        "checked "
        "with whoami-v2 until that answers 401.\n\nExit status: 0 every token confirmed revoked (or none "
        "found), 1 some still work or were declined, 2 error, 130 interrupted."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("revoke"), QStringLiteral("The revoke command."),
                                 QStringLiteral("revoke"));
    parser.addPositionalArgument(QStringLiteral("path"), QStringLiteral("Files or folders to scan."),
                                 QStringLiteral("PATH…"));
    const QCommandLineOption yes({QStringLiteral("y"), QStringLiteral("yes")},
                                 QStringLiteral("Revoke every Hugging Face token found without asking."));
    const QCommandLineOption secret(
        QStringLiteral("secret"),
        QStringLiteral("Only the token whose fingerprint (sha256) starts with PREFIX."),
        QStringLiteral("PREFIX"));
    const QCommandLineOption endpoint = endpointOption();
    const QCommandLineOption quiet({QStringLiteral("q"), QStringLiteral("quiet")},
                                   QStringLiteral("No progress line while scanning."));
    parser.addOptions({yes, secret, endpoint, quiet});
    if (const int code = parse(parser, arguments, QStringLiteral("revoke")); code >= 0) {
        return code;
    }
    QStringList paths = parser.positionalArguments();
    paths.removeFirst();
    if (paths.isEmpty()) {
        ScanCommand::printError(
            QStringLiteral("keyscout revoke: name at least one file or folder to scan\n"));
        return kError;
    }
    TokenVerifier verifier;
    if (!setEndpoint(verifier, parser, endpoint, QStringLiteral("revoke"))) {
        return kError;
    }
    ScanOptions options =
        ScanOptions::workstation(QProcessEnvironment::systemEnvironment(), QDir::homePath(), false);
    options.roots = paths;
    options.modelRoots.clear(); // secrets only
    options.gitHistory = false;
    const RuleCatalogue catalogue = RuleCatalogue::withUserRules({});
    const ScanResult scanned =
        ScanCommand::scan(options, catalogue, !parser.isSet(quiet) && ::isatty(STDERR_FILENO) == 1);
    if (scanned.cancelled) {
        return kInterrupted;
    }
    if (scanned.hasErrors()) {
        return kError;
    }
    bool remains = false;
    int found = 0;
    const QString only = parser.value(secret).toLower();
    for (const SecretGroup& group : groupBySecret(scanned.findings)) {
        if (group.provider != QLatin1String("huggingface") ||
            (!only.isEmpty() && !group.secretSha256.startsWith(only))) {
            continue;
        }
        ++found;
        ScanCommand::print(QStringLiteral("%1  %2, found in %3 place(s)\n")
                               .arg(group.masked, group.findings.constFirst().ruleName,
                                    QString::number(group.findings.size())));
        if (!parser.isSet(yes) &&
            !ScanCommand::askYesNo(QStringLiteral("Send %1 to %2 to revoke it? Its owner is e-mailed.")
                                       .arg(group.masked, verifier.revokeUrl().toDisplayString()))) {
            ScanCommand::print(QStringLiteral("  Not revoked: you declined\n\n"));
            remains = true;
            continue;
        }
        int status = 0;
        QString message;
        QEventLoop loop;
        QObject::connect(&verifier, &TokenVerifier::revokeFinished, &loop,
                         [&](int httpStatus, const QString& text) {
                             status = httpStatus;
                             message = text;
                             loop.quit();
                         });
        verifier.revokeHuggingFace({group.secret});
        loop.exec();
        QObject::disconnect(&verifier, &TokenVerifier::revokeFinished, &loop, nullptr);
        if (status == 0) {
            ScanCommand::print(QStringLiteral("  Not sent: %1\n\n").arg(message));
            remains = true;
            continue;
        }
        // The endpoint answers 202 whatever it is sent: only a refused check proves the revocation.
        const CheckResult check = VerifyCommand::checkAndWait(verifier, group.secretSha256, group.secret,
                                                              QStringLiteral("huggingface"));
        if (check.state == CheckResult::State::Invalid) {
            ScanCommand::print(QStringLiteral("  Revoked: it now answers %1\n\n").arg(checkSummary(check)));
        } else {
            ScanCommand::print(
                QStringLiteral("  Sent (HTTP %1), but not confirmed: %2. Revoke it at "
                               "https://huggingface.co/settings/tokens and run this again.\n\n")
                    .arg(status)
                    .arg(checkSummary(check)));
            remains = true;
        }
    }
    if (found == 0) {
        ScanCommand::print(QStringLiteral("No Hugging Face token found.\n"));
    }
    return remains ? kRemains : kOk;
}

int ReplaceCommand::runInstallToken(const QStringList& arguments)
{
    if (ScanCommand::refuseResponderRoot(
            arguments, QStringLiteral("install-token"),
            QStringLiteral("checks a token online and writes it into this machine's token store"))) {
        return 2;
    }
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Read a new Hugging Face token from standard input, check it (whoami-v2), and store it where "
        "huggingface_hub and the hf tool read it: the active token file ($HF_TOKEN_PATH or $HF_HOME/token) "
        "and a "
        "named section of $HF_HOME/stored_tokens, 0600. Each file is backed up first; `keyscout undo` puts "
        "them back. The token is never taken from the command line, which shell history keeps.\n\n"
        "Exit status: 0 stored (or already there), 2 error (the token does not work: nothing stored)."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("install-token"),
                                 QStringLiteral("The install-token command."),
                                 QStringLiteral("install-token"));
    const QCommandLineOption name(
        QStringLiteral("name"), QStringLiteral("The stored_tokens section (default: the token's own name)."),
        QStringLiteral("NAME"));
    const QCommandLineOption replaceActive(
        QStringLiteral("replace-active"),
        QStringLiteral(
            "Drop the stored_tokens sections of the token that is active now (the one replaced)."));
    const QCommandLineOption endpoint = endpointOption();
    parser.addOptions({name, replaceActive, endpoint});
    if (const int code = parse(parser, arguments, QStringLiteral("install-token")); code >= 0) {
        return code;
    }
    TokenVerifier verifier;
    if (!setEndpoint(verifier, parser, endpoint, QStringLiteral("install-token"))) {
        return kError;
    }
    if (::isatty(STDIN_FILENO) == 1) {
        ScanCommand::printError(QStringLiteral("New token (not shown): "));
    }
    QByteArray token = QTextStream(stdin).readLine().trimmed().toUtf8();
    if (token.isEmpty()) {
        ScanCommand::printError(QStringLiteral("keyscout install-token: no token on standard input\n"));
        return kError;
    }
    const CheckResult check =
        VerifyCommand::checkAndWait(verifier, sha256Hex(token), token, QStringLiteral("huggingface"));
    ScanCommand::print(checkSummary(check) + QLatin1Char('\n'));
    if (check.state != CheckResult::State::Valid) {
        token.fill('\0');
        ScanCommand::printError(
            QStringLiteral("keyscout install-token: the token is not usable; nothing stored\n"));
        return kError;
    }
    if (check.isLegacyHuggingFaceRole()) {
        ScanCommand::print(
            QStringLiteral("Warning: a classic %1 token; a fine-grained one can be narrower.\n")
                .arg(check.role));
    }
    const HuggingFacePaths paths = hubPaths();
    TokenInstallRequest request;
    request.token = token;
    request.name = parser.isSet(name)            ? parser.value(name)
                   : check.displayName.isEmpty() ? QStringLiteral("keyscout")
                                                 : check.displayName;
    if (parser.isSet(replaceActive)) {
        QFile active(paths.token);
        if (active.open(QIODevice::ReadOnly)) {
            request.oldToken = active.readAll().trimmed();
        }
    }
    const TokenInstallPlan plan = TokenInstall(paths).plan(request);
    token.fill('\0');
    request.token.fill('\0');
    request.oldToken.fill('\0');
    if (!plan.ok()) {
        ScanCommand::printError(
            QStringLiteral("keyscout install-token: %1\n").arg(plan.problems.join(QStringLiteral("; "))));
        return kError;
    }
    ChangeJournal journal;
    TokenInstallResult result;
    QString error;
    if (!TokenInstall::apply(plan, journal, &result, &error)) {
        ScanCommand::printError(QStringLiteral("keyscout install-token: %1\n").arg(error));
        return kError;
    }
    for (const PlannedChange& c : plan.changes) {
        ScanCommand::print(QStringLiteral("%1\n").arg(c.title));
    }
    if (plan.changes.isEmpty()) {
        ScanCommand::print(QStringLiteral("The token store already holds this token.\n"));
    } else {
        ScanCommand::print(
            QStringLiteral("Undo: keyscout undo %1\n").arg(result.entryIds.join(QLatin1Char(' '))));
    }
    return kOk;
}

} // namespace keyscout
