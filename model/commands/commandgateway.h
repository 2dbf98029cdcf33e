#pragma once

#include <QJsonObject>
#include <QObject>
#include <QSet>

namespace Ledgerdesk {

class Database;
class Processor;

// Where the views send an agent's commands. It checks each command against its type's declaration,
// stamps it as a message of the signed-in agent, puts it in the durable queue, wakes the processor,
// and reports the outcome of its own messages when the processor has applied or refused them, so a
// view can show "pending" and then the type's outcome sentence. Lives on the GUI thread with the
// connection and the processor.
class CommandGateway : public QObject
{
    Q_OBJECT

public:
    CommandGateway(Database &db, Processor &processor, QString agentId, QObject *parent = nullptr);

    const QString &agentId() const { return m_agentId; }
    Processor &processor() const { return m_processor; }
    bool isPending(const QString &messageId) const { return m_pending.contains(messageId); }

    // Queues one command; returns its message id, or an empty string when it could not be queued
    // (failed() says why: an unknown type, a bad payload, a storage error). submitted() follows at
    // once, then applied() or failed().
    QString submit(const QString &type, const QJsonObject &payload);

    // Whether an agent waits to hear how a message of this type went (events and reads say nothing).
    bool reportsOutcome(const QString &type) const;
    // The sentence for people that says how an applied message of this type went; empty when none.
    QString outcome(const QString &type, const QJsonObject &result) const;

Q_SIGNALS:
    void submitted(const QString &messageId, const QString &type);
    void applied(const QString &messageId, const QString &type, const QJsonObject &result);
    void failed(const QString &messageId, const QString &type, const QString &message);
    // The books changed (anyone's messages were applied): item models re-read what they show.
    void booksChanged();

private:
    Database &m_db;
    Processor &m_processor;
    QString m_agentId;
    QSet<QString> m_pending;
};

} // namespace Ledgerdesk
