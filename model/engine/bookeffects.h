#pragma once

#include "commands/effects.h"
#include "notify/outboxwriter.h"

namespace Ledgerdesk {

// The effects every handler's change owes, written with the areas that own them: the activity record
// (activity/) and the client's notifications (notify/, for the client read from clients/). Owns the
// outbox writer and so its translations; used on the connection's thread.
class BookEffects : public Effects
{
public:
    Result<void> record(Database &db, const QString &agentId, qint64 atMs, const ActivityNote &note) override;
    Result<bool> notifyClient(Database &db, const QString &clientId, const QString &templateName, const QJsonObject &values,
        const QString &sourceMessageId, qint64 atMs) override;

private:
    OutboxWriter m_outbox;
};

} // namespace Ledgerdesk
