#pragma once

#include "activity/activityrecord.h"

#include <QAbstractTableModel>
#include <QHash>

namespace Ledgerdesk {

class Database;

// One page of the activity log under a filter and a sort order; the view pages through it. GUI thread.
class ActivityModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { TimeColumn, AgentColumn, ClientColumn, ActionColumn, AttributeColumn, BeforeColumn, AfterColumn, ColumnCount };
    enum Role { RecordIdRole = Qt::UserRole + 1, TimeMsRole, ClientIdRole, AgentIdRole, DeletedRole };

    explicit ActivityModel(Database &db, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    void setFilter(const ActivityFilter &filter); // back to the first page
    const ActivityFilter &filter() const { return m_filter; }
    void setPageSize(int rows);
    int pageSize() const { return m_pageSize; }
    void setPage(int page);
    int page() const { return m_page; }
    int pageCount() const;
    qint64 totalCount() const { return m_total; }

    QString reload();

Q_SIGNALS:
    void pageChanged(int page, int pageCount, qint64 totalCount);

private:
    QString nameOfClient(const QString &clientId) const;

    Database &m_db;
    ActivityFilter m_filter;
    ActivitySort m_sort = ActivitySort::Time;
    Qt::SortOrder m_order = Qt::DescendingOrder;
    int m_pageSize = 50;
    int m_page = 0;
    qint64 m_total = 0;
    QList<ActivityRecord> m_records;
    QHash<QString, QString> m_clientNames;
    QHash<QString, QString> m_agentNames;
};

} // namespace Ledgerdesk
