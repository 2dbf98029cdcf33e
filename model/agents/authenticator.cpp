#include "authenticator.h"

#include "agentrepository.h"
#include "core/ids.h"
#include "core/logging.h"
#include "passwordhasher.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QPointer>
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

Authenticator::Authenticator(Database &db, QObject *parent) : QObject(parent), m_db(db) {}

Result<Agent> Authenticator::checkCanSignIn(const QString &agentId)
{
    auto agent = AgentRepository(m_db).find(agentId.trimmed());
    if (!agent) {
        if (agent.error().kind == Error::Kind::NotFound)
            return wrongCredentials();
        return agent.error();
    }
    if (!agent->active || agent->role == Role::System)
        return makeError(Error::Kind::Forbidden, Strings::tr("This agent account is disabled."));
    if (agent->lockedUntilMs > Ids::nowMs()) {
        const QString until = QLocale().toString(QDateTime::fromMSecsSinceEpoch(agent->lockedUntilMs).time(), QLocale::ShortFormat);
        return makeError(Error::Kind::Forbidden, Strings::tr("Too many wrong passwords. Try again after %1.").arg(until));
    }
    return agent;
}

Result<Agent> Authenticator::conclude(Agent agent, bool passwordMatches)
{
    AgentRepository agents(m_db);
    if (passwordMatches) {
        if (auto ok = agents.recordLoginSuccess(agent.id); !ok)
            return ok.error();
        agent.failedLogins = 0;
        qCInfo(lcAuth) << "agent signed in:" << agent.id;
        return agent;
    }
    const int failures = agent.failedLogins + 1;
    const qint64 lockedUntil = failures >= maxFailures ? Ids::nowMs() + lockoutMs : 0;
    if (auto ok = agents.recordLoginFailure(agent.id, failures >= maxFailures ? 0 : failures, lockedUntil); !ok)
        return ok.error();
    qCInfo(lcAuth) << "failed sign-in for" << agent.id << "attempt" << failures;
    if (lockedUntil > 0)
        return makeError(Error::Kind::Forbidden, Strings::tr("Too many wrong passwords. This agent is locked for 15 minutes."));
    return wrongCredentials();
}

void Authenticator::authenticate(const QString &agentId, const QString &password)
{
    auto agent = checkCanSignIn(agentId);
    if (!agent) {
        Q_EMIT failed(agent.error().message);
        return;
    }
    QPointer<Authenticator> self(this);
    const QString hash = agent->passwordHash;
    Agent found = *agent;
    QThreadPool::globalInstance()->start([self, password, hash, found]() {
        const bool matches = PasswordHasher::verify(password, hash);
        if (!self)
            return;
        QMetaObject::invokeMethod(self.data(), [self, found, matches]() {
            if (!self)
                return;
            auto outcome = self->conclude(found, matches);
            if (outcome)
                Q_EMIT self->succeeded(outcome->id);
            else
                Q_EMIT self->failed(outcome.error().message);
        }, Qt::QueuedConnection);
    });
}

Result<Agent> Authenticator::authenticateBlocking(const QString &agentId, const QString &password)
{
    auto agent = checkCanSignIn(agentId);
    if (!agent)
        return agent;
    return conclude(*agent, PasswordHasher::verify(password, agent->passwordHash));
}

} // namespace Ledgerdesk
