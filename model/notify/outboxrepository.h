#pragma once

#include "core/result.h"
#include "outboxmessage.h"

#include <QList>

#include <optional>

namespace Ledgerdesk {

class Database;

// How a notification that has to wait is tried again: exponential backoff from baseDelayMs, doubled
// per failed attempt up to maxDelayMs, with jitter, for as long as it takes. There is no last
// attempt: only a refusal of the message itself ends it.
struct RetryPolicy
{
    qint64 baseDelayMs = 60'000;
    qint64 maxDelayMs = 900'000; // a notification goes out at most 15 minutes after its server is back

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

// The outbox table: notifications written with the change they report, claimed by notifiers, marked
// SENT, FAILED (waiting for another attempt after a backoff, never given up) or DEAD (refused for
// good), and resent by an agent. Claims are leases: a claimed row's next_attempt_at_ms moves to the
// end of the lease, so no other notifier takes it meanwhile (FOR UPDATE SKIP LOCKED on PostgreSQL; an
// IMMEDIATE transaction on SQLite), and a row whose notifier died comes back when the lease lapses.
// Every call runs inside the caller's transaction when there is one. Used on the connection's thread;
// holds a reference to it.
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
    // are to markSent(), markWaiting() and markRefused().
    Result<QList<OutboxMessage>> claimDue(qint64 nowMs, qint64 leaseUntilMs, int limit, const QList<OutboxChannel> &channels);

    // Records a delivery: SENT with the provider's reference, whoever holds the lease now (a sent
    // message stays sent). NotFound when the row is gone or already SENT.
    Result<void> markSent(const OutboxMessage &claimed, const QString &providerRef, qint64 nowMs);
    // Records an attempt that has to be made again (DeliveryOutcome::Wait): attempts + 1, FAILED,
    // `reason` as the last error, the next attempt after the policy's backoff. Returns the row as
    // stored. Conflict when the lease lapsed and another notifier has claimed the row since (its own
    // outcome counts, this one is dropped).
    Result<OutboxMessage> markWaiting(
        const OutboxMessage &claimed, const QString &reason, qint64 nowMs, const RetryPolicy &policy);
    // Records that the server refused this message for good (DeliveryOutcome::Refused): attempts + 1,
    // DEAD, `reason` as the last error. Conflict as for markWaiting().
    Result<OutboxMessage> markRefused(const OutboxMessage &claimed, const QString &reason, qint64 nowMs);
    // Says why the due rows on the given channels are not tried (their channel is not set up): sets
    // their last error to `reason`, touching neither their status, attempts nor next attempt. Returns
    // the number of rows whose reason changed.
    Result<qint64> noteWaiting(qint64 nowMs, const QList<OutboxChannel> &channels, const QString &reason);
    // Puts a DEAD or FAILED row back to PENDING, due at nowMs; its attempts are kept. Conflict for a
    // row that is PENDING or SENT, NotFound for an unknown id.
    Result<void> resend(const QString &id, qint64 nowMs);

    // Rows for a view, newest first; every status when `status` is empty.
    Result<QList<OutboxMessage>> list(std::optional<OutboxStatus> status, int offset, int limit);
    Result<OutboxCounts> counts();

private:
    // Stores `row`'s status, attempts, next attempt and last error over the claimed row, fenced by
    // its lease.
    Result<OutboxMessage> recordAttempt(const OutboxMessage &claimed, const OutboxMessage &row);

    Database &m_db;
};

} // namespace Ledgerdesk
