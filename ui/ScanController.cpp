// SPDX-License-Identifier: GPL-3.0-or-later
#include "ScanController.h"

#include "detect/Matcher.h"

#include <QPointer>
#include <QtConcurrent/QtConcurrentRun>

namespace keyscout {

ScanController::ScanController(QObject* parent)
    : QObject(parent)
    , m_catalogue(RuleCatalogue::withUserRules({}))
    , m_matcher(std::make_unique<Matcher>(m_catalogue.rules()))
{
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
    auto scanner = std::make_shared<FileSystemScanner>(*m_matcher, options);
    m_scanner = scanner;
    m_running = true;
    QPointer<ScanController> self(this);
    m_future = QtConcurrent::run([self, scanner, generation] {
        scanner->run([self, generation](QList<Finding>&& batch) {
            QMetaObject::invokeMethod(
                self.data(),
                [self, generation, batch = std::move(batch)] {
                    if (!self.isNull()) {
                        self->deliver(generation, batch);
                    }
                },
                Qt::QueuedConnection);
        });
        QMetaObject::invokeMethod(
            self.data(),
            [self, generation] {
                if (!self.isNull()) {
                    self->onFinished(generation);
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

void ScanController::deliver(quint64 generation, const QList<Finding>& batch)
{
    if (generation == m_generation) {
        emit findingsArrived(batch);
    }
}

void ScanController::onFinished(quint64 generation)
{
    if (generation != m_generation) {
        return;
    }
    m_progressTimer.stop();
    m_running = false;
    QStringList errors = m_scanner->rootErrors();
    for (const RuleError& e : m_catalogue.errors()) {
        errors << e.toString();
    }
    emit progressChanged(m_scanner->progress());
    emit finished(m_scanner->isCancelled(), errors);
}

} // namespace keyscout
