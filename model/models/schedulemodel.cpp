#include "schedulemodel.h"

#include "core/money.h"

namespace Ledgerdesk {

ScheduleModel::ScheduleModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

int ScheduleModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ScheduleModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ScheduleModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const ScheduleRow &row = m_rows.at(index.row());
    const auto minor = [&row](int column) -> qint64 {
        switch (column) {
        case PaymentColumn:
            return row.paymentMinor;
        case InterestColumn:
            return row.interestMinor;
        case PrincipalColumn:
            return row.principalMinor;
        case BalanceColumn:
            return row.balanceMinor;
        }
        return 0;
    };
    switch (role) {
    case Qt::DisplayRole:
        return index.column() == MonthColumn ? QVariant(row.month) : QVariant(Money(minor(index.column()), m_currency).format());
    case MinorRole:
        return index.column() == MonthColumn ? QVariant(row.month) : QVariant(minor(index.column()));
    case Qt::TextAlignmentRole:
        return int(Qt::AlignRight | Qt::AlignVCenter);
    }
    return {};
}

QVariant ScheduleModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case MonthColumn:
        return tr("Month");
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

void ScheduleModel::setLoan(const LoanTerms &terms, const QString &currency)
{
    beginResetModel();
    m_rows = terms.validate() ? terms.schedule() : QList<ScheduleRow>();
    m_currency = currency;
    endResetModel();
}

void ScheduleModel::clear()
{
    beginResetModel();
    m_rows.clear();
    endResetModel();
}

QString ScheduleModel::toCsv() const
{
    QString csv = QStringLiteral("month,payment,interest,principal,balance,currency\n");
    for (const ScheduleRow &row : m_rows) {
        csv += QStringLiteral("%1,%2,%3,%4,%5,%6\n")
                   .arg(row.month)
                   .arg(Money(row.paymentMinor, m_currency).toDecimalString(),
                       Money(row.interestMinor, m_currency).toDecimalString(),
                       Money(row.principalMinor, m_currency).toDecimalString(),
                       Money(row.balanceMinor, m_currency).toDecimalString(), m_currency);
    }
    return csv;
}

} // namespace Ledgerdesk
