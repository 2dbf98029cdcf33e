#pragma once

#include "commands/messagetype.h"

namespace Ledgerdesk::LoanMessages {

// Commands of agents.
inline const QString apply = QStringLiteral("LOAN_APPLY");
inline const QString approve = QStringLiteral("LOAN_APPROVE");
inline const QString reject = QStringLiteral("LOAN_REJECT");
inline const QString repay = QStringLiteral("LOAN_REPAY");
// Events of the saga, published by the handlers.
inline const QString approved = QStringLiteral("LOAN_APPROVED");
inline const QString repaymentRequested = QStringLiteral("LOAN_REPAYMENT_REQUESTED");
inline const QString repaymentSucceeded = QStringLiteral("LOAN_REPAYMENT_SUCCEEDED");
inline const QString repaymentFailed = QStringLiteral("LOAN_REPAYMENT_FAILED");

// The declarations of the types above, with their handlers (loanhandlers.cpp).
QList<MessageType> types();

} // namespace Ledgerdesk::LoanMessages
