#include "loanmessages.h"

#include "commands/handlercontext.h"
#include "core/ids.h"
#include "ledger/accountrepository.h"
#include "ledger/journal.h"
#include "ledger/ledgercontext.h"
#include "loanrepository.h"
#include "principallimits.h"
#include "settings/settings.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace Ledgerdesk {

namespace {

struct Strings
{
    Q_DECLARE_TR_FUNCTIONS(Ledgerdesk::LoanHandlers)
};

const QString loanIdField = QStringLiteral("loan_id");

QString percent(int rateBp)
{
    return QStringLiteral("%1.%2").arg(rateBp / 100).arg(rateBp % 100, 2, 10, QLatin1Char('0'));
}

// The term as a JSON number or a string of digits; 0 when it is neither.
int termMonthsOf(const QJsonObject &payload)
{
    const QJsonValue term = payload.value(QStringLiteral("term_months"));
    return term.isString() ? term.toString().toInt() : term.toInt();
}

Result<Loan> loanOf(const HandlerContext &context)
{
    auto loanId = context.requireString(loanIdField);
    if (!loanId)
        return loanId.error();
    return LoanRepository(context.db()).find(*loanId);
}

Result<QJsonObject> applyForLoan(HandlerContext &context)
{
    auto wallet = requireOpenWallet(context);
    if (!wallet)
        return wallet.error();
    auto amount = context.requireAmount(QStringLiteral("amount"), wallet->currency);
    if (!amount)
        return amount.error();
    const int term = termMonthsOf(context.payload());
    BookSettings settings(context.db());
    auto limits = PrincipalLimits::load(settings);
    if (!limits)
        return limits.error();
    if (auto ok = limits->check(*amount); !ok)
        return ok.error();
    auto tiers = RateTiers::load(settings);
    if (!tiers)
        return tiers.error();

    Loan loan;
    loan.id = context.optionalString(loanIdField);
    if (loan.id.isEmpty())
        loan.id = Ids::next();
    LoanRepository loans(context.db());
    if (loans.find(loan.id))
        return makeError(Error::Kind::Conflict, Strings::tr("A loan \"%1\" exists already.").arg(loan.id), loanIdField);
    loan.walletId = wallet->id;
    loan.clientId = wallet->clientId;
    loan.currency = wallet->currency;
    loan.principalMinor = amount->minor();
    loan.termMonths = term;
    loan.rateBp = tiers->rateBpFor(term);
    const LoanTerms terms = loan.terms();
    if (auto ok = terms.validate(); !ok)
        return ok.error();
    loan.monthlyPaymentMinor = terms.monthlyPaymentMinor();
    loan.totalDueMinor = terms.totalDueMinor();
    loan.remainingMinor = loan.totalDueMinor;
    loan.status = LoanStatus::Pending;
    loan.appliedBy = context.agent().id;
    loan.appliedAtMs = context.nowMs();
    if (auto ok = loans.insert(loan); !ok)
        return ok.error();

    auto emailed = context.notifyClient(loan.clientId, QStringLiteral("loan_applied"),
        {{QStringLiteral("amount"), amount->toDecimalString()},
            {QStringLiteral("payment"), Money::decimal(loan.monthlyPaymentMinor, loan.currency)},
            {QStringLiteral("currency"), loan.currency}, {QStringLiteral("term"), QString::number(term)},
            {QStringLiteral("rate"), percent(loan.rateBp)}});
    if (!emailed)
        return emailed.error();
    if (auto ok = context.record(QStringLiteral("Apply|Loan"), loan.clientId, QStringLiteral("amount"), {},
            amount->toDecimalString() + QLatin1Char(' ') + loan.currency, *emailed);
        !ok)
        return ok.error();
    return QJsonObject {{loanIdField, loan.id}, {QStringLiteral("wallet_id"), loan.walletId},
        {QStringLiteral("client_id"), loan.clientId}, {QStringLiteral("currency"), loan.currency},
        {QStringLiteral("amount"), amount->toDecimalString()}, {QStringLiteral("rate"), percent(loan.rateBp)},
        {QStringLiteral("term_months"), term},
        {QStringLiteral("monthly_payment"), Money::decimal(loan.monthlyPaymentMinor, loan.currency)},
        {QStringLiteral("status"), loanStatusName(loan.status)}};
}

// Pays the loan's principal from the bank's loan funding account into its wallet, records the entry
// on the loan and tells the client. Refused, with the ledger's sentence, when the wallet cannot take
// it: closed, of a closed client, or its balance would grow too large.
Result<QString> payOut(HandlerContext &context, const Loan &loan)
{
    auto wallet = findOpenWallet(context, loan.walletId);
    if (!wallet)
        return wallet.error();
    if (auto ok = AccountRepository(context.db()).ensureSystemAccount(AccountKind::LoanFunding, loan.currency, context.nowMs());
        !ok)
        return ok.error();
    JournalEntry entry = newEntry(context, EntryKind::LoanIn);
    entry.memo = Strings::tr("Loan %1").arg(loan.id);
    entry.postings = {{loan.walletId, loan.principalMinor},
        {AccountRepository::systemAccountId(AccountKind::LoanFunding, loan.currency), -loan.principalMinor}};
    auto balances = Journal(context.db()).post(entry);
    if (!balances)
        return balances.error();
    if (auto ok = LoanRepository(context.db()).setFundedEntry(loan.id, entry.id); !ok)
        return ok.error();
    const QString balance = Money::decimal(balances->value(loan.walletId), loan.currency);
    auto emailed = context.notifyClient(loan.clientId, QStringLiteral("loan_funded"),
        {{QStringLiteral("amount"), Money::decimal(loan.principalMinor, loan.currency)}, {QStringLiteral("balance"), balance},
            {QStringLiteral("currency"), loan.currency}});
    if (!emailed)
        return emailed.error();
    if (auto ok = context.record(QStringLiteral("Fund|Loan"), loan.clientId, QStringLiteral("balance"),
            Money::decimal(wallet->balanceMinor, loan.currency), balance, *emailed);
        !ok)
        return ok.error();
    return entry.id;
}

// Approve or reject: only a PENDING loan, only by a supervisor (the executor checks the role) who did
// not apply for it. An approval pays the loan out in the same transaction: when the payout cannot be
// made, the approval is refused with the reason and the loan stays PENDING.
Result<QJsonObject> decide(HandlerContext &context, LoanStatus decision)
{
    auto loan = loanOf(context);
    if (!loan)
        return loan.error();
    const bool approving = decision == LoanStatus::Approved;
    if (loan->status != LoanStatus::Pending)
        return makeError(Error::Kind::Conflict,
            approving ? Strings::tr("The loan %1 is %2; only a pending loan can be approved.")
                            .arg(loan->id, loanStatusName(loan->status))
                      : Strings::tr("The loan %1 is %2; only a pending loan can be rejected.")
                            .arg(loan->id, loanStatusName(loan->status)));
    if (loan->appliedBy == context.agent().id)
        return makeError(Error::Kind::Forbidden,
            Strings::tr("You applied for the loan %1 yourself; another supervisor must decide on it (four-eyes rule).")
                .arg(loan->id));
    const QString reason = context.optionalString(QStringLiteral("reason"));
    auto changed = LoanRepository(context.db()).decide(loan->id, decision, context.agent().id, reason, context.nowMs());
    if (!changed)
        return changed.error();
    if (!*changed)
        return makeError(
            Error::Kind::Conflict, Strings::tr("The loan %1 was decided on by someone else meanwhile.").arg(loan->id));

    const QString amount = Money::decimal(loan->principalMinor, loan->currency);
    if (approving) {
        if (auto ok = context.publish(
                LoanMessages::approved, {{loanIdField, loan->id}, {QStringLiteral("approved_by"), context.agent().id}});
            !ok)
            return ok.error();
    }
    auto emailed = context.notifyClient(loan->clientId,
        approving ? QStringLiteral("loan_approved") : QStringLiteral("loan_rejected"),
        {{QStringLiteral("amount"), amount}, {QStringLiteral("currency"), loan->currency}, {QStringLiteral("reason"), reason}});
    if (!emailed)
        return emailed.error();
    const QString newStatus = loanStatusName(decision);
    if (auto ok = context.record(approving ? QStringLiteral("Approve|Loan") : QStringLiteral("Reject|Loan"), loan->clientId,
            QStringLiteral("status"), loanStatusName(LoanStatus::Pending), newStatus, *emailed);
        !ok)
        return ok.error();
    QJsonObject result {{loanIdField, loan->id}, {QStringLiteral("client_id"), loan->clientId},
        {QStringLiteral("currency"), loan->currency}, {QStringLiteral("amount"), amount}, {QStringLiteral("status"), newStatus}};
    if (approving) {
        auto entryId = payOut(context, *loan);
        if (!entryId) {
            if (entryId.error().isTransient())
                return entryId.error();
            return makeError(entryId.error().kind,
                Strings::tr("The loan %1 stays pending: its payout of %2 into the wallet %3 cannot be made. %4")
                    .arg(loan->id, amount + QLatin1Char(' ') + loan->currency, loan->walletId, entryId.error().message),
                entryId.error().detail);
        }
        result.insert(QStringLiteral("entry_id"), *entryId);
    }
    return result;
}

// LOAN_APPROVED, published once a loan is approved and paid out: such a loan is left as it is. A loan
// approved by an earlier version of the program, which paid out only on this event, is paid out here.
Result<QJsonObject> fund(HandlerContext &context)
{
    auto loan = loanOf(context);
    if (!loan)
        return loan.error();
    if (!loan->fundedEntryId.isEmpty())
        return QJsonObject {
            {loanIdField, loan->id}, {QStringLiteral("entry_id"), loan->fundedEntryId}, {QStringLiteral("already_funded"), true}};
    if (loan->status != LoanStatus::Approved && loan->status != LoanStatus::Paid)
        return makeError(Error::Kind::Conflict,
            Strings::tr("The loan %1 is %2 and cannot be paid out.").arg(loan->id, loanStatusName(loan->status)));
    auto entryId = payOut(context, *loan);
    if (!entryId)
        return entryId.error();
    return QJsonObject {{loanIdField, loan->id}, {QStringLiteral("entry_id"), *entryId},
        {QStringLiteral("wallet_id"), loan->walletId}, {QStringLiteral("currency"), loan->currency},
        {QStringLiteral("amount"), Money::decimal(loan->principalMinor, loan->currency)}};
}

// LOAN_REPAY: clamps the amount to what remains once the repayments in flight are counted, and
// asks the wallet to pay it.
Result<QJsonObject> requestRepayment(HandlerContext &context)
{
    auto loan = loanOf(context);
    if (!loan)
        return loan.error();
    if (loan->status != LoanStatus::Approved)
        return makeError(Error::Kind::Conflict,
            loan->status == LoanStatus::Paid ? Strings::tr("The loan %1 is paid off already.").arg(loan->id)
                                             : Strings::tr("The loan %1 is %2; only an approved loan can be repaid.")
                                                   .arg(loan->id, loanStatusName(loan->status)));
    if (loan->fundedEntryId.isEmpty())
        return makeError(Error::Kind::Conflict,
            Strings::tr("The loan %1 was never paid out into its wallet, so there is nothing to repay yet.").arg(loan->id));
    if (auto wallet = findOpenWallet(context, loan->walletId); !wallet)
        return wallet.error();
    auto requested = context.requireAmount(QStringLiteral("amount"), loan->currency);
    if (!requested)
        return requested.error();
    LoanRepository loans(context.db());
    auto inFlight = loans.inFlightRepaymentsMinor(loan->id);
    if (!inFlight)
        return inFlight.error();
    const qint64 open = loan->remainingMinor - *inFlight;
    if (open <= 0)
        return makeError(Error::Kind::Conflict,
            Strings::tr("The repayments already under way cover all that the loan %1 still owes.").arg(loan->id));
    LoanRepayment repayment;
    repayment.id = Ids::next();
    repayment.loanId = loan->id;
    repayment.requestedMinor = requested->minor();
    repayment.amountMinor = std::min(requested->minor(), open);
    repayment.requestedBy = context.agent().id;
    repayment.requestedAtMs = context.nowMs();
    if (auto ok = loans.insertRepayment(repayment); !ok)
        return ok.error();
    const QString amount = Money::decimal(repayment.amountMinor, loan->currency);
    if (auto ok = context.publish(LoanMessages::repaymentRequested,
            {{loanIdField, loan->id}, {QStringLiteral("repayment_id"), repayment.id}, {QStringLiteral("amount"), amount}});
        !ok)
        return ok.error();
    if (auto ok = context.record(QStringLiteral("Repay|Loan"), loan->clientId, QStringLiteral("amount"), {},
            amount + QLatin1Char(' ') + loan->currency);
        !ok)
        return ok.error();
    return QJsonObject {{loanIdField, loan->id}, {QStringLiteral("repayment_id"), repayment.id},
        {QStringLiteral("client_id"), loan->clientId}, {QStringLiteral("currency"), loan->currency},
        {QStringLiteral("requested"), requested->toDecimalString()}, {QStringLiteral("amount"), amount},
        {QStringLiteral("clamped"), repayment.amountMinor < requested->minor()}};
}

Result<LoanRepayment> repaymentOf(const HandlerContext &context)
{
    auto repaymentId = context.requireString(QStringLiteral("repayment_id"));
    if (!repaymentId)
        return repaymentId.error();
    return LoanRepository(context.db()).findRepayment(*repaymentId);
}

// LOAN_REPAYMENT_REQUESTED: the wallet pays the loan funding account, or the repayment fails with
// the reason. Either way the outcome is published.
Result<QJsonObject> debitRepayment(HandlerContext &context)
{
    auto repayment = repaymentOf(context);
    if (!repayment)
        return repayment.error();
    auto loan = LoanRepository(context.db()).find(repayment->loanId);
    if (!loan)
        return loan.error();
    const QString amount = Money::decimal(repayment->amountMinor, loan->currency);
    const QJsonObject outcome {
        {loanIdField, loan->id}, {QStringLiteral("repayment_id"), repayment->id}, {QStringLiteral("amount"), amount}};
    if (repayment->status != RepaymentStatus::Requested) {
        QJsonObject settled = outcome;
        settled.insert(QStringLiteral("status"), repaymentStatusName(repayment->status));
        return settled;
    }

    auto wallet = findOpenWallet(context, loan->walletId);
    QString reason;
    if (!wallet)
        reason = wallet.error().message;
    else if (wallet->balanceMinor < repayment->amountMinor)
        reason = Strings::tr("Insufficient funds.");
    LoanRepository loans(context.db());
    if (!reason.isEmpty()) {
        if (auto ok = loans.advanceRepayment(repayment->id, RepaymentStatus::Failed, reason, {}, context.nowMs()); !ok)
            return ok.error();
        QJsonObject failed = outcome;
        failed.insert(QStringLiteral("reason"), reason);
        if (auto ok = context.publish(LoanMessages::repaymentFailed, failed); !ok)
            return ok.error();
        failed.insert(QStringLiteral("status"), repaymentStatusName(RepaymentStatus::Failed));
        return failed;
    }
    if (auto ok = AccountRepository(context.db()).ensureSystemAccount(AccountKind::LoanFunding, loan->currency, context.nowMs());
        !ok)
        return ok.error();
    JournalEntry entry = newEntry(context, EntryKind::LoanRepayment);
    entry.memo = Strings::tr("Repayment of loan %1").arg(loan->id);
    entry.postings = {{loan->walletId, -repayment->amountMinor},
        {AccountRepository::systemAccountId(AccountKind::LoanFunding, loan->currency), repayment->amountMinor}};
    auto balances = Journal(context.db()).post(entry);
    if (!balances)
        return balances.error();
    if (auto ok = loans.advanceRepayment(repayment->id, RepaymentStatus::Debited, {}, entry.id, context.nowMs()); !ok)
        return ok.error();
    QJsonObject succeeded = outcome;
    succeeded.insert(QStringLiteral("entry_id"), entry.id);
    succeeded.insert(QStringLiteral("balance"), Money::decimal(balances->value(loan->walletId), loan->currency));
    if (auto ok = context.publish(LoanMessages::repaymentSucceeded, succeeded); !ok)
        return ok.error();
    succeeded.insert(QStringLiteral("status"), repaymentStatusName(RepaymentStatus::Debited));
    return succeeded;
}

// LOAN_REPAYMENT_SUCCEEDED: the loan owes that much less; PAID at zero.
Result<QJsonObject> settleRepayment(HandlerContext &context)
{
    auto repayment = repaymentOf(context);
    if (!repayment)
        return repayment.error();
    LoanRepository loans(context.db());
    auto loan = loans.find(repayment->loanId);
    if (!loan)
        return loan.error();
    auto advanced = loans.advanceRepayment(repayment->id, RepaymentStatus::Succeeded, {}, {}, context.nowMs());
    if (!advanced)
        return advanced.error();
    if (!*advanced)
        return makeError(Error::Kind::Conflict,
            Strings::tr("The repayment %1 is %2, not waiting to be booked on its loan.")
                .arg(repayment->id, repaymentStatusName(repayment->status)));
    auto reduced = loans.reduceRemaining(loan->id, repayment->amountMinor, context.nowMs());
    if (!reduced)
        return reduced.error();
    if (!*reduced)
        return makeError(Error::Kind::Conflict,
            Strings::tr("The loan %1 owes less than the repayment of %2.")
                .arg(loan->id, Money::decimal(repayment->amountMinor, loan->currency)));
    const qint64 remaining = loan->remainingMinor - repayment->amountMinor;
    const bool paidOff = remaining == 0;
    auto wallet = AccountRepository(context.db()).find(loan->walletId);
    if (!wallet)
        return wallet.error();
    auto emailed = context.notifyClient(loan->clientId, paidOff ? QStringLiteral("loan_paid_off") : QStringLiteral("loan_repaid"),
        {{QStringLiteral("amount"), Money::decimal(repayment->amountMinor, loan->currency)},
            {QStringLiteral("remaining"), Money::decimal(remaining, loan->currency)},
            {QStringLiteral("balance"), Money::decimal(wallet->balanceMinor, loan->currency)},
            {QStringLiteral("currency"), loan->currency}});
    if (!emailed)
        return emailed.error();
    if (auto ok = context.record(QStringLiteral("Update|Loan"), loan->clientId, QStringLiteral("remaining"),
            Money::decimal(loan->remainingMinor, loan->currency), Money::decimal(remaining, loan->currency), *emailed);
        !ok)
        return ok.error();
    return QJsonObject {{loanIdField, loan->id}, {QStringLiteral("repayment_id"), repayment->id},
        {QStringLiteral("currency"), loan->currency},
        {QStringLiteral("amount"), Money::decimal(repayment->amountMinor, loan->currency)},
        {QStringLiteral("remaining"), Money::decimal(remaining, loan->currency)},
        {QStringLiteral("status"), loanStatusName(paidOff ? LoanStatus::Paid : LoanStatus::Approved)}};
}

// LOAN_REPAYMENT_FAILED: the client hears why.
Result<QJsonObject> reportFailedRepayment(HandlerContext &context)
{
    auto repayment = repaymentOf(context);
    if (!repayment)
        return repayment.error();
    auto loan = LoanRepository(context.db()).find(repayment->loanId);
    if (!loan)
        return loan.error();
    auto emailed = context.notifyClient(loan->clientId, QStringLiteral("loan_repayment_failed"),
        {{QStringLiteral("amount"), Money::decimal(repayment->amountMinor, loan->currency)},
            {QStringLiteral("currency"), loan->currency}, {QStringLiteral("reason"), repayment->reason}});
    if (!emailed)
        return emailed.error();
    return QJsonObject {{loanIdField, loan->id}, {QStringLiteral("repayment_id"), repayment->id},
        {QStringLiteral("reason"), repayment->reason}, {QStringLiteral("status"), repaymentStatusName(RepaymentStatus::Failed)}};
}

} // namespace

