#pragma once

#include "client.h"
#include "core/result.h"

#include <QHash>
#include <QList>

namespace Ledgerdesk {

class Database;

// Reads and writes clients. Used on the connection's thread; callers own the transaction.
class ClientRepository
{
public:
    explicit ClientRepository(Database &db)
        : m_db(db)
    { }

    // A client that exists (deleted ones are NotFound unless includeDeleted).
    Result<Client> find(const QString &id, bool includeDeleted = false);
    // Clients whose name, e-mail or phone contains `search` (all when empty), by last name.
    Result<QList<Client>> list(const QString &search = {});
    // The full names of the given clients (deleted ones too) by id; an id that is unknown maps to itself.
    QHash<QString, QString> fullNames(const QStringList &ids);
    Result<void> insert(const Client &client);
    Result<void> update(const Client &client);
    Result<void> markDeleted(const QString &id, qint64 nowMs);

private:
    Database &m_db;
};

} // namespace Ledgerdesk
