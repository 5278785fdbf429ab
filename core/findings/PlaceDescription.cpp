// SPDX-License-Identifier: GPL-3.0-or-later
#include "PlaceDescription.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFileInfo>
#include <algorithm>

namespace keyscout {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("keyscout", text);
}

QString shortTime(qint64 secondsSinceEpoch)
{
    return QDateTime::fromSecsSinceEpoch(secondsSinceEpoch).toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

QString describeNotebookPlace(const Finding& f, const QString& name)
{
    const Place& p = f.place;
    const QString notebook =
        p.checkpoint ? tr("Checkpoint of notebook %1").arg(p.checkpointOf) : tr("Notebook %1").arg(name);
    const QString lineInPart = QString::number(p.lineInPart);
    switch (p.part) {
    case CellPart::Source:
        return tr("%1, cell %2, line %3").arg(notebook).arg(p.cell).arg(lineInPart);
    case CellPart::Output:
        return tr("%1, cell %2 output (%3), line %4").arg(notebook).arg(p.cell).arg(p.outputType, lineInPart);
    case CellPart::Attachment:
        return tr("%1, cell %2 attachment, line %3").arg(notebook).arg(p.cell).arg(lineInPart);
    case CellPart::Metadata:
        if (p.cell > 0) {
            return tr("%1, cell %2 metadata, file line %3").arg(notebook).arg(p.cell).arg(f.line);
        }
        if (!p.outputType.isEmpty()) {
            return tr("%1, widget state, file line %2").arg(notebook).arg(f.line);
        }
        return tr("%1, notebook metadata, file line %2").arg(notebook).arg(f.line);
    case CellPart::None:
        break;
    }
    return tr("%1, line %2").arg(notebook).arg(f.line);
}

} // namespace

QString describePlace(const Finding& f)
{
    const QString name = QFileInfo(f.path).fileName();
    const QString line = QString::number(f.line);
    const Place& p = f.place;
    // "(login user)" / " (user x)" parts only when the format said who.
    const QString user = p.user.isEmpty() ? QString() : tr(" (user %1)").arg(p.user);
    if (p.kind == SourceKind::Git) {
        const QString repo = QFileInfo(p.git.repository).fileName();
        if (p.git.inConfig) {
            return tr("Git configuration of %1, line %2").arg(repo, line);
        }
        const QString commit = p.git.commit.left(10);
        const QString when = p.git.time > 0 ? shortTime(p.git.time) : QString();
        if (p.git.dangling && commit.isEmpty()) {
            return tr("Git history of %1: unreachable blob %2, line %3").arg(repo, p.git.blob.left(10), line);
        }
        const QString where = p.git.pathInRepo.isEmpty() ? tr("commit message") : p.git.pathInRepo;
        return (p.git.dangling ? tr("Git history of %1: %2 in unreachable commit %3 (%4), line %5")
                               : tr("Git history of %1: %2 in commit %3 (%4), line %5"))
            .arg(repo, where, commit, when, line);
    }
    if (p.kind == SourceKind::Process) {
        const QString process = p.outputType.isEmpty()
                                    ? tr("Running process %1").arg(p.entry)
                                    : tr("Running process %1 (pid %2)").arg(p.outputType).arg(p.entry);
        return p.name == QLatin1String("command line") ? tr("%1, command line").arg(process)
                                                       : tr("%1, variable %2").arg(process, p.name);
    }
    if (p.kind == SourceKind::Notebook || name.endsWith(QLatin1String(".ipynb"))) {
        return describeNotebookPlace(f, name);
    }
    if (p.kind == SourceKind::IPythonHistory) {
        const QString when = p.time > 0 ? tr(", session of %1").arg(shortTime(p.time)) : QString();
        if (p.entry > 0) {
            return (p.part == CellPart::Output ? tr("IPython history, session %1, Out[%2]%3")
                                               : tr("IPython history, session %1, In [%2]%3"))
                .arg(p.session)
                .arg(p.entry)
                .arg(when);
        }
        return tr("IPython history %1, deleted rows or free pages").arg(name);
    }
    // The places ML work leaves credentials (shared/FACTS.md), most specific first.
    if (name == QLatin1String("stored_tokens")) {
        return p.name.isEmpty() ? tr("Hugging Face saved tokens, line %1").arg(line)
                                : tr("Hugging Face saved token \u201c%1\u201d, line %2").arg(p.name, line);
    }
    if (p.kind == SourceKind::TokenStore || pathEndsWith(f.path, QLatin1String(".cache/huggingface/token")) ||
        pathEndsWith(f.path, QLatin1String(".huggingface/token"))) {
        return tr("Hugging Face token store (%1)").arg(f.path.section(QLatin1Char('/'), -2));
    }
    if (name == QLatin1String(".git-credentials") || pathEndsWith(f.path, QLatin1String("git/credentials"))) {
        return p.name.isEmpty() ? tr("Git credentials file, line %1").arg(line)
                                : tr("Git credentials for %1%2, line %3").arg(p.name, user, line);
    }
    if (name == QLatin1String(".netrc") || name == QLatin1String("_netrc")) {
        return p.name.isEmpty()
                   ? tr("Network login file .netrc, line %1").arg(line)
                   : tr("Network login file .netrc, machine %1%2, line %3").arg(p.name, user, line);
    }
    if (name == QLatin1String("kaggle.json")) {
        return tr("Kaggle API key file");
    }
    if (pathEndsWith(f.path, QLatin1String(".aws/credentials"))) {
        return tr("AWS credentials file, line %1").arg(line);
    }
    if (name == QLatin1String("config.json") && f.path.contains(QLatin1String("/.docker/"))) {
        return p.name.isEmpty() ? tr("Docker registry logins, line %1").arg(line)
                                : tr("Docker login for %1%2, line %3").arg(p.name, user, line);
    }
    if (p.kind == SourceKind::ShellHistory || name.endsWith(QLatin1String("_history")) ||
        name == QLatin1String("fish_history")) {
        return p.time > 0 ? tr("Shell history %1, line %2, run %3").arg(name, line, shortTime(p.time))
                          : tr("Shell history %1, line %2").arg(name, line);
    }
    const bool startup = isShellStartupFile(name);
    if (p.kind == SourceKind::Environment || startup) {
        const QString file = pathEndsWith(f.path, QLatin1String("conda-meta/state"))
                                 ? tr("Conda environment %1").arg(f.path.section(QLatin1Char('/'), -3, -3))
                             : startup ? tr("Shell start-up file %1").arg(name)
                             : f.path.contains(QLatin1String("/activate.d/"))
                                 ? tr("Conda activation script %1").arg(name)
                                 : tr("Environment file %1").arg(name);
        return p.name.isEmpty() ? tr("%1, line %2").arg(file, line)
                                : tr("%1, variable %2, line %3").arg(file, p.name, line);
    }
    if (f.path.contains(QLatin1String("/jupyter/runtime/"))) {
        return tr("Jupyter runtime file %1, line %2").arg(name, line);
    }
    if (p.field == QLatin1String("gzip")) {
        return tr("Compressed file %1, line %2 of its content").arg(name, line);
    }
    if (p.kind == SourceKind::ModelFile) {
        return tr("Model file %1").arg(name);
    }
    if (f.binary) {
        return tr("Binary file %1, byte %2").arg(name).arg(f.offset);
    }
    return tr("File %1, line %2").arg(name, line);
}

