#pragma once

#include <QAbstractTableModel>
#include <QCache>

namespace Ledgerdesk {

class Database;

// A wallet's register, newest entry first, with the running balance. Rows are fetched a page at a
// time by (account, seq), so the first rows and the last rows of a million-posting wallet cost the
// same, and only recently shown pages stay in memory. GUI thread.
class RegisterModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { DateColumn, KindColumn, MemoColumn, AmountColumn, BalanceColumn, AgentColumn, ColumnCount };
    enum Role { AmountMinorRole = Qt::UserRole + 1, BalanceMinorRole, TimeMsRole, EntryKindRole, SeqRole, EntryIdRole };
    static constexpr int pageSize = 256;

    explicit RegisterModel(Database &db, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    const QString &accountId() const { return m_accountId; }
    void setAccount(const QString &accountId);
    QString reload();

private:
    struct Row
    {
        qint64 seq = 0;
        QString entryId;
        qint64 timeMs = 0;
        QString kind;
        QString memo;
        qint64 amountMinor = 0;
        qint64 balanceMinor = 0;
        QString agentId;
    };
    using Page = QList<Row>;

    const Row *rowAt(int row) const;

    Database &m_db;
    QString m_accountId;
    QString m_currency;
    qint64 m_count = 0;
    mutable QCache<qint64, Page> m_pages {64};
};

} // namespace Ledgerdesk
