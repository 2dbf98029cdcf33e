#pragma once

#include "commands/processor.h"
#include "core/result.h"
#include "queue/message.h"
#include "support/testbooks.h"

#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QSet>
#include <QString>
#include <QStringList>

namespace Ledgerdesk::Test {

// Every row of the tables a message can change, as text, by table: compared before and after a
// refusal or a redelivery to prove nothing moved.
using Snapshot = QMap<QString, QStringList>;

// The rows that differ between two snapshots ("- table: row" gone, "+ table: row" new), one per line;
// empty when they are equal.
QString changesBetween(const Snapshot &before, const Snapshot &after);
// The same for a command refused for the agent's role, which changes nothing but the one activity
// record of who tried; its absence is reported as a change too.
QString changesBesidesTheRefusal(const Snapshot &before, const Snapshot &after);

// One test book driven the way the running program drives it: commands go into the real queue and the
// real Processor drains them, round after round, so events published by handlers are applied by later
// rounds. Remembers every message it saw so that all of them can be delivered a second time.
// Used on the test's thread; the Books outlive it.
class Desk
{
public:
    // A second supervisor, to approve what Books::supervisor applied for.
    static inline const QString otherSupervisor = QStringLiteral("supervisor-sue");
    // A second agent without the supervisor's role.
    static inline const QString otherAgent = QStringLiteral("agent-bob");

    explicit Desk(Books &books);

    Books &books() { return m_books; }
    Processor &processor() { return m_processor; }

    // Adds otherSupervisor and otherAgent to the book.
    Result<void> addColleagues();

    // A client with an e-mail address (their only channel) and a USD wallet holding `amount` (none
    // when empty). The wallet's id and the client's id.
    struct Customer
    {
        QString clientId;
        QString walletId;
    };
    Result<Customer> customer(const QString &firstName, const QString &amount = {});

    // Enqueues a command as `agentId` sends it; the message as stored.
    Result<Message> send(const QString &type, const QJsonObject &payload, const QString &agentId = Books::agent);
    // One round of the processor.
    Result<Processor::Report> drainOnce();
    // Rounds until nothing is visible.
    Result<Processor::Report> drain();
    // send() then drain().
    Result<Message> sendAndDrain(const QString &type, const QJsonObject &payload, const QString &agentId = Books::agent);

    // Puts every message the processor has applied back into the queue under its own id, type,
    // payload and agent, as a queue that delivers twice would. Returns how many.
    Result<int> redeliverAll();
    // The types of the messages claimed so far, each once, sorted.
    QStringList seenTypes() const;

    // The reason a message was dead-lettered with; empty when it is not a dead letter.
    QString deadLetterReason(const QString &messageId);
    // The messages of `type` waiting in the queue.
    qint64 queued(const QString &type);

    // The templates of the outbox rows written for a client, oldest first; only those starting with
    // `prefix` when one is given.
    QStringList outboxTemplates(const QString &clientId, const QString &prefix = {});
    // The text body of the one outbox row of `templateName` for a client; empty when there is not
    // exactly one.
    QString outboxBody(const QString &clientId, const QString &templateName);

    // Every row of the journal, the accounts, the activity log, the outbox, the processed marks and
    // the loan, payment and savings tables.
    Snapshot snapshot();

private:
    struct Stored
    {
        QString id;
        QString type;
        QString payload;
        QString agentId;
    };

    void rememberQueued();

    Books &m_books;
    Processor m_processor;
    QList<Stored> m_seen;
    QSet<QString> m_seenIds;
};

} // namespace Ledgerdesk::Test
