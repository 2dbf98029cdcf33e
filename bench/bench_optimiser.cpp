// Times DebtOptimiser::compare() over 50 debts and all four strategies, tuned so that the avalanche plan
// takes about 360 months (DESIGN section 11: under 5 ms). Beside it, in the same run and alternating
// with it, it times a baseline: the same month-by-month arithmetic for the same four strategies in a
// plain loop over arrays that keeps only the months and the total interest, with no validation, no
// schedule, no per-debt outcomes and no balance series. The ratio is what that bookkeeping costs on
// top of the arithmetic itself. Both must agree on every plan's months and interest, or the benchmark
// stops. Prints one JSON object. Single-threaded.

#include "core/money.h"
#include "optimiser/debtoptimiser.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <vector>

namespace Ledgerdesk::Bench {

namespace {

constexpr int debtCount = 50;
constexpr int targetMonths = 360;

[[noreturn]] void die(const QString &message)
{
    std::fprintf(stderr, "bench_optimiser: %s\n", qPrintable(message));
    std::exit(1);
}

// Months that minimum payments alone take to pay one debt off (maxMonths + 1 when they never do).
int monthsAlone(qint64 balance, qint64 ratePpm, qint64 minimum)
{
    for (int month = 1; month <= DebtOptimiser::maxMonths; ++month) {
        const qint64 before = balance;
        balance += Debt::monthlyInterest(balance, ratePpm);
        balance -= std::min(balance, minimum);
        if (balance == 0)
            return month;
        if (balance >= before)
            break;
    }
    return DebtOptimiser::maxMonths + 1;
}

// 50 debts from 2,000.00 to 59,820.00 at 2 % to 29.93 %, no two alike, each with the smallest minimum that
// pays it off alone in its term of 300 to 595 months. Names sort as the debts are listed, so the
// baseline may break ties by position.
PayoffInput makeInput()
{
    PayoffInput input;
    input.currency = QStringLiteral("USD");
    input.start = YearMonth {2027, 1};
    for (int i = 0; i < debtCount; ++i) {
        Debt debt;
        debt.name = QStringLiteral("Debt %1").arg(i + 1, 2, 10, QLatin1Char('0'));
        debt.balanceMinor = 200'000 + qint64((i * 7919) % debtCount) * 118'000;
        debt.ratePpm = 20'000 + qint64((i * 31) % debtCount) * 5'700;
        const int term = 300 + (i * 13) % debtCount * 6;
        qint64 low = 1;
        qint64 high = debt.balanceMinor;
        while (low < high) {
            const qint64 middle = (low + high) / 2;
            if (monthsAlone(debt.balanceMinor, debt.ratePpm, middle) <= term)
                high = middle;
            else
                low = middle + 1;
        }
        debt.minimumMinor = low;
        input.debts.append(debt);
        input.budgetMinor += debt.minimumMinor;
    }
    return input;
}

int avalancheMonths(const PayoffInput &input)
{
    auto plan = DebtOptimiser::plan(input, Strategy::Avalanche);
    if (!plan)
        die(plan.error().message);
    return plan->months;
}

// The largest whole-dollar budget for which the avalanche plan still takes targetMonths or more.
void tuneBudget(PayoffInput &input)
{
    qint64 low = input.budgetMinor;
    qint64 high = low + 10'000'000;
    while (high - low > 100) {
        const qint64 middle = (low + high) / 2 / 100 * 100;
        input.budgetMinor = middle;
        if (avalancheMonths(input) >= targetMonths)
            low = middle;
        else
            high = middle;
    }
    input.budgetMinor = low;
}

struct PlainOutcome
{
    int months = 0;
    qint64 interest = 0;
};

// The baseline: DESIGN section 8's arithmetic for one strategy and nothing else.
PlainOutcome plainRun(const PayoffInput &input, const std::vector<qint64> &start, Strategy strategy, std::vector<qint64> &balance,
    std::vector<int> &order)
{
    const int count = int(start.size());
    balance = start;
    order.clear();
    for (int i = 0; i < count; ++i)
        order.push_back(i);
    PlainOutcome outcome;
    qint64 owed = 0;
    for (qint64 value : balance)
        owed += value;
    for (int month = 1; month <= DebtOptimiser::maxMonths; ++month) {
        qint64 paid = 0;
        for (int i : order) {
            const qint64 interest = Debt::monthlyInterest(balance[i], input.debts[i].ratePpm);
            const qint64 payment = std::min(input.debts[i].minimumMinor, balance[i] + interest);
            balance[i] += interest - payment;
            outcome.interest += interest;
            paid += payment;
        }
        if (strategy != Strategy::MinimumOnly) {
            const auto before = [&](int a, int b) {
                const qint64 ra = input.debts[a].ratePpm;
                const qint64 rb = input.debts[b].ratePpm;
                if (strategy == Strategy::Avalanche)
                    return ra != rb ? ra > rb : (balance[a] != balance[b] ? balance[a] < balance[b] : a < b);
                return balance[a] != balance[b] ? balance[a] < balance[b] : (ra != rb ? ra > rb : a < b);
            };
            if (strategy != Strategy::Custom) {
                for (std::size_t i = 1; i < order.size(); ++i) {
                    const int item = order[i];
                    std::size_t j = i;
                    for (; j > 0 && before(item, order[j - 1]); --j)
                        order[j] = order[j - 1];
                    order[j] = item;
                }
            }
            qint64 rest = input.budgetMinor - paid;
            for (int i : order) {
                const qint64 take = std::min(rest, balance[i]);
                balance[i] -= take;
                rest -= take;
            }
        }
        const qint64 owedBefore = owed;
        owed = 0;
        for (int i : order)
            owed += balance[i];
        std::erase_if(order, [&balance](int i) { return balance[i] == 0; });
        outcome.months = month;
        if (owed == 0 || owed >= owedBefore)
            break;
    }
    return outcome;
}

// Nearest-rank percentile of sorted values.
double percentile(const std::vector<double> &sorted, double p)
{
    const std::size_t rank = std::size_t(std::ceil(p * double(sorted.size())));
    return sorted[std::min(sorted.size() - 1, rank == 0 ? 0 : rank - 1)];
}

double rounded(double value)
{
    return std::round(value * 1000.0) / 1000.0;
}

QJsonObject summary(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    return QJsonObject {{QStringLiteral("median"), rounded(percentile(values, 0.50))},
        {QStringLiteral("p99"), rounded(percentile(values, 0.99))}, {QStringLiteral("min"), rounded(values.front())}};
}

int run(const QCoreApplication &app)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Times the debt optimiser on 50 debts and all strategies."));
    parser.addHelpOption();
    parser.addOption({QStringLiteral("runs"), QStringLiteral("Timed runs of each (default 1000)."), QStringLiteral("N")});
    parser.process(app);
    const int runs = parser.isSet(QStringLiteral("runs")) ? parser.value(QStringLiteral("runs")).toInt() : 1000;
    if (runs < 10)
        die(QStringLiteral("--runs needs at least 10"));

