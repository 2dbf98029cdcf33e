#pragma once

#include "loans/loanterms.h"

#include <QAbstractTableModel>

namespace Ledgerdesk {

// The amortisation schedule of one loan: month, payment, interest, principal and the balance after
// it, computed from the loan's terms (nothing is read from the database). GUI thread.
class ScheduleModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { MonthColumn, PaymentColumn, InterestColumn, PrincipalColumn, BalanceColumn, ColumnCount };
    // Each amount column's value in minor units, under Qt::UserRole.
    static constexpr int MinorRole = Qt::UserRole + 1;

    explicit ScheduleModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setLoan(const LoanTerms &terms, const QString &currency);
    void clear();
    const QList<ScheduleRow> &rows() const { return m_rows; }
    const QString &currency() const { return m_currency; }
    // The schedule as CSV (amounts as decimal strings), for export.
    QString toCsv() const;

private:
    QList<ScheduleRow> m_rows;
    QString m_currency;
};

} // namespace Ledgerdesk
