// Shared set-up and checks of the queue benchmarks; see benchbook.h. Measures nothing.

#include "benchbook.h"

#include "agents/agentrepository.h"
#include "clients/clientmessages.h"
#include "core/ids.h"
#include "engine/engine.h"
#include "ledger/ledgermessages.h"
#include "queue/queue.h"
#include "storage/openbooks.h"
#include "storage/transactionguard.h"
#include "storage/verifier.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QSqlQuery>
#include <QVariant>

#include <QFile>

#include <cstdio>
#include <cstdlib>

#include <sys/resource.h>
#include <unistd.h>

namespace Ledgerdesk::Bench {

namespace {

QJsonObject applyOrDie(CommandExecutor &executor, const QString &type, const QJsonObject &payload, const QString &agentId)
{
    auto result = executor.apply(Message::create(type, payload, agentId, Ids::nowMs()));
    if (!result)
        die(QStringLiteral("%1 failed: %2 (%3)").arg(type, result.error().message, result.error().detail));
    return *result;
}

} // namespace

void die(const QString &message)
{
    std::fprintf(stderr, "%s: %s\n", qPrintable(QCoreApplication::applicationName()), qPrintable(message));
    std::exit(1);
}

void die(const Error &error)
{
    die(error.detail.isEmpty() ? error.message : error.message + QStringLiteral(" (") + error.detail + QLatin1Char(')'));
}

qint64 amountOf(qint64 i)
{
    return 100 + i % 9900;
}

QString decimalOf(qint64 minor)
{
    return QStringLiteral("%1.%2").arg(minor / 100).arg(minor % 100, 2, 10, QLatin1Char('0'));
}

qint64 sumOfAmounts(qint64 first, qint64 count)
{
    qint64 sum = 0;
    for (qint64 i = first; i < first + count; ++i)
        sum += amountOf(i);
    return sum;
}

Message depositMessage(const QString &walletId, const QString &agentId, qint64 i)
{
    return Message::create(LedgerMessages::deposit,
        {{QStringLiteral("wallet_id"), walletId}, {QStringLiteral("amount"), decimalOf(amountOf(i))}}, agentId, Ids::nowMs());
}

void enqueueDeposits(Database &db, const QString &walletId, const QString &agentId, qint64 first, qint64 count)
{
    TransactionGuard transaction(db);
    if (!transaction.isActive())
        die(transaction.error());
    Queue queue(db);
    for (qint64 i = first; i < first + count; ++i) {
        auto stored = queue.enqueue(depositMessage(walletId, agentId, i));
        if (!stored)
            die(stored.error());
    }
    if (auto ok = transaction.commit(); !ok)
        die(ok.error());
}

qint64 scalar(Database &db, const QString &sql, const QVariantList &values)
{
    QSqlQuery query(db.connection());
    query.setForwardOnly(true);
    if (!query.prepare(sql))
        die(storageError(query, QStringLiteral("Could not prepare a check.")));
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!query.exec() || !query.next())
        die(storageError(query, QStringLiteral("A check could not read the book.")));
    return query.value(0).toLongLong();
}

BenchBook BenchBook::create(const QString &path)
{
    if (QFileInfo::exists(path))
        die(QStringLiteral("%1 exists already; a benchmark needs a fresh book.").arg(path));
    auto db = openBooks(path);
    if (!db)
        die(db.error());
    BenchBook book;
    book.db = std::move(db.value());
    book.agentId = QStringLiteral("bench-agent");

    Agent agent;
    agent.id = book.agentId;
    agent.displayName = QStringLiteral("Bench Agent");
    agent.role = Role::Agent;
    agent.passwordHash = QStringLiteral("!");
    if (auto ok = AgentRepository(*book.db).create(agent, Ids::nowMs()); !ok)
        die(ok.error());

    book.engine = std::make_unique<Engine>(*book.db);
    const QJsonObject client = applyOrDie(book.engine->executor(), ClientMessages::create,
        {{QStringLiteral("first_name"), QStringLiteral("Ada")}, {QStringLiteral("last_name"), QStringLiteral("Bench")},
            {QStringLiteral("email"), QStringLiteral("ada@example.com")},
            {QStringLiteral("phone"), QStringLiteral("+4915112345678")},
            {QStringLiteral("channels"), QJsonArray {QStringLiteral("email")}},
            {QStringLiteral("locale"), QStringLiteral("en_US")}},
        book.agentId);
    book.clientId = client.value(QStringLiteral("client_id")).toString();
    const QJsonObject wallet = applyOrDie(book.engine->executor(), ClientMessages::walletOpen,
        {{QStringLiteral("client_id"), book.clientId}, {QStringLiteral("currency"), QStringLiteral("USD")}}, book.agentId);
    book.walletId = wallet.value(QStringLiteral("wallet_id")).toString();
    if (book.clientId.isEmpty() || book.walletId.isEmpty())
        die(QStringLiteral("the client or the wallet was created without an id"));
    return book;
}

