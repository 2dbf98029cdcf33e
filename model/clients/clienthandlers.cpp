#include "clienthandlers.h"

#include "clientrepository.h"
#include "commands/commandexecutor.h"
#include "core/ids.h"
#include "ledger/accountrepository.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace Ledgerdesk {

namespace {

struct Strings
{
    Q_DECLARE_TR_FUNCTIONS(Ledgerdesk::ClientHandlers)
};

Result<QString> requireClientId(HandlerContext &context)
{
    return context.requireString(QStringLiteral("client_id"));
}

Result<QJsonObject> createClient(HandlerContext &context)
{
    Client client;
    client.id = context.optionalString(QStringLiteral("client_id"));
    if (client.id.isEmpty())
        client.id = Ids::next();
    for (const QString &field : Client::editableFields()) {
        const QJsonValue value = context.payload().value(field);
        if (value.isUndefined() || value.isNull())
            continue;
        if (auto ok = client.setField(field, value); !ok)
            return ok.error();
    }
    if (client.locale.isEmpty())
        client.locale = QStringLiteral("en_US");
    if (!context.payload().contains(QStringLiteral("channels")))
        client.channels = client.email.isEmpty() ? QStringList{QStringLiteral("sms")} : QStringList{QStringLiteral("email")};
    if (auto ok = client.validate(); !ok)
        return ok.error();
    ClientRepository clients(context.db());
    if (clients.find(client.id, true))
        return makeError(Error::Kind::Conflict, Strings::tr("A client \"%1\" exists already.").arg(client.id), QStringLiteral("client_id"));
    client.createdAtMs = client.updatedAtMs = context.nowMs();
    if (auto ok = clients.insert(client); !ok)
        return ok.error();
    auto emailed = context.notifyClient(client, QStringLiteral("client_created"));
    if (!emailed)
        return emailed.error();
    if (auto ok = context.record(QStringLiteral("Create|Client"), client.id, QStringLiteral("name"), {}, client.fullName(), *emailed); !ok)
        return ok.error();
    return QJsonObject{{QStringLiteral("client_id"), client.id}, {QStringLiteral("name"), client.fullName()}};
}

Result<QJsonObject> updateClient(HandlerContext &context)
{
    auto clientId = requireClientId(context);
    if (!clientId)
        return clientId.error();
    const QJsonValue changesValue = context.payload().value(QStringLiteral("changes"));
    if (!changesValue.isObject() || changesValue.toObject().isEmpty())
        return makeError(Error::Kind::Validation, Strings::tr("The field \"changes\" must name at least one attribute and its new value."),
                         QStringLiteral("changes"));
    ClientRepository clients(context.db());
    auto client = clients.find(*clientId);
    if (!client)
        return client.error();
    const Client before = *client;
    Client after = before;
    const QJsonObject changes = changesValue.toObject();
    for (auto it = changes.begin(); it != changes.end(); ++it) {
        if (auto ok = after.setField(it.key(), it.value()); !ok)
            return ok.error();
    }
    if (auto ok = after.validate(); !ok)
        return ok.error();
    QJsonArray changed;
    QJsonArray differences;
    for (const QString &field : Client::editableFields()) {
        if (before.field(field) == after.field(field))
            continue;
        changed.append(field);
        differences.append(QJsonObject{{QStringLiteral("field"), field},
                                   {QStringLiteral("before"), before.field(field)},
                                   {QStringLiteral("after"), after.field(field)}});
    }
    if (!changed.isEmpty()) {
        after.updatedAtMs = context.nowMs();
        if (auto ok = clients.update(after); !ok)
            return ok.error();
        // Told at the address they had: a change of e-mail address is announced where the client can
        // still read it, and a change they did not ask for does not go unnoticed.
        auto emailed = context.notifyClient(before, QStringLiteral("client_updated"), {{QStringLiteral("changes"), differences}});
        if (!emailed)
            return emailed.error();
        for (const QJsonValue &change : std::as_const(differences)) {
            const QJsonObject item = change.toObject();
            if (auto ok = context.record(QStringLiteral("Update|Client"), after.id, item.value(QStringLiteral("field")).toString(),
                                         item.value(QStringLiteral("before")).toString(),
                                         item.value(QStringLiteral("after")).toString(), *emailed);
                !ok)
                return ok.error();
        }
    }
    return QJsonObject{{QStringLiteral("client_id"), after.id}, {QStringLiteral("changed"), changed}};
}

Result<QJsonObject> deleteClient(HandlerContext &context)
{
    auto clientId = requireClientId(context);
    if (!clientId)
        return clientId.error();
    ClientRepository clients(context.db());
    auto client = clients.find(*clientId);
    if (!client)
        return client.error();
    auto wallets = AccountRepository(context.db()).walletsOf(client->id);
    if (!wallets)
        return wallets.error();
    for (const Account &wallet : std::as_const(*wallets)) {
        if (wallet.balanceMinor != 0)
            return makeError(Error::Kind::Conflict,
                             Strings::tr("%1 still holds %2 in a wallet; pay it out before deleting the client.")
                                 .arg(client->fullName(), wallet.balance().toDecimalString() + QLatin1Char(' ') + wallet.currency));
    }
    if (auto ok = clients.markDeleted(client->id, context.nowMs()); !ok)
        return ok.error();
    auto emailed = context.notifyClient(*client, QStringLiteral("client_deleted"));
    if (!emailed)
        return emailed.error();
    if (auto ok = context.record(QStringLiteral("Delete|Client"), client->id, QStringLiteral("name"), client->fullName(), {}, *emailed); !ok)
        return ok.error();
    return QJsonObject{{QStringLiteral("client_id"), client->id}};
}

Result<QJsonObject> readClient(HandlerContext &context)
{
    auto clientId = requireClientId(context);
    if (!clientId)
        return clientId.error();
    auto client = ClientRepository(context.db()).find(*clientId);
    if (!client)
        return client.error();
    if (auto ok = context.record(QStringLiteral("Read|Client"), client->id); !ok)
        return ok.error();
    return QJsonObject{{QStringLiteral("client_id"), client->id}};
}

} // namespace

void registerClientHandlers(CommandExecutor &executor)
{
    executor.registerHandler(QStringLiteral("CLIENT_CREATE"), Permission::AnyAgent, createClient);
    executor.registerHandler(QStringLiteral("CLIENT_UPDATE"), Permission::AnyAgent, updateClient);
    executor.registerHandler(QStringLiteral("CLIENT_DELETE"), Permission::AnyAgent, deleteClient);
    executor.registerHandler(QStringLiteral("CLIENT_READ"), Permission::AnyAgent, readClient);
}

} // namespace Ledgerdesk
