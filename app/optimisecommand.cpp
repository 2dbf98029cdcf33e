#include "commandio.h"
#include "subcommand.h"

#include "core/money.h"
#include "optimiser/debtoptimiser.h"
#include "optimiser/debtsfile.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

namespace Ledgerdesk::CommandLine {

namespace {

struct Strings
{
    Q_DECLARE_TR_FUNCTIONS(Ledgerdesk::OptimiseCommand)
};

// The help texts, in the context of the other commands' help.
struct HelpStrings
{
    Q_DECLARE_TR_FUNCTIONS(Ledgerdesk::CommandLine)
};

QString decimal(qint64 minor, const QString &currency)
{
    return Money(minor, currency).toDecimalString();
}

QJsonObject planJson(const PayoffPlan &plan)
{
    QJsonObject json {{QStringLiteral("strategy"), strategyKey(plan.strategy)}, {QStringLiteral("ends"), plan.ends}};
    QJsonArray debts;
    for (const DebtOutcome &debt : plan.debts) {
        QJsonObject entry {{QStringLiteral("name"), debt.name}};
        entry.insert(QStringLiteral("payoff_month"), debt.isPaidOff() ? QJsonValue(debt.payoffMonth) : QJsonValue());
        entry.insert(QStringLiteral("payoff"),
            debt.payoffMonth > 0 ? QJsonValue(plan.monthDate(debt.payoffMonth).toString()) : QJsonValue());
        if (plan.ends) {
            entry.insert(QStringLiteral("interest"), decimal(debt.interestMinor, plan.currency));
            entry.insert(QStringLiteral("paid"), decimal(debt.paidMinor, plan.currency));
        }
        debts.append(entry);
    }
    json.insert(QStringLiteral("debts"), debts);
    if (!plan.ends) {
        json.insert(QStringLiteral("reason"), plan.reason);
        return json;
    }
    json.insert(QStringLiteral("months"), plan.months);
    json.insert(QStringLiteral("debt_free"), plan.debtFree().toString());
    json.insert(QStringLiteral("total_interest"), decimal(plan.totalInterestMinor, plan.currency));
    json.insert(QStringLiteral("total_paid"), decimal(plan.totalPaidMinor, plan.currency));
    json.insert(QStringLiteral("interest_saved"),
        plan.interestSavedMinor ? QJsonValue(decimal(*plan.interestSavedMinor, plan.currency)) : QJsonValue());
    json.insert(QStringLiteral("months_saved"), plan.monthsSaved ? QJsonValue(*plan.monthsSaved) : QJsonValue());
    return json;
}

QByteArray comparisonJson(const PayoffInput &input, const DebtOptimiser::Comparison &comparison)
{
    QJsonArray plans;
    for (const PayoffPlan &plan : comparison.plans)
        plans.append(planJson(plan));
    QJsonObject json {
        {QStringLiteral("currency"), input.currency},
        {QStringLiteral("start"), input.start.toString()},
        {QStringLiteral("budget"), decimal(input.budgetMinor, input.currency)},
        {QStringLiteral("minimum_only_ends"), comparison.minimumOnlyEnds},
        {QStringLiteral("strategies"), plans},
    };
    if (!comparison.minimumOnlyEnds)
        json.insert(QStringLiteral("minimum_only_reason"), comparison.minimumOnlyReason);
    return QJsonDocument(json).toJson(QJsonDocument::Indented);
}

// Rows of cells as columns padded to their widest cell; the first column to the left, the others to the right.
QString table(const QList<QStringList> &rows)
{
    QList<qsizetype> widths;
    for (const QStringList &row : rows) {
        for (qsizetype column = 0; column < row.size(); ++column) {
            if (column >= widths.size())
                widths.append(0);
            widths[column] = qMax(widths[column], row.at(column).size());
        }
    }
    QString text;
    for (const QStringList &row : rows) {
        QString line;
        for (qsizetype column = 0; column < row.size(); ++column)
            line += column == 0 ? row.at(column).leftJustified(widths[column])
                                : QStringLiteral("  ") + row.at(column).rightJustified(widths[column]);
        text += line.trimmed() + QLatin1Char('\n');
    }
    return text;
}

QString comparisonText(const PayoffInput &input, const DebtOptimiser::Comparison &comparison)
{
    const QLocale locale;
    const auto amount = [&input, &locale](qint64 minor) { return Money(minor, input.currency).formatNumber(locale); };
    qint64 owed = 0;
    qint64 minimums = 0;
    for (const Debt &debt : input.debts) {
        owed += debt.balanceMinor;
        minimums += debt.balanceMinor > 0 ? debt.minimumMinor : 0;
    }
    QString text = Strings::tr("Debts: %1, owing %2 %3 in all, from %4. Budget: %5 a month, of which the minimums take %6.")
                       .arg(locale.toString(input.debts.size()), amount(owed), input.currency, input.start.toString(),
                           amount(input.budgetMinor), amount(minimums))
        + QStringLiteral("\n\n");

    QList<QStringList> rows {{Strings::tr("Strategy"), Strings::tr("Months"), Strings::tr("Debt-free"),
        Strings::tr("Total interest"), Strings::tr("Total paid"), Strings::tr("Interest saved"), Strings::tr("Months saved")}};
    QStringList notes;
    for (const PayoffPlan &plan : comparison.plans) {
        if (!plan.ends) {
            rows.append({strategyTitle(plan.strategy), Strings::tr("never ends")});
            notes.append(Strings::tr("%1: %2").arg(strategyTitle(plan.strategy), plan.reason));
            continue;
        }
        // Minimum only is what the others are measured against: nothing to show for it.
        const bool compared = plan.interestSavedMinor && plan.strategy != Strategy::MinimumOnly;
        const QString none = QStringLiteral("-");
        rows.append({strategyTitle(plan.strategy), locale.toString(plan.months), plan.debtFree().toString(),
            amount(plan.totalInterestMinor), amount(plan.totalPaidMinor), compared ? amount(*plan.interestSavedMinor) : none,
            compared ? locale.toString(*plan.monthsSaved) : none});
    }
    text += table(rows);
    if (!comparison.minimumOnlyEnds)
        notes.append(Strings::tr("Nothing is saved against minimum payments alone, because they never pay these debts off: %1")
                         .arg(comparison.minimumOnlyReason));
    for (const QString &note : std::as_const(notes))
        text += QLatin1Char('\n') + note + QLatin1Char('\n');

    text += QLatin1Char('\n') + Strings::tr("Month each debt is paid off, and the interest it costs:") + QStringLiteral("\n\n");
    QStringList header {Strings::tr("Debt")};
    for (const PayoffPlan &plan : comparison.plans)
        header.append(strategyTitle(plan.strategy));
    QList<QStringList> payoffs {header};
    for (int debt = 0; debt < int(input.debts.size()); ++debt) {
        QStringList row {input.debts.at(debt).name};
        for (const PayoffPlan &plan : comparison.plans) {
            const DebtOutcome &outcome = plan.debts.at(debt);
            if (!outcome.isPaidOff())
                row.append(Strings::tr("never"));
            else if (outcome.payoffMonth == 0)
                row.append(Strings::tr("nothing owed"));
            else
                row.append(Strings::tr("%1 (%2), %3")
                               .arg(outcome.payoffMonth)
                               .arg(plan.monthDate(outcome.payoffMonth).toString(), amount(outcome.interestMinor)));
        }
        payoffs.append(row);
    }
    return text + table(payoffs);
}

int runOptimise(const QCommandLineParser &parser, const QStringList &positional)
{
    if (!positional.isEmpty())
        return fail(Strings::tr("Usage: ledgerdesk optimise --debts FILE --budget AMOUNT [--strategy S] [--json]."));
    if (!parser.isSet(QStringLiteral("debts")))
        return fail(Strings::tr("Name the file of debts with --debts FILE."));
    if (!parser.isSet(QStringLiteral("budget")))
        return fail(Strings::tr("Give the monthly budget with --budget AMOUNT, like --budget 750.00."));
    QList<Strategy> strategies = allStrategies();
    if (parser.isSet(QStringLiteral("strategy"))) {
        const QString name = parser.value(QStringLiteral("strategy")).trimmed().toLower();
        const std::optional<Strategy> strategy = strategyFromKey(name);
        if (!strategy)
            return fail(Strings::tr("There is no strategy \"%1\"; choose avalanche, snowball, custom or minimum.").arg(name));
        strategies = {*strategy};
    }

    const QString path = parser.value(QStringLiteral("debts"));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(Strings::tr("Could not read the file of debts %1: %2.").arg(path, file.errorString()));
    auto parsed = parseDebtsFile(file.readAll());
    if (!parsed)
        return fail(parsed.error().message);
    PayoffInput input = std::move(parsed).value();
    auto budget = Money::parse(parser.value(QStringLiteral("budget")), input.currency);
    if (!budget)
        return fail(Strings::tr("--budget: %1").arg(budget.error().message));
    input.budgetMinor = budget->minor();
    auto comparison = DebtOptimiser::compare(input, strategies);
    if (!comparison)
        return fail(comparison.error().message);

    if (parser.isSet(QStringLiteral("json")))
        out() << comparisonJson(input, *comparison) << Qt::flush;
    else
        out() << comparisonText(input, *comparison) << Qt::flush;
    return 0;
}

} // namespace

// `ledgerdesk optimise --debts FILE --budget AMOUNT [--strategy S] [--json]`: reads the debts file (see
// parseDebtsFile), plans every strategy or the one asked for, and prints the comparison as a table for
// people or as JSON. Needs no database.
Subcommand optimiseCommand()
{
    return {QStringLiteral("optimise"), QStringLiteral("optimise --debts FILE --budget AMOUNT [--strategy S] [--json]"),
        HelpStrings::tr("Compare pay-off plans for a file of debts: avalanche, snowball, custom order, minimum only."),
        {{QStringLiteral("debts"), HelpStrings::tr("optimise: the JSON file of debts."), HelpStrings::tr("FILE")},
            {QStringLiteral("budget"), HelpStrings::tr("optimise: the monthly budget, like 750.00."), HelpStrings::tr("AMOUNT")},
            {QStringLiteral("strategy"), HelpStrings::tr("optimise: avalanche, snowball, custom or minimum (default: all)."),
                HelpStrings::tr("S")},
            {QStringLiteral("json"), HelpStrings::tr("optimise: print JSON instead of a table.")}},
        {}, false, runOptimise};
}

} // namespace Ledgerdesk::CommandLine
