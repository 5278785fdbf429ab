// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "findings/Finding.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>
#include <functional>

namespace keyscout {

// The score of a workshop on the demo workstation (README "Workshops"): of the secrets the demo planted, how
// many the participant found, fixed and left. Only the planted secrets count; raw secrets stay in memory.
//
// A planted secret is *found* once a scan of the workshop found it. A found secret with no copy anywhere but
// Hugging Face's private token store needs nothing (the properly stored token). Every other one is to fix,
// and it is *fixed* when no copy is left outside the token store and git history and — for a token the
// workshop's stand-in for Hugging Face knows — the token is revoked: a leaked token is dead only once
// revoked, and a copy in git history (or a pushed commit) is harmless only then. What is to fix and not fixed
// is *left*; a planted secret never found is left too.
class WorkshopScore {
public:
    struct Secret {
        QString name;         // the demo's name for it ("HF_WRITE")
        QString sha256;       // hex SHA-256, as in the reports
        QString masked;       // "hf_AbCd…WxYz"
        QString provider;     // from the findings; empty until found
        QString providerName; // "Hugging Face"
        bool found = false;
        bool revocable = false; // the workshop's hub knows it: revocation is part of the fix
        bool revoked = false;
        int exposedCopies = 0;    // copies left outside the token store and git history (last scan)
        int historyCopies = 0;    // copies in git history (last scan)
        int storedCopies = 0;     // copies in the private token store (last scan)
        bool everExposed = false; // some scan found a copy outside the token store
        [[nodiscard]] bool toFix() const { return !found || everExposed; }
        [[nodiscard]] bool fixed() const
        {
            return found && everExposed && exposedCopies == 0 && (!revocable || revoked);
        }
    };

    WorkshopScore() = default;
    // `planted`: name → raw token, as DemoWorkstation::tokens() gives them.
    explicit WorkshopScore(const QHash<QString, QByteArray>& planted);

    // Every finding of one complete scan of the workshop: marks what was found and counts what is left.
    void recordScan(const QList<Finding>& findings);
    // Asks `isRevoked` (the hub) for every revocable secret and `knows` which ones the hub answers for.
    void updateRevocations(const std::function<bool(const QByteArray&)>& knows,
                           const std::function<bool(const QByteArray&)>& isRevoked);

    [[nodiscard]] const QList<Secret>& secrets() const { return m_secrets; }
    [[nodiscard]] int total() const { return static_cast<int>(m_secrets.size()); }
    [[nodiscard]] int found() const;
    [[nodiscard]] int toFix() const;
    [[nodiscard]] int fixed() const;
    [[nodiscard]] int left() const { return toFix() - fixed(); }
    [[nodiscard]] int scans() const { return m_scans; }

private:
    QList<Secret> m_secrets;          // sorted by name
    QHash<QString, QByteArray> m_raw; // sha256 → token, for the hub's questions only
    int m_scans = 0;
};

} // namespace keyscout
