#pragma once

namespace Ledgerdesk {

class CommandExecutor;

// The loan saga: LOAN_APPLY, LOAN_APPROVE and LOAN_REJECT (supervisors, four-eyes), LOAN_APPROVED
// (pays the loan into the wallet), LOAN_REPAY and its events LOAN_REPAYMENT_REQUESTED,
// LOAN_REPAYMENT_SUCCEEDED and LOAN_REPAYMENT_FAILED.
void registerLoanHandlers(CommandExecutor &executor);

} // namespace Ledgerdesk
