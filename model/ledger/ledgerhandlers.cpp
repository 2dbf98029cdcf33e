#include "ledgermessages.h"

#include "accountrepository.h"
#include "commands/handlercontext.h"
#include "core/ids.h"
#include "journal.h"
#include "ledgercontext.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace Ledgerdesk {

namespace {

struct Strings
{
    Q_DECLARE_TR_FUNCTIONS(Ledgerdesk::LedgerHandlers)
};

// Deposit and withdrawal: the wallet against the bank's cash account.
Result<QJsonObject> moveCash(HandlerContext &context, EntryKind kind)
{
    auto wallet = requireOpenWallet(context);
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
    JournalEntry entry = newEntry(context, kind);
    entry.memo = context.optionalString(QStringLiteral("memo"));
    entry.postings
        = {{wallet->id, signedAmount}, {AccountRepository::systemAccountId(AccountKind::Cash, wallet->currency), -signedAmount}};
    auto balances = Journal(context.db()).post(entry);
    if (!balances)
        return balances.error();
    const qint64 newBalance = balances->value(wallet->id);
    auto emailed = context.notifyClient(wallet->clientId, isDeposit ? QStringLiteral("deposit") : QStringLiteral("withdrawal"),
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
    return QJsonObject {{QStringLiteral("entry_id"), entry.id}, {QStringLiteral("wallet_id"), wallet->id},
        {QStringLiteral("client_id"), wallet->clientId}, {QStringLiteral("currency"), wallet->currency},
        {QStringLiteral("amount"), amount->toDecimalString()},
        {QStringLiteral("balance"), Money::decimal(newBalance, wallet->currency)}};
}

Result<QJsonObject> transferBetweenWallets(HandlerContext &context)
{
    auto fromId = context.requireString(QStringLiteral("from_wallet_id"));
    if (!fromId)
        return fromId.error();
    auto toId = context.requireString(QStringLiteral("to_wallet_id"));
    if (!toId)
        return toId.error();
    if (*fromId == *toId)
        return makeError(
            Error::Kind::Validation, Strings::tr("A transfer needs two different wallets."), QStringLiteral("to_wallet_id"));
    auto from = findOpenWallet(context, *fromId);
    if (!from)
        return from.error();
    auto to = findOpenWallet(context, *toId);
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
    JournalEntry entry = newEntry(context, EntryKind::Transfer);
    entry.memo = context.optionalString(QStringLiteral("memo"));
    entry.postings = {{from->id, -amount->minor()}, {to->id, amount->minor()}};
    auto balances = Journal(context.db()).post(entry);
    if (!balances)
        return balances.error();
    const QString currency = from->currency;
    const struct
    {
        const Account &wallet;
        const Account &counterparty;
        QString templateName;
    } sides[] = {{*from, *to, QStringLiteral("transfer_out")}, {*to, *from, QStringLiteral("transfer_in")}};
    for (const auto &side : sides) {
        const QString balance = Money::decimal(balances->value(side.wallet.id), currency);
        auto emailed = context.notifyClient(side.wallet.clientId, side.templateName,
            {{QStringLiteral("amount"), amount->toDecimalString()}, {QStringLiteral("balance"), balance},
                {QStringLiteral("currency"), currency}, {Effects::counterpartyClientId, side.counterparty.clientId}});
        if (!emailed)
            return emailed.error();
        if (auto ok = context.record(QStringLiteral("Transfer|Wallet"), side.wallet.clientId, QStringLiteral("balance"),
                Money::decimal(side.wallet.balanceMinor, currency), balance, *emailed);
            !ok)
            return ok.error();
    }
    return QJsonObject {{QStringLiteral("entry_id"), entry.id}, {QStringLiteral("from_wallet_id"), from->id},
        {QStringLiteral("to_wallet_id"), to->id}, {QStringLiteral("currency"), currency},
        {QStringLiteral("amount"), amount->toDecimalString()},
        {QStringLiteral("from_balance"), Money::decimal(balances->value(from->id), currency)},
        {QStringLiteral("to_balance"), Money::decimal(balances->value(to->id), currency)}};
}

// Why an entry is not the ledger's to reverse: each product keeps state of its own beside the entries
// it posts (a loan's payout and what it still owes, a payment's status, a goal's contributions), which
// a reversal here would leave behind unseen. Empty for the entries the ledger owns alone. The entry's
// memo, written by the product, names it.
QString productOwning(const JournalEntry &entry)
{
    const QString product = entry.memo.isEmpty() ? entry.id : entry.memo;
    switch (entry.kind) {
    case EntryKind::Deposit:
    case EntryKind::Withdrawal:
    case EntryKind::Transfer:
    case EntryKind::Reversal:
        return {};
    case EntryKind::LoanIn:
        return Strings::tr("This entry belongs to a loan (“%1”): it paid the loan out, and reversing it would leave the loan "
                           "approved and owed. A payout is not reversed; the loan is settled through its repayments.")
            .arg(product);
    case EntryKind::LoanRepayment:
        return Strings::tr("This entry belongs to a loan (“%1”): the loan has booked it as repaid, and reversing it would "
                           "leave the loan owing less than the client paid. A repayment is not reversed; if the client is "
                           "owed money, pay it in with a deposit.")
            .arg(product);
    case EntryKind::PaymentOut:
        return Strings::tr("This entry belongs to a payment (“%1”): reversing it would return the money while the payment "
                           "stays paid. A payment is not reversed; a refund from the merchant is paid in with a deposit.")
            .arg(product);
    case EntryKind::SavingsAdd:
        return Strings::tr("This entry belongs to a savings goal (“%1”): reversing it would take the money out behind the "
                           "goal's back. To give the money back, delete the goal on the Savings page; it returns all it "
                           "holds to the wallet.")
            .arg(product);
    case EntryKind::SavingsRedeem:
    case EntryKind::SavingsRefund:
        return Strings::tr("This entry belongs to a savings goal (“%1”): it closed the goal and returned its money to the "
                           "wallet. The goal is closed, so the entry is not reversed.")
            .arg(product);
    case EntryKind::Ingested:
        return Strings::tr("This entry belongs to the transaction intake (“%1”) and is not reversed here.").arg(product);
    }
    return Strings::tr("This entry belongs to a product of the bank and is not reversed here.");
}

// Undoes an entry with a new one of opposite postings; the original stays as it was. Only the
// ledger's own entries (deposits, withdrawals, transfers); a product's are refused with a sentence
// naming the product.
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
    if (const QString owner = productOwning(*original); !owner.isEmpty())
        return makeError(Error::Kind::Conflict, owner, entryKindName(original->kind));

    JournalEntry reversal = newEntry(context, EntryKind::Reversal);
    reversal.memo = *reason;
    reversal.reversesEntryId = original->id;
    for (const Posting &posting : std::as_const(original->postings))
        reversal.postings.append({posting.accountId, -posting.amountMinor});
    auto reversed = journal.isReversed(original->id);
    if (!reversed)
        return reversed.error();
    if (*reversed)
        return makeError(Error::Kind::Conflict, Strings::tr("The entry \"%1\" has been reversed already.").arg(original->id));
    AccountRepository accounts(context.db());
    for (const Posting &posting : std::as_const(reversal.postings)) {
        auto account = accounts.find(posting.accountId);
        if (!account)
            return account.error();
        if (account->isWallet()) {
            if (auto wallet = findOpenWallet(context, account->id); !wallet)
                return wallet.error();
        }
    }
    auto balances = journal.post(reversal);
    if (!balances)
        return balances.error();
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
    return QJsonObject {{QStringLiteral("entry_id"), reversal.id}, {QStringLiteral("reverses_entry_id"), original->id}};
}

} // namespace

