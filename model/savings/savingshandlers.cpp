#include "savingsmessages.h"

#include "commands/handlercontext.h"
#include "core/ids.h"
#include "ledger/accountrepository.h"
#include "ledger/journal.h"
#include "ledger/ledgercontext.h"
#include "savingsrepository.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace Ledgerdesk {

namespace {

struct Strings
{
    Q_DECLARE_TR_FUNCTIONS(Ledgerdesk::SavingsHandlers)
};

const QString goalIdField = QStringLiteral("goal_id");
constexpr int maxNameLength = 80;

QString withCurrency(qint64 minor, const QString &currency)
{
    return Money::decimal(minor, currency) + QLatin1Char(' ') + currency;
}

QJsonObject describe(const SavingsGoal &goal)
{
    return {{goalIdField, goal.id}, {QStringLiteral("wallet_id"), goal.walletId}, {QStringLiteral("client_id"), goal.clientId},
        {QStringLiteral("name"), goal.name}, {QStringLiteral("currency"), goal.currency},
        {QStringLiteral("target"), Money::decimal(goal.targetMinor, goal.currency)},
        {QStringLiteral("current"), Money::decimal(goal.currentMinor, goal.currency)},
        {QStringLiteral("status"), goalStatusName(goal.status)}};
}

// The goal named by the payload, refused unless it is still open.
Result<SavingsGoal> openGoalOf(const HandlerContext &context)
{
    auto goalId = context.requireString(goalIdField);
    if (!goalId)
        return goalId.error();
    auto goal = SavingsRepository(context.db()).find(*goalId);
    if (!goal)
        return goal;
    if (goal->status != GoalStatus::Open)
        return makeError(Error::Kind::Conflict,
            Strings::tr("The savings goal \"%1\" is %2 and can no longer change.").arg(goal->name, goalStatusName(goal->status)));
    return goal;
}

// Moves money between a goal and its wallet (positive: into the goal) and writes the contribution.
Result<QHash<QString, qint64>> move(
    HandlerContext &context, const SavingsGoal &goal, EntryKind kind, ContributionKind contributionKind, qint64 intoGoalMinor)
{
    JournalEntry entry = newEntry(context, kind);
    entry.memo = Strings::tr("Savings goal \"%1\"").arg(goal.name);
    entry.postings = {{goal.walletId, -intoGoalMinor}, {goal.accountId, intoGoalMinor}};
    auto balances = Journal(context.db()).post(entry);
    if (!balances)
        return balances.error();
    GoalContribution contribution;
    contribution.id = Ids::next();
    contribution.goalId = goal.id;
    contribution.kind = contributionKind;
    contribution.amountMinor = std::abs(intoGoalMinor);
    contribution.entryId = entry.id;
    contribution.agentId = context.agent().id;
    contribution.createdAtMs = context.nowMs();
    if (auto ok = SavingsRepository(context.db()).insertContribution(contribution); !ok)
        return ok.error();
    return balances;
}

Result<QJsonObject> createGoal(HandlerContext &context)
{
    auto wallet = requireOpenWallet(context);
    if (!wallet)
        return wallet.error();
    auto name = context.requireString(QStringLiteral("name"));
    if (!name)
        return name.error();
    if (name->size() > maxNameLength)
        return makeError(Error::Kind::Validation, Strings::tr("A goal's name has at most %1 characters.").arg(maxNameLength),
            QStringLiteral("name"));
    AccountRepository accounts(context.db());
    auto target = context.requireAmount(QStringLiteral("target"), wallet->currency);
    if (!target)
        return target.error();

    SavingsGoal goal;
    goal.id = context.optionalString(goalIdField);
    if (goal.id.isEmpty())
        goal.id = Ids::next();
    SavingsRepository goals(context.db());
    if (goals.find(goal.id))
        return makeError(Error::Kind::Conflict, Strings::tr("A savings goal \"%1\" exists already.").arg(goal.id), goalIdField);
    goal.walletId = wallet->id;
    goal.clientId = wallet->clientId;
    goal.accountId = SavingsRepository::accountIdOf(goal.id);
    goal.name = *name;
    goal.currency = wallet->currency;
    goal.targetMinor = target->minor();
    goal.createdBy = context.agent().id;
    goal.createdAtMs = context.nowMs();

    Account holding;
    holding.id = goal.accountId;
    holding.clientId = goal.clientId;
    holding.kind = AccountKind::SavingsGoal;
    holding.name = Strings::tr("Savings goal: %1").arg(goal.name);
    holding.currency = goal.currency;
    holding.createdAtMs = context.nowMs();
    if (auto ok = accounts.insert(holding); !ok)
        return ok.error();
    if (auto ok = goals.insert(goal); !ok)
        return ok.error();
    if (auto ok = context.record(QStringLiteral("Create|Goal"), goal.clientId, QStringLiteral("target"), {},
            goal.name + QStringLiteral(": ") + withCurrency(goal.targetMinor, goal.currency));
        !ok)
        return ok.error();
    return describe(goal);
}

// GOAL_ADD: wallet -> goal in one entry. Short of funds, nothing changes and nothing is recorded.
Result<QJsonObject> addToGoal(HandlerContext &context)
{
    auto found = openGoalOf(context);
    if (!found)
        return found.error();
    SavingsGoal *goal = &found.value();
    auto amount = context.requireAmount(QStringLiteral("amount"), goal->currency);
    if (!amount)
        return amount.error();
    auto wallet = findOpenWallet(context, goal->walletId);
    if (!wallet)
        return wallet.error();
    if (wallet->balanceMinor < amount->minor())
        return makeError(Error::Kind::Conflict,
            Strings::tr("Insufficient funds: the wallet holds %1 and the goal needs %2.")
                .arg(withCurrency(wallet->balanceMinor, goal->currency), withCurrency(amount->minor(), goal->currency)));
    auto balances = move(context, *goal, EntryKind::SavingsAdd, ContributionKind::Add, amount->minor());
    if (!balances)
        return balances.error();
    const qint64 before = goal->currentMinor;
    goal->currentMinor = balances->value(goal->accountId);
    bool emailed = false;
    if (goal->reachedAtMs == 0 && goal->isReached()) {
        if (auto ok = SavingsRepository(context.db()).markReached(goal->id, context.nowMs()); !ok)
            return ok.error();
        auto notified = context.notifyClient(goal->clientId, QStringLiteral("goal_reached"),
            {{QStringLiteral("goal"), goal->name}, {QStringLiteral("amount"), Money::decimal(goal->currentMinor, goal->currency)},
                {QStringLiteral("target"), Money::decimal(goal->targetMinor, goal->currency)},
                {QStringLiteral("currency"), goal->currency}});
        if (!notified)
            return notified.error();
        emailed = *notified;
    }
    if (auto ok = context.record(QStringLiteral("Add|Goal"), goal->clientId, goal->name, withCurrency(before, goal->currency),
            withCurrency(goal->currentMinor, goal->currency), emailed);
        !ok)
        return ok.error();
    QJsonObject result = describe(*goal);
    result.insert(QStringLiteral("amount"), amount->toDecimalString());
    result.insert(QStringLiteral("balance"), Money::decimal(balances->value(goal->walletId), goal->currency));
    result.insert(QStringLiteral("reached"), goal->isReached());
    return result;
}

// GOAL_REDEEM and GOAL_DELETE: everything the goal holds goes back to the wallet, and it closes.
Result<QJsonObject> close(HandlerContext &context, GoalStatus closing)
{
    auto found = openGoalOf(context);
    if (!found)
        return found.error();
    SavingsGoal *goal = &found.value();
    if (auto wallet = findOpenWallet(context, goal->walletId); !wallet)
        return wallet.error();
    const bool redeeming = closing == GoalStatus::Redeemed;
    if (redeeming && !goal->isReached())
        return makeError(Error::Kind::Conflict,
            Strings::tr("The goal \"%1\" holds %2 of its %3; it can be redeemed once it is reached.")
                .arg(goal->name, withCurrency(goal->currentMinor, goal->currency),
                    withCurrency(goal->targetMinor, goal->currency)));
    const qint64 held = goal->currentMinor;
    qint64 walletBalance = -1;
    if (held > 0) {
        auto balances = move(context, *goal, redeeming ? EntryKind::SavingsRedeem : EntryKind::SavingsRefund,
            redeeming ? ContributionKind::Redeem : ContributionKind::Refund, -held);
        if (!balances)
            return balances.error();
        walletBalance = balances->value(goal->walletId);
    }
    auto closed = SavingsRepository(context.db()).close(goal->id, closing, context.nowMs());
    if (!closed)
        return closed.error();
    if (!*closed)
        return makeError(Error::Kind::Conflict, Strings::tr("The savings goal \"%1\" was closed meanwhile.").arg(goal->name));
    if (auto ok = AccountRepository(context.db()).close(goal->accountId); !ok)
        return ok.error();
    if (auto ok = context.record(redeeming ? QStringLiteral("Redeem|Goal") : QStringLiteral("Delete|Goal"), goal->clientId,
            goal->name, withCurrency(held, goal->currency), withCurrency(0, goal->currency));
        !ok)
        return ok.error();
    goal->status = closing;
    goal->currentMinor = 0;
    QJsonObject result = describe(*goal);
    result.insert(QStringLiteral("amount"), Money::decimal(held, goal->currency));
    if (walletBalance >= 0)
        result.insert(QStringLiteral("balance"), Money::decimal(walletBalance, goal->currency));
    return result;
}

} // namespace

