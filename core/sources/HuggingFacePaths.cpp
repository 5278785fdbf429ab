// SPDX-License-Identifier: GPL-3.0-or-later
#include "HuggingFacePaths.h"

#include <QDir>
#include <QFileInfo>

namespace keyscout {

namespace {

// os.path.expanduser as huggingface_hub applies it to HF_HOME and HF_TOKEN_PATH.
QString expandUser(const QString& path, const QString& userHome)
{
    if (path == QLatin1String("~")) {
        return userHome;
    }
    if (path.startsWith(QLatin1String("~/"))) {
        return userHome + path.mid(1);
    }
    return path;
}

bool isUnder(const QString& path, const QString& root)
{
    const QString r = QDir::cleanPath(root);
    const QString p = QDir::cleanPath(path);
    return p == r || p.startsWith(r.endsWith(QLatin1Char('/')) ? r : r + QLatin1Char('/'));
}

} // namespace

HuggingFacePaths HuggingFacePaths::resolve(const QProcessEnvironment& env, const QString& userHome)
{
    HuggingFacePaths p;
    const QString hfHome = env.value(QStringLiteral("HF_HOME"));
    const QString xdgCache = env.value(QStringLiteral("XDG_CACHE_HOME"));
    if (!hfHome.isEmpty()) {
        p.home = expandUser(hfHome, userHome);
    } else if (!xdgCache.isEmpty()) {
        p.home = expandUser(xdgCache, userHome) + QStringLiteral("/huggingface");
    } else {
        p.home = userHome + QStringLiteral("/.cache/huggingface");
    }
    p.home = QDir::cleanPath(p.home);
    const QString tokenPath = env.value(QStringLiteral("HF_TOKEN_PATH"));
    p.token = QDir::cleanPath(tokenPath.isEmpty() ? p.home + QStringLiteral("/token")
                                                  : expandUser(tokenPath, userHome));
    p.storedTokens = p.home + QStringLiteral("/stored_tokens");
    p.legacyToken = userHome + QStringLiteral("/.huggingface/token");
    p.stagingToken = userHome + QStringLiteral("/.cache/huggingface_staging/token");
    return p;
}

QStringList HuggingFacePaths::tokenFiles() const
{
    return {token, storedTokens, legacyToken, stagingToken};
}

QStringList HuggingFacePaths::outside(const QStringList& roots) const
{
    QStringList out;
    auto add = [&](const QString& path) {
        if (path.isEmpty() || !QFileInfo::exists(path)) {
            return;
        }
        for (const QString& r : roots) {
            if (isUnder(path, r)) {
                return;
            }
        }
        for (const QString& o : std::as_const(out)) {
            if (isUnder(path, o)) {
                return;
            }
        }
        out << path;
    };
    add(home);
    add(token);
    return out;
}

} // namespace keyscout
