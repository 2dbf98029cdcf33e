#include "core/money.h"
#include "optimiser/debtoptimiser.h"
#include "optimiser/debtsfile.h"
#include "optimiser/payoffschedulemodel.h"
#include "support/backendtest.h"

#include <QAbstractItemModelTester>
#include <QRandomGenerator>
#include <QTest>

#include <algorithm>
#include <vector>

using namespace Ledgerdesk;

Q_DECLARE_METATYPE(Ledgerdesk::PayoffInput)
Q_DECLARE_METATYPE(Ledgerdesk::Strategy)
Q_DECLARE_METATYPE(Ledgerdesk::InputProblem::Field)

namespace {

qint64 usd(const char *text)
{
    return Money::parse(QString::fromLatin1(text), QStringLiteral("USD")).value().minor();
}

Debt debt(const char *name, const char *balance, const char *rate, const char *minimum)
{
    return Debt {QString::fromUtf8(name), usd(balance), Debt::parseRate(QString::fromLatin1(rate)).value(), usd(minimum)};
}

PayoffInput input(QList<Debt> debts, const char *budget, QList<ExtraPayment> extras = {})
{
    return PayoffInput {QStringLiteral("USD"), YearMonth {2027, 1}, std::move(debts), usd(budget), std::move(extras)};
}

// The same rules written as plainly as possible, to check DebtOptimiser against: a fresh sort of the
// unpaid debts every month comparing names directly, interest rounded as floor((2 x b x r + D) / 2D),
// and extras looked up by scanning the whole list.
struct ReferenceOutcome
{
    bool ends = false;
    int months = 0;
    qint64 interest = 0;
    qint64 paid = 0;
    QList<int> payoffMonths; // -1 until paid off
};

ReferenceOutcome referencePlan(const PayoffInput &in, Strategy strategy)
{
    const int count = int(in.debts.size());
    std::vector<qint64> balance;
    for (const Debt &d : in.debts)
        balance.push_back(d.balanceMinor);
    ReferenceOutcome outcome;
    for (qint64 b : balance)
        outcome.payoffMonths.append(b == 0 ? 0 : -1);
    qint64 owed = 0;
    for (qint64 b : balance)
        owed += b;
    for (int month = 1; month <= DebtOptimiser::maxMonths; ++month) {
        const qint64 before = owed;
        qint64 paid = 0;
        for (int i = 0; i < count; ++i) {
            if (balance[i] == 0)
                continue;
            const __int128 twice = __int128(2) * balance[i] * in.debts[i].ratePpm;
            const qint64 interest = qint64((twice + 12'000'000) / 24'000'000);
            balance[i] += interest;
            outcome.interest += interest;
            const qint64 payment = std::min(in.debts[i].minimumMinor, balance[i]);
            balance[i] -= payment;
            paid += payment;
        }
        outcome.paid += paid;
        if (strategy != Strategy::MinimumOnly) {
            qint64 rest = in.budgetMinor - paid;
            for (const ExtraPayment &extra : in.extras) {
                if (extra.month == month)
                    rest += extra.amountMinor;
            }
            std::vector<int> unpaid;
            for (int i = 0; i < count; ++i) {
                if (balance[i] > 0)
                    unpaid.push_back(i);
            }
            const auto nameBefore
                = [&in](int a, int b) { return QString::compare(in.debts[a].name, in.debts[b].name, Qt::CaseInsensitive) < 0; };
            if (strategy == Strategy::Avalanche) {
                std::sort(unpaid.begin(), unpaid.end(), [&](int a, int b) {
                    const qint64 ra = in.debts[a].ratePpm, rb = in.debts[b].ratePpm;
                    return ra > rb || (ra == rb && (balance[a] < balance[b] || (balance[a] == balance[b] && nameBefore(a, b))));
                });
            } else if (strategy == Strategy::Snowball) {
                std::sort(unpaid.begin(), unpaid.end(), [&](int a, int b) {
                    const qint64 ra = in.debts[a].ratePpm, rb = in.debts[b].ratePpm;
                    return balance[a] < balance[b] || (balance[a] == balance[b] && (ra > rb || (ra == rb && nameBefore(a, b))));
                });
            }
            for (int i : unpaid) {
                const qint64 take = std::min(rest, balance[i]);
                balance[i] -= take;
                rest -= take;
                outcome.paid += take;
            }
        }
        owed = 0;
        for (int i = 0; i < count; ++i) {
            owed += balance[i];
            if (balance[i] == 0 && outcome.payoffMonths[i] < 0)
                outcome.payoffMonths[i] = month;
        }
        outcome.months = month;
        if (owed == 0) {
            outcome.ends = true;
            return outcome;
        }
        if (owed >= before)
            return outcome;
    }
    return outcome;
}

// A random but valid input: up to eight debts whose balances and rates often tie (some are twins but
// for the name), minimums that now and then do not cover the interest, a budget at or above the
// minimums, and a few one-off extras.
PayoffInput randomInput(QRandomGenerator &random)
{
    static const qint64 commonRates[] = {0, 49900, 99900, 120000, 199900, 249900};
    static const qint64 commonBalances[] = {50000, 100000, 250000, 1000000};
    PayoffInput in;
    in.currency = QStringLiteral("USD");
    in.start = YearMonth {2027, int(random.bounded(1, 13))};
    const int count = int(random.bounded(1, 9));
    qint64 minimums = 0;
    for (int i = 0; i < count; ++i) {
        Debt d;
        d.name = QStringLiteral("Debt %1").arg(QChar(u'A' + random.bounded(0, 26))) + QString::number(i);
        d.balanceMinor
            = random.bounded(4) == 0 ? commonBalances[random.bounded(4)] : random.bounded(qint64(0), qint64(3'000'000));
        d.ratePpm = random.bounded(2) == 0 ? commonRates[random.bounded(6)] : random.bounded(qint64(0), qint64(400'000));
        const qint64 interest = Debt::monthlyInterest(d.balanceMinor, d.ratePpm);
        d.minimumMinor = random.bounded(10) == 0 ? qMax<qint64>(1, interest - random.bounded(qint64(0), qint64(500)))
                                                 : interest + 100 + random.bounded(qint64(0), qint64(20'000));
        if (i > 0 && random.bounded(4) == 0) {
            const Debt &twin = in.debts.at(int(random.bounded(i)));
            d.balanceMinor = twin.balanceMinor;
            d.ratePpm = twin.ratePpm;
            d.minimumMinor = twin.minimumMinor;
        }
        if (d.balanceMinor > 0)
            minimums += d.minimumMinor;
        in.debts.append(d);
    }
    if (std::all_of(in.debts.cbegin(), in.debts.cend(), [](const Debt &d) { return d.balanceMinor == 0; }))
        in.debts.first().balanceMinor = 12345;
    in.budgetMinor = minimums + (random.bounded(5) == 0 ? 0 : random.bounded(qint64(0), qint64(300'000)));
    const int extras = int(random.bounded(0, 4));
    for (int i = 0; i < extras; ++i)
        in.extras.append(ExtraPayment {int(random.bounded(1, 40)), random.bounded(qint64(1), qint64(500'000))});
    return in;
}

} // namespace

// The debt optimiser against hand-computed plans, a second plain implementation on random inputs,
// the input checks and the JSON file format.
class TestDebtOptimiser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void monthlyInterest_roundsHalfAMinorUnitUp_data();
    void monthlyInterest_roundsHalfAMinorUnitUp();
    void plan_handComputedCases_matchToTheCent_data();
    void plan_handComputedCases_matchToTheCent();
    void schedule_recordsEveryMonthOfEveryDebt();
    void budgetBelowMinimums_isRefusedNamingBothAmounts();
    void invalidInput_isRefusedNamingTheDebtAndTheField_data();
    void invalidInput_isRefusedNamingTheDebtAndTheField();
    void paymentNotAboveTheInterest_neverEnds_andStopsAtOnce_data();
    void paymentNotAboveTheInterest_neverEnds_andStopsAtOnce();
    void planLongerThan1200Months_isReportedAsNeverEnding();
    void compare_interestAndMonthsSaved_arePositiveAgainstMinimumOnly();
    void compare_minimumOnlyNeverEnding_givesNoSavedFigures();
    void compare_givesTheStrategiesAskedForInThatOrder();
    void randomInputs_matchAPlainSecondImplementation();
    void strategyKeys_roundTrip_andAcceptMinimumOnly();
    void parseRate_readsPercentagesExactly_data();
    void parseRate_readsPercentagesExactly();
    void parseRate_refusesWhatIsNotARate_data();
    void parseRate_refusesWhatIsNotARate();
    void yearMonth_parsesAndCountsMonths();
    void debtsFile_wellFormed_isRead();
    void debtsFile_malformed_isRefusedNamingTheDebtAndTheField_data();
    void debtsFile_malformed_isRefusedNamingTheDebtAndTheField();
    void scheduleModel_showsOneRowPerDebtOwedEachMonth();
};

void TestDebtOptimiser::monthlyInterest_roundsHalfAMinorUnitUp_data()
{
    QTest::addColumn<qint64>("balance");
    QTest::addColumn<qint64>("ratePpm");
    QTest::addColumn<qint64>("interest");

    // 12 % a year is 1 % a month.
    QTest::newRow("exactly half a cent rounds up") << qint64(50) << qint64(120000) << qint64(1);
    QTest::newRow("just under half a cent rounds down") << qint64(49) << qint64(120000) << qint64(0);
    QTest::newRow("one and a half cents round up") << qint64(150) << qint64(120000) << qint64(2);
    QTest::newRow("a whole number stays") << qint64(10000) << qint64(720000) << qint64(600);
    QTest::newRow("a zero rate gives nothing") << qint64(123456) << qint64(0) << qint64(0);
    // 1,000.00 at 19.99 %: 100000 x 199900 / 12,000,000 = 1665.83 -> 1666.
    QTest::newRow("a card at 19.99 %") << qint64(100000) << qint64(199900) << qint64(1666);
    // 10^15 x 199900 overflows 64 bits: 1.999e20 / 1.2e7 = 16,658,333,333,333.3.
    QTest::newRow("the largest balance needs 128 bits") << Money::maxMinor << qint64(199900) << qint64(16'658'333'333'333);
}

void TestDebtOptimiser::monthlyInterest_roundsHalfAMinorUnitUp()
{
    QFETCH(qint64, balance);
    QFETCH(qint64, ratePpm);
    QFETCH(qint64, interest);

    QCOMPARE(Debt::monthlyInterest(balance, ratePpm), interest);
}

void TestDebtOptimiser::plan_handComputedCases_matchToTheCent_data()
{
    QTest::addColumn<PayoffInput>("in");
    QTest::addColumn<Strategy>("strategy");
    QTest::addColumn<int>("months");
    QTest::addColumn<qint64>("totalInterest");
    QTest::addColumn<qint64>("totalPaid");
    QTest::addColumn<QList<int>>("payoffMonths");
    QTest::addColumn<QList<qint64>>("firstMonthPayments");

    // 1,000.00 at 12 % (1 % a month), minimum 25.00, budget 500.00:
    //   month 1: interest 100000 x 120000 / 12e6 = 1000 (10.00) -> 1,010.00; minimum 25.00 -> 985.00;
    //            the other 475.00 -> 510.00
    //   month 2: interest 51000 x 0.01 = 510 (5.10) -> 515.10; 25.00 -> 490.10; 475.00 -> 15.10
    //   month 3: interest 1510 x 0.01 = 15.1 -> 15 (0.15) -> 15.25; the minimum, capped, pays it all.
    //   Interest 10.00 + 5.10 + 0.15 = 15.25; paid 1,015.25.
    QTest::newRow("one debt with interest") << input({debt("Card", "1000.00", "12", "25.00")}, "500.00") << Strategy::Avalanche
                                            << 3 << usd("15.25") << usd("1015.25") << QList<int> {3}
                                            << QList<qint64> {usd("500.00")};

    // 100.00 at 18 % (1.5 % a month), minimum 30.00, minimum payments alone:
    //   month 1: 10000 x 0.015 = 150 (1.50) -> 101.50 - 30.00 = 71.50
    //   month 2: 7150 x 0.015 = 107.25 -> 107 (1.07) -> 72.57 - 30.00 = 42.57
    //   month 3: 4257 x 0.015 = 63.855 -> 64 (0.64) -> 43.21 - 30.00 = 13.21
    //   month 4: 1321 x 0.015 = 19.815 -> 20 (0.20) -> 13.41, paid in full.
    //   Interest 1.50 + 1.07 + 0.64 + 0.20 = 3.41; paid 103.41.
    QTest::newRow("minimum only, rounding every month")
        << input({debt("Store card", "100.00", "18", "30.00")}, "30.00") << Strategy::MinimumOnly << 4 << usd("3.41")
        << usd("103.41") << QList<int> {4} << QList<qint64> {usd("30.00")};

    // A 100.00 and B 500.00, both 0 %, minimums 10.00 and 20.00, budget 200.00. Avalanche: the rates tie,
    // so the smaller balance first.
    //   month 1: minimums -> A 90.00, B 480.00; the other 170.00: A takes 90.00 (paid off in month 1),
    //            and the 80.00 left over goes on to B in the same month -> 400.00
    //   month 2: B 20.00 + 180.00 -> 200.00;  month 3: B 20.00 + 180.00 -> 0.
    QTest::newRow("a debt paid off mid-month passes the rest on")
        << input({debt("A", "100.00", "0", "10.00"), debt("B", "500.00", "0", "20.00")}, "200.00") << Strategy::Avalanche << 3
        << qint64(0) << usd("600.00") << QList<int> {1, 3} << QList<qint64> {usd("100.00"), usd("100.00")};

    // Cedar 400.00, Birch 300.00, Aspen 300.00, all 0 %, minimums 10.00, budget 380.00 (350.00 beyond the
    // minimums). The rates tie, Birch and Aspen tie on 290.00 after the minimums: the name decides, Aspen.
    //   month 1: Aspen 290.00 (paid off), Birch the 60.00 left -> 230.00, Cedar 390.00
    //   month 2: minimums -> Birch 220.00, Cedar 380.00; 360.00: Birch 220.00 (paid off), Cedar 140.00 -> 240.00
    //   month 3: Cedar 10.00 -> 230.00, paid off with the rest.
    QTest::newRow("avalanche tie on rate: smaller balance, then name")
        << input({debt("Cedar", "400.00", "0", "10.00"), debt("Birch", "300.00", "0", "10.00"),
                     debt("Aspen", "300.00", "0", "10.00")},
               "380.00")
        << Strategy::Avalanche << 3 << qint64(0) << usd("1000.00") << QList<int> {3, 2, 1}
        << QList<qint64> {usd("10.00"), usd("70.00"), usd("300.00")};

    // Elm 200.00 and Fir 200.00 at 0 %, Oak 198.00 at 12.12 %, minimums 10.00, budget 280.00.
    //   month 1: Oak's interest 19800 x 121200 / 12e6 = 199.98 -> 200 (2.00) -> 200.00. After the minimums all
    //            three owe 190.00: Oak has the higher rate and goes first (paid off); Elm and Fir tie on rate
    //            too, so Elm (by name) takes the 60.00 left -> 130.00.
    //   month 2: Elm 120.00, Fir 180.00; 260.00: Elm 120.00 (paid off), Fir 140.00 -> 40.00
    //   month 3: Fir 40.00. Interest 2.00; paid 600.00.
    QTest::newRow("snowball tie on balance: higher rate, then name") << input(
        {debt("Elm", "200.00", "0", "10.00"), debt("Fir", "200.00", "0", "10.00"), debt("Oak", "198.00", "12.12", "10.00")},
        "280.00") << Strategy::Snowball << 3 << usd("2.00") << usd("600.00")
                                                                     << QList<int> {2, 3, 1}
                                                                     << QList<qint64> {usd("70.00"), usd("10.00"), usd("200.00")};

    // Second 100.00 then First 50.00, 0 %, minimums 10.00, budget 80.00. In the custom order Second,
    // listed first, gets the rest although it is the larger:
    //   month 1: Second 10.00 + 60.00 -> 30.00, First 10.00 -> 40.00
    //   month 2: Second 10.00 + 20.00 (paid off), the 40.00 left -> First, paid off.
    const PayoffInput customOrder
        = input({debt("Second", "100.00", "0", "10.00"), debt("First", "50.00", "0", "10.00")}, "80.00");
    QTest::newRow("custom order as given") << customOrder << Strategy::Custom << 2 << qint64(0) << usd("150.00")
                                           << QList<int> {2, 2} << QList<qint64> {usd("70.00"), usd("10.00")};
    QTest::newRow("snowball on the same debts") << customOrder << Strategy::Snowball << 2 << qint64(0) << usd("150.00")
                                                << QList<int> {2, 1} << QList<qint64> {usd("30.00"), usd("50.00")};

    // 1,000.00 at 0 %, minimum and budget 100.00, 500.00 extra in month 3:
    //   900.00, 800.00, then 100.00 + 500.00 -> 200.00, 100.00, 0: five months instead of ten.
    const QList<Debt> loan {debt("Loan", "1000.00", "0", "100.00")};
    QTest::newRow("a one-off extra") << input(loan, "100.00", {{3, usd("500.00")}}) << Strategy::Avalanche << 5 << qint64(0)
                                     << usd("1000.00") << QList<int> {5} << QList<qint64> {usd("100.00")};
    QTest::newRow("extras in one month add up")
        << input(loan, "100.00", {{3, usd("300.00")}, {3, usd("200.00")}}) << Strategy::Snowball << 5 << qint64(0)
        << usd("1000.00") << QList<int> {5} << QList<qint64> {usd("100.00")};

    // Loan 1,200.00 minimum 100.00 and Card 600.00 minimum 50.00, 0 %, budget 300.00, 1,000.00 extra in month 1.
    // Minimum only pays 100.00 and 50.00 and nothing else, twelve months each.
    const PayoffInput twoLoans = input({debt("Loan", "1200.00", "0", "100.00"), debt("Card", "600.00", "0", "50.00")}, "300.00");
    PayoffInput twoLoansWithExtra = twoLoans;
    twoLoansWithExtra.extras = {{1, usd("1000.00")}};
    QTest::newRow("minimum only ignores the budget and the extras")
        << twoLoansWithExtra << Strategy::MinimumOnly << 12 << qint64(0) << usd("1800.00") << QList<int> {12, 12}
        << QList<qint64> {usd("100.00"), usd("50.00")};
    // Avalanche (rates tie: the smaller Card first): Card 550.00 - 150.00, 350.00 - 150.00, 150.00 paid off in
    // month 3 while Loan goes 1,100.00, 1,000.00, 900.00; then Loan takes all 300.00: 600.00, 300.00, 0.
    QTest::newRow("avalanche on the same loans") << twoLoans << Strategy::Avalanche << 6 << qint64(0) << usd("1800.00")
                                                 << QList<int> {6, 3} << QList<qint64> {usd("100.00"), usd("200.00")};

    QTest::newRow("a debt with nothing owed is paid off from the start")
        << input({debt("Closed", "0", "9.99", "0"), debt("Open", "50.00", "0", "25.00")}, "25.00") << Strategy::Avalanche << 2
        << qint64(0) << usd("50.00") << QList<int> {0, 2} << QList<qint64> {0, usd("25.00")};
}

void TestDebtOptimiser::plan_handComputedCases_matchToTheCent()
{
    QFETCH(PayoffInput, in);
    QFETCH(Strategy, strategy);
    QFETCH(int, months);
    QFETCH(qint64, totalInterest);
    QFETCH(qint64, totalPaid);
    QFETCH(QList<int>, payoffMonths);
    QFETCH(QList<qint64>, firstMonthPayments);

    const auto plan = DebtOptimiser::plan(in, strategy);
    LD_VERIFY_OK(plan);
    QVERIFY2(plan->ends, qPrintable(plan->reason));
    QCOMPARE(plan->strategy, strategy);
    QCOMPARE(plan->months, months);
    QCOMPARE(plan->debtFree(), in.start.plusMonths(months - 1));
    QCOMPARE(plan->totalInterestMinor, totalInterest);
    QCOMPARE(plan->totalPaidMinor, totalPaid);
    QList<int> payoffs;
    QList<qint64> firstPayments;
    for (int i = 0; i < plan->debtCount(); ++i) {
        payoffs << plan->debts.at(i).payoffMonth;
        firstPayments << plan->cell(1, i).paymentMinor;
    }
    QCOMPARE(payoffs, payoffMonths);
    QCOMPARE(firstPayments, firstMonthPayments);
    QVERIFY(!plan->interestSavedMinor.has_value());
}

void TestDebtOptimiser::schedule_recordsEveryMonthOfEveryDebt()
{
    const PayoffInput in = input({debt("Visa", "2500.00", "19.99", "50.00"), debt("Car", "8000.00", "6.5", "180.00"),
                                     debt("Store", "600.00", "24.99", "25.00")},
        "600.00", {{4, usd("1000.00")}});
    for (Strategy strategy : allStrategies()) {
        const auto plan = DebtOptimiser::plan(in, strategy);
        LD_VERIFY_OK(plan);
        QVERIFY(plan->ends);
        qsizetype owedMonths = 0;
        for (int d = 0; d < 3; ++d) {
            QCOMPARE(plan->monthsOwed(d), plan->debts.at(d).payoffMonth);
            owedMonths += plan->monthsOwed(d);
        }
        QCOMPARE(plan->scheduleBalances.size(), owedMonths);
        QCOMPARE(std::max({plan->monthsOwed(0), plan->monthsOwed(1), plan->monthsOwed(2)}), plan->months);
        QCOMPARE(plan->totalBalanceMinor.size(), qsizetype(plan->months) + 1);
        QCOMPARE(plan->totalBalanceMinor.constFirst(), usd("11100.00"));
        QCOMPARE(plan->totalBalanceMinor.constLast(), qint64(0));
        QCOMPARE(plan->debtFree(), in.start.plusMonths(plan->months - 1));
        qint64 paid = 0;
        qint64 interest = 0;
        for (int d = 0; d < 3; ++d) {
            qint64 balance = in.debts.at(d).balanceMinor;
            qint64 debtInterest = 0;
            for (int month = 1; month <= plan->months; ++month) {
                const ScheduleCell cell = plan->cell(month, d);
                QCOMPARE(cell.balanceMinor, balance + cell.interestMinor - cell.paymentMinor);
                QCOMPARE(cell.principalMinor(), cell.paymentMinor - cell.interestMinor);
                QVERIFY(cell.balanceMinor >= 0);
                QCOMPARE(cell.interestMinor, Debt::monthlyInterest(balance, in.debts.at(d).ratePpm));
                QVERIFY(cell.paymentMinor >= std::min(in.debts.at(d).minimumMinor, balance + cell.interestMinor));
                if (cell.balanceMinor == 0 && balance > 0)
                    QCOMPARE(plan->debts.at(d).payoffMonth, month);
                balance = cell.balanceMinor;
                debtInterest += cell.interestMinor;
                paid += cell.paymentMinor;
            }
            QCOMPARE(plan->debts.at(d).interestMinor, debtInterest);
            interest += debtInterest;
        }
        for (int month = 1; month <= plan->months; ++month) {
            qint64 owed = 0;
            qint64 spent = 0;
            for (int d = 0; d < 3; ++d) {
                owed += plan->cell(month, d).balanceMinor;
                spent += plan->cell(month, d).paymentMinor;
            }
            QCOMPARE(plan->totalBalanceMinor.at(month), owed);
            // Every strategy but minimum-only spends the whole budget and the extra until the last month.
            if (strategy == Strategy::MinimumOnly)
                QVERIFY(spent <= usd("255.00"));
            else if (month < plan->months)
                QCOMPARE(spent, usd("600.00") + (month == 4 ? usd("1000.00") : 0));
        }
        QCOMPARE(plan->totalPaidMinor, paid);
        QCOMPARE(plan->totalInterestMinor, interest);
        QCOMPARE(paid, usd("11100.00") + interest);
    }
}

void TestDebtOptimiser::budgetBelowMinimums_isRefusedNamingBothAmounts()
{
    const PayoffInput in = input({debt("Visa", "2500.00", "19.99", "50.00"), debt("Car", "8000.00", "6.5", "75.00")}, "100.00");

    const auto plan = DebtOptimiser::plan(in, Strategy::Avalanche);
    LD_VERIFY_ERROR(plan, Error::Kind::Validation);
    QCOMPARE(plan.error().message,
        QStringLiteral("The monthly budget of 100.00 USD is less than the minimum payments, which add up to 125.00 USD."));
    const QList<InputProblem> problems = DebtOptimiser::problems(in);
    QCOMPARE(problems.size(), 1);
    QCOMPARE(problems.first().field, InputProblem::Field::Budget);
    LD_VERIFY_ERROR(DebtOptimiser::compare(in), Error::Kind::Validation);
    LD_VERIFY_ERROR(DebtOptimiser::plan(in, Strategy::MinimumOnly), Error::Kind::Validation);
}

void TestDebtOptimiser::invalidInput_isRefusedNamingTheDebtAndTheField_data()
{
    QTest::addColumn<PayoffInput>("in");
    QTest::addColumn<InputProblem::Field>("field");
    QTest::addColumn<int>("index");
    QTest::addColumn<QString>("message");

    const Debt visa = debt("Visa", "2500.00", "19.99", "50.00");
    const auto with = [&visa](Debt second, QList<ExtraPayment> extras = {}) {
        return input({visa, second}, "500.00", std::move(extras));
    };
    Debt negativeBalance = debt("Car", "100.00", "5", "10.00");
    negativeBalance.balanceMinor = -1;
    Debt negativeRate = debt("Car", "100.00", "5", "10.00");
    negativeRate.ratePpm = -1;
    Debt absurdRate = debt("Car", "100.00", "5", "10.00");
    absurdRate.ratePpm = 1999 * Debt::ratePpmPerPercent;
    Debt negativeMinimum = debt("Car", "0", "5", "0");
    negativeMinimum.minimumMinor = -500;

    QTest::newRow("a debt without a name") << with(debt(" ", "100.00", "5", "10.00")) << InputProblem::Field::Name << 1
                                           << "Debt 2 has no name.";
    QTest::newRow("two debts of one name") << with(debt("visa ", "100.00", "5", "10.00")) << InputProblem::Field::Name << 1
                                           << "Two debts are called \"visa\"; give each its own name.";
    QTest::newRow("a negative balance") << with(negativeBalance) << InputProblem::Field::Balance << 1
                                        << "The balance of \"Car\" cannot be negative.";
    QTest::newRow("a negative rate") << with(negativeRate) << InputProblem::Field::Rate << 1
                                     << "The rate of \"Car\" cannot be negative.";
    QTest::newRow("an absurd rate") << with(absurdRate) << InputProblem::Field::Rate << 1
                                    << "The rate of \"Car\" is 1999 % a year, which is not believable; write 19.99 for 19.99 %.";
    QTest::newRow("no minimum on a balance") << with(debt("Car", "100.00", "5", "0")) << InputProblem::Field::Minimum << 1
                                             << "\"Car\" has a balance, so its minimum payment must be more than zero.";
    QTest::newRow("a negative minimum") << with(negativeMinimum) << InputProblem::Field::Minimum << 1
                                        << "The minimum payment of \"Car\" cannot be negative.";
    QTest::newRow("no debts") << input({}, "500.00") << InputProblem::Field::Debts << -1 << "Add at least one debt.";
    QTest::newRow("nothing owed") << input({debt("Car", "0", "5", "10.00")}, "500.00") << InputProblem::Field::Debts << -1
                                  << "Every balance is zero: there is nothing to pay off.";
    PayoffInput francs = input({visa}, "500.00");
    francs.currency = QStringLiteral("XYZ");
    QTest::newRow("an unknown currency") << francs << InputProblem::Field::Currency << -1
                                         << "The currency \"XYZ\" is not supported.";
    PayoffInput badStart = input({visa}, "500.00");
    badStart.start = YearMonth {2027, 13};
    QTest::newRow("a start month that is not one")
        << badStart << InputProblem::Field::Start << -1 << "The start month 2027-13 is not a month between 1900 and 9000.";
    QTest::newRow("an extra before month 1")
        << with(debt("Car", "100.00", "5", "10.00"), {{0, usd("10.00")}}) << InputProblem::Field::ExtraMonth << 0
        << "Extra payment 1 is set for month 0; months run from 1 to 1200.";
    QTest::newRow("an extra of nothing") << with(debt("Car", "100.00", "5", "10.00"), {{2, 0}})
                                         << InputProblem::Field::ExtraAmount << 0
                                         << "The extra payment in month 2 must be more than zero.";
    PayoffInput negativeBudget = input({visa}, "0");
    negativeBudget.budgetMinor = -100;
    QTest::newRow("a negative budget") << negativeBudget << InputProblem::Field::Budget << -1
                                       << "The monthly budget cannot be negative.";
}

void TestDebtOptimiser::invalidInput_isRefusedNamingTheDebtAndTheField()
{
    QFETCH(PayoffInput, in);
    QFETCH(InputProblem::Field, field);
    QFETCH(int, index);
    QFETCH(QString, message);

    const QList<InputProblem> problems = DebtOptimiser::problems(in);
    QVERIFY(!problems.isEmpty());
    QCOMPARE(problems.first().message, message);
    QCOMPARE(problems.first().field, field);
    QCOMPARE(problems.first().index, index);
    const auto plan = DebtOptimiser::plan(in, Strategy::Avalanche);
    LD_VERIFY_ERROR(plan, Error::Kind::Validation);
    QCOMPARE(plan.error().message, message);
}

void TestDebtOptimiser::paymentNotAboveTheInterest_neverEnds_andStopsAtOnce_data()
{
    QTest::addColumn<PayoffInput>("in");
    QTest::addColumn<QString>("reason");

    // 1,000.00 at 24 % earns 20.00 in month 1 and only 10.00 is paid: 1,010.00 owed after it.
    QTest::newRow("interest above the payment") << input({debt("Payday", "1000.00", "24", "10.00")}, "10.00")
                                                << "In month 1 (2027-01) the payments do not cover the interest: 1000.00 USD was "
                                                   "owed before it and 1010.00 USD after it, so "
                                                   "this plan never ends.";
    // At 12 % the interest is 10.00, exactly the payment: no less is owed after the month.
    QTest::newRow("interest equal to the payment") << input({debt("Payday", "1000.00", "12", "10.00")}, "10.00")
                                                   << "In month 1 (2027-01) the payments do not cover the interest: 1000.00 USD "
                                                      "was owed before it and 1000.00 USD after it, so "
                                                      "this plan never ends.";
}

void TestDebtOptimiser::paymentNotAboveTheInterest_neverEnds_andStopsAtOnce()
{
    QFETCH(PayoffInput, in);
    QFETCH(QString, reason);

    const auto plan = DebtOptimiser::plan(in, Strategy::Avalanche);
    LD_VERIFY_OK(plan);
    QVERIFY(!plan->ends);
    QCOMPARE(plan->months, 1);
    QCOMPARE(plan->debts.first().payoffMonth, -1);
    QCOMPARE(plan->reason, reason);
}

void TestDebtOptimiser::planLongerThan1200Months_isReportedAsNeverEnding()
{
    const auto plan = DebtOptimiser::plan(input({debt("Mortgage", "1000000.00", "0", "1.00")}, "1.00"), Strategy::Snowball);
    LD_VERIFY_OK(plan);
    QVERIFY(!plan->ends);
    QCOMPARE(plan->months, 1200);
    QCOMPARE(plan->monthsOwed(0), 1200);
    QCOMPARE(plan->cell(1200, 0).balanceMinor, usd("998800.00"));
    QCOMPARE(plan->totalBalanceMinor.constLast(), usd("998800.00"));
    QCOMPARE(plan->reason,
        QStringLiteral("The debts are not paid off within 1200 months (100 years), so this plan is taken as never ending."));
}

void TestDebtOptimiser::compare_interestAndMonthsSaved_arePositiveAgainstMinimumOnly()
{
    const PayoffInput in = input(
        {debt("Card", "2000.00", "24", "60.00"), debt("Store", "800.00", "18", "25.00"), debt("Car", "5000.00", "7", "150.00")},
        "400.00");
    const auto comparison = DebtOptimiser::compare(in);
    LD_VERIFY_OK(comparison);
    QVERIFY(comparison->minimumOnlyEnds);
    QCOMPARE(comparison->plans.size(), 4);
    const PayoffPlan &minimum = comparison->plans.at(3);
    QCOMPARE(minimum.strategy, Strategy::MinimumOnly);
    QCOMPARE(minimum.interestSavedMinor, std::optional<qint64>(0));
    QCOMPARE(minimum.monthsSaved, std::optional<int>(0));
    for (int i = 0; i < 3; ++i) {
        const PayoffPlan &plan = comparison->plans.at(i);
        QVERIFY(plan.ends);
        QCOMPARE(plan.interestSavedMinor, std::optional<qint64>(minimum.totalInterestMinor - plan.totalInterestMinor));
        QCOMPARE(plan.monthsSaved, std::optional<int>(minimum.months - plan.months));
        QVERIFY2(*plan.interestSavedMinor > 0, qPrintable(strategyKey(plan.strategy)));
        QVERIFY2(*plan.monthsSaved > 0, qPrintable(strategyKey(plan.strategy)));
    }
    // Avalanche pays the least interest of all.
    QVERIFY(comparison->plans.at(0).totalInterestMinor <= comparison->plans.at(1).totalInterestMinor);
    QVERIFY(comparison->plans.at(0).totalInterestMinor <= comparison->plans.at(2).totalInterestMinor);
}

void TestDebtOptimiser::compare_minimumOnlyNeverEnding_givesNoSavedFigures()
{
    const auto comparison = DebtOptimiser::compare(input({debt("Payday", "1000.00", "24", "10.00")}, "100.00"));
    LD_VERIFY_OK(comparison);
    QVERIFY(!comparison->minimumOnlyEnds);
    QVERIFY(comparison->minimumOnlyReason.contains(QStringLiteral("never ends")));
    const PayoffPlan &avalanche = comparison->plans.at(0);
    QVERIFY(avalanche.ends);
    QVERIFY(!avalanche.interestSavedMinor.has_value());
    QVERIFY(!avalanche.monthsSaved.has_value());
    QVERIFY(!comparison->plans.at(3).ends);
}

void TestDebtOptimiser::compare_givesTheStrategiesAskedForInThatOrder()
{
    const PayoffInput in = input({debt("Card", "2000.00", "24", "60.00"), debt("Store", "800.00", "18", "25.00")}, "300.00");
    const auto comparison = DebtOptimiser::compare(in, {Strategy::Snowball});
    LD_VERIFY_OK(comparison);
    QCOMPARE(comparison->plans.size(), 1);
    QCOMPARE(comparison->plans.first().strategy, Strategy::Snowball);
    const auto minimum = DebtOptimiser::plan(in, Strategy::MinimumOnly);
    LD_VERIFY_OK(minimum);
    QCOMPARE(*comparison->plans.first().interestSavedMinor,
        minimum->totalInterestMinor - comparison->plans.first().totalInterestMinor);
}

void TestDebtOptimiser::randomInputs_matchAPlainSecondImplementation()
{
    int neverEnding = 0;
    int ending = 0;
    for (quint32 seed = 1; seed <= 400; ++seed) {
        QRandomGenerator random(seed);
        const PayoffInput in = randomInput(random);
        const auto comparison = DebtOptimiser::compare(in);
        QVERIFY2(comparison.isOk(), qPrintable(QStringLiteral("seed %1: %2").arg(seed).arg(Test::failureText(comparison))));
        for (const PayoffPlan &plan : comparison->plans) {
            const ReferenceOutcome expected = referencePlan(in, plan.strategy);
            const QByteArray where = QStringLiteral("seed %1, %2").arg(seed).arg(strategyKey(plan.strategy)).toUtf8();
            QVERIFY2(plan.ends == expected.ends, where.constData());
            QVERIFY2(plan.months == expected.months, where.constData());
            QVERIFY2(plan.totalInterestMinor == expected.interest, where.constData());
            QVERIFY2(plan.totalPaidMinor == expected.paid, where.constData());
            QList<int> payoffs;
            for (const DebtOutcome &outcome : plan.debts)
                payoffs.append(outcome.payoffMonth);
            QVERIFY2(payoffs == expected.payoffMonths, where.constData());
            qint64 owed = 0;
            for (int d = 0; d < plan.debtCount(); ++d)
                owed += plan.cell(plan.months, d).balanceMinor;
            QVERIFY2(plan.totalBalanceMinor.constLast() == owed, where.constData());
            expected.ends ? ++ending : ++neverEnding;
        }
    }
    // The inputs exercise both outcomes.
    QVERIFY(ending > 1000);
    QVERIFY(neverEnding > 20);
}

void TestDebtOptimiser::strategyKeys_roundTrip_andAcceptMinimumOnly()
{
    for (Strategy strategy : allStrategies()) {
        QCOMPARE(strategyFromKey(strategyKey(strategy)), std::optional<Strategy>(strategy));
        QVERIFY(!strategyTitle(strategy).isEmpty());
    }
    QCOMPARE(strategyFromKey(QStringLiteral("minimum-only")), std::optional<Strategy>(Strategy::MinimumOnly));
    QVERIFY(!strategyFromKey(QStringLiteral("fastest")));
}

void TestDebtOptimiser::parseRate_readsPercentagesExactly_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("locale");
    QTest::addColumn<qint64>("ppm");
    QTest::addColumn<QString>("written");

    QTest::newRow("a card rate") << "19.99"
                                 << "C" << qint64(199900) << "19.99";
    QTest::newRow("a whole percentage") << "5"
                                        << "C" << qint64(50000) << "5";
    QTest::newRow("zero") << "0"
                          << "C" << qint64(0) << "0";
    QTest::newRow("four decimals") << "4.1250"
                                   << "C" << qint64(41250) << "4.125";
    QTest::newRow("the smallest step") << "0.0001"
                                       << "C" << qint64(1) << "0.0001";
    QTest::newRow("the largest rate") << "1000"
                                      << "C" << qint64(10'000'000) << "1000";
    QTest::newRow("a German decimal comma") << "19,99"
                                            << "de_DE" << qint64(199900) << "19,99";
}

void TestDebtOptimiser::parseRate_readsPercentagesExactly()
{
    QFETCH(QString, text);
    QFETCH(QString, locale);
    QFETCH(qint64, ppm);
    QFETCH(QString, written);

    const auto parsed = Debt::parseRate(text, QLocale(locale));
    LD_VERIFY_OK(parsed);
    QCOMPARE(*parsed, ppm);
    QCOMPARE(Debt::rateText(ppm, QLocale(locale)), written);
}

void TestDebtOptimiser::parseRate_refusesWhatIsNotARate_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("message");

    QTest::newRow("empty") << ""
                           << "Enter the annual rate in percent, like 19.99.";
    QTest::newRow("negative") << "-3"
                              << "The rate cannot be negative.";
    QTest::newRow("five decimals") << "19.99999"
                                   << "Write the rate with at most four decimals, like 19.9999.";
    QTest::newRow("a word") << "high"
                            << "\"high\" is not a rate; write the percentage like 19.99.";
    QTest::newRow("a percent sign") << "19.99%"
                                    << "\"19.99%\" is not a rate; write the percentage like 19.99.";
    QTest::newRow("a point without decimals") << "19."
                                              << "\"19.\" is not a rate; write the percentage like 19.99.";
    QTest::newRow("above 1000 %") << "1999"
                                  << "A rate of 1999 % a year is not believable; write 19.99 for 19.99 %.";
    QTest::newRow("far above") << "123456789012"
                               << "A rate of 123456789012 % a year is not believable; write 19.99 for 19.99 %.";
}

void TestDebtOptimiser::parseRate_refusesWhatIsNotARate()
{
    QFETCH(QString, text);
    QFETCH(QString, message);

    const auto parsed = Debt::parseRate(text);
    LD_VERIFY_ERROR(parsed, Error::Kind::Validation);
    QCOMPARE(parsed.error().message, message);
}

void TestDebtOptimiser::yearMonth_parsesAndCountsMonths()
{
    const auto parsed = YearMonth::parse(QStringLiteral("2027-01"));
    LD_VERIFY_OK(parsed);
    QCOMPARE(*parsed, (YearMonth {2027, 1}));
    QCOMPARE(parsed->plusMonths(30).toString(), QStringLiteral("2029-07"));
    QCOMPARE(parsed->plusMonths(11).toString(), QStringLiteral("2027-12"));
    QCOMPARE(parsed->plusMonths(12).toString(), QStringLiteral("2028-01"));
    QCOMPARE(parsed->plusMonths(-1).toString(), QStringLiteral("2026-12"));
    for (const char *bad : {"2027-13", "2027-00", "2027-1", "27-01", "2027/01", "1899-12", "January"})
        QVERIFY2(!YearMonth::parse(QString::fromLatin1(bad)), bad);
}

void TestDebtOptimiser::debtsFile_wellFormed_isRead()
{
    const QByteArray json = R"({"currency": "USD", "start": "2027-01",
        "debts": [{"name": "Visa", "balance": "2500.00", "rate": "19.99", "minimum": "50.00"},
                  {"name": " Car loan ", "balance": "8000", "rate": 6.5, "minimum": "180.5"}],
        "extra": [{"month": 3, "amount": "500.00"}]})";
    const auto parsed = parseDebtsFile(json);
    LD_VERIFY_OK(parsed);
    PayoffInput expected = input(
        {debt("Visa", "2500.00", "19.99", "50.00"), debt("Car loan", "8000.00", "6.5", "180.50")}, "0", {{3, usd("500.00")}});
    QCOMPARE(*parsed, expected);

    const auto withoutExtra = parseDebtsFile(R"({"currency": "JPY", "start": "2030-06",
        "debts": [{"name": "Card", "balance": "250000", "rate": "14", "minimum": "5000"}]})");
    LD_VERIFY_OK(withoutExtra);
    QCOMPARE(withoutExtra->currency, QStringLiteral("JPY"));
    QCOMPARE(withoutExtra->debts.first().balanceMinor, qint64(250000));
    QVERIFY(withoutExtra->extras.isEmpty());
}

void TestDebtOptimiser::debtsFile_malformed_isRefusedNamingTheDebtAndTheField_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("message");

    const auto file = [](const char *debts, const char *extra = "") {
        return QByteArray(R"({"currency": "USD", "start": "2027-01", "debts": [)") + debts + "]" + extra + "}";
    };
    QTest::newRow("not JSON") << QByteArray("{\"currency\": ")
                              << "The debts file is not valid JSON: unterminated object at character 13.";
    QTest::newRow("a list") << QByteArray("[]")
                            << "The debts file must hold one JSON object with \"currency\", \"start\" and \"debts\".";
    QTest::newRow("no currency") << QByteArray(R"({"start": "2027-01", "debts": []})")
                                 << "The debts file needs a \"currency\", like \"USD\".";
    QTest::newRow("an unknown currency") << QByteArray(R"({"currency": "XYZ", "start": "2027-01", "debts": []})")
                                         << "The currency \"XYZ\" is not supported.";
    QTest::newRow("no start") << QByteArray(R"({"currency": "USD", "debts": []})")
                              << "The debts file needs a \"start\" month, like \"2027-01\".";
    QTest::newRow("a bad start") << QByteArray(R"({"currency": "USD", "start": "2027-13", "debts": []})")
                                 << "start: \"2027-13\" is not a month: months run from 01 to 12.";
    QTest::newRow("no debts") << file("") << "The debts file needs a \"debts\" list with at least one debt.";
    QTest::newRow("a budget in the file")
        << QByteArray(R"({"currency": "USD", "budget": "5", "debts": []})")
        << "The debts file has an unknown field \"budget\"; the fields are currency, start, debts and extra.";
    QTest::newRow("a debt without a name") << file(R"({"balance": "1.00", "rate": "1", "minimum": "1.00"})")
                                           << "Debt 1 in the file has no \"name\".";
    QTest::newRow("a debt that is a string")
        << file(R"("Visa")") << "Debt 1 in the file is not an object with a name, balance, rate and minimum.";
    QTest::newRow("no balance") << file(R"({"name": "Visa", "rate": "19.99", "minimum": "50.00"})")
                                << "Debt \"Visa\" has no \"balance\".";
    QTest::newRow("a balance as a number") << file(R"({"name": "Visa", "balance": 2500, "rate": "19.99", "minimum": "50.00"})")
                                           << "Debt \"Visa\", balance: write the amount as a string, like \"2500.00\".";
    QTest::newRow("a balance with a group separator")
        << file(R"({"name": "Visa", "balance": "2,500.00", "rate": "19.99", "minimum": "50.00"})")
        << "Debt \"Visa\", balance: \"2,500.00\" is not an amount; write it like 1234.50.";
    QTest::newRow("a negative minimum") << file(R"({"name": "Visa", "balance": "2500.00", "rate": "19.99", "minimum": "-50.00"})")
                                        << "Debt \"Visa\", minimum: The amount cannot be negative.";
    QTest::newRow("three decimals") << file(R"({"name": "Visa", "balance": "2500.001", "rate": "19.99", "minimum": "50.00"})")
                                    << "Debt \"Visa\", balance: USD amounts have at most 2 decimal place(s).";
    QTest::newRow("no rate") << file(R"({"name": "Visa", "balance": "2500.00", "minimum": "50.00"})")
                             << "Debt \"Visa\" has no \"rate\".";
    QTest::newRow("a rate with a sign") << file(R"({"name": "Visa", "balance": "2500.00", "rate": "19.99%", "minimum": "50.00"})")
                                        << "Debt \"Visa\", rate: \"19.99%\" is not a rate; write the percentage like 19.99.";
    QTest::newRow("a mistyped field")
        << file(R"({"name": "Visa", "balance": "2500.00", "rate": "19.99", "minimun": "50.00"})")
        << "Debt \"Visa\" has an unknown field \"minimun\"; the fields are name, balance, rate and minimum.";
    const char *visa = R"({"name": "Visa", "balance": "2500.00", "rate": "19.99", "minimum": "50.00"})";
    QTest::newRow("extra not a list")
        << file(visa, R"(, "extra": {"month": 3})")
        << "\"extra\" must be a list of one-off payments like {\"month\": 3, \"amount\": \"500.00\"}.";
    QTest::newRow("an extra in month 0")
        << file(visa, R"(, "extra": [{"month": 0, "amount": "5.00"}])")
        << "Extra payment 1, month: write the month of the plan as a whole number from 1 to 1200.";
    QTest::newRow("an extra in month 2.5")
        << file(visa, R"(, "extra": [{"month": 2.5, "amount": "5.00"}])")
        << "Extra payment 1, month: write the month of the plan as a whole number from 1 to 1200.";
    QTest::newRow("an extra without an amount") << file(visa, R"(, "extra": [{"month": 2, "amount": "x"}])")
                                                << "Extra payment 1, amount: \"x\" is not an amount; write it like 1234.50.";
}

void TestDebtOptimiser::debtsFile_malformed_isRefusedNamingTheDebtAndTheField()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, message);

    const auto parsed = parseDebtsFile(json);
    LD_VERIFY_ERROR(parsed, Error::Kind::Validation);
    QCOMPARE(parsed.error().message, message);
}

void TestDebtOptimiser::scheduleModel_showsOneRowPerDebtOwedEachMonth()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    PayoffScheduleModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 0);

