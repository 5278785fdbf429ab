// SPDX-License-Identifier: GPL-3.0-or-later
#include "Guidance.h"

#include "PlaceDescription.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QHash>
#include <algorithm>

namespace keyscout {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("keyscout", text);
}

} // namespace

QString revokeLocation(const QString& provider)
{
    static const QHash<QString, QString> places{
        {QStringLiteral("huggingface"),
         QStringLiteral(
             "https://huggingface.co/settings/tokens (Manage \u2192 Invalidate and refresh, or delete)")},
        {QStringLiteral("github"), QStringLiteral("https://github.com/settings/tokens")},
        {QStringLiteral("openai"), QStringLiteral("https://platform.openai.com/api-keys")},
        {QStringLiteral("anthropic"), QStringLiteral("https://console.anthropic.com/settings/keys")},
        {QStringLiteral("aws"),
         QStringLiteral("the IAM console (Users \u2192 Security credentials: deactivate, then "
                        "delete the access key)")},
        {QStringLiteral("google"), QStringLiteral("https://console.cloud.google.com/apis/credentials")},
        {QStringLiteral("wandb"), QStringLiteral("https://wandb.ai/authorize (generate a new key)")},
        {QStringLiteral("kaggle"),
         QStringLiteral("https://www.kaggle.com/settings (API \u2192 Expire token)")},
        {QStringLiteral("groq"), QStringLiteral("https://console.groq.com/keys")},
        {QStringLiteral("replicate"), QStringLiteral("https://replicate.com/account/api-tokens")},
        {QStringLiteral("openrouter"), QStringLiteral("https://openrouter.ai/settings/keys")},
        {QStringLiteral("langsmith"), QStringLiteral("https://smith.langchain.com/settings (API Keys)")},
        {QStringLiteral("pinecone"), QStringLiteral("https://app.pinecone.io (API Keys)")},
        {QStringLiteral("nvidia"), QStringLiteral("https://org.ngc.nvidia.com/setup/api-keys")},
        {QStringLiteral("xai"), QStringLiteral("https://console.x.ai (API Keys)")},
        {QStringLiteral("perplexity"), QStringLiteral("https://www.perplexity.ai/settings/api")},
    };
    return places.value(provider);
}

