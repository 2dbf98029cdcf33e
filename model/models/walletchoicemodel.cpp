#include "walletchoicemodel.h"

#include "ledger/accountrepository.h"

namespace Ledgerdesk {

WalletChoiceModel::WalletChoiceModel(Database &db, QObject *parent)
    : QAbstractListModel(parent)
    , m_db(db)
{ }

int WalletChoiceModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_wallets.size());
}

QVariant WalletChoiceModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const auto &[wallet, owner] = m_wallets.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return tr("%1 · %2 · %3").arg(owner, wallet.id, wallet.balance().format());
    case WalletIdRole:
        return wallet.id;
    case ClientNameRole:
        return owner;
    case CurrencyRole:
        return wallet.currency;
    case BalanceMinorRole:
        return wallet.balanceMinor;
    }
    return {};
}

int WalletChoiceModel::rowOf(const QString &walletId) const
{
    for (qsizetype row = 0; row < m_wallets.size(); ++row) {
        if (m_wallets.at(row).first.id == walletId)
            return int(row);
    }
    return -1;
}

QString WalletChoiceModel::reload()
{
    auto wallets = AccountRepository(m_db).openWalletsWithOwners();
    beginResetModel();
    m_wallets = wallets ? *wallets : QList<std::pair<Account, QString>>();
    endResetModel();
    return wallets ? QString() : wallets.error().message;
}

} // namespace Ledgerdesk
