#include "queuemessages.h"

#include "commands/handlercontext.h"
#include "queue/queue.h"

#include <QCoreApplication>

namespace Ledgerdesk {

namespace {

struct Strings
{
    Q_DECLARE_TR_FUNCTIONS(Ledgerdesk::QueueHandlers)
};

const QString messageIdField = QStringLiteral("message_id");

// The activity record of the decision: the letter's type, why it died, and its id.
Result<QJsonObject> decided(HandlerContext &context, const QString &action, const Result<DeadLetter> &letter)
{
    if (!letter)
        return letter.error();
    if (auto ok = context.record(action, {}, letter->type, letter->reason, letter->id); !ok)
        return ok.error();
    return QJsonObject {{messageIdField, letter->id}, {QStringLiteral("type"), letter->type}};
}

} // namespace

QList<MessageType> QueueMessages::types()
{
    const PayloadField messageId = PayloadField::text(messageIdField);
    return {
        {redrive, Permission::Supervisor, {messageId},
            [](HandlerContext &context) {
                return decided(context, QStringLiteral("Redrive|Message"),
                    Queue(context.db()).redrive(context.payload().value(messageIdField).toString(), context.nowMs()));
            },
            [](const QJsonObject &result) {
                return Strings::tr("The %1 message is back in the queue.").arg(result.value(QStringLiteral("type")).toString());
            }},
        {discard, Permission::Supervisor, {messageId},
            [](HandlerContext &context) {
                return decided(context, QStringLiteral("Discard|Message"),
                    Queue(context.db()).discard(context.payload().value(messageIdField).toString()));
            },
            [](const QJsonObject &result) {
                return Strings::tr("The %1 message was discarded for good.").arg(result.value(QStringLiteral("type")).toString());
            }},
    };
}

} // namespace Ledgerdesk
