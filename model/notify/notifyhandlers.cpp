#include "notifymessages.h"

#include "commands/handlercontext.h"
#include "notify/outboxrepository.h"

#include <QCoreApplication>

namespace Ledgerdesk {

namespace {

struct Strings
{
    Q_DECLARE_TR_FUNCTIONS(Ledgerdesk::NotifyHandlers)
};

const QString notificationIdField = QStringLiteral("notification_id");

Result<QJsonObject> resendNotification(HandlerContext &context)
{
    const QString id = context.payload().value(notificationIdField).toString();
    OutboxRepository outbox(context.db());
    auto notification = outbox.find(id);
    if (!notification)
        return notification.error();
    if (auto ok = outbox.resend(id, context.nowMs()); !ok)
        return ok.error();
    if (auto ok = context.record(QStringLiteral("Resend|Notification"), notification->clientId,
            channelName(notification->channel), statusName(notification->status), statusName(OutboxStatus::Pending));
        !ok)
        return ok.error();
    return QJsonObject {{notificationIdField, id}, {QStringLiteral("recipient"), notification->recipient}};
}

} // namespace

QList<MessageType> NotifyMessages::types()
{
    return {
        {resend, Permission::AnyAgent, {PayloadField::text(notificationIdField)}, resendNotification,
            [](const QJsonObject &result) {
                return Strings::tr("The notification to %1 will be sent again shortly.")
                    .arg(result.value(QStringLiteral("recipient")).toString());
            }},
    };
}

} // namespace Ledgerdesk
