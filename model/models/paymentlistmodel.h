#pragma once

#include "payments/payment.h"
#include "rowlistmodel.h"

namespace Ledgerdesk {

class Database;

// The latest payments of the book, newest first: merchant, amount, status and a failure's reason.
// GUI thread; holds a reference to the database, which outlives it.
class PaymentListModel : public RowListModel<Payment>
{
    Q_OBJECT

public:
    enum Column {
        RequestedColumn,
        PaymentColumn,
        WalletColumn,
        MerchantColumn,
        AmountColumn,
        StatusColumn,
        ReasonColumn,
        ColumnCount
    };
    enum Role { PaymentIdRole = Qt::UserRole + 1, StatusRole /* PaymentStatus as int */, AmountMinorRole, CurrencyRole };

    explicit PaymentListModel(Database &db, QObject *parent = nullptr);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString statusText(PaymentStatus status);
    // Re-reads the payments; an error message for people, or empty.
    QString reload();

private:
    Database &m_db;
};

} // namespace Ledgerdesk
