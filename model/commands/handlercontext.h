#pragma once

#include "agents/agent.h"
#include "commands/message.h"
#include "core/money.h"
#include "core/result.h"
#include "ledger/account.h"
#include "ledger/journal.h"

#include <QJsonObject>

namespace Ledgerdesk {

class Database;
struct Client;

// What a handler sees while it applies one message: the connection (inside the message's transaction),
// the acting agent, the message and the time the change is recorded at. It also reads the payload,
// turning every missing or malformed field into a Validation error that names the field.
class HandlerContext
{
public:
    HandlerContext(Database &db, const Agent &agent, const Message &message, qint64 nowMs)
        : m_db(db), m_agent(agent), m_message(message), m_nowMs(nowMs)
    {
    }

    Database &db() const { return m_db; }
    const Agent &agent() const { return m_agent; }
    const Message &message() const { return m_message; }
    const QJsonObject &payload() const { return m_message.payload; }
    qint64 nowMs() const { return m_nowMs; }

    Result<QString> requireString(const QString &field) const;
    QString optionalString(const QString &field) const;
    // The open customer wallet named by `field` ("wallet_id").
    Result<Account> requireOpenWallet(const QString &field = QStringLiteral("wallet_id")) const;
    // A positive amount in `currency`, written as a decimal string ("1000.00").
    Result<Money> requireAmount(const QString &field, const QString &currency) const;

    // An entry of `kind` stamped with this message: its time, agent and id as the source. Add the
    // postings and a memo, then Journal::post() it.
    JournalEntry newEntry(EntryKind kind) const;

    // Publishes a follow-up event into the queue inside this message's transaction, acting as the
    // system; it is applied by a later round of the processor, exactly once.
    Result<void> publish(const QString &type, const QJsonObject &payload) const;

    // Queues the notifications this change owes the client (see notify/outboxwriter.h) in this
    // message's transaction. True when an e-mail was among them.
    Result<bool> notifyClient(const Client &client, const QString &templateName, const QJsonObject &values = {}) const;
    // The same for a client known by id (a deleted one too: they still hear about their money).
    Result<bool> notifyClient(const QString &clientId, const QString &templateName, const QJsonObject &values = {}) const;

    // Writes the activity record of this command (agent and time from the context).
    Result<void> record(const QString &action, const QString &clientId, const QString &attribute = {},
                        const QString &before = {}, const QString &after = {}, bool emailSent = false) const;

private:
    Database &m_db;
    const Agent &m_agent;
    const Message &m_message;
    qint64 m_nowMs;
};

} // namespace Ledgerdesk
