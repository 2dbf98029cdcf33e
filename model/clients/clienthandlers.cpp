#include "clientmessages.h"

#include "clientrepository.h"
#include "commands/handlercontext.h"
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

// The client a CLIENT_CREATE payload describes, checked as a bank would; without an id when none was given.
Result<Client> clientFromPayload(const QJsonObject &payload)
{
    Client client;
    client.id = payload.value(QStringLiteral("client_id")).toString().trimmed();
    for (const QString &field : Client::editableFields()) {
        const QJsonValue value = payload.value(field);
        if (value.isUndefined() || value.isNull())
            continue;
        if (auto ok = client.setField(field, value); !ok)
            return ok.error();
    }
    if (client.locale.isEmpty())
        client.locale = QStringLiteral("en_US");
    if (!payload.contains(QStringLiteral("channels")))
        client.channels = client.email.isEmpty() ? QStringList {QStringLiteral("sms")} : QStringList {QStringLiteral("email")};
    if (auto ok = client.validate(); !ok)
        return ok.error();
    return client;
}

Result<QJsonObject> createClient(HandlerContext &context)
{
    auto described = clientFromPayload(context.payload());
    if (!described)
        return described.error();
    Client client = *described;
    if (client.id.isEmpty())
        client.id = Ids::next();
    ClientRepository clients(context.db());
    if (clients.find(client.id, true))
        return makeError(
            Error::Kind::Conflict, Strings::tr("A client \"%1\" exists already.").arg(client.id), QStringLiteral("client_id"));
    client.createdAtMs = client.updatedAtMs = context.nowMs();
    if (auto ok = clients.insert(client); !ok)
        return ok.error();
    auto emailed = context.notifyClient(client.id, QStringLiteral("client_created"));
    if (!emailed)
        return emailed.error();
    if (auto ok
        = context.record(QStringLiteral("Create|Client"), client.id, QStringLiteral("name"), {}, client.fullName(), *emailed);
        !ok)
        return ok.error();
    return QJsonObject {{QStringLiteral("client_id"), client.id}, {QStringLiteral("name"), client.fullName()}};
}

Result<QJsonObject> updateClient(HandlerContext &context)
{
    auto clientId = requireClientId(context);
    if (!clientId)
        return clientId.error();
    ClientRepository clients(context.db());
    auto client = clients.find(*clientId);
    if (!client)
        return client.error();
    const Client before = *client;
    Client after = before;
    const QJsonObject changes = context.payload().value(QStringLiteral("changes")).toObject();
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
        differences.append(QJsonObject {{QStringLiteral("field"), field}, {QStringLiteral("before"), before.field(field)},
            {QStringLiteral("after"), after.field(field)}});
    }
    if (!changed.isEmpty()) {
        // Told at the address they had, so queued before the change: a change of e-mail address is
        // announced where the client can still read it, and a change they did not ask for does not go
        // unnoticed.
        auto emailed
            = context.notifyClient(before.id, QStringLiteral("client_updated"), {{QStringLiteral("changes"), differences}});
        if (!emailed)
            return emailed.error();
        after.updatedAtMs = context.nowMs();
        if (auto ok = clients.update(after); !ok)
            return ok.error();
        for (const QJsonValue &change : std::as_const(differences)) {
            const QJsonObject item = change.toObject();
            if (auto ok
                = context.record(QStringLiteral("Update|Client"), after.id, item.value(QStringLiteral("field")).toString(),
                    item.value(QStringLiteral("before")).toString(), item.value(QStringLiteral("after")).toString(), *emailed);
                !ok)
                return ok.error();
        }
    }
    return QJsonObject {{QStringLiteral("client_id"), after.id}, {QStringLiteral("changed"), changed}};
}

// Closes a client: refused, naming everything still open, while a wallet holds money or a product
// area's check finds something of theirs open. Their wallets close with them, so the ledger takes
// nothing more for them.
Result<QJsonObject> deleteClient(HandlerContext &context, const QList<ClientMessages::ClosingCheck> &closingChecks)
{
    auto clientId = requireClientId(context);
    if (!clientId)
        return clientId.error();
    ClientRepository clients(context.db());
    auto client = clients.find(*clientId);
    if (!client)
        return client.error();
    AccountRepository accounts(context.db());
    auto wallets = accounts.walletsOf(client->id);
    if (!wallets)
        return wallets.error();
    QStringList stillOpen;
    for (const Account &wallet : std::as_const(*wallets)) {
        if (wallet.balanceMinor != 0)
            stillOpen << Strings::tr("wallet %1 holds %2")
                             .arg(wallet.id, wallet.balance().toDecimalString() + QLatin1Char(' ') + wallet.currency);
    }
    for (const ClientMessages::ClosingCheck &check : closingChecks) {
        auto open = check(context.db(), client->id);
        if (!open)
            return open.error();
        stillOpen << *open;
    }
    if (!stillOpen.isEmpty())
        return makeError(Error::Kind::Conflict,
            Strings::tr("%1 cannot be closed while anything of theirs is open: %2. Settle or close each first.")
                .arg(client->fullName(), stillOpen.join(QStringLiteral("; "))));
    if (auto ok = clients.markDeleted(client->id, context.nowMs()); !ok)
        return ok.error();
    for (const Account &wallet : std::as_const(*wallets)) {
        if (auto ok = accounts.close(wallet.id); !ok)
            return ok.error();
    }
    auto emailed = context.notifyClient(client->id, QStringLiteral("client_deleted"));
    if (!emailed)
        return emailed.error();
    if (auto ok
        = context.record(QStringLiteral("Delete|Client"), client->id, QStringLiteral("name"), client->fullName(), {}, *emailed);
        !ok)
        return ok.error();
    return QJsonObject {{QStringLiteral("client_id"), client->id}};
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
    return QJsonObject {{QStringLiteral("client_id"), client->id}};
}