QStringList nextSteps(const QList<Finding>& places)
{
    QStringList steps;
    if (places.isEmpty()) {
        return steps;
    }
    const Finding& first = places.first();
    if (first.place.kind == SourceKind::ModelFile) {
        // Not a secret: nothing to revoke. What to do with the file is in its verdict.
        for (const Finding& f : places) {
            if (!f.place.model.recommendation.isEmpty() && !steps.contains(f.place.model.recommendation)) {
                steps << f.place.model.recommendation;
            }
        }
        return steps;
    }
    const QString provider = first.provider;
    const bool allStored = std::all_of(places.begin(), places.end(), [](const Finding& f) {
        return exposureOf(f) == Exposure::StoredProperly;
    });
    if (allStored) {
        steps << tr(
            "Nothing to clean: huggingface_hub keeps this token where it belongs, readable only by you. "
            "If it is a classic read or write token, replace it with a fine-grained one.");
        return steps;
    }
    const bool ephemeral = provider == QLatin1String("jupyter");
    if (ephemeral) {
        steps << tr(
            "Stop the Jupyter server or kernel if it still runs (a new one gets a new token), and delete "
            "stale runtime files.");
    } else {
        const QString where = revokeLocation(provider);
        const bool exposed = std::any_of(places.begin(), places.end(), [](const Finding& f) {
            const Exposure e = exposureOf(f);
            return e == Exposure::GitWorkingTree || e == Exposure::WorldReadable ||
                   e == Exposure::GroupReadable || e == Exposure::NotebookOutput;
        });
        const QString revoke = exposed ? tr("Treat it as leaked: revoke it first") : tr("Revoke it");
        steps << (where.isEmpty() ? tr("%1 in %2's console.").arg(revoke, first.providerName)
                                  : tr("%1 at %2.").arg(revoke, where));
        if (provider == QLatin1String("huggingface")) {
            steps << tr("Create its replacement as a fine-grained token with only the permissions you use: "
                        "https://huggingface.co/settings/tokens/new?tokenType=fineGrained");
        }
        if (sharedAcrossEnvironments(places)) {
            steps << tr(
                "Give CI and deployment their own token, kept in the CI's secret store, and keep yours "
                "for yourself.");
        }
    }

    // Then each kind of place, once.
    QStringList cleanups;
    auto add = [&cleanups](const QString& step) {
        if (!cleanups.contains(step)) {
            cleanups << step;
        }
    };
    for (const Finding& f : places) {
        const QString name = QFileInfo(f.path).fileName();
        const Exposure exposure = exposureOf(f);
        switch (f.place.kind) {
        case SourceKind::Notebook:
            if (f.place.part == CellPart::Output) {
                add(tr("Clear the notebook's outputs (Jupyter: Edit \u2192 Clear Outputs of All Cells, or "
                       "`nbstripout %1`), and its .ipynb_checkpoints copy.")
                        .arg(name));
            } else {
                add(tr("In notebooks, read the token from the environment or `huggingface_hub.login()` "
                       "instead of writing it in a cell."));
            }
            break;
        case SourceKind::ShellHistory:
            add(tr("Delete the lines from %1 (bash: `history -d N`, then `history -w`), and type tokens at a "
                   "prompt rather than on the command line.")
                    .arg(name));
            break;
        case SourceKind::IPythonHistory:
            add(tr("Delete the rows from IPython's history.sqlite and run VACUUM, so no copy stays in free "
                   "pages."));
            break;
        case SourceKind::Environment:
            add(tr("Remove the token from %1; load it from a secret store or the token store at run time.")
                    .arg(name));
            break;
        case SourceKind::CredentialFile:
            if (name == QLatin1String(".git-credentials")) {
                add(tr("Remove the line from ~/.git-credentials and use a credential helper that encrypts "
                       "(libsecret, or `git config --global credential.helper cache`)."));
            } else if (name == QLatin1String("config.json")) {
                add(tr("Log in again with a Docker credential store (docker-credential-secretservice) so no "
                       "password stays in config.json."));
            } else {
                add(tr("Replace the key in %1 with the new one, and keep the file readable only by you.")
                        .arg(name));
            }
            break;
        case SourceKind::TokenStore:
            if (exposure != Exposure::StoredProperly) {
                add(tr("Log in again (`hf auth login`) so the token store holds only the new token, readable "
                       "only by you."));
            }
            break;
        case SourceKind::Process:
            add(tr("Restart the programs that hold it, after removing it from where it was set (a shell "
                   "start-up file, a launcher)."));
            break;
        case SourceKind::Git:
            add(tr("Rewrite the history that holds it (git filter-repo) only after revoking: a pushed commit "
                   "stays in every clone."));
            break;
        case SourceKind::File:
            add(tr("Remove the token from %1 and read it from the environment or a secret store.").arg(name));
            break;
        case SourceKind::ModelFile:
            break; // answered above
        }
        if (exposure == Exposure::GitWorkingTree && !f.worktree.tracked) {
            add(tr("Add %1 to .gitignore before anything is committed.").arg(name));
        } else if (exposure == Exposure::GitWorkingTree) {
            add(tr("%1 is tracked by git: remove it from the repository (`git rm --cached`), then ignore it.")
                    .arg(name));
        }
        if (exposure == Exposure::WorldReadable || exposure == Exposure::GroupReadable) {
            add(tr("Make %1 readable only by you (`chmod 600`).").arg(name));
        }
    }
    steps += cleanups;
    steps << tr("Scan again: no copy of the old token should be left.");
    return steps;
}

} // namespace keyscout
