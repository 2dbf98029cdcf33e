#pragma once

#include "core/result.h"
#include "optimiser/debt.h"

#include <QList>

namespace Ledgerdesk {

class Database;

// The book's approved loans in `currency` as debts for the optimiser: the principal still owed, the
// loan's rate, and its monthly payment as the minimum. Named "Loan ID (client)". Optionally only the
// loans of one client.
Result<QList<Debt>> approvedLoansAsDebts(Database &db, const QString &currency, const QString &clientId = {});

} // namespace Ledgerdesk
