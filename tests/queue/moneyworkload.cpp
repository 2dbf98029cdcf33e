#include "moneyworkload.h"

#include "clients/clientrepository.h"
#include "core/ids.h"
#include "core/money.h"
#include "queue/queue.h"
#include "storage/database.h"
#include "storage/transactionguard.h"

#include <QRandomGenerator>
#include <QSet>
#include <QSqlQuery>
#include <QVariant>

namespace Ledgerdesk::Test {

namespace {

struct Wallet
{
    QString id;
    QString clientId;
    QString currency;
    qint64 spendableMinor = 0; // what may still leave it, whatever the order of the messages
};

Result<QSqlQuery> select(Database &db, const QString &sql)
{
    QSqlQuery query(db.connection());
    query.setForwardOnly(true);
    if (!query.exec(sql))
        return storageError(query, QStringLiteral("The test could not read the book."));
    return query;
}

// The e-mail, SMS and WhatsApp rows a change owes a client: one per channel they chose.
int channelCount(const Client &client)
{
    const QStringList channels = client.channels;
    return int(QSet<QString>(channels.cbegin(), channels.cend()).size());
}

} // namespace

Result<MoneyWorkload::Counts> MoneyWorkload::countsOf(Database &db)
{
    Counts counts;
    auto totals
        = select(db, QStringLiteral("SELECT (SELECT COUNT(*) FROM processed_messages), (SELECT COUNT(*) FROM activity_records)"));
    if (!totals)
        return totals.error();
    QSqlQuery &row = totals.value();
    if (!row.next())
        return makeError(Error::Kind::Storage, QStringLiteral("The test could not count the book's rows."));
    counts.processed = row.value(0).toLongLong();
    counts.records = row.value(1).toLongLong();
    auto kinds = select(db, QStringLiteral("SELECT kind, COUNT(*) FROM journal_entries GROUP BY kind"));
    if (!kinds)
        return kinds.error();
    while (kinds.value().next())
        counts.entriesByKind.insert(kinds.value().value(0).toString(), kinds.value().value(1).toLongLong());
    return counts;
}

Result<MoneyWorkload> MoneyWorkload::generate(Database &db, quint32 seed, int count, Mix mix)
{
    MoneyWorkload workload;
    auto before = countsOf(db);
    if (!before)
        return before.error();
    workload.m_before = *before;

    QList<Wallet> wallets;
    auto rows = select(db,
        QStringLiteral("SELECT id, client_id, currency, balance_minor FROM accounts "
                       "WHERE kind = 'customer' AND status = 'open' ORDER BY id"));
    if (!rows)
        return rows.error();
    while (rows.value().next()) {
        QSqlQuery &row = rows.value();
        wallets.append({row.value(0).toString(), row.value(1).toString(), row.value(2).toString(), row.value(3).toLongLong()});
        workload.m_expectedBalances.insert(wallets.last().id, wallets.last().spendableMinor);
    }
    if (wallets.size() < 2)
        return makeError(Error::Kind::NotFound, QStringLiteral("The book needs at least two open wallets for the workload."));
    QHash<QString, int> channelsOfClient;
    ClientRepository clients(db);
    for (const Wallet &wallet : std::as_const(wallets)) {
        auto client = clients.find(wallet.clientId);
        if (!client)
            return client.error();
        channelsOfClient.insert(wallet.clientId, channelCount(*client));
    }

    const QStringList agents {QStringLiteral("alice"), QStringLiteral("bruno"), QStringLiteral("chen")};
    QRandomGenerator random(seed);
    const auto amountText = [](qint64 minor, const QString &currency) { return Money(minor, currency).toDecimalString(); };
    for (int i = 0; i < count; ++i) {
        const int dice = random.bounded(100);
        const QString agent = agents.at(random.bounded(int(agents.size())));
        const QString memo = QStringLiteral("workload %1 #%2").arg(seed).arg(i);
        Wallet &wallet = wallets[random.bounded(int(wallets.size()))];
        Message message;
        if (dice < mix.withdrawals && wallet.spendableMinor > 0) {
            const qint64 amount = 1 + random.bounded(qMin<qint64>(wallet.spendableMinor, 500));
            wallet.spendableMinor -= amount;
            workload.m_expectedBalances[wallet.id] -= amount;
            message = Message::create(QStringLiteral("WITHDRAW"),
                {{QStringLiteral("wallet_id"), wallet.id}, {QStringLiteral("amount"), amountText(amount, wallet.currency)},
                    {QStringLiteral("memo"), memo}},
                agent, Ids::nowMs());
            workload.m_expectedNotifications.insert(message.id, channelsOfClient.value(wallet.clientId));
        } else if (dice < mix.withdrawals + mix.transfers && wallet.spendableMinor > 0) {
            QList<int> others;
            for (int j = 0; j < wallets.size(); ++j) {
                if (wallets.at(j).id != wallet.id && wallets.at(j).currency == wallet.currency)
                    others << j;
            }
            if (others.isEmpty()) {
                --i;
                continue;
            }
            const Wallet &to = wallets.at(others.at(random.bounded(int(others.size()))));
            const qint64 amount = 1 + random.bounded(qMin<qint64>(wallet.spendableMinor, 500));
            wallet.spendableMinor -= amount;
            workload.m_expectedBalances[wallet.id] -= amount;
            workload.m_expectedBalances[to.id] += amount;
            message = Message::create(QStringLiteral("TRANSFER"),
                {{QStringLiteral("from_wallet_id"), wallet.id}, {QStringLiteral("to_wallet_id"), to.id},
                    {QStringLiteral("amount"), amountText(amount, wallet.currency)}, {QStringLiteral("memo"), memo}},
                agent, Ids::nowMs());
            workload.m_expectedNotifications.insert(
                message.id, channelsOfClient.value(wallet.clientId) + channelsOfClient.value(to.clientId));
        } else {
            const qint64 amount = 1 + random.bounded(50000);
            workload.m_expectedBalances[wallet.id] += amount;
            message = Message::create(QStringLiteral("DEPOSIT"),
                {{QStringLiteral("wallet_id"), wallet.id}, {QStringLiteral("amount"), amountText(amount, wallet.currency)},
                    {QStringLiteral("memo"), memo}},
                agent, Ids::nowMs());
            workload.m_expectedNotifications.insert(message.id, channelsOfClient.value(wallet.clientId));
        }
        workload.m_messages.append(message);
    }
    return workload;
}

Result<void> MoneyWorkload::enqueue(Database &db) const
{
    TransactionGuard transaction(db);
    if (!transaction.isActive())
        return transaction.error();
    Queue queue(db);
    for (const Message &message : m_messages) {
        if (auto stored = queue.enqueue(message); !stored)
            return stored.error();
    }
    return transaction.commit();
}

qsizetype MoneyWorkload::count(const QString &type) const
{
    return std::count_if(
        m_messages.cbegin(), m_messages.cend(), [&type](const Message &message) { return message.type == type; });
}

QStringList MoneyWorkload::discrepancies(Database &db) const
{
    QStringList found;
    const auto fail = [&found](const Error &error) {
        found << QStringLiteral("%1 (%2)").arg(error.message, error.detail);
        return found;
    };

    auto left = select(db, QStringLiteral("SELECT (SELECT COUNT(*) FROM queue_messages), (SELECT COUNT(*) FROM dead_letters)"));
    if (!left)
        return fail(left.error());
    if (left.value().next()) {
        if (const qint64 queued = left.value().value(0).toLongLong(); queued != 0)
            found << QStringLiteral("%1 message(s) are still in the queue.").arg(queued);
        if (const qint64 dead = left.value().value(1).toLongLong(); dead != 0)
            found << QStringLiteral("%1 message(s) were dead-lettered.").arg(dead);
    }

    QSet<QString> processed;
    auto processedRows = select(db, QStringLiteral("SELECT message_id FROM processed_messages"));
    if (!processedRows)
        return fail(processedRows.error());
    while (processedRows.value().next())
        processed.insert(processedRows.value().value(0).toString());
    QHash<QString, int> entries;
    auto entryRows
        = select(db, QStringLiteral("SELECT source_message_id FROM journal_entries WHERE source_message_id IS NOT NULL"));
    if (!entryRows)
        return fail(entryRows.error());
    while (entryRows.value().next())
        ++entries[entryRows.value().value(0).toString()];
    QHash<QString, int> notifications;
    auto outboxRows = select(db, QStringLiteral("SELECT source_message_id FROM outbox WHERE source_message_id IS NOT NULL"));
    if (!outboxRows)
        return fail(outboxRows.error());
    while (outboxRows.value().next())
        ++notifications[outboxRows.value().value(0).toString()];

    int notApplied = 0;
    int wrongEntries = 0;
    int wrongNotifications = 0;
    for (const Message &message : m_messages) {
        if (!processed.contains(message.id) && ++notApplied <= 5)
            found << QStringLiteral("The %1 message %2 was never applied.").arg(message.type, message.id);
        if (const int n = entries.value(message.id); n != 1 && ++wrongEntries <= 5)
            found << QStringLiteral("The %1 message %2 has %3 journal entries instead of one.")
                         .arg(message.type, message.id)
                         .arg(n);
        if (const int n = notifications.value(message.id), expected = m_expectedNotifications.value(message.id);
            n != expected && ++wrongNotifications <= 5)
            found << QStringLiteral("The %1 message %2 queued %3 notification(s) instead of %4.")
                         .arg(message.type, message.id)
                         .arg(n)
                         .arg(expected);
    }
    for (const auto &[what, n] : {std::pair {QStringLiteral("not applied"), notApplied},
             std::pair {QStringLiteral("with a wrong number of journal entries"), wrongEntries},
             std::pair {QStringLiteral("with a wrong number of notifications"), wrongNotifications}}) {
        if (n > 5)
            found << QStringLiteral("... %1 message(s) %2 in all.").arg(n).arg(what);
    }

    auto after = countsOf(db);
    if (!after)
        return fail(after.error());
    const qint64 total = m_messages.size();
    if (after->processed - m_before.processed != total)
        found << QStringLiteral("%1 message(s) were marked as applied; the workload has %2.")
                     .arg(after->processed - m_before.processed)
                     .arg(total);
    const qint64 expectedRecords
        = count(QStringLiteral("DEPOSIT")) + count(QStringLiteral("WITHDRAW")) + 2 * count(QStringLiteral("TRANSFER"));
    if (after->records - m_before.records != expectedRecords)
        found << QStringLiteral("%1 activity record(s) were written; %2 were expected.")
                     .arg(after->records - m_before.records)
                     .arg(expectedRecords);
    for (const auto &[kind, type] : {std::pair {QStringLiteral("DEPOSIT"), QStringLiteral("DEPOSIT")},
             std::pair {QStringLiteral("WITHDRAWAL"), QStringLiteral("WITHDRAW")},
             std::pair {QStringLiteral("TRANSFER"), QStringLiteral("TRANSFER")}}) {
        const qint64 added = after->entriesByKind.value(kind) - m_before.entriesByKind.value(kind);
        if (added != count(type))
            found << QStringLiteral("%1 %2 journal entries were added for %3 %4 message(s).")
                         .arg(added)
                         .arg(kind)
                         .arg(count(type))
                         .arg(type);
    }

    auto balances = select(db, QStringLiteral("SELECT id, balance_minor FROM accounts WHERE kind = 'customer'"));
    if (!balances)
        return fail(balances.error());
    while (balances.value().next()) {
        const QString wallet = balances.value().value(0).toString();
        const qint64 balance = balances.value().value(1).toLongLong();
        if (m_expectedBalances.contains(wallet) && balance != m_expectedBalances.value(wallet))
            found << QStringLiteral("The wallet %1 holds %2; the workload makes it %3.")
                         .arg(wallet)
                         .arg(balance)
                         .arg(m_expectedBalances.value(wallet));
    }
    return found;
}

} // namespace Ledgerdesk::Test
