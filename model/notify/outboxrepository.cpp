#include "outboxrepository.h"

#include "core/logging.h"
#include "storage/database.h"
#include "storage/rows.h"
#include "storage/transactionguard.h"

#include <QCoreApplication>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>

namespace Ledgerdesk {

namespace {

struct Strings
{
    Q_DECLARE_TR_FUNCTIONS(Ledgerdesk::OutboxRepository)
};

// The columns every read returns, in the order messageFrom() reads them.
#define LD_OUTBOX_COLUMNS                                                                                                        \
    "id, channel, recipient, subject, body_text, body_html, template, client_id, source_message_id, status, attempts, "          \
    "next_attempt_at_ms, created_at_ms, sent_at_ms, last_error, provider_ref"

// last_error keeps the sentence and the server's reply; a server that answers with a novel is cut.
constexpr qsizetype maxErrorLength = 2000;

OutboxMessage messageFrom(RowReader &row)
{
    OutboxMessage message;
    message.id = row.text();
    message.channel = channelFromName(row.text()).value_or(OutboxChannel::Email);
    message.recipient = row.text();
    message.subject = row.text();
    message.bodyText = row.text();
    message.bodyHtml = row.text();
    message.templateName = row.text();
    message.clientId = row.text();
    message.sourceMessageId = row.text();
    message.status = statusFromName(row.text()).value_or(OutboxStatus::Pending);
    message.attempts = row.int32();
    message.nextAttemptAtMs = row.int64();
    message.createdAtMs = row.int64();
    message.sentAtMs = row.int64();
    message.lastError = row.text();
    message.providerRef = row.text();
    return message;
}

// Binds the channels of a `channel IN (?, ?, ?)` clause; unused places get a name no row has.
void bindChannels(QSqlQuery &query, const QList<OutboxChannel> &channels)
{
    Q_ASSERT(channels.size() <= 3);
    for (qsizetype i = 0; i < 3; ++i)
        query.addBindValue(i < channels.size() ? channelName(channels.at(i)) : QStringLiteral(""));
}

bool isOlder(const OutboxMessage &a, const OutboxMessage &b)
{
    return a.createdAtMs != b.createdAtMs ? a.createdAtMs < b.createdAtMs : a.id < b.id;
}

} // namespace

qint64 RetryPolicy::delayMs(int failedAttempts, double jitter) const
{
    const qint64 cap = qMax<qint64>(1, maxDelayMs);
    qint64 delay = qBound<qint64>(1, baseDelayMs, cap);
    for (int i = 1; i < failedAttempts && delay < cap; ++i)
        delay = qMin(cap, delay * 2);
    const qint64 half = delay / 2;
    return half + qint64(qBound(0.0, jitter, 1.0) * double(delay - half));
}

Result<void> OutboxRepository::insert(const OutboxMessage &message)
{
    QSqlQuery &query = m_db.prepared(QStringLiteral(
        "INSERT INTO outbox (id, channel, recipient, subject, body_text, body_html, template, client_id, source_message_id, "
        "status, attempts, next_attempt_at_ms, created_at_ms, last_error, provider_ref) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    bindValues(query,
        {message.id, channelName(message.channel), notNull(message.recipient), notNull(message.subject),
            notNull(message.bodyText), notNull(message.bodyHtml), notNull(message.templateName), nullIfEmpty(message.clientId),
            nullIfEmpty(message.sourceMessageId), statusName(message.status), message.attempts, message.nextAttemptAtMs,
            message.createdAtMs, notNull(message.lastError), notNull(message.providerRef)});
    return m_db.exec(query, Strings::tr("Could not store the notification."));
}

Result<OutboxMessage> OutboxRepository::find(const QString &id)
{
    QSqlQuery &query = m_db.prepared(QStringLiteral("SELECT " LD_OUTBOX_COLUMNS " FROM outbox WHERE id = ?"));
    query.addBindValue(id);
    return findOne(m_db, query, messageFrom, Strings::tr("Could not read the notification."),
        Strings::tr("There is no notification %1.").arg(id));
}

Result<QList<OutboxMessage>> OutboxRepository::due(qint64 nowMs, int limit)
{
    QSqlQuery &query = m_db.prepared(QStringLiteral(
        "SELECT " LD_OUTBOX_COLUMNS " FROM outbox WHERE status IN ('PENDING', 'FAILED') AND next_attempt_at_ms <= ? "
        "ORDER BY created_at_ms, id LIMIT ?"));
    bindValues(query, {nowMs, qMax(0, limit)});
    return fetchAll(m_db, query, messageFrom, Strings::tr("Could not read the notifications waiting to be sent."));
}

Result<qint64> OutboxRepository::countDue(qint64 nowMs, const QList<OutboxChannel> &channels)
{
    QSqlQuery &query = m_db.prepared(
        QStringLiteral("SELECT COUNT(*) FROM outbox WHERE status IN ('PENDING', 'FAILED') AND next_attempt_at_ms <= ? "
                       "AND channel IN (?, ?, ?)"));
    query.addBindValue(nowMs);
    bindChannels(query, channels);
    if (auto ok = m_db.exec(query, Strings::tr("Could not count the notifications waiting to be sent.")); !ok)
        return ok.error();
    const qint64 count = query.next() ? query.value(0).toLongLong() : 0;
    query.finish();
    return count;
}

Result<QList<OutboxMessage>> OutboxRepository::claimDue(
    qint64 nowMs, qint64 leaseUntilMs, int limit, const QList<OutboxChannel> &channels)
{
    Q_ASSERT(leaseUntilMs > nowMs);
    if (limit <= 0 || channels.isEmpty())
        return QList<OutboxMessage>();
    // Rows another notifier is claiming are passed over, not waited for (Database::skipLockedRows()).
    const QString sql = QStringLiteral("UPDATE outbox SET next_attempt_at_ms = ? WHERE id IN ("
                                       "SELECT id FROM outbox WHERE status IN ('PENDING', 'FAILED') "
                                       "AND next_attempt_at_ms <= ? AND channel IN (?, ?, ?) "
                                       "ORDER BY created_at_ms, id LIMIT ?")
        + m_db.skipLockedRows() + QStringLiteral(") RETURNING " LD_OUTBOX_COLUMNS);
    TransactionGuard transaction(m_db);
    if (!transaction.isActive())
        return transaction.error();
    QSqlQuery &query = m_db.prepared(sql);
    bindValues(query, {leaseUntilMs, nowMs});
    bindChannels(query, channels);
    query.addBindValue(limit);
    auto claimed = fetchAll(m_db, query, messageFrom, Strings::tr("Could not take the notifications that are due."));
    if (!claimed)
        return claimed.error();
    if (auto ok = transaction.commit(); !ok)
        return ok.error();
    QList<OutboxMessage> rows = std::move(claimed).value();
    std::sort(rows.begin(), rows.end(), isOlder);
    return rows;
}

Result<void> OutboxRepository::markSent(const OutboxMessage &claimed, const QString &providerRef, qint64 nowMs)
{
    QSqlQuery &query = m_db.prepared(QStringLiteral(
        "UPDATE outbox SET status = 'SENT', attempts = attempts + 1, sent_at_ms = ?, provider_ref = ?, last_error = '' "
        "WHERE id = ? AND status <> 'SENT'"));
    bindValues(query, {nowMs, notNull(providerRef), claimed.id});
    if (auto ok = m_db.exec(query, Strings::tr("Could not record that the notification was sent.")); !ok)
        return ok;
    if (query.numRowsAffected() == 0)
        return makeError(Error::Kind::NotFound, Strings::tr("The notification %1 is gone or was already sent.").arg(claimed.id));
    return {};
}

Result<OutboxMessage> OutboxRepository::markWaiting(
    const OutboxMessage &claimed, const QString &reason, qint64 nowMs, const RetryPolicy &policy)
{
    OutboxMessage row = claimed;
    row.attempts = claimed.attempts + 1;
    row.status = OutboxStatus::Failed;
    row.nextAttemptAtMs = nowMs + policy.delayMs(row.attempts, QRandomGenerator::global()->generateDouble());
    row.lastError = reason.left(maxErrorLength);
    return recordAttempt(claimed, row);
}

Result<OutboxMessage> OutboxRepository::markRefused(const OutboxMessage &claimed, const QString &reason, qint64 nowMs)
{
    OutboxMessage row = claimed;
    row.attempts = claimed.attempts + 1;
    row.status = OutboxStatus::Dead;
    row.nextAttemptAtMs = nowMs;
    row.lastError = reason.left(maxErrorLength);
    return recordAttempt(claimed, row);
}

Result<OutboxMessage> OutboxRepository::recordAttempt(const OutboxMessage &claimed, const OutboxMessage &row)
{
    // The lease is the fence: when it lapsed and another notifier claimed the row, next_attempt_at_ms
    // moved on and this outcome is not recorded over that notifier's.
    QSqlQuery &query
        = m_db.prepared(QStringLiteral("UPDATE outbox SET status = ?, attempts = ?, next_attempt_at_ms = ?, last_error = ? "
                                       "WHERE id = ? AND status IN ('PENDING', 'FAILED') AND next_attempt_at_ms = ?"));
    bindValues(query,
        {statusName(row.status), row.attempts, row.nextAttemptAtMs, notNull(row.lastError), claimed.id, claimed.nextAttemptAtMs});
    if (auto ok = m_db.exec(query, Strings::tr("Could not record that the notification failed.")); !ok)
        return ok.error();
    if (query.numRowsAffected() == 0) {
        auto current = find(claimed.id);
        if (!current)
            return current.error();
        return makeError(Error::Kind::Conflict,
            Strings::tr("The notification %1 was taken over by another notifier.").arg(claimed.id),
            QStringLiteral("status %1, next attempt %2, lease was %3")
                .arg(statusName(current->status))
                .arg(current->nextAttemptAtMs)
                .arg(claimed.nextAttemptAtMs));
    }
    return row;
}

Result<qint64> OutboxRepository::noteWaiting(qint64 nowMs, const QList<OutboxChannel> &channels, const QString &reason)
{
    const QString note = reason.left(maxErrorLength);
    QSqlQuery &query = m_db.prepared(
        QStringLiteral("UPDATE outbox SET last_error = ? WHERE status IN ('PENDING', 'FAILED') AND next_attempt_at_ms <= ? "
                       "AND channel IN (?, ?, ?) AND last_error <> ?"));
    bindValues(query, {notNull(note), nowMs});
    bindChannels(query, channels);
    query.addBindValue(notNull(note));
    if (auto ok = m_db.exec(query, Strings::tr("Could not record why the notifications wait.")); !ok)
        return ok.error();
    return qint64(query.numRowsAffected());
}

Result<void> OutboxRepository::resend(const QString &id, qint64 nowMs)
{
    QSqlQuery &query = m_db.prepared(QStringLiteral(
        "UPDATE outbox SET status = 'PENDING', next_attempt_at_ms = ? WHERE id = ? AND status IN ('FAILED', 'DEAD')"));
    query.addBindValue(nowMs);
    query.addBindValue(id);
    if (auto ok = m_db.exec(query, Strings::tr("Could not schedule the notification again.")); !ok)
        return ok;
    if (query.numRowsAffected() > 0) {
        qCInfo(lcNotify) << "notification" << id << "scheduled to be sent again";
        return {};
    }
    auto current = find(id);
    if (!current)
        return current.error();
    return makeError(Error::Kind::Conflict,
        current->status == OutboxStatus::Sent
            ? Strings::tr("This notification was already sent.")
            : Strings::tr("This notification is waiting to be sent; only failed notifications can be resent."),
        statusName(current->status));
}

Result<QList<OutboxMessage>> OutboxRepository::list(std::optional<OutboxStatus> status, int offset, int limit)
{
    QSqlQuery &query = m_db.prepared(status
            ? QStringLiteral("SELECT " LD_OUTBOX_COLUMNS " FROM outbox WHERE status = ? "
                             "ORDER BY created_at_ms DESC, id DESC LIMIT ? OFFSET ?")
            : QStringLiteral("SELECT " LD_OUTBOX_COLUMNS " FROM outbox ORDER BY created_at_ms DESC, id DESC LIMIT ? OFFSET ?"));
    if (status)
        query.addBindValue(statusName(*status));
    bindValues(query, {qMax(0, limit), qMax(0, offset)});
    return fetchAll(m_db, query, messageFrom, Strings::tr("Could not read the notifications."));
}

Result<OutboxCounts> OutboxRepository::counts()
{
    QSqlQuery &query = m_db.prepared(QStringLiteral("SELECT status, COUNT(*) FROM outbox GROUP BY status"));
    if (auto ok = m_db.exec(query, Strings::tr("Could not count the notifications.")); !ok)
        return ok.error();
    OutboxCounts counts;
    while (query.next()) {
        const qint64 count = query.value(1).toLongLong();
        switch (statusFromName(query.value(0).toString()).value_or(OutboxStatus::Pending)) {
        case OutboxStatus::Pending:
            counts.pending += count;
            break;
        case OutboxStatus::Sent:
            counts.sent += count;
            break;
        case OutboxStatus::Failed:
            counts.failed += count;
            break;
        case OutboxStatus::Dead:
            counts.dead += count;
            break;
        }
    }
    query.finish();
    return counts;
}

} // namespace Ledgerdesk
