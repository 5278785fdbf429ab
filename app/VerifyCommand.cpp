// SPDX-License-Identifier: GPL-3.0-or-later
#include "VerifyCommand.h"

#include "ScanCommand.h"
#include "findings/Finding.h"
#include "rules/RuleCatalogue.h"
#include "verify/Capabilities.h"
#include "verify/CheckStore.h"
#include "verify/TokenVerifier.h"

#include <QCommandLineParser>
#include <QDir>
#include <QEventLoop>
#include <QHash>
#include <QProcessEnvironment>
#include <QTextStream>
#include <cstdio>
#include <unistd.h>

namespace keyscout {

namespace {

enum ExitCode { kNoneWorks = 0, kSomeWork = 1, kError = 2, kSomeUnchecked = 3, kInterrupted = 130 };

QString placesLine(const SecretGroup& group)
{
    const Finding& first = group.findings.constFirst();
    QString where = QDir::toNativeSeparators(first.path);
    if (first.line > 0) {
        where += QStringLiteral(":%1").arg(first.line);
    }
    const qsizetype others = group.findings.size() - 1;
    if (others == 1) {
        return QStringLiteral("  found in %1 and 1 other place\n").arg(where);
    }
    if (others > 1) {
        return QStringLiteral("  found in %1 and %2 other places\n").arg(where).arg(others);
    }
    return QStringLiteral("  found in %1\n").arg(where);
}

} // namespace

// --endpoint URL (Hugging Face) or --endpoint PROVIDER=URL.
bool VerifyCommand::applyEndpoint(TokenVerifier& verifier, const QString& value)
{
    QString provider = QStringLiteral("huggingface");
    QString url = value;
    const qsizetype equals = value.indexOf(QLatin1Char('='));
    if (equals > 0 && equals < value.indexOf(QStringLiteral("://"))) {
        provider = value.left(equals);
        url = value.mid(equals + 1);
    }
    const QUrl parsed(url, QUrl::StrictMode);
    if (!TokenVerifier::canCheck(provider) || !parsed.isValid() || parsed.host().isEmpty()) {
        return false;
    }
    verifier.setEndpoint(provider, parsed);
    return true;
}

CheckResult VerifyCommand::checkAndWait(TokenVerifier& verifier, const QString& fingerprint,
                                        const QByteArray& token, const QString& providerOrVerifierId)
{
    CheckResult result;
    QEventLoop loop;
    QObject::connect(&verifier, &TokenVerifier::finished, &loop,
                     [&](const QString& done, const CheckResult& r) {
                         if (done == fingerprint) {
                             result = r;
                             loop.quit();
                         }
                     });
    verifier.check(fingerprint, token, providerOrVerifierId);
    loop.exec();
    QObject::disconnect(&verifier, &TokenVerifier::finished, &loop, nullptr);
    return result;
}

int VerifyCommand::run(const QStringList& arguments)
{
    if (ScanCommand::refuseResponderRoot(arguments, QStringLiteral("verify"),
                                         QStringLiteral("sends tokens over the network to check them"))) {
        return 2;
    }
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Scan files for leaked tokens, then check online whether each one still works and what it can do.\n\n"
        "Each distinct token whose provider has a read-only check is sent, after you agree, in one request "
        "header to its provider only (Hugging Face: GET $HF_ENDPOINT/api/whoami-v2, default "
        "https://huggingface.co). Nothing is retried. Results are kept, without the tokens, in "
        "~/.local/share/keyscout/checks.sqlite.\n\n"
        "Exit status: 0 no token works (or none to check), 1 at least one token works, 2 error,\n"
        "3 no token found working but some could not be checked (declined, rate limited, timed out,\n"
        "network error), 130 interrupted."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("verify"), QStringLiteral("The verify command."),
                                 QStringLiteral("verify"));
    parser.addPositionalArgument(QStringLiteral("path"), QStringLiteral("Files or folders to scan."),
                                 QStringLiteral("PATH…"));
    const QCommandLineOption yes({QStringLiteral("y"), QStringLiteral("yes")},
                                 QStringLiteral("Check every token found without asking first."));
    const QCommandLineOption endpoint(
        QStringLiteral("endpoint"),
        QStringLiteral("Send Hugging Face checks to URL instead of $HF_ENDPOINT or https://huggingface.co; "
                       "PROVIDER=URL does the same for another provider (repeatable). Plain http:// only to "
                       "this machine."),
        QStringLiteral("URL"));
    const QCommandLineOption timeout(QStringLiteral("timeout"),
                                     QStringLiteral("Give up on a request after SECONDS (default 15)."),
                                     QStringLiteral("SECONDS"), QStringLiteral("15"));
    const QCommandLineOption noCache(QStringLiteral("no-cache"),
                                     QStringLiteral("Do not keep the results in the check cache."));
    const QCommandLineOption quiet({QStringLiteral("q"), QStringLiteral("quiet")},
                                   QStringLiteral("No progress line while scanning."));
    const QCommandLineOption noGitHistory(QStringLiteral("no-git-history"),
                                          QStringLiteral("Do not read the history of git repositories."));
    parser.addOptions({yes, endpoint, timeout, noCache, quiet, noGitHistory});
    if (!parser.parse(arguments)) {
        ScanCommand::printError(
            QStringLiteral("keyscout verify: %1\nTry 'keyscout verify --help'.\n").arg(parser.errorText()));
        return kError;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        QTextStream(stdout) << parser.helpText();
        return 0;
    }
    QStringList paths = parser.positionalArguments();
    paths.removeFirst(); // "verify"
    if (paths.isEmpty()) {
        ScanCommand::printError(
            QStringLiteral("keyscout verify: name at least one file or folder to scan\n"));
        return kError;
    }
    TokenVerifier verifier;
    bool secondsOk = false;
    const double seconds = parser.value(timeout).toDouble(&secondsOk);
    if (!secondsOk || seconds <= 0 || seconds > 600) {
        ScanCommand::printError(
            QStringLiteral("keyscout verify: --timeout needs a number of seconds (0 to 600)\n"));
        return kError;
    }
    verifier.setTimeout(std::chrono::milliseconds(static_cast<qint64>(seconds * 1000)));
    for (const QString& value : parser.values(endpoint)) {
        if (!applyEndpoint(verifier, value)) {
            ScanCommand::printError(
                QStringLiteral("keyscout verify: --endpoint needs URL or PROVIDER=URL for a "
                               "provider with a check: %1\n")
                    .arg(value));
            return kError;
        }
    }

