// SPDX-License-Identifier: GPL-3.0-or-later
#include "RemoteUrls.h"

#include "Git2Handles.h"

#include <QUrl>
#include <string_view>
#include <utility>

namespace keyscout::git {

std::vector<RemoteUrl> remoteUrls(git_repository* repository)
{
    std::vector<RemoteUrl> remotes;
    std::vector<std::pair<QString, QString>> rewrites; // prefix, base
    git_config* rawConfig = nullptr;
    if (git_repository_config_snapshot(&rawConfig, repository) != 0) {
        return remotes;
    }
    const ConfigPtr config(rawConfig);
    git_config_iterator* rawIterator = nullptr;
    if (git_config_iterator_new(&rawIterator, config.get()) != 0) {
        return remotes;
    }
    git_config_entry* entry = nullptr;
    while (git_config_next(&entry, rawIterator) == 0) {
        const std::string_view name(entry->name);
        const QString value = QString::fromUtf8(entry->value != nullptr ? entry->value : "");
        // The middle part of "remote.<name>.url" and "url.<base>.insteadof" may itself contain dots.
        if (name.size() > 11 && name.starts_with("remote.") && name.ends_with(".url")) {
            const QString remote = QString::fromUtf8(name.substr(7, name.size() - 11));
            const bool known = std::any_of(remotes.begin(), remotes.end(),
                                           [&remote](const RemoteUrl& r) { return r.name == remote; });
            if (!known) {
                remotes.push_back({remote, value, {}});
            }
        } else if (name.size() > 14 && name.starts_with("url.") && name.ends_with(".insteadof")) {
            rewrites.emplace_back(value, QString::fromUtf8(name.substr(4, name.size() - 14)));
        }
    }
    git_config_iterator_free(rawIterator);
    for (RemoteUrl& remote : remotes) {
        qsizetype longest = 0;
        QString base;
        for (const auto& [prefix, rewritten] : rewrites) {
            if (prefix.size() > longest && remote.url.startsWith(prefix)) {
                longest = prefix.size();
                base = rewritten;
            }
        }
        if (longest > 0) {
            remote.url = base + remote.url.mid(longest);
        }
        remote.host = remoteUrlHost(remote.url);
    }
    return remotes;
}

QString remoteUrlHost(const QString& url)
{
    const QString trimmed = url.trimmed();
    if (trimmed.contains(QLatin1String("://"))) {
        const QUrl parsed(trimmed);
        return parsed.scheme() == QLatin1String("file") ? QString() : parsed.host().toLower();
    }
    // scp-like "[user@]host:path": a colon before any slash. "C:/path" and "./a:b" are local paths.
    const qsizetype colon = trimmed.indexOf(QLatin1Char(':'));
    const qsizetype slash = trimmed.indexOf(QLatin1Char('/'));
    if (colon <= 1 || (slash >= 0 && slash < colon)) {
        return {};
    }
    const qsizetype at = trimmed.lastIndexOf(QLatin1Char('@'), colon);
    QString host = trimmed.mid(at + 1, colon - at - 1).toLower();
    if (host.startsWith(QLatin1Char('[')) && host.endsWith(QLatin1Char(']'))) {
        host = host.mid(1, host.size() - 2);
    }
    return host;
}

} // namespace keyscout::git
