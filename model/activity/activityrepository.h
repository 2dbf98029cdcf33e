#pragma once

#include "activityrecord.h"
#include "core/result.h"

#include <QList>
#include <Qt>

namespace Ledgerdesk {

class Database;

// Stores and queries the activity log. Used on the connection's thread; callers own the transaction.
class ActivityRepository
{
public:
    explicit ActivityRepository(Database &db)
        : m_db(db)
    { }

    Result<void> insert(ActivityRecord &record); // assigns an id when empty
    Result<ActivityRecord> find(const QString &id);
    // One page of matching records, in the given order (ties broken by id).
    Result<QList<ActivityRecord>> list(const ActivityFilter &filter, ActivitySort sort = ActivitySort::Time,
        Qt::SortOrder order = Qt::DescendingOrder, int offset = 0, int limit = 100);
    Result<qint64> count(const ActivityFilter &filter);
    Result<void> update(const ActivityRecord &record); // attribute, before, after and corrected_at_ms
    Result<void> markDeleted(const QString &id, const QString &byAgentId, qint64 nowMs);

private:
    Database &m_db;
};

} // namespace Ledgerdesk
