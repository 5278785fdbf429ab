// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "findings/Finding.h"
#include "rules/RuleCatalogue.h"
#include "sources/FileSystemScanner.h"
#include "sources/ScanOptions.h"

#include <QFuture>
#include <QObject>
#include <QTimer>
#include <memory>

namespace keyscout {

class Matcher;

// Runs one filesystem scan at a time on a worker thread and hands results to the UI thread in batches.
// Every scan has a generation number; batches from an older scan are dropped on arrival (STYLE.md 2).
class ScanController : public QObject {
    Q_OBJECT
public:
    explicit ScanController(QObject* parent = nullptr);
    ~ScanController() override;

    void start(const ScanOptions& options);
    void cancel();
    [[nodiscard]] bool isRunning() const { return m_running; }
    // Counters of the current (or last) scan; safe to read while it runs.
    [[nodiscard]] ScanProgress progress() const { return m_scanner ? m_scanner->progress() : ScanProgress{}; }
    [[nodiscard]] const RuleCatalogue& catalogue() const { return m_catalogue; }

signals:
    void findingsArrived(const QList<keyscout::Finding>& batch);
    void progressChanged(const keyscout::ScanProgress& progress);
    void finished(bool cancelled, const QStringList& errors);

private:
    void deliver(quint64 generation, const QList<Finding>& batch);
    void onFinished(quint64 generation);

    RuleCatalogue m_catalogue;
    std::unique_ptr<Matcher> m_matcher;
    std::shared_ptr<FileSystemScanner> m_scanner;
    QFuture<void> m_future;
    QTimer m_progressTimer;
    quint64 m_generation = 0;
    bool m_running = false;
};

} // namespace keyscout
