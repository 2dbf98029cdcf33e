#include "account.h"

namespace Ledgerdesk {

QString accountKindName(AccountKind kind)
{
    switch (kind) {
    case AccountKind::Customer:
        return QStringLiteral("customer");
    case AccountKind::Cash:
        return QStringLiteral("cash");
    case AccountKind::LoanFunding:
        return QStringLiteral("loan_funding");
    case AccountKind::Merchant:
        return QStringLiteral("merchant");
    case AccountKind::SavingsGoal:
        return QStringLiteral("savings_goal");
    case AccountKind::Ingest:
        return QStringLiteral("ingest");
    }
    return QStringLiteral("customer");
}

AccountKind accountKindFromName(const QString &name)
{
    for (AccountKind kind : {AccountKind::Customer, AccountKind::Cash, AccountKind::LoanFunding, AccountKind::Merchant,
             AccountKind::SavingsGoal, AccountKind::Ingest}) {
        if (accountKindName(kind) == name)
            return kind;
    }
    return AccountKind::Customer;
}

} // namespace Ledgerdesk
