#include "paymentlistmodel.h"

#include "core/money.h"
#include "payments/paymentrepository.h"

#include <QDateTime>
#include <QLocale>

namespace Ledgerdesk {

PaymentListModel::PaymentListModel(Database &db, QObject *parent)
    : RowListModel<Payment>(parent)
    , m_db(db)
{ }

int PaymentListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString PaymentListModel::statusText(PaymentStatus status)
{
    switch (status) {
    case PaymentStatus::Pending:
        return tr("Pending…");
    case PaymentStatus::Succeeded:
        return tr("Succeeded");
    case PaymentStatus::Failed:
        return tr("Failed");
    }
    return {};
}

QVariant PaymentListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Payment &payment = rowAt(index.row());
    switch (role) {
    case PaymentIdRole:
        return payment.id;
    case StatusRole:
        return int(payment.status);
    case AmountMinorRole:
        return payment.amountMinor;
    case CurrencyRole:
        return payment.currency;
    case Qt::TextAlignmentRole:
        return index.column() == AmountColumn ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter)) : QVariant();
    case Qt::DisplayRole:
        switch (index.column()) {
        case RequestedColumn:
            return QLocale().toString(QDateTime::fromMSecsSinceEpoch(payment.requestedAtMs), QLocale::ShortFormat);
        case PaymentColumn:
            return payment.id;
        case WalletColumn:
            return payment.walletId;
        case MerchantColumn:
            return payment.merchantId;
        case AmountColumn:
            return Money(payment.amountMinor, payment.currency).format();
        case StatusColumn:
            return statusText(payment.status);
        case ReasonColumn:
            return payment.reason;
        }
    }
    return {};
}

QVariant PaymentListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case RequestedColumn:
        return tr("Requested");
    case PaymentColumn:
        return tr("Payment");
    case WalletColumn:
        return tr("Wallet");
    case MerchantColumn:
        return tr("Merchant");
    case AmountColumn:
        return tr("Amount");
    case StatusColumn:
        return tr("Status");
    case ReasonColumn:
        return tr("Reason");
    }
    return {};
}

QString PaymentListModel::reload()
{
    auto payments = PaymentRepository(m_db).list();
    setRows(payments ? *payments : QList<Payment>());
    return payments ? QString() : payments.error().message;
}

} // namespace Ledgerdesk
