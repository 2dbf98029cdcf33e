#include "commandgateway.h"

#include "commandexecutor.h"
#include "core/ids.h"

namespace Ledgerdesk {

CommandGateway::CommandGateway(CommandExecutor &executor, QString agentId, QObject *parent)
    : QObject(parent), m_executor(executor), m_agentId(std::move(agentId))
{
}

QString CommandGateway::submit(const QString &type, const QJsonObject &payload)
{
    const Message message = Message::create(type, payload, m_agentId, Ids::nowMs());
    auto result = m_executor.apply(message);
    if (!result) {
        Q_EMIT failed(message.id, type, result.error().message);
        return message.id;
    }
    Q_EMIT applied(message.id, type, *result);
    Q_EMIT booksChanged();
    return message.id;
}

} // namespace Ledgerdesk
