// SPDX-License-Identifier: GPL-3.0-or-later
#include "WorkshopScore.h"

#include "findings/PlaceDescription.h"

#include <QCryptographicHash>
#include <algorithm>

namespace keyscout {

WorkshopScore::WorkshopScore(const QHash<QString, QByteArray>& planted)
{
    for (auto it = planted.begin(); it != planted.end(); ++it) {
        Secret s;
        s.name = it.key();
        s.sha256 =
            QString::fromLatin1(QCryptographicHash::hash(it.value(), QCryptographicHash::Sha256).toHex());
        m_raw.insert(s.sha256, it.value());
        m_secrets.append(s);
    }
    std::sort(m_secrets.begin(), m_secrets.end(),
              [](const Secret& a, const Secret& b) { return a.name < b.name; });
}

void WorkshopScore::recordScan(const QList<Finding>& findings)
{
    ++m_scans;
    QHash<QString, qsizetype> index;
    for (qsizetype i = 0; i < m_secrets.size(); ++i) {
        Secret& s = m_secrets[i];
        index.insert(s.sha256, i);
        s.exposedCopies = 0;
        s.historyCopies = 0;
        s.storedCopies = 0;
    }
    for (const Finding& f : findings) {
        const auto it = index.constFind(f.secretSha256);
        if (it == index.constEnd()) {
            continue; // not planted by the demo (a participant's own test token): not scored
        }
        Secret& s = m_secrets[*it];
        s.found = true;
        if (s.provider.isEmpty()) {
            s.masked = f.masked;
            s.provider = f.provider;
            s.providerName = f.providerName;
        }
        if (f.place.kind == SourceKind::Git && !f.place.git.inConfig) {
            ++s.historyCopies;
        } else if (exposureOf(f) == Exposure::StoredProperly) {
            ++s.storedCopies;
        } else {
            ++s.exposedCopies;
        }
        if (exposureOf(f) != Exposure::StoredProperly) {
            s.everExposed = true;
        }
    }
}

void WorkshopScore::updateRevocations(const std::function<bool(const QByteArray&)>& knows,
                                      const std::function<bool(const QByteArray&)>& isRevoked)
{
    for (Secret& s : m_secrets) {
        const QByteArray raw = m_raw.value(s.sha256);
        s.revocable = knows(raw);
        s.revoked = s.revocable && isRevoked(raw);
    }
}

int WorkshopScore::found() const
{
    return static_cast<int>(
        std::count_if(m_secrets.begin(), m_secrets.end(), [](const Secret& s) { return s.found; }));
}

int WorkshopScore::toFix() const
{
    return static_cast<int>(
        std::count_if(m_secrets.begin(), m_secrets.end(), [](const Secret& s) { return s.toFix(); }));
}

int WorkshopScore::fixed() const
{
    return static_cast<int>(
        std::count_if(m_secrets.begin(), m_secrets.end(), [](const Secret& s) { return s.fixed(); }));
}

} // namespace keyscout
