#pragma once

#include "commands/handlercontext.h"
#include "commands/message.h"
#include "core/result.h"

#include <QHash>
#include <QJsonObject>

#include <functional>

namespace Ledgerdesk {

class Database;

// Who may issue a message type. System messages are events only the program itself publishes.
enum class Permission { AnyAgent, Supervisor, System };

// Applies messages to the books through the handler registered for their type. One message is one
// transaction (a SAVEPOINT when the caller already holds one): the change, its activity record and
// the mark that the message was applied commit together or not at all, so a message applied twice
// has one effect. Lives on the connection's thread.
class CommandExecutor
{
public:
    using Handler = std::function<Result<QJsonObject>(HandlerContext &)>;

    explicit CommandExecutor(Database &db);

    void registerHandler(const QString &type, Permission permission, Handler handler);
    bool handles(const QString &type) const { return m_handlers.contains(type); }

    // Applies the message, or recognises it as already applied and returns the first result with
    // "duplicate": true. The result is what the handler reports (ids, new balances).
    Result<QJsonObject> apply(const Message &message);

private:
    struct Registration
    {
        Permission permission;
        Handler handler;
    };

    Result<QJsonObject> applyInTransaction(const Message &message);

    Database &m_db;
    QHash<QString, Registration> m_handlers;
};

// Registers every handler of the books on an executor.
void registerStandardHandlers(CommandExecutor &executor);

} // namespace Ledgerdesk
