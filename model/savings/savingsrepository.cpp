#include "savingsrepository.h"

#include "core/money.h"
#include "storage/database.h"
#include "storage/rows.h"
#include "storage/whereclause.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QVariant>

namespace Ledgerdesk {

namespace {

struct Strings
{
    Q_DECLARE_TR_FUNCTIONS(Ledgerdesk::SavingsRepository)
};

// The sentence of the goals' check, in the context every area's checks share.
struct CheckStrings
{
    Q_DECLARE_TR_FUNCTIONS(Ledgerdesk::Verifier)
};

const QString goalSelect = QStringLiteral(
    "SELECT g.id, g.wallet_id, g.client_id, g.account_id, g.name, g.currency, g.target_minor, a.balance_minor, g.status, "
    "g.reached_at_ms, g.created_by, g.created_at_ms, g.closed_at_ms FROM savings_goals g JOIN accounts a ON a.id = g.account_id");

// Reads the columns of goalSelect.
SavingsGoal goalFrom(RowReader &row)
{
    SavingsGoal goal;
    goal.id = row.text();
    goal.walletId = row.text();
    goal.clientId = row.text();
    goal.accountId = row.text();
    goal.name = row.text();
    goal.currency = row.text();
    goal.targetMinor = row.int64();
    goal.currentMinor = row.int64();
    goal.status = goalStatusFromName(row.text()).value_or(GoalStatus::Open);
    goal.reachedAtMs = row.int64();
    goal.createdBy = row.text();
    goal.createdAtMs = row.int64();
    goal.closedAtMs = row.int64();
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

// Reads id, goal_id, kind, amount_minor, entry_id, agent_id, created_at_ms.
GoalContribution contributionFrom(RowReader &row)
{
    GoalContribution contribution;
    contribution.id = row.text();
    contribution.goalId = row.text();
    contribution.kind = contributionKindFromName(row.text());
    contribution.amountMinor = row.int64();
    contribution.entryId = row.text();
    contribution.agentId = row.text();
    contribution.createdAtMs = row.int64();
    return contribution;
}

} // namespace

QString goalStatusName(GoalStatus status)
{
    switch (status) {
    case GoalStatus::Open:
        return QStringLiteral("OPEN");
    case GoalStatus::Redeemed:
        return QStringLiteral("REDEEMED");
    case GoalStatus::Deleted:
        return QStringLiteral("DELETED");
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
    case ContributionKind::Add:
        return QStringLiteral("ADD");
    case ContributionKind::Redeem:
        return QStringLiteral("REDEEM");
    case ContributionKind::Refund:
        return QStringLiteral("REFUND");
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
    bindValues(query,
        {goal.id, goal.walletId, goal.clientId, goal.accountId, goal.name, goal.currency, goal.targetMinor,
            goalStatusName(goal.status), goal.createdBy, goal.createdAtMs});
    return m_db.exec(query, Strings::tr("Could not store the savings goal."));
}

Result<SavingsGoal> SavingsRepository::find(const QString &id)
{
    QSqlQuery &query = m_db.prepared(goalSelect + QStringLiteral(" WHERE g.id = ?"));
    query.addBindValue(id);
    return findOne(m_db, query, goalFrom, Strings::tr("Could not read the savings goal."),
        Strings::tr("There is no savings goal \"%1\".").arg(id), QStringLiteral("goal_id"));
}

Result<QList<SavingsGoal>> SavingsRepository::list(const QString &walletId, bool includeClosed)
{
    WhereClause where;
    if (!walletId.isEmpty())
        where.add(QStringLiteral("g.wallet_id = ?"), walletId);
    if (!includeClosed)
        where.add(QStringLiteral("g.status = 'OPEN'"));
    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);
    query.prepare(goalSelect + where.sql()
        + QStringLiteral(" ORDER BY CASE WHEN g.status = 'OPEN' THEN 0 ELSE 1 END, g.created_at_ms DESC, g.id DESC"));
    where.bindTo(query);
    return fetchAll(m_db, query, goalFrom, Strings::tr("Could not read the savings goals."));
}

Result<void> SavingsRepository::markReached(const QString &id, qint64 nowMs)
{
    QSqlQuery &query
        = m_db.prepared(QStringLiteral("UPDATE savings_goals SET reached_at_ms = ? WHERE id = ? AND reached_at_ms IS NULL"));
    query.addBindValue(nowMs);
    query.addBindValue(id);
    return m_db.exec(query, Strings::tr("Could not record that the goal was reached."));
}

Result<bool> SavingsRepository::close(const QString &id, GoalStatus status, qint64 nowMs)
{
    Q_ASSERT(status != GoalStatus::Open);
    QSqlQuery &query
        = m_db.prepared(QStringLiteral("UPDATE savings_goals SET status = ?, closed_at_ms = ? WHERE id = ? AND status = 'OPEN'"));
    bindValues(query, {goalStatusName(status), nowMs, id});
    if (auto ok = m_db.exec(query, Strings::tr("Could not close the savings goal.")); !ok)
        return ok.error();
    return query.numRowsAffected() == 1;
}

Result<void> SavingsRepository::insertContribution(const GoalContribution &contribution)
{
    QSqlQuery &query = m_db.prepared(
        QStringLiteral("INSERT INTO goal_contributions (id, goal_id, kind, amount_minor, entry_id, agent_id, created_at_ms) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?)"));
    bindValues(query,
        {contribution.id, contribution.goalId, contributionKindName(contribution.kind), contribution.amountMinor,
            contribution.entryId, contribution.agentId, contribution.createdAtMs});
    return m_db.exec(query, Strings::tr("Could not store the goal's contribution."));
}

Result<QList<GoalContribution>> SavingsRepository::contributionsOf(const QString &goalId)
{
    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);
    query.prepare(
        QStringLiteral("SELECT id, goal_id, kind, amount_minor, entry_id, agent_id, created_at_ms FROM goal_contributions "
                       "WHERE goal_id = ? ORDER BY created_at_ms, id"));
    query.addBindValue(goalId);
    return fetchAll(m_db, query, contributionFrom, Strings::tr("Could not read the goal's history."));
}

Result<QStringList> SavingsRepository::closingBlockers(Database &db, const QString &clientId)
{
    QSqlQuery query(db.connection());
    query.setForwardOnly(true);
    query.prepare(goalSelect + QStringLiteral(" WHERE g.client_id = ? AND g.status = 'OPEN' ORDER BY g.created_at_ms, g.id"));
    query.addBindValue(clientId);
    return fetchAll(
        db, query,
        [](RowReader &row) {
            const SavingsGoal goal = goalFrom(row);
            return goal.currentMinor == 0
                ? Strings::tr("savings goal “%1” (%2) is open").arg(goal.name, goal.id)
                : Strings::tr("savings goal “%1” (%2) is open and holds %3 %4")
                      .arg(goal.name, goal.id, Money::decimal(goal.currentMinor, goal.currency), goal.currency);
        },
        Strings::tr("Could not read the client's savings goals."));
}

QList<BookCheck> SavingsRepository::checks()
{
    return {
        {QStringLiteral("SELECT g.id, a.currency, a.balance_minor FROM savings_goals g JOIN accounts a ON a.id = g.account_id "
                        "WHERE a.balance_minor < 0 OR (g.status <> 'OPEN' AND a.balance_minor <> 0)"),
            [](const QSqlQuery &q) {
                return Breach {q.value(0).toString(),
                    CheckStrings::tr("Savings goal %1 holds %2, which its status does not allow.")
                        .arg(q.value(0).toString(), BookCheck::amount(q.value(2), q.value(1)))};
            }},
        {QStringLiteral("SELECT g.id, a.currency, a.balance_minor, COALESCE(c.total, 0) FROM savings_goals g "
                        "JOIN accounts a ON a.id = g.account_id LEFT JOIN (SELECT goal_id, "
                        "SUM(CASE WHEN kind = 'ADD' THEN amount_minor ELSE -amount_minor END) AS total "
                        "FROM goal_contributions GROUP BY goal_id) c ON c.goal_id = g.id "
                        "WHERE a.balance_minor <> COALESCE(c.total, 0)"),
            [](const QSqlQuery &q) {
                return Breach {q.value(0).toString(),
                    CheckStrings::tr("Savings goal %1 holds %2, but its contributions add up to %3.")
                        .arg(q.value(0).toString(), BookCheck::amount(q.value(2), q.value(1)),
                            BookCheck::amount(q.value(3), q.value(1)))};
            }},
        {QStringLiteral(
             "SELECT c.goal_id, c.id FROM goal_contributions c JOIN savings_goals g ON g.id = c.goal_id "
             "WHERE NOT EXISTS (SELECT 1 FROM postings p WHERE p.entry_id = c.entry_id AND p.account_id = "
             "g.account_id AND p.amount_minor = CASE WHEN c.kind = 'ADD' THEN c.amount_minor ELSE -c.amount_minor END)"),
            [](const QSqlQuery &q) {
                return Breach {q.value(0).toString(),
                    CheckStrings::tr("Savings goal %1: contribution %2 has no matching posting on the goal.")
                        .arg(q.value(0).toString(), q.value(1).toString())};
            }},
        {QStringLiteral("SELECT c.goal_id, c.id, r.id FROM goal_contributions c JOIN journal_entries r "
                        "ON r.reverses_entry_id = c.entry_id"),
            [](const QSqlQuery &q) {
                return Breach {q.value(0).toString(),
                    CheckStrings::tr("Savings goal %1 counts its contribution %2, but entry %3 reversed it.")
                        .arg(q.value(0).toString(), q.value(1).toString(), q.value(2).toString())};
            }},
        {QStringLiteral("SELECT e.id FROM journal_entries e LEFT JOIN goal_contributions c ON c.entry_id = e.id "
                        "WHERE e.kind IN ('SAVINGS_ADD', 'SAVINGS_REDEEM', 'SAVINGS_REFUND') AND c.id IS NULL"),
            [](const QSqlQuery &q) {
                return Breach {q.value(0).toString(),
                    CheckStrings::tr("Entry %1 moves savings, but no contribution to a goal was made by it.")
                        .arg(q.value(0).toString())};
            }},
    };
}

} // namespace Ledgerdesk
