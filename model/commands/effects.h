#pragma once

#include "core/result.h"

#include <QJsonObject>
#include <QString>

namespace Ledgerdesk {

class Database;

// What an agent did, as a handler states it; the agent and the time come from the message.
struct ActivityNote
{
    QString action; // Verb|Entity, like "Deposit|Wallet"
    QString clientId;
    QString attribute;
    QString before;
    QString after;
    bool emailSent = false;
};

// What every change owes beyond its own tables: the activity record of what the agent did, and the
// notifications the client is to receive. Handlers reach these through their HandlerContext; the
// implementation lives above every area (engine/), so the command machinery depends on none of them.
// Both calls write inside the caller's transaction and are used on the connection's thread.
class Effects
{
public:
    virtual ~Effects() = default;

    virtual Result<void> record(Database &db, const QString &agentId, qint64 atMs, const ActivityNote &note) = 0;
    // A value naming another client by id, given to notifyClient(); the client's name reaches the
    // template as "counterparty".
    static inline const QString counterpartyClientId = QStringLiteral("counterparty_client_id");

    // Queues the client's notifications from `templateName` with `values` (see notify/outboxwriter.h),
    // a deleted client's too. True when an e-mail was among them.
    virtual Result<bool> notifyClient(Database &db, const QString &clientId, const QString &templateName,
        const QJsonObject &values, const QString &sourceMessageId, qint64 atMs)
        = 0;
};

} // namespace Ledgerdesk
