#include "commandgateway.h"

#include "commands/commandexecutor.h"
#include "commands/processor.h"
#include "core/ids.h"
#include "queue/queue.h"

namespace Ledgerdesk {

CommandGateway::CommandGateway(Database &db, Processor &processor, QString agentId, QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_processor(processor)
    , m_agentId(std::move(agentId))
{
    connect(
        &processor, &Processor::applied, this, [this](const QString &messageId, const QString &type, const QJsonObject &result) {
            if (m_pending.remove(messageId))
                Q_EMIT applied(messageId, type, result);
        });
    connect(&processor, &Processor::failed, this,
        [this](const QString &messageId, const QString &type, const QString &reason, bool deadLettered) {
            // A message waiting for a retry is still pending; only a final refusal is reported.
            if (deadLettered && m_pending.remove(messageId))
                Q_EMIT failed(messageId, type, reason);
        });
    connect(&processor, &Processor::batchFinished, this, [this](const Processor::Report &report) {
        if (report.applied > 0)
            Q_EMIT booksChanged();
    });
}

QString CommandGateway::submit(const QString &type, const QJsonObject &payload)
{
    const Message message = Message::create(type, payload, m_agentId, Ids::nowMs());
    if (auto checked = m_processor.executor().check(type, payload); !checked) {
        Q_EMIT failed(message.id, type, checked.error().message);
        return {};
    }
    auto stored = Queue(m_db).enqueue(message);
    if (!stored) {
        Q_EMIT failed(message.id, type, stored.error().message);
        return {};
    }
    m_pending.insert(message.id);
    Q_EMIT submitted(message.id, type);
    m_processor.wake();
    return message.id;
}

bool CommandGateway::reportsOutcome(const QString &type) const
{
    const MessageType *declared = m_processor.executor().type(type);
    return declared && declared->outcome;
}

QString CommandGateway::outcome(const QString &type, const QJsonObject &result) const
{
    const MessageType *declared = m_processor.executor().type(type);
    return declared && declared->outcome ? declared->outcome(result) : QString();
}

} // namespace Ledgerdesk
