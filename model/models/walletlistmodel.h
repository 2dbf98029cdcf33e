#pragma once

#include "ledger/account.h"

#include <QAbstractTableModel>

namespace Ledgerdesk {

class Database;

// The wallets of one client with their balances. GUI thread.
class WalletListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { WalletColumn, CurrencyColumn, BalanceColumn, PostingsColumn, ColumnCount };
    enum Role { WalletIdRole = Qt::UserRole + 1, BalanceMinorRole, CurrencyRole };

    explicit WalletListModel(Database &db, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    const Account &walletAt(int row) const { return m_wallets.at(row); }
    const QString &clientId() const { return m_clientId; }

    void setClient(const QString &clientId);
    QString reload();

private:
    Database &m_db;
    QString m_clientId;
    QList<Account> m_wallets;
};

} // namespace Ledgerdesk
