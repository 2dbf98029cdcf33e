#include "handlercontext.h"

#include "commands/messagetype.h"
#include "queue/queue.h"

#include <QCoreApplication>

namespace Ledgerdesk {

namespace {

struct Strings
{
    Q_DECLARE_TR_FUNCTIONS(Ledgerdesk::HandlerContext)
};

} // namespace

Result<QString> HandlerContext::requireString(const QString &field) const
{
    if (auto ok = PayloadField::text(field).check(payload()); !ok)
        return ok.error();
    return payload().value(field).toString().trimmed();
}

QString HandlerContext::optionalString(const QString &field) const
{
    return payload().value(field).toString().trimmed();
}

Result<Money> HandlerContext::requireAmount(const QString &field, const QString &currency) const
{
    if (auto ok = PayloadField::amount(field).check(payload()); !ok)
        return ok.error();
    auto amount = Money::parse(payload().value(field).toString(), currency);
    if (!amount)
        return makeError(Error::Kind::Validation, Strings::tr("The field \"%1\": %2").arg(field, amount.error().message), field);
    return amount;
}

Result<void> HandlerContext::publish(const QString &type, const QJsonObject &payload) const
{
    // Written with the cause's processed mark: a redelivered cause is a no-op and publishes nothing.
    auto stored = Queue(m_db).enqueue(Message::create(type, payload, QStringLiteral("system"), m_nowMs));
    if (!stored)
        return stored.error();
    return {};
}

Result<bool> HandlerContext::notifyClient(const QString &clientId, const QString &templateName, const QJsonObject &values) const
{
    return m_effects.notifyClient(m_db, clientId, templateName, values, m_message.id, m_nowMs);
}

Result<void> HandlerContext::record(const QString &action, const QString &clientId, const QString &attribute,
    const QString &before, const QString &after, bool emailSent) const
{
    return m_effects.record(m_db, m_agent.id, m_nowMs, {action, clientId, attribute, before, after, emailSent});
}

} // namespace Ledgerdesk
