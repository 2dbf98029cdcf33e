#include "intakerepository.h"

#include "storage/database.h"
#include "storage/rows.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QVariant>

namespace Ledgerdesk {

namespace {

struct Strings
{
    Q_DECLARE_TR_FUNCTIONS(Ledgerdesk::IntakeRepository)
};

// The columns transactionFrom() reads, in its order.
const QString transactionColumns = QStringLiteral(
    "transaction_id, source_account, destination_account, amount_minor, currency, merchant, event_time_ms, category, "
    "status, received_at_ms, processed_at_ms, message_id");

IngestedTransaction transactionFrom(RowReader &row)
{
    IngestedTransaction transaction;
    transaction.transactionId = row.text();
    transaction.sourceAccount = row.text();
    transaction.destinationAccount = row.text();
    transaction.amountMinor = row.int64();
    transaction.currency = row.text();
    transaction.merchant = row.text();
    transaction.eventTimeMs = row.int64();
    transaction.category = row.text();
    transaction.status = row.text();
    transaction.receivedAtMs = row.int64();
    transaction.processedAtMs = row.int64();
    transaction.messageId = row.text();
    return transaction;
}

QVariant nullableTime(qint64 ms)
{
    return ms == 0 ? QVariant(QMetaType::fromType<qlonglong>()) : QVariant(qlonglong(ms));
}

} // namespace

Result<bool> IntakeRepository::insertIfAbsent(const IngestedTransaction &transaction)
{
    QSqlQuery &query = m_db.prepared(QStringLiteral(
        "INSERT INTO ingested_transactions (transaction_id, source_account, destination_account, amount_minor, currency, "
        "merchant, event_time_ms, category, status, received_at_ms, processed_at_ms, message_id) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (transaction_id) DO NOTHING"));
    bindValues(query,
        {transaction.transactionId, transaction.sourceAccount, transaction.destinationAccount, transaction.amountMinor,
            transaction.currency, notNull(transaction.merchant), transaction.eventTimeMs, notNull(transaction.category),
            transaction.status, transaction.receivedAtMs, nullableTime(transaction.processedAtMs),
            nullIfEmpty(transaction.messageId)});
    if (auto ok = m_db.exec(query, Strings::tr("Could not store the transaction %1.").arg(transaction.transactionId)); !ok)
        return ok.error();
    return query.numRowsAffected() > 0;
}

Result<IngestedTransaction> IntakeRepository::find(const QString &transactionId)
{
    QSqlQuery &query = m_db.prepared(
        QStringLiteral("SELECT ") + transactionColumns + QStringLiteral(" FROM ingested_transactions WHERE transaction_id = ?"));
    query.addBindValue(transactionId);
    return findOne(m_db, query, transactionFrom, Strings::tr("Could not read the transaction %1.").arg(transactionId),
        Strings::tr("There is no transaction \"%1\".").arg(transactionId), transactionId);
}

Result<bool> IntakeRepository::markProcessed(
    const QString &transactionId, const QString &category, qint64 processedAtMs, const QString &messageId)
{
    QSqlQuery &query = m_db.prepared(
        QStringLiteral("UPDATE ingested_transactions SET category = ?, status = 'PROCESSED', processed_at_ms = ?, message_id = ? "
                       "WHERE transaction_id = ? AND status = 'PROCESSING'"));
    bindValues(query, {category, processedAtMs, nullIfEmpty(messageId), transactionId});
    if (auto ok = m_db.exec(query, Strings::tr("Could not mark the transaction %1 as processed.").arg(transactionId)); !ok)
        return ok.error();
    return query.numRowsAffected() > 0;
}

Result<QList<IngestedTransaction>> IntakeRepository::listRecent(int offset, int limit)
{
    QSqlQuery &query = m_db.prepared(QStringLiteral("SELECT ") + transactionColumns
        + QStringLiteral(" FROM ingested_transactions ORDER BY received_at_ms DESC, "
                         "transaction_id DESC LIMIT ? OFFSET ?"));
    bindValues(query, {qMax(0, limit), qMax(0, offset)});
    return fetchAll(m_db, query, transactionFrom, Strings::tr("Could not list the ingested transactions."));
}

Result<qint64> IntakeRepository::count()
{
    QSqlQuery &query = m_db.prepared(QStringLiteral("SELECT COUNT(*) FROM ingested_transactions"));
    if (auto ok = m_db.exec(query, Strings::tr("Could not count the ingested transactions.")); !ok)
        return ok.error();
    const qint64 total = query.next() ? query.value(0).toLongLong() : 0;
    query.finish();
    return total;
}

Result<QMap<QString, qint64>> IntakeRepository::countsBy(const QString &sql)
{
    QSqlQuery &query = m_db.prepared(sql);
    if (auto ok = m_db.exec(query, Strings::tr("Could not count the ingested transactions.")); !ok)
        return ok.error();
    QMap<QString, qint64> counts;
    while (query.next())
        counts.insert(query.value(0).toString(), query.value(1).toLongLong());
    query.finish();
    return counts;
}

Result<QMap<QString, qint64>> IntakeRepository::countsByCategory()
{
    return countsBy(QStringLiteral("SELECT category, COUNT(*) FROM ingested_transactions GROUP BY category"));
}

Result<QMap<QString, qint64>> IntakeRepository::countsByStatus()
{
    return countsBy(QStringLiteral("SELECT status, COUNT(*) FROM ingested_transactions GROUP BY status"));
}

} // namespace Ledgerdesk
