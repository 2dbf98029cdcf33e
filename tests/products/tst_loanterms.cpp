#include "loans/loansettings.h"
#include "loans/loanterms.h"
#include "loans/principallimits.h"
#include "support/backendtest.h"

#include <QTest>

#include <cmath>

using namespace Ledgerdesk;

namespace {

constexpr qint64 tenToThe15 = 1'000'000'000'000'000LL;

// A month's interest worked out here, apart from the code under test: balance × rate / 12 with the
// rate in basis points is balance × bp / 120,000, rounded half-up (the values are never negative).
qint64 expectedInterest(qint64 balanceMinor, int rateBp)
{
    return qint64((__int128(balanceMinor) * rateBp + 60'000) / 120'000);
}

// The annuity formula P·r / (1 − (1 + r)^−n) in minor units, unrounded.
long double annuity(qint64 principalMinor, int rateBp, int termMonths)
{
    const long double r = rateBp / 120'000.0L;
    return principalMinor * r / (1.0L - std::pow(1.0L + r, -static_cast<long double>(termMonths)));
}

// Rows shared by the payment and schedule tests: principal, rate, term, the monthly payment, the last
// payment (what clears the balance) and what the borrower pays in all.
void addLoanRows()
{
    QTest::addColumn<qint64>("principal");
    QTest::addColumn<int>("rateBp");
    QTest::addColumn<int>("term");
    QTest::addColumn<qint64>("payment");
    QTest::addColumn<qint64>("lastPayment");
    QTest::addColumn<qint64>("totalDue");

    // r = 0.08 / 12 = 0.0066667; (1 + r)^−12 = 0.923361; 1 − 0.923361 = 0.076639;
    // 1,200.00 × r = 8.00; 8.00 / 0.076639 = 104.386 -> 104.39. Eleven payments of 104.39 are 1,148.29;
    // the twelfth clears the rest: 104.34 (0.69 interest, 103.65 principal); 1,252.63 in all.
    QTest::newRow("1,200.00 at 8 % over 12 months")
        << qint64(120000) << 800 << 12 << qint64(10439) << qint64(10434) << qint64(125263);
    // r = 0.12 / 12 = 0.01; 1.01^−24 = 0.787566; 1 − 0.787566 = 0.212434; 5,000.00 × 0.01 = 50.00;
    // 50.00 / 0.212434 = 235.367 -> 235.37.
    QTest::newRow("5,000.00 at 12 % over 24 months")
        << qint64(500000) << 1200 << 24 << qint64(23537) << qint64(23529) << qint64(564880);
    QTest::newRow("10,000.00 at 15 % over 36 months")
        << qint64(1000000) << 1500 << 36 << qint64(34665) << qint64(34681) << qint64(1247956);
    QTest::newRow("2,500.00 at 8 % over 6 months")
        << qint64(250000) << 800 << 6 << qint64(42644) << qint64(42645) << qint64(255865);
    // One month: the principal and one month's interest, 1,000.00 + 6.67.
    QTest::newRow("1,000.00 at 8 % over 1 month")
        << qint64(100000) << 800 << 1 << qint64(100667) << qint64(100667) << qint64(100667);
    QTest::newRow("9.99 at 12 % over 24 months") << qint64(999) << 1200 << 24 << qint64(47) << qint64(47) << qint64(1128);
    QTest::newRow("1,000,000.00 at 15 % over 360 months")
        << qint64(100000000) << 1500 << 360 << qint64(1264444) << qint64(1264469) << qint64(455199865);
    QTest::newRow("10^15 minor units at 15 % over 360 months")
        << tenToThe15 << 1500 << 360 << qint64(12644440215650) << qint64(12644440218826) << qint64(4551998477637176);
}

} // namespace

// The annuity arithmetic of a loan, its schedule, the rate tiers and the largest loans: plain values,
// no database.
class TestLoanTerms : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void monthlyPayment_isTheAnnuityFormulaRoundedToAMinorUnit_data() { addLoanRows(); }
    void monthlyPayment_isTheAnnuityFormulaRoundedToAMinorUnit();
    void monthlyPayment_atZeroRate_isThePrincipalOverTheTermRoundedUp_data();
    void monthlyPayment_atZeroRate_isThePrincipalOverTheTermRoundedUp();
    void schedule_everyRowFollowsTheRulesAndTheLastClearsTheBalance_data();
    void schedule_everyRowFollowsTheRulesAndTheLastClearsTheBalance();
    void schedule_balanceAfterKPayments_matchesTheClosedForm_data() { addLoanRows(); }
    void schedule_balanceAfterKPayments_matchesTheClosedForm();
    void validate_refusesTermsOutsideTheLimits_data();
    void validate_refusesTermsOutsideTheLimits();
    void validate_acceptsTheExtremesWithinTheLimits();
    void rateTiers_byDefault_are8UpTo12Months12UpTo24And15Beyond();
    void rateTiers_fromText_readsAWellFormedSetting_data();
    void rateTiers_fromText_readsAWellFormedSetting();
    void rateTiers_fromText_refusesAMalformedSettingSayingWhy_data();
    void rateTiers_fromText_refusesAMalformedSettingSayingWhy();
    void monthlyInterest_roundsHalfUp_data();
    void monthlyInterest_roundsHalfUp();
    void principalLimits_byDefault_capEveryKnownCurrency();
    void principalLimits_check_refusesAboveTheMaximumStatingIt();
    void principalLimits_fromText_refusesAMalformedSettingSayingWhy_data();
    void principalLimits_fromText_refusesAMalformedSettingSayingWhy();
};

