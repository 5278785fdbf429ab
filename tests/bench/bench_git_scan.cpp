// SPDX-License-Identifier: GPL-3.0-or-later
// Runs the git history scanner over repositories and prints what it found and what it cost, as one JSON
// object on standard output (tests/bench/bench_git.py times it against `git log -p --all | rg`).
//
//     bench_git_scan [--discover] [--findings] [--threads N] PATH...
//
// PATH is a repository (working tree, .git folder, bare repository); with --discover, every repository
// under it. --findings adds one entry per finding (masked secret, SHA-256, commit, path, refs, flags) —
// never a raw secret. --threads sets GitScanOptions::threads (default 0: one per core). Exit 0 when every repository opened, 1 otherwise, 2 on a usage error.
#include "detect/Matcher.h"
#include "rules/RuleCatalogue.h"
#include "sources/GitHistoryScanner.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTextStream>
#include <sys/resource.h>

using namespace keyscout;

namespace {

QJsonObject findingJson(const Finding& f)
{
    const GitPlace& g = f.place.git;
    return {{QStringLiteral("rule_id"), f.ruleId},
            {QStringLiteral("secret_sha256"), f.secretSha256},
            {QStringLiteral("masked"), f.masked},
            {QStringLiteral("path"), f.path},
            {QStringLiteral("line"), f.line},
            {QStringLiteral("blob"), g.blob},
            {QStringLiteral("commit"), g.commit},
            {QStringLiteral("path_in_repo"), g.pathInRepo},
            {QStringLiteral("refs"), QJsonArray::fromStringList(g.refs)},
            {QStringLiteral("remotes"), QJsonArray::fromStringList(g.remotes)},
            {QStringLiteral("remote_host"), g.remoteHost},
            {QStringLiteral("pushed"), g.pushed},
            {QStringLiteral("dangling"), g.dangling},
            {QStringLiteral("in_config"), g.inConfig}};
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QStringList paths;
    bool discover = false;
    bool listFindings = false;
    GitScanOptions options;
    const QStringList args = QCoreApplication::arguments().mid(1);
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString& arg = args.at(i);
        if (arg == QLatin1String("--threads") && i + 1 < args.size()) {
            options.threads = args.at(++i).toInt();
        } else if (arg == QLatin1String("--discover")) {
            discover = true;
        } else if (arg == QLatin1String("--findings")) {
            listFindings = true;
        } else if (arg.startsWith(QLatin1String("-"))) {
            QTextStream(stderr) << "usage: bench_git_scan [--discover] [--findings] [--threads N] PATH...\n";
            return 2;
        } else {
            paths << arg;
        }
    }
    if (paths.isEmpty()) {
        QTextStream(stderr) << "usage: bench_git_scan [--discover] [--findings] [--threads N] PATH...\n";
        return 2;
    }

    QElapsedTimer wall;
    wall.start();
    const RuleCatalogue catalogue = RuleCatalogue::builtin();
    const Matcher matcher(catalogue.rules());
    const GitHistoryScanner scanner(matcher, options);
    const qint64 setupMs = wall.elapsed();

    QStringList repositories;
    for (const QString& path : std::as_const(paths)) {
        repositories += discover ? GitHistoryScanner::discoverRepositories(path) : QStringList{path};
    }
    QList<Finding> findings;
    QJsonArray reports;
    GitScanProgress progress;
    bool allOpened = true;
    qint64 blobs = 0;
    qint64 bytes = 0;
    qint64 commits = 0;
    qint64 objects = 0;
    for (const QString& repository : std::as_const(repositories)) {
        const GitRepositoryReport report = scanner.scanRepository(
            repository, [&](QList<Finding>&& batch) { findings += batch; }, nullptr, &progress);
        allOpened = allOpened && report.opened;
        blobs += report.blobs;
        bytes += report.bytes;
        commits += report.commits;
        objects += report.objects;
        reports.append(
            QJsonObject{{QStringLiteral("path"), report.path},
                        {QStringLiteral("objects"), report.objects},
                        {QStringLiteral("commits"), report.commits},
                        {QStringLiteral("blobs"), report.blobs},
                        {QStringLiteral("bytes"), report.bytes},
                        {QStringLiteral("skipped_blobs"), report.skippedBlobs},
                        {QStringLiteral("findings"), report.findings},
                        {QStringLiteral("shallow"), report.shallow},
                        {QStringLiteral("partial"), report.partial},
                        {QStringLiteral("problems"), QJsonArray::fromStringList(report.problems)}});
    }
    const qint64 wallMs = wall.elapsed();

    QSet<QString> secrets;
    QSet<QString> hfSecrets;
    QSet<QString> danglingSecrets;
    QJsonArray listed;
    for (const Finding& f : std::as_const(findings)) {
        secrets.insert(f.secretSha256);
        if (f.ruleId.startsWith(QLatin1String("huggingface."))) {
            hfSecrets.insert(f.secretSha256);
        }
        if (f.place.git.dangling) {
            danglingSecrets.insert(f.secretSha256);
        }
        if (listFindings) {
            listed.append(findingJson(f));
        }
    }
    QJsonArray hfList;
    for (const QString& sha : std::as_const(hfSecrets)) {
        hfList.append(sha);
    }
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    QJsonObject out{{QStringLiteral("repositories"), static_cast<qint64>(repositories.size())},
                    {QStringLiteral("findings"), static_cast<qint64>(findings.size())},
                    {QStringLiteral("unique_secrets"), static_cast<qint64>(secrets.size())},
                    {QStringLiteral("hf_secrets"), static_cast<qint64>(hfSecrets.size())},
                    {QStringLiteral("hf_secret_sha256"), hfList},
                    {QStringLiteral("dangling_secrets"), static_cast<qint64>(danglingSecrets.size())},
                    {QStringLiteral("objects"), objects},
                    {QStringLiteral("commits"), commits},
                    {QStringLiteral("blobs_scanned"), blobs},
                    {QStringLiteral("bytes_scanned"), bytes},
                    {QStringLiteral("setup_ms"), setupMs},
                    {QStringLiteral("wall_ms"), wallMs},
                    {QStringLiteral("peak_rss_kb"), static_cast<qint64>(usage.ru_maxrss)},
                    {QStringLiteral("reports"), reports}};
    if (listFindings) {
        out.insert(QStringLiteral("items"), listed);
    }
    QTextStream(stdout) << QJsonDocument(out).toJson(QJsonDocument::Compact) << '\n';
    return allOpened ? 0 : 1;
}
