// Measures how many DEPOSIT messages per second Processor::drainAll() takes out of the queue of a fresh
// SQLite book with full semantics (DESIGN section 4): per batch a claim in its own transaction, then one
// transaction with a SAVEPOINT per message holding the idempotency check and mark, the agent's role
// check, the journal entry with two postings, the client's e-mail notification in the outbox, the
// activity record and the queue delete. The N messages are queued with Queue::enqueue in one
// transaction before the clock starts; one deposit is drained first so every statement is prepared.
// In the same run bench_raw_sqlite_drain, a plain C program with the sqlite3 API, drains an identical
// book (made by this program the same way, then closed) with the same row reads and writes. Rounds
// alternate between the two; the best of each counts. Prints one JSON object with both rates and the
// ratio (how many times slower Ledgerdesk is). Single-threaded: everything lives on the main thread.

#include "benchbook.h"

#include "commands/processor.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QProcess>
#include <QTemporaryDir>

#include <cstdio>

#ifndef LEDGERDESK_RAW_SQLITE_DRAIN
#error "LEDGERDESK_RAW_SQLITE_DRAIN must name the bench_raw_sqlite_drain program"
#endif

namespace Ledgerdesk::Bench {

namespace {

struct Options
{
    qint64 count = 50000;
    int batch = Processor::defaultBatchSize;
    int repeat = 2;
    QString dir;
    QString rawProgram;
};

// A book with one deposit applied through the processor (statements prepared, cash account in use)
// and `count` more waiting in the queue, written to disk by a checkpoint.
BenchBook prepareBook(const QString &path, qint64 count)
{
    BenchBook book = BenchBook::create(path);
    enqueueDeposits(*book.db, book.walletId, book.agentId, count, 1);
    auto warmUp = book.engine->processor().drainAll();
    if (!warmUp)
        die(warmUp.error());
    if (warmUp->applied != 1)
        die(QStringLiteral("the warm-up deposit was not applied"));
    enqueueDeposits(*book.db, book.walletId, book.agentId, 0, count);
    if (auto ok = book.db->execRaw(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"), QStringLiteral("Could not checkpoint."));
        !ok)
        die(ok.error());
    return book;
}

DrainExpectation expectationFor(const BenchBook &book, qint64 count)
{
    DrainExpectation expected;
    expected.walletId = book.walletId;
    expected.walletBalanceMinor = sumOfAmounts(0, count + 1);
    expected.walletPostings = count + 1;
    expected.processedDeposits = count + 1;
    expected.outboxRows = count + 1; // one channel: e-mail
    return expected;
}

// Drains `count` queued deposits with the Processor; messages per second.
double measureLedgerdesk(const Options &options, const QString &path)
{
    BenchBook book = prepareBook(path, options.count);
    Processor &processor = book.engine->processor();
    processor.setBatchSize(options.batch);

    QElapsedTimer timer;
    timer.start();
    auto report = processor.drainAll();
    const qint64 nanoseconds = timer.nsecsElapsed();

    if (!report)
        die(report.error());
    if (report->applied != options.count || report->deadLettered != 0 || report->retried != 0)
        die(QStringLiteral("the processor applied %1, dead-lettered %2 and retried %3 of %4 deposits")
                .arg(report->applied)
                .arg(report->deadLettered)
                .arg(report->retried)
                .arg(options.count));
    checkDrained(*book.db, expectationFor(book, options.count));
    return nanoseconds > 0 ? double(options.count) * 1e9 / double(nanoseconds) : 0.0;
}

// Lets the C baseline drain an identical book and checks it as strictly as ours; what it printed.
QJsonObject measureRaw(const Options &options, const QString &path)
{
    BenchBook book = prepareBook(path, options.count);
    const DrainExpectation expected = expectationFor(book, options.count);
    book.close();

    QProcess process;
    process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    process.start(options.rawProgram, {QStringLiteral("--db"), path, QStringLiteral("--batch"), QString::number(options.batch)});
    if (!process.waitForFinished(-1) || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0)
        die(QStringLiteral("%1 failed: %2").arg(options.rawProgram, process.errorString()));
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(process.readAllStandardOutput(), &error);
    if (!document.isObject())
        die(QStringLiteral("%1 printed no JSON object: %2").arg(options.rawProgram, error.errorString()));
    if (document.object().value(QStringLiteral("applied")).toInteger() != options.count)
        die(QStringLiteral("%1 did not apply every deposit").arg(options.rawProgram));

    auto db = Database::open(path);
    if (!db)
        die(db.error());
    checkDrained(**db, expected);
    return document.object();
}

Options parseOptions(const QCoreApplication &app)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Deposits per second drained from the queue by the Processor, against a raw "
                                                    "sqlite3 C program doing the same row writes."));
    parser.addHelpOption();
    const QCommandLineOption count(QStringLiteral("count"), QStringLiteral("Deposits queued before each drain."),
        QStringLiteral("N"), QStringLiteral("50000"));
    const QCommandLineOption batch(QStringLiteral("batch"), QStringLiteral("Messages claimed per batch."), QStringLiteral("N"),
        QString::number(Processor::defaultBatchSize));
    const QCommandLineOption repeat(QStringLiteral("repeat"),
        QStringLiteral("Drain N times with each program, alternating; the best run counts."), QStringLiteral("N"),
        QStringLiteral("2"));
    const QCommandLineOption dir(
        QStringLiteral("dir"), QStringLiteral("Where the temporary database files go."), QStringLiteral("DIR"), QDir::tempPath());
    const QCommandLineOption raw(QStringLiteral("raw"), QStringLiteral("The raw sqlite3 baseline program."),
        QStringLiteral("PATH"), QStringLiteral(LEDGERDESK_RAW_SQLITE_DRAIN));
    parser.addOptions({count, batch, repeat, dir, raw});
    parser.process(app);