void TestLoanTerms::monthlyPayment_isTheAnnuityFormulaRoundedToAMinorUnit()
{
    QFETCH(qint64, principal);
    QFETCH(int, rateBp);
    QFETCH(int, term);
    QFETCH(qint64, payment);

    const LoanTerms terms {principal, rateBp, term};
    QCOMPARE(terms.monthlyPaymentMinor(), payment);
    // The table's figure is the formula rounded half-up: within half a minor unit of it.
    QVERIFY2(std::fabs(static_cast<long double>(payment) - annuity(principal, rateBp, term)) <= 0.5L,
        "the expected payment in the table is not the formula's value");
}

void TestLoanTerms::monthlyPayment_atZeroRate_isThePrincipalOverTheTermRoundedUp_data()
{
    QTest::addColumn<qint64>("principal");
    QTest::addColumn<int>("term");
    QTest::addColumn<qint64>("payment");
    QTest::addColumn<qint64>("lastPayment");

    // 1,000.00 / 3 = 333.333… -> 333.34; two of them leave 333.32 for the last month.
    QTest::newRow("1,000.00 over 3 months") << qint64(100000) << 3 << qint64(33334) << qint64(33332);
    QTest::newRow("1,200.00 over 12 months, exact") << qint64(120000) << 12 << qint64(10000) << qint64(10000);
    QTest::newRow("1.00 over 7 months") << qint64(100) << 7 << qint64(15) << qint64(10);
    QTest::newRow("10^15 minor units over 360 months") << tenToThe15 << 360 << qint64(2777777777778) << qint64(2777777777698);
}

void TestLoanTerms::monthlyPayment_atZeroRate_isThePrincipalOverTheTermRoundedUp()
{
    QFETCH(qint64, principal);
    QFETCH(int, term);
    QFETCH(qint64, payment);
    QFETCH(qint64, lastPayment);

    const LoanTerms terms {principal, 0, term};
    QCOMPARE(terms.monthlyPaymentMinor(), payment);
    const QList<ScheduleRow> rows = terms.schedule();
    QCOMPARE(rows.size(), term);
    for (const ScheduleRow &row : rows)
        QCOMPARE(row.interestMinor, 0);
    QCOMPARE(rows.constLast().paymentMinor, lastPayment);
    QCOMPARE(rows.constLast().balanceMinor, 0);
    QCOMPARE(terms.totalDueMinor(), principal);
}

void TestLoanTerms::schedule_everyRowFollowsTheRulesAndTheLastClearsTheBalance_data()
{
    addLoanRows();
    QTest::newRow("1,000.00 at 0 % over 3 months")
        << qint64(100000) << 0 << 3 << qint64(33334) << qint64(33332) << qint64(100000);
}