QList<MessageType> SavingsMessages::types()
{
    const PayloadField goalId = PayloadField::text(goalIdField);
    const auto name = [](const QJsonObject &result) { return result.value(QStringLiteral("name")).toString(); };
    const auto amount = [](const QJsonObject &result) { return MessageType::displayAmount(result, QStringLiteral("amount")); };
    return {
        {create, Permission::AnyAgent,
            {PayloadField::optionalText(goalIdField), PayloadField::text(QStringLiteral("wallet_id")),
                PayloadField::text(QStringLiteral("name")), PayloadField::amount(QStringLiteral("target"))},
            createGoal,
            [name](const QJsonObject &result) { return Strings::tr("Savings goal “%1” created.").arg(name(result)); }},
        {add, Permission::AnyAgent, {goalId, PayloadField::amount(QStringLiteral("amount"))}, addToGoal,
            [name, amount](const QJsonObject &result) {
                return result.value(QStringLiteral("reached")).toBool()
                    ? Strings::tr("%1 added: “%2” has reached its target!").arg(amount(result), name(result))
                    : Strings::tr("%1 added to “%2”.").arg(amount(result), name(result));
            },
            {QStringLiteral("goal_reached")}},
        {redeem, Permission::AnyAgent, {goalId}, [](HandlerContext &context) { return close(context, GoalStatus::Redeemed); },
            [name, amount](const QJsonObject &result) {
                return Strings::tr("“%1” redeemed: %2 went back to the wallet.").arg(name(result), amount(result));
            }},
        {remove, Permission::AnyAgent, {goalId}, [](HandlerContext &context) { return close(context, GoalStatus::Deleted); },
            [name, amount](const QJsonObject &result) {
                return Strings::tr("“%1” deleted: %2 went back to the wallet.").arg(name(result), amount(result));
            }},
    };
}

} // namespace Ledgerdesk
