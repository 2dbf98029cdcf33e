#include "payoffschedulemodel.h"

#include "core/money.h"

#include <QLocale>

namespace Ledgerdesk {

PayoffScheduleModel::PayoffScheduleModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void PayoffScheduleModel::setPlan(const PayoffPlan &plan)
{
    beginResetModel();
    m_plan = plan;
    m_rows.clear();
    m_rows.reserve(std::size_t(plan.scheduleBalances.size()));
    for (int month = 1; month <= plan.months; ++month) {
        for (int debt = 0; debt < plan.debtCount(); ++debt) {
            if (month <= plan.monthsOwed(debt))
                m_rows.emplace_back(month, debt);
        }
    }
    endResetModel();
}

void PayoffScheduleModel::clear()
{
    beginResetModel();
    m_plan = PayoffPlan();
    m_rows.clear();
    endResetModel();
}

int PayoffScheduleModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int PayoffScheduleModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PayoffScheduleModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const auto [month, debt] = m_rows.at(std::size_t(index.row()));
    const ScheduleCell cell = m_plan.cell(month, debt);
    const int column = index.column();
    const bool isAmount = column >= PaymentColumn;
    const auto amountOf = [&cell](int column) -> qint64 {
        switch (column) {
        case PaymentColumn:
            return cell.paymentMinor;
        case InterestColumn:
            return cell.interestMinor;
        case PrincipalColumn:
            return cell.principalMinor();
        default:
            return cell.balanceMinor;
        }
    };
    switch (role) {
    case MonthRole:
        return month;
    case DebtIndexRole:
        return debt;
    case AmountRole:
        return isAmount ? QVariant(amountOf(column)) : QVariant();
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(
            isAmount || column == MonthColumn ? Qt::AlignRight | Qt::AlignVCenter : Qt::AlignLeft | Qt::AlignVCenter);
    case Qt::DisplayRole:
        switch (column) {
        case MonthColumn:
            return month;
        case DateColumn: {
            const YearMonth date = m_plan.monthDate(month);
            return QLocale().standaloneMonthName(date.month, QLocale::ShortFormat) + QLatin1Char(' ')
                + QString::number(date.year);
        }
        case DebtColumn:
            return m_plan.debts.at(debt).name;
        default:
            return Money(amountOf(column), m_plan.currency).format();
        }
    }
    return {};
}

QVariant PayoffScheduleModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case MonthColumn:
        return tr("Month");
    case DateColumn:
        return tr("Date");
    case DebtColumn:
        return tr("Debt");
    case PaymentColumn:
        return tr("Payment");
    case InterestColumn:
        return tr("Interest");
    case PrincipalColumn:
        return tr("Principal");
    case BalanceColumn:
        return tr("Balance");
    }
    return {};
}

} // namespace Ledgerdesk
