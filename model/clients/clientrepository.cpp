#include "clientrepository.h"

#include "storage/database.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QVariant>

namespace Ledgerdesk {

namespace {

struct Strings
{
    Q_DECLARE_TR_FUNCTIONS(Ledgerdesk::ClientRepository)
};

Client clientFromRow(const QSqlQuery &query)
{
    Client client;
    client.id = query.value(0).toString();
    client.firstName = query.value(1).toString();
    client.lastName = query.value(2).toString();
    client.email = query.value(3).toString();
    client.phone = query.value(4).toString();
    client.channels = query.value(5).toString().split(QLatin1Char(','), Qt::SkipEmptyParts);
    client.locale = query.value(6).toString();
    client.createdAtMs = query.value(7).toLongLong();
    client.updatedAtMs = query.value(8).toLongLong();
    client.deletedAtMs = query.value(9).isNull() ? 0 : query.value(9).toLongLong();
    return client;
}

void bindClient(QSqlQuery &query, const Client &client)
{
    query.addBindValue(client.firstName);
    query.addBindValue(client.lastName);
    query.addBindValue(notNull(client.email));
    query.addBindValue(notNull(client.phone));
    query.addBindValue(notNull(client.channels.join(QLatin1Char(','))));
    query.addBindValue(notNull(client.locale));
    query.addBindValue(client.updatedAtMs);
    query.addBindValue(client.id);
}

} // namespace

Result<Client> ClientRepository::find(const QString &id, bool includeDeleted)
{
    QSqlQuery &query = m_db.prepared(QStringLiteral(
        "SELECT id, first_name, last_name, email, phone, channels, locale, created_at_ms, updated_at_ms, deleted_at_ms "
        "FROM clients WHERE id = ?"));
    query.addBindValue(id);
    if (auto ok = m_db.exec(query, Strings::tr("Could not read the client.")); !ok)
        return ok.error();
    if (!query.next())
        return makeError(Error::Kind::NotFound, Strings::tr("There is no client \"%1\".").arg(id));
    Client client = clientFromRow(query);
    query.finish();
    if (client.isDeleted() && !includeDeleted)
        return makeError(Error::Kind::NotFound, Strings::tr("The client \"%1\" has been deleted.").arg(id));
    return client;
}

Result<QList<Client>> ClientRepository::list(const QString &search)
{
    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral(
        "SELECT id, first_name, last_name, email, phone, channels, locale, created_at_ms, updated_at_ms, deleted_at_ms "
        "FROM clients WHERE deleted_at_ms IS NULL AND (? = '' OR lower(first_name || ' ' || last_name || ' ' || email "
        "|| ' ' || phone) LIKE ?) ORDER BY last_name, first_name, id"));
    const QString needle = search.trimmed().toLower();
    query.addBindValue(notNull(needle));
    query.addBindValue(QLatin1Char('%') + needle + QLatin1Char('%'));
    if (auto ok = m_db.exec(query, Strings::tr("Could not read the clients.")); !ok)
        return ok.error();
    QList<Client> clients;
    while (query.next())
        clients.append(clientFromRow(query));
    return clients;
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
    query.addBindValue(nowMs);
    query.addBindValue(nowMs);
    query.addBindValue(id);
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
