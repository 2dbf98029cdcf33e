#pragma once

#include "core/result.h"
#include "queue/message.h"

#include <QList>

namespace Ledgerdesk {

class Database;

// A message taken from the queue: hidden from other processors until its visibility timeout passes.
struct ClaimedMessage
{
    Message message;
    int receiveCount = 0;
    QString payloadError; // set when the stored payload is not a JSON object
};

struct DeadLetter
{
    QString id;
    QString type;
    QString payload;
    QString agentId;
    qint64 enqueuedAtMs = 0;
    qint64 deadAtMs = 0;
    int receiveCount = 0;
    QString reason;
};

struct QueueStats
{
    qint64 waiting = 0; // visible now
    qint64 inFlight = 0; // claimed, not yet applied or released
    qint64 dead = 0;
};

// The durable queue with SQS semantics in SQL: enqueue with a dedupe key, claim a batch with a
// visibility timeout (FOR UPDATE SKIP LOCKED on PostgreSQL, so processors never hold the same
// message), remove once applied, make visible again after a backoff, dead-letter with a reason,
// redrive and discard. Every call runs inside the caller's transaction when there is one.
// Used on the connection's thread.
class Queue
{
public:
    static constexpr int maxReceiveCount = 5;
    // The PostgreSQL notification channel processors LISTEN on to wake at once.
    static constexpr const char *notifyChannel = "ledgerdesk_queue";

    explicit Queue(Database &db)
        : m_db(db)
    { }

    // Stores a message unless its dedupe key was accepted before or a message of the same id waits
    // already. True when stored, false when dropped as a duplicate.
    Result<bool> enqueue(const Message &message);
    // Claims up to `limit` visible messages, oldest first, hiding them until nowMs + visibilityMs.
    Result<QList<ClaimedMessage>> claim(int limit, qint64 visibilityMs, qint64 nowMs);
    // Deletes an applied message.
    Result<void> remove(const QString &messageId);
    // Makes a message visible again at visibleAtMs, keeping why it failed.
    Result<void> retryLater(const QString &messageId, const QString &error, qint64 visibleAtMs);
    // Moves a message to the dead letters with the reason.
    Result<void> deadLetter(const ClaimedMessage &claimed, const QString &reason, qint64 nowMs);

    Result<QList<DeadLetter>> deadLetters(int limit = 500);
    // Puts a dead letter back into the queue (same id, receive count reset) or drops it for good;
    // both return the letter as it was. Agents decide through the queue's own messages
    // (commands/queuemessages.h), which check the role and record the decision.
    Result<DeadLetter> redrive(const QString &messageId, qint64 nowMs);
    Result<DeadLetter> discard(const QString &messageId);

    Result<QueueStats> stats(qint64 nowMs);

    // Backoff before a transient failure is retried: 1 s, 2 s, 4 s ... capped at 60 s.
    static qint64 backoffMs(int receiveCount);

private:
    Result<DeadLetter> takeDeadLetter(const QString &messageId);

    Database &m_db;
};

} // namespace Ledgerdesk
