// Measures how fast real `ledgerdesk process --once` processes drain a PostgreSQL queue, one processor
// against two at once, on a throw-away PostgreSQL 15 cluster started by this program (tests/support's
// PgCluster: fsync and synchronous_commit off, so the figures are CPU and locking, not disk).
// For each run a fresh database gets a demo book (`ledgerdesk demo --clients 3`), then N DEPOSIT
// messages from agent "alice" into W00001-USD (or spread over --wallets of the demo's USD wallets) are
// queued with Queue::enqueue in one transaction. The clock runs from starting the processes until the
// queue is empty: if the processes exit while messages wait for a retry, further `process --once`
// runs follow when those become visible, and are counted. Afterwards: every message applied exactly
// once (processed_messages and deposit entries grew by N, no message id has two entries, nothing is
// dead-lettered), every wallet holds its expected sum, every deposit left its outbox rows, and
// `ledgerdesk verify` exits 0; any failed check ends the program without figures. Prints one JSON
// object: messages per second for one and two processors, the speed-up (DESIGN section 11 asks for
// >= 1.5x), the retries each process reported and the deadlocks the server broke.

#include "benchbook.h"

#include "queue/queue.h"
#include "storage/openbooks.h"
#include "storage/transactionguard.h"
#include "support/pgcluster.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QThread>
#include <QVariant>

#include <cstdio>

#ifndef LEDGERDESK_PROGRAM
#error "LEDGERDESK_PROGRAM must name the ledgerdesk executable"
#endif

