// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "findings/Finding.h"
#include "report/Evidence.h"
#include "rules/RuleCatalogue.h"
#include "sources/FileSystemScanner.h"
#include "sources/ScanOptions.h"

#include <QElapsedTimer>
#include <QFuture>
#include <QObject>
#include <QTimer>
#include <memory>
#include <mutex>
#include <optional>

namespace keyscout {

class Matcher;

// Runs one filesystem scan at a time on a worker thread and hands results to the UI thread in batches.
// Every scan has a generation number; batches from an older scan are dropped on arrival (STYLE.md 2).
// A responder scan (options.responderRoot set: a mounted home or disk image) also collects its evidence on
// the worker thread once the files are read, before `finished`.
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
    [[nodiscard]] const Matcher* matcher() const { return m_matcher.get(); }
    // What the current (or last) scan skipped, and what it read as plain text because the format was broken.
    [[nodiscard]] QList<SkippedItem> skippedItems() const
    {
        return m_scanner ? m_scanner->skippedItems() : QList<SkippedItem>{};
    }
    [[nodiscard]] QList<SkippedItem> notices() const
    {
        return m_scanner ? m_scanner->notices() : QList<SkippedItem>{};
    }
    // The last responder scan's evidence (host, homes, file hashes, timeline), once it finished: what an
    // exported report carries. Empty for other scans and while one runs.
    [[nodiscard]] const std::optional<Evidence>& evidence() const { return m_evidence; }

signals:
    void findingsArrived(const QList<keyscout::Finding>& batch);
    void progressChanged(const keyscout::ScanProgress& progress);
    void finished(bool cancelled, const QStringList& errors);

private:
    // Findings of one scan on their way to the UI thread. Workers append one file's findings at a time and
    // post a call only when none is on its way; the UI thread takes all of them at once, at most once per
    // kDeliveryIntervalMs. So the window handles a few batches a second however many files have findings,
    // instead of a queued call per file that piles up while it is busy.
    struct PendingFindings {
        std::mutex mutex;
        QList<Finding> items;
        bool notified = false; // a call to scheduleDelivery() is queued
    };

    void scheduleDelivery();
    void deliverPending();
    void onFinished(quint64 generation, std::optional<Evidence> evidence);

    RuleCatalogue m_catalogue;
    std::unique_ptr<Matcher> m_matcher;
    std::shared_ptr<FileSystemScanner> m_scanner;
    std::shared_ptr<PendingFindings>
        m_pending; // of the current scan: an older scan's findings never get here
    QTimer m_deliveryTimer;
    QElapsedTimer m_sinceDelivery;
    QFuture<void> m_future;
    QTimer m_progressTimer;
    quint64 m_generation = 0;
    bool m_running = false;
    std::optional<Evidence> m_evidence;
};

} // namespace keyscout
