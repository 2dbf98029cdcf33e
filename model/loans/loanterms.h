#pragma once

#include "core/result.h"

#include <QList>
#include <QString>

namespace Ledgerdesk {

class BookSettings;

// The annual rate a loan gets for its term: tiers of "up to N months: R %", the last one open-ended.
// The default is the bank's: up to 12 months 8 %, up to 24 months 12 %, longer 15 %. Stored in the
// setting loans.rate_tiers as "12:8.00,24:12.00,*:15.00". Rates are basis points (1 % = 100). A value type.
class RateTiers
{
public:
    RateTiers();

    static Result<RateTiers> fromText(const QString &text);
    static Result<RateTiers> load(BookSettings &settings);

    int rateBpFor(int termMonths) const;
    QString toText() const;

private:
    struct Tier
    {
        int maxMonths; // 0 for the open-ended last tier
        int rateBp;
    };
    QList<Tier> m_tiers;
};

// One month of an amortisation schedule, amounts in minor units.
struct ScheduleRow
{
    int month = 0; // 1 = the first payment
    qint64 paymentMinor = 0;
    qint64 interestMinor = 0;
    qint64 principalMinor = 0;
    qint64 balanceMinor = 0; // owed after this payment
};

// The repayment plan of an annuity loan. The monthly payment is the annuity formula
// P·r / (1 − (1 + r)^−n) with r = rate / 12, rounded half-up to a minor unit; at 0 % it is P / n,
// rounded up so the loan is repaid within its term. Each month's interest is the balance times r,
// rounded half-up; the last payment is whatever clears the balance, so the plan ends at exactly zero.
struct LoanTerms
{
    qint64 principalMinor = 0;
    int rateBp = 0;
    int termMonths = 0;

    static constexpr int maxTermMonths = 360;

    // Checks the terms; a sentence naming what is wrong otherwise.
    Result<void> validate() const;
    // The term alone: 1 to maxTermMonths.
    static Result<void> checkTerm(int termMonths);
    qint64 monthlyPaymentMinor() const;
    QList<ScheduleRow> schedule() const;
    // What the borrower pays back in all: the sum of the schedule's payments.
    qint64 totalDueMinor() const;
    // The principal still owed once `paidMinor` of the schedule's payments were made, in order; each
    // payment covers its month's interest first.
    qint64 outstandingPrincipalMinor(qint64 paidMinor) const;
};

// A month's interest on `balanceMinor` at an annual rate in basis points, rounded half-up.
qint64 monthlyInterestMinor(qint64 balanceMinor, int rateBp);

} // namespace Ledgerdesk
