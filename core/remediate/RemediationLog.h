// SPDX-License-Identifier: GPL-3.0-or-later
// What was done to fix one leaked token, when, and what remains: kept as a log the person can file. It
// names the token by its mask and fingerprint only.
#pragma once

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace keyscout {

class RemediationLog {
public:
    struct Event {
        QDateTime time; // UTC
        QString step;   // "Assess", "Revoke", …
        QString text;   // what happened, secrets masked
    };

    RemediationLog(QString fingerprint, QString masked, QString ruleName);

    void add(const QString& step, const QString& text);
    void setRemaining(const QStringList& remaining) { m_remaining = remaining; }

    [[nodiscard]] const QList<Event>& events() const { return m_events; }
    [[nodiscard]] QStringList remaining() const { return m_remaining; }

    // A Markdown document: the token (mask, fingerprint), each event with its time, what remains.
    [[nodiscard]] QString toMarkdown() const;
    // Writes the Markdown to `path` atomically, owner-only (0600).
    bool save(const QString& path, QString* error) const;
    // ~/.local/share/keyscout/remediation/<fingerprint's first 12>-<time>.md
    [[nodiscard]] QString defaultPath() const;

private:
    QString m_fingerprint;
    QString m_masked;
    QString m_ruleName;
    QDateTime m_started;
    QList<Event> m_events;
    QStringList m_remaining;
};

} // namespace keyscout
