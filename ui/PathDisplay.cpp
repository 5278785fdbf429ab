// SPDX-License-Identifier: GPL-3.0-or-later
#include "PathDisplay.h"

#include <QDir>

namespace keyscout::PathDisplay {

namespace {

struct Alias {
    QString real;
    QString shown;
};

Alias& alias()
{
    static Alias a;
    return a;
}

QString underFolder(const QString& path, const QString& folder, const QString& shownAs)
{
    if (folder.isEmpty()) {
        return {};
    }
    if (path == folder) {
        return shownAs;
    }
    if (path.startsWith(folder) && path.at(folder.size()) == QLatin1Char('/')) {
        return shownAs + path.mid(folder.size());
    }
    return {};
}

} // namespace

void setAlias(const QString& realFolder, const QString& shownAs)
{
    QString real = QDir::cleanPath(realFolder);
    alias() = Alias{real, shownAs};
}

void clearAlias()
{
    alias() = Alias{};
}

bool hasAlias()
{
    return !alias().real.isEmpty();
}

QString shown(const QString& path)
{
    const Alias& a = alias();
    QString out = underFolder(path, a.real, a.shown);
    if (!out.isEmpty()) {
        return out;
    }
    out = underFolder(path, QDir::homePath(), QStringLiteral("~"));
    return out.isEmpty() ? path : out;
}

QString shownIn(const QString& text)
{
    const Alias& a = alias();
    if (a.real.isEmpty() || !text.contains(a.real)) {
        return text;
    }
    QString out = text;
    return out.replace(a.real, a.shown);
}

} // namespace keyscout::PathDisplay
