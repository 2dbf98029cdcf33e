#pragma once

#include "clients/client.h"

#include <QAbstractTableModel>

namespace Ledgerdesk {

class Database;

// The clients that exist, optionally narrowed by a search text. GUI thread.
class ClientListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { NameColumn, EmailColumn, PhoneColumn, ColumnCount };
    enum Role { ClientIdRole = Qt::UserRole + 1 };

    explicit ClientListModel(Database &db, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    const Client &clientAt(int row) const { return m_clients.at(row); }
    int rowOf(const QString &clientId) const;

    void setSearch(const QString &search);
    // Re-reads the clients; returns the error as a sentence, empty on success.
    QString reload();

private:
    Database &m_db;
    QString m_search;
    QList<Client> m_clients;
};

} // namespace Ledgerdesk
