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
    int payoffMonth = -1; // 1 is the first month paid; 0 when nothing was owed; -1 when never paid off
    qint64 interestMinor = 0;
    qint64 paidMinor = 0;

    bool isPaidOff() const { return payoffMonth >= 0; }
};

// The outcome of paying a set of debts with one strategy: totals, each debt's payoff, and the schedule
// month by month. When the plan never ends, `ends` is false, `reason` says why, and the figures cover
// only the months simulated before that showed. A plain value.
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
    QList<ScheduleCell> schedule; // months x debts, month by month
    QList<qint64> totalBalanceMinor; // months + 1 entries: what was owed before month 1, then at each month's end

    int debtCount() const { return int(debts.size()); }
    // Month 1 to months, debt 0 to debtCount() - 1.
    const ScheduleCell &cell(int month, int debt) const { return schedule.at(qsizetype(month - 1) * debts.size() + debt); }
    // The calendar month in which month `month` of the plan is paid.
    YearMonth monthDate(int month) const { return start.plusMonths(month - 1); }
    // The calendar month of the last payment; meaningful when the plan ends.
    YearMonth debtFree() const { return monthDate(months); }
};

} // namespace Ledgerdesk
