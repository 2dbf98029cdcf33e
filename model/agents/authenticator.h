#pragma once

#include "agent.h"
#include "core/result.h"

#include <QObject>

namespace Ledgerdesk {

class Database;

// Signs agents in. Looks the agent up and records the outcome on the caller's thread (the connection's),
// and runs the deliberately slow password check on the global thread pool. After maxFailures wrong
// passwords in a row the agent is locked out for lockout minutes.
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
    Result<Agent> checkCanSignIn(const QString &agentId);
    Result<Agent> conclude(Agent agent, bool passwordMatches);
    // Thread-safe; an empty stored hash (unknown agent) is checked against a decoy and never matches.
    static bool passwordMatches(const QString &password, const QString &storedHash);

    Database &m_db;
};

} // namespace Ledgerdesk
