#pragma once

#include "commands/effects.h"
#include "commands/messagetype.h"
#include "core/result.h"
#include "queue/message.h"

#include <QHash>
#include <QJsonObject>

namespace Ledgerdesk {

class Database;

// Applies messages to the books through the type declared for them. One message is one transaction
// (a SAVEPOINT when the caller already holds one): the acting agent's role is checked against the
// type's permission, the payload against its fields, then the change, its activity record and the mark
// that the message was applied commit together or not at all, so a message applied twice has one
// effect. A message refused for the agent's role leaves an activity record of who tried. Lives on the
// connection's thread; the types are registered by the composition root before the first message.
class CommandExecutor
{
public:
    CommandExecutor(Database &db, Effects &effects);

    void registerType(MessageType type);
    void registerTypes(const QList<MessageType> &types);
    // The declaration of a type, or nullptr when no area declares it.
    const MessageType *type(const QString &name) const;

    // The type's declaration when `name` is known and `payload` passes its checks: what `enqueue`
    // asks before it queues anything.
    Result<const MessageType *> check(const QString &name, const QJsonObject &payload) const;

    // Applies the message, or recognises it as already applied and returns the first result with
    // "duplicate": true. The result is what the handler reports (ids, new balances).
    Result<QJsonObject> apply(const Message &message);

private:
    Result<QJsonObject> applyInTransaction(const Message &message, bool *refusedForRole);
    Result<void> recordRefusal(const Message &message, const QString &reason);

    Database &m_db;
    Effects &m_effects;
    QHash<QString, MessageType> m_types;
};

} // namespace Ledgerdesk
