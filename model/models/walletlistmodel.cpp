#include "walletlistmodel.h"

#include "ledger/accountrepository.h"

namespace Ledgerdesk {

WalletListModel::WalletListModel(Database &db, QObject *parent)
    : QAbstractTableModel(parent)
    , m_db(db)
{ }

int WalletListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_wallets.size());
}

int WalletListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant WalletListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Account &wallet = m_wallets.at(index.row());
    switch (role) {
    case WalletIdRole:
        return wallet.id;
    case BalanceMinorRole:
        return wallet.balanceMinor;
    case CurrencyRole:
        return wallet.currency;
    case Qt::TextAlignmentRole:
        return index.column() == BalanceColumn || index.column() == PostingsColumn
            ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter))
            : QVariant();
    case Qt::DisplayRole:
        switch (index.column()) {
        case WalletColumn:
            return wallet.id;
        case CurrencyColumn:
            return wallet.currency;
        case BalanceColumn:
            return wallet.balance().format();
        case PostingsColumn:
            return wallet.postingCount;
        }
    }
    return {};
}

QVariant WalletListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case WalletColumn:
        return tr("Wallet");
    case CurrencyColumn:
        return tr("Currency");
    case BalanceColumn:
        return tr("Balance");
    case PostingsColumn:
        return tr("Entries");
    }
    return {};
}

void WalletListModel::setClient(const QString &clientId)
{
    m_clientId = clientId;
    reload();
}

QString WalletListModel::reload()
{
    Result<QList<Account>> wallets
        = m_clientId.isEmpty() ? Result<QList<Account>>(QList<Account>()) : AccountRepository(m_db).walletsOf(m_clientId);
    beginResetModel();
    m_wallets = wallets ? *wallets : QList<Account>();
    endResetModel();
    return wallets ? QString() : wallets.error().message;
}

} // namespace Ledgerdesk