// The payload's currency is one the books support.
Result<void> checkCurrency(const QJsonObject &payload)
{
    const QString currency = payload.value(QStringLiteral("currency")).toString().trimmed();
    if (!Money::isKnownCurrency(currency.toUpper()))
        return makeError(Error::Kind::Validation, Strings::tr("The currency \"%1\" is not supported.").arg(currency),
            QStringLiteral("currency"));
    return {};
}

// A wallet in one currency for a client, and the bank's cash account of that currency.
Result<QJsonObject> openWallet(HandlerContext &context)
{
    auto clientId = context.requireString(QStringLiteral("client_id"));
    if (!clientId)
        return clientId.error();
    auto currency = context.requireString(QStringLiteral("currency"));
    if (!currency)
        return currency.error();
    const QString code = currency->toUpper();
    if (auto ok = checkCurrency(context.payload()); !ok)
        return ok.error();
    auto client = ClientRepository(context.db()).find(*clientId);
    if (!client)
        return client.error();

    Account wallet;
    wallet.id = context.optionalString(QStringLiteral("wallet_id"));
    if (wallet.id.isEmpty())
        wallet.id = Ids::next();
    else if (wallet.id.startsWith(QLatin1String("sys:")))
        return makeError(
            Error::Kind::Validation, Strings::tr("Wallet ids cannot start with \"sys:\"."), QStringLiteral("wallet_id"));
    AccountRepository accounts(context.db());
    if (accounts.find(wallet.id))
        return makeError(Error::Kind::Conflict, Strings::tr("A wallet \"%1\" exists already.").arg(wallet.id));
    wallet.clientId = client->id;
    wallet.kind = AccountKind::Customer;
    wallet.currency = code;
    wallet.name = Strings::tr("%1 wallet").arg(code);
    wallet.createdAtMs = context.nowMs();
    if (auto ok = accounts.insert(wallet); !ok)
        return ok.error();
    if (auto ok = accounts.ensureSystemAccount(AccountKind::Cash, code, context.nowMs()); !ok)
        return ok.error();
    if (auto ok = context.record(QStringLiteral("Create|Wallet"), client->id, QStringLiteral("currency"), {}, code); !ok)
        return ok.error();
    return QJsonObject {
        {QStringLiteral("wallet_id"), wallet.id}, {QStringLiteral("client_id"), client->id}, {QStringLiteral("currency"), code}};
}

} // namespace

QList<MessageType> ClientMessages::types(const QList<ClosingCheck> &closingChecks)
{
    const PayloadField clientId = PayloadField::text(QStringLiteral("client_id"));
    return {
        {create, Permission::AnyAgent, {PayloadField::optionalText(QStringLiteral("client_id"))}, createClient,
            [](const QJsonObject &result) {
                return Strings::tr("Client %1 created.").arg(result.value(QStringLiteral("name")).toString());
            },
            {QStringLiteral("client_created")},
            [](const QJsonObject &payload) -> Result<void> {
                if (auto client = clientFromPayload(payload); !client)
                    return client.error();
                return {};
            }},
        {update, Permission::AnyAgent, {clientId, PayloadField::object(QStringLiteral("changes"))}, updateClient,
            [](const QJsonObject &) { return Strings::tr("The client's profile was updated."); },
            {QStringLiteral("client_updated")}},
        {remove, Permission::AnyAgent, {clientId},
            [closingChecks](HandlerContext &context) { return deleteClient(context, closingChecks); },
            [](const QJsonObject &) { return Strings::tr("The client was deleted."); }, {QStringLiteral("client_deleted")}},
        {read, Permission::AnyAgent, {clientId}, readClient},
        {walletOpen, Permission::AnyAgent,
            {PayloadField::optionalText(QStringLiteral("wallet_id")), clientId, PayloadField::text(QStringLiteral("currency"))},
            openWallet,
            [](const QJsonObject &result) {
                return Strings::tr("%1 wallet %2 opened.")
                    .arg(result.value(QStringLiteral("currency")).toString(),
                        result.value(QStringLiteral("wallet_id")).toString());
            },
            {}, checkCurrency},
    };
}

} // namespace Ledgerdesk
