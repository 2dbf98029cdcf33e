#include "commandexecutor.h"

#include "agents/agentrepository.h"
#include "commands/handlercontext.h"
#include "core/ids.h"
#include "core/logging.h"
#include "storage/database.h"
#include "storage/transactionguard.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QVariant>

namespace Ledgerdesk {

namespace {

struct Strings
{
    Q_DECLARE_TR_FUNCTIONS(Ledgerdesk::CommandExecutor)
};

bool isPermitted(Permission permission, Role role)
{
    switch (permission) {
    case Permission::AnyAgent:
        return true;
    case Permission::Supervisor:
        return role == Role::Supervisor || role == Role::System;
    case Permission::System:
        return role == Role::System;
    }
    return false;
}

} // namespace

CommandExecutor::CommandExecutor(Database &db, Effects &effects)
    : m_db(db)
    , m_effects(effects)
{ }

void CommandExecutor::registerType(MessageType type)
{
    Q_ASSERT(!m_types.contains(type.name));
    Q_ASSERT(type.handle);
    const QString name = type.name;
    m_types.insert(name, std::move(type));
}

void CommandExecutor::registerTypes(const QList<MessageType> &types)
{
    for (const MessageType &type : types)
        registerType(type);
}

const MessageType *CommandExecutor::type(const QString &name) const
{
    const auto found = m_types.constFind(name);
    return found == m_types.cend() ? nullptr : &*found;
}

Result<const MessageType *> CommandExecutor::check(const QString &name, const QJsonObject &payload) const
{
    const MessageType *declared = type(name);
    if (!declared)
        return makeError(Error::Kind::Validation, Strings::tr("\"%1\" is not a known message type.").arg(name));
    if (auto ok = declared->checkPayload(payload); !ok)
        return ok.error();
    return declared;
}

Result<QJsonObject> CommandExecutor::apply(const Message &message)
{
    Q_ASSERT(!message.id.isEmpty());
    TransactionGuard transaction(m_db);
    if (!transaction.isActive())
        return transaction.error();
    bool refusedForRole = false;
    auto result = applyInTransaction(message, &refusedForRole);
    if (!result) {
        qCInfo(lcCommands) << "message" << message.id << message.type << "refused:" << result.error().message
                           << result.error().detail;
        transaction.rollback();
        // The refusal stands even when its record cannot be written: a storage error here would make a
        // forbidden message look worth retrying.
        if (refusedForRole) {
            if (auto ok = recordRefusal(message, result.error().message); !ok)
                qCWarning(lcCommands) << "could not record the refusal of" << message.id << ok.error().message
                                      << ok.error().detail;
        }
        return result;
    }
    if (auto ok = transaction.commit(); !ok)
        return ok.error();
    return result;
}

Result<void> CommandExecutor::recordRefusal(const Message &message, const QString &reason)
{
    TransactionGuard transaction(m_db);
    if (!transaction.isActive())
        return transaction.error();
    const qint64 now = message.createdAtMs > 0 ? message.createdAtMs : Ids::nowMs();
    if (auto ok = m_effects.record(m_db, message.agentId, now, {QStringLiteral("Refuse|Message"), {}, message.type, {}, reason});
        !ok)
        return ok;
    return transaction.commit();
}

Result<QJsonObject> CommandExecutor::applyInTransaction(const Message &message, bool *refusedForRole)
{
    QSqlQuery &seen = m_db.prepared(QStringLiteral("SELECT result FROM processed_messages WHERE message_id = ?"));
    seen.addBindValue(message.id);
    if (auto ok = m_db.exec(seen, Strings::tr("Could not check whether the message was applied already.")); !ok)
        return ok.error();
    if (seen.next()) {
        QJsonObject earlier = QJsonDocument::fromJson(seen.value(0).toString().toUtf8()).object();
        seen.finish();
        earlier.insert(QStringLiteral("duplicate"), true);
        return earlier;
    }

    const MessageType *declared = type(message.type);
    if (!declared)
        return makeError(Error::Kind::Validation, Strings::tr("\"%1\" is not a known message type.").arg(message.type));

    auto agent = AgentRepository(m_db).find(message.agentId);
    if (!agent) {
        if (agent.error().kind == Error::Kind::NotFound)
            return makeError(Error::Kind::Forbidden, Strings::tr("The agent \"%1\" is unknown.").arg(message.agentId));
        return agent.error();
    }
    if (!agent->active)
        return makeError(Error::Kind::Forbidden, Strings::tr("The agent \"%1\" is disabled.").arg(message.agentId));
    if (!isPermitted(declared->permission, agent->role)) {
        *refusedForRole = true;
        return makeError(Error::Kind::Forbidden,
            declared->permission == Permission::Supervisor ? Strings::tr("Only a supervisor may do this (%1).").arg(message.type)
                                                           : Strings::tr("Only the system may publish %1.").arg(message.type));
    }
    if (auto ok = declared->checkPayload(message.payload); !ok)
        return ok.error();

    HandlerContext context(m_db, m_effects, *agent, message, message.createdAtMs > 0 ? message.createdAtMs : Ids::nowMs());
    auto result = declared->handle(context);
    if (!result)
        return result;

    QSqlQuery &mark = m_db.prepared(QStringLiteral(
        "INSERT INTO processed_messages (message_id, type, processed_at_ms, enqueued_at_ms, result) VALUES (?, ?, ?, ?, ?)"));
    mark.addBindValue(message.id);
    mark.addBindValue(message.type);
    mark.addBindValue(Ids::nowMs());
    mark.addBindValue(message.createdAtMs > 0 ? QVariant(message.createdAtMs) : QVariant(QMetaType::fromType<qlonglong>()));
    mark.addBindValue(QString::fromUtf8(QJsonDocument(*result).toJson(QJsonDocument::Compact)));
    if (auto ok = m_db.exec(mark, Strings::tr("Could not record that the message was applied.")); !ok)
        return ok.error();
    return result;
}

} // namespace Ledgerdesk
