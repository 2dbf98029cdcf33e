#pragma once

#include "core/result.h"
#include "loan.h"
#include "storage/bookcheck.h"

#include <QList>
#include <QStringList>

#include <optional>

namespace Ledgerdesk {

class Database;

// Stores loans and their repayments (tables loans, loan_repayments). Status changes are guarded in
// SQL by the status they leave, so two processors can never both approve one loan. Used on the
// connection's thread, inside the caller's transaction.
class LoanRepository
{
public:
    explicit LoanRepository(Database &db)
        : m_db(db)
    { }

    Result<void> insert(const Loan &loan);
    // NotFound with a sentence when there is no such loan.
    Result<Loan> find(const QString &id);
    // Loans in one status (all when none is given), the newest application first.
    Result<QList<Loan>> list(std::optional<LoanStatus> status = std::nullopt, const QString &walletId = {});

    // PENDING -> APPROVED or REJECTED. False when the loan was no longer PENDING.
    Result<bool> decide(const QString &id, LoanStatus decision, const QString &agentId, const QString &reason, qint64 nowMs);
    Result<void> setFundedEntry(const QString &id, const QString &entryId);
    // Lowers the remaining balance; PAID when it reaches zero. False when the loan was not APPROVED or
    // owes less than `amountMinor`.
    Result<bool> reduceRemaining(const QString &id, qint64 amountMinor, qint64 nowMs);

    Result<void> insertRepayment(const LoanRepayment &repayment);
    Result<LoanRepayment> findRepayment(const QString &id);
    // Moves a repayment on from the status before `status` (REQUESTED -> DEBITED or FAILED, DEBITED ->
    // SUCCEEDED); false when it had moved on already. entryId and reason are kept when empty.
    Result<bool> advanceRepayment(
        const QString &id, RepaymentStatus status, const QString &reason, const QString &entryId, qint64 nowMs);
    Result<QList<LoanRepayment>> repaymentsOf(const QString &loanId);
    // What the loan's repayments in flight (REQUESTED or DEBITED) add up to, in minor units.
    Result<qint64> inFlightRepaymentsMinor(const QString &loanId);

    // What keeps the client from being closed, one clause per loan of theirs still PENDING or APPROVED
    // ("loan L-1 still owes 1252.63 USD"); empty when there is none. A ClientMessages::ClosingCheck.
    static Result<QStringList> closingBlockers(Database &db, const QString &clientId);

    // The loans' invariants, for the Verifier: each loan's remaining balance matches its repayments; an
    // APPROVED or PAID loan was paid out into its wallet; its payout and repayments match the wallet's
    // postings and none of them was reversed in the journal; every loan entry of the journal is a
    // loan's payout or repayment.
    static QList<BookCheck> checks();

private:
    Database &m_db;
};

} // namespace Ledgerdesk