bool LedgerMessages::isReversible(EntryKind kind)
{
    return kind == EntryKind::Deposit || kind == EntryKind::Withdrawal || kind == EntryKind::Transfer;
}

QList<MessageType> LedgerMessages::types()
{
    const auto cashFields = QList<PayloadField> {PayloadField::text(QStringLiteral("wallet_id")),
        PayloadField::amount(QStringLiteral("amount")), PayloadField::optionalText(QStringLiteral("memo"))};
    return {
        {deposit, Permission::AnyAgent, cashFields, [](HandlerContext &context) { return moveCash(context, EntryKind::Deposit); },
            [](const QJsonObject &result) {
                return Strings::tr("Deposit of %1 applied. New balance: %2.")
                    .arg(MessageType::displayAmount(result, QStringLiteral("amount")),
                        MessageType::displayAmount(result, QStringLiteral("balance")));
            },
            {QStringLiteral("deposit")}},
        {withdraw, Permission::AnyAgent, cashFields,
            [](HandlerContext &context) { return moveCash(context, EntryKind::Withdrawal); },
            [](const QJsonObject &result) {
                return Strings::tr("Withdrawal of %1 applied. New balance: %2.")
                    .arg(MessageType::displayAmount(result, QStringLiteral("amount")),
                        MessageType::displayAmount(result, QStringLiteral("balance")));
            },
            {QStringLiteral("withdrawal")}},
        {transfer, Permission::AnyAgent,
            {PayloadField::text(QStringLiteral("from_wallet_id")), PayloadField::text(QStringLiteral("to_wallet_id")),
                PayloadField::amount(QStringLiteral("amount")), PayloadField::optionalText(QStringLiteral("memo"))},
            transferBetweenWallets,
            [](const QJsonObject &result) {
                return Strings::tr("Transfer of %1 applied. The sending wallet now holds %2.")
                    .arg(MessageType::displayAmount(result, QStringLiteral("amount")),
                        MessageType::displayAmount(result, QStringLiteral("from_balance")));
            },
            {QStringLiteral("transfer_out"), QStringLiteral("transfer_in")}},
        {entryReverse, Permission::Supervisor,
            {PayloadField::text(QStringLiteral("entry_id")), PayloadField::text(QStringLiteral("reason"))}, reverseEntry,
            [](const QJsonObject &) {
                return Strings::tr("The entry was reversed; the reversing entry is at the top of the register.");
            }},
    };
}

} // namespace Ledgerdesk
