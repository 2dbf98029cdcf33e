// Measures how many DEPOSIT messages per second CommandExecutor::apply() puts into a fresh SQLite file
// made by openBooks(): one transaction per message (an fsync each), and batched, many messages inside one
// outer TransactionGuard with the executor's SAVEPOINT per message. In the same run it starts
// bench_raw_sqlite_deposits, a plain C program doing the same row writes through the sqlite3 API, with the
// same counts on its own fresh files, and prints one JSON object with both figures and their ratio
// (how many times slower Ledgerdesk is). Each measurement alternates between the two programs so that a
// drift of the machine shows in both. Single-threaded;
// everything lives on the main thread.

#include "agents/agentrepository.h"
#include "clients/clientmessages.h"
#include "core/ids.h"
#include "engine/engine.h"
#include "ledger/ledgermessages.h"
#include "storage/database.h"
#include "storage/openbooks.h"
#include "storage/transactionguard.h"
#include "storage/verifier.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QVariant>

#include <cstdio>
#include <cstdlib>
#include <memory>

#ifndef LEDGERDESK_RAW_SQLITE_DEPOSITS
#error "LEDGERDESK_RAW_SQLITE_DEPOSITS must name the bench_raw_sqlite_deposits program"
#endif

namespace Ledgerdesk {

namespace {

const QString agentId = QStringLiteral("bench-agent");

struct Options
{
    qint64 count = 30000;
    qint64 countSingle = 2000;
    qint64 batch = 500;
    int repeat = 1;
    QString dir;
    QString rawProgram;
};

// A fresh book with one agent, one client and one USD wallet, and the executor that applies messages to it.
struct Bench
{
    std::unique_ptr<Database> db;
    std::unique_ptr<Engine> engine;
    QString walletId;
};

[[noreturn]] void die(const QString &message)
{
    std::fprintf(stderr, "bench_deposits: %s\n", qPrintable(message));
    std::exit(1);
}

Message makeMessage(const QString &type, const QJsonObject &payload)
{
    return Message::create(type, payload, agentId);
}

QJsonObject applyOrDie(CommandExecutor &executor, const Message &message)
{
    auto result = executor.apply(message);
    if (!result)
        die(QStringLiteral("%1 failed: %2 (%3)").arg(message.type, result.error().message, result.error().detail));
    return *result;
}

qint64 amountOf(qint64 i)
{
    return 100 + i % 9900;
}

QString decimalOf(qint64 minor)
{
    return QStringLiteral("%1.%2").arg(minor / 100).arg(minor % 100, 2, 10, QLatin1Char('0'));
}

Bench openBench(const QString &path)
{
    auto db = openBooks(path);
    if (!db)
        die(db.error().message + QLatin1Char(' ') + db.error().detail);
    Bench bench;
    bench.db = std::move(db.value());

    Agent agent;
    agent.id = agentId;
    agent.displayName = QStringLiteral("Bench Agent");
    agent.role = Role::Agent;
    agent.passwordHash = QStringLiteral("!");
    if (auto ok = AgentRepository(*bench.db).create(agent, Ids::nowMs()); !ok)
        die(ok.error().message + QLatin1Char(' ') + ok.error().detail);

    bench.engine = std::make_unique<Engine>(*bench.db);
    const QJsonObject client = applyOrDie(bench.engine->executor(),
        makeMessage(ClientMessages::create,
            {{QStringLiteral("first_name"), QStringLiteral("Ada")}, {QStringLiteral("last_name"), QStringLiteral("Bench")},
                {QStringLiteral("email"), QStringLiteral("ada@example.com")},
                {QStringLiteral("phone"), QStringLiteral("+4915112345678")}}));
    const QJsonObject wallet = applyOrDie(bench.engine->executor(),
        makeMessage(ClientMessages::walletOpen,
            {{QStringLiteral("client_id"), client.value(QStringLiteral("client_id"))},
                {QStringLiteral("currency"), QStringLiteral("USD")}}));
    bench.walletId = wallet.value(QStringLiteral("wallet_id")).toString();
    return bench;
}

QList<Message> makeDeposits(const QString &walletId, qint64 count)
{
    QList<Message> messages;
    messages.reserve(count);
    for (qint64 i = 0; i < count; ++i) {
        messages.append(makeMessage(LedgerMessages::deposit,
            {{QStringLiteral("wallet_id"), walletId}, {QStringLiteral("amount"), decimalOf(amountOf(i))}}));
    }
    return messages;
}

// Checks after the clock stopped that the books hold every deposit and pass every invariant.
void verify(Bench &bench, qint64 count)
{
    qint64 expected = amountOf(count);
    for (qint64 i = 0; i < count; ++i)
        expected += amountOf(i);
    QSqlQuery query(bench.db->connection());
    query.prepare(QStringLiteral("SELECT balance_minor, posting_count FROM accounts WHERE id = ?"));
    query.addBindValue(bench.walletId);
    if (!query.exec() || !query.next())
        die(QStringLiteral("could not read the wallet back"));
    if (query.value(0).toLongLong() != expected || query.value(1).toLongLong() != count + 1)
        die(QStringLiteral("the wallet holds %1 over %2 postings, expected %3 over %4")
                .arg(query.value(0).toLongLong())
                .arg(query.value(1).toLongLong())
                .arg(expected)
                .arg(count + 1));
    query.finish();
    auto breaches = Verifier(*bench.db, Engine::bookChecks()).run();
    if (!breaches)
        die(breaches.error().message + QLatin1Char(' ') + breaches.error().detail);
    if (!breaches->isEmpty())
        die(QStringLiteral("the books do not verify: ") + breaches->constFirst().description);
}

// Deposits `count` messages on a fresh file; batch 0 means one transaction per message. Deposits per second.
double measureLedgerdesk(const Options &options, const QString &path, qint64 count, qint64 batch)
{
    Bench bench = openBench(path);
    QList<Message> deposits = makeDeposits(bench.walletId, count + 1);
    // One deposit before the clock starts: the statements get prepared and the cash account is created.
    applyOrDie(bench.engine->executor(), deposits.takeLast());

    QElapsedTimer timer;
    timer.start();
    if (batch == 0) {
        for (const Message &message : std::as_const(deposits))
            applyOrDie(bench.engine->executor(), message);
    } else {
        for (qint64 first = 0; first < count; first += batch) {
            TransactionGuard transaction(*bench.db);
            if (!transaction.isActive())
                die(transaction.error().message + QLatin1Char(' ') + transaction.error().detail);
            for (qint64 i = first; i < qMin(first + batch, count); ++i)
                applyOrDie(bench.engine->executor(), deposits.at(i));
            if (auto ok = transaction.commit(); !ok)
                die(ok.error().message + QLatin1Char(' ') + ok.error().detail);
        }
    }
    const qint64 nanoseconds = timer.nsecsElapsed();

    verify(bench, count);
    return nanoseconds > 0 ? double(count) * 1e9 / double(nanoseconds) : 0.0;
}

// Runs the C baseline in one mode on its own fresh files and returns what it printed.
QJsonObject measureRaw(const Options &options, const QString &dir, const QString &mode)
{
    QStringList arguments {QStringLiteral("--count"), QString::number(options.count), QStringLiteral("--count-single"),
        QString::number(options.countSingle), QStringLiteral("--batch"), QString::number(options.batch), QStringLiteral("--mode"),
        mode, QStringLiteral("--dir"), dir};
    QProcess process;
    process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    process.start(options.rawProgram, arguments);
    if (!process.waitForFinished(-1) || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0)
        die(QStringLiteral("%1 failed: %2").arg(options.rawProgram, process.errorString()));
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(process.readAllStandardOutput(), &error);
    if (!document.isObject())
        die(QStringLiteral("%1 printed no JSON object: %2").arg(options.rawProgram, error.errorString()));
    return document.object();
}

Options parseOptions(const QCoreApplication &app)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Deposits per second through CommandExecutor against a raw sqlite3 C program doing the same row writes."));
    parser.addHelpOption();
    const QCommandLineOption count(
        QStringLiteral("count"), QStringLiteral("Deposits in the batched mode."), QStringLiteral("N"), QStringLiteral("30000"));
    const QCommandLineOption countSingle(QStringLiteral("count-single"),
        QStringLiteral("Deposits in the one-transaction-per-message mode (an fsync each)."), QStringLiteral("N"),
        QStringLiteral("2000"));
    const QCommandLineOption batch(
        QStringLiteral("batch"), QStringLiteral("Messages per outer transaction."), QStringLiteral("N"), QStringLiteral("500"));
    const QCommandLineOption repeat(QStringLiteral("repeat"),
        QStringLiteral("Measure each mode N times, alternating the programs; the best run counts."), QStringLiteral("N"),
        QStringLiteral("1"));
    const QCommandLineOption dir(
        QStringLiteral("dir"), QStringLiteral("Where the temporary database files go."), QStringLiteral("DIR"), QDir::tempPath());
    const QCommandLineOption raw(QStringLiteral("raw"), QStringLiteral("The raw sqlite3 baseline program."),
        QStringLiteral("PATH"), QStringLiteral(LEDGERDESK_RAW_SQLITE_DEPOSITS));
    parser.addOptions({count, countSingle, batch, repeat, dir, raw});
    parser.process(app);

