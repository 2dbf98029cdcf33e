#pragma once

#include <QList>
#include <QObject>
#include <QTimer>

namespace Ledgerdesk {

class Database;

// Samples the queue once a second for the live charts: how many messages wait, how many are in
// flight, how many are dead, how many were applied in the last second and how long they took from
// enqueue to applied (p50/p99). Keeps the last `capacity` samples. Lives on the connection's thread.
class QueueMonitor : public QObject
{
    Q_OBJECT

public:
    struct Sample
    {
        qint64 atMs = 0;
        qint64 waiting = 0;
        qint64 inFlight = 0;
        qint64 dead = 0;
        qint64 appliedPerSecond = 0;
        qint64 latencyP50Ms = 0;
        qint64 latencyP99Ms = 0;
    };

    static constexpr int capacity = 300;

    explicit QueueMonitor(Database &db, QObject *parent = nullptr);

    void start(int intervalMs = 1000);
    // Takes one sample now; false when the database could not be read.
    bool sample();
    const QList<Sample> &samples() const { return m_samples; }

Q_SIGNALS:
    void sampled(const Ledgerdesk::QueueMonitor::Sample &sample);

private:
    Database &m_db;
    QTimer m_timer;
    QList<Sample> m_samples;
    qint64 m_lastAtMs = 0;
};

} // namespace Ledgerdesk
