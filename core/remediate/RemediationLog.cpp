// SPDX-License-Identifier: GPL-3.0-or-later
#include "RemediationLog.h"

#include "AtomicFile.h"
#include "findings/PrivateDatabase.h"

#include <QCoreApplication>
#include <QDir>

namespace keyscout {

RemediationLog::RemediationLog(QString fingerprint, QString masked, QString ruleName)
    : m_fingerprint(std::move(fingerprint))
    , m_masked(std::move(masked))
    , m_ruleName(std::move(ruleName))
    , m_started(QDateTime::currentDateTimeUtc())
{
}

void RemediationLog::add(const QString& step, const QString& text)
{
    m_events.append({QDateTime::currentDateTimeUtc(), step, text});
}

QString RemediationLog::toMarkdown() const
{
    const auto tr = [](const char* text) {
        return QCoreApplication::translate("keyscout::RemediationLog", text);
    };
    QString md = tr("# Remediation of %1 %2").arg(m_ruleName, m_masked) + QStringLiteral("\n\n");
    md += tr("- Fingerprint (SHA-256 of the token): `%1`").arg(m_fingerprint) + QLatin1Char('\n');
    md += tr("- Started: %1").arg(m_started.toString(Qt::ISODate)) + QLatin1Char('\n');
    md += tr("- Written by Keyscout %1").arg(QCoreApplication::applicationVersion()) + QStringLiteral("\n\n");
    md += tr("## What was done") + QStringLiteral("\n\n");
    if (m_events.isEmpty()) {
        md += tr("Nothing yet.") + QLatin1Char('\n');
    }
    for (const Event& e : m_events) {
        md += QStringLiteral("- %1 **%2** %3\n").arg(e.time.toString(Qt::ISODate), e.step, e.text);
    }
    md += QLatin1Char('\n') + tr("## What remains") + QStringLiteral("\n\n");
    if (m_remaining.isEmpty()) {
        md += tr("Nothing.") + QLatin1Char('\n');
    }
    for (const QString& r : m_remaining) {
        md += QStringLiteral("- %1\n").arg(r);
    }
    return md;
}

bool RemediationLog::save(const QString& path, QString* error) const
{
    const QString folder = path.left(path.lastIndexOf(QLatin1Char('/')));
    if (!folder.isEmpty() && !QDir().mkpath(folder)) {
        *error = QCoreApplication::translate("keyscout::RemediationLog", "%1: the folder cannot be created")
                     .arg(folder);
        return false;
    }
    return writeFileAtomically(path, toMarkdown().toUtf8(), error, 0600);
}

QString RemediationLog::defaultPath() const
{
    return PrivateDatabase::defaultFolder() + QStringLiteral("/remediation/") + m_fingerprint.left(12) +
           QLatin1Char('-') + m_started.toString(QStringLiteral("yyyyMMdd-HHmmss")) + QStringLiteral(".md");
}

} // namespace keyscout
