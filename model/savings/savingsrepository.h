#pragma once

#include "core/result.h"
#include "savingsgoal.h"
#include "storage/bookcheck.h"

#include <QList>
#include <QStringList>

namespace Ledgerdesk {

class Database;

// Stores savings goals and their contributions (tables savings_goals, goal_contributions); a goal's
// current amount is read from its account. Used on the connection's thread, inside the caller's
// transaction.
class SavingsRepository
{
public:
    explicit SavingsRepository(Database &db)
        : m_db(db)
    { }

    // The id of the account that holds a goal's money: "sys:goal:<goal id>".
    static QString accountIdOf(const QString &goalId);

    Result<void> insert(const SavingsGoal &goal);
    // NotFound with a sentence when there is no such goal.
    Result<SavingsGoal> find(const QString &id);
    // Open goals first, then the newest; all wallets when walletId is empty.
    Result<QList<SavingsGoal>> list(const QString &walletId = {}, bool includeClosed = true);

    Result<void> markReached(const QString &id, qint64 nowMs);
    // OPEN -> REDEEMED or DELETED; false when the goal was closed already.
    Result<bool> close(const QString &id, GoalStatus status, qint64 nowMs);

    Result<void> insertContribution(const GoalContribution &contribution);
    // The goal's history, oldest first.
    Result<QList<GoalContribution>> contributionsOf(const QString &goalId);

    // What keeps the client from being closed, one clause per goal of theirs still OPEN, with what it
    // holds ("savings goal “Car” (G-1) is open and holds 50.00 USD"); empty when there is none. An empty
    // open goal counts too: closing a client ends every product of theirs. A ClientMessages::ClosingCheck.
    static Result<QStringList> closingBlockers(Database &db, const QString &clientId);

    // The goals' invariants, for the Verifier: a goal never holds less than nothing, and a closed one
    // holds nothing; what it holds is what its contributions add up to, each contribution has its
    // posting on the goal and none was reversed in the journal; every savings entry is a contribution's.
    static QList<BookCheck> checks();

private:
    Database &m_db;
};

} // namespace Ledgerdesk
