#include "processor.h"

#include "commands/commandexecutor.h"
#include "core/ids.h"
#include "core/logging.h"
#include "queue/queue.h"
#include "storage/connectionkeeper.h"
#include "storage/database.h"
#include "storage/transactionguard.h"

#include <QCoreApplication>
#include <QSqlDriver>

namespace Ledgerdesk {

namespace {

struct Strings
{
    Q_DECLARE_TR_FUNCTIONS(Ledgerdesk::Processor)
};

// The PostgreSQL advisory lock that lets one processor of a book apply its batch at a time (an
// arbitrary number, the same in every copy of the program).
constexpr qint64 batchLockKey = 4'721'300'518;

struct Outcome
{
    QString messageId;
    QString type;
    QJsonObject result;
    QString reason; // empty when applied
    bool deadLettered = false;
};

} // namespace

Processor::Processor(Database &db, CommandExecutor &executor, QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_executor(executor)
{
    m_poll.setInterval(1000);
    connect(&m_poll, &QTimer::timeout, this, &Processor::onTimer);
    m_soon.setSingleShot(true);
    m_soon.setInterval(0);
    connect(&m_soon, &QTimer::timeout, this, &Processor::onTimer);
}

void Processor::setConnectionKeeper(ConnectionKeeper *keeper)
{
    m_keeper = keeper;
    // A new connection listens afresh; what was enqueued meanwhile is drained at once.
    connect(keeper, &ConnectionKeeper::reconnected, this, [this]() {
        if (m_poll.isActive())
            listen();
        wake();
    });
}

void Processor::start()
{
    listen();
    m_poll.start();
    wake();
}

void Processor::listen()
{
    if (!m_db.hasNotifications())
        return;
    if (QSqlDriver *driver = m_db.listen(QLatin1String(Queue::notifyChannel)))
        connect(driver, &QSqlDriver::notification, this, &Processor::wake, Qt::UniqueConnection);
    else
        qCWarning(lcQueue) << "cannot LISTEN for new messages; polling only";
}

void Processor::pause()
{
    if (m_paused)
        return;
    m_paused = true;
    Q_EMIT pausedChanged(true);
}

void Processor::resume()
{
    if (!m_paused)
        return;
    m_paused = false;
    Q_EMIT pausedChanged(false);
    wake();
}

void Processor::wake()
{
    if (!m_soon.isActive())
        m_soon.start();
}

void Processor::onTimer()
{
    if (m_paused || (m_keeper && !m_keeper->isReachable()))
        return;
    auto report = drainBatch();
    if (!report) {
        if (m_keeper && m_keeper->checkAfterFailure())
            return;
        qCWarning(lcQueue) << "batch failed, its messages come back after the visibility timeout:" << report.error().message
                           << report.error().detail;
        return;
    }
    // A full batch means more may be waiting: go on, but through the event loop, so the window stays live.
    if (report->claimed >= m_batchSize)
        wake();
}

Result<Processor::Report> Processor::drainBatch()
{
    Queue queue(m_db);
    const qint64 now = Ids::nowMs();
    auto claimed = queue.claim(m_batchSize, visibilityTimeoutMs, now);
    if (!claimed)
        return claimed.error();
    Report report;
    report.claimed = int(claimed->size());
    if (claimed->isEmpty())
        return report;

    QList<Outcome> outcomes;
    outcomes.reserve(claimed->size());
    TransactionGuard batch(m_db);
    if (!batch.isActive())
        return batch.error();
    // A batch keeps the row locks of every message it applied until it commits, and most messages
    // update the same cash account: two batches applied at once would wait for each other in a cycle,
    // message after message (PostgreSQL breaks each deadlock after a second). So processors claim
    // side by side but apply their batches one after another.
    if (auto ok = m_db.lockUntilCommit(batchLockKey, Strings::tr("Could not wait for the other processors of this book.")); !ok)
        return ok.error();
    for (const ClaimedMessage &item : std::as_const(*claimed)) {
        const Message &message = item.message;
        Outcome outcome {message.id, message.type, {}, {}, false};
        Result<QJsonObject> result = item.payloadError.isEmpty()
            ? m_executor.apply(message)
            : Result<QJsonObject>(makeError(Error::Kind::Validation, item.payloadError));
        if (result) {
            if (auto ok = queue.remove(message.id); !ok)
                return ok.error();
            outcome.result = *result;
            ++report.applied;
        } else {
            outcome.reason = result.error().message;
            const bool exhausted = item.receiveCount >= Queue::maxReceiveCount;
            if (!result.error().isTransient() || exhausted) {
                const QString reason = exhausted && result.error().isTransient()
                    ? Strings::tr("%1 (gave up after %n attempt(s))", nullptr, item.receiveCount).arg(outcome.reason)
                    : outcome.reason;
                if (auto ok = queue.deadLetter(item, reason, now); !ok)
                    return ok.error();
                outcome.reason = reason;
                outcome.deadLettered = true;
                ++report.deadLettered;
            } else {
                if (auto ok = queue.retryLater(message.id, outcome.reason, now + Queue::backoffMs(item.receiveCount)); !ok)
                    return ok.error();
                ++report.retried;
            }
            qCInfo(lcQueue) << "message" << message.id << message.type << (outcome.deadLettered ? "dead-lettered:" : "retried:")
                            << outcome.reason << result.error().detail;
        }
        outcomes.append(outcome);
    }
    if (auto ok = batch.commit(); !ok)
        return ok.error();

    for (const Outcome &outcome : std::as_const(outcomes)) {
        if (outcome.reason.isEmpty())
            Q_EMIT applied(outcome.messageId, outcome.type, outcome.result);
        else
            Q_EMIT failed(outcome.messageId, outcome.type, outcome.reason, outcome.deadLettered);
    }
    Q_EMIT batchFinished(report);
    return report;
}

Result<Processor::Report> Processor::drainAll()
{
    Report total;
    for (;;) {
        auto report = drainBatch();
        if (!report)
            return report;
        total += *report;
        if (report->claimed == 0)
            return total;
    }
}

} // namespace Ledgerdesk
