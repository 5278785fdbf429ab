// SPDX-License-Identifier: GPL-3.0-or-later
#include "FindingId.h"

#include <QCryptographicHash>
#include <QHash>
#include <algorithm>
#include <numeric>
#include <vector>

namespace keyscout {

namespace {

// What identifies a place apart from its occurrence: every field that stays when lines move.
QByteArray placeKey(const Finding& f)
{
    QStringList parts{QStringLiteral("keyscout-finding-v1"), f.ruleId, f.secretSha256,
                      sourceKindId(f.place.kind)};
    const Place& p = f.place;
    switch (p.kind) {
    case SourceKind::Git:
        parts << f.path << p.git.blob << p.git.pathInRepo << p.git.commit
              << (p.git.inConfig ? QStringLiteral("config") : QString());
        break;
    case SourceKind::Notebook:
        parts << f.path << QString::number(p.cell) << QString::number(static_cast<int>(p.part))
              << QString::number(p.output);
        break;
    case SourceKind::Process:
        // /proc/PID/… changes with every run: the process name, the variable and which file of it (environ
        // or cmdline, the path's last component) say where instead.
        parts << p.outputType << f.path.section(QLatin1Char('/'), -1) << p.name;
        break;
    case SourceKind::CredentialFile:
    case SourceKind::TokenStore:
        // Entries can hold the same secret at one offset (docker's decoded `auth` values have offset -1).
        parts << f.path << p.name << p.user << p.field;
        break;
    case SourceKind::File:
    case SourceKind::ShellHistory:
    case SourceKind::IPythonHistory:
    case SourceKind::Environment:
    case SourceKind::ModelFile:
        parts << f.path;
        break;
    }
    return parts.join(QChar(0)).toUtf8();
}

QString hashId(const QByteArray& key, int occurrence)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(key);
    hash.addData(QByteArray(1, '\0'));
    hash.addData(QByteArray::number(occurrence));
    return QString::fromLatin1(hash.result().left(16).toHex());
}

} // namespace

QString FindingId::compute(const Finding& finding, int occurrence)
{
    return hashId(placeKey(finding), occurrence);
}

QStringList FindingId::of(const QList<Finding>& findings)
{
    std::vector<QByteArray> keys;
    keys.reserve(static_cast<size_t>(findings.size()));
    for (const Finding& f : findings) {
        keys.push_back(placeKey(f));
    }
    // Copies with the same key in file order; the index breaks ties so the result does not depend on the
    // order of the list when the places differ at all.
    std::vector<qsizetype> order(static_cast<size_t>(findings.size()));
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&](qsizetype a, qsizetype b) {
        const Finding& x = findings.at(a);
        const Finding& y = findings.at(b);
        return std::tie(keys[static_cast<size_t>(a)], x.offset, x.line, x.column, x.place.lineInPart) <
               std::tie(keys[static_cast<size_t>(b)], y.offset, y.line, y.column, y.place.lineInPart);
    });
    QStringList ids(findings.size());
    QHash<QByteArray, int> seen;
    for (const qsizetype i : order) {
        const QByteArray& key = keys[static_cast<size_t>(i)];
        const int occurrence = ++seen[key];
        ids[i] = hashId(key, occurrence);
    }
    return ids;
}

} // namespace keyscout