    const auto positive = [&parser](const QCommandLineOption &option, qint64 max) {
        bool ok = false;
        const qint64 value = parser.value(option).toLongLong(&ok);
        if (!ok || value <= 0 || value > max)
            die(QStringLiteral("--%1 needs a whole number from 1 to %2").arg(option.names().constFirst()).arg(max));
        return value;
    };
    Options options;
    options.count = positive(count, 10000000);
    options.batch = int(positive(batch, 100000));
    options.repeat = int(positive(repeat, 100));
    options.dir = parser.value(dir);
    options.rawProgram = parser.value(raw);
    return options;
}

QJsonValue ratioOf(double raw, double ours)
{
    return ours > 0 ? QJsonValue(double(qRound64(raw / ours * 100.0)) / 100.0) : QJsonValue();
}

int run(const QCoreApplication &app)
{
    const Options options = parseOptions(app);
    QTemporaryDir temporary(QDir(options.dir).filePath(QStringLiteral("bench_drain-XXXXXX")));
    if (!temporary.isValid())
        die(QStringLiteral("could not create a temporary folder in %1: %2").arg(options.dir, temporary.errorString()));

    const MachineLoad machine;
    double ours = 0;
    double raw = 0;
    QString sqliteVersion;
    QJsonArray rounds;
    for (int round = 0; round < options.repeat; ++round) {
        const QString oursPath = temporary.filePath(QStringLiteral("ledgerdesk-%1.sqlite").arg(round));
        const QString rawPath = temporary.filePath(QStringLiteral("raw-%1.sqlite").arg(round));
        const double oursNow = measureLedgerdesk(options, oursPath);
        const QJsonObject rawNow = measureRaw(options, rawPath);
        for (const QString &path : {oursPath, rawPath}) {
            for (const char *suffix : {"", "-wal", "-shm"})
                QFile::remove(path + QLatin1String(suffix));
        }
        const double rawRate = rawNow.value(QStringLiteral("per_s")).toDouble();
        sqliteVersion = rawNow.value(QStringLiteral("sqlite_version")).toString();
        rounds.append(QJsonObject {{QStringLiteral("ledgerdesk_per_s"), rounded(oursNow)},
            {QStringLiteral("raw_sqlite_per_s"), rounded(rawRate)}, {QStringLiteral("ratio"), ratioOf(rawRate, oursNow)}});
        ours = qMax(ours, oursNow);
        raw = qMax(raw, rawRate);
    }

    const QJsonObject report {
        {QStringLiteral("benchmark"), QStringLiteral("drain")},
        {QStringLiteral("count"), options.count},
        {QStringLiteral("batch"), options.batch},
        {QStringLiteral("repeat"), options.repeat},
        {QStringLiteral("sqlite_version"), sqliteVersion},
        {QStringLiteral("ledgerdesk_per_s"), rounded(ours)},
        {QStringLiteral("raw_sqlite_per_s"), rounded(raw)},
        {QStringLiteral("ratio"), ratioOf(raw, ours)},
        {QStringLiteral("target"),
            QJsonObject {{QStringLiteral("ratio_at_most"), 1.5}, {QStringLiteral("per_s_at_least"), 20000}}},
        {QStringLiteral("meets_target"), ours > 0 && raw / ours <= 1.5 && ours >= 20000},
        {QStringLiteral("rounds"), rounds},
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
    QCoreApplication::setApplicationName(QStringLiteral("bench_drain"));
    // The figures go to stdout; keep the model's informational log lines off stderr too.
    QLoggingCategory::setFilterRules(QStringLiteral("ledgerdesk.*.info=false"));
    return Ledgerdesk::Bench::run(app);
}
