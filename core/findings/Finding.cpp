// SPDX-License-Identifier: GPL-3.0-or-later
#include "Finding.h"

#include <QHash>
#include <algorithm>

namespace keyscout {

QList<SecretGroup> groupBySecret(const QList<Finding>& findings)
{
    QHash<QString, qsizetype> index;
    QList<SecretGroup> groups;
    for (const Finding& f : findings) {
        auto it = index.find(f.secretSha256);
        if (it == index.end()) {
            SecretGroup g;
            g.secretSha256 = f.secretSha256;
            g.secret = f.secret;
            g.masked = f.masked;
            g.ruleId = f.ruleId;
            g.provider = f.provider;
            g.providerName = f.providerName;
            g.severity = f.severity;
            g.confidence = f.confidence;
            it = index.insert(f.secretSha256, groups.size());
            groups.append(g);
        }
        SecretGroup& g = groups[*it];
        if (f.confidence > g.confidence) {
            g.confidence = f.confidence;
            g.ruleId = f.ruleId;
            g.provider = f.provider;
            g.providerName = f.providerName;
            g.masked = f.masked;
        }
        g.severity = std::max(g.severity, f.severity);
        g.findings.append(f);
    }
    for (SecretGroup& g : groups) {
        std::sort(g.findings.begin(), g.findings.end(), [](const Finding& a, const Finding& b) {
            return std::tie(a.path, a.line, a.column) < std::tie(b.path, b.line, b.column);
        });
    }
    std::sort(groups.begin(), groups.end(), [](const SecretGroup& a, const SecretGroup& b) {
        if (a.severity != b.severity) {
            return a.severity > b.severity;
        }
        return a.findings.first().path < b.findings.first().path;
    });
    return groups;
}

} // namespace keyscout
