#pragma once

#include "core/result.h"
#include "ingestedtransaction.h"

#include <QList>
#include <QMap>

namespace Ledgerdesk {

class Database;

// Stores and reads ingested transactions (table ingested_transactions). Used on the connection's
// thread; every call runs inside the caller's transaction when there is one.
class IntakeRepository
{
public:
    explicit IntakeRepository(Database &db)
        : m_db(db)
    { }

    // Inserts the transaction unless one with its id exists. True when inserted, false when the id
    // was there already (nothing is written then).
    Result<bool> insertIfAbsent(const IngestedTransaction &transaction);
    // NotFound when no transaction has the id.
    Result<IngestedTransaction> find(const QString &transactionId);
    // Sets the category and PROCESSED on a PROCESSING transaction. True when it changed the row, false
    // when the transaction was not PROCESSING (or not there).
    Result<bool> markProcessed(
        const QString &transactionId, const QString &category, qint64 processedAtMs, const QString &messageId);

    // One page of transactions, the most recently received first (ties by id, descending).
    Result<QList<IngestedTransaction>> listRecent(int offset = 0, int limit = 100);
    Result<qint64> count();
    // How many transactions carry each category (PROCESSING ones under ""), and each status.
    Result<QMap<QString, qint64>> countsByCategory();
    Result<QMap<QString, qint64>> countsByStatus();

private:
    Result<QMap<QString, qint64>> countsBy(const QString &sql);

    Database &m_db;
};

} // namespace Ledgerdesk
