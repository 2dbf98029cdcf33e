#pragma once

#include "loans/loan.h"
#include "rowlistmodel.h"

#include <QHash>

#include <optional>

namespace Ledgerdesk {

class Database;

// The loans of the book, the newest application first, optionally of one status, with their
// clients' names. An approved loan whose payout was never made (an approval of an earlier version
// whose payout failed) says so in its status. GUI thread; holds a reference to the database, which
// outlives it.
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
        CurrencyRole,
        AwaitsPayoutRole, // bool: see awaitsPayout()
    };

    explicit LoanListModel(Database &db, QObject *parent = nullptr);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString statusText(LoanStatus status);
    // The status as the list shows it: "Approved, not paid out" when the loan awaits its payout.
    static QString statusText(const Loan &loan);
    // An APPROVED (or PAID) loan whose principal was never paid into its wallet.
    static bool awaitsPayout(const Loan &loan);

    void setStatusFilter(std::optional<LoanStatus> status);
    // Re-reads the loans; an error message for people, or empty.
    QString reload();

private:
    Database &m_db;
    std::optional<LoanStatus> m_status;
    QHash<QString, QString> m_clientNames;
};

} // namespace Ledgerdesk
