#include "goallistmodel.h"

#include "clients/clientrepository.h"
#include "core/money.h"
#include "savings/savingsrepository.h"

namespace Ledgerdesk {

namespace {

int percentSaved(const SavingsGoal &goal)
{
    if (goal.targetMinor <= 0)
        return 0;
    return int(std::min<qint64>(100, goal.currentMinor * 100 / goal.targetMinor));
}

} // namespace

GoalListModel::GoalListModel(Database &db, QObject *parent)
    : RowListModel<SavingsGoal>(parent)
    , m_db(db)
{ }

int GoalListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString GoalListModel::statusText(GoalStatus status)
{
    switch (status) {
    case GoalStatus::Open:
        return tr("Saving");
    case GoalStatus::Redeemed:
        return tr("Redeemed");
    case GoalStatus::Deleted:
        return tr("Deleted");
    }
    return {};
}

QVariant GoalListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const SavingsGoal &goal = rowAt(index.row());
    switch (role) {
    case GoalIdRole:
        return goal.id;
    case StatusRole:
        return int(goal.status);
    case CurrentMinorRole:
        return goal.currentMinor;
    case TargetMinorRole:
        return goal.targetMinor;
    case CurrencyRole:
        return goal.currency;
    case ProgressRole:
        return percentSaved(goal);
    case Qt::TextAlignmentRole:
        return index.column() == SavedColumn || index.column() == TargetColumn ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter))
                                                                               : QVariant();
    case Qt::DisplayRole:
        switch (index.column()) {
        case GoalColumn:
            return goal.name;
        case ClientColumn:
            return tr("%1 (%2)").arg(m_clientNames.value(goal.clientId, goal.clientId), goal.walletId);
        case SavedColumn:
            return Money(goal.currentMinor, goal.currency).format();
        case TargetColumn:
            return Money(goal.targetMinor, goal.currency).format();
        case ProgressColumn:
            return tr("%1 %").arg(percentSaved(goal));
        case StatusColumn:
            return goal.status == GoalStatus::Open && goal.isReached() ? tr("Reached") : statusText(goal.status);
        }
    }
    return {};
}

QVariant GoalListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case GoalColumn:
        return tr("Goal");
    case ClientColumn:
        return tr("Client (wallet)");
    case SavedColumn:
        return tr("Saved");
    case TargetColumn:
        return tr("Target");
    case ProgressColumn:
        return tr("Progress");
    case StatusColumn:
        return tr("Status");
    }
    return {};
}

QString GoalListModel::reload()
{
    auto goals = SavingsRepository(m_db).list();
    QStringList clientIds;
    for (const SavingsGoal &goal : goals ? *goals : QList<SavingsGoal>())
        clientIds << goal.clientId;
    m_clientNames = ClientRepository(m_db).fullNames(clientIds);
    setRows(goals ? *goals : QList<SavingsGoal>());
    return goals ? QString() : goals.error().message;
}

} // namespace Ledgerdesk