    const auto positive = [&parser](const QCommandLineOption &option) {
        bool ok = false;
        const qint64 value = parser.value(option).toLongLong(&ok);
        if (!ok || value <= 0)
            die(QStringLiteral("--%1 needs a positive whole number").arg(option.names().constFirst()));
        return value;
    };
    Options options;
    options.count = positive(count);
    options.countSingle = positive(countSingle);
    options.batch = positive(batch);
    options.repeat = int(qMin<qint64>(positive(repeat), 100));
    options.dir = parser.value(dir);
    options.rawProgram = parser.value(raw);
    return options;
}

QJsonValue rounded(double perSecond)
{
    return qRound64(perSecond * 10.0) / 10.0;
}

QJsonValue ratioOf(double raw, double ours)
{
    return ours > 0 ? QJsonValue(qRound64(raw / ours * 100.0) / 100.0) : QJsonValue();
}

int run(const QCoreApplication &app)
{
    const Options options = parseOptions(app);
    QTemporaryDir temporary(QDir(options.dir).filePath(QStringLiteral("bench_deposits-XXXXXX")));
    if (!temporary.isValid())
        die(QStringLiteral("could not create a temporary folder in %1: %2").arg(options.dir, temporary.errorString()));

    double oursSingle = 0;
    double oursBatched = 0;
    double rawSingle = 0;
    double rawBatched = 0;
    double rawBatchedPlain = 0;
    QString sqliteVersion;
    for (int round = 0; round < options.repeat; ++round) {
        const QString prefix = QStringLiteral("%1/ledgerdesk-%2").arg(temporary.path()).arg(round);
        oursSingle
            = qMax(oursSingle, measureLedgerdesk(options, prefix + QStringLiteral("-single.sqlite"), options.countSingle, 0));
        const QJsonObject single = measureRaw(options, temporary.path(), QStringLiteral("single"));
        rawSingle = qMax(rawSingle, single.value(QStringLiteral("per_transaction_per_s")).toDouble());
        oursBatched = qMax(
            oursBatched, measureLedgerdesk(options, prefix + QStringLiteral("-batched.sqlite"), options.count, options.batch));
        const QJsonObject batched = measureRaw(options, temporary.path(), QStringLiteral("batched"));
        rawBatched = qMax(rawBatched, batched.value(QStringLiteral("batched_per_s")).toDouble());
        rawBatchedPlain = qMax(rawBatchedPlain, batched.value(QStringLiteral("batched_plain_per_s")).toDouble());
        sqliteVersion = batched.value(QStringLiteral("sqlite_version")).toString();
    }

    const QJsonObject report {
        {QStringLiteral("benchmark"), QStringLiteral("deposits")},
        {QStringLiteral("count"), options.count},
        {QStringLiteral("count_single"), options.countSingle},
        {QStringLiteral("batch"), options.batch},
        {QStringLiteral("repeat"), options.repeat},
        {QStringLiteral("sqlite_version"), sqliteVersion},
        {QStringLiteral("ledgerdesk"),
            QJsonObject {{QStringLiteral("per_transaction_per_s"), rounded(oursSingle)},
                {QStringLiteral("batched_per_s"), rounded(oursBatched)}}},
        {QStringLiteral("raw_sqlite"),
            QJsonObject {{QStringLiteral("per_transaction_per_s"), rounded(rawSingle)},
                {QStringLiteral("batched_per_s"), rounded(rawBatched)},
                {QStringLiteral("batched_plain_per_s"), rounded(rawBatchedPlain)}}},
        {QStringLiteral("ratio"),
            QJsonObject {{QStringLiteral("per_transaction"), ratioOf(rawSingle, oursSingle)},
                {QStringLiteral("batched"), ratioOf(rawBatched, oursBatched)}}},
    };
    const QByteArray json = QJsonDocument(report).toJson(QJsonDocument::Indented);
    std::fwrite(json.constData(), 1, size_t(json.size()), stdout);
    return 0;
}

} // namespace

} // namespace Ledgerdesk

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("bench_deposits"));
    // The figures go to stdout; keep the model's informational log lines (schema upgrades) off stderr too.
    QLoggingCategory::setFilterRules(QStringLiteral("ledgerdesk.*.info=false"));
    return Ledgerdesk::run(app);
}
