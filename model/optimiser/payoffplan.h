#pragma once

#include "yearmonth.h"

#include <QList>
#include <QString>

#include <optional>

namespace Ledgerdesk {

// How the money left over after the minimums is spread over the debts each month.
enum class Strategy {
    Avalanche, // highest rate first
    Snowball, // smallest balance first
    Custom, // in the order the debts were given
    MinimumOnly, // nothing beyond the minimums: the baseline the others are compared with
};

// Every strategy, in the order they are shown.
QList<Strategy> allStrategies();
// The stable name used on the command line and in JSON: avalanche, snowball, custom, minimum.
QString strategyKey(Strategy strategy);
// Reads a strategy name; "minimum-only" is accepted for "minimum".
std::optional<Strategy> strategyFromKey(const QString &key);
// The strategy's name for people, translated.
QString strategyTitle(Strategy strategy);

// One debt in one month of a plan, in minor units. principal = payment - interest, negative when the
// payment did not cover the interest.
struct ScheduleCell
{
    qint64 paymentMinor = 0;
    qint64 interestMinor = 0;
    qint64 balanceMinor = 0; // at the end of the month

    qint64 principalMinor() const { return paymentMinor - interestMinor; }
};

// What one debt came to under a plan. Amounts in minor units.
struct DebtOutcome
{
    QString name;
    qint64 openingBalanceMinor = 0; // owed before month 1
    qint64 ratePpm = 0;
    int payoffMonth = -1; // 1 is the first month paid; 0 when nothing was owed; -1 when never paid off
    qint64 interestMinor = 0;
    qint64 paidMinor = 0;

    bool isPaidOff() const { return payoffMonth >= 0; }
};

// The outcome of paying a set of debts with one strategy: totals, each debt's payoff, and the schedule
// month by month. When the plan never ends, `ends` is false, `reason` says why, and the figures cover
// only the months simulated before that showed. A plain value; its lists are implicitly shared.
struct PayoffPlan
{
    Strategy strategy = Strategy::Avalanche;
    QString currency;
    YearMonth start; // the calendar month of month 1
    bool ends = false;
    QString reason; // why it never ends, a sentence for people; empty when it ends
    int months = 0; // months simulated: when the plan ends, the months to debt-free
    qint64 totalInterestMinor = 0;
    qint64 totalPaidMinor = 0;
    // Against minimum payments alone; set only when both this plan and the minimum-only plan end.
    std::optional<qint64> interestSavedMinor;
    std::optional<int> monthsSaved;
    QList<DebtOutcome> debts; // in the order of the input
    QList<qint64> totalBalanceMinor; // months + 1 entries: what was owed before month 1, then at each month's end
    // The schedule, kept as each debt's balance at the end of each month it is owed (the payment and the
    // interest follow from the balance before): debt d's months 1 to monthsOwed(d) start at
    // scheduleBalances[scheduleStart[d]]. Read it through cell().
    QList<qint64> scheduleBalances;
    QList<qsizetype> scheduleStart; // debtCount() + 1 offsets

    int debtCount() const { return int(debts.size()); }
    // The months debt `debt` appears in the schedule: up to its payoff, or every month simulated.
    int monthsOwed(int debt) const { return int(scheduleStart.at(debt + 1) - scheduleStart.at(debt)); }
    // Month 1 to months, debt 0 to debtCount() - 1; all zero once the debt is paid off.
    ScheduleCell cell(int month, int debt) const;
    // The calendar month in which month `month` of the plan is paid.
    YearMonth monthDate(int month) const { return start.plusMonths(month - 1); }
    // The calendar month of the last payment; meaningful when the plan ends.
    YearMonth debtFree() const { return monthDate(months); }
};

} // namespace Ledgerdesk