namespace Ledgerdesk::Bench {

namespace {

// The cluster lives here so that it is stopped on every exit: die() calls std::exit(), which destroys
// objects of static storage duration (while QCoreApplication in main() still exists).
std::unique_ptr<Test::PgCluster> cluster;

struct Options
{
    qint64 count = 6000;
    int wallets = 1;
    int maxExtraRuns = 30;
    QString program;
};

struct Wallet
{
    QString id;
    qint64 balanceBefore = 0;
    qint64 postingsBefore = 0;
    qint64 deposited = 0;
    qint64 deposits = 0;
    qint64 outboxRowsPerDeposit = 0;
};

struct RunResult
{
    double seconds = 0;
    QJsonArray appliedByProcess;
    QJsonArray retriedByProcess;
    QJsonArray exitCodes;
    int extraRuns = 0;
};

QProcessEnvironment programEnvironment()
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    return environment;
}

// Runs the program to its end; its exit code, and its output in `output`.
int runProgram(const Options &options, const QStringList &arguments, QString *output = nullptr)
{
    QProcess process;
    process.setProcessEnvironment(programEnvironment());
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(options.program, arguments);
    if (!process.waitForStarted(30000) || !process.waitForFinished(-1) || process.exitStatus() != QProcess::NormalExit)
        die(QStringLiteral("%1 %2 did not run: %3")
                .arg(options.program, arguments.join(QLatin1Char(' ')), process.errorString()));
    if (output)
        *output = QString::fromLocal8Bit(process.readAll());
    return process.exitCode();
}

// How many outbox rows a deposit into a wallet writes: one per chosen channel with an address.
qint64 outboxRowsPerDeposit(Database &db, const QString &walletId)
{
    QSqlQuery query(db.connection());
    query.prepare(QStringLiteral("SELECT c.channels, c.email, c.phone FROM accounts a JOIN clients c ON c.id = a.client_id "
                                 "WHERE a.id = ?"));
    query.addBindValue(walletId);
    if (!query.exec() || !query.next())
        die(QStringLiteral("the demo book has no wallet %1").arg(walletId));
    qint64 rows = 0;
    QStringList seen;
    for (const QString &channel : query.value(0).toString().split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        if (seen.contains(channel))
            continue;
        seen.append(channel);
        const QString address = channel == QLatin1String("email") ? query.value(1).toString() : query.value(2).toString();
        if (!address.isEmpty()
            && (channel == QLatin1String("email") || channel == QLatin1String("sms") || channel == QLatin1String("whatsapp")))
            ++rows;
    }
    return rows;
}

// A demo book in a fresh database of the cluster with `count` deposits queued; the wallets they go to.
QList<Wallet> prepareDatabase(const Options &options, const QString &url, Database &db)
{
    QString output;
    if (runProgram(options,
            {QStringLiteral("demo"), QStringLiteral("--db"), url, QStringLiteral("--clients"), QStringLiteral("3")}, &output)
        != 0)
        die(QStringLiteral("ledgerdesk demo failed: %1").arg(output.trimmed()));

    QList<Wallet> wallets;
    for (int i = 1; i <= options.wallets; ++i) {
        Wallet wallet;
        wallet.id = QStringLiteral("W%1-USD").arg(i, 5, 10, QLatin1Char('0'));
        wallet.balanceBefore = scalar(db, QStringLiteral("SELECT balance_minor FROM accounts WHERE id = ?"), {wallet.id});
        wallet.postingsBefore = scalar(db, QStringLiteral("SELECT posting_count FROM accounts WHERE id = ?"), {wallet.id});
        wallet.outboxRowsPerDeposit = outboxRowsPerDeposit(db, wallet.id);
        wallets.append(wallet);
    }

    TransactionGuard transaction(db);
    if (!transaction.isActive())
        die(transaction.error());
    Queue queue(db);
    for (qint64 i = 0; i < options.count; ++i) {
        Wallet &wallet = wallets[int(i % wallets.size())];
        auto stored = queue.enqueue(depositMessage(wallet.id, QStringLiteral("alice"), i));
        if (!stored)
            die(stored.error());
        wallet.deposited += amountOf(i);
        ++wallet.deposits;
    }
    if (auto ok = transaction.commit(); !ok)
        die(ok.error());
    return wallets;
}

// Starts `processes` drains at once and waits for all; more single runs while messages remain.
RunResult drain(const Options &options, const QString &url, Database &db, int processes)
{
    // "Applied N message(s); D dead-lettered; R waiting for a retry." (R counts every retry of the run)
    static const QRegularExpression appliedPattern(QStringLiteral("Applied (\\d+).*; (\\d+) waiting for a retry"));
    const QStringList arguments {QStringLiteral("process"), QStringLiteral("--once"), QStringLiteral("--db"), url};
    RunResult result;
    QElapsedTimer clock;
    clock.start();

    std::vector<std::unique_ptr<QProcess>> running;
    for (int i = 0; i < processes; ++i) {
        auto process = std::make_unique<QProcess>();
        process->setProcessEnvironment(programEnvironment());
        process->setProcessChannelMode(QProcess::MergedChannels);
        process->start(options.program, arguments);
        running.push_back(std::move(process));
    }
    for (auto &process : running) {
        if (!process->waitForFinished(-1) || process->exitStatus() != QProcess::NormalExit)
            die(QStringLiteral("ledgerdesk process --once did not finish: %1").arg(process->errorString()));
        const QString output = QString::fromLocal8Bit(process->readAll());
        const QRegularExpressionMatch match = appliedPattern.match(output);
        result.appliedByProcess.append(match.hasMatch() ? QJsonValue(match.captured(1).toLongLong()) : QJsonValue());
        result.retriedByProcess.append(match.hasMatch() ? QJsonValue(match.captured(2).toLongLong()) : QJsonValue());
        result.exitCodes.append(process->exitCode());
        if (process->exitCode() != 0)
            std::fprintf(
                stderr, "bench_pg_drain: a processor exited with %d: %s\n", process->exitCode(), qPrintable(output.trimmed()));
    }

    // Messages a processor gave back (a transient failure) wait for their backoff; drain them too.
    while (scalar(db, QStringLiteral("SELECT COUNT(*) FROM queue_messages")) > 0) {
        if (result.extraRuns == options.maxExtraRuns)
            die(QStringLiteral("the queue still holds messages after %1 further runs").arg(result.extraRuns));
        const qint64 wait
            = scalar(db, QStringLiteral("SELECT MIN(visible_at_ms) FROM queue_messages")) - QDateTime::currentMSecsSinceEpoch();
        if (wait > 0)
            QThread::msleep(quint64(qMin<qint64>(wait, 60000)) + 5);
        QString output;
        if (const int code = runProgram(options, arguments, &output); code != 0)
            std::fprintf(
                stderr, "bench_pg_drain: a further processor run exited with %d: %s\n", code, qPrintable(output.trimmed()));
        ++result.extraRuns;
    }
    result.seconds = double(clock.nsecsElapsed()) / 1e9;
    return result;
}

// Everything applied exactly once, the sums right, and `ledgerdesk verify` content.
void check(const Options &options, const QString &url, Database &db, const QList<Wallet> &wallets, qint64 processedBefore,
    qint64 entriesBefore, qint64 outboxBefore)
{
    const auto expect = [](const QString &what, qint64 actual, qint64 wanted) {
        if (actual != wanted)
            die(QStringLiteral("after the drain: %1 is %2, expected %3").arg(what).arg(actual).arg(wanted));
    };
    expect(QStringLiteral("the number of dead letters"), scalar(db, QStringLiteral("SELECT COUNT(*) FROM dead_letters")), 0);
    expect(QStringLiteral("the growth of processed_messages"),
        scalar(db, QStringLiteral("SELECT COUNT(*) FROM processed_messages")) - processedBefore, options.count);
    expect(QStringLiteral("the growth of the deposit entries"),
        scalar(db, QStringLiteral("SELECT COUNT(*) FROM journal_entries WHERE kind = 'DEPOSIT'")) - entriesBefore, options.count);
    expect(QStringLiteral("the number of messages with more than one entry"),
        scalar(db,
            QStringLiteral("SELECT COUNT(*) FROM (SELECT source_message_id FROM journal_entries WHERE source_message_id "
                           "IS NOT NULL GROUP BY source_message_id HAVING COUNT(*) > 1) AS twice")),
        0);
    qint64 outboxRows = 0;
    for (const Wallet &wallet : wallets) {
        expect(QStringLiteral("the balance of %1").arg(wallet.id),
            scalar(db, QStringLiteral("SELECT balance_minor FROM accounts WHERE id = ?"), {wallet.id}),
            wallet.balanceBefore + wallet.deposited);
        expect(QStringLiteral("the posting count of %1").arg(wallet.id),
            scalar(db, QStringLiteral("SELECT posting_count FROM accounts WHERE id = ?"), {wallet.id}),
            wallet.postingsBefore + wallet.deposits);
        outboxRows += wallet.deposits * wallet.outboxRowsPerDeposit;
    }
    expect(QStringLiteral("the growth of the deposit notifications"),
        scalar(db, QStringLiteral("SELECT COUNT(*) FROM outbox WHERE template = 'deposit'")) - outboxBefore, outboxRows);
    QString output;
    if (runProgram(options, {QStringLiteral("verify"), QStringLiteral("--db"), url}, &output) != 0)
        die(QStringLiteral("ledgerdesk verify failed: %1").arg(output.trimmed()));
}

QJsonObject measure(const Options &options, int processes)
{
    auto url = cluster->createDatabase();
    if (!url)
        die(url.error());
    auto db = openBooks(*url);
    if (!db)
        die(db.error());
    Database &books = **db;
    const QList<Wallet> wallets = prepareDatabase(options, *url, books);
    const qint64 processedBefore = scalar(books, QStringLiteral("SELECT COUNT(*) FROM processed_messages"));
    const qint64 entriesBefore = scalar(books, QStringLiteral("SELECT COUNT(*) FROM journal_entries WHERE kind = 'DEPOSIT'"));
    const qint64 outboxBefore = scalar(books, QStringLiteral("SELECT COUNT(*) FROM outbox WHERE template = 'deposit'"));

    const RunResult run = drain(options, *url, books, processes);
    check(options, *url, books, wallets, processedBefore, entriesBefore, outboxBefore);
    // Counted by the server when it breaks a deadlock (a processor then retries the message later).
    const qint64 deadlocks
        = scalar(books, QStringLiteral("SELECT deadlocks FROM pg_stat_database WHERE datname = current_database()"));
    const double perSecond = run.seconds > 0 ? double(options.count) / run.seconds : 0.0;
    return QJsonObject {{QStringLiteral("processes"), processes},
        {QStringLiteral("seconds"), double(qRound64(run.seconds * 1000.0)) / 1000.0},
        {QStringLiteral("per_s"), rounded(perSecond)}, {QStringLiteral("applied_by_process"), run.appliedByProcess},
        {QStringLiteral("retried_by_process"), run.retriedByProcess}, {QStringLiteral("deadlocks"), deadlocks},
        {QStringLiteral("exit_codes"), run.exitCodes}, {QStringLiteral("further_runs"), run.extraRuns}};
}

Options parseOptions(const QCoreApplication &app)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Deposits per second drained from a PostgreSQL queue by one and by two `ledgerdesk process --once` at once."));
    parser.addHelpOption();
    const QCommandLineOption count(QStringLiteral("count"), QStringLiteral("Deposits queued before each drain."),
        QStringLiteral("N"), QStringLiteral("6000"));
    const QCommandLineOption wallets(QStringLiteral("wallets"),
        QStringLiteral("Spread the deposits over the first N demo wallets (1 to 3)."), QStringLiteral("N"), QStringLiteral("1"));
    const QCommandLineOption program(QStringLiteral("program"), QStringLiteral("The ledgerdesk executable."),
        QStringLiteral("PATH"), QStringLiteral(LEDGERDESK_PROGRAM));
    parser.addOptions({count, wallets, program});
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
    options.wallets = int(positive(wallets, 3));
    options.program = parser.value(program);
    return options;
}