void BenchBook::close()
{
    engine.reset();
    db.reset();
}

void checkDrained(Database &db, const DrainExpectation &expected)
{
    const auto expect = [](const QString &what, qint64 actual, qint64 wanted) {
        if (actual != wanted)
            die(QStringLiteral("the drained book holds %1 %2, expected %3").arg(actual).arg(what).arg(wanted));
    };
    expect(QStringLiteral("queued messages"), scalar(db, QStringLiteral("SELECT COUNT(*) FROM queue_messages")), 0);
    expect(QStringLiteral("dead letters"), scalar(db, QStringLiteral("SELECT COUNT(*) FROM dead_letters")), 0);
    expect(QStringLiteral("processed deposits"),
        scalar(db, QStringLiteral("SELECT COUNT(*) FROM processed_messages WHERE type = 'DEPOSIT'")), expected.processedDeposits);
    expect(QStringLiteral("deposit entries"),
        scalar(db, QStringLiteral("SELECT COUNT(*) FROM journal_entries WHERE kind = 'DEPOSIT'")), expected.processedDeposits);
    expect(QStringLiteral("deposit activity records"),
        scalar(db, QStringLiteral("SELECT COUNT(*) FROM activity_records WHERE action = 'Deposit|Wallet'")),
        expected.processedDeposits);
    expect(QStringLiteral("deposit notifications"),
        scalar(db, QStringLiteral("SELECT COUNT(*) FROM outbox WHERE template = 'deposit'")), expected.outboxRows);
    expect(QStringLiteral("minor units in the wallet"),
        scalar(db, QStringLiteral("SELECT balance_minor FROM accounts WHERE id = ?"), {expected.walletId}),
        expected.walletBalanceMinor);
    expect(QStringLiteral("wallet postings"),
        scalar(db, QStringLiteral("SELECT posting_count FROM accounts WHERE id = ?"), {expected.walletId}),
        expected.walletPostings);
    auto breaches = Verifier(db, Engine::bookChecks()).run();
    if (!breaches)
        die(breaches.error());
    if (!breaches->isEmpty())
        die(QStringLiteral("the drained book does not verify: %1 %2")
                .arg(breaches->constFirst().subject, breaches->constFirst().description));
}

double rounded(double value)
{
    return double(qRound64(value * 10.0)) / 10.0;
}

MachineLoad::MachineLoad()
    : m_start(sample())
{ }

MachineLoad::Sample MachineLoad::sample()
{
    Sample now;
    QFile stat(QStringLiteral("/proc/stat"));
    if (stat.open(QIODevice::ReadOnly)) {
        // "cpu  user nice system idle iowait irq softirq steal ..."
        const QList<QByteArray> fields = stat.readLine().simplified().split(' ');
        for (qsizetype i = 1; i < fields.size() && i <= 8; ++i) {
            const qint64 ticks = fields.at(i).toLongLong();
            now.allTicks += ticks;
            if (i != 4 && i != 5)
                now.busyTicks += ticks;
        }
    }
    for (const int who : {RUSAGE_SELF, RUSAGE_CHILDREN}) {
        rusage usage {};
        if (getrusage(who, &usage) == 0)
            now.ownSeconds += double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec)
                + double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
    }
    return now;
}

QJsonObject MachineLoad::report() const
{
    const Sample end = sample();
    const double allSeconds = double(end.allTicks - m_start.allTicks) / double(sysconf(_SC_CLK_TCK));
    const double busy = end.allTicks > m_start.allTicks
        ? 100.0 * double(end.busyTicks - m_start.busyTicks) / double(end.allTicks - m_start.allTicks)
        : 0.0;
    const double own = allSeconds > 0 ? qMin(busy, 100.0 * (end.ownSeconds - m_start.ownSeconds) / allSeconds) : 0.0;
    QFile loadavg(QStringLiteral("/proc/loadavg"));
    const QByteArray load = loadavg.open(QIODevice::ReadOnly) ? loadavg.readLine().trimmed() : QByteArray();
    return QJsonObject {{QStringLiteral("cores"), int(sysconf(_SC_NPROCESSORS_ONLN))},
        {QStringLiteral("busy_pct"), rounded(busy)}, {QStringLiteral("own_pct"), rounded(own)},
        {QStringLiteral("others_pct"), rounded(qMax(0.0, busy - own))},
        {QStringLiteral("loadavg"), QString::fromLatin1(load).section(QLatin1Char(' '), 0, 2)}};
}

} // namespace Ledgerdesk::Bench
