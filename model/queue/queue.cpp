#include "queue.h"

#include "core/ids.h"
#include "core/plaintext.h"
#include "storage/database.h"
#include "storage/rows.h"
#include "storage/transactionguard.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>

namespace Ledgerdesk {

namespace {

struct Strings
{
    Q_DECLARE_TR_FUNCTIONS(Ledgerdesk::Queue)
};

// Reads id, type, payload, agent_id, dedupe_key, enqueued_at_ms, receive_count.
ClaimedMessage claimedFrom(RowReader &row)
{
    ClaimedMessage item;
    item.message.id = row.text();
    item.message.type = row.text();
    QJsonParseError parseError;
    const QJsonDocument payload = QJsonDocument::fromJson(row.text().toUtf8(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !payload.isObject())
        item.payloadError = Strings::tr("The message's payload is not a JSON object (%1).").arg(parseError.errorString());
    item.message.payload = payload.object();
    item.message.agentId = row.text();
    item.message.dedupeKey = row.text();
    item.message.createdAtMs = row.int64();
    item.receiveCount = row.int32();
    return item;
}

// Reads id, type, payload, agent_id, enqueued_at_ms, dead_at_ms, receive_count, reason.
DeadLetter deadLetterFrom(RowReader &row)
{
    DeadLetter letter;
    letter.id = row.text();
    letter.type = row.text();
    letter.payload = row.text();
    letter.agentId = row.text();
    letter.enqueuedAtMs = row.int64();
    letter.deadAtMs = row.int64();
    letter.receiveCount = row.int32();
    letter.reason = row.text();
    return letter;
}

} // namespace

qint64 Queue::backoffMs(int receiveCount)
{
    return qMin<qint64>(60000, 1000LL << qBound(0, receiveCount - 1, 6));
}

Result<bool> Queue::enqueue(const Message &message)
{
    Q_ASSERT(!message.id.isEmpty());
    TransactionGuard transaction(m_db);
    if (!transaction.isActive())
        return transaction.error();
    const qint64 enqueuedAt = message.createdAtMs > 0 ? message.createdAtMs : Ids::nowMs();
    if (!message.dedupeKey.isEmpty()) {
        // Stored as text, a key cut at a NUL could match another's: such keys are refused, not mangled.
        if (message.dedupeKey.size() > PlainText::maxLength || PlainText::hasControlCharacters(message.dedupeKey))
            return makeError(Error::Kind::Validation,
                Strings::tr("A dedupe key is at most %1 characters long and holds no line breaks or other control "
                            "characters.")
                    .arg(PlainText::maxLength),
                QStringLiteral("dedupe_key"));
        QSqlQuery &dedupe = m_db.prepared(QStringLiteral("INSERT INTO queue_dedupe (dedupe_key, message_id, enqueued_at_ms) "
                                                         "VALUES (?, ?, ?) ON CONFLICT (dedupe_key) DO NOTHING"));
        dedupe.addBindValue(message.dedupeKey);
        dedupe.addBindValue(message.id);
        dedupe.addBindValue(enqueuedAt);
        if (!dedupe.exec())
            return storageError(dedupe, Strings::tr("Could not put the message in the queue."));
        if (dedupe.numRowsAffected() == 0)
            return false;
    }
    QSqlQuery &insert = m_db.prepared(
        QStringLiteral("INSERT INTO queue_messages (id, type, payload, agent_id, dedupe_key, enqueued_at_ms, visible_at_ms) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO NOTHING"));
    insert.addBindValue(message.id);
    insert.addBindValue(message.type);
    insert.addBindValue(QString::fromUtf8(QJsonDocument(message.payload).toJson(QJsonDocument::Compact)));
    insert.addBindValue(message.agentId);
    insert.addBindValue(nullIfEmpty(message.dedupeKey));
    insert.addBindValue(enqueuedAt);
    insert.addBindValue(enqueuedAt);
    if (!insert.exec())
        return storageError(insert, Strings::tr("Could not put the message in the queue."));
    if (insert.numRowsAffected() == 0)
        return false; // this very message waits already; the guard takes back its key
    // Delivered at commit, to every processor listening on this book.
    if (auto ok
        = m_db.notify(QLatin1String(notifyChannel), QT_TRANSLATE_NOOP("Ledgerdesk::Database", "Could not wake the processors."));
        !ok)
        return ok.error();
    if (auto ok = transaction.commit(); !ok)
        return ok.error();
    return true;
}

Result<QList<ClaimedMessage>> Queue::claim(int limit, qint64 visibilityMs, qint64 nowMs)
{
    // Messages another processor is claiming are passed over, not waited for (Database::skipLockedRows()).
    const QString sql = QStringLiteral("UPDATE queue_messages SET visible_at_ms = ?, receive_count = receive_count + 1 "
                                       "WHERE id IN (SELECT id FROM queue_messages WHERE visible_at_ms <= ? ORDER BY id LIMIT ?")
        + m_db.skipLockedRows()
        + QStringLiteral(") RETURNING id, type, payload, agent_id, dedupe_key, enqueued_at_ms, receive_count");
    TransactionGuard transaction(m_db);
    if (!transaction.isActive())
        return transaction.error();
    QSqlQuery &query = m_db.prepared(sql);
    bindValues(query, {nowMs + visibilityMs, nowMs, limit});
    auto rows = fetchAll(m_db, query, claimedFrom, Strings::tr("Could not take messages from the queue."));
    if (!rows)
        return rows.error();
    if (auto ok = transaction.commit(); !ok)
        return ok.error();
    QList<ClaimedMessage> claimed = std::move(rows).value();
    std::sort(claimed.begin(), claimed.end(),
        [](const ClaimedMessage &a, const ClaimedMessage &b) { return a.message.id < b.message.id; });
    return claimed;
}

Result<void> Queue::remove(const QString &messageId)
{
    QSqlQuery &query = m_db.prepared(QStringLiteral("DELETE FROM queue_messages WHERE id = ?"));
    query.addBindValue(messageId);
    if (!query.exec())
        return storageError(query, Strings::tr("Could not remove the applied message from the queue."));
    return {};
}

Result<void> Queue::retryLater(const QString &messageId, const QString &error, qint64 visibleAtMs)
{
    QSqlQuery &query = m_db.prepared(QStringLiteral("UPDATE queue_messages SET visible_at_ms = ?, last_error = ? WHERE id = ?"));
    query.addBindValue(visibleAtMs);
    query.addBindValue(notNull(error));
    query.addBindValue(messageId);
    if (!query.exec())
        return storageError(query, Strings::tr("Could not put the message back in the queue."));
    return {};
}

Result<void> Queue::deadLetter(const ClaimedMessage &claimed, const QString &reason, qint64 nowMs)
{
    TransactionGuard transaction(m_db);
    if (!transaction.isActive())
        return transaction.error();
    QSqlQuery &insert = m_db.prepared(QStringLiteral(
        "INSERT INTO dead_letters (id, type, payload, agent_id, dedupe_key, enqueued_at_ms, dead_at_ms, receive_count, reason) "
        "SELECT id, type, payload, agent_id, dedupe_key, enqueued_at_ms, ?, receive_count, ? FROM queue_messages WHERE id = ?"));
    insert.addBindValue(nowMs);
    insert.addBindValue(reason);
    insert.addBindValue(claimed.message.id);
    if (!insert.exec())
        return storageError(insert, Strings::tr("Could not move the message to the dead letters."));
    if (auto ok = remove(claimed.message.id); !ok)
        return ok;
    return transaction.commit();
}

Result<QList<DeadLetter>> Queue::deadLetters(int limit)
{
    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT id, type, payload, agent_id, enqueued_at_ms, dead_at_ms, receive_count, reason "
                                 "FROM dead_letters ORDER BY dead_at_ms DESC, id DESC LIMIT ?"));
    query.addBindValue(limit);
    return fetchAll(m_db, query, deadLetterFrom, Strings::tr("Could not read the dead letters."));
}

