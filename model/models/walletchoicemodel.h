#pragma once

#include "ledger/account.h"

#include <QAbstractListModel>

namespace Ledgerdesk {

class Database;

// The open wallets of all clients, for choosing one in a form: "Ada Lovelace · W00001-USD · $1,234.00".
// GUI thread; holds a reference to the database, which outlives it.
class WalletChoiceModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role { WalletIdRole = Qt::UserRole + 1, ClientNameRole, CurrencyRole, BalanceMinorRole };

    explicit WalletChoiceModel(Database &db, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    const Account &walletAt(int row) const { return m_wallets.at(row).first; }
    int rowOf(const QString &walletId) const;
    // Re-reads the wallets; an error message for people, or empty.
    QString reload();

private:
    Database &m_db;
    QList<std::pair<Account, QString>> m_wallets;
};

} // namespace Ledgerdesk
