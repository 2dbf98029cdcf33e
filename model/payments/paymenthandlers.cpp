#include "paymentmessages.h"

#include "commands/handlercontext.h"
#include "core/ids.h"
#include "ledger/accountrepository.h"
#include "ledger/journal.h"
#include "ledger/ledgercontext.h"
#include "paymentrepository.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace Ledgerdesk {

namespace {

struct Strings
{
    Q_DECLARE_TR_FUNCTIONS(Ledgerdesk::PaymentHandlers)
};

const QString paymentIdField = QStringLiteral("payment_id");

QJsonObject describe(const Payment &payment)
{
    return {{paymentIdField, payment.id}, {QStringLiteral("wallet_id"), payment.walletId},
        {QStringLiteral("client_id"), payment.clientId}, {QStringLiteral("merchant_id"), payment.merchantId},
        {QStringLiteral("currency"), payment.currency},
        {QStringLiteral("amount"), Money::decimal(payment.amountMinor, payment.currency)},
        {QStringLiteral("status"), paymentStatusName(payment.status)}};
}

Result<Payment> paymentOf(const HandlerContext &context)
{
    auto paymentId = context.requireString(paymentIdField);
    if (!paymentId)
        return paymentId.error();
    return PaymentRepository(context.db()).find(*paymentId);
}

Result<QJsonObject> requestPayment(HandlerContext &context)
{
    auto wallet = requireOpenWallet(context);
    if (!wallet)
        return wallet.error();
    auto merchantId = context.requireString(QStringLiteral("merchant_id"));
    if (!merchantId)
        return merchantId.error();
    auto amount = context.requireAmount(QStringLiteral("amount"), wallet->currency);
    if (!amount)
        return amount.error();
    Payment payment;
    payment.id = context.optionalString(paymentIdField);
    if (payment.id.isEmpty())
        payment.id = Ids::next();
    PaymentRepository payments(context.db());
    if (payments.find(payment.id))
        return makeError(Error::Kind::Conflict, Strings::tr("A payment \"%1\" exists already.").arg(payment.id), paymentIdField);
    payment.walletId = wallet->id;
    payment.clientId = wallet->clientId;
    payment.merchantId = *merchantId;
    payment.currency = wallet->currency;
    payment.amountMinor = amount->minor();
    payment.requestedBy = context.agent().id;
    payment.requestedAtMs = context.nowMs();
    if (auto ok = payments.insert(payment); !ok)
        return ok.error();
    if (auto ok = context.publish(PaymentMessages::requested, {{paymentIdField, payment.id}}); !ok)
        return ok.error();
    if (auto ok = context.record(QStringLiteral("Create|Payment"), payment.clientId, QStringLiteral("merchant"), {},
            QStringLiteral("%1 %2 → %3").arg(amount->toDecimalString(), payment.currency, payment.merchantId));
        !ok)
        return ok.error();
    return describe(payment);
}

// PAYMENT_REQUESTED: the wallet pays the merchant settlement account, or the payment fails with a
// reason. The outcome is published either way.
Result<QJsonObject> debit(HandlerContext &context)
{
    auto payment = paymentOf(context);
    if (!payment)
        return payment.error();
    // Debited already, or failing already: a repeated request changes nothing.
    if (payment->status != PaymentStatus::Pending || !payment->entryId.isEmpty() || !payment->reason.isEmpty())
        return describe(*payment);

    auto wallet = findOpenWallet(context, payment->walletId);
    QString reason;
    if (!wallet)
        reason = wallet.error().message;
    else if (wallet->balanceMinor < payment->amountMinor)
        reason = Strings::tr("Insufficient funds.");
    QJsonObject outcome = describe(*payment);
    if (!reason.isEmpty()) {
        if (auto ok = PaymentRepository(context.db()).noteFailure(payment->id, reason); !ok)
            return ok.error();
        outcome.insert(QStringLiteral("reason"), reason);
        if (auto ok
            = context.publish(PaymentMessages::failed, {{paymentIdField, payment->id}, {QStringLiteral("reason"), reason}});
            !ok)
            return ok.error();
        return outcome;
    }
    if (auto ok = AccountRepository(context.db()).ensureSystemAccount(AccountKind::Merchant, payment->currency, context.nowMs());
        !ok)
        return ok.error();
    JournalEntry entry = newEntry(context, EntryKind::PaymentOut);
    entry.memo = Strings::tr("Payment %1 to %2").arg(payment->id, payment->merchantId);
    entry.postings = {{payment->walletId, -payment->amountMinor},
        {AccountRepository::systemAccountId(AccountKind::Merchant, payment->currency), payment->amountMinor}};
    auto balances = Journal(context.db()).post(entry);
    if (!balances)
        return balances.error();
    if (auto ok = PaymentRepository(context.db()).setEntry(payment->id, entry.id); !ok)
        return ok.error();
    const QString balance = Money::decimal(balances->value(payment->walletId), payment->currency);
    if (auto ok
        = context.publish(PaymentMessages::succeeded, {{paymentIdField, payment->id}, {QStringLiteral("balance"), balance}});
        !ok)
        return ok.error();
    outcome.insert(QStringLiteral("entry_id"), entry.id);
    outcome.insert(QStringLiteral("balance"), balance);
    return outcome;
}

// PAYMENT_SUCCEEDED and PAYMENT_FAILED: the payment's final status, and the client is told.
Result<QJsonObject> settle(HandlerContext &context, PaymentStatus status)
{
    auto payment = paymentOf(context);
    if (!payment)
        return payment.error();
    const bool succeeded = status == PaymentStatus::Succeeded;
    const QString reason = succeeded ? QString() : context.optionalString(QStringLiteral("reason"));
    if (!succeeded && reason.isEmpty())
        return makeError(Error::Kind::Validation, Strings::tr("A failed payment needs its reason."), QStringLiteral("reason"));
    auto settled = PaymentRepository(context.db()).settle(payment->id, status, reason, context.nowMs());
    if (!settled)
        return settled.error();
    if (!*settled)
        return makeError(Error::Kind::Conflict,
            Strings::tr("The payment %1 is %2 already.").arg(payment->id, paymentStatusName(payment->status)));
    QJsonObject values {{QStringLiteral("amount"), Money::decimal(payment->amountMinor, payment->currency)},
        {QStringLiteral("currency"), payment->currency}, {QStringLiteral("merchant"), payment->merchantId}};
    if (succeeded)
        values.insert(QStringLiteral("balance"), context.optionalString(QStringLiteral("balance")));
    else
        values.insert(QStringLiteral("reason"), reason);
    auto emailed = context.notifyClient(
        payment->clientId, succeeded ? QStringLiteral("payment_succeeded") : QStringLiteral("payment_failed"), values);
    if (!emailed)
        return emailed.error();
    if (auto ok = context.record(succeeded ? QStringLiteral("Pay|Payment") : QStringLiteral("Fail|Payment"), payment->clientId,
            QStringLiteral("status"), paymentStatusName(PaymentStatus::Pending),
            succeeded ? paymentStatusName(status) : paymentStatusName(status) + QStringLiteral(": ") + reason, *emailed);
        !ok)
        return ok.error();
    QJsonObject result = describe(*payment);
    result.insert(QStringLiteral("status"), paymentStatusName(status));
    if (!succeeded)
        result.insert(QStringLiteral("reason"), reason);
    return result;
}

} // namespace

QList<MessageType> PaymentMessages::types()
{
    const PayloadField paymentId = PayloadField::text(paymentIdField);
    return {
        {request, Permission::AnyAgent,
            {PayloadField::optionalText(paymentIdField), PayloadField::text(QStringLiteral("wallet_id")),
                PayloadField::text(QStringLiteral("merchant_id")), PayloadField::amount(QStringLiteral("amount"))},
            requestPayment,
            [](const QJsonObject &result) {
                return Strings::tr("Payment of %1 to %2 requested…")
                    .arg(MessageType::displayAmount(result, QStringLiteral("amount")),
                        result.value(QStringLiteral("merchant_id")).toString());
            }},
        {requested, Permission::System, {paymentId}, debit},
        {succeeded, Permission::System, {paymentId},
            [](HandlerContext &context) { return settle(context, PaymentStatus::Succeeded); }, {},
            {QStringLiteral("payment_succeeded")}},
        {failed, Permission::System, {paymentId, PayloadField::text(QStringLiteral("reason"))},
            [](HandlerContext &context) { return settle(context, PaymentStatus::Failed); }, {},
            {QStringLiteral("payment_failed")}},
    };
}

} // namespace Ledgerdesk
