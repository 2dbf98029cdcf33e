#pragma once

#include "rowlistmodel.h"
#include "savings/savingsgoal.h"

namespace Ledgerdesk {

class Database;

// One savings goal's history: every amount added, redeemed or refunded, oldest first. GUI thread;
// holds a reference to the database, which outlives it.
class ContributionModel : public RowListModel<GoalContribution>
{
    Q_OBJECT

public:
    enum Column { TimeColumn, KindColumn, AmountColumn, AgentColumn, ColumnCount };

    explicit ContributionModel(Database &db, QObject *parent = nullptr);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Shows the goal's history (amounts in `currency`); an empty id shows nothing.
    QString setGoal(const QString &goalId, const QString &currency);

private:
    Database &m_db;
    QString m_currency;
};

} // namespace Ledgerdesk
