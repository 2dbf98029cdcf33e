#include "payoffplan.h"

#include "debt.h"

#include <QCoreApplication>

namespace Ledgerdesk {

namespace {

struct Strings
{
    Q_DECLARE_TR_FUNCTIONS(Ledgerdesk::PayoffPlan)
};

} // namespace

QList<Strategy> allStrategies()
{
    return {Strategy::Avalanche, Strategy::Snowball, Strategy::Custom, Strategy::MinimumOnly};
}

QString strategyKey(Strategy strategy)
{
    switch (strategy) {
    case Strategy::Avalanche:
        return QStringLiteral("avalanche");
    case Strategy::Snowball:
        return QStringLiteral("snowball");
    case Strategy::Custom:
        return QStringLiteral("custom");
    case Strategy::MinimumOnly:
        return QStringLiteral("minimum");
    }
    return {};
}

std::optional<Strategy> strategyFromKey(const QString &key)
{
    if (key == QLatin1String("minimum-only"))
        return Strategy::MinimumOnly;
    for (Strategy strategy : allStrategies()) {
        if (key == strategyKey(strategy))
            return strategy;
    }
    return std::nullopt;
}

QString strategyTitle(Strategy strategy)
{
    switch (strategy) {
    case Strategy::Avalanche:
        return Strings::tr("Avalanche");
    case Strategy::Snowball:
        return Strings::tr("Snowball");
    case Strategy::Custom:
        return Strings::tr("Custom order");
    case Strategy::MinimumOnly:
        return Strings::tr("Minimum only");
    }
    return {};
}

ScheduleCell PayoffPlan::cell(int month, int debt) const
{
    if (month < 1 || month > monthsOwed(debt))
        return {};
    const DebtOutcome &outcome = debts.at(debt);
    const qsizetype at = scheduleStart.at(debt) + month - 1;
    const qint64 before = month == 1 ? outcome.openingBalanceMinor : scheduleBalances.at(at - 1);
    const qint64 interest = Debt::monthlyInterest(before, outcome.ratePpm);
    const qint64 after = scheduleBalances.at(at);
    return {before + interest - after, interest, after};
}

} // namespace Ledgerdesk
