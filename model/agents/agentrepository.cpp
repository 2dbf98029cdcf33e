#include "agentrepository.h"

#include "storage/database.h"
#include "storage/rows.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QVariant>

namespace Ledgerdesk {

namespace {

struct Strings
{
    Q_DECLARE_TR_FUNCTIONS(Ledgerdesk::AgentRepository)
};

// The columns agentFrom() reads, in its order.
const QString agentColumns = QStringLiteral("id, display_name, role, password_hash, active, failed_logins, locked_until_ms");

Agent agentFrom(RowReader &row)
{
    Agent agent;
    agent.id = row.text();
    agent.displayName = row.text();
    agent.role = roleFromName(row.text());
    agent.passwordHash = row.text();
    agent.active = row.boolean();
    agent.failedLogins = row.int32();
    agent.lockedUntilMs = row.int64();
    return agent;
}

} // namespace

Result<Agent> AgentRepository::find(const QString &id)
{
    QSqlQuery &query = m_db.prepared(QStringLiteral("SELECT ") + agentColumns + QStringLiteral(" FROM agents WHERE id = ?"));
    query.addBindValue(id);
    return findOne(
        m_db, query, agentFrom, Strings::tr("Could not read the agent."), Strings::tr("There is no agent \"%1\".").arg(id));
}

Result<QList<Agent>> AgentRepository::list(bool includeSystem)
{
    QSqlQuery query(m_db.connection());
    query.prepare(QStringLiteral("SELECT ") + agentColumns
        + QStringLiteral(" FROM agents WHERE ? = 1 OR role <> 'system' ORDER BY display_name"));
    query.addBindValue(includeSystem ? 1 : 0);
    return fetchAll(m_db, query, agentFrom, Strings::tr("Could not read the agents."));
}

Result<void> AgentRepository::create(const Agent &agent, qint64 nowMs)
{
    QSqlQuery query(m_db.connection());
    query.prepare(QStringLiteral("INSERT INTO agents (id, display_name, role, password_hash, active, created_at_ms) "
                                 "VALUES (?, ?, ?, ?, ?, ?)"));
    bindValues(query, {agent.id, agent.displayName, roleName(agent.role), agent.passwordHash, agent.active ? 1 : 0, nowMs});
    return m_db.exec(query, Strings::tr("Could not save the agent \"%1\".").arg(agent.id));
}

Result<std::optional<Agent>> AgentRepository::countLoginAttempt(
    const QString &id, int maxFailures, qint64 nowMs, qint64 lockedUntilMs)
{
    // SET reads the row as it was before the statement, in SQLite and PostgreSQL alike.
    QSqlQuery &query = m_db.prepared(
        QStringLiteral("UPDATE agents SET failed_logins = CASE WHEN failed_logins + 1 >= ? THEN 0 ELSE failed_logins + 1 END, "
                       "locked_until_ms = CASE WHEN failed_logins + 1 >= ? THEN ? ELSE locked_until_ms END "
                       "WHERE id = ? AND locked_until_ms <= ? RETURNING ")
        + agentColumns);
    bindValues(query, {maxFailures, maxFailures, lockedUntilMs, id, nowMs});
    auto agent = findOne(m_db, query, agentFrom, Strings::tr("Could not record the sign-in attempt."), QString());
    if (agent)
        return std::optional<Agent>(std::move(agent).value());
    if (agent.error().kind == Error::Kind::NotFound)
        return std::optional<Agent>();
    return agent.error();
}

Result<void> AgentRepository::recordLoginSuccess(const QString &id)
{
    QSqlQuery query(m_db.connection());
    query.prepare(QStringLiteral("UPDATE agents SET failed_logins = 0, locked_until_ms = 0 WHERE id = ?"));
    query.addBindValue(id);
    return m_db.exec(query, Strings::tr("Could not record the sign-in."));
}

Result<void> AgentRepository::replacePasswordHash(const QString &id, const QString &passwordHash)
{
    QSqlQuery query(m_db.connection());
    query.prepare(QStringLiteral("UPDATE agents SET password_hash = ? WHERE id = ?"));
    query.addBindValue(passwordHash);
    query.addBindValue(id);
    return m_db.exec(query, Strings::tr("Could not store the password."));
}

} // namespace Ledgerdesk
