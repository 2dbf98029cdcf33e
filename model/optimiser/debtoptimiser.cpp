#include "debtoptimiser.h"

#include "core/money.h"

#include <QCoreApplication>
#include <QSet>

#include <algorithm>
#include <numeric>
#include <utility>
#include <vector>

namespace Ledgerdesk {

namespace {

struct Strings
{
    Q_DECLARE_TR_FUNCTIONS(Ledgerdesk::DebtOptimiser)
};

QString amountText(qint64 minor, const QString &currency)
{
    return Money(minor, currency).toDecimalString() + QLatin1Char(' ') + currency;
}

// "Visa" in quotes, or "debt 3" for a debt without a name.
QString debtLabel(const Debt &debt, int index)
{
    const QString name = debt.name.trimmed();
    return name.isEmpty() ? Strings::tr("debt %1").arg(index + 1) : QStringLiteral("\"%1\"").arg(name);
}

// What every strategy's run shares: the debts as plain arrays, the alphabetical rank of each name (for
// ties), and the extra payments summed per month in month order.
struct Prepared
{
    std::vector<qint64> balance;
    std::vector<qint64> rate;
    std::vector<qint64> minimum;
    std::vector<int> nameRank;
    std::vector<std::pair<int, qint64>> extras;
};

Prepared prepare(const PayoffInput &input)
{
    const int count = int(input.debts.size());
    Prepared prepared;
    prepared.balance.reserve(count);
    prepared.rate.reserve(count);
    prepared.minimum.reserve(count);
    for (const Debt &debt : input.debts) {
        prepared.balance.push_back(debt.balanceMinor);
        prepared.rate.push_back(debt.ratePpm);
        prepared.minimum.push_back(debt.minimumMinor);
    }
    std::vector<int> byName(count);
    for (int i = 0; i < count; ++i)
        byName[i] = i;
    std::sort(byName.begin(), byName.end(), [&input](int a, int b) {
        const QString &left = input.debts.at(a).name;
        const QString &right = input.debts.at(b).name;
        const int folded = QString::compare(left, right, Qt::CaseInsensitive);
        return folded != 0 ? folded < 0 : (left != right ? left < right : a < b);
    });
    prepared.nameRank.resize(count);
    for (int rank = 0; rank < count; ++rank)
        prepared.nameRank[byName[rank]] = rank;

    for (const ExtraPayment &extra : input.extras)
        prepared.extras.emplace_back(extra.month, extra.amountMinor);
    std::sort(prepared.extras.begin(), prepared.extras.end());
    std::vector<std::pair<int, qint64>> summed;
    for (const auto &extra : prepared.extras) {
        if (!summed.empty() && summed.back().first == extra.first)
            summed.back().second += extra.second;
        else
            summed.push_back(extra);
    }
    prepared.extras = std::move(summed);
    return prepared;
}

// Sorts a short list that is nearly sorted already (last month's order) in about one pass.
template <typename Less> void insertionSort(std::vector<int> &items, Less less)
{
    for (std::size_t i = 1; i < items.size(); ++i) {
        const int item = items[i];
        std::size_t j = i;
        for (; j > 0 && less(item, items[j - 1]); --j)
            items[j] = items[j - 1];
        items[j] = item;
    }
}

// The month loop of DESIGN section 8 for one strategy. The counting pass (Record false) only learns how
// many months each debt stays owed (`monthsOwed`, filled in); the recording pass then writes the plan into
// a schedule sized exactly for that, so a plan is stored once, without reallocation or unused cells. Both
// passes take the same steps and stop in the same month. Returns the months simulated.
template <bool Record>
int simulate(
    const PayoffInput &input, const Prepared &prepared, Strategy strategy, std::vector<int> &monthsOwed, PayoffPlan *plan)
{
    const int count = int(prepared.balance.size());
    std::vector<qint64> balance = prepared.balance;
    const qint64 *rate = prepared.rate.data();
    const qint64 *minimum = prepared.minimum.data();
    const int *nameRank = prepared.nameRank.data();
    // The unpaid debts, in the order the last month paid them; for Custom always the input order.
    std::vector<int> order;
    order.reserve(count);
    qint64 owed = 0;
    for (int i = 0; i < count; ++i) {
        if (balance[i] > 0)
            order.push_back(i);
        owed += balance[i];
    }
    qint64 *balances = nullptr;
    const qsizetype *scheduleStart = nullptr;
    DebtOutcome *outcomes = nullptr;
    if constexpr (Record) {
        balances = plan->scheduleBalances.data();
        scheduleStart = plan->scheduleStart.constData();
        outcomes = plan->debts.data();
    }
    auto nextExtra = prepared.extras.cbegin();

    for (int month = 1;; ++month) {
        qint64 paid = 0;
        qint64 interestThisMonth = 0;
        for (int i : order) {
            const qint64 interest = Debt::monthlyInterest(balance[i], rate[i]);
            const qint64 due = balance[i] + interest;
            const qint64 payment = std::min(minimum[i], due);
            balance[i] = due - payment;
            paid += payment;
            interestThisMonth += interest;
            if constexpr (Record) {
                outcomes[i].interestMinor += interest;
                outcomes[i].paidMinor += payment;
            }
        }

        if (strategy != Strategy::MinimumOnly) {
            qint64 rest = input.budgetMinor - paid;
            if (nextExtra != prepared.extras.cend() && nextExtra->first == month)
                rest += (nextExtra++)->second;
            const qint64 *owing = balance.data();
            if (strategy == Strategy::Avalanche) {
                insertionSort(order, [owing, rate, nameRank](int a, int b) {
                    if (rate[a] != rate[b])
                        return rate[a] > rate[b];
                    return owing[a] != owing[b] ? owing[a] < owing[b] : nameRank[a] < nameRank[b];
                });
            } else if (strategy == Strategy::Snowball) {
                insertionSort(order, [owing, rate, nameRank](int a, int b) {
                    if (owing[a] != owing[b])
                        return owing[a] < owing[b];
                    return rate[a] != rate[b] ? rate[a] > rate[b] : nameRank[a] < nameRank[b];
                });
            }
            for (auto it = order.cbegin(); rest > 0 && it != order.cend(); ++it) {
                const qint64 take = std::min(rest, balance[*it]);
                balance[*it] -= take;
                rest -= take;
                paid += take;
                if constexpr (Record)
                    outcomes[*it].paidMinor += take;
            }
        }

        qint64 owedNow = 0;
        for (int i : order) {
            owedNow += balance[i];
            if constexpr (Record) {
                balances[scheduleStart[i] + month - 1] = balance[i];
                if (balance[i] == 0)
                    outcomes[i].payoffMonth = month;
            } else {
                monthsOwed[i] = month;
            }
        }
        std::erase_if(order, [&balance](int i) { return balance[i] == 0; });
        if constexpr (Record) {
            plan->totalBalanceMinor.append(owedNow);
            plan->totalInterestMinor += interestThisMonth;
            plan->totalPaidMinor += paid;
        }

        if (owedNow == 0) {
            if constexpr (Record)
                plan->ends = true;
            return month;
        }
        if (owedNow >= owed) {
            if constexpr (Record) {
                plan->reason
                    = Strings::tr("In month %1 (%2) the payments do not cover the interest: %3 was owed before it and %4 "
                                  "after it, so this plan never ends.")
                          .arg(month)
                          .arg(plan->monthDate(month).toString(), amountText(owed, input.currency),
                              amountText(owedNow, input.currency));
            }
            return month;
        }
        if (month == DebtOptimiser::maxMonths) {
            if constexpr (Record) {
                plan->reason
                    = Strings::tr("The debts are not paid off within %1 months (100 years), so this plan is taken as never "
                                  "ending.")
                          .arg(DebtOptimiser::maxMonths);
            }
            return month;
        }
        owed = owedNow;
    }
}

PayoffPlan run(const PayoffInput &input, const Prepared &prepared, Strategy strategy)
{
    const int count = int(input.debts.size());
    std::vector<int> monthsOwed(count, 0);
    const int months = simulate<false>(input, prepared, strategy, monthsOwed, nullptr);

    PayoffPlan plan;
    plan.strategy = strategy;
    plan.currency = input.currency;
    plan.start = input.start;
    plan.months = months;
    plan.debts.resize(count);
    plan.scheduleStart.resize(count + 1);
    qsizetype cells = 0;
    for (int i = 0; i < count; ++i) {
        DebtOutcome &outcome = plan.debts[i];
        outcome.name = input.debts.at(i).name;
        outcome.openingBalanceMinor = prepared.balance[i];
        outcome.ratePpm = prepared.rate[i];
        if (outcome.openingBalanceMinor == 0)
            outcome.payoffMonth = 0;
        plan.scheduleStart[i] = cells;
        cells += monthsOwed[i];
    }
    plan.scheduleStart[count] = cells;
    plan.scheduleBalances.resize(cells);
    plan.totalBalanceMinor.reserve(months + 1);
    plan.totalBalanceMinor.append(std::accumulate(prepared.balance.cbegin(), prepared.balance.cend(), qint64(0)));
    simulate<true>(input, prepared, strategy, monthsOwed, &plan);
    return plan;
}

} // namespace

QList<InputProblem> DebtOptimiser::problems(const PayoffInput &input)
{
    using Field = InputProblem::Field;
    QList<InputProblem> found;
    const auto add = [&found](Field field, int index, const QString &message) {
        found.append(InputProblem {field, index, message});
    };
    const QString &currency = input.currency;

    if (!Money::isKnownCurrency(currency))
        add(Field::Currency, -1, Strings::tr("The currency \"%1\" is not supported.").arg(currency));
    if (input.start.month < 1 || input.start.month > 12 || input.start.year < YearMonth::minYear
        || input.start.year > YearMonth::maxYear)
        add(Field::Start, -1,
            Strings::tr("The start month %1 is not a month between %2 and %3.")
                .arg(input.start.toString())
                .arg(YearMonth::minYear)
                .arg(YearMonth::maxYear));
    if (input.debts.isEmpty())
        add(Field::Debts, -1, Strings::tr("Add at least one debt."));
    if (input.debts.size() > maxDebts)
        add(Field::Debts, -1, Strings::tr("A plan holds at most %1 debts.").arg(maxDebts));

    QSet<QString> names;
    qint64 owed = 0;
    qint64 minimums = 0;
    bool debtsValid = true;
    for (int i = 0; i < int(input.debts.size()); ++i) {
        const Debt &debt = input.debts.at(i);
        const QString label = debtLabel(debt, i);
        const QString folded = debt.name.trimmed().toCaseFolded();
        const qsizetype before = found.size();
        if (folded.isEmpty())
            add(Field::Name, i, Strings::tr("Debt %1 has no name.").arg(i + 1));
        else if (names.contains(folded))
            add(Field::Name, i, Strings::tr("Two debts are called \"%1\"; give each its own name.").arg(debt.name.trimmed()));
        names.insert(folded);
        if (debt.balanceMinor < 0)
            add(Field::Balance, i, Strings::tr("The balance of %1 cannot be negative.").arg(label));
        else if (debt.balanceMinor > Money::maxMinor)
            add(Field::Balance, i, Strings::tr("The balance of %1 is too large.").arg(label));
        if (debt.ratePpm < 0)
            add(Field::Rate, i, Strings::tr("The rate of %1 cannot be negative.").arg(label));
        else if (debt.ratePpm > Debt::maxRatePpm)
            add(Field::Rate, i,
                Strings::tr("The rate of %1 is %2 % a year, which is not believable; write 19.99 for 19.99 %.")
                    .arg(label, Debt::rateText(debt.ratePpm)));
        if (debt.minimumMinor < 0)
            add(Field::Minimum, i, Strings::tr("The minimum payment of %1 cannot be negative.").arg(label));
        else if (debt.minimumMinor > Money::maxMinor)
            add(Field::Minimum, i, Strings::tr("The minimum payment of %1 is too large.").arg(label));
        else if (debt.minimumMinor == 0 && debt.balanceMinor > 0)
            add(Field::Minimum, i, Strings::tr("%1 has a balance, so its minimum payment must be more than zero.").arg(label));
        if (found.size() != before) {
            debtsValid = false;
        } else if (debt.balanceMinor > 0) {
            owed += debt.balanceMinor;
            minimums += debt.minimumMinor; // at most maxDebts x maxMinor: no overflow
        }
        if (owed > Money::maxMinor) {
            add(Field::Debts, -1, Strings::tr("The balances add up to more than %1.").arg(amountText(Money::maxMinor, currency)));
            debtsValid = false;
            break;
        }
    }
    if (debtsValid && !input.debts.isEmpty() && owed == 0)
        add(Field::Debts, -1, Strings::tr("Every balance is zero: there is nothing to pay off."));

    if (input.budgetMinor < 0)
        add(Field::Budget, -1, Strings::tr("The monthly budget cannot be negative."));
    else if (input.budgetMinor > Money::maxMinor)
        add(Field::Budget, -1, Strings::tr("The monthly budget is too large."));
    else if (debtsValid && input.budgetMinor < minimums)
        add(Field::Budget, -1,
            Strings::tr("The monthly budget of %1 is less than the minimum payments, which add up to %2.")
                .arg(amountText(input.budgetMinor, currency), amountText(minimums, currency)));

    qint64 extras = 0;
    for (int i = 0; i < int(input.extras.size()); ++i) {
        const ExtraPayment &extra = input.extras.at(i);
        if (extra.month < 1 || extra.month > maxMonths)
            add(Field::ExtraMonth, i,
                Strings::tr("Extra payment %1 is set for month %2; months run from 1 to %3.")
                    .arg(i + 1)
                    .arg(extra.month)
                    .arg(maxMonths));
        if (extra.amountMinor <= 0)
            add(Field::ExtraAmount, i, Strings::tr("The extra payment in month %1 must be more than zero.").arg(extra.month));
        else if (extra.amountMinor > Money::maxMinor - extras)
            add(Field::ExtraAmount, i,
                Strings::tr("The extra payments add up to more than %1.").arg(amountText(Money::maxMinor, currency)));
        else
            extras += extra.amountMinor;
    }
    return found;
}

Result<void> DebtOptimiser::validate(const PayoffInput &input)
{
    const QList<InputProblem> found = problems(input);
    if (found.isEmpty())
        return {};
    return makeError(Error::Kind::Validation, found.constFirst().message,
        QStringLiteral("debt optimiser input: %1 problem(s)").arg(found.size()));
}

Result<PayoffPlan> DebtOptimiser::plan(const PayoffInput &input, Strategy strategy)
{
    if (auto valid = validate(input); !valid)
        return valid.error();
    return run(input, prepare(input), strategy);
}

Result<DebtOptimiser::Comparison> DebtOptimiser::compare(const PayoffInput &input, const QList<Strategy> &strategies)
{
    if (auto valid = validate(input); !valid)
        return valid.error();
    const Prepared prepared = prepare(input);
    PayoffPlan baseline = run(input, prepared, Strategy::MinimumOnly);
    Comparison comparison;
    comparison.minimumOnlyEnds = baseline.ends;
    comparison.minimumOnlyReason = baseline.reason;
    const qint64 baselineInterest = baseline.totalInterestMinor;
    const int baselineMonths = baseline.months;
    comparison.plans.reserve(strategies.size());
    for (Strategy strategy : strategies)
        comparison.plans.append(strategy == Strategy::MinimumOnly ? baseline : run(input, prepared, strategy));
    for (PayoffPlan &plan : comparison.plans) {
        if (plan.ends && comparison.minimumOnlyEnds) {
            plan.interestSavedMinor = baselineInterest - plan.totalInterestMinor;
            plan.monthsSaved = baselineMonths - plan.months;
        }
    }
    return comparison;
}

} // namespace Ledgerdesk