void TestLoanTerms::schedule_everyRowFollowsTheRulesAndTheLastClearsTheBalance()
{
    QFETCH(qint64, principal);
    QFETCH(int, rateBp);
    QFETCH(int, term);
    QFETCH(qint64, payment);
    QFETCH(qint64, lastPayment);
    QFETCH(qint64, totalDue);

    const LoanTerms terms {principal, rateBp, term};
    const QList<ScheduleRow> rows = terms.schedule();
    QCOMPARE(rows.size(), term);

    qint64 balance = principal;
    qint64 principalPaid = 0;
    qint64 paid = 0;
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const ScheduleRow &row = rows.at(i);
        const QByteArray where = "month " + QByteArray::number(i + 1);
        QVERIFY2(row.month == i + 1, where + ": numbered " + QByteArray::number(row.month));
        QVERIFY2(row.interestMinor == expectedInterest(balance, rateBp),
            where + ": interest " + QByteArray::number(row.interestMinor) + ", expected "
                + QByteArray::number(expectedInterest(balance, rateBp)));
        QVERIFY2(row.principalMinor == row.paymentMinor - row.interestMinor, where.constData());
        QVERIFY2(row.balanceMinor == balance - row.principalMinor, where.constData());
        const bool last = row.month == term;
        if (!last) {
            QVERIFY2(row.paymentMinor == payment, where + ": payment " + QByteArray::number(row.paymentMinor));
            QVERIFY2(row.balanceMinor > 0, where + ": the balance reached zero before the last month");
        }
        balance = row.balanceMinor;
        principalPaid += row.principalMinor;
        paid += row.paymentMinor;
    }
    QCOMPARE(rows.constLast().balanceMinor, 0);
    QCOMPARE(rows.constLast().paymentMinor, lastPayment);
    QCOMPARE(principalPaid, principal);
    QCOMPARE(paid, totalDue);
    QCOMPARE(terms.totalDueMinor(), totalDue);
}

void TestLoanTerms::schedule_balanceAfterKPayments_matchesTheClosedForm()
{
    QFETCH(qint64, principal);
    QFETCH(int, rateBp);
    QFETCH(int, term);
    QFETCH(qint64, payment);

    // B_k = P(1 + r)^k − A((1 + r)^k − 1) / r with A the payment actually made. The schedule rounds
    // each month's interest to a minor unit (off by at most half of one), and an error made in month j
    // grows by (1 + r) a month after it, so after k months the two differ by at most
    // 0.5 × ((1 + r)^k − 1) / r: 6.2 cents after a year at 8 %.
    const QList<ScheduleRow> rows = LoanTerms {principal, rateBp, term}.schedule();
    QCOMPARE(rows.size(), term);
    const long double r = rateBp / 120'000.0L;
    for (int k = 1; k < term; ++k) {
        const long double growth = std::pow(1.0L + r, static_cast<long double>(k));
        const long double closedForm = principal * growth - payment * (growth - 1.0L) / r;
        const long double bound = 0.5L * (growth - 1.0L) / r + 0.01L;
        const long double difference = std::fabs(closedForm - static_cast<long double>(rows.at(k - 1).balanceMinor));
        QVERIFY2(difference <= bound,
            qPrintable(QStringLiteral("after %1 payments the schedule owes %2, the formula %3")
                           .arg(k)
                           .arg(rows.at(k - 1).balanceMinor)
                           .arg(double(closedForm), 0, 'f', 2)));
    }
}

void TestLoanTerms::validate_refusesTermsOutsideTheLimits_data()
{
    QTest::addColumn<qint64>("principal");
    QTest::addColumn<int>("rateBp");
    QTest::addColumn<int>("term");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("sentence");

    const QString noAmount = QStringLiteral("The loan amount must be more than zero.");
    const QString badTerm = QStringLiteral("The term must be between 1 and 360 months.");
    const QString badRate = QStringLiteral("The rate must be between 0 % and 100 %.");
    QTest::newRow("zero amount") << qint64(0) << 800 << 12 << QStringLiteral("amount") << noAmount;
    QTest::newRow("negative amount") << qint64(-100) << 800 << 12 << QStringLiteral("amount") << noAmount;
    QTest::newRow("amount above 10^15") << tenToThe15 + 1 << 800 << 12 << QStringLiteral("amount") << noAmount;
    QTest::newRow("no months") << qint64(100000) << 800 << 0 << QStringLiteral("term_months") << badTerm;
    QTest::newRow("negative term") << qint64(100000) << 800 << -12 << QStringLiteral("term_months") << badTerm;
    QTest::newRow("361 months") << qint64(100000) << 1500 << 361 << QStringLiteral("term_months") << badTerm;
    QTest::newRow("negative rate") << qint64(100000) << -1 << 12 << QStringLiteral("rate") << badRate;
    QTest::newRow("rate above 100 %") << qint64(100000) << 10001 << 12 << QStringLiteral("rate") << badRate;
    // 0.01 at 8 % over 12 months: the formula gives 0.0009 a month, which rounds to nothing.
    QTest::newRow("amount too small for a monthly payment")
        << qint64(1) << 800 << 12 << QStringLiteral("amount")
        << QStringLiteral("The loan amount is too small to be repaid in monthly payments over 12 months.");
}

