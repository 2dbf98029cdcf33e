#include "activityrepository.h"

#include "core/ids.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QVariant>

namespace Ledgerdesk {

namespace {

struct Strings
{
    Q_DECLARE_TR_FUNCTIONS(Ledgerdesk::ActivityRepository)
};

// The columns recordFromRow() reads, in its order; also spliced into list(), whose ORDER BY varies.
const QString recordColumns = QStringLiteral(
    "id, agent_id, client_id, action, attribute, before_value, after_value, created_at_ms, email_sent, "
    "corrected_at_ms, deleted_at_ms, deleted_by");

ActivityRecord recordFromRow(const QSqlQuery &query)
{
    ActivityRecord record;
    record.id = query.value(0).toString();
    record.agentId = query.value(1).toString();
    record.clientId = query.value(2).toString();
    record.action = query.value(3).toString();
    record.attribute = query.value(4).toString();
    record.before = query.value(5).toString();
    record.after = query.value(6).toString();
    record.createdAtMs = query.value(7).toLongLong();
    record.emailSent = query.value(8).toInt() != 0;
    record.correctedAtMs = query.value(9).toLongLong();
    record.deletedAtMs = query.value(10).toLongLong();
    record.deletedBy = query.value(11).toString();
    return record;
}

// The WHERE clause for a filter, built from fixed fragments, and the values to bind in order.
QString whereClause(const ActivityFilter &filter, QVariantList &values)
{
    QStringList conditions;
    if (!filter.includeDeleted)
        conditions << QStringLiteral("deleted_at_ms IS NULL");
    if (!filter.agentId.isEmpty()) {
        conditions << QStringLiteral("agent_id = ?");
        values << filter.agentId;
    }
    if (!filter.clientId.isEmpty()) {
        conditions << QStringLiteral("client_id = ?");
        values << filter.clientId;
    }
    if (!filter.action.isEmpty()) {
        conditions << QStringLiteral("action = ?");
        values << filter.action;
    }
    if (!filter.verb.isEmpty()) {
        conditions << QStringLiteral("action LIKE ?");
        values << QString(filter.verb + QStringLiteral("|%"));
    }
    if (filter.fromMs > 0) {
        conditions << QStringLiteral("created_at_ms >= ?");
        values << filter.fromMs;
    }
    if (filter.toMs > 0) {
        conditions << QStringLiteral("created_at_ms < ?");
        values << filter.toMs;
    }
    return conditions.isEmpty() ? QString() : QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "));
}

QString sortColumn(ActivitySort sort)
{
    switch (sort) {
    case ActivitySort::Time: return QStringLiteral("created_at_ms");
    case ActivitySort::Agent: return QStringLiteral("agent_id");
    case ActivitySort::Client: return QStringLiteral("COALESCE(client_id, '')"); // no client sorts first everywhere
    case ActivitySort::Action: return QStringLiteral("action");
    case ActivitySort::Attribute: return QStringLiteral("attribute");
    case ActivitySort::Before: return QStringLiteral("before_value");
    case ActivitySort::After: return QStringLiteral("after_value");
    }
    return QStringLiteral("created_at_ms");
}

} // namespace

Result<void> ActivityRepository::insert(ActivityRecord &record)
{
    if (record.id.isEmpty())
        record.id = Ids::next();
    QSqlQuery &query = m_db.prepared(QStringLiteral(
        "INSERT INTO activity_records (id, agent_id, client_id, action, attribute, before_value, after_value, "
        "created_at_ms, email_sent) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    query.addBindValue(record.id);
    query.addBindValue(record.agentId);
    query.addBindValue(record.clientId.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(record.clientId));
    query.addBindValue(record.action);
    query.addBindValue(notNull(record.attribute));
    query.addBindValue(notNull(record.before));
    query.addBindValue(notNull(record.after));
    query.addBindValue(record.createdAtMs);
    query.addBindValue(record.emailSent ? 1 : 0);
    return m_db.exec(query, Strings::tr("Could not write the activity record."));
}

Result<ActivityRecord> ActivityRepository::find(const QString &id)
{
    QSqlQuery query(m_db.connection());
    query.prepare(QStringLiteral("SELECT id, agent_id, client_id, action, attribute, before_value, after_value, created_at_ms, "
                                 "email_sent, corrected_at_ms, deleted_at_ms, deleted_by FROM activity_records WHERE id = ?"));
    query.addBindValue(id);
    if (auto ok = m_db.exec(query, Strings::tr("Could not read the activity record.")); !ok)
        return ok.error();
    if (!query.next())
        return makeError(Error::Kind::NotFound, Strings::tr("There is no activity record \"%1\".").arg(id));
    return recordFromRow(query);
}

Result<QList<ActivityRecord>> ActivityRepository::list(const ActivityFilter &filter, ActivitySort sort,
                                                       Qt::SortOrder order, int offset, int limit)
{
    QVariantList values;
    const QString direction = order == Qt::AscendingOrder ? QStringLiteral(" ASC") : QStringLiteral(" DESC");
    const QString sql = QStringLiteral("SELECT ") + recordColumns + QStringLiteral(" FROM activity_records")
                        + whereClause(filter, values) + QStringLiteral(" ORDER BY ") + sortColumn(sort) + direction
                        + QStringLiteral(", id") + direction + QStringLiteral(" LIMIT ? OFFSET ?");
    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);
    query.prepare(sql);
    for (const QVariant &value : std::as_const(values))
        query.addBindValue(value);
    query.addBindValue(limit);
    query.addBindValue(offset);
    if (auto ok = m_db.exec(query, Strings::tr("Could not read the activity log.")); !ok)
        return ok.error();
    QList<ActivityRecord> records;
    while (query.next())
        records.append(recordFromRow(query));
    return records;
}

Result<qint64> ActivityRepository::count(const ActivityFilter &filter)
{
    QVariantList values;
    QSqlQuery query(m_db.connection());
    query.prepare(QStringLiteral("SELECT COUNT(*) FROM activity_records") + whereClause(filter, values));
    for (const QVariant &value : std::as_const(values))
        query.addBindValue(value);
    if (auto ok = m_db.exec(query, Strings::tr("Could not count the activity records.")); !ok)
        return ok.error();
    return query.next() ? query.value(0).toLongLong() : 0;
}

Result<void> ActivityRepository::update(const ActivityRecord &record)
{
    QSqlQuery query(m_db.connection());
    query.prepare(QStringLiteral(
        "UPDATE activity_records SET attribute = ?, before_value = ?, after_value = ?, corrected_at_ms = ? WHERE id = ?"));
    query.addBindValue(notNull(record.attribute));
    query.addBindValue(notNull(record.before));
    query.addBindValue(notNull(record.after));
    query.addBindValue(record.correctedAtMs);
    query.addBindValue(record.id);
    return m_db.exec(query, Strings::tr("Could not correct the activity record."));
}

Result<void> ActivityRepository::markDeleted(const QString &id, const QString &byAgentId, qint64 nowMs)
{
    QSqlQuery query(m_db.connection());
    query.prepare(QStringLiteral("UPDATE activity_records SET deleted_at_ms = ?, deleted_by = ? WHERE id = ?"));
    query.addBindValue(nowMs);
    query.addBindValue(byAgentId);
    query.addBindValue(id);
    return m_db.exec(query, Strings::tr("Could not delete the activity record."));
}

} // namespace Ledgerdesk
