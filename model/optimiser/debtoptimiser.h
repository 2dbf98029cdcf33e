#pragma once

#include "core/result.h"
#include "debt.h"
#include "payoffplan.h"
#include "yearmonth.h"

#include <QList>
#include <QString>

namespace Ledgerdesk {

// A one-off payment on top of the budget in one month of the plan (1 is the first month paid).
struct ExtraPayment
{
    int month = 1;
    qint64 amountMinor = 0;

    friend bool operator==(const ExtraPayment &, const ExtraPayment &) = default;
};

// Everything a pay-off plan is computed from. Amounts in minor units of `currency`.
struct PayoffInput
{
    QString currency;
    YearMonth start;
    QList<Debt> debts;
    qint64 budgetMinor = 0; // paid every month: the minimums first, the rest by strategy
    QList<ExtraPayment> extras; // several in one month add up; ignored by minimum-only

    friend bool operator==(const PayoffInput &, const PayoffInput &) = default;
};

// One thing wrong with a PayoffInput, with where it is so that a form can mark the field.
struct InputProblem
{
    enum class Field { Currency, Start, Debts, Name, Balance, Rate, Minimum, Budget, ExtraMonth, ExtraAmount };

    Field field = Field::Debts;
    int index = -1; // the debt (or, for the Extra fields, the extra payment) concerned; -1 for the whole input
    QString message; // a translated sentence naming the debt and the field
};

// Plans the pay-off of a set of debts month by month (DESIGN section 8), exact to the minor unit with
// integer arithmetic only. Each month: (1) interest on every unpaid balance, balance x rate / 100 / 12 rounded
// half up, is added to it; (2) each debt is paid its minimum, capped at its balance; (3) the rest of the
// budget, plus that month's extra payments, goes to the debts in strategy order, each taking what it needs
// to reach zero and passing the rest on. The order is decided each month on the balances after (2).
// Minimum-only does (1) and (2) alone. A plan whose month ends with no less owed than it began, or that
// runs 1,200 months, is reported as never ending. Pure and deterministic: no I/O, any thread.
class DebtOptimiser
{
public:
    static constexpr int maxMonths = 1200;
    static constexpr int maxDebts = 1000;

    // Everything wrong with the input, in the order of the fields; empty when a plan can be made.
    static QList<InputProblem> problems(const PayoffInput &input);
    // The first problem as a Validation error.
    static Result<void> validate(const PayoffInput &input);

    // One strategy's plan; interestSavedMinor and monthsSaved stay empty.
    static Result<PayoffPlan> plan(const PayoffInput &input, Strategy strategy);

    struct Comparison
    {
        QList<PayoffPlan> plans; // in the order asked for, each with what it saves against minimum-only
        bool minimumOnlyEnds = false; // when false nothing is saved against it: no plan gets saved figures
        QString minimumOnlyReason; // why minimum payments alone never end; empty when they do
    };
    // The plans of the given strategies, compared with minimum payments alone (planned even when not asked for).
    static Result<Comparison> compare(const PayoffInput &input, const QList<Strategy> &strategies = allStrategies());
};

} // namespace Ledgerdesk
