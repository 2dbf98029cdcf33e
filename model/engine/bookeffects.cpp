#include "bookeffects.h"

#include "activity/activityrepository.h"
#include "clients/clientrepository.h"
#include "notify/outboxwriter.h"

namespace Ledgerdesk {

Result<void> BookEffects::record(Database &db, const QString &agentId, qint64 atMs, const ActivityNote &note)
{
    ActivityRecord record;
    record.agentId = agentId;
    record.clientId = note.clientId;
    record.action = note.action;
    record.attribute = note.attribute;
    record.before = note.before;
    record.after = note.after;
    record.createdAtMs = atMs;
    record.emailSent = note.emailSent;
    return ActivityRepository(db).insert(record);
}

Result<bool> BookEffects::notifyClient(Database &db, const QString &clientId, const QString &templateName,
    const QJsonObject &values, const QString &sourceMessageId, qint64 atMs)
{
    ClientRepository clients(db);
    auto client = clients.find(clientId, true);
    if (!client)
        return client.error();
    QJsonObject filled = values;
    if (const QString otherId = values.value(counterpartyClientId).toString(); !otherId.isEmpty()) {
        auto other = clients.find(otherId, true);
        if (!other)
            return other.error();
        filled.remove(counterpartyClientId);
        filled.insert(QStringLiteral("counterparty"), other->fullName());
    }
    return m_outbox.write(db, *client, templateName, filled, sourceMessageId, atMs);
}

} // namespace Ledgerdesk