void TestLoanTerms::validate_refusesTermsOutsideTheLimits()
{
    QFETCH(qint64, principal);
    QFETCH(int, rateBp);
    QFETCH(int, term);
    QFETCH(QString, field);
    QFETCH(QString, sentence);

    const auto checked = LoanTerms {principal, rateBp, term}.validate();
    LD_VERIFY_ERROR(checked, Error::Kind::Validation);
    QCOMPARE(checked.error().message, sentence);
    QCOMPARE(checked.error().detail, field);
}

void TestLoanTerms::validate_acceptsTheExtremesWithinTheLimits()
{
    LD_VERIFY_OK((LoanTerms {tenToThe15, 10000, 360}.validate()));
    LD_VERIFY_OK((LoanTerms {1, 0, 1}.validate()));
    LD_VERIFY_OK((LoanTerms {1, 800, 1}.validate()));
    // 0.40 at 15 % over 30 years still pays 0.01 a month.
    LD_VERIFY_OK((LoanTerms {40, 1500, 360}.validate()));
}

void TestLoanTerms::rateTiers_byDefault_are8UpTo12Months12UpTo24And15Beyond()
{
    const RateTiers tiers;
    QCOMPARE(tiers.rateBpFor(1), 800);
    QCOMPARE(tiers.rateBpFor(12), 800);
    QCOMPARE(tiers.rateBpFor(13), 1200);
    QCOMPARE(tiers.rateBpFor(24), 1200);
    QCOMPARE(tiers.rateBpFor(25), 1500);
    QCOMPARE(tiers.rateBpFor(360), 1500);
    QCOMPARE(tiers.toText(), QStringLiteral("12:8.00,24:12.00,*:15.00"));
}

void TestLoanTerms::rateTiers_fromText_readsAWellFormedSetting_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QList<int>>("terms");
    QTest::addColumn<QList<int>>("ratesBp");
    QTest::addColumn<QString>("normalised");

    QTest::newRow("the default") << QStringLiteral("12:8.00,24:12.00,*:15.00") << QList<int> {12, 13, 24, 25}
                                 << QList<int> {800, 1200, 1200, 1500} << QStringLiteral("12:8.00,24:12.00,*:15.00");
    QTest::newRow("spaces and short rates") << QStringLiteral(" 6 : 5 , *:9.5 ") << QList<int> {1, 6, 7, 360}
                                            << QList<int> {500, 500, 950, 950} << QStringLiteral("6:5.00,*:9.50");
    QTest::newRow("one rate for every term")
        << QStringLiteral("*:7.25") << QList<int> {1, 360} << QList<int> {725, 725} << QStringLiteral("*:7.25");
    QTest::newRow("0 % and 100 %") << QStringLiteral("3:0,360:100,*:1") << QList<int> {3, 4, 360} << QList<int> {0, 10000, 10000}
                                   << QStringLiteral("3:0.00,360:100.00,*:1.00");
}

void TestLoanTerms::rateTiers_fromText_readsAWellFormedSetting()
{
    QFETCH(QString, text);
    QFETCH(QList<int>, terms);
    QFETCH(QList<int>, ratesBp);
    QFETCH(QString, normalised);

    const auto tiers = RateTiers::fromText(text);
    LD_VERIFY_OK(tiers);
    for (qsizetype i = 0; i < terms.size(); ++i)
        QVERIFY2(tiers->rateBpFor(terms.at(i)) == ratesBp.at(i),
            qPrintable(QStringLiteral("%1 months: %2 bp, expected %3")
                           .arg(terms.at(i))
                           .arg(tiers->rateBpFor(terms.at(i)))
                           .arg(ratesBp.at(i))));
    QCOMPARE(tiers->toText(), normalised);
    const auto again = RateTiers::fromText(tiers->toText());
    LD_VERIFY_OK(again);
    QCOMPARE(again->toText(), normalised);
}

