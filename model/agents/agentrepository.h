#pragma once

#include "agent.h"
#include "core/result.h"

#include <QList>

namespace Ledgerdesk {

class Database;

// Reads and writes agents. Used on the connection's thread.
class AgentRepository
{
public:
    explicit AgentRepository(Database &db)
        : m_db(db)
    { }

    Result<Agent> find(const QString &id);
    Result<QList<Agent>> list(bool includeSystem = false);
    // passwordHash must already be hashed (PasswordHasher::hash).
    Result<void> create(const Agent &agent, qint64 nowMs);
    // Counts one more wrong password in the database itself, so attempts made at the same time all
    // count; at maxFailures the agent is locked until lockedUntilMs and the count starts again.
    // True when this failure locked the agent.
    Result<bool> recordLoginFailure(const QString &id, int maxFailures, qint64 lockedUntilMs);
    Result<void> recordLoginSuccess(const QString &id);

private:
    Database &m_db;
};

} // namespace Ledgerdesk
