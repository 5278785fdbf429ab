// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sources/ScanOptions.h"

#include <QWidget>

class QCheckBox;
class QLineEdit;
class QGroupBox;

namespace keyscout {

// The first screen: what Keyscout does and reads, in two sentences, and the scan presets. Options (what to
// skip) are one click away and stay out of the way.
class StartPage : public QWidget {
    Q_OBJECT
public:
    explicit StartPage(QWidget* parent = nullptr);

    // The options as set on this page, for the given roots.
    [[nodiscard]] ScanOptions options(const QStringList& roots) const;
    // Whether the "This workstation" preset also reads running processes.
    [[nodiscard]] bool readProcesses() const;

signals:
    void scanWorkstationRequested();
    void scanFolderRequested();
    void scanMountedHomeRequested();
    void scanDemoRequested();
    void workshopRequested();

private:
    QGroupBox* m_optionsBox = nullptr;
    QCheckBox* m_defaultExcludes = nullptr;
    QCheckBox* m_processes = nullptr;
    QCheckBox* m_models = nullptr;
    QLineEdit* m_extraExcludes = nullptr;
};

} // namespace keyscout
