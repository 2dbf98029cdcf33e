#include "commandexecutor.h"

#include "activity/recordhandlers.h"
#include "agents/agentrepository.h"
#include "clients/clienthandlers.h"
#include "core/ids.h"
#include "core/logging.h"
#include "intake/ingesthandler.h"
#include "ledger/ledgerhandlers.h"
#include "loans/loanhandlers.h"
#include "payments/paymenthandlers.h"
#include "savings/savingshandlers.h"
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
    case Permission::AnyAgent: return true;
    case Permission::Supervisor: return role == Role::Supervisor || role == Role::System;
    case Permission::System: return role == Role::System;
    }
    return false;
}

} // namespace

void registerStandardHandlers(CommandExecutor &executor)
{
    registerLedgerHandlers(executor);
    registerClientHandlers(executor);
    registerRecordHandlers(executor);
    registerIngestHandlers(executor);
    registerLoanHandlers(executor);
    registerPaymentHandlers(executor);
    registerSavingsHandlers(executor);
}

CommandExecutor::CommandExecutor(Database &db) : m_db(db) {}

void CommandExecutor::registerHandler(const QString &type, Permission permission, Handler handler)
{
    Q_ASSERT(!m_handlers.contains(type));
    m_handlers.insert(type, {permission, std::move(handler)});
}

Result<QJsonObject> CommandExecutor::apply(const Message &message)
{
    Q_ASSERT(!message.id.isEmpty());
    TransactionGuard transaction(m_db);
    if (!transaction.isActive())
        return transaction.error();
    auto result = applyInTransaction(message);
    if (!result) {
        qCInfo(lcCommands) << "message" << message.id << message.type << "refused:" << result.error().message
                           << result.error().detail;
        return result;
    }
    if (auto ok = transaction.commit(); !ok)
        return ok.error();
    return result;
}

Result<QJsonObject> CommandExecutor::applyInTransaction(const Message &message)
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

    const auto registration = m_handlers.constFind(message.type);
    if (registration == m_handlers.cend())
        return makeError(Error::Kind::Validation, Strings::tr("\"%1\" is not a known message type.").arg(message.type));

    auto agent = AgentRepository(m_db).find(message.agentId);
    if (!agent) {
        if (agent.error().kind == Error::Kind::NotFound)
            return makeError(Error::Kind::Forbidden, Strings::tr("The agent \"%1\" is unknown.").arg(message.agentId));
        return agent.error();
    }
    if (!agent->active)
        return makeError(Error::Kind::Forbidden, Strings::tr("The agent \"%1\" is disabled.").arg(message.agentId));
    if (!isPermitted(registration->permission, agent->role)) {
        return makeError(Error::Kind::Forbidden, registration->permission == Permission::Supervisor
                                                     ? Strings::tr("Only a supervisor may do this (%1).").arg(message.type)
                                                     : Strings::tr("Only the system may publish %1.").arg(message.type));
    }

    HandlerContext context(m_db, *agent, message, message.createdAtMs > 0 ? message.createdAtMs : Ids::nowMs());
    auto result = registration->handler(context);
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