void TestLoanTerms::rateTiers_fromText_refusesAMalformedSettingSayingWhy_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("why");

    const QString shape = QStringLiteral("each tier is MONTHS:RATE.");
    const QString star = QStringLiteral("only the last tier may be \"*\".");
    const QString months = QStringLiteral("the months must rise from tier to tier, up to 360.");
    const QString rate = QStringLiteral("a rate is a percentage between 0 and 100 with at most two decimals.");
    const QString open = QStringLiteral("the last tier must be \"*\", for every longer term.");
    QTest::newRow("empty") << QString() << open;
    QTest::newRow("no open-ended tier") << QStringLiteral("12:8,24:12") << open;
    QTest::newRow("open-ended tier first") << QStringLiteral("*:8,24:12") << star;
    QTest::newRow("months falling") << QStringLiteral("24:12,12:8,*:15") << months;
    QTest::newRow("months repeated") << QStringLiteral("12:8,12:9,*:15") << months;
    QTest::newRow("zero months") << QStringLiteral("0:8,*:9") << months;
    QTest::newRow("beyond 360 months") << QStringLiteral("361:8,*:9") << months;
    QTest::newRow("months not a number") << QStringLiteral("a year:8,*:9") << months;
    QTest::newRow("three decimals") << QStringLiteral("12:8.125,*:9") << rate;
    QTest::newRow("above 100 %") << QStringLiteral("12:100.01,*:9") << rate;
    QTest::newRow("negative rate") << QStringLiteral("12:-1,*:9") << rate;
    QTest::newRow("percent sign") << QStringLiteral("12:8%,*:9") << rate;
    QTest::newRow("exponent") << QStringLiteral("12:1e1,*:9") << rate;
    QTest::newRow("no rate") << QStringLiteral("12:,*:9") << rate;
    QTest::newRow("dash instead of colon") << QStringLiteral("12-8,*:9") << shape;
    QTest::newRow("two colons") << QStringLiteral("12:8:9,*:9") << shape;
}

void TestLoanTerms::rateTiers_fromText_refusesAMalformedSettingSayingWhy()
{
    QFETCH(QString, text);
    QFETCH(QString, why);

    const auto tiers = RateTiers::fromText(text);
    LD_VERIFY_ERROR(tiers, Error::Kind::Validation);
    QCOMPARE(tiers.error().message,
        QStringLiteral("The rate tiers \"%1\" are not valid: %2 They look like \"12:8.00,24:12.00,*:15.00\".").arg(text, why));
    QCOMPARE(tiers.error().detail, QStringLiteral("loans.rate_tiers"));
}

void TestLoanTerms::monthlyInterest_roundsHalfUp_data()
{
    QTest::addColumn<qint64>("balance");
    QTest::addColumn<int>("rateBp");
    QTest::addColumn<qint64>("interest");

    // 1.00 at 6 %: 100 × 0.005 = 0.5 -> 1; 0.99 gives 0.495 -> 0.
    QTest::newRow("exactly half rounds up") << qint64(100) << 600 << qint64(1);
    QTest::newRow("just below half rounds down") << qint64(99) << 600 << qint64(0);
    QTest::newRow("1.50 at 4 %") << qint64(150) << 400 << qint64(1);
    QTest::newRow("1.49 at 4 %") << qint64(149) << 400 << qint64(0);
    QTest::newRow("1,200.00 at 8 %") << qint64(120000) << 800 << qint64(800);
    QTest::newRow("600.00 at 0.01 %: exactly half") << qint64(60000) << 1 << qint64(1);
    QTest::newRow("599.99 at 0.01 %") << qint64(59999) << 1 << qint64(0);
    QTest::newRow("zero rate") << tenToThe15 << 0 << qint64(0);
    QTest::newRow("zero balance") << qint64(0) << 1500 << qint64(0);
    // Near the largest amount the product needs more than 64 bits: 10^15 × 150,000 ppm.
    QTest::newRow("10^15 at 15 %") << tenToThe15 << 1500 << qint64(12500000000000);
    QTest::newRow("10^15 − 1 at 15 %: …999.9875 rounds up") << tenToThe15 - 1 << 1500 << qint64(12500000000000);
    QTest::newRow("10^15 − 1 at 8 %: …666.66 rounds up") << tenToThe15 - 1 << 800 << qint64(6666666666667);
    QTest::newRow("10^15 at 100 %: …333.33 rounds down") << tenToThe15 << 10000 << qint64(83333333333333);
    QTest::newRow("10^15 at 0.01 %") << tenToThe15 << 1 << qint64(8333333333);
}

