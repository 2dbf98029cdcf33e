#pragma once

#include <QWidget>

class QChart;
class QChartView;
class QLabel;
class QLineSeries;
class QPushButton;
class QTableView;
class QValueAxis;

namespace Ledgerdesk {

class Database;
class DeadLetterModel;
class CommandGateway;
class QueueMonitor;

// The queue at work: live charts of waiting and in-flight messages, throughput and enqueue-to-applied
// latency; the dead letters with their reasons, which supervisors redrive or discard; and pausing
// the processor. Redrive and discard go through the queue as messages (their handlers check the
// role and record the decision). Without a gateway (a read-only book) it only shows.
class QueuePage : public QWidget
{
    Q_OBJECT

public:
    QueuePage(Database &db, CommandGateway *gateway, bool isSupervisor, QWidget *parent = nullptr);

    QueueMonitor *monitor() const { return m_monitor; }
    DeadLetterModel *deadLetters() const { return m_deadLetters; }

private:
    void showSample();
    void decideSelected(bool redrive);
    void updateActions();

    CommandGateway *m_gateway;
    bool m_isSupervisor;
    QueueMonitor *m_monitor;
    DeadLetterModel *m_deadLetters;
    QLabel *m_summary;
    QPushButton *m_pause;
    QPushButton *m_redrive;
    QPushButton *m_discard;
    QTableView *m_deadView;
    QLineSeries *m_waiting;
    QLineSeries *m_inFlight;
    QLineSeries *m_throughput;
    QLineSeries *m_latency;
    QValueAxis *m_depthAxis;
    QValueAxis *m_throughputAxis;
    QValueAxis *m_latencyAxis;
    qint64 m_lastDead = -1;
};

} // namespace Ledgerdesk
