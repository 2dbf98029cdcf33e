#pragma once

#include "core/result.h"
#include "queue/message.h"

#include <QHash>
#include <QList>
#include <QStringList>

namespace Ledgerdesk {
class Database;
}

namespace Ledgerdesk::Test {

// A seeded load of DEPOSIT, WITHDRAW and TRANSFER messages over the open customer wallets of a demo
// book (acting as its agents alice, bruno and chen), and what the book must look like once every one
// of them has been applied exactly once. Amounts are chosen so that every message succeeds in any
// order: what leaves a wallet (withdrawals, transfers out) never adds up to more than it held before
// the load. Built and checked on the test's thread with the test's own connection.
class MoneyWorkload
{
public:
    // Shares of the message kinds, in percent; a withdrawal or transfer that no wallet can afford
    // any more becomes a deposit.
    struct Mix
    {
        int withdrawals = 0;
        int transfers = 0;
    };

    // Reads the wallets, their balances and the book's counts as they are now, and makes `count`
    // messages from `seed`.
    static Result<MoneyWorkload> generate(Database &db, quint32 seed, int count, Mix mix);

    // Puts every message into the queue in one transaction.
    Result<void> enqueue(Database &db) const;

    const QList<Message> &messages() const { return m_messages; }
    qsizetype count(const QString &type) const;

    // Every way the book differs from "each message applied exactly once, nothing else changed",
    // one sentence each: messages left in the queue or dead, a message not applied or applied twice,
    // a wrong balance, a missing or extra journal entry, activity record or notification.
    QStringList discrepancies(Database &db) const;

private:
    struct Counts
    {
        qint64 processed = 0;
        qint64 records = 0;
        QHash<QString, qint64> entriesByKind;
    };
    static Result<Counts> countsOf(Database &db);

    QList<Message> m_messages;
    QHash<QString, qint64> m_expectedBalances; // wallet id -> minor units
    QHash<QString, int> m_expectedNotifications; // message id -> outbox rows
    Counts m_before;
};

} // namespace Ledgerdesk::Test
