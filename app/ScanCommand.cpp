// SPDX-License-Identifier: GPL-3.0-or-later
#include "ScanCommand.h"

#include "detect/Matcher.h"
#include "report/EvidenceCollector.h"
#include "report/ReportFormat.h"
#include "report/ScanResult.h"
#include "report/TextReport.h"
#include "rules/RuleCatalogue.h"
#include "sources/DemoWorkstation.h"
#include "sources/FileSystemScanner.h"
#include "sources/ScannedSystem.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QProcessEnvironment>
#include <QSaveFile>
#include <QTextStream>
#include <atomic>
#include <condition_variable>
#include <csignal>
#include <cstdio>
#include <mutex>
#include <optional>
#include <thread>
#include <unistd.h>

namespace keyscout {

namespace {

std::atomic<bool> g_interrupted{false};

void onInterrupt(int /*signal*/)
{
    g_interrupted.store(true);
}

void printErr(const QString& text)
{
    ScanCommand::printError(text);
}

std::optional<qint64> parseSize(QString text)
{
    text = text.trimmed().toUpper();
    qint64 factor = 1;
    if (text.endsWith(QLatin1Char('B'))) {
        text.chop(1);
    }
    if (text.endsWith(QLatin1Char('K'))) {
        factor = qint64(1) << 10;
    } else if (text.endsWith(QLatin1Char('M'))) {
        factor = qint64(1) << 20;
    } else if (text.endsWith(QLatin1Char('G'))) {
        factor = qint64(1) << 30;
    }
    if (factor != 1) {
        text.chop(1);
    }
    bool ok = false;
    const qint64 value = text.toLongLong(&ok);
    if (!ok || value < 0) {
        return std::nullopt;
    }
    return value * factor;
}

QString progressLine(const ScanProgress& p)
{
    QString place = p.currentPath;
    constexpr qsizetype kWidth = 50;
    if (place.size() > kWidth) {
        place = QChar(0x2026) + place.right(kWidth - 1);
    }
    return QStringLiteral("\r\x1b[K%1 files, %2, %3 found, %4 skipped  %5")
        .arg(p.files)
        .arg(TextReport::humanBytes(p.bytes))
        .arg(p.findings)
        .arg(p.skipped + p.failed)
        .arg(place);
}

// `--root DIR` (README "Incident response"): the scanned system and what to read of it, or nullopt after
// saying why the scan must not start. Nothing may be written under DIR, and nothing of this machine read as
// if it were the scanned one's.
struct ResponderRequest {
    QString root;
    QStringList paths;
    bool processes = false;
    bool demo = false;
    bool followSymlinks = false;
    QString output;
};

std::optional<ScannedSystem> responderSystem(const ResponderRequest& request, ScanOptions* options)
{
    const auto refuse = [](const QString& why) {
        printErr(QStringLiteral("keyscout scan: %1\n").arg(why));
        return std::nullopt;
    };
    if (request.processes) {
        return refuse(QStringLiteral("--processes reads the programs running on this machine; --root scans "
                                     "another system's files read-only: they cannot be combined"));
    }
    if (request.demo) {
        return refuse(QStringLiteral("--demo cannot be combined with --root"));
    }
    if (request.followSymlinks) {
        return refuse(QStringLiteral("--follow-symlinks cannot be combined with --root: the scanned "
                                     "system's links point into this machine"));
    }
    QString error;
    ScannedSystem system = ScannedSystem::read(request.root, &error);
    if (!system.isValid()) {
        return refuse(QStringLiteral("--root: %1").arg(error));
    }
    QStringList paths;
    for (const QString& path : request.paths) {
        const std::optional<QString> resolved = system.resolveUnder(path, &error);
        if (!resolved) {
            return refuse(error);
        }
        paths << *resolved;
    }
    if (!request.output.isEmpty() && system.contains(request.output)) {
        return refuse(QStringLiteral("the report %1 would be written under the scanned root %2, where "
                                     "nothing is written: choose a file outside it")
                          .arg(request.output, system.root()));
    }
    if (const QString problem = system.temporaryFolderProblem(); !problem.isEmpty()) {
        return refuse(problem);
    }
    *options = system.scanOptions(paths);
    if (options->roots.isEmpty()) {
        return refuse(QStringLiteral("no home folder under %1 (home/*, root/, the homes its etc/passwd "
                                     "names): name the folders under it to scan")
                          .arg(system.root()));
    }
    return system;
}

// The responder's proof that the report was not changed: its SHA-256 on standard error and, for a report
// file, in FILE.sha256 beside it, in the format `sha256sum -c` checks.
bool publishReportHash(const QByteArray& report, const QString& output)
{
    const QString hex =
        QString::fromLatin1(QCryptographicHash::hash(report, QCryptographicHash::Sha256).toHex());
    if (!output.isEmpty()) {
        const QString sidecar = output + QStringLiteral(".sha256");
        QSaveFile file(sidecar);
        const QByteArray line =
            hex.toLatin1() + "  " + QFile::encodeName(QFileInfo(output).fileName()) + '\n';
        if (!file.open(QIODevice::WriteOnly) || file.write(line) != line.size() || !file.commit()) {
            printErr(QStringLiteral("keyscout scan: cannot write %1: %2\n").arg(sidecar, file.errorString()));
            return false;
        }
    }
    printErr(QStringLiteral("Report SHA-256: %1\n").arg(hex));
    return true;
}

} // namespace

void ScanCommand::printError(const QString& text)
{
    const QByteArray bytes = text.toLocal8Bit();
    std::fwrite(bytes.constData(), 1, static_cast<size_t>(bytes.size()), stderr);
    std::fflush(stderr);
}

void ScanCommand::print(const QString& text)
{
    const QByteArray bytes = text.toLocal8Bit();
    std::fwrite(bytes.constData(), 1, static_cast<size_t>(bytes.size()), stdout);
    std::fflush(stdout);
}

bool ScanCommand::askYesNo(const QString& question)
{
    printError(question + QStringLiteral(" [y/N] "));
    static QTextStream in(stdin);
    const QString answer = in.readLine().trimmed().toLower();
    return answer == QLatin1String("y") || answer == QLatin1String("yes");
}

bool ScanCommand::refuseResponderRoot(const QStringList& arguments, const QString& command,
                                      const QString& what)
{
    for (const QString& argument : arguments) {
        if (argument == QLatin1String("--")) {
            break;
        }
        if (argument == QLatin1String("--root") || argument.startsWith(QLatin1String("--root="))) {
            printErr(QStringLiteral("keyscout %1: --root is the read-only, offline responder mode of "
                                    "'keyscout scan'; %1 %2, which a responder scan never does.\n")
                         .arg(command, what));
            return true;
        }
    }
    return false;
}

ScanResult ScanCommand::scan(const ScanOptions& options, const RuleCatalogue& catalogue, bool showProgress)
{
    ScanResult result;
    result.roots = options.roots;
    result.catalogueVersion = catalogue.version();
    result.ruleCount = static_cast<int>(catalogue.rules().size());
    result.ruleErrors = catalogue.errors();
    result.startedAt = QDateTime::currentDateTime();

    const Matcher matcher(catalogue.rules());
    FileSystemScanner scanner(matcher, options);
    std::mutex findingsMutex;
    std::mutex doneMutex;
    std::condition_variable doneChanged;
    bool done = false;
    std::thread worker([&] {
        scanner.run([&](QList<Finding>&& batch) {
            const std::lock_guard lock(findingsMutex);
            result.findings.append(std::move(batch));
        });
        const std::lock_guard lock(doneMutex);
        done = true;
        doneChanged.notify_all();
    });

    g_interrupted.store(false);
    auto previousHandler = std::signal(SIGINT, onInterrupt);
    for (;;) {
        {
            // Wakes as soon as the scan ends, or every 100 ms to update progress and notice Ctrl-C.
            std::unique_lock lock(doneMutex);
            if (doneChanged.wait_for(lock, std::chrono::milliseconds(100), [&] { return done; })) {
                break;
            }
        }
        if (g_interrupted.load() && !scanner.isCancelled()) {
            scanner.cancel();
        }
        if (showProgress) {
            printErr(progressLine(scanner.progress()));
        }
    }
    worker.join();
    std::signal(SIGINT, previousHandler);
    if (showProgress) {
        printErr(QStringLiteral("\r\x1b[K"));
    }

    result.finishedAt = QDateTime::currentDateTime();
    result.cancelled = scanner.isCancelled();
    result.totals = scanner.progress();
    result.skipped = scanner.skippedItems();
    result.skipCounts = scanner.skipCounts();
    result.rootErrors = scanner.rootErrors();
    result.notices = scanner.notices();
    result.sortFindings();
    for (const QString& e : result.rootErrors) {
        printErr(QStringLiteral("keyscout: cannot scan %1\n").arg(e));
    }
    for (const SkippedItem& n : result.notices) {
        printErr(QStringLiteral("keyscout: %1: %2\n").arg(n.path, n.reason));
    }

    return result;
}

int ScanCommand::run(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Scan files for leaked Hugging Face tokens and other ML credentials.\n\n"
                       "Exit status: 0 no findings, 1 findings, 2 error, 130 interrupted.\n"
                       "Secrets are masked everywhere unless --reveal is given.\n\n"
                       "Skipped by default (use --no-default-excludes to read them):\n  ") +
        ScanOptions::defaultExcludeGlobs().join(QStringLiteral("\n  ")));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("scan"), QStringLiteral("The scan command."),
                                 QStringLiteral("scan"));
    parser.addPositionalArgument(QStringLiteral("path"),
                                 QStringLiteral("Files or folders to scan (default: your home folder)."),
                                 QStringLiteral("[PATH…]"));
    const QCommandLineOption format(
        QStringLiteral("format"),
        QStringLiteral(
            "Report format: text (for people, the default), json (schema version 1), sarif (code "
            "scanning), csv (one row per place, for spreadsheets), jsonl (one JSON object per place "
            "per line, for fleets and SIEMs) or html (one self-contained page for people)."),
        QStringLiteral("format"), QStringLiteral("text"));
    const QCommandLineOption output({QStringLiteral("o"), QStringLiteral("output")},
                                    QStringLiteral("Write the report to FILE instead of standard output."),
                                    QStringLiteral("FILE"));
    const QCommandLineOption include(QStringLiteral("include"),
                                     QStringLiteral("Only read files matching GLOB (repeatable)."),
                                     QStringLiteral("GLOB"));
    const QCommandLineOption exclude(QStringLiteral("exclude"),
                                     QStringLiteral("Skip files and folders matching GLOB (repeatable)."),
                                     QStringLiteral("GLOB"));
    const QCommandLineOption noDefaultExcludes(QStringLiteral("no-default-excludes"),
                                               QStringLiteral("Also read the folders skipped by default."));
    const QCommandLineOption maxFileSize(
        QStringLiteral("max-file-size"),
        QStringLiteral("Skip files larger than N bytes (K, M, G suffixes; default 64M)."),
        QStringLiteral("N"), QStringLiteral("64M"));
    const QCommandLineOption followSymlinks(
        QStringLiteral("follow-symlinks"),
        QStringLiteral("Follow symbolic links (loops are still detected)."));
    const QCommandLineOption threads(QStringLiteral("threads"),
                                     QStringLiteral("Worker threads (default: one per core)."),
                                     QStringLiteral("N"), QStringLiteral("0"));
    const QCommandLineOption rules(QStringLiteral("rules"),
                                   QStringLiteral("Load extra rules from FILE (repeatable)."),
                                   QStringLiteral("FILE"));
    const QCommandLineOption reveal(
        QStringLiteral("reveal"),
        QStringLiteral("Print raw secrets in the report. Without it they are always masked."));
    const QCommandLineOption listSkipped(
        QStringLiteral("list-skipped"),
        QStringLiteral("List every skipped or unreadable item, not only the counts."));
    const QCommandLineOption quiet({QStringLiteral("q"), QStringLiteral("quiet")},
                                   QStringLiteral("No progress line on standard error."));
    const QCommandLineOption demo(
        QStringLiteral("demo"),
        QStringLiteral("Create the demo workstation (a generated home with planted tokens) "
                       "and scan it."));
    const QCommandLineOption processes(
        QStringLiteral("processes"),
        QStringLiteral(
            "Also read the environment and command line of running processes you may read (a token "
            "exported in a shell lives on in every program started from it)."));
    const QCommandLineOption noGitHistory(
        QStringLiteral("no-git-history"),
        QStringLiteral(
            "Do not read the history of git repositories found under PATH (by default every commit, "
            "branch, stash and unreachable object is read, each blob once)."));
    const QCommandLineOption models(
        QStringLiteral("models"),
        QStringLiteral("Also judge the model files under PATH (pickles that run code when loaded, malformed "
                       "safetensors), reading headers and pickles only. Without PATH the Hugging Face hub "
                       "cache is judged anyway."));
    parser.addOptions({processes, noGitHistory, models});
    const QCommandLineOption root(
        QStringLiteral("root"),
        QStringLiteral("Incident response: scan a mounted disk image or a copied home read-only. DIR is a "
                       "system root (every home under it: home/*, root/, those its etc/passwd names) or one "
                       "home; PATHs must lie under it. Nothing is written under DIR, nothing is sent, no "
                       "running process is read; owners are named from DIR/etc/passwd. The report adds "
                       "evidence (host, homes, SHA-256 and times of each file, a timeline) and its own "
                       "SHA-256 (on standard error, and in FILE.sha256 with -o)."),
        QStringLiteral("DIR"));
    parser.addOption(root);
    parser.addOptions({format, output, include, exclude, noDefaultExcludes, maxFileSize, followSymlinks,
                       threads, rules, reveal, listSkipped, quiet, demo});
    if (!parser.parse(arguments)) {
        printErr(QStringLiteral("keyscout scan: %1\nTry 'keyscout scan --help'.\n").arg(parser.errorText()));
        return 2;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        QTextStream(stdout) << parser.helpText();
        return 0;
    }
    const std::optional<ReportFormat> reportFormat = reportFormatFromName(parser.value(format));
    if (!reportFormat) {
        printErr(QStringLiteral("keyscout scan: unknown format '%1' (%2)\n")
                     .arg(parser.value(format), reportFormatNames().join(QStringLiteral(", "))));
        return 2;
    }
    const auto sizeLimit = parseSize(parser.value(maxFileSize));
    if (!sizeLimit) {
        printErr(
            QStringLiteral("keyscout scan: --max-file-size needs a size such as 1048576, 512K or 64M\n"));
        return 2;
    }

    QStringList positional = parser.positionalArguments();
    positional.removeFirst(); // "scan"
    // No folder given: this workstation, i.e. the home folder and Hugging Face's token store wherever
    // HF_HOME / HF_TOKEN_PATH put it.
    ScanOptions options =
        ScanOptions::workstation(QProcessEnvironment::systemEnvironment(), QDir::homePath(), false);
    if (!positional.isEmpty()) {
        options.roots = positional;
        options.modelRoots = parser.isSet(models) ? positional : QStringList{};
    } else if (parser.isSet(models)) {
        options.modelRoots += options.roots;
    }
    if (parser.isSet(demo)) {
        QString error;
        const QString demoHome = DemoWorkstation::defaultLocation();
        if (!DemoWorkstation::create(demoHome, &error)) {
            printErr(QStringLiteral("keyscout scan: cannot create the demo workstation: %1\n").arg(error));
            return 2;
        }
        options.roots = positional.isEmpty() ? QStringList{demoHome} : positional + QStringList{demoHome};
        // The demo's own hub cache, as this workstation's would be (and the folders given, with --models).
        options.modelRoots = QStringList{DemoWorkstation::hubCache(demoHome)} +
                             (parser.isSet(models) ? positional : QStringList{});
    }
    options.includeGlobs = parser.values(include);
    options.excludeGlobs = parser.values(exclude);
    options.defaultExcludes = !parser.isSet(noDefaultExcludes);
    options.maxFileSize = *sizeLimit;
    options.followSymlinks = parser.isSet(followSymlinks);
    options.processes = parser.isSet(processes);
    options.gitHistory = !parser.isSet(noGitHistory);
    options.threads = parser.value(threads).toInt();
    std::optional<ScannedSystem> responder;
    if (parser.isSet(root)) {
        ResponderRequest request{parser.value(root),           positional,
                                 parser.isSet(processes),      parser.isSet(demo),
                                 parser.isSet(followSymlinks), parser.value(output)};
        ScanOptions responderOptions;
        responder = responderSystem(request, &responderOptions);
        if (!responder) {
            return 2;
        }
        if (parser.isSet(models)) {
            responderOptions.modelRoots += responderOptions.roots;
        }
        responderOptions.includeGlobs = options.includeGlobs;
        responderOptions.excludeGlobs = options.excludeGlobs;
        responderOptions.defaultExcludes = options.defaultExcludes;
        responderOptions.maxFileSize = options.maxFileSize;
        responderOptions.gitHistory = options.gitHistory;
        responderOptions.threads = options.threads;
        options = responderOptions;
    }

    const RuleCatalogue catalogue = RuleCatalogue::withUserRules(parser.values(rules));
    for (const RuleError& e : catalogue.errors()) {
        printErr(QStringLiteral("keyscout: rule file rejected: %1\n").arg(e.toString()));
    }

    const bool showProgress = !parser.isSet(quiet) && ::isatty(STDERR_FILENO) == 1;
    ScanResult result = scan(options, catalogue, showProgress);
    if (responder) {
        result.evidence = EvidenceCollector::collect(result, *responder);
    }

    ReportOptions reportOptions;
    reportOptions.reveal = parser.isSet(reveal);
    reportOptions.listSkipped = parser.isSet(listSkipped);
    // The person's own triage decisions, cached checks and journal, read where they already exist. A
    // responder scan (evidence) reads nothing of this machine's Keyscout state: its report is about the
    // scanned system.
    const bool annotated =
        !result.evidence && (*reportFormat == ReportFormat::Csv || *reportFormat == ReportFormat::JsonLines ||
                             *reportFormat == ReportFormat::Html);
    const ReportAnnotations annotations =
        annotated ? ReportAnnotations::fromStores(result.findings, nullptr, nullptr, nullptr)
                  : ReportAnnotations{};
    const QByteArray report =
        renderReport(*reportFormat, result, catalogue.rules(), reportOptions, annotations);

    if (parser.isSet(output)) {
        QString error;
        if (!writeReportFile(parser.value(output), report, reportOptions.reveal, &error)) {
            printErr(QStringLiteral("keyscout scan: cannot write %1: %2\n").arg(parser.value(output), error));
            return 2;
        }
    } else {
        std::fwrite(report.constData(), 1, static_cast<size_t>(report.size()), stdout);
        std::fflush(stdout);
    }
    if (responder && !publishReportHash(report, parser.value(output))) {
        return 2;
    }

    if (result.cancelled) {
        return 130;
    }
    if (result.hasErrors()) {
        return 2;
    }
    return result.findings.isEmpty() ? 0 : 1;
}

} // namespace keyscout