int run(const QCoreApplication &app)
{
    const Options options = parseOptions(app);
    const MachineLoad machine;
    cluster = std::make_unique<Test::PgCluster>();
    const QJsonObject one = measure(options, 1);
    const QJsonObject two = measure(options, 2);
    const double onePerSecond = one.value(QStringLiteral("per_s")).toDouble();
    const double twoPerSecond = two.value(QStringLiteral("per_s")).toDouble();
    const double speedUp = onePerSecond > 0 ? double(qRound64(twoPerSecond / onePerSecond * 100.0)) / 100.0 : 0.0;
    QString serverVersion;
    {
        auto url = cluster->createDatabase();
        if (!url)
            die(url.error());
        auto db = Database::open(*url);
        if (!db)
            die(db.error());
        QSqlQuery version((*db)->connection());
        if (version.exec(QStringLiteral("SHOW server_version")) && version.next())
            serverVersion = version.value(0).toString();
    }
    cluster.reset();

    const QJsonObject report {
        {QStringLiteral("benchmark"), QStringLiteral("pg_drain")}, {QStringLiteral("count"), options.count},
        {QStringLiteral("wallets"), options.wallets},
        {QStringLiteral("postgresql"),
            serverVersion + QStringLiteral(" (throw-away cluster, fsync=off, synchronous_commit=off)")},
        {QStringLiteral("one_processor"), one}, {QStringLiteral("two_processors"), two}, {QStringLiteral("speed_up"), speedUp},
        {QStringLiteral("checks"), QStringLiteral("no duplicate, balances, outbox rows, ledgerdesk verify: passed")},
        {QStringLiteral("target"), QJsonObject {{QStringLiteral("speed_up_at_least"), 1.5}}},
        {QStringLiteral("meets_target"), speedUp >= 1.5},
        {QStringLiteral("machine"), machine.report()}, // others_pct includes the PostgreSQL server
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
    QCoreApplication::setApplicationName(QStringLiteral("bench_pg_drain"));
    QLoggingCategory::setFilterRules(QStringLiteral("ledgerdesk.*.info=false"));
    return Ledgerdesk::Bench::run(app);
}
