#pragma once

#include "queue/queue.h"

#include <QAbstractTableModel>

namespace Ledgerdesk {

class Database;

// The dead letters, newest first, with the reason each was refused. GUI thread.
class DeadLetterModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { TimeColumn, TypeColumn, AgentColumn, ReasonColumn, PayloadColumn, ColumnCount };
    enum Role { MessageIdRole = Qt::UserRole + 1 };

    explicit DeadLetterModel(Database &db, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    QString reload();

private:
    Database &m_db;
    QList<DeadLetter> m_letters;
};

} // namespace Ledgerdesk
