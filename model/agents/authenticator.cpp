#include "authenticator.h"

#include "agentrepository.h"
#include "core/ids.h"
#include "core/logging.h"
#include "passwordhasher.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFutureWatcher>
#include <QPromise>
#include <QRandomGenerator>
#include <QThreadPool>

namespace Ledgerdesk {

namespace {

struct Strings
{
    Q_DECLARE_TR_FUNCTIONS(Ledgerdesk::Authenticator)
};

Error wrongCredentials()
{
    return makeError(Error::Kind::Forbidden, Strings::tr("The agent ID or the password is wrong."));
}

} // namespace

Authenticator::Authenticator(Database &db, QObject *parent)
    : QObject(parent)
    , m_db(db)
{ }

Result<Agent> Authenticator::countAttempt(const QString &agentId)
{
    const QString id = agentId.trimmed();
    AgentRepository agents(m_db);
    const qint64 nowMs = Ids::nowMs();
    auto counted = agents.countLoginAttempt(id, maxFailures, nowMs, nowMs + lockoutMs);
    if (!counted)
        return counted.error();
    if (*counted)
        return **counted;
    auto agent = agents.find(id);
    if (!agent) {
        if (agent.error().kind != Error::Kind::NotFound)
            return agent.error();
        // An unknown id costs the same password check as a known one, so timing does not tell them apart.
        Agent nobody;
        nobody.active = false;
        return nobody;
    }
    const QString until = QLocale().toString(QDateTime::fromMSecsSinceEpoch(agent->lockedUntilMs).time(), QLocale::ShortFormat);
    return makeError(Error::Kind::Forbidden, Strings::tr("Too many wrong passwords. Try again after %1.").arg(until));
}

Authenticator::PasswordCheck Authenticator::checkPassword(const QString &password, const QString &storedHash)
{
    static const QString decoy = PasswordHasher::hash(QString::number(QRandomGenerator::system()->generate64()));
    PasswordCheck check;
    check.matches = PasswordHasher::verify(password, storedHash.isEmpty() ? decoy : storedHash) && !storedHash.isEmpty();
    if (check.matches && PasswordHasher::needsRehash(storedHash))
        check.rehashed = PasswordHasher::hash(password);
    return check;
}

Result<Agent> Authenticator::conclude(Agent agent, const PasswordCheck &check)
{
    if (agent.id.isEmpty())
        return wrongCredentials();
    if (check.matches) {
        // The right password does not count towards a lock-out, even for an account that cannot sign in.
        if (auto ok = AgentRepository(m_db).recordLoginSuccess(agent.id); !ok)
            return ok.error();
        // The old hash still works, so a failure to store the new one only waits for the next sign-in.
        if (!check.rehashed.isEmpty()) {
            if (auto ok = AgentRepository(m_db).replacePasswordHash(agent.id, check.rehashed); ok)
                qCInfo(lcAuth) << "password of" << agent.id << "hashed again at today's iteration count";
            else
                qCWarning(lcAuth) << "could not store the password hashed again:" << ok.error().detail;
        }
        // Said only to someone who knows the password, so it reveals nothing to a guesser.
        if (!agent.active || agent.role == Role::System)
            return makeError(Error::Kind::Forbidden, Strings::tr("This agent account is disabled."));
        agent.failedLogins = 0;
        agent.lockedUntilMs = 0;
        qCInfo(lcAuth) << "agent signed in:" << agent.id;
        return agent;
    }
    // Already counted: the agent as the attempt left it is locked only when this attempt locked it.
    const bool locked = agent.lockedUntilMs > Ids::nowMs();
    qCInfo(lcAuth) << "failed sign-in for" << agent.id << (locked ? "(now locked)" : "");
    if (locked)
        return makeError(Error::Kind::Forbidden, Strings::tr("Too many wrong passwords. This agent is locked for 15 minutes."));
    return wrongCredentials();
}

void Authenticator::authenticate(const QString &agentId, const QString &password)
{
    auto agent = countAttempt(agentId);
    if (!agent) {
        Q_EMIT failed(agent.error().message);
        return;
    }
    // The slow check runs on the pool and only touches the promise; the watcher belongs to this object,
    // so nothing arrives after it is gone.
    auto promise = std::make_shared<QPromise<PasswordCheck>>();
    auto *watcher = new QFutureWatcher<PasswordCheck>(this);
    connect(watcher, &QFutureWatcher<PasswordCheck>::finished, this, [this, watcher, found = *agent]() {
        watcher->deleteLater();
        auto outcome = conclude(found, watcher->result());
        if (outcome)
            Q_EMIT succeeded(outcome->id);
        else
            Q_EMIT failed(outcome.error().message);
    });
    watcher->setFuture(promise->future());
    QThreadPool::globalInstance()->start([promise, password, hash = agent->passwordHash]() {
        promise->start();
        promise->addResult(checkPassword(password, hash));
        promise->finish();
    });
}

Result<Agent> Authenticator::authenticateBlocking(const QString &agentId, const QString &password)
{
    auto agent = countAttempt(agentId);
    if (!agent)
        return agent;
    return conclude(*agent, checkPassword(password, agent->passwordHash));
}

} // namespace Ledgerdesk
