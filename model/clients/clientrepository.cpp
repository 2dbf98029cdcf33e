#include "clientrepository.h"

#include "storage/database.h"
#include "storage/rows.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QVariant>

namespace Ledgerdesk {

namespace {

struct Strings
{
    Q_DECLARE_TR_FUNCTIONS(Ledgerdesk::ClientRepository)
};

// The columns clientFrom() reads, in its order.
const QString clientColumns
    = QStringLiteral("id, first_name, last_name, email, phone, channels, locale, created_at_ms, updated_at_ms, deleted_at_ms");

Client clientFrom(RowReader &row)
{
    Client client;
    client.id = row.text();
    client.firstName = row.text();
    client.lastName = row.text();
    client.email = row.text();
    client.phone = row.text();
    client.channels = row.text().split(QLatin1Char(','), Qt::SkipEmptyParts);
    client.locale = row.text();
    client.createdAtMs = row.int64();
    client.updatedAtMs = row.int64();
    client.deletedAtMs = row.int64();
    return client;
}

// Binds what insert() and update() write, the id last.
void bindClient(QSqlQuery &query, const Client &client)
{
    bindValues(query,
        {client.firstName, client.lastName, notNull(client.email), notNull(client.phone),
            notNull(client.channels.join(QLatin1Char(','))), notNull(client.locale), client.updatedAtMs, client.id});
}

} // namespace

Result<Client> ClientRepository::find(const QString &id, bool includeDeleted)
{
    QSqlQuery &query = m_db.prepared(QStringLiteral("SELECT ") + clientColumns + QStringLiteral(" FROM clients WHERE id = ?"));
    query.addBindValue(id);
    auto client = findOne(
        m_db, query, clientFrom, Strings::tr("Could not read the client."), Strings::tr("There is no client \"%1\".").arg(id));
    if (client && client->isDeleted() && !includeDeleted)
        return makeError(Error::Kind::NotFound, Strings::tr("The client \"%1\" has been deleted.").arg(id));
    return client;
}

Result<QList<Client>> ClientRepository::list(const QString &search)
{
    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT ") + clientColumns
        + QStringLiteral(" FROM clients WHERE deleted_at_ms IS NULL AND (? = '' OR lower(first_name || ' ' || last_name "
                         "|| ' ' || email || ' ' || phone) LIKE ?) ORDER BY last_name, first_name, id"));
    const QString needle = search.trimmed().toLower();
    bindValues(query, {notNull(needle), QString(QLatin1Char('%') + needle + QLatin1Char('%'))});
    return fetchAll(m_db, query, clientFrom, Strings::tr("Could not read the clients."));
}

Result<void> ClientRepository::insert(const Client &client)
{
    QSqlQuery &query = m_db.prepared(QStringLiteral(
        "INSERT INTO clients (first_name, last_name, email, phone, channels, locale, updated_at_ms, id, created_at_ms) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    bindClient(query, client);
    query.addBindValue(client.createdAtMs);
    return m_db.exec(query, Strings::tr("Could not save the client."));
}

Result<void> ClientRepository::update(const Client &client)
{
    QSqlQuery &query = m_db.prepared(QStringLiteral(
        "UPDATE clients SET first_name = ?, last_name = ?, email = ?, phone = ?, channels = ?, locale = ?, updated_at_ms = ? "
        "WHERE id = ?"));
    bindClient(query, client);
    return m_db.exec(query, Strings::tr("Could not save the client."));
}

Result<void> ClientRepository::markDeleted(const QString &id, qint64 nowMs)
{
    QSqlQuery &query = m_db.prepared(QStringLiteral("UPDATE clients SET deleted_at_ms = ?, updated_at_ms = ? WHERE id = ?"));
    bindValues(query, {nowMs, nowMs, id});
    return m_db.exec(query, Strings::tr("Could not delete the client."));
}

QHash<QString, QString> ClientRepository::fullNames(const QStringList &ids)
{
    QHash<QString, QString> names;
    for (const QString &id : ids) {
        if (names.contains(id))
            continue;
        auto client = find(id, true);
        names.insert(id, client ? client->fullName() : id);
    }
    return names;
}

} // namespace Ledgerdesk
