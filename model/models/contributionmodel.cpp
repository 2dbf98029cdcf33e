#include "contributionmodel.h"

#include "core/money.h"
#include "savings/savingsrepository.h"

#include <QDateTime>
#include <QLocale>

namespace Ledgerdesk {

ContributionModel::ContributionModel(Database &db, QObject *parent)
    : RowListModel<GoalContribution>(parent)
    , m_db(db)
{ }

int ContributionModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ContributionModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const GoalContribution &contribution = rowAt(index.row());
    if (role == Qt::TextAlignmentRole)
        return index.column() == AmountColumn ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter)) : QVariant();
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case TimeColumn:
        return QLocale().toString(QDateTime::fromMSecsSinceEpoch(contribution.createdAtMs), QLocale::ShortFormat);
    case KindColumn:
        switch (contribution.kind) {
        case ContributionKind::Add:
            return tr("Added");
        case ContributionKind::Redeem:
            return tr("Redeemed");
        case ContributionKind::Refund:
            return tr("Refunded");
        }
        return {};
    case AmountColumn: {
        const qint64 signedMinor
            = contribution.kind == ContributionKind::Add ? contribution.amountMinor : -contribution.amountMinor;
        return Money(signedMinor, m_currency).format();
    }
    case AgentColumn:
        return contribution.agentId;
    }
    return {};
}

QVariant ContributionModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TimeColumn:
        return tr("When");
    case KindColumn:
        return tr("What");
    case AmountColumn:
        return tr("Amount");
    case AgentColumn:
        return tr("Agent");
    }
    return {};
}

QString ContributionModel::setGoal(const QString &goalId, const QString &currency)
{
    m_currency = currency;
    if (goalId.isEmpty()) {
        setRows({});
        return {};
    }
    auto contributions = SavingsRepository(m_db).contributionsOf(goalId);
    setRows(contributions ? *contributions : QList<GoalContribution>());
    return contributions ? QString() : contributions.error().message;
}

} // namespace Ledgerdesk
