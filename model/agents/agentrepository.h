#pragma once

#include "agent.h"
#include "core/result.h"

#include <QList>

#include <optional>

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
    // Counts a sign-in attempt before its password is checked, in the statement that checks the lock,
    // so attempts made at the same time (from any connection) each count and none gets past a lock
    // that another one has just set. The attempt that brings the count to maxFailures locks the agent
    // until lockedUntilMs and starts the count again. Returns the agent as the attempt left it; nullopt,
    // counting nothing, when the agent is locked at nowMs or does not exist (find() tells which).
    Result<std::optional<Agent>> countLoginAttempt(const QString &id, int maxFailures, qint64 nowMs, qint64 lockedUntilMs);
    // The right password was given: the count starts again and any lock is lifted.
    Result<void> recordLoginSuccess(const QString &id);
    // Replaces the stored hash of a password with `passwordHash` (already hashed), as when a sign-in
    // hashes it again at today's iteration count.
    Result<void> replacePasswordHash(const QString &id, const QString &passwordHash);

private:
    Database &m_db;
};

} // namespace Ledgerdesk
