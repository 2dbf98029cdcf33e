#pragma once

#include "core/result.h"
#include "outboxmessage.h"

#include <QList>

#include <optional>

namespace Ledgerdesk {

class Database;

// How failed deliveries are retried: exponential backoff from baseDelayMs, doubled per failed
// attempt up to maxDelayMs, with jitter; DEAD once maxAttempts attempts have failed.
struct RetryPolicy
{
    int maxAttempts = 8; // notify.max_attempts
    qint64 baseDelayMs = 60'000;
    qint64 maxDelayMs = 3'600'000;

    // The wait after `failedAttempts` (>= 1) failures: base x 2^(failedAttempts - 1), capped at
    // maxDelayMs, then scaled by a jitter in [0, 1] to between half and all of it, so notifiers that
    // failed together do not retry together.
    qint64 delayMs(int failedAttempts, double jitter) const;
};

// Rows of the outbox by status, for the views.
struct OutboxCounts
{
    qint64 pending = 0;
    qint64 sent = 0;
    qint64 failed = 0;
    qint64 dead = 0;

    qint64 total() const { return pending + sent + failed + dead; }
};

// The outbox table: notifications written with the change they report, claimed by notifiers,
// marked SENT, FAILED (retried with backoff) or DEAD, and resent by an agent. Claims are leases:
// a claimed row's next_attempt_at_ms moves to the end of the lease, so no other notifier takes it
// meanwhile (FOR UPDATE SKIP LOCKED on PostgreSQL; an IMMEDIATE transaction on SQLite), and a row
// whose notifier died comes back when the lease lapses. Every call runs inside the caller's
// transaction when there is one. Used on the connection's thread; holds a reference to it.
class OutboxRepository
{
public:
    explicit OutboxRepository(Database &db)
        : m_db(db)
    { }

    Result<void> insert(const OutboxMessage &message);
    Result<OutboxMessage> find(const QString &id);

    // PENDING and FAILED rows with next_attempt_at_ms <= nowMs, oldest first, at most `limit`.
    Result<QList<OutboxMessage>> due(qint64 nowMs, int limit);
    // The number of such rows on the given channels.
    Result<qint64> countDue(qint64 nowMs, const QList<OutboxChannel> &channels);
    // Takes up to `limit` due rows on the given channels, oldest first, and leases them until
    // leaseUntilMs. The returned rows carry leaseUntilMs as nextAttemptAtMs: pass them back as they
    // are to markSent() and markFailed().
    Result<QList<OutboxMessage>> claimDue(qint64 nowMs, qint64 leaseUntilMs, int limit, const QList<OutboxChannel> &channels);

    // Records a delivery: SENT with the provider's reference, whoever holds the lease now (a sent
    // message stays sent). NotFound when the row is gone or already SENT.
    Result<void> markSent(const OutboxMessage &claimed, const QString &providerRef, qint64 nowMs);
    // Records a failed attempt: attempts + 1 and the error; DEAD when `permanent` or when the
    // attempts reach policy.maxAttempts, else FAILED with the next attempt after the policy's
    // backoff. Returns the row as stored. Conflict when the lease lapsed and another notifier has
    // claimed the row since (its own outcome counts, this one is dropped).
    Result<OutboxMessage> markFailed(
        const OutboxMessage &claimed, const QString &error, bool permanent, qint64 nowMs, const RetryPolicy &policy);
    // Puts a DEAD or FAILED row back to PENDING, due at nowMs; its attempts are kept. Conflict for a
    // row that is PENDING or SENT, NotFound for an unknown id.
    Result<void> resend(const QString &id, qint64 nowMs);

    // Rows for a view, newest first; every status when `status` is empty.
    Result<QList<OutboxMessage>> list(std::optional<OutboxStatus> status, int offset, int limit);
    Result<OutboxCounts> counts();

private:
    Database &m_db;
};

} // namespace Ledgerdesk
