#pragma once

#include "core/result.h"
#include "debtoptimiser.h"

#include <QByteArray>

namespace Ledgerdesk {

// Reads the debt optimiser's input file:
//   {"currency": "USD", "start": "2027-01",
//    "debts": [{"name": "Visa", "balance": "2500.00", "rate": "19.99", "minimum": "50.00"}],
//    "extra": [{"month": 3, "amount": "500.00"}]}
// Amounts are decimal strings in the currency (Money::parse); the rate is a percentage, as a string or a
// number; "extra" may be left out. The budget is not part of the file: it stays zero for the caller to
// set. A malformed file is refused with a sentence naming the debt and the field; whether the debts make
// sense together (names, minimums, the budget) is DebtOptimiser::validate's to say.
Result<PayoffInput> parseDebtsFile(const QByteArray &json);

} // namespace Ledgerdesk
