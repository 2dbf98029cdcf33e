#pragma once

#include "intake/ingestedtransaction.h"

#include <QAbstractTableModel>
#include <QMap>

namespace Ledgerdesk {

class Database;

// One page of the ingested transactions, the most recently received first, with the counts by
// category and by status of all of them. A reload that finds the same rows in the same order updates
// them in place, so a view refreshed on a timer keeps its selection and scroll position. GUI thread;
// holds a reference to the database, which outlives it.
class IngestModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        TransactionIdColumn,
        ReceivedColumn,
        AccountsColumn,
        MerchantColumn,
        AmountColumn,
        CategoryColumn,
        StatusColumn,
        ProcessedColumn,
        ColumnCount
    };
    enum Role {
        TransactionIdRole = Qt::UserRole + 1,
        ReceivedAtMsRole,
        SourceAccountRole,
        DestinationAccountRole,
        AmountMinorRole, // in minor units of CurrencyRole
        CurrencyRole,
        CategoryRole, // high_value, medium_value, standard; empty while PROCESSING
        StatusRole, // PROCESSING or PROCESSED
        ProcessedAtMsRole, // 0 while PROCESSING
        EventTimeMsRole,
        MessageIdRole
    };

    explicit IngestModel(Database &db, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setPageSize(int rows);
    int pageSize() const { return m_pageSize; }
    void setPage(int page);
    int page() const { return m_page; }
    int pageCount() const;
    qint64 totalCount() const { return m_total; }
    // Of every transaction: how many carry each category ("" for those still PROCESSING) and each status.
    const QMap<QString, qint64> &countsByCategory() const { return m_byCategory; }
    const QMap<QString, qint64> &countsByStatus() const { return m_byStatus; }

    // A category ("high_value") or status ("PROCESSED") as people read it.
    static QString categoryText(const QString &category);
    static QString statusText(const QString &status);

    // The row showing the transaction, or -1 when it is not on this page.
    int rowOf(const QString &transactionId) const;

    // Re-reads the page and the counts; an error message for people, or empty.
    QString reload();

Q_SIGNALS:
    void pageChanged(int page, int pageCount, qint64 totalCount);

private:
    Database &m_db;
    int m_pageSize = 50;
    int m_page = 0;
    qint64 m_total = 0;
    QMap<QString, qint64> m_byCategory;
    QMap<QString, qint64> m_byStatus;
    QList<IngestedTransaction> m_transactions;
};

} // namespace Ledgerdesk
