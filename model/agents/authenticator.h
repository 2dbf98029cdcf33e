#pragma once

#include "agent.h"
#include "core/result.h"

#include <QObject>

namespace Ledgerdesk {

class Database;

// Signs agents in. Counts the attempt and records the outcome on the caller's thread (the connection's),
// and runs the deliberately slow password check on the global thread pool. Every attempt counts before
// its password is checked, so after maxFailures wrong passwords in a row (from any number of
// connections at once) the agent is locked out for lockoutMs, even for the right password.
class Authenticator : public QObject
{
    Q_OBJECT

public:
    static constexpr int maxFailures = 5;
    static constexpr qint64 lockoutMs = 15 * 60 * 1000;

    explicit Authenticator(Database &db, QObject *parent = nullptr);

    // Starts a sign-in; exactly one of succeeded() or failed() follows, on this object's thread.
    void authenticate(const QString &agentId, const QString &password);
    // The same, waiting for the answer (command line).
    Result<Agent> authenticateBlocking(const QString &agentId, const QString &password);

Q_SIGNALS:
    void succeeded(const QString &agentId);
    void failed(const QString &message);

private:
    // Counts the attempt and checks the lock in one statement, before the password is checked. Returns
    // the agent as the attempt left it (locked if it was the last one allowed), an agent with an empty
    // id when there is no such agent, or the refusal when the agent is locked.
    Result<Agent> countAttempt(const QString &agentId);
    // What the slow part found: whether the password matches, and its new hash when the stored one
    // was made with fewer iterations than today's count.
    struct PasswordCheck
    {
        bool matches = false;
        QString rehashed;
    };

    // Answers an attempt countAttempt() let through, once its password has been checked; stores a
    // rehashed password.
    Result<Agent> conclude(Agent agent, const PasswordCheck &check);
    // Thread-safe; an empty stored hash (unknown agent) is checked against a decoy and never matches.
    static PasswordCheck checkPassword(const QString &password, const QString &storedHash);

    Database &m_db;
};

} // namespace Ledgerdesk
