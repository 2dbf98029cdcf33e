#include "savingsrepository.h"

#include "storage/database.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QVariant>

namespace Ledgerdesk {

namespace {

struct Strings
{
    Q_DECLARE_TR_FUNCTIONS(Ledgerdesk::SavingsRepository)
};

const QString goalSelect = QStringLiteral(
    "SELECT g.id, g.wallet_id, g.client_id, g.account_id, g.name, g.currency, g.target_minor, a.balance_minor, g.status, "
    "g.reached_at_ms, g.created_by, g.created_at_ms, g.closed_at_ms FROM savings_goals g JOIN accounts a ON a.id = g.account_id");

SavingsGoal goalFromRow(const QSqlQuery &query)
{
    SavingsGoal goal;
    goal.id = query.value(0).toString();
    goal.walletId = query.value(1).toString();
    goal.clientId = query.value(2).toString();
    goal.accountId = query.value(3).toString();
    goal.name = query.value(4).toString();
    goal.currency = query.value(5).toString();
    goal.targetMinor = query.value(6).toLongLong();
    goal.currentMinor = query.value(7).toLongLong();
    goal.status = goalStatusFromName(query.value(8).toString()).value_or(GoalStatus::Open);
    goal.reachedAtMs = query.value(9).toLongLong();
    goal.createdBy = query.value(10).toString();
    goal.createdAtMs = query.value(11).toLongLong();
    goal.closedAtMs = query.value(12).toLongLong();
    return goal;
}

ContributionKind contributionKindFromName(const QString &name)
{
    if (name == QLatin1String("REDEEM"))
        return ContributionKind::Redeem;
    if (name == QLatin1String("REFUND"))
        return ContributionKind::Refund;
    return ContributionKind::Add;
}

} // namespace

QString goalStatusName(GoalStatus status)
{
    switch (status) {
    case GoalStatus::Open: return QStringLiteral("OPEN");
    case GoalStatus::Redeemed: return QStringLiteral("REDEEMED");
    case GoalStatus::Deleted: return QStringLiteral("DELETED");
    }
    return {};
}

std::optional<GoalStatus> goalStatusFromName(const QString &name)
{
    for (GoalStatus status : {GoalStatus::Open, GoalStatus::Redeemed, GoalStatus::Deleted}) {
        if (name.compare(goalStatusName(status), Qt::CaseInsensitive) == 0)
            return status;
    }
    return std::nullopt;
}

QString contributionKindName(ContributionKind kind)
{
    switch (kind) {
    case ContributionKind::Add: return QStringLiteral("ADD");
    case ContributionKind::Redeem: return QStringLiteral("REDEEM");
    case ContributionKind::Refund: return QStringLiteral("REFUND");
    }
    return {};
}

QString SavingsRepository::accountIdOf(const QString &goalId)
{
    return QStringLiteral("sys:goal:") + goalId;
}

Result<void> SavingsRepository::insert(const SavingsGoal &goal)
{
    QSqlQuery &query = m_db.prepared(QStringLiteral(
        "INSERT INTO savings_goals (id, wallet_id, client_id, account_id, name, currency, target_minor, status, created_by, "
        "created_at_ms) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    query.addBindValue(goal.id);
    query.addBindValue(goal.walletId);
    query.addBindValue(goal.clientId);
    query.addBindValue(goal.accountId);
    query.addBindValue(goal.name);
    query.addBindValue(goal.currency);
    query.addBindValue(goal.targetMinor);
    query.addBindValue(goalStatusName(goal.status));
    query.addBindValue(goal.createdBy);
    query.addBindValue(goal.createdAtMs);
    return m_db.exec(query, Strings::tr("Could not store the savings goal."));
}

Result<SavingsGoal> SavingsRepository::find(const QString &id)
{
    QSqlQuery &query = m_db.prepared(goalSelect + QStringLiteral(" WHERE g.id = ?"));
    query.addBindValue(id);
    if (auto ok = m_db.exec(query, Strings::tr("Could not read the savings goal.")); !ok)
        return ok.error();
    if (!query.next())
        return makeError(Error::Kind::NotFound, Strings::tr("There is no savings goal \"%1\".").arg(id), QStringLiteral("goal_id"));
    SavingsGoal goal = goalFromRow(query);
    query.finish();
    return goal;
}

Result<QList<SavingsGoal>> SavingsRepository::list(const QString &walletId, bool includeClosed)
{
    QStringList conditions;
    if (!walletId.isEmpty())
        conditions << QStringLiteral("g.wallet_id = ?");
    if (!includeClosed)
        conditions << QStringLiteral("g.status = 'OPEN'");
    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);
    query.prepare(goalSelect + (conditions.isEmpty() ? QString() : QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND ")))
                  + QStringLiteral(" ORDER BY CASE WHEN g.status = 'OPEN' THEN 0 ELSE 1 END, g.created_at_ms DESC, g.id DESC"));
    if (!walletId.isEmpty())
        query.addBindValue(walletId);
    if (auto ok = m_db.exec(query, Strings::tr("Could not read the savings goals.")); !ok)
        return ok.error();
    QList<SavingsGoal> goals;
    while (query.next())
        goals.append(goalFromRow(query));
    return goals;
}

Result<void> SavingsRepository::markReached(const QString &id, qint64 nowMs)
{
    QSqlQuery &query = m_db.prepared(QStringLiteral("UPDATE savings_goals SET reached_at_ms = ? WHERE id = ? AND reached_at_ms IS NULL"));
    query.addBindValue(nowMs);
    query.addBindValue(id);
    return m_db.exec(query, Strings::tr("Could not record that the goal was reached."));
}

Result<bool> SavingsRepository::close(const QString &id, GoalStatus status, qint64 nowMs)
{
    Q_ASSERT(status != GoalStatus::Open);
    QSqlQuery &query = m_db.prepared(QStringLiteral(
        "UPDATE savings_goals SET status = ?, closed_at_ms = ? WHERE id = ? AND status = 'OPEN'"));
    query.addBindValue(goalStatusName(status));
    query.addBindValue(nowMs);
    query.addBindValue(id);
    if (auto ok = m_db.exec(query, Strings::tr("Could not close the savings goal.")); !ok)
        return ok.error();
    return query.numRowsAffected() == 1;
}

Result<void> SavingsRepository::insertContribution(const GoalContribution &contribution)
{
    QSqlQuery &query = m_db.prepared(QStringLiteral(
        "INSERT INTO goal_contributions (id, goal_id, kind, amount_minor, entry_id, agent_id, created_at_ms) "
        "VALUES (?, ?, ?, ?, ?, ?, ?)"));
    query.addBindValue(contribution.id);
    query.addBindValue(contribution.goalId);
    query.addBindValue(contributionKindName(contribution.kind));
    query.addBindValue(contribution.amountMinor);
    query.addBindValue(contribution.entryId);
    query.addBindValue(contribution.agentId);
    query.addBindValue(contribution.createdAtMs);
    return m_db.exec(query, Strings::tr("Could not store the goal's contribution."));
}

Result<QList<GoalContribution>> SavingsRepository::contributionsOf(const QString &goalId)
{
    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral(
        "SELECT id, goal_id, kind, amount_minor, entry_id, agent_id, created_at_ms FROM goal_contributions "
        "WHERE goal_id = ? ORDER BY created_at_ms, id"));
    query.addBindValue(goalId);
    if (auto ok = m_db.exec(query, Strings::tr("Could not read the goal's history.")); !ok)
        return ok.error();
    QList<GoalContribution> contributions;
    while (query.next()) {
        GoalContribution contribution;
        contribution.id = query.value(0).toString();
        contribution.goalId = query.value(1).toString();
        contribution.kind = contributionKindFromName(query.value(2).toString());
        contribution.amountMinor = query.value(3).toLongLong();
        contribution.entryId = query.value(4).toString();
        contribution.agentId = query.value(5).toString();
        contribution.createdAtMs = query.value(6).toLongLong();
        contributions.append(contribution);
    }
    return contributions;
}

} // namespace Ledgerdesk
