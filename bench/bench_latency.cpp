// Measures the enqueue-to-applied latency of DEPOSIT messages offered at a steady rate (default 1,000
// per second for 10 s) to a Processor started normally on a fresh SQLite book (see benchbook.h).
// Producer and processor share the main thread and its connection, as in the window: a QTimer
// producer puts each message in the queue with Queue::enqueue in a transaction of its own and calls
// processor.wake(), which drains from the event loop (the poll timer stays as a fallback). One
// connection serves both, so no writer ever waits on SQLite's busy timeout.
// Three latencies per message, each as p50/p90/p99/max/mean in milliseconds:
//   latency_ms       processed_messages.processed_at_ms - enqueued_at_ms (the columns; 1 ms resolution,
//                    stamped when the mark is written, before the batch commits);
//   after_commit_ms  from the enqueue call to the processor's applied() signal, which follows the
//                    batch's COMMIT (the change is durable and visible);
//   from_schedule_ms from the moment the steady schedule meant to send the message to applied(): what
//                    an outside sender would see, including any time the producer was held up
//                    because the thread was busy draining.
// Prints one JSON object; the target of DESIGN section 11 is p99 < 50 ms.

#include "benchbook.h"

#include "commands/processor.h"
#include "queue/queue.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTimer>
#include <QVariant>

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace Ledgerdesk::Bench {

namespace {

struct Options
{
    int rate = 1000;
    double seconds = 10.0;
    int pollMs = 1000;
    int batch = Processor::defaultBatchSize;
    QString dir;
};

// When each produced message was meant to go, went, and was seen applied (monotonic nanoseconds).
struct Timing
{
    qint64 scheduledNs = 0;
    qint64 enqueuedNs = 0;
    qint64 appliedNs = -1;
};

// Nearest-rank percentiles and the mean of values in milliseconds.
QJsonObject summary(QList<double> values)
{
    if (values.isEmpty())
        return {};
    std::sort(values.begin(), values.end());
    const auto at = [&values](double p) {
        const qsizetype rank = qsizetype(std::ceil(p * double(values.size())));
        return values.at(qBound<qsizetype>(0, rank - 1, values.size() - 1));
    };
    double sum = 0;
    for (double value : std::as_const(values))
        sum += value;
    const auto ms = [](double value) { return double(qRound64(value * 100.0)) / 100.0; };
    return QJsonObject {{QStringLiteral("p50"), ms(at(0.50))}, {QStringLiteral("p90"), ms(at(0.90))},
        {QStringLiteral("p99"), ms(at(0.99))}, {QStringLiteral("max"), ms(values.constLast())},
        {QStringLiteral("mean"), ms(sum / double(values.size()))}};
}

Options parseOptions(const QCoreApplication &app)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Enqueue-to-applied latency of deposits offered at a steady rate to a running Processor on an SQLite book."));
    parser.addHelpOption();
    const QCommandLineOption rate(
        QStringLiteral("rate"), QStringLiteral("Messages offered per second."), QStringLiteral("N"), QStringLiteral("1000"));
    const QCommandLineOption seconds(
        QStringLiteral("seconds"), QStringLiteral("How long messages are offered."), QStringLiteral("S"), QStringLiteral("10"));
    const QCommandLineOption poll(QStringLiteral("poll-ms"),
        QStringLiteral("The processor's poll interval (wake() after each enqueue does the work)."), QStringLiteral("MS"),
        QStringLiteral("1000"));
    const QCommandLineOption batch(QStringLiteral("batch"), QStringLiteral("Messages claimed per batch at most."),
        QStringLiteral("N"), QString::number(Processor::defaultBatchSize));
    const QCommandLineOption dir(QStringLiteral("dir"), QStringLiteral("Where the temporary database file goes."),
        QStringLiteral("DIR"), QDir::tempPath());
    parser.addOptions({rate, seconds, poll, batch, dir});
    parser.process(app);

    const auto number = [&parser](const QCommandLineOption &option, double min, double max) {
        bool ok = false;
        const double value = parser.value(option).toDouble(&ok);
        if (!ok || value < min || value > max)
            die(QStringLiteral("--%1 needs a number from %2 to %3").arg(option.names().constFirst()).arg(min).arg(max));
        return value;
    };
    Options options;
    options.rate = int(number(rate, 1, 100000));
    options.seconds = number(seconds, 0.1, 3600);
    options.pollMs = int(number(poll, 1, 60000));
    options.batch = int(number(batch, 1, 100000));
    options.dir = parser.value(dir);
    return options;
}

int run(const QCoreApplication &app)
{
    const Options options = parseOptions(app);
    QTemporaryDir temporary(QDir(options.dir).filePath(QStringLiteral("bench_latency-XXXXXX")));
    if (!temporary.isValid())
        die(QStringLiteral("could not create a temporary folder in %1: %2").arg(options.dir, temporary.errorString()));

    const MachineLoad machine;
    BenchBook book = BenchBook::create(temporary.filePath(QStringLiteral("latency.sqlite")));
    const qint64 total = qMax<qint64>(1, qRound64(double(options.rate) * options.seconds));
    const qint64 warmUp = 20;

    Processor &processor = book.engine->processor();
    processor.setBatchSize(options.batch);
    processor.setPollInterval(options.pollMs);
    // A few deposits before the clock starts: every statement of the path gets prepared.
    enqueueDeposits(*book.db, book.walletId, book.agentId, total, warmUp);
    if (auto report = processor.drainAll(); !report || report->applied != warmUp)
        die(QStringLiteral("the warm-up deposits were not applied"));

    QHash<QString, Timing> timings;
    timings.reserve(total);
    QList<double> enqueueMs;
    enqueueMs.reserve(total);
    qint64 sent = 0;
    qint64 applied = 0;
    qint64 batches = 0;
    qint64 claimedInBatches = 0;
    int largestBatch = 0;
    qint64 producerDoneNs = 0;
    QElapsedTimer clock;

    QObject::connect(&processor, &Processor::applied, &app, [&](const QString &messageId) {
        const auto it = timings.find(messageId);
        if (it == timings.end())
            return;
        it->appliedNs = clock.nsecsElapsed();
        if (++applied == total)
            QCoreApplication::quit();
    });
    QObject::connect(&processor, &Processor::failed, &app, [](const QString &messageId, const QString &, const QString &reason) {
        die(QStringLiteral("message %1 was not applied: %2").arg(messageId, reason));
    });
    QObject::connect(&processor, &Processor::batchFinished, &app, [&](const Processor::Report &report) {
        if (report.claimed == 0)
            return;
        ++batches;
        claimedInBatches += report.claimed;
        largestBatch = qMax(largestBatch, report.claimed);
    });

    // Sends every message whose time has come; after a stall it catches up at once, as a backlog of
    // requests would arrive.
    QTimer producer;
    producer.setTimerType(Qt::PreciseTimer);
    producer.setInterval(1);
    QObject::connect(&producer, &QTimer::timeout, &app, [&]() {
        const qint64 now = clock.nsecsElapsed();
        const qint64 due = qMin(total, qint64(double(now) * options.rate / 1e9) + 1);
        Queue queue(*book.db);
        for (; sent < due; ++sent) {
            const Message message = depositMessage(book.walletId, book.agentId, sent);
            const qint64 before = clock.nsecsElapsed();
            auto stored = queue.enqueue(message);
            if (!stored || !*stored)
                die(stored ? QStringLiteral("a deposit was dropped as a duplicate")
                           : stored.error().message + QLatin1Char(' ') + stored.error().detail);
            enqueueMs.append(double(clock.nsecsElapsed() - before) / 1e6);
            timings.insert(message.id, Timing {qint64(double(sent) * 1e9 / options.rate), before, -1});
            processor.wake();
        }
        if (sent == total) {
            producer.stop();
            producerDoneNs = clock.nsecsElapsed();
        }
    });
    QTimer::singleShot(qRound64(options.seconds * 1000.0) + 120000, &app, [&]() {
        die(QStringLiteral("only %1 of %2 deposits were applied two minutes after the last was offered").arg(applied).arg(total));
    });

    processor.start();
    clock.start();
    producer.start();
    QCoreApplication::exec();
    const qint64 finishedNs = clock.nsecsElapsed();

    QList<double> afterCommit;
    QList<double> fromSchedule;
    QList<double> producerLag;
    for (const Timing &timing : std::as_const(timings)) {
        afterCommit.append(double(timing.appliedNs - timing.enqueuedNs) / 1e6);
        fromSchedule.append(double(timing.appliedNs - timing.scheduledNs) / 1e6);
        producerLag.append(double(timing.enqueuedNs - timing.scheduledNs) / 1e6);
    }
    QList<double> columns;
    {
        QSqlQuery query(book.db->connection());
        query.setForwardOnly(true);
        if (!query.exec(QStringLiteral("SELECT message_id, processed_at_ms - enqueued_at_ms FROM processed_messages "
                                       "WHERE type = 'DEPOSIT'")))
            die(storageError(query, QStringLiteral("Could not read the processed messages.")));
        while (query.next()) {
            if (timings.contains(query.value(0).toString()))
                columns.append(query.value(1).toDouble());
        }
    }
    if (columns.size() != total)
        die(QStringLiteral("processed_messages holds %1 of the %2 offered deposits").arg(columns.size()).arg(total));

    DrainExpectation expected;
    expected.walletId = book.walletId;
    expected.walletBalanceMinor = sumOfAmounts(0, total + warmUp);
    expected.walletPostings = total + warmUp;
    expected.processedDeposits = total + warmUp;
    expected.outboxRows = total + warmUp;
    checkDrained(*book.db, expected);

    const QJsonObject latency = summary(columns);
    const QJsonObject report {
        {QStringLiteral("benchmark"), QStringLiteral("latency")},
        {QStringLiteral("offered_per_s"), options.rate},
        {QStringLiteral("count"), total},
        {QStringLiteral("offered_for_s"), double(qRound64(double(producerDoneNs) / 1e7)) / 100.0},
        {QStringLiteral("drained_after_s"), double(qRound64(double(finishedNs) / 1e7)) / 100.0},
        {QStringLiteral("poll_interval_ms"), options.pollMs},
        {QStringLiteral("batch"), options.batch},
        {QStringLiteral("latency_ms"), latency},
        {QStringLiteral("after_commit_ms"), summary(afterCommit)},
        {QStringLiteral("from_schedule_ms"), summary(fromSchedule)},
        {QStringLiteral("producer_lag_ms"), summary(producerLag)},
        {QStringLiteral("enqueue_call_ms"), summary(enqueueMs)},
        {QStringLiteral("batches"), batches},
        {QStringLiteral("mean_batch"), batches > 0 ? rounded(double(claimedInBatches) / double(batches)) : 0.0},
        {QStringLiteral("largest_batch"), largestBatch},
        {QStringLiteral("target"), QJsonObject {{QStringLiteral("p99_ms_below"), 50}}},
        {QStringLiteral("meets_target"), latency.value(QStringLiteral("p99")).toDouble() < 50.0},
        {QStringLiteral("machine"), machine.report()},
    };
    const QByteArray json = QJsonDocument(report).toJson(QJsonDocument::Indented);
    std::fwrite(json.constData(), 1, size_t(json.size()), stdout);
    return 0;
}

} // namespace

} // namespace Ledgerdesk::Bench

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("bench_latency"));
    QLoggingCategory::setFilterRules(QStringLiteral("ledgerdesk.*.info=false"));
    return Ledgerdesk::Bench::run(app);
}
