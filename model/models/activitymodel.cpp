#include "activitymodel.h"

#include "activity/activityrepository.h"
#include "agents/agentrepository.h"
#include "clients/clientrepository.h"

#include <QDateTime>
#include <QLocale>

namespace Ledgerdesk {

ActivityModel::ActivityModel(Database &db, QObject *parent)
    : QAbstractTableModel(parent)
    , m_db(db)
{ }

int ActivityModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_records.size());
}

int ActivityModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ActivityModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const ActivityRecord &record = m_records.at(index.row());
    switch (role) {
    case RecordIdRole:
        return record.id;
    case TimeMsRole:
        return record.createdAtMs;
    case ClientIdRole:
        return record.clientId;
    case AgentIdRole:
        return record.agentId;
    case DeletedRole:
        return record.isDeleted();
    case Qt::ToolTipRole:
        if (record.isDeleted())
            return tr("Deleted by %1 on %2")
                .arg(m_agentNames.value(record.deletedBy, record.deletedBy),
                    QLocale().toString(QDateTime::fromMSecsSinceEpoch(record.deletedAtMs), QLocale::ShortFormat));
        if (record.correctedAtMs)
            return tr("Corrected on %1")
                .arg(QLocale().toString(QDateTime::fromMSecsSinceEpoch(record.correctedAtMs), QLocale::ShortFormat));
        return {};
    case Qt::DisplayRole:
        switch (index.column()) {
        case TimeColumn:
            return QLocale().toString(QDateTime::fromMSecsSinceEpoch(record.createdAtMs), QLocale::ShortFormat);
        case AgentColumn:
            return m_agentNames.value(record.agentId, record.agentId);
        case ClientColumn:
            return m_clientNames.value(record.clientId, record.clientId);
        case ActionColumn:
            return record.verb() + QLatin1Char(' ') + record.entity();
        case AttributeColumn:
            return record.attribute;
        case BeforeColumn:
            return record.before;
        case AfterColumn:
            return record.after;
        }
    }
    return {};
}

QVariant ActivityModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case AgentColumn:
        return tr("Agent");
    case ClientColumn:
        return tr("Client");
    case ActionColumn:
        return tr("Action");
    case AttributeColumn:
        return tr("Attribute");
    case BeforeColumn:
        return tr("Before");
    case AfterColumn:
        return tr("After");
    }
    return {};
}

void ActivityModel::sort(int column, Qt::SortOrder order)
{
    static const ActivitySort byColumn[] = {ActivitySort::Time, ActivitySort::Agent, ActivitySort::Client, ActivitySort::Action,
        ActivitySort::Attribute, ActivitySort::Before, ActivitySort::After};
    if (column < 0 || column >= ColumnCount)
        return;
    m_sort = byColumn[column];
    m_order = order;
    m_page = 0;
    reload();
}

void ActivityModel::setFilter(const ActivityFilter &filter)
{
    m_filter = filter;
    m_page = 0;
    reload();
}

void ActivityModel::setPageSize(int rows)
{
    m_pageSize = qMax(1, rows);
    m_page = 0;
    reload();
}

void ActivityModel::setPage(int page)
{
    m_page = qBound(0, page, pageCount() - 1);
    reload();
}

int ActivityModel::pageCount() const
{
    return qMax(1, int((m_total + m_pageSize - 1) / m_pageSize));
}

QString ActivityModel::nameOfClient(const QString &clientId) const
{
    auto client = ClientRepository(m_db).find(clientId, true);
    return client ? client->fullName() : clientId;
}

QString ActivityModel::reload()
{
    ActivityRepository records(m_db);
    auto total = records.count(m_filter);
    auto page = total ? records.list(m_filter, m_sort, m_order, m_page * m_pageSize, m_pageSize)
                      : Result<QList<ActivityRecord>>(total.error());
    if (m_agentNames.isEmpty()) {
        if (auto agents = AgentRepository(m_db).list(true)) {
            for (const Agent &agent : std::as_const(*agents))
                m_agentNames.insert(agent.id, agent.displayName);
        }
    }
    beginResetModel();
    m_total = total ? *total : 0;
    m_records = page ? *page : QList<ActivityRecord>();
    m_clientNames.clear();
    for (const ActivityRecord &record : std::as_const(m_records)) {
        if (!record.clientId.isEmpty() && !m_clientNames.contains(record.clientId))
            m_clientNames.insert(record.clientId, nameOfClient(record.clientId));
    }
    endResetModel();
    Q_EMIT pageChanged(m_page, pageCount(), m_total);
    return page ? QString() : page.error().message;
}

} // namespace Ledgerdesk
