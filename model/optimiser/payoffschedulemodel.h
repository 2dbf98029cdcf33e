#pragma once

#include "payoffplan.h"

#include <QAbstractTableModel>

#include <utility>
#include <vector>

namespace Ledgerdesk {

// A plan's schedule month by month, one row per debt still owed in that month: payment, interest,
// principal and the balance after it. Amounts show formatted in the default locale; AmountRole gives
// the minor units. Holds its own copy of the plan (implicitly shared). GUI thread.
class PayoffScheduleModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        MonthColumn,
        DateColumn,
        DebtColumn,
        PaymentColumn,
        InterestColumn,
        PrincipalColumn,
        BalanceColumn,
        ColumnCount
    };
    enum Role {
        AmountRole = Qt::UserRole + 1, // qint64 minor units in the amount columns
        MonthRole, // int, 1 for the first month paid
        DebtIndexRole, // int, the debt's position in the plan's input
    };

    explicit PayoffScheduleModel(QObject *parent = nullptr);

    void setPlan(const PayoffPlan &plan);
    void clear();
    const PayoffPlan &plan() const { return m_plan; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    PayoffPlan m_plan;
    std::vector<std::pair<int, int>> m_rows; // (month, debt)
};

} // namespace Ledgerdesk
