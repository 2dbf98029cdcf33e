#include "agentrepository.h"

#include "storage/database.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QVariant>

namespace Ledgerdesk {

namespace {

struct Strings
{
    Q_DECLARE_TR_FUNCTIONS(Ledgerdesk::AgentRepository)
};

Agent agentFromRow(const QSqlQuery &query)
{
    Agent agent;
    agent.id = query.value(0).toString();
    agent.displayName = query.value(1).toString();
    agent.role = roleFromName(query.value(2).toString());
    agent.passwordHash = query.value(3).toString();
    agent.active = query.value(4).toInt() != 0;
    agent.failedLogins = query.value(5).toInt();
    agent.lockedUntilMs = query.value(6).toLongLong();
    return agent;
}

} // namespace

Result<Agent> AgentRepository::find(const QString &id)
{
    QSqlQuery &query = m_db.prepared(QStringLiteral("SELECT id, display_name, role, password_hash, active, failed_logins, locked_until_ms FROM agents WHERE id = ?"));
    query.addBindValue(id);
    if (auto ok = m_db.exec(query, Strings::tr("Could not read the agent.")); !ok)
        return ok.error();
    if (!query.next())
        return makeError(Error::Kind::NotFound, Strings::tr("There is no agent \"%1\".").arg(id));
    Agent agent = agentFromRow(query);
    query.finish();
    return agent;
}

Result<QList<Agent>> AgentRepository::list(bool includeSystem)
{
    QSqlQuery query(m_db.connection());
    query.prepare(QStringLiteral("SELECT id, display_name, role, password_hash, active, failed_logins, locked_until_ms FROM agents "
                                 "WHERE ? = 1 OR role <> 'system' ORDER BY display_name"));
    query.addBindValue(includeSystem ? 1 : 0);
    if (auto ok = m_db.exec(query, Strings::tr("Could not read the agents.")); !ok)
        return ok.error();
    QList<Agent> agents;
    while (query.next())
        agents.append(agentFromRow(query));
    return agents;
}

Result<void> AgentRepository::create(const Agent &agent, qint64 nowMs)
{
    QSqlQuery query(m_db.connection());
    query.prepare(QStringLiteral("INSERT INTO agents (id, display_name, role, password_hash, active, created_at_ms) "
                                 "VALUES (?, ?, ?, ?, ?, ?)"));
    query.addBindValue(agent.id);
    query.addBindValue(agent.displayName);
    query.addBindValue(roleName(agent.role));
    query.addBindValue(agent.passwordHash);
    query.addBindValue(agent.active ? 1 : 0);
    query.addBindValue(nowMs);
    return m_db.exec(query, Strings::tr("Could not save the agent \"%1\".").arg(agent.id));
}

Result<bool> AgentRepository::recordLoginFailure(const QString &id, int maxFailures, qint64 lockedUntilMs)
{
    const QString failed = Strings::tr("Could not record the failed sign-in.");
    QSqlQuery count(m_db.connection());
    count.prepare(QStringLiteral("UPDATE agents SET failed_logins = failed_logins + 1 WHERE id = ? RETURNING failed_logins"));
    count.addBindValue(id);
    if (auto ok = m_db.exec(count, failed); !ok)
        return ok.error();
    if (!count.next() || count.value(0).toInt() < maxFailures)
        return false;
    QSqlQuery lock(m_db.connection());
    lock.prepare(QStringLiteral("UPDATE agents SET failed_logins = 0, locked_until_ms = ? WHERE id = ?"));
    lock.addBindValue(lockedUntilMs);
    lock.addBindValue(id);
    if (auto ok = m_db.exec(lock, failed); !ok)
        return ok.error();
    return true;
}

Result<void> AgentRepository::recordLoginSuccess(const QString &id)
{
    QSqlQuery query(m_db.connection());
    query.prepare(QStringLiteral("UPDATE agents SET failed_logins = 0, locked_until_ms = 0 WHERE id = ?"));
    query.addBindValue(id);
    return m_db.exec(query, Strings::tr("Could not record the sign-in."));
}

} // namespace Ledgerdesk