Result<DeadLetter> Queue::takeDeadLetter(const QString &messageId)
{
    QSqlQuery query(m_db.connection());
    query.prepare(QStringLiteral("DELETE FROM dead_letters WHERE id = ? RETURNING id, type, payload, agent_id, enqueued_at_ms, "
                                 "dead_at_ms, receive_count, reason, dedupe_key"));
    query.addBindValue(messageId);
    return findOne(m_db, query, deadLetterFrom, Strings::tr("Could not read the dead letter."),
        Strings::tr("There is no dead letter \"%1\".").arg(messageId));
}

Result<DeadLetter> Queue::redrive(const QString &messageId, qint64 nowMs)
{
    TransactionGuard transaction(m_db);
    if (!transaction.isActive())
        return transaction.error();
    auto letter = takeDeadLetter(messageId);
    if (!letter)
        return letter.error();
    QSqlQuery insert(m_db.connection());
    insert.prepare(QStringLiteral("INSERT INTO queue_messages (id, type, payload, agent_id, enqueued_at_ms, visible_at_ms) "
                                  "VALUES (?, ?, ?, ?, ?, ?)"));
    insert.addBindValue(letter->id);
    insert.addBindValue(letter->type);
    insert.addBindValue(letter->payload);
    insert.addBindValue(letter->agentId);
    insert.addBindValue(letter->enqueuedAtMs);
    insert.addBindValue(nowMs);
    if (auto ok = m_db.exec(insert, Strings::tr("Could not put the message back in the queue.")); !ok)
        return ok.error();
    if (auto ok = transaction.commit(); !ok)
        return ok.error();
    return letter;
}

Result<DeadLetter> Queue::discard(const QString &messageId)
{
    return takeDeadLetter(messageId);
}

Result<QueueStats> Queue::stats(qint64 nowMs)
{
    QSqlQuery query(m_db.connection());
    query.prepare(
        QStringLiteral("SELECT (SELECT COUNT(*) FROM queue_messages WHERE visible_at_ms <= ?), "
                       "(SELECT COUNT(*) FROM queue_messages WHERE visible_at_ms > ?), (SELECT COUNT(*) FROM dead_letters)"));
    query.addBindValue(nowMs);
    query.addBindValue(nowMs);
    if (auto ok = m_db.exec(query, Strings::tr("Could not read the queue.")); !ok)
        return ok.error();
    if (!query.next())
        return QueueStats {};
    return QueueStats {query.value(0).toLongLong(), query.value(1).toLongLong(), query.value(2).toLongLong()};
}

} // namespace Ledgerdesk
