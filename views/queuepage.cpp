#include "queuepage.h"

#include "commands/commandgateway.h"
#include "commands/processor.h"
#include "commands/queuemessages.h"
#include "models/deadlettermodel.h"
#include "queue/queuemonitor.h"

#include <QChart>
#include <QChartView>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineSeries>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>
#include <QValueAxis>

namespace Ledgerdesk {

namespace {

constexpr int windowSeconds = 120;

QChartView *makeChart(const QString &title, QWidget *parent)
{
    auto *chart = new QChart;
    chart->setTitle(title);
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setMargins(QMargins(4, 4, 4, 4));
    auto *view = new QChartView(chart, parent);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumHeight(220);
    return view;
}

QValueAxis *timeAxis(QChart *chart)
{
    auto *axis = new QValueAxis;
    axis->setRange(-windowSeconds, 0);
    axis->setLabelFormat(QStringLiteral("%d s"));
    axis->setTickCount(7);
    chart->addAxis(axis, Qt::AlignBottom);
    return axis;
}

QValueAxis *valueAxis(QChart *chart, Qt::Alignment side, const QString &title)
{
    auto *axis = new QValueAxis;
    axis->setLabelFormat(QStringLiteral("%d"));
    axis->setTitleText(title);
    axis->setRange(0, 10);
    chart->addAxis(axis, side);
    return axis;
}

QLineSeries *addSeries(QChart *chart, const QString &name, QValueAxis *x, QValueAxis *y)
{
    auto *series = new QLineSeries;
    series->setName(name);
    chart->addSeries(series);
    series->attachAxis(x);
    series->attachAxis(y);
    return series;
}

} // namespace

QueuePage::QueuePage(Database &db, CommandGateway *gateway, bool isSupervisor, QWidget *parent)
    : QWidget(parent)
    , m_gateway(gateway)
    , m_isSupervisor(isSupervisor)
    , m_monitor(new QueueMonitor(db, this))
    , m_deadLetters(new DeadLetterModel(db, this))
    , m_summary(new QLabel(this))
    , m_pause(new QPushButton(tr("Pause processor"), this))
    , m_redrive(new QPushButton(tr("Redrive"), this))
    , m_discard(new QPushButton(tr("Discard"), this))
    , m_deadView(new QTableView(this))
{
    m_summary->setObjectName(QStringLiteral("summary"));
    m_pause->setObjectName(QStringLiteral("pause"));
    m_pause->setCheckable(true);
    m_pause->setEnabled(gateway != nullptr);

    QChartView *depthView = makeChart(tr("Messages in the queue"), this);
    QChart *depth = depthView->chart();
    QValueAxis *depthTime = timeAxis(depth);
    m_depthAxis = valueAxis(depth, Qt::AlignLeft, tr("messages"));
    m_waiting = addSeries(depth, tr("Waiting"), depthTime, m_depthAxis);
    m_inFlight = addSeries(depth, tr("In flight"), depthTime, m_depthAxis);

    QChartView *speedView = makeChart(tr("Throughput and latency"), this);
    QChart *speed = speedView->chart();
    QValueAxis *speedTime = timeAxis(speed);
    m_throughputAxis = valueAxis(speed, Qt::AlignLeft, tr("applied per second"));
    m_latencyAxis = valueAxis(speed, Qt::AlignRight, tr("p99 latency (ms)"));
    m_throughput = addSeries(speed, tr("Applied per second"), speedTime, m_throughputAxis);
    m_latency = addSeries(speed, tr("Enqueue to applied, p99 (ms)"), speedTime, m_latencyAxis);

    m_deadView->setObjectName(QStringLiteral("deadLetters"));
    m_deadView->setModel(m_deadLetters);
    m_deadView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_deadView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_deadView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_deadView->verticalHeader()->hide();
    m_deadView->horizontalHeader()->setStretchLastSection(true);
    m_deadView->setAlternatingRowColors(true);
    const QString onlySupervisors = tr("Only a supervisor can redrive or discard a dead letter.");
    m_redrive->setToolTip(isSupervisor ? tr("Put the message back in the queue to be applied again.") : onlySupervisors);
    m_discard->setToolTip(isSupervisor ? tr("Drop the message for good; the decision is recorded.") : onlySupervisors);

    auto *top = new QHBoxLayout;
    top->addWidget(m_summary, 1);
    top->addWidget(m_pause);
    auto *charts = new QHBoxLayout;
    charts->addWidget(depthView);
    charts->addWidget(speedView);
    auto *deadHeader = new QHBoxLayout;
    auto *deadTitle = new QLabel(tr("<b>Dead letters</b> — messages that could not be applied, with the reason"), this);
    deadHeader->addWidget(deadTitle, 1);
    deadHeader->addWidget(m_redrive);
    deadHeader->addWidget(m_discard);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->addLayout(top);
    layout->addLayout(charts, 3);
    layout->addLayout(deadHeader);
    layout->addWidget(m_deadView, 2);

    connect(m_monitor, &QueueMonitor::sampled, this, &QueuePage::showSample);
    connect(m_redrive, &QPushButton::clicked, this, [this]() { decideSelected(true); });
    connect(m_discard, &QPushButton::clicked, this, [this]() { decideSelected(false); });
    connect(m_deadView->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &QueuePage::updateActions);
    if (gateway) {
        Processor *processor = &gateway->processor();
        connect(m_pause, &QPushButton::toggled, processor,
            [processor](bool paused) { paused ? processor->pause() : processor->resume(); });
        connect(processor, &Processor::pausedChanged, this, [this](bool paused) {
            m_pause->setChecked(paused);
            m_pause->setText(paused ? tr("Resume processor") : tr("Pause processor"));
        });
        connect(gateway, &CommandGateway::booksChanged, m_deadLetters, &DeadLetterModel::reload);
        connect(m_deadLetters, &QAbstractItemModel::modelReset, this, &QueuePage::updateActions);
    }
    m_deadLetters->reload();
    m_deadView->resizeColumnsToContents();
    m_monitor->start();
    updateActions();
}

void QueuePage::showSample()
{
    const QList<QueueMonitor::Sample> &samples = m_monitor->samples();
    if (samples.isEmpty())
        return;
    const QueueMonitor::Sample &last = samples.constLast();
    m_summary->setText(tr("Waiting <b>%1</b> · in flight <b>%2</b> · dead <b>%3</b> · applied <b>%4</b>/s · "
                          "enqueue to applied p50 <b>%5 ms</b>, p99 <b>%6 ms</b>")
                           .arg(last.waiting)
                           .arg(last.inFlight)
                           .arg(last.dead)
                           .arg(last.appliedPerSecond)
                           .arg(last.latencyP50Ms)
                           .arg(last.latencyP99Ms));
    QList<QPointF> waiting, inFlight, throughput, latency;
    qint64 depthMax = 10, throughputMax = 10, latencyMax = 10;
    for (const QueueMonitor::Sample &sample : samples) {
        const double x = double(sample.atMs - last.atMs) / 1000.0;
        if (x < -windowSeconds)
            continue;
        waiting.append({x, double(sample.waiting)});
        inFlight.append({x, double(sample.inFlight)});
        throughput.append({x, double(sample.appliedPerSecond)});
        latency.append({x, double(sample.latencyP99Ms)});
        depthMax = qMax(depthMax, qMax(sample.waiting, sample.inFlight));
        throughputMax = qMax(throughputMax, sample.appliedPerSecond);
        latencyMax = qMax(latencyMax, sample.latencyP99Ms);
    }
    m_waiting->replace(waiting);
    m_inFlight->replace(inFlight);
    m_throughput->replace(throughput);
    m_latency->replace(latency);
    m_depthAxis->setRange(0, double(depthMax) * 1.1);
    m_throughputAxis->setRange(0, double(throughputMax) * 1.1);
    m_latencyAxis->setRange(0, double(latencyMax) * 1.1);
    if (last.dead != m_lastDead) {
        m_lastDead = last.dead;
        m_deadLetters->reload();
        updateActions();
    }
}

void QueuePage::updateActions()
{
    const bool chosen = m_deadView->currentIndex().isValid();
    m_redrive->setEnabled(m_gateway && m_isSupervisor && chosen);
    m_discard->setEnabled(m_gateway && m_isSupervisor && chosen);
}

void QueuePage::decideSelected(bool redrive)
{
    const QModelIndex current = m_deadView->currentIndex();
    if (!m_gateway || !current.isValid())
        return;
    const QString messageId = current.data(DeadLetterModel::MessageIdRole).toString();
    if (!redrive
        && QMessageBox::question(this, tr("Discard dead letter"), tr("Drop this message for good? The decision is recorded."))
            != QMessageBox::Yes)
        return;
    // The handler checks the role and records the decision; the list follows once it is applied.
    m_gateway->submit(redrive ? QueueMessages::redrive : QueueMessages::discard, {{QStringLiteral("message_id"), messageId}});
}

} // namespace Ledgerdesk
