#include "intakerepository.h"

#include "storage/database.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QVariant>

namespace Ledgerdesk {

namespace {

struct Strings
{
    Q_DECLARE_TR_FUNCTIONS(Ledgerdesk::IntakeRepository)
};

// The columns transactionFromRow() reads, in its order.
const QString transactionColumns = QStringLiteral(
    "transaction_id, source_account, destination_account, amount_minor, currency, merchant, event_time_ms, category, "
    "status, received_at_ms, processed_at_ms, message_id");

IngestedTransaction transactionFromRow(const QSqlQuery &query)
{
    IngestedTransaction transaction;
    transaction.transactionId = query.value(0).toString();
    transaction.sourceAccount = query.value(1).toString();
    transaction.destinationAccount = query.value(2).toString();
    transaction.amountMinor = query.value(3).toLongLong();
    transaction.currency = query.value(4).toString();
    transaction.merchant = query.value(5).toString();
    transaction.eventTimeMs = query.value(6).toLongLong();
    transaction.category = query.value(7).toString();
    transaction.status = query.value(8).toString();
    transaction.receivedAtMs = query.value(9).toLongLong();
    transaction.processedAtMs = query.value(10).isNull() ? 0 : query.value(10).toLongLong();
    transaction.messageId = query.value(11).toString();
    return transaction;
}

QVariant nullableText(const QString &text)
{
    return text.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(text);
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
    query.addBindValue(transaction.transactionId);
    query.addBindValue(transaction.sourceAccount);
    query.addBindValue(transaction.destinationAccount);
    query.addBindValue(transaction.amountMinor);
    query.addBindValue(transaction.currency);
    query.addBindValue(notNull(transaction.merchant));
    query.addBindValue(transaction.eventTimeMs);
    query.addBindValue(notNull(transaction.category));
    query.addBindValue(transaction.status);
    query.addBindValue(transaction.receivedAtMs);
    query.addBindValue(nullableTime(transaction.processedAtMs));
    query.addBindValue(nullableText(transaction.messageId));
    if (auto ok = m_db.exec(query, Strings::tr("Could not store the transaction %1.").arg(transaction.transactionId)); !ok)
        return ok.error();
    return query.numRowsAffected() > 0;
}

Result<IngestedTransaction> IntakeRepository::find(const QString &transactionId)
{
    QSqlQuery &query = m_db.prepared(
        QStringLiteral("SELECT ") + transactionColumns + QStringLiteral(" FROM ingested_transactions WHERE transaction_id = ?"));
    query.addBindValue(transactionId);
    if (auto ok = m_db.exec(query, Strings::tr("Could not read the transaction %1.").arg(transactionId)); !ok)
        return ok.error();
    if (!query.next())
        return makeError(Error::Kind::NotFound, Strings::tr("There is no transaction \"%1\".").arg(transactionId), transactionId);
    IngestedTransaction transaction = transactionFromRow(query);
    query.finish();
    return transaction;
}

Result<bool> IntakeRepository::markProcessed(
    const QString &transactionId, const QString &category, qint64 processedAtMs, const QString &messageId)
{
    QSqlQuery &query = m_db.prepared(
        QStringLiteral("UPDATE ingested_transactions SET category = ?, status = 'PROCESSED', processed_at_ms = ?, message_id = ? "
                       "WHERE transaction_id = ? AND status = 'PROCESSING'"));
    query.addBindValue(category);
    query.addBindValue(processedAtMs);
    query.addBindValue(nullableText(messageId));
    query.addBindValue(transactionId);
    if (auto ok = m_db.exec(query, Strings::tr("Could not mark the transaction %1 as processed.").arg(transactionId)); !ok)
        return ok.error();
    return query.numRowsAffected() > 0;
}

Result<QList<IngestedTransaction>> IntakeRepository::listRecent(int offset, int limit)
{
    QSqlQuery &query = m_db.prepared(QStringLiteral("SELECT ") + transactionColumns
        + QStringLiteral(" FROM ingested_transactions ORDER BY received_at_ms DESC, "
                         "transaction_id DESC LIMIT ? OFFSET ?"));
    query.addBindValue(qMax(0, limit));
    query.addBindValue(qMax(0, offset));
    if (auto ok = m_db.exec(query, Strings::tr("Could not list the ingested transactions.")); !ok)
        return ok.error();
    QList<IngestedTransaction> transactions;
    while (query.next())
        transactions.append(transactionFromRow(query));
    query.finish();
    return transactions;
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
