// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "findings/Finding.h"

#include <QHash>
#include <QMainWindow>

class QLabel;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QStackedWidget;
class QTreeWidget;
class QTreeWidgetItem;

namespace keyscout {

class ScanController;
struct ScanProgress;

// The desktop window: a start page with the scan presets, then the findings grouped by secret as they
// arrive, with the masked context of the selected place.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    void scanFolders(const QStringList& roots);
    void scanDemoWorkstation();

private:
    QWidget* createStartPage();
    QWidget* createResultsPage();
    void chooseFolder();
    void addFindings(const QList<Finding>& batch);
    void showProgress(const ScanProgress& progress);
    void scanFinished(bool cancelled, const QStringList& errors);
    void showSelected();

    ScanController* m_controller = nullptr;
    QStackedWidget* m_pages = nullptr;
    QLabel* m_status = nullptr;
    QProgressBar* m_busy = nullptr;
    QPushButton* m_cancel = nullptr;
    QTreeWidget* m_tree = nullptr;
    QPlainTextEdit* m_context = nullptr;
    QHash<QString, QTreeWidgetItem*> m_secretItems;
    QList<Finding> m_findings;
};

} // namespace keyscout