Exposure exposureOf(const Finding& f)
{
    const Place& p = f.place;
    if (p.kind == SourceKind::Process) {
        return Exposure::LiveProcess;
    }
    if (p.kind == SourceKind::Git && !p.git.inConfig) {
        return p.git.pushed ? Exposure::Published : Exposure::GitHistory;
    }
    if (f.worktree.inRepository() && !f.worktree.ignored && !f.worktree.remote.isEmpty()) {
        return Exposure::GitWorkingTree;
    }
    if (f.file.readableByOthers()) {
        return Exposure::WorldReadable;
    }
    if (f.file.readableByGroup()) {
        return Exposure::GroupReadable;
    }
    if (p.kind == SourceKind::TokenStore && f.severity == Severity::Info) {
        return Exposure::StoredProperly;
    }
    if (p.kind == SourceKind::Notebook && p.part == CellPart::Output) {
        return Exposure::NotebookOutput;
    }
    if (p.kind == SourceKind::ShellHistory || p.kind == SourceKind::IPythonHistory) {
        return Exposure::History;
    }
    return Exposure::PrivateFile;
}

QString exposureId(Exposure exposure)
{
    static const char* const ids[] = {
        "stored-properly", "private-file",   "history",          "notebook-output", "live-process",
        "group-readable",  "world-readable", "git-working-tree", "git-history",     "published"};
    return QString::fromLatin1(ids[static_cast<int>(exposure)]);
}

QString exposureName(Exposure exposure)
{
    switch (exposure) {
    case Exposure::StoredProperly:
        return tr("stored properly");
    case Exposure::PrivateFile:
        return tr("private file");
    case Exposure::History:
        return tr("history");
    case Exposure::NotebookOutput:
        return tr("notebook output");
    case Exposure::LiveProcess:
        return tr("live process");
    case Exposure::GroupReadable:
        return tr("readable by the group");
    case Exposure::WorldReadable:
        return tr("readable by every user");
    case Exposure::GitWorkingTree:
        return tr("git repository with a remote");
    case Exposure::GitHistory:
        return tr("git history");
    case Exposure::Published:
        return tr("published (pushed)");
    }
    return {};
}

