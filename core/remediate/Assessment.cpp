// SPDX-License-Identifier: GPL-3.0-or-later
#include "Assessment.h"

#include "sources/git/Git2Handles.h"
#include "sources/git/RemoteUrls.h"

#include <QCoreApplication>
#include <QUrl>
#include <algorithm>

namespace keyscout {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("keyscout", text);
}

bool canWrite(const CheckResult& check)
{
    if (check.role == QLatin1String("write")) {
        return true;
    }
    const auto writes = [](const QStringList& permissions) {
        return std::any_of(permissions.begin(), permissions.end(),
                           [](const QString& p) { return p.endsWith(QLatin1String(".write")); });
    };
    return writes(check.globalPermissions) ||
           std::any_of(check.scoped.begin(), check.scoped.end(),
                       [&](const CheckResult::Scope& s) { return writes(s.permissions); });
}

} // namespace

QStringList hubRepositoriesOf(const QList<Finding>& places, const QString& hubHost)
{
    QStringList folders;
    for (const Finding& f : places) {
        const QString folder = f.place.kind == SourceKind::Git ? f.place.git.repository : f.worktree.root;
        if (!folder.isEmpty() && !folders.contains(folder)) {
            folders << folder;
        }
    }
    QStringList repositories;
    git_libgit2_init();
    for (const QString& folder : std::as_const(folders)) {
        const git::RepositoryPtr repository = git::openRepository(folder);
        if (!repository) {
            continue;
        }
        for (const git::RemoteUrl& remote : git::remoteUrls(repository.get())) {
            if (remote.host != hubHost) {
                continue;
            }
            // https://host/[datasets/|spaces/]owner/name[.git], scp-like host:owner/name
            QString path = remote.url.contains(QLatin1String("://"))
                               ? QUrl(remote.url).path()
                               : remote.url.section(QLatin1Char(':'), 1);
            path = path.mid(path.startsWith(QLatin1Char('/')) ? 1 : 0);
            if (path.endsWith(QLatin1String(".git"))) {
                path.chop(4);
            }
            if (path.count(QLatin1Char('/')) >= 1 && !repositories.contains(path)) {
                repositories << path;
            }
        }
    }
    git_libgit2_shutdown();
    return repositories;
}

qint64 exposureTime(const Finding& place)
{
    if (place.place.kind == SourceKind::Git && place.place.git.time > 0) {
        return place.place.git.time;
    }
    return place.file.mtime;
}

const Finding* firstExposure(const QList<Finding>& places)
{
    const Finding* first = nullptr;
    for (const Finding& f : places) {
        const qint64 t = exposureTime(f);
        if (t > 0 && (first == nullptr || t < exposureTime(*first))) {
            first = &f;
        }
    }
    return first;
}

Assessment assess(const QList<Finding>& places, const std::optional<CheckResult>& check)
{
    Assessment a;
    QString host;
    for (const Finding& f : places) {
        const Exposure e = exposureOf(f);
        if (static_cast<int>(e) > static_cast<int>(a.worst)) {
            a.worst = e;
        }
        if (f.place.kind == SourceKind::Git && f.place.git.pushed) {
            a.published = true;
            host = f.place.git.remoteHost;
        }
    }
    a.mustRevoke = a.worst != Exposure::StoredProperly;
    if (check && check->state == CheckResult::State::Valid) {
        a.legacy = check->isLegacyHuggingFaceRole();
        a.couldWrite = canWrite(*check);
    }
    a.dead = check && check->state == CheckResult::State::Invalid;

    if (a.dead) {
        a.verdict =
            tr("The token no longer works (revoked or expired): remove the copies that are left; there "
               "is nothing to revoke.");
    } else if (a.published) {
        a.verdict =
            (host.isEmpty() ? tr("Published in a pushed commit: treat it as compromised. Revoke it now, "
                                 "then reissue it and remove every copy.")
                            : tr("Published in a commit pushed to %1: treat it as compromised. Revoke it "
                                 "now, then reissue it and remove every copy.")
                                  .arg(host));
        if (a.couldWrite) {
            a.verdict += QLatin1Char(' ') + tr("It could write: check the repositories it could change for "
                                               "commits you did not make.");
        }
    } else if (!a.mustRevoke) {
        a.verdict = tr("Kept only in Hugging Face's token store, readable only by you: nothing leaked.");
    } else {
        a.verdict =
            tr("Exposed (%1): revoke it and reissue it as a fine-grained token, then remove every copy.")
                .arg(exposureName(a.worst));
    }
    if (a.legacy && !a.dead) {
        a.verdict +=
            QLatin1Char(' ') + tr("It is a classic %1 token: reissue it as fine-grained, whatever its "
                                  "age.")
                                   .arg(check->role);
    }
    return a;
}

} // namespace keyscout
