// SPDX-License-Identifier: GPL-3.0-or-later
#include "GitConfigSecrets.h"

#include "RemoteUrls.h"

#include "sources/FindingBuilder.h"

#include <QFile>
#include <QFileInfo>
#include <QUrl>
#include <sys/stat.h>

namespace keyscout::git {

namespace {

// Configuration files are a few KiB; anything far larger is not one git wrote.
constexpr qint64 kMaxConfigSize = qint64(1) << 20;

struct ConfigSetting {
    QString section;    // "remote", lower case
    QString subsection; // "origin", as written
    QString key;        // "url", lower case
    QString value;
};

std::string_view lineAt(std::string_view text, size_t offset, size_t* start)
{
    const size_t nl = offset == 0 ? std::string_view::npos : text.rfind('\n', offset - 1);
    *start = nl == std::string_view::npos ? 0 : nl + 1;
    const size_t end = text.find('\n', offset);
    return text.substr(*start, (end == std::string_view::npos ? text.size() : end) - *start);
}

// The setting on the line holding byte `offset` of a git configuration file, and the section it is in.
// Git's format (git-config(1)): `[section "subsection"]` headers, `key = value` lines, `#`/`;` comments.
ConfigSetting settingAt(std::string_view text, size_t offset)
{
    ConfigSetting setting;
    size_t start = 0;
    const QString line = QString::fromUtf8(lineAt(text, offset, &start)).trimmed();
    const qsizetype equals = line.indexOf(QLatin1Char('='));
    if (equals > 0 && !line.startsWith(QLatin1Char('['))) {
        setting.key = line.left(equals).trimmed().toLower();
        setting.value = line.mid(equals + 1).trimmed();
        if (setting.value.size() >= 2 && setting.value.startsWith(QLatin1Char('"')) &&
            setting.value.endsWith(QLatin1Char('"'))) {
            setting.value = setting.value.mid(1, setting.value.size() - 2);
        }
    }
    // The nearest section header at or before the line (the header itself may hold the secret).
    size_t pos = start + 1;
    while (pos > 0) {
        size_t headerStart = 0;
        const QString header = QString::fromUtf8(lineAt(text, pos - 1, &headerStart)).trimmed();
        if (header.startsWith(QLatin1Char('['))) {
            const qsizetype close = header.lastIndexOf(QLatin1Char(']'));
            const QString inside = header.mid(1, (close > 0 ? close : header.size()) - 1).trimmed();
            const qsizetype quote = inside.indexOf(QLatin1Char('"'));
            if (quote > 0) {
                setting.section = inside.left(quote).trimmed().toLower();
                setting.subsection = inside.mid(quote + 1);
                setting.subsection.chop(setting.subsection.endsWith(QLatin1Char('"')) ? 1 : 0);
            } else {
                // Old-style `[section.subsection]`.
                const qsizetype dot = inside.indexOf(QLatin1Char('.'));
                setting.section = (dot > 0 ? inside.left(dot) : inside).toLower();
                setting.subsection = dot > 0 ? inside.mid(dot + 1) : QString();
            }
            break;
        }
        pos = headerStart;
    }
    return setting;
}

bool looksLikeUrl(const QString& text)
{
    return text.contains(QLatin1String("://")) ||
           (text.contains(QLatin1Char('@')) && text.contains(QLatin1Char(':')));
}

FileFacts configFacts(const QString& path, qint64 size)
{
    FileFacts facts;
    facts.size = size;
    struct stat st {};
    if (::stat(QFile::encodeName(path).constData(), &st) == 0) {
        facts.mtime = st.st_mtime;
        facts.mode = st.st_mode & 07777U;
        facts.uid = st.st_uid;
    }
    facts.owner = QFileInfo(path).owner();
    return facts;
}

} // namespace

QList<Finding> scanConfigFile(const Matcher& matcher, Matcher::Scratch& scratch, std::vector<Match>& matches,
                              const QString& path, const QString& repository)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly) || file.size() > kMaxConfigSize) {
        return {};
    }
    const QByteArray bytes = file.readAll();
    const std::string_view text(bytes.constData(), static_cast<size_t>(bytes.size()));
    matches.clear();
    matcher.scan(text, BufferRegion::whole(text.size()), QFile::encodeName(path).toStdString(), scratch,
                 matches);
    QList<Finding> found;
    if (matches.empty()) {
        return found;
    }
    detail::collectFindings(matcher, text, matches, 0, 0, false, path, SourceKind::Git,
                            configFacts(path, bytes.size()), found);
    // Setting names and URLs go into the place: never with a raw secret in them (a token can be a URL's user
    // name, or part of an insteadOf section's name).
    const auto masked = [&found](QString text) {
        for (const Finding& other : std::as_const(found)) {
            text.replace(QString::fromUtf8(other.secret), other.masked);
        }
        return text;
    };
    for (Finding& f : found) {
        ConfigSetting setting = settingAt(text, static_cast<size_t>(f.offset));
        setting.subsection = masked(setting.subsection);
        setting.value = masked(setting.value);
        f.place.git.repository = repository;
        f.place.git.inConfig = true;
        f.place.name = setting.section;
        if (!setting.subsection.isEmpty()) {
            f.place.name += QLatin1Char('.') + setting.subsection;
        }
        if (!setting.key.isEmpty()) {
            f.place.name += QLatin1Char('.') + setting.key;
        }
        f.place.field = setting.key;
        const QString url = looksLikeUrl(setting.value)        ? setting.value
                            : looksLikeUrl(setting.subsection) ? setting.subsection
                                                               : QString();
        if (!url.isEmpty()) {
            f.place.git.remoteHost = remoteUrlHost(url);
            if (url.contains(QLatin1String("://"))) {
                f.place.user = QUrl(url).userName();
            }
        }
        if (setting.section == QLatin1String("remote")) {
            f.place.git.remotes = {setting.subsection};
            f.notes << QStringLiteral("the token is part of remote \u201c%1\u201d's URL: every fetch and "
                                      "push sends it and git "
                                      "may print it; remove it with `git remote set-url %1 <URL without the "
                                      "token>` and let a "
                                      "credential helper supply it")
                           .arg(setting.subsection);
        } else if (setting.section == QLatin1String("credential")) {
            f.notes << QStringLiteral(
                "written into a git credential setting: use a credential helper "
                "(`git config credential.helper store` or the system keychain) instead");
        } else if (setting.section == QLatin1String("url")) {
            f.notes << QStringLiteral(
                "the token is part of a URL rewrite (`url.<base>.insteadOf`): remove it "
                "from the URL and let a credential helper supply it");
        } else {
            f.notes << QStringLiteral(
                "written into the repository's git configuration: move it to a credential "
                "helper or an environment variable");
        }
    }
    return found;
}

} // namespace keyscout::git