void TestLoanTerms::monthlyInterest_roundsHalfUp()
{
    QFETCH(qint64, balance);
    QFETCH(int, rateBp);
    QFETCH(qint64, interest);

    QCOMPARE(monthlyInterestMinor(balance, rateBp), interest);
    QCOMPARE(expectedInterest(balance, rateBp), interest);
}

void TestLoanTerms::principalLimits_byDefault_capEveryKnownCurrency()
{
    auto limits = PrincipalLimits::fromText(LoanSettings::maxPrincipal.defaultValue);
    LD_VERIFY_OK(limits);
    QCOMPARE(LoanSettings::maxPrincipal.problemWith(LoanSettings::maxPrincipal.defaultValue), QString());
    for (const QString &currency : Money::knownCurrencies()) {
        const std::optional<qint64> maximum = limits->maxMinor(currency);
        QVERIFY2(maximum && *maximum > 0, qPrintable(currency + QStringLiteral(" has no largest loan by default")));
    }
    QCOMPARE(limits->maxMinor(QStringLiteral("USD")), std::optional<qint64>(5000000));
    QCOMPARE(limits->maxMinor(QStringLiteral("JPY")), std::optional<qint64>(7500000));
    QCOMPARE(limits->maxMinor(QStringLiteral("KWD")), std::optional<qint64>(15000000));
}

void TestLoanTerms::principalLimits_check_refusesAboveTheMaximumStatingIt()
{
    auto limits = PrincipalLimits::fromText(QStringLiteral(" usd:1000.00 , JPY:150000"));
    LD_VERIFY_OK(limits);
    LD_VERIFY_OK(limits->check(Money(100000, QStringLiteral("USD"))));
    LD_VERIFY_OK(limits->check(Money(150000, QStringLiteral("JPY"))));
    auto above = limits->check(Money(100001, QStringLiteral("USD")));
    LD_VERIFY_ERROR(above, Error::Kind::Validation);
    QCOMPARE(
        above.error().message, QStringLiteral("A loan in USD is at most 1000.00 USD; this application asks for 1000.01 USD."));
    QCOMPARE(above.error().detail, QStringLiteral("amount"));
    auto unnamed = limits->check(Money(100, QStringLiteral("EUR")));
    LD_VERIFY_ERROR(unnamed, Error::Kind::Validation);
    QCOMPARE(unnamed.error().message,
        QStringLiteral("The bank makes no loans in EUR: the setting loans.max_principal names no maximum for it."));
}

void TestLoanTerms::principalLimits_fromText_refusesAMalformedSettingSayingWhy_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("why");

    QTest::newRow("empty") << QString() << QStringLiteral("at least one currency needs a maximum.");
    QTest::newRow("no amount") << QStringLiteral("USD") << QStringLiteral("each maximum is CURRENCY:AMOUNT.");
    QTest::newRow("two colons") << QStringLiteral("USD:1:2") << QStringLiteral("each maximum is CURRENCY:AMOUNT.");
    QTest::newRow("unknown currency") << QStringLiteral("XYZ:100.00") << QStringLiteral("the currency \"XYZ\" is not supported.");
    QTest::newRow("named twice") << QStringLiteral("USD:100.00,usd:200.00") << QStringLiteral("USD is named twice.");
    QTest::newRow("more decimals than the currency has")
        << QStringLiteral("JPY:100.50") << QStringLiteral("the maximum for JPY is not an amount in JPY.");
    QTest::newRow("negative") << QStringLiteral("USD:-5.00") << QStringLiteral("the maximum for USD is not an amount in USD.");
    QTest::newRow("grouped digits") << QStringLiteral("USD:50,000.00") << QStringLiteral("each maximum is CURRENCY:AMOUNT.");
}

void TestLoanTerms::principalLimits_fromText_refusesAMalformedSettingSayingWhy()
{
    QFETCH(QString, text);
    QFETCH(QString, why);

    const auto limits = PrincipalLimits::fromText(text);
    LD_VERIFY_ERROR(limits, Error::Kind::Validation);
    QCOMPARE(limits.error().message,
        QStringLiteral("The loan maximums \"%1\" are not valid: %2 They look like \"USD:50000.00,EUR:50000.00\".")
            .arg(text, why));
    QCOMPARE(limits.error().detail, QStringLiteral("loans.max_principal"));
}

LEDGERDESK_TEST_MAIN(TestLoanTerms)
#include "tst_loanterms.moc"
