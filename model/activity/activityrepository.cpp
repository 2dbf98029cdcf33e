#include "activityrepository.h"

#include "core/ids.h"
#include "storage/database.h"
#include "storage/rows.h"
#include "storage/whereclause.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QVariant>

namespace Ledgerdesk {

namespace {

struct Strings
{
    Q_DECLARE_TR_FUNCTIONS(Ledgerdesk::ActivityRepository)
};

// The columns recordFrom() reads, in its order.
const QString recordColumns
    = QStringLiteral("id, agent_id, client_id, action, attribute, before_value, after_value, created_at_ms, email_sent, "
                     "corrected_at_ms, deleted_at_ms, deleted_by");

ActivityRecord recordFrom(RowReader &row)
{
    ActivityRecord record;
    record.id = row.text();
    record.agentId = row.text();
    record.clientId = row.text();
    record.action = row.text();
    record.attribute = row.text();
    record.before = row.text();
    record.after = row.text();
    record.createdAtMs = row.int64();
    record.emailSent = row.boolean();
    record.correctedAtMs = row.int64();
    record.deletedAtMs = row.int64();
    record.deletedBy = row.text();
    return record;
}

// The records a filter lets through.
WhereClause whereOf(const ActivityFilter &filter)
{
    WhereClause where;
    if (!filter.includeDeleted)
        where.add(QStringLiteral("deleted_at_ms IS NULL"));
    if (!filter.agentId.isEmpty())
        where.add(QStringLiteral("agent_id = ?"), filter.agentId);
    if (!filter.clientId.isEmpty())
        where.add(QStringLiteral("client_id = ?"), filter.clientId);
    if (!filter.action.isEmpty())
        where.add(QStringLiteral("action = ?"), filter.action);
    if (!filter.verb.isEmpty())
        where.add(QStringLiteral("action LIKE ?"), QString(filter.verb + QStringLiteral("|%")));
    if (filter.fromMs > 0)
        where.add(QStringLiteral("created_at_ms >= ?"), filter.fromMs);
    if (filter.toMs > 0)
        where.add(QStringLiteral("created_at_ms < ?"), filter.toMs);
    return where;
}

QString sortColumn(ActivitySort sort)
{
    switch (sort) {
    case ActivitySort::Time:
        return QStringLiteral("created_at_ms");
    case ActivitySort::Agent:
        return QStringLiteral("agent_id");
    case ActivitySort::Client:
        return QStringLiteral("COALESCE(client_id, '')"); // no client sorts first everywhere
    case ActivitySort::Action:
        return QStringLiteral("action");
    case ActivitySort::Attribute:
        return QStringLiteral("attribute");
    case ActivitySort::Before:
        return QStringLiteral("before_value");
    case ActivitySort::After:
        return QStringLiteral("after_value");
    }
    return QStringLiteral("created_at_ms");
}

} // namespace

Result<void> ActivityRepository::insert(ActivityRecord &record)
{
    if (record.id.isEmpty())
        record.id = Ids::next();
    QSqlQuery &query = m_db.prepared(
        QStringLiteral("INSERT INTO activity_records (id, agent_id, client_id, action, attribute, before_value, after_value, "
                       "created_at_ms, email_sent) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    bindValues(query,
        {record.id, record.agentId, nullIfEmpty(record.clientId), record.action, notNull(record.attribute),
            notNull(record.before), notNull(record.after), record.createdAtMs, record.emailSent ? 1 : 0});
    return m_db.exec(query, Strings::tr("Could not write the activity record."));
}

Result<ActivityRecord> ActivityRepository::find(const QString &id)
{
    QSqlQuery query(m_db.connection());
    query.prepare(QStringLiteral("SELECT ") + recordColumns + QStringLiteral(" FROM activity_records WHERE id = ?"));
    query.addBindValue(id);
    return findOne(m_db, query, recordFrom, Strings::tr("Could not read the activity record."),
        Strings::tr("There is no activity record \"%1\".").arg(id));
}

Result<QList<ActivityRecord>> ActivityRepository::list(
    const ActivityFilter &filter, ActivitySort sort, Qt::SortOrder order, int offset, int limit)
{
    const WhereClause where = whereOf(filter);
    const QString direction = order == Qt::AscendingOrder ? QStringLiteral(" ASC") : QStringLiteral(" DESC");
    const QString sql = QStringLiteral("SELECT ") + recordColumns + QStringLiteral(" FROM activity_records") + where.sql()
        + QStringLiteral(" ORDER BY ") + sortColumn(sort) + direction + QStringLiteral(", id") + direction
        + QStringLiteral(" LIMIT ? OFFSET ?");
    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);
    query.prepare(sql);
    where.bindTo(query);
    bindValues(query, {limit, offset});
    return fetchAll(m_db, query, recordFrom, Strings::tr("Could not read the activity log."));
}

Result<qint64> ActivityRepository::count(const ActivityFilter &filter)
{
    const WhereClause where = whereOf(filter);
    QSqlQuery query(m_db.connection());
    query.prepare(QStringLiteral("SELECT COUNT(*) FROM activity_records") + where.sql());
    where.bindTo(query);
    if (auto ok = m_db.exec(query, Strings::tr("Could not count the activity records.")); !ok)
        return ok.error();
    return query.next() ? query.value(0).toLongLong() : 0;
}

Result<void> ActivityRepository::update(const ActivityRecord &record)
{
    QSqlQuery query(m_db.connection());
    query.prepare(QStringLiteral(
        "UPDATE activity_records SET attribute = ?, before_value = ?, after_value = ?, corrected_at_ms = ? WHERE id = ?"));
    bindValues(
        query, {notNull(record.attribute), notNull(record.before), notNull(record.after), record.correctedAtMs, record.id});
    return m_db.exec(query, Strings::tr("Could not correct the activity record."));
}

Result<void> ActivityRepository::markDeleted(const QString &id, const QString &byAgentId, qint64 nowMs)
{
    QSqlQuery query(m_db.connection());
    query.prepare(QStringLiteral("UPDATE activity_records SET deleted_at_ms = ?, deleted_by = ? WHERE id = ?"));
    bindValues(query, {nowMs, byAgentId, id});
    return m_db.exec(query, Strings::tr("Could not delete the activity record."));
}

} // namespace Ledgerdesk
