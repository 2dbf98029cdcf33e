#include "loandebts.h"

#include "clients/clientrepository.h"
#include "loanrepository.h"

namespace Ledgerdesk {

Result<QList<Debt>> approvedLoansAsDebts(Database &db, const QString &currency, const QString &clientId)
{
    auto loans = LoanRepository(db).list(LoanStatus::Approved);
    if (!loans)
        return loans.error();
    QStringList clientIds;
    for (const Loan &loan : *loans)
        clientIds << loan.clientId;
    const QHash<QString, QString> names = ClientRepository(db).fullNames(clientIds);
    QList<Debt> debts;
    for (const Loan &loan : *loans) {
        if (loan.currency != currency || (!clientId.isEmpty() && loan.clientId != clientId))
            continue;
        const qint64 outstanding = loan.terms().outstandingPrincipalMinor(loan.totalDueMinor - loan.remainingMinor);
        if (outstanding <= 0)
            continue;
        Debt debt;
        debt.name = QStringLiteral("%1 (%2)").arg(loan.id, names.value(loan.clientId));
        debt.balanceMinor = outstanding;
        debt.ratePpm = qint64(loan.rateBp) * (Debt::ratePpmPerPercent / 100);
        debt.minimumMinor = std::min(loan.monthlyPaymentMinor, outstanding);
        debts.append(debt);
    }
    return debts;
}

} // namespace Ledgerdesk
