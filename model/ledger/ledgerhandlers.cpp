#include "ledgerhandlers.h"

#include "accountrepository.h"
#include "clients/clientrepository.h"
#include "commands/commandexecutor.h"
#include "core/ids.h"
#include "journal.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace Ledgerdesk {

namespace {

struct Strings
{
    Q_DECLARE_TR_FUNCTIONS(Ledgerdesk::LedgerHandlers)
};

Result<QJsonObject> openWallet(HandlerContext &context)
{
    auto clientId = context.requireString(QStringLiteral("client_id"));
    if (!clientId)
        return clientId.error();
    auto currency = context.requireString(QStringLiteral("currency"));
    if (!currency)
        return currency.error();
    const QString code = currency->toUpper();
    if (!Money::isKnownCurrency(code))
        return makeError(Error::Kind::Validation, Strings::tr("The currency \"%1\" is not supported.").arg(*currency),
                         QStringLiteral("currency"));
    auto client = ClientRepository(context.db()).find(*clientId);
    if (!client)
        return client.error();

    Account wallet;
    wallet.id = context.optionalString(QStringLiteral("wallet_id"));
    if (wallet.id.isEmpty())
        wallet.id = Ids::next();
    else if (wallet.id.startsWith(QLatin1String("sys:")))
        return makeError(Error::Kind::Validation, Strings::tr("Wallet ids cannot start with \"sys:\"."), QStringLiteral("wallet_id"));
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
    return QJsonObject{{QStringLiteral("wallet_id"), wallet.id},
                       {QStringLiteral("client_id"), client->id},
                       {QStringLiteral("currency"), code}};
}

// Deposit and withdrawal: the wallet against the bank's cash account.
Result<QJsonObject> moveCash(HandlerContext &context, EntryKind kind)
{
    auto wallet = context.requireOpenWallet();
    if (!wallet)
        return wallet.error();
    auto amount = context.requireAmount(QStringLiteral("amount"), wallet->currency);
    if (!amount)
        return amount.error();
    const bool isDeposit = kind == EntryKind::Deposit;
    if (!isDeposit && amount->minor() > wallet->balanceMinor)
        return makeError(Error::Kind::Conflict,
                         Strings::tr("Insufficient funds: the wallet holds %1 and the withdrawal is %2.")
                             .arg(wallet->balance().toDecimalString() + QLatin1Char(' ') + wallet->currency,
                                  amount->toDecimalString() + QLatin1Char(' ') + wallet->currency));

    const qint64 signedAmount = isDeposit ? amount->minor() : -amount->minor();
    JournalEntry entry = context.newEntry(kind);
    entry.memo = context.optionalString(QStringLiteral("memo"));
    entry.postings = {{wallet->id, signedAmount},
                      {AccountRepository::systemAccountId(AccountKind::Cash, wallet->currency), -signedAmount}};
    auto balances = Journal(context.db()).post(entry);
    if (!balances)
        return balances.error();
    const qint64 newBalance = balances->value(wallet->id);
    auto owner = ClientRepository(context.db()).find(wallet->clientId, true);
    if (!owner)
        return owner.error();
    auto emailed = context.notifyClient(*owner, isDeposit ? QStringLiteral("deposit") : QStringLiteral("withdrawal"),
                                        {{QStringLiteral("amount"), amount->toDecimalString()},
                                         {QStringLiteral("balance"), Money::decimal(newBalance, wallet->currency)},
                                         {QStringLiteral("currency"), wallet->currency}});
    if (!emailed)
        return emailed.error();
    const QString action = isDeposit ? QStringLiteral("Deposit|Wallet") : QStringLiteral("Withdraw|Wallet");
    if (auto ok = context.record(action, wallet->clientId, QStringLiteral("balance"),
                                 Money::decimal(wallet->balanceMinor, wallet->currency), Money::decimal(newBalance, wallet->currency), *emailed);
        !ok)
        return ok.error();
    return QJsonObject{{QStringLiteral("entry_id"), entry.id},
                       {QStringLiteral("wallet_id"), wallet->id},
                       {QStringLiteral("client_id"), wallet->clientId},
                       {QStringLiteral("currency"), wallet->currency},
                       {QStringLiteral("amount"), amount->toDecimalString()},
                       {QStringLiteral("balance"), Money::decimal(newBalance, wallet->currency)}};
}

Result<QJsonObject> transfer(HandlerContext &context)
{
    auto fromId = context.requireString(QStringLiteral("from_wallet_id"));
    if (!fromId)
        return fromId.error();
    auto toId = context.requireString(QStringLiteral("to_wallet_id"));
    if (!toId)
        return toId.error();
    if (*fromId == *toId)
        return makeError(Error::Kind::Validation, Strings::tr("A transfer needs two different wallets."), QStringLiteral("to_wallet_id"));
    AccountRepository accounts(context.db());
    auto from = accounts.findOpenWallet(*fromId);
    if (!from)
        return from.error();
    auto to = accounts.findOpenWallet(*toId);
    if (!to)
        return to.error();
    if (from->currency != to->currency)
        return makeError(Error::Kind::Validation,
                         Strings::tr("Both wallets of a transfer must hold the same currency (%1 and %2).").arg(from->currency, to->currency));
    auto amount = context.requireAmount(QStringLiteral("amount"), from->currency);
    if (!amount)
        return amount.error();
    if (amount->minor() > from->balanceMinor)
        return makeError(Error::Kind::Conflict,
                         Strings::tr("Insufficient funds: the wallet holds %1 and the transfer is %2.")
                             .arg(from->balance().toDecimalString() + QLatin1Char(' ') + from->currency,
                                  amount->toDecimalString() + QLatin1Char(' ') + from->currency));
    JournalEntry entry = context.newEntry(EntryKind::Transfer);
    entry.memo = context.optionalString(QStringLiteral("memo"));
    entry.postings = {{from->id, -amount->minor()}, {to->id, amount->minor()}};
    auto balances = Journal(context.db()).post(entry);
    if (!balances)
        return balances.error();
    const QString currency = from->currency;
    ClientRepository clients(context.db());
    auto sender = clients.find(from->clientId, true);
    if (!sender)
        return sender.error();
    auto receiver = clients.find(to->clientId, true);
    if (!receiver)
        return receiver.error();
    const struct
    {
        const Account &wallet;
        const Client &client;
        const Client &counterparty;
        QString templateName;
    } sides[] = {{*from, *sender, *receiver, QStringLiteral("transfer_out")}, {*to, *receiver, *sender, QStringLiteral("transfer_in")}};
    for (const auto &side : sides) {
        const QString balance = Money::decimal(balances->value(side.wallet.id), currency);
        auto emailed = context.notifyClient(side.client, side.templateName,
                                            {{QStringLiteral("amount"), amount->toDecimalString()},
                                             {QStringLiteral("balance"), balance},
                                             {QStringLiteral("currency"), currency},
                                             {QStringLiteral("counterparty"), side.counterparty.fullName()}});
        if (!emailed)
            return emailed.error();
        if (auto ok = context.record(QStringLiteral("Transfer|Wallet"), side.wallet.clientId, QStringLiteral("balance"),
                                     Money::decimal(side.wallet.balanceMinor, currency), balance, *emailed);
            !ok)
            return ok.error();
    }
    return QJsonObject{{QStringLiteral("entry_id"), entry.id},
                       {QStringLiteral("from_wallet_id"), from->id},
                       {QStringLiteral("to_wallet_id"), to->id},
                       {QStringLiteral("currency"), currency},
                       {QStringLiteral("amount"), amount->toDecimalString()},
                       {QStringLiteral("from_balance"), Money::decimal(balances->value(from->id), currency)},
                       {QStringLiteral("to_balance"), Money::decimal(balances->value(to->id), currency)}};
}

// Undoes an entry with a new one of opposite postings; the original stays as it was.
Result<QJsonObject> reverseEntry(HandlerContext &context)
{
    auto entryId = context.requireString(QStringLiteral("entry_id"));
    if (!entryId)
        return entryId.error();
    auto reason = context.requireString(QStringLiteral("reason"));
    if (!reason)
        return reason.error();
    Journal journal(context.db());
    auto original = journal.find(*entryId);
    if (!original)
        return original.error();
    if (original->kind == EntryKind::Reversal)
        return makeError(Error::Kind::Conflict, Strings::tr("A reversal cannot itself be reversed; post a new entry instead."));

    JournalEntry reversal;
    reversal.kind = EntryKind::Reversal;
    reversal.createdAtMs = context.nowMs();
    reversal.agentId = context.agent().id;
    reversal.sourceMessageId = context.message().id;
    reversal.memo = *reason;
    reversal.reversesEntryId = original->id;
    for (const Posting &posting : std::as_const(original->postings))
        reversal.postings.append({posting.accountId, -posting.amountMinor});
    auto reversed = journal.isReversed(original->id);
    if (!reversed)
        return reversed.error();
    if (*reversed)
        return makeError(Error::Kind::Conflict, Strings::tr("The entry \"%1\" has been reversed already.").arg(original->id));
    auto balances = journal.post(reversal);
    if (!balances)
        return balances.error();
    AccountRepository accounts(context.db());
    for (const Posting &posting : std::as_const(reversal.postings)) {
        auto account = accounts.find(posting.accountId);
        if (account && account->isWallet()) {
            if (auto ok = context.record(QStringLiteral("Reverse|Entry"), account->clientId, QStringLiteral("balance"),
                                         Money::decimal(account->balanceMinor - posting.amountMinor, account->currency),
                                         Money::decimal(account->balanceMinor, account->currency));
                !ok)
                return ok.error();
        }
    }
    return QJsonObject{{QStringLiteral("entry_id"), reversal.id}, {QStringLiteral("reverses_entry_id"), original->id}};
}

} // namespace

void registerLedgerHandlers(CommandExecutor &executor)
{
    executor.registerHandler(QStringLiteral("WALLET_OPEN"), Permission::AnyAgent, openWallet);
    executor.registerHandler(QStringLiteral("DEPOSIT"), Permission::AnyAgent,
                             [](HandlerContext &context) { return moveCash(context, EntryKind::Deposit); });
    executor.registerHandler(QStringLiteral("WITHDRAW"), Permission::AnyAgent,
                             [](HandlerContext &context) { return moveCash(context, EntryKind::Withdrawal); });
    executor.registerHandler(QStringLiteral("TRANSFER"), Permission::AnyAgent, transfer);
    executor.registerHandler(QStringLiteral("ENTRY_REVERSE"), Permission::Supervisor, reverseEntry);
}

} // namespace Ledgerdesk
