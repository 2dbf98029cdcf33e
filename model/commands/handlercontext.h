#pragma once

#include "agents/agent.h"
#include "commands/effects.h"
#include "core/money.h"
#include "core/result.h"
#include "queue/message.h"

#include <QJsonObject>

namespace Ledgerdesk {

class Database;

// What a handler sees while it applies one message: the connection (inside the message's transaction),
// the acting agent, the message and the time the change is recorded at. It reads the payload with the
// same field rules the message type declares (see messagetype.h), and carries the change's effects:
// follow-up events, the activity record and the client's notifications.
class HandlerContext
{
public:
    HandlerContext(Database &db, Effects &effects, const Agent &agent, const Message &message, qint64 nowMs)
        : m_db(db)
        , m_effects(effects)
        , m_agent(agent)
        , m_message(message)
        , m_nowMs(nowMs)
    { }

    Database &db() const { return m_db; }
    const Agent &agent() const { return m_agent; }
    const Message &message() const { return m_message; }
    const QJsonObject &payload() const { return m_message.payload; }
    qint64 nowMs() const { return m_nowMs; }

    Result<QString> requireString(const QString &field) const;
    QString optionalString(const QString &field) const;
    // A positive amount in `currency`, written as a decimal string ("1000.00").
    Result<Money> requireAmount(const QString &field, const QString &currency) const;

    // Publishes a follow-up event into the queue inside this message's transaction, acting as the
    // system; it is applied by a later round of the processor, exactly once.
    Result<void> publish(const QString &type, const QJsonObject &payload) const;

    // Queues the notifications this change owes the client (a deleted one too: they still hear about
    // their money) in this message's transaction. True when an e-mail was among them.
    Result<bool> notifyClient(const QString &clientId, const QString &templateName, const QJsonObject &values = {}) const;

    // Writes the activity record of this command (agent and time from the context).
    Result<void> record(const QString &action, const QString &clientId, const QString &attribute = {}, const QString &before = {},
        const QString &after = {}, bool emailSent = false) const;

private:
    Database &m_db;
    Effects &m_effects;
    const Agent &m_agent;
    const Message &m_message;
    qint64 m_nowMs;
};

} // namespace Ledgerdesk
