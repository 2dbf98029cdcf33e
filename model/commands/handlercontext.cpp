#include "handlercontext.h"

#include "activity/activityrepository.h"
#include "clients/clientrepository.h"
#include "ledger/accountrepository.h"
#include "notify/outboxwriter.h"
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
    const QJsonValue value = payload().value(field);
    if (value.isUndefined() || value.isNull())
        return makeError(Error::Kind::Validation, Strings::tr("The field \"%1\" is missing.").arg(field), field);
    if (!value.isString())
        return makeError(Error::Kind::Validation, Strings::tr("The field \"%1\" must be text.").arg(field), field);
    const QString text = value.toString().trimmed();
    if (text.isEmpty())
        return makeError(Error::Kind::Validation, Strings::tr("The field \"%1\" is empty.").arg(field), field);
    return text;
}

QString HandlerContext::optionalString(const QString &field) const
{
    return payload().value(field).toString().trimmed();
}

Result<Account> HandlerContext::requireOpenWallet(const QString &field) const
{
    auto walletId = requireString(field);
    if (!walletId)
        return walletId.error();
    return AccountRepository(m_db).findOpenWallet(*walletId);
}

Result<Money> HandlerContext::requireAmount(const QString &field, const QString &currency) const
{
    auto text = requireString(field);
    if (!text)
        return text.error();
    auto amount = Money::parse(*text, currency);
    if (!amount)
        return makeError(Error::Kind::Validation, Strings::tr("The field \"%1\": %2").arg(field, amount.error().message), field);
    if (amount->isZero())
        return makeError(Error::Kind::Validation, Strings::tr("The field \"%1\": the amount must be more than zero.").arg(field), field);
    return amount;
}

JournalEntry HandlerContext::newEntry(EntryKind kind) const
{
    JournalEntry entry;
    entry.kind = kind;
    entry.createdAtMs = m_nowMs;
    entry.agentId = m_agent.id;
    entry.sourceMessageId = m_message.id;
    return entry;
}

Result<void> HandlerContext::publish(const QString &type, const QJsonObject &payload) const
{
    // Written with the cause's processed mark: a redelivered cause is a no-op and publishes nothing.
    auto stored = Queue(m_db).enqueue(Message::create(type, payload, QStringLiteral("system"), m_nowMs));
    if (!stored)
        return stored.error();
    return {};
}

Result<bool> HandlerContext::notifyClient(const Client &client, const QString &templateName, const QJsonObject &values) const
{
    return writeClientNotifications(m_db, client, templateName, values, m_message.id, m_nowMs);
}

Result<bool> HandlerContext::notifyClient(const QString &clientId, const QString &templateName, const QJsonObject &values) const
{
    auto client = ClientRepository(m_db).find(clientId, true);
    if (!client)
        return client.error();
    return notifyClient(*client, templateName, values);
}

Result<void> HandlerContext::record(const QString &action, const QString &clientId, const QString &attribute,
                                    const QString &before, const QString &after, bool emailSent) const
{
    ActivityRecord record;
    record.agentId = m_agent.id;
    record.clientId = clientId;
    record.action = action;
    record.attribute = attribute;
    record.before = before;
    record.after = after;
    record.createdAtMs = m_nowMs;
    record.emailSent = emailSent;
    return ActivityRepository(m_db).insert(record);
}

} // namespace Ledgerdesk
