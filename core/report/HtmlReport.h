// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ReportAnnotations.h"
#include "ScanResult.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace keyscout {

// The report for people (README "Reports", HTML): one self-contained page — inline CSS, no script, no
// external resource, a Content-Security-Policy that forbids them — with the scan's summary, severity counts,
// bars of the findings by provider and by kind of place, then one section per secret (masked secret,
// provider, severity, the cached check, the triage decision and the journal's changes, every place with its
// exposure and masked context), what was skipped, the notices, and the responder's evidence when there is
// some. Everything taken from the scan is escaped: paths and context come from files anyone could have named
// or written. Light and dark follow the reader's setting; it prints on white.
class HtmlReport {
    Q_DECLARE_TR_FUNCTIONS(HtmlReport)

public:
    static QByteArray render(const ScanResult& result, const ReportOptions& options,
                             const ReportAnnotations& annotations = {});
    // `text` with & < > " ' escaped and control characters (other than tab and line ends) made visible as
    // U+FFFD, so nothing read from a file can become markup.
    static QString escape(const QString& text);
};

} // namespace keyscout