    PayoffInput input = makeInput();
    tuneBudget(input);
    std::vector<qint64> start;
    for (const Debt &debt : std::as_const(input.debts))
        start.push_back(debt.balanceMinor);
    std::vector<qint64> balance;
    std::vector<int> order;
    balance.reserve(start.size());
    order.reserve(start.size());

    const QList<Strategy> strategies = allStrategies();
    auto reference = DebtOptimiser::compare(input, strategies);
    if (!reference)
        die(reference.error().message);
    QJsonObject months;
    for (const PayoffPlan &plan : std::as_const(reference->plans)) {
        const PlainOutcome plain = plainRun(input, start, plan.strategy, balance, order);
        if (!plan.ends || plain.months != plan.months || plain.interest != plan.totalInterestMinor)
            die(QStringLiteral("the baseline and the optimiser disagree on %1").arg(strategyKey(plan.strategy)));
        months.insert(strategyKey(plan.strategy), plan.months);
    }

    std::vector<double> optimiserMs;
    std::vector<double> baselineMs;
    optimiserMs.reserve(std::size_t(runs));
    baselineMs.reserve(std::size_t(runs));
    qint64 sink = 0;
    QElapsedTimer timer;
    for (int i = -runs / 10; i < runs; ++i) {
        timer.start();
        auto comparison = DebtOptimiser::compare(input, strategies);
        const double optimiserElapsed = double(timer.nsecsElapsed()) / 1e6;
        sink += comparison->plans.constFirst().totalInterestMinor;

        timer.start();
        for (Strategy strategy : strategies)
            sink += plainRun(input, start, strategy, balance, order).interest;
        const double baselineElapsed = double(timer.nsecsElapsed()) / 1e6;
        if (i >= 0) {
            optimiserMs.push_back(optimiserElapsed);
            baselineMs.push_back(baselineElapsed);
        }
    }

    const QJsonObject optimiser = summary(optimiserMs);
    const QJsonObject baseline = summary(baselineMs);
    const double median = optimiser.value(QStringLiteral("median")).toDouble();
    const QJsonObject report {
        {QStringLiteral("benchmark"), QStringLiteral("optimiser")},
        {QStringLiteral("debts"), debtCount},
        {QStringLiteral("budget"), Money(input.budgetMinor, input.currency).toDecimalString()},
        {QStringLiteral("months"), months},
        {QStringLiteral("runs"), runs},
        {QStringLiteral("all_strategies_ms"), optimiser},
        {QStringLiteral("baseline_plain_loop_ms"), baseline},
        {QStringLiteral("ratio_median"), rounded(median / baseline.value(QStringLiteral("median")).toDouble())},
        {QStringLiteral("target"), QJsonObject {{QStringLiteral("all_strategies_ms_below"), 5}}},
        {QStringLiteral("meets_target"), optimiser.value(QStringLiteral("p99")).toDouble() < 5.0},
        {QStringLiteral("checksum"), QString::number(sink)},
    };
    const QByteArray json = QJsonDocument(report).toJson(QJsonDocument::Indented);
    std::fwrite(json.constData(), 1, std::size_t(json.size()), stdout);
    return 0;
}

} // namespace

} // namespace Ledgerdesk::Bench

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("bench_optimiser"));
    return Ledgerdesk::Bench::run(app);
}
