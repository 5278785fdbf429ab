// SPDX-License-Identifier: GPL-3.0-or-later
#include "ScanController.h"

#include "detect/Matcher.h"
#include "report/EvidenceCollector.h"
#include "sources/ScannedSystem.h"

#include <QPointer>
#include <QtConcurrent/QtConcurrentRun>

namespace keyscout {

namespace {

constexpr qint64 kDeliveryIntervalMs = 100; // findings reach the window at most this often

// A responder scan's findings, kept on the worker thread for its evidence: which files to hash, what the
// timeline holds. Collected once the files are read, before the scan reports that it finished.
class ResponderScan {
public:
    ResponderScan(const ScanOptions& options, const QString& catalogueVersion)
        : m_root(options.responderRoot)
    {
        m_result.roots = options.roots;
        m_result.catalogueVersion = catalogueVersion;
        m_result.startedAt = QDateTime::currentDateTimeUtc();
    }

    void add(const QList<Finding>& batch)
    {
        const std::lock_guard lock(m_mutex);
        m_result.findings += batch;
    }

    std::optional<Evidence> collect()
    {
        const std::lock_guard lock(m_mutex);
        m_result.finishedAt = QDateTime::currentDateTimeUtc();
        QString error;
        const ScannedSystem system = ScannedSystem::read(m_root, &error);
        if (!system.isValid()) {
            return std::nullopt; // the folder went away during the scan: nothing to say about it
        }
        return EvidenceCollector::collect(m_result, system);
    }

private:
    QString m_root;
    std::mutex m_mutex;
    ScanResult m_result;
};

} // namespace

ScanController::ScanController(QObject* parent)
    : QObject(parent)
    , m_catalogue(RuleCatalogue::withUserRules({}))
    , m_matcher(std::make_unique<Matcher>(m_catalogue.rules()))
{
    m_deliveryTimer.setSingleShot(true);
    connect(&m_deliveryTimer, &QTimer::timeout, this, &ScanController::deliverPending);
    m_progressTimer.setInterval(100);
    connect(&m_progressTimer, &QTimer::timeout, this, [this] {
        if (m_scanner) {
            emit progressChanged(m_scanner->progress());
        }
    });
}

ScanController::~ScanController()
{
    cancel();
    m_future.waitForFinished(); // the worker uses m_matcher: let it stop first
}

void ScanController::start(const ScanOptions& options)
{
    cancel();
    m_future.waitForFinished(); // cancelled workers stop between files, within milliseconds
    const quint64 generation = ++m_generation;
    ScanOptions background = options;
    background.workerNiceness = 10; // the UI thread first: its short bursts get a core at once
    auto scanner = std::make_shared<FileSystemScanner>(*m_matcher, background);
    m_scanner = scanner;
    auto pending = std::make_shared<PendingFindings>();
    m_pending = pending;
    m_deliveryTimer.stop();
    m_sinceDelivery.invalidate();
    m_running = true;
    m_evidence.reset();
    QPointer<ScanController> self(this);
    const auto responder = options.responderRoot.isEmpty()
                               ? nullptr
                               : std::make_shared<ResponderScan>(options, m_catalogue.version());
    m_future = QtConcurrent::run([self, scanner, pending, generation, responder] {
        scanner->run([self, pending, generation, responder](QList<Finding>&& batch) {
            if (responder) {
                responder->add(batch);
            }
            const std::lock_guard lock(pending->mutex);
            pending->items.append(std::move(batch));
            if (!pending->notified) {
                pending->notified = true;
                QMetaObject::invokeMethod(
                    self.data(),
                    [self, generation] {
                        if (!self.isNull() && generation == self->m_generation) {
                            self->scheduleDelivery();
                        }
                    },
                    Qt::QueuedConnection);
            }
        });
        std::optional<Evidence> evidence = responder ? responder->collect() : std::nullopt;
        QMetaObject::invokeMethod(
            self.data(),
            [self, generation, evidence = std::move(evidence)] {
                if (!self.isNull()) {
                    self->onFinished(generation, evidence);
                }
            },
            Qt::QueuedConnection);
    });
    m_progressTimer.start();
}

void ScanController::cancel()
{
    if (m_scanner) {
        m_scanner->cancel();
    }
}

void ScanController::scheduleDelivery()
{
    const qint64 wait = m_sinceDelivery.isValid() ? kDeliveryIntervalMs - m_sinceDelivery.elapsed() : 0;
    if (wait <= 0) {
        deliverPending(); // the first findings at once
    } else if (!m_deliveryTimer.isActive()) {
        m_deliveryTimer.start(static_cast<int>(wait));
    }
}

void ScanController::deliverPending()
{
    if (!m_pending) {
        return;
    }
    QList<Finding> batch;
    {
        const std::lock_guard lock(m_pending->mutex);
        batch.swap(m_pending->items);
        m_pending->notified = false;
    }
    m_sinceDelivery.start();
    if (!batch.isEmpty()) {
        emit findingsArrived(batch);
    }
}

void ScanController::onFinished(quint64 generation, std::optional<Evidence> evidence)
{
    if (generation != m_generation) {
        return;
    }
    m_evidence = std::move(evidence);
    m_progressTimer.stop();
    m_deliveryTimer.stop();
    deliverPending(); // what the workers found since the last delivery
    m_running = false;
    QStringList errors = m_scanner->rootErrors();
    for (const RuleError& e : m_catalogue.errors()) {
        errors << e.toString();
    }
    emit progressChanged(m_scanner->progress());
    emit finished(m_scanner->isCancelled(), errors);
}

} // namespace keyscout
