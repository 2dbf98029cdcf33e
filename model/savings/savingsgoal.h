#pragma once

#include <QString>

#include <optional>

namespace Ledgerdesk {

enum class GoalStatus { Open, Redeemed, Deleted };

QString goalStatusName(GoalStatus status); // "OPEN", "REDEEMED", "DELETED"
std::optional<GoalStatus> goalStatusFromName(const QString &name);

// A savings goal of a wallet. Its money is held in its own account (accountId); currentMinor is that
// account's balance. Amounts in minor units of `currency`.
struct SavingsGoal
{
    QString id;
    QString walletId;
    QString clientId;
    QString accountId;
    QString name;
    QString currency;
    qint64 targetMinor = 0;
    qint64 currentMinor = 0;
    GoalStatus status = GoalStatus::Open;
    qint64 reachedAtMs = 0; // when current first reached the target; 0 until then
    QString createdBy;
    qint64 createdAtMs = 0;
    qint64 closedAtMs = 0;

    bool isReached() const { return currentMinor >= targetMinor; }
};

enum class ContributionKind { Add, Redeem, Refund };

QString contributionKindName(ContributionKind kind); // "ADD", "REDEEM", "REFUND"

// One movement of money into or out of a goal.
struct GoalContribution
{
    QString id;
    QString goalId;
    ContributionKind kind = ContributionKind::Add;
    qint64 amountMinor = 0;
    QString entryId;
    QString agentId;
    qint64 createdAtMs = 0;
};

} // namespace Ledgerdesk
