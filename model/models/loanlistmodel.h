#pragma once

#include "loans/loan.h"
#include "rowlistmodel.h"

#include <QHash>

#include <optional>

namespace Ledgerdesk {

class Database;

// The loans of the book, the newest application first, optionally of one status, with their
// clients' names. GUI thread; holds a reference to the database, which outlives it.
class LoanListModel : public RowListModel<Loan>
{
    Q_OBJECT

public:
    enum Column {
        LoanColumn,
        ClientColumn,
        AmountColumn,
        RateColumn,
        TermColumn,
        PaymentColumn,
        RemainingColumn,
        StatusColumn,
        AppliedByColumn,
        AppliedColumn,
        ColumnCount
    };
    enum Role {
        LoanIdRole = Qt::UserRole + 1,
        StatusRole, // LoanStatus as int
        AppliedByRole,
        PrincipalMinorRole,
        RemainingMinorRole,
        CurrencyRole
    };

    explicit LoanListModel(Database &db, QObject *parent = nullptr);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString statusText(LoanStatus status);

    void setStatusFilter(std::optional<LoanStatus> status);
    // Re-reads the loans; an error message for people, or empty.
    QString reload();

private:
    Database &m_db;
    std::optional<LoanStatus> m_status;
    QHash<QString, QString> m_clientNames;
};

} // namespace Ledgerdesk