QList<MessageType> LoanMessages::types()
{
    const PayloadField loanId = PayloadField::text(loanIdField);
    const PayloadField repaymentId = PayloadField::text(QStringLiteral("repayment_id"));
    const PayloadField reason = PayloadField::optionalText(QStringLiteral("reason"));
    return {
        {apply, Permission::AnyAgent,
            {PayloadField::optionalText(loanIdField), PayloadField::text(QStringLiteral("wallet_id")),
                PayloadField::amount(QStringLiteral("amount"))},
            applyForLoan,
            [](const QJsonObject &result) {
                return Strings::tr("Loan %1 of %2 applied for; monthly payment %3. A second supervisor must approve it.")
                    .arg(result.value(loanIdField).toString(), MessageType::displayAmount(result, QStringLiteral("amount")),
                        MessageType::displayAmount(result, QStringLiteral("monthly_payment")));
            },
            {QStringLiteral("loan_applied")},
            [](const QJsonObject &payload) { return LoanTerms::checkTerm(termMonthsOf(payload)); }},
        {approve, Permission::Supervisor, {loanId, reason},
            [](HandlerContext &context) { return decide(context, LoanStatus::Approved); },
            [](const QJsonObject &result) {
                return Strings::tr("Loan %1 approved; %2 was paid into the wallet.")
                    .arg(result.value(loanIdField).toString(), MessageType::displayAmount(result, QStringLiteral("amount")));
            },
            {QStringLiteral("loan_approved"), QStringLiteral("loan_funded")}},
        {reject, Permission::Supervisor, {loanId, reason},
            [](HandlerContext &context) { return decide(context, LoanStatus::Rejected); },
            [](const QJsonObject &result) { return Strings::tr("Loan %1 rejected.").arg(result.value(loanIdField).toString()); },
            {QStringLiteral("loan_rejected")}},
        {approved, Permission::System, {loanId}, fund, {}, {QStringLiteral("loan_funded")}},
        {repay, Permission::AnyAgent, {loanId, PayloadField::amount(QStringLiteral("amount"))}, requestRepayment,
            [](const QJsonObject &result) {
                const QString amount = MessageType::displayAmount(result, QStringLiteral("amount"));
                return result.value(QStringLiteral("clamped")).toBool()
                    ? Strings::tr("Repayment of %1 requested: the amount was reduced to what the loan still owes.").arg(amount)
                    : Strings::tr("Repayment of %1 requested.").arg(amount);
            }},
        {repaymentRequested, Permission::System, {repaymentId}, debitRepayment},
        {repaymentSucceeded, Permission::System, {repaymentId}, settleRepayment, {},
            {QStringLiteral("loan_repaid"), QStringLiteral("loan_paid_off")}},
        {repaymentFailed, Permission::System, {repaymentId}, reportFailedRepayment, {},
            {QStringLiteral("loan_repayment_failed")}},
    };
}

} // namespace Ledgerdesk
