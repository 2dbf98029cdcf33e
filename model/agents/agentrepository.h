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
    explicit AgentRepository(Database &db) : m_db(db) {}

    Result<Agent> find(const QString &id);
    Result<QList<Agent>> list(bool includeSystem = false);
    // passwordHash must already be hashed (PasswordHasher::hash).
    Result<void> create(const Agent &agent, qint64 nowMs);
    Result<void> recordLoginFailure(const QString &id, int failedLogins, qint64 lockedUntilMs);
    Result<void> recordLoginSuccess(const QString &id);

private:
    Database &m_db;
};

} // namespace Ledgerdesk
