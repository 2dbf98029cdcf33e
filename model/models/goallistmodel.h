#pragma once

#include "rowlistmodel.h"
#include "savings/savingsgoal.h"

#include <QHash>

namespace Ledgerdesk {

class Database;

// The savings goals of the book, open ones first: saved against target, progress and status.
// GUI thread; holds a reference to the database, which outlives it.
class GoalListModel : public RowListModel<SavingsGoal>
{
    Q_OBJECT

public:
    enum Column { GoalColumn, ClientColumn, SavedColumn, TargetColumn, ProgressColumn, StatusColumn, ColumnCount };
    enum Role {
        GoalIdRole = Qt::UserRole + 1,
        StatusRole, // GoalStatus as int
        CurrentMinorRole,
        TargetMinorRole,
        CurrencyRole,
        ProgressRole // 0..100, whole percent of the target saved (capped at 100)
    };

    explicit GoalListModel(Database &db, QObject *parent = nullptr);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString statusText(GoalStatus status);
    // Re-reads the goals; an error message for people, or empty.
    QString reload();

private:
    Database &m_db;
    QHash<QString, QString> m_clientNames;
};

} // namespace Ledgerdesk
