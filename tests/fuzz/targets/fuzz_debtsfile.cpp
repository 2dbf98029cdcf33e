#include "core/money.h"
#include "fuzzcheck.h"
#include "optimiser/debtoptimiser.h"
#include "optimiser/debtsfile.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Ledgerdesk;

// The debt optimiser's input file (`ledgerdesk optimise --debts FILE`). An input is the file. A file
// that loads must give a known currency, a start month in range and 1 to maxDebts debts, each with a
// trimmed name, a balance and a minimum from 0 to Money::maxMinor and a rate from 0 to maxRatePpm, and
// extras in range; written back in the file's own form it must load as the same input. The loaded
// debts are then planned with a budget of their minimums plus a twelfth of what is owed, and each plan
// must add up: a plan that ends paid exactly the balances plus the interest, and no balance goes
// below zero.

namespace {

QByteArray written(const PayoffInput &input)
{
    QJsonArray debts;
    for (const Debt &debt : input.debts)
        debts.append(QJsonObject {{QStringLiteral("name"), debt.name},
            {QStringLiteral("balance"), Money::decimal(debt.balanceMinor, input.currency)},
            {QStringLiteral("rate"), Debt::rateText(debt.ratePpm)},
            {QStringLiteral("minimum"), Money::decimal(debt.minimumMinor, input.currency)}});
    QJsonArray extras;
    for (const ExtraPayment &extra : input.extras)
        extras.append(QJsonObject {{QStringLiteral("month"), extra.month},
            {QStringLiteral("amount"), Money::decimal(extra.amountMinor, input.currency)}});
    return QJsonDocument(
        QJsonObject {{QStringLiteral("currency"), input.currency}, {QStringLiteral("start"), input.start.toString()},
            {QStringLiteral("debts"), debts}, {QStringLiteral("extra"), extras}})
        .toJson(QJsonDocument::Compact);
}

void checkLoaded(const PayoffInput &input)
{
    const auto file = [&input] { return QString::fromUtf8(written(input)); };
    FUZZ_CHECK(Money::isKnownCurrency(input.currency), file());
    FUZZ_CHECK(input.start.month >= 1 && input.start.month <= 12, file());
    FUZZ_CHECK(input.start.year >= YearMonth::minYear && input.start.year <= YearMonth::maxYear, file());
    FUZZ_CHECK(!input.debts.isEmpty() && input.debts.size() <= DebtOptimiser::maxDebts, file());
    FUZZ_CHECK(input.budgetMinor == 0, file());
    for (const Debt &debt : input.debts) {
        FUZZ_CHECK(!debt.name.isEmpty() && debt.name == debt.name.trimmed(), file());
        FUZZ_CHECK(debt.balanceMinor >= 0 && debt.balanceMinor <= Money::maxMinor, file());
        FUZZ_CHECK(debt.minimumMinor >= 0 && debt.minimumMinor <= Money::maxMinor, file());
        FUZZ_CHECK(debt.ratePpm >= 0 && debt.ratePpm <= Debt::maxRatePpm, file());
    }
    for (const ExtraPayment &extra : input.extras) {
        FUZZ_CHECK(extra.month >= 1 && extra.month <= DebtOptimiser::maxMonths, file());
        FUZZ_CHECK(extra.amountMinor >= 0 && extra.amountMinor <= Money::maxMinor, file());
    }
    auto again = parseDebtsFile(written(input));
    FUZZ_CHECK(again, file() + QStringLiteral(" is refused: ") + (again ? QString() : again.error().message));
    FUZZ_CHECK(*again == input, file() + QStringLiteral(" loads as ") + QString::fromUtf8(written(*again)));
}

void checkPlan(const PayoffInput &input, const PayoffPlan &plan)
{
    const auto what = [&input, &plan] {
        return QString::fromUtf8(written(input))
            + QStringLiteral(" budget %1, strategy %2, month %3")
                  .arg(input.budgetMinor)
                  .arg(strategyKey(plan.strategy))
                  .arg(plan.months);
    };
    FUZZ_CHECK(plan.months >= 1 && plan.months <= DebtOptimiser::maxMonths, what());
    FUZZ_CHECK(plan.totalBalanceMinor.size() == plan.months + 1, what());
    FUZZ_CHECK(plan.debtCount() == input.debts.size() && plan.scheduleStart.size() == input.debts.size() + 1, what());
    for (const qint64 owed : plan.totalBalanceMinor)
        FUZZ_CHECK(owed >= 0, what());
    for (const qint64 balance : plan.scheduleBalances)
        FUZZ_CHECK(balance >= 0, what());
    FUZZ_CHECK(plan.ends == (plan.totalBalanceMinor.constLast() == 0), what());
    FUZZ_CHECK(plan.ends == plan.reason.isEmpty(), what());
    qint64 opening = 0;
    qint64 interest = 0;
    qint64 paid = 0;
    for (int i = 0; i < plan.debtCount(); ++i) {
        const DebtOutcome &debt = plan.debts.at(i);
        FUZZ_CHECK(debt.openingBalanceMinor == input.debts.at(i).balanceMinor, what());
        FUZZ_CHECK(debt.interestMinor >= 0 && debt.paidMinor >= 0, what());
        FUZZ_CHECK(debt.payoffMonth >= -1 && debt.payoffMonth <= plan.months, what());
        if (debt.isPaidOff())
            FUZZ_CHECK(
                debt.paidMinor == debt.openingBalanceMinor + debt.interestMinor, what() + QStringLiteral(" debt %1").arg(i));
        opening += debt.openingBalanceMinor;
        interest += debt.interestMinor;
        paid += debt.paidMinor;
    }
    FUZZ_CHECK(opening == plan.totalBalanceMinor.constFirst(), what());
    FUZZ_CHECK(interest == plan.totalInterestMinor && paid == plan.totalPaidMinor, what());
    FUZZ_CHECK(opening + interest - paid == plan.totalBalanceMinor.constLast(), what());
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    auto loaded = parseDebtsFile(Fuzz::bytes(data, size));
    if (!loaded) {
        FUZZ_CHECK(loaded.error().kind == Error::Kind::Validation && !loaded.error().message.isEmpty(), loaded.error().message);
        return 0;
    }
    checkLoaded(*loaded);

    PayoffInput input = *loaded;
    qint64 owed = 0;
    qint64 minimums = 0;
    for (const Debt &debt : input.debts) {
        owed = qMin(owed + debt.balanceMinor, Money::maxMinor + 1);
        minimums = qMin(minimums + debt.minimumMinor, Money::maxMinor + 1);
    }
    input.budgetMinor = qMin(minimums + owed / 12, Money::maxMinor);
    auto comparison = DebtOptimiser::compare(input);
    if (!comparison)
        return 0;
    for (const PayoffPlan &plan : comparison->plans)
        checkPlan(input, plan);
    return 0;
}
