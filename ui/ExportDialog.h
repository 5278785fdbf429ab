// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "report/ReportFormat.h"

#include <QFileDialog>

class QCheckBox;

namespace keyscout {

// *Export report…*: where to save the current scan's report and in which format (HTML, JSON, SARIF, CSV or
// JSON Lines, from the chosen filter), and whether to include the raw secrets — unticked, and ticking it asks
// first, since such a file is itself a secret. Qt's own dialog rather than the platform's, which has no room
// for that choice.
class ExportDialog : public QFileDialog {
    Q_OBJECT
public:
    explicit ExportDialog(QWidget* parent = nullptr);

    // The format of the selected filter.
    [[nodiscard]] ReportFormat format() const;
    void setFormat(ReportFormat format);
    [[nodiscard]] bool includeSecrets() const;
    // The file to write: the selected file, with the format's suffix when it has none.
    [[nodiscard]] QString fileName() const;

    // The formats offered, in the order of the filters.
    static QList<ReportFormat> formats();

private:
    bool confirmSecrets();

    QCheckBox* m_secrets = nullptr;
};

} // namespace keyscout