QString exposureExplanation(const Finding& f)
{
    QString text;
    switch (exposureOf(f)) {
    case Exposure::StoredProperly:
        text = tr("Kept by huggingface_hub where it belongs, readable only by you.");
        break;
    case Exposure::PrivateFile:
        text = tr("Plain text in a file only you can read.");
        break;
    case Exposure::History:
        text =
            tr("Kept in a history, which lives on after the command: anything that reads or syncs your home "
               "folder reads it.");
        break;
    case Exposure::NotebookOutput:
        text = tr("Saved in a notebook's output: one commit or one shared notebook away from publication.");
        break;
    case Exposure::LiveProcess:
        text = tr("In a running program's environment or command line, and in every program it starts.");
        break;
    case Exposure::GroupReadable:
        text = tr("The file can be read by every member of its group.");
        break;
    case Exposure::WorldReadable:
        text = tr("The file can be read by every user of this machine.");
        break;
    case Exposure::GitHistory:
        text =
            f.place.git.dangling
                ? tr("In an unreachable object of %1's history (amended away, reset or a dropped stash): no "
                     "branch shows it, but the object database still holds it.")
                      .arg(f.place.git.repository)
                : tr("Committed in %1's history, not pushed: it can still be rewritten locally.")
                      .arg(f.place.git.repository);
        break;
    case Exposure::Published:
        text =
            tr("In a commit that %1 contains: it was pushed%2. Revocation is the only fix; rewriting history "
               "does not reach the copies others have.")
                .arg(f.place.git.remotes.join(QStringLiteral(", ")),
                     f.place.git.remoteHost.isEmpty() ? QString() : tr(" to %1").arg(f.place.git.remoteHost));
        break;
    case Exposure::GitWorkingTree:
        text = tr("In the git working tree %1, whose remote %2 is on %3.")
                   .arg(f.worktree.root, f.worktree.remote,
                        f.worktree.remoteHost.isEmpty() ? tr("a local path") : f.worktree.remoteHost);
        text += QLatin1Char(' ') + (f.worktree.tracked
                                        ? tr("The file is tracked: the secret is committed or staged.")
                                        : tr("The file is not ignored: one commit and one push away."));
        break;
    }
    if (f.worktree.inRepository() && f.worktree.ignored) {
        text += QLatin1Char(' ') +
                tr("It is in the git working tree %1, which ignores this file.").arg(f.worktree.root);
    } else if (f.worktree.inRepository() && f.worktree.remote.isEmpty()) {
        text += QLatin1Char(' ') +
                tr("It is in the git working tree %1, which has no remote.").arg(f.worktree.root);
    }
    return text;
}

bool isDeploymentPlace(const Finding& f)
{
    if (f.place.kind == SourceKind::Process) {
        return false;
    }
    const QString path = f.place.kind == SourceKind::Git && !f.place.git.pathInRepo.isEmpty()
                             ? QLatin1Char('/') + f.place.git.pathInRepo
                             : f.path;
    const QString name = path.mid(path.lastIndexOf(QLatin1Char('/')) + 1);
    static const QLatin1String folders[] = {QLatin1String("/.github/workflows/"),
                                            QLatin1String("/.github/actions/"),
                                            QLatin1String("/.circleci/"),
                                            QLatin1String("/.buildkite/"),
                                            QLatin1String("/.gitlab/ci/"),
                                            QLatin1String("/k8s/"),
                                            QLatin1String("/kubernetes/"),
                                            QLatin1String("/helm/"),
                                            QLatin1String("/charts/"),
                                            QLatin1String("/deploy/"),
                                            QLatin1String("/deployment/"),
                                            QLatin1String("/.woodpecker/"),
                                            QLatin1String("/terraform/")};
    for (const QLatin1String& folder : folders) {
        if (path.contains(folder)) {
            return true;
        }
    }
    return name == QLatin1String(".gitlab-ci.yml") || name == QLatin1String("Jenkinsfile") ||
           name == QLatin1String("Dockerfile") || name.startsWith(QLatin1String("Dockerfile.")) ||
           name.startsWith(QLatin1String("docker-compose")) || name.startsWith(QLatin1String("compose.y")) ||
           name == QLatin1String(".travis.yml") || name == QLatin1String("azure-pipelines.yml") ||
           name == QLatin1String("bitbucket-pipelines.yml") || name == QLatin1String(".drone.yml") ||
           name == QLatin1String("cloudbuild.yaml") || name == QLatin1String("Procfile") ||
           name.endsWith(QLatin1String(".tf")) || name.endsWith(QLatin1String(".tfvars"));
}

bool isPersonalPlace(const Finding& f)
{
    switch (f.place.kind) {
    case SourceKind::ShellHistory:
    case SourceKind::IPythonHistory:
    case SourceKind::TokenStore:
    case SourceKind::Notebook:
    case SourceKind::Process:
    case SourceKind::CredentialFile:
        return true;
    case SourceKind::Environment:
        return !isDeploymentPlace(f);
    default:
        return false;
    }
}

bool sharedAcrossEnvironments(const QList<Finding>& places)
{
    return std::any_of(places.begin(), places.end(), isDeploymentPlace) &&
           std::any_of(places.begin(), places.end(), isPersonalPlace);
}

qsizetype copiesOutsideTokenStore(const QList<Finding>& places)
{
    const auto inStore = [](const Finding& f) {
        return f.place.kind == SourceKind::TokenStore;
    };
    if (std::none_of(places.begin(), places.end(), inStore)) {
        return 0;
    }
    return std::count_if(places.begin(), places.end(), [&](const Finding& f) { return !inStore(f); });
}

} // namespace keyscout
