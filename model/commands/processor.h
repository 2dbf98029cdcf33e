#pragma once

#include "core/result.h"

#include <QJsonObject>
#include <QObject>
#include <QTimer>

namespace Ledgerdesk {

class CommandExecutor;
class ConnectionKeeper;
class Database;

// Drains the queue: claims a batch, applies each message through the executor inside one SQL
// transaction (a SAVEPOINT per message, so one bad message never undoes or blocks the others), and
// in that same transaction removes each applied message, dead-letters permanent failures with their
// reason, and schedules transient failures for a retry with backoff (dead-lettered after
// Queue::maxReceiveCount receipts). A QTimer polls; wake() drains at once after a local enqueue, and
// on PostgreSQL a NOTIFY from any machine wakes it too. Lives on the connection's thread.
class Processor : public QObject
{
    Q_OBJECT

public:
    struct Report
    {
        int claimed = 0;
        int applied = 0;
        int deadLettered = 0;
        int retried = 0;

        Report &operator+=(const Report &batch)
        {
            claimed += batch.claimed;
            applied += batch.applied;
            deadLettered += batch.deadLettered;
            retried += batch.retried;
            return *this;
        }
    };

    static constexpr int defaultBatchSize = 500;
    static constexpr qint64 visibilityTimeoutMs = 30000;

    Processor(Database &db, CommandExecutor &executor, QObject *parent = nullptr);

    CommandExecutor &executor() const { return m_executor; }

    void setBatchSize(int messages) { m_batchSize = qMax(1, messages); }
    void setPollInterval(int milliseconds) { m_poll.setInterval(milliseconds); }
    // Pauses draining while `keeper` says the book is unreachable and resumes when it reconnects.
    void setConnectionKeeper(ConnectionKeeper *keeper);

    // Starts polling (and listening, on PostgreSQL).
    void start();
    void pause();
    void resume();
    bool isPaused() const { return m_paused; }

    // Drains soon, from the event loop: call after enqueueing locally.
    void wake();
    // One batch, now. A Storage error means nothing of the batch was kept; its messages come back
    // after the visibility timeout.
    Result<Report> drainBatch();
    // Batches until no message is visible (messages waiting for a retry are left for later).
    Result<Report> drainAll();

Q_SIGNALS:
    void applied(const QString &messageId, const QString &type, const QJsonObject &result);
    void failed(const QString &messageId, const QString &type, const QString &reason, bool deadLettered);
    void batchFinished(const Ledgerdesk::Processor::Report &report);
    void pausedChanged(bool paused);

private:
    void onTimer();
    void listen();

    Database &m_db;
    CommandExecutor &m_executor;
    ConnectionKeeper *m_keeper = nullptr;
    QTimer m_poll;
    QTimer m_soon;
    int m_batchSize = defaultBatchSize;
    bool m_paused = false;
};

} // namespace Ledgerdesk
