#include "clientlistmodel.h"

#include "clients/clientrepository.h"

namespace Ledgerdesk {

ClientListModel::ClientListModel(Database &db, QObject *parent)
    : QAbstractTableModel(parent)
    , m_db(db)
{ }

int ClientListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_clients.size());
}

int ClientListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ClientListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Client &client = m_clients.at(index.row());
    if (role == ClientIdRole)
        return client.id;
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case NameColumn:
        return client.lastName + QStringLiteral(", ") + client.firstName;
    case EmailColumn:
        return client.email;
    case PhoneColumn:
        return client.phone;
    }
    return {};
}

QVariant ClientListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Client");
    case EmailColumn:
        return tr("E-mail");
    case PhoneColumn:
        return tr("Phone");
    }
    return {};
}

int ClientListModel::rowOf(const QString &clientId) const
{
    for (int row = 0; row < m_clients.size(); ++row) {
        if (m_clients.at(row).id == clientId)
            return row;
    }
    return -1;
}

void ClientListModel::setSearch(const QString &search)
{
    m_search = search;
    reload();
}

QString ClientListModel::reload()
{
    auto clients = ClientRepository(m_db).list(m_search);
    beginResetModel();
    m_clients = clients ? *clients : QList<Client>();
    endResetModel();
    return clients ? QString() : clients.error().message;
}

} // namespace Ledgerdesk