    ScanOptions options =
        ScanOptions::workstation(QProcessEnvironment::systemEnvironment(), QDir::homePath(), false);
    options.roots = paths;
    options.modelRoots.clear(); // secrets only
    options.gitHistory = !parser.isSet(noGitHistory);
    const RuleCatalogue catalogue = RuleCatalogue::withUserRules({});
    for (const RuleError& e : catalogue.errors()) {
        ScanCommand::printError(QStringLiteral("keyscout: rule file rejected: %1\n").arg(e.toString()));
    }
    const ScanResult scanned =
        ScanCommand::scan(options, catalogue, !parser.isSet(quiet) && ::isatty(STDERR_FILENO) == 1);
    if (scanned.cancelled) {
        return kInterrupted;
    }
    if (scanned.hasErrors()) {
        return kError;
    }

    QHash<QString, QString> verifierOfRule;
    for (const Rule& rule : catalogue.rules()) {
        verifierOfRule.insert(rule.id, rule.verifier);
    }
    std::unique_ptr<CheckStore> cache;
    if (!parser.isSet(noCache)) {
        cache = std::make_unique<CheckStore>();
        if (!cache->isOpen()) {
            ScanCommand::printError(
                QStringLiteral("keyscout verify: results not kept: %1\n").arg(cache->errorString()));
            cache.reset();
        }
    }

    const QList<SecretGroup> groups = groupBySecret(scanned.findings);
    int working = 0;
    int unchecked = 0;
    int withoutCheck = 0;
    for (const SecretGroup& group : groups) {
        const QString verifierId = verifierOfRule.value(group.ruleId);
        if (verifierId.isEmpty() || !TokenVerifier::canCheck(verifierId)) {
            ++withoutCheck;
            continue;
        }
        ScanCommand::print(
            QStringLiteral("%1  %2\n").arg(group.masked, group.findings.constFirst().ruleName) +
            placesLine(group));
        const QUrl url = verifier.checkUrl(verifierId);
        if (!parser.isSet(yes) &&
            !ScanCommand::askYesNo(
                QStringLiteral("Send %1 to %2 to check it?").arg(group.masked, url.toDisplayString()))) {
            ScanCommand::print(QStringLiteral("  Not checked: you declined\n\n"));
            ++unchecked;
            continue;
        }
        const CheckResult result = checkAndWait(verifier, group.secretSha256, group.secret, verifierId);

        QString text = QStringLiteral("  %1\n").arg(checkSummary(result));
        for (const QString& line : capabilities(result)) {
            text += QStringLiteral("    - %1\n").arg(line);
        }
        ScanCommand::print(text + QLatin1Char('\n'));
        using State = CheckResult::State;
        if (result.state == State::Valid || result.state == State::Forbidden) {
            ++working;
        } else if (result.state != State::Invalid) {
            ++unchecked;
        }
        if (cache && !cache->store(group.secretSha256, result)) {
            ScanCommand::printError(
                QStringLiteral("keyscout verify: result not kept: %1\n").arg(cache->errorString()));
        }
    }

    if (groups.isEmpty()) {
        ScanCommand::print(QStringLiteral("No secrets found.\n"));
    }
    if (withoutCheck > 0) {
        ScanCommand::print(
            withoutCheck == 1
                ? QStringLiteral("1 other secret found has no online check: see 'keyscout scan'.\n")
                : QStringLiteral("%1 other secrets found have no online check: see 'keyscout scan'.\n")
                      .arg(withoutCheck));
    }
    if (working > 0) {
        return kSomeWork;
    }
    return unchecked > 0 ? kSomeUnchecked : kNoneWorks;
}

} // namespace keyscout
