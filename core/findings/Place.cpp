// SPDX-License-Identifier: GPL-3.0-or-later
#include "Place.h"

#include <QCoreApplication>
#include <algorithm>
#include <array>

namespace keyscout {

namespace {

struct KindInfo {
    SourceKind kind;
    const char* id;
    const char* name;
};

constexpr std::array<KindInfo, kSourceKindCount> kKinds{{
    {SourceKind::File, "file", QT_TRANSLATE_NOOP("keyscout::Place", "Files")},
    {SourceKind::Notebook, "notebook", QT_TRANSLATE_NOOP("keyscout::Place", "Notebooks")},
    {SourceKind::ShellHistory, "shell-history", QT_TRANSLATE_NOOP("keyscout::Place", "Shell histories")},
    {SourceKind::IPythonHistory, "ipython-history",
     QT_TRANSLATE_NOOP("keyscout::Place", "IPython histories")},
    {SourceKind::Environment, "environment", QT_TRANSLATE_NOOP("keyscout::Place", "Environment files")},
    {SourceKind::CredentialFile, "credential-file", QT_TRANSLATE_NOOP("keyscout::Place", "Credential files")},
    {SourceKind::TokenStore, "token-store", QT_TRANSLATE_NOOP("keyscout::Place", "Token stores")},
    {SourceKind::Git, "git", QT_TRANSLATE_NOOP("keyscout::Place", "Git history")},
    {SourceKind::Process, "process", QT_TRANSLATE_NOOP("keyscout::Place", "Running processes")},
    {SourceKind::ModelFile, "model-file", QT_TRANSLATE_NOOP("keyscout::Place", "Model files")},
}};

} // namespace

bool pathEndsWith(const QString& path, QLatin1String tail)
{
    return path.endsWith(tail) &&
           (path.size() == tail.size() || path.at(path.size() - tail.size() - 1) == QLatin1Char('/'));
}

QString fileNameOf(const QString& path)
{
    return path.mid(path.lastIndexOf(QLatin1Char('/')) + 1);
}

bool isShellStartupFile(const QString& name)
{
    static const QLatin1String names[] = {QLatin1String(".bashrc"),       QLatin1String(".zshrc"),
                                          QLatin1String(".zshenv"),       QLatin1String(".profile"),
                                          QLatin1String(".bash_profile"), QLatin1String(".zprofile"),
                                          QLatin1String(".bash_login")};
    return std::any_of(std::begin(names), std::end(names), [&name](QLatin1String n) { return name == n; });
}

bool isEnvironmentFile(const QString& path)
{
    const QString name = fileNameOf(path);
    return name == QLatin1String(".env") || name.startsWith(QLatin1String(".env.")) ||
           name.endsWith(QLatin1String(".env")) || name == QLatin1String(".envrc") ||
           isShellStartupFile(name) || path.contains(QLatin1String("/etc/conda/activate.d/"));
}

QString sourceKindId(SourceKind kind)
{
    return QString::fromLatin1(kKinds.at(static_cast<size_t>(kind)).id);
}

QString sourceKindName(SourceKind kind)
{
    return QCoreApplication::translate("keyscout::Place", kKinds.at(static_cast<size_t>(kind)).name);
}

bool sourceKindFromId(const QString& id, SourceKind* kind)
{
    for (const KindInfo& k : kKinds) {
        if (id == QLatin1String(k.id)) {
            *kind = k.kind;
            return true;
        }
    }
    return false;
}

bool isNotebookCheckpoint(const QString& path, QString* notebook)
{
    const QString name = fileNameOf(path);
    static const QLatin1String suffix("-checkpoint.ipynb");
    if (!name.endsWith(suffix) || !path.contains(QLatin1String("/.ipynb_checkpoints/"))) {
        return false;
    }
    if (notebook != nullptr) {
        *notebook = name.left(name.size() - suffix.size()) + QLatin1String(".ipynb");
    }
    return true;
}

SourceKind classifyPath(const QString& path)
{
    // The places ML work leaves credentials (shared/FACTS.md).
    const QString name = fileNameOf(path);
    if (name.endsWith(QLatin1String(".ipynb"))) {
        return SourceKind::Notebook;
    }
    if (pathEndsWith(path, QLatin1String("huggingface/token")) ||
        pathEndsWith(path, QLatin1String("huggingface/stored_tokens")) ||
        pathEndsWith(path, QLatin1String(".huggingface/token"))) {
        return SourceKind::TokenStore;
    }
    if (name.endsWith(QLatin1String("_history")) || name == QLatin1String("fish_history") ||
        name == QLatin1String(".histfile") || name == QLatin1String(".python_history")) {
        return SourceKind::ShellHistory;
    }
    if (name.endsWith(QLatin1String(".sqlite")) && path.contains(QLatin1String("/.ipython/")) &&
        name.startsWith(QLatin1String("history"))) {
        return SourceKind::IPythonHistory;
    }
    if (name == QLatin1String(".git-credentials") || name == QLatin1String(".netrc") ||
        name == QLatin1String("_netrc") || name == QLatin1String("kaggle.json") ||
        pathEndsWith(path, QLatin1String(".kaggle/access_token")) ||
        pathEndsWith(path, QLatin1String(".aws/credentials")) ||
        pathEndsWith(path, QLatin1String(".docker/config.json")) ||
        pathEndsWith(path, QLatin1String("gcloud/application_default_credentials.json")) ||
        path.contains(QLatin1String("/jupyter/runtime/"))) {
        return SourceKind::CredentialFile;
    }
    if (isEnvironmentFile(path) || pathEndsWith(path, QLatin1String("conda-meta/state"))) {
        return SourceKind::Environment;
    }
    if (path.contains(QLatin1String("/.git/")) && (name == QLatin1String("config"))) {
        return SourceKind::Git;
    }
    return SourceKind::File;
}

} // namespace keyscout
