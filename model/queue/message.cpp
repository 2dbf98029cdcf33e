#include "message.h"

#include "core/ids.h"

namespace Ledgerdesk {

Message Message::create(const QString &type, const QJsonObject &payload, const QString &agentId, qint64 createdAtMs)
{
    Message message;
    message.id = Ids::next();
    message.type = type;
    message.payload = payload;
    message.agentId = agentId;
    message.createdAtMs = createdAtMs;
    return message;
}

QString Message::agentDedupeKey(const QString &agentId, const QString &key)
{
    if (key.isEmpty())
        return {};
    return QStringLiteral("agent:%1:%2").arg(agentId, key);
}

} // namespace Ledgerdesk
