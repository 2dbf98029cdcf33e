#pragma once

#include "loanterms.h"

#include <QString>

#include <optional>

namespace Ledgerdesk {

enum class LoanStatus { Pending, Approved, Rejected, Paid };

QString loanStatusName(LoanStatus status); // "PENDING", ...
std::optional<LoanStatus> loanStatusFromName(const QString &name);

// A micro-loan as stored. Amounts are minor units of `currency`; remainingMinor starts at the total the
// schedule asks for (principal and interest) and reaches zero when the loan is PAID.
struct Loan
{
    QString id;
    QString walletId;
    QString clientId;
    QString currency;
    qint64 principalMinor = 0;
    int rateBp = 0;
    int termMonths = 0;
    qint64 monthlyPaymentMinor = 0;
    qint64 totalDueMinor = 0;
    qint64 remainingMinor = 0;
    LoanStatus status = LoanStatus::Pending;
    QString appliedBy;
    qint64 appliedAtMs = 0;
    QString decidedBy;
    qint64 decidedAtMs = 0;
    QString decisionReason;
    QString fundedEntryId;
    qint64 paidAtMs = 0;

    LoanTerms terms() const { return {principalMinor, rateBp, termMonths}; }
};

enum class RepaymentStatus { Requested, Debited, Succeeded, Failed };

QString repaymentStatusName(RepaymentStatus status);

// One repayment of a loan: what was asked for, what is taken after clamping to what remains, and how
// it ended. REQUESTED and DEBITED ones are in flight: the loan's remaining balance does not show them yet.
struct LoanRepayment
{
    QString id;
    QString loanId;
    qint64 requestedMinor = 0;
    qint64 amountMinor = 0;
    RepaymentStatus status = RepaymentStatus::Requested;
    QString reason;
    QString entryId;
    QString requestedBy;
    qint64 requestedAtMs = 0;
    qint64 settledAtMs = 0;
};

} // namespace Ledgerdesk
