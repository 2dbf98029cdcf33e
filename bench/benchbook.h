#pragma once

// What the queue benchmarks (bench_drain, bench_latency, bench_pg_drain) share; it measures nothing
// itself. BenchBook is a fresh SQLite book made the way the program makes one: openBooks(), one agent
// created with AgentRepository, one client whose only channel is e-mail and one USD wallet, both
// created through the Engine. The helpers make DEPOSIT messages with known amounts, queue
// them, check afterwards that a drained book holds exactly what was deposited and passes the
// Verifier, and report a failure by exiting with one sentence on stderr (a benchmark that cannot
// trust its figures prints none). Everything runs on the thread that opened the book.

#include "engine/engine.h"
#include "queue/message.h"
#include "storage/database.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <memory>

namespace Ledgerdesk::Bench {

// Prints "<application name>: <message>" to stderr and exits with 1.
[[noreturn]] void die(const QString &message);
[[noreturn]] void die(const Error &error);

// The amount of the i-th deposit in minor units: 1.00 to 99.99, so the books' sums are predictable.
qint64 amountOf(qint64 i);
// Minor units as the payload's decimal string: 1234 -> "12.34".
QString decimalOf(qint64 minor);
// Sum of amountOf(first) .. amountOf(first + count - 1).
qint64 sumOfAmounts(qint64 first, qint64 count);

// A DEPOSIT of amountOf(i) into `walletId` by `agentId`, stamped with the current time, as
// CommandGateway stamps the messages it queues.
Message depositMessage(const QString &walletId, const QString &agentId, qint64 i);

// Queues deposits first .. first + count - 1 in one transaction of the caller's connection.
void enqueueDeposits(Database &db, const QString &walletId, const QString &agentId, qint64 first, qint64 count);

// A number from a one-row query, or die.
qint64 scalar(Database &db, const QString &sql, const QVariantList &values = {});

struct BenchBook
{
    std::unique_ptr<Database> db;
    std::unique_ptr<Engine> engine; // the same one the window, `process` and `serve` drive
    QString agentId;
    QString clientId;
    QString walletId;

    // Makes the book at `path` (which must not exist yet).
    static BenchBook create(const QString &path);
    // Closes the connection (the engine first); the file stays.
    void close();
};

// What a drained book must hold: every queued message applied once, nothing waiting or dead.
struct DrainExpectation
{
    QString walletId;
    qint64 walletBalanceMinor = 0;
    qint64 walletPostings = 0;
    qint64 processedDeposits = 0;
    qint64 outboxRows = 0;
};

// Checks the expectation and runs the Verifier; dies naming the first thing that is wrong.
void checkDrained(Database &db, const DrainExpectation &expected);

// Rounded for JSON: one decimal place.
double rounded(double value);

// How busy the machine was between construction and report(), so a reader can tell whether other
// work disturbed the figures: all cores' busy share, this process's own share (with the children it
// waited for), the rest, and the load average at the end. Linux only (/proc/stat).
class MachineLoad
{
public:
    MachineLoad();
    QJsonObject report() const;

private:
    struct Sample
    {
        qint64 busyTicks = 0;
        qint64 allTicks = 0;
        double ownSeconds = 0;
    };
    static Sample sample();

    Sample m_start;
};

} // namespace Ledgerdesk::Bench
