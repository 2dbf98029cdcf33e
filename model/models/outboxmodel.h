#pragma once

#include "notify/outboxmessage.h"
#include "notify/outboxrepository.h"

#include <QAbstractTableModel>

#include <optional>

namespace Ledgerdesk {

class Database;

// One page of the outbox, newest first, under a status filter, with the counts by status of the whole
// outbox. Each row shows why it is not sent yet or was refused (the last error): a FAILED row shows
// as "Retrying", since it is tried again until it goes out. A reload that finds the same rows in the
// same order updates them in place, so a view refreshed on a timer keeps its selection and scroll
// position. GUI thread; holds a reference to the database, which outlives it.
class OutboxModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        CreatedColumn,
        ChannelColumn,
        RecipientColumn,
        TemplateColumn,
        StatusColumn,
        AttemptsColumn,
        SentColumn,
        LastErrorColumn,
        ColumnCount
    };
    enum Role {
        MessageIdRole = Qt::UserRole + 1,
        ChannelRole, // OutboxChannel
        StatusRole, // OutboxStatus
        AttemptsRole, // int
        CreatedAtMsRole,
        SentAtMsRole, // 0 until sent
        NextAttemptAtMsRole,
        ClientIdRole,
        LastErrorRole, // why it waits (PENDING, FAILED) or was refused (DEAD)
        ResendableRole // bool: FAILED or DEAD
    };

    explicit OutboxModel(Database &db, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Every status when empty; back to the first page.
    void setStatusFilter(std::optional<OutboxStatus> status);
    std::optional<OutboxStatus> statusFilter() const { return m_status; }
    void setPageSize(int rows);
    int pageSize() const { return m_pageSize; }
    void setPage(int page);
    int page() const { return m_page; }
    int pageCount() const;
    // Rows under the current filter, on every page.
    qint64 totalCount() const;
    // Rows by status in the whole outbox, whatever the filter.
    const OutboxCounts &counts() const { return m_counts; }

    // The row showing the notification, or -1 when it is not on this page.
    int rowOf(const QString &messageId) const;

    // Re-reads the page and the counts; an error message for people, or empty.
    QString reload();

Q_SIGNALS:
    void pageChanged(int page, int pageCount, qint64 totalCount);

private:
    Database &m_db;
    std::optional<OutboxStatus> m_status;
    int m_pageSize = 50;
    int m_page = 0;
    OutboxCounts m_counts;
    QList<OutboxMessage> m_messages;
};

} // namespace Ledgerdesk
