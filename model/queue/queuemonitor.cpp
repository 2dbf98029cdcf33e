#include "queuemonitor.h"

#include "core/ids.h"
#include "core/logging.h"
#include "queue.h"
#include "storage/database.h"

#include <QSqlQuery>

#include <algorithm>

namespace Ledgerdesk {

QueueMonitor::QueueMonitor(Database &db, QObject *parent)
    : QObject(parent)
    , m_db(db)
{
    connect(&m_timer, &QTimer::timeout, this, &QueueMonitor::sample);
}

void QueueMonitor::start(int intervalMs)
{
    m_timer.start(intervalMs);
    sample();
}

bool QueueMonitor::sample()
{
    const qint64 now = Ids::nowMs();
    auto stats = Queue(m_db).stats(now);
    if (!stats) {
        qCWarning(lcQueue) << "cannot sample the queue:" << stats.error().detail;
        return false;
    }
    Sample sample;
    sample.atMs = now;
    sample.waiting = stats->waiting;
    sample.inFlight = stats->inFlight;
    sample.dead = stats->dead;

    // Latencies of what was applied since the last sample (at most the newest 2,000 for the percentiles).
    const qint64 since = m_lastAtMs > 0 ? m_lastAtMs : now - 1000;
    QSqlQuery &query
        = m_db.prepared(QStringLiteral("SELECT processed_at_ms - enqueued_at_ms FROM processed_messages "
                                       "WHERE processed_at_ms > ? AND processed_at_ms <= ? AND enqueued_at_ms IS NOT NULL "
                                       "ORDER BY processed_at_ms DESC LIMIT 2000"));
    query.addBindValue(since);
    query.addBindValue(now);
    QList<qint64> latencies;
    if (query.exec()) {
        while (query.next())
            latencies.append(qMax<qint64>(0, query.value(0).toLongLong()));
    }
    query.finish();
    QSqlQuery &count = m_db.prepared(
        QStringLiteral("SELECT COUNT(*) FROM processed_messages WHERE processed_at_ms > ? AND processed_at_ms <= ?"));
    count.addBindValue(since);
    count.addBindValue(now);
    qint64 applied = 0;
    if (count.exec() && count.next())
        applied = count.value(0).toLongLong();
    count.finish();
    sample.appliedPerSecond = now > since ? applied * 1000 / (now - since) : 0;
    if (!latencies.isEmpty()) {
        std::sort(latencies.begin(), latencies.end());
        sample.latencyP50Ms = latencies.at((latencies.size() - 1) / 2);
        sample.latencyP99Ms = latencies.at(qsizetype(double(latencies.size() - 1) * 0.99));
    }
    m_lastAtMs = now;
    m_samples.append(sample);
    if (m_samples.size() > capacity)
        m_samples.removeFirst();
    Q_EMIT sampled(sample);
    return true;
}

} // namespace Ledgerdesk
