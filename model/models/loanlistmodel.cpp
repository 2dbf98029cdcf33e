#include "loanlistmodel.h"

#include "clients/clientrepository.h"
#include "core/money.h"
#include "loans/loanrepository.h"

#include <QDateTime>
#include <QLocale>

namespace Ledgerdesk {

LoanListModel::LoanListModel(Database &db, QObject *parent)
    : RowListModel<Loan>(parent)
    , m_db(db)
{ }

int LoanListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString LoanListModel::statusText(LoanStatus status)
{
    switch (status) {
    case LoanStatus::Pending:
        return tr("Pending");
    case LoanStatus::Approved:
        return tr("Approved");
    case LoanStatus::Rejected:
        return tr("Rejected");
    case LoanStatus::Paid:
        return tr("Paid off");
    }
    return {};
}

bool LoanListModel::awaitsPayout(const Loan &loan)
{
    return (loan.status == LoanStatus::Approved || loan.status == LoanStatus::Paid) && loan.fundedEntryId.isEmpty();
}

QString LoanListModel::statusText(const Loan &loan)
{
    return awaitsPayout(loan) ? tr("%1, not paid out").arg(statusText(loan.status)) : statusText(loan.status);
}

QVariant LoanListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Loan &loan = rowAt(index.row());
    switch (role) {
    case LoanIdRole:
        return loan.id;
    case StatusRole:
        return int(loan.status);
    case AppliedByRole:
        return loan.appliedBy;
    case PrincipalMinorRole:
        return loan.principalMinor;
    case RemainingMinorRole:
        return loan.remainingMinor;
    case CurrencyRole:
        return loan.currency;
    case AwaitsPayoutRole:
        return awaitsPayout(loan);
    case Qt::TextAlignmentRole:
        switch (index.column()) {
        case AmountColumn:
        case RateColumn:
        case TermColumn:
        case PaymentColumn:
        case RemainingColumn:
            return int(Qt::AlignRight | Qt::AlignVCenter);
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == StatusColumn && awaitsPayout(loan))
            return tr("Approved by %1, but the principal was never paid into the wallet: the payout waits among the "
                      "dead letters on the Queue page until its reason is put right.")
                .arg(loan.decidedBy);
        if (index.column() == StatusColumn && !loan.decidedBy.isEmpty())
            return loan.decisionReason.isEmpty() ? tr("Decided by %1").arg(loan.decidedBy)
                                                 : tr("Decided by %1: %2").arg(loan.decidedBy, loan.decisionReason);
        return {};
    case Qt::DisplayRole:
        switch (index.column()) {
        case LoanColumn:
            return loan.id;
        case ClientColumn:
            return tr("%1 (%2)").arg(m_clientNames.value(loan.clientId, loan.clientId), loan.walletId);
        case AmountColumn:
            return Money(loan.principalMinor, loan.currency).format();
        case RateColumn:
            return tr("%1 %").arg(QLocale().toString(loan.rateBp / 100.0, 'f', 2));
        case TermColumn:
            return tr("%n month(s)", nullptr, loan.termMonths);
        case PaymentColumn:
            return Money(loan.monthlyPaymentMinor, loan.currency).format();
        case RemainingColumn:
            return Money(loan.remainingMinor, loan.currency).format();
        case StatusColumn:
            return statusText(loan);
        case AppliedByColumn:
            return loan.appliedBy;
        case AppliedColumn:
            return QLocale().toString(QDateTime::fromMSecsSinceEpoch(loan.appliedAtMs), QLocale::ShortFormat);
        }
    }
    return {};
}

QVariant LoanListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case LoanColumn:
        return tr("Loan");
    case ClientColumn:
        return tr("Client (wallet)");
    case AmountColumn:
        return tr("Amount");
    case RateColumn:
        return tr("Rate");
    case TermColumn:
        return tr("Term");
    case PaymentColumn:
        return tr("Monthly");
    case RemainingColumn:
        return tr("Still owed");
    case StatusColumn:
        return tr("Status");
    case AppliedByColumn:
        return tr("Applied by");
    case AppliedColumn:
        return tr("Applied");
    }
    return {};
}

void LoanListModel::setStatusFilter(std::optional<LoanStatus> status)
{
    m_status = status;
    reload();
}

QString LoanListModel::reload()
{
    auto loans = LoanRepository(m_db).list(m_status);
    if (!loans) {
        setRows({});
        return loans.error().message;
    }
    QStringList clientIds;
    for (const Loan &loan : *loans)
        clientIds << loan.clientId;
    m_clientNames = ClientRepository(m_db).fullNames(clientIds);
    setRows(*loans);
    return {};
}

} // namespace Ledgerdesk