    // A 100.00 paid off in month 1, B 500.00 in month 3: rows for A in month 1 and B in months 1 to 3.
    const auto plan = DebtOptimiser::plan(
        input({debt("A", "100.00", "0", "10.00"), debt("B", "500.00", "0", "20.00")}, "200.00"), Strategy::Avalanche);
    LD_VERIFY_OK(plan);
    model.setPlan(*plan);
    QCOMPARE(model.rowCount(), 4);
    QCOMPARE(model.columnCount(), int(PayoffScheduleModel::ColumnCount));
    const auto text = [&model](int row, int column) { return model.index(row, column).data().toString(); };
    QCOMPARE(text(0, PayoffScheduleModel::MonthColumn), QStringLiteral("1"));
    QCOMPARE(text(0, PayoffScheduleModel::DateColumn), QStringLiteral("Jan 2027"));
    QCOMPARE(text(0, PayoffScheduleModel::DebtColumn), QStringLiteral("A"));
    QCOMPARE(text(0, PayoffScheduleModel::PaymentColumn), QStringLiteral("$100.00"));
    QCOMPARE(text(0, PayoffScheduleModel::BalanceColumn), QStringLiteral("$0.00"));
    QCOMPARE(text(3, PayoffScheduleModel::DateColumn), QStringLiteral("Mar 2027"));
    QCOMPARE(text(3, PayoffScheduleModel::DebtColumn), QStringLiteral("B"));
    QCOMPARE(
        model.index(1, PayoffScheduleModel::BalanceColumn).data(PayoffScheduleModel::AmountRole).toLongLong(), usd("400.00"));
    QCOMPARE(
        model.index(1, PayoffScheduleModel::PrincipalColumn).data(PayoffScheduleModel::AmountRole).toLongLong(), usd("100.00"));
    QCOMPARE(model.index(2, 0).data(PayoffScheduleModel::MonthRole).toInt(), 2);
    QCOMPARE(model.index(2, 0).data(PayoffScheduleModel::DebtIndexRole).toInt(), 1);
    QCOMPARE(model.headerData(PayoffScheduleModel::InterestColumn, Qt::Horizontal).toString(), QStringLiteral("Interest"));

    model.clear();
    QCOMPARE(model.rowCount(), 0);
}

LEDGERDESK_TEST_MAIN(TestDebtOptimiser)

#include "tst_debtoptimiser.moc"
