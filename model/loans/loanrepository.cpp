#include "loanrepository.h"

#include "core/money.h"
#include "storage/database.h"
#include "storage/rows.h"
#include "storage/whereclause.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QVariant>

namespace Ledgerdesk {

namespace {

struct Strings
{
    Q_DECLARE_TR_FUNCTIONS(Ledgerdesk::LoanRepository)
};

// The sentences of the loans' checks, in the context every area's checks share.
struct CheckStrings
{
    Q_DECLARE_TR_FUNCTIONS(Ledgerdesk::Verifier)
};

const QString loanColumns = QStringLiteral(
    "id, wallet_id, client_id, currency, principal_minor, rate_bp, term_months, monthly_payment_minor, total_due_minor, "
    "remaining_minor, status, applied_by, applied_at_ms, decided_by, decided_at_ms, decision_reason, funded_entry_id, "
    "paid_at_ms");

const QString repaymentColumns = QStringLiteral(
    "id, loan_id, requested_minor, amount_minor, status, reason, entry_id, requested_by, requested_at_ms, settled_at_ms");

// Reads the columns of loanColumns.
Loan loanFrom(RowReader &row)
{
    Loan loan;
    loan.id = row.text();
    loan.walletId = row.text();
    loan.clientId = row.text();
    loan.currency = row.text();
    loan.principalMinor = row.int64();
    loan.rateBp = row.int32();
    loan.termMonths = row.int32();
    loan.monthlyPaymentMinor = row.int64();
    loan.totalDueMinor = row.int64();
    loan.remainingMinor = row.int64();
    loan.status = loanStatusFromName(row.text()).value_or(LoanStatus::Pending);
    loan.appliedBy = row.text();
    loan.appliedAtMs = row.int64();
    loan.decidedBy = row.text();
    loan.decidedAtMs = row.int64();
    loan.decisionReason = row.text();
    loan.fundedEntryId = row.text();
    loan.paidAtMs = row.int64();
    return loan;
}

RepaymentStatus repaymentStatusFromName(const QString &name)
{
    if (name == QLatin1String("DEBITED"))
        return RepaymentStatus::Debited;
    if (name == QLatin1String("SUCCEEDED"))
        return RepaymentStatus::Succeeded;
    if (name == QLatin1String("FAILED"))
        return RepaymentStatus::Failed;
    return RepaymentStatus::Requested;
}

// Reads the columns of repaymentColumns.
LoanRepayment repaymentFrom(RowReader &row)
{
    LoanRepayment repayment;
    repayment.id = row.text();
    repayment.loanId = row.text();
    repayment.requestedMinor = row.int64();
    repayment.amountMinor = row.int64();
    repayment.status = repaymentStatusFromName(row.text());
    repayment.reason = row.text();
    repayment.entryId = row.text();
    repayment.requestedBy = row.text();
    repayment.requestedAtMs = row.int64();
    repayment.settledAtMs = row.int64();
    return repayment;
}

} // namespace

QString loanStatusName(LoanStatus status)
{
    switch (status) {
    case LoanStatus::Pending:
        return QStringLiteral("PENDING");
    case LoanStatus::Approved:
        return QStringLiteral("APPROVED");
    case LoanStatus::Rejected:
        return QStringLiteral("REJECTED");
    case LoanStatus::Paid:
        return QStringLiteral("PAID");
    }
    return {};
}

std::optional<LoanStatus> loanStatusFromName(const QString &name)
{
    for (LoanStatus status : {LoanStatus::Pending, LoanStatus::Approved, LoanStatus::Rejected, LoanStatus::Paid}) {
        if (name.compare(loanStatusName(status), Qt::CaseInsensitive) == 0)
            return status;
    }
    return std::nullopt;
}

QString repaymentStatusName(RepaymentStatus status)
{
    switch (status) {
    case RepaymentStatus::Requested:
        return QStringLiteral("REQUESTED");
    case RepaymentStatus::Debited:
        return QStringLiteral("DEBITED");
    case RepaymentStatus::Succeeded:
        return QStringLiteral("SUCCEEDED");
    case RepaymentStatus::Failed:
        return QStringLiteral("FAILED");
    }
    return {};
}

Result<void> LoanRepository::insert(const Loan &loan)
{
    QSqlQuery &query = m_db.prepared(QStringLiteral(
        "INSERT INTO loans (id, wallet_id, client_id, currency, principal_minor, rate_bp, term_months, monthly_payment_minor, "
        "total_due_minor, remaining_minor, status, applied_by, applied_at_ms) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    bindValues(query,
        {loan.id, loan.walletId, loan.clientId, loan.currency, loan.principalMinor, loan.rateBp, loan.termMonths,
            loan.monthlyPaymentMinor, loan.totalDueMinor, loan.remainingMinor, loanStatusName(loan.status), loan.appliedBy,
            loan.appliedAtMs});
    return m_db.exec(query, Strings::tr("Could not store the loan application."));
}

Result<Loan> LoanRepository::find(const QString &id)
{
    QSqlQuery &query = m_db.prepared(QStringLiteral("SELECT ") + loanColumns + QStringLiteral(" FROM loans WHERE id = ?"));
    query.addBindValue(id);
    return findOne(m_db, query, loanFrom, Strings::tr("Could not read the loan."),
        Strings::tr("There is no loan \"%1\".").arg(id), QStringLiteral("loan_id"));
}

Result<QList<Loan>> LoanRepository::list(std::optional<LoanStatus> status, const QString &walletId)
{
    WhereClause where;
    if (status)
        where.add(QStringLiteral("status = ?"), loanStatusName(*status));
    if (!walletId.isEmpty())
        where.add(QStringLiteral("wallet_id = ?"), walletId);
    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT ") + loanColumns + QStringLiteral(" FROM loans") + where.sql()
        + QStringLiteral(" ORDER BY applied_at_ms DESC, id DESC"));
    where.bindTo(query);
    return fetchAll(m_db, query, loanFrom, Strings::tr("Could not read the loans."));
}

Result<bool> LoanRepository::decide(
    const QString &id, LoanStatus decision, const QString &agentId, const QString &reason, qint64 nowMs)
{
    Q_ASSERT(decision == LoanStatus::Approved || decision == LoanStatus::Rejected);
    QSqlQuery &query = m_db.prepared(QStringLiteral("UPDATE loans SET status = ?, decided_by = ?, decided_at_ms = ?, "
                                                    "decision_reason = ? WHERE id = ? AND status = 'PENDING'"));
    bindValues(query, {loanStatusName(decision), agentId, nowMs, notNull(reason), id});
    if (auto ok = m_db.exec(query, Strings::tr("Could not record the decision on the loan.")); !ok)
        return ok.error();
    return query.numRowsAffected() == 1;
}

Result<void> LoanRepository::setFundedEntry(const QString &id, const QString &entryId)
{
    QSqlQuery &query = m_db.prepared(QStringLiteral("UPDATE loans SET funded_entry_id = ? WHERE id = ?"));
    query.addBindValue(entryId);
    query.addBindValue(id);
    return m_db.exec(query, Strings::tr("Could not record the loan's payout."));
}

Result<bool> LoanRepository::reduceRemaining(const QString &id, qint64 amountMinor, qint64 nowMs)
{
    QSqlQuery &query = m_db.prepared(QStringLiteral("UPDATE loans SET remaining_minor = remaining_minor - ?, "
                                                    "status = CASE WHEN remaining_minor = ? THEN 'PAID' ELSE status END, "
                                                    "paid_at_ms = CASE WHEN remaining_minor = ? THEN ? ELSE paid_at_ms END "
                                                    "WHERE id = ? AND status = 'APPROVED' AND remaining_minor >= ?"));
    bindValues(query, {amountMinor, amountMinor, amountMinor, nowMs, id, amountMinor});
    if (auto ok = m_db.exec(query, Strings::tr("Could not record the repayment on the loan.")); !ok)
        return ok.error();
    return query.numRowsAffected() == 1;
}

Result<void> LoanRepository::insertRepayment(const LoanRepayment &repayment)
{
    QSqlQuery &query = m_db.prepared(QStringLiteral(
        "INSERT INTO loan_repayments (id, loan_id, requested_minor, amount_minor, status, requested_by, requested_at_ms) "
        "VALUES (?, ?, ?, ?, ?, ?, ?)"));
    bindValues(query,
        {repayment.id, repayment.loanId, repayment.requestedMinor, repayment.amountMinor, repaymentStatusName(repayment.status),
            repayment.requestedBy, repayment.requestedAtMs});
    return m_db.exec(query, Strings::tr("Could not store the repayment."));
}

Result<LoanRepayment> LoanRepository::findRepayment(const QString &id)
{
    QSqlQuery &query
        = m_db.prepared(QStringLiteral("SELECT ") + repaymentColumns + QStringLiteral(" FROM loan_repayments WHERE id = ?"));
    query.addBindValue(id);
    return findOne(m_db, query, repaymentFrom, Strings::tr("Could not read the repayment."),
        Strings::tr("There is no repayment \"%1\".").arg(id), QStringLiteral("repayment_id"));
}

Result<bool> LoanRepository::advanceRepayment(
    const QString &id, RepaymentStatus status, const QString &reason, const QString &entryId, qint64 nowMs)
{
    Q_ASSERT(status != RepaymentStatus::Requested);
    const RepaymentStatus from = status == RepaymentStatus::Succeeded ? RepaymentStatus::Debited : RepaymentStatus::Requested;
    QSqlQuery &query = m_db.prepared(
        QStringLiteral("UPDATE loan_repayments SET status = ?, reason = COALESCE(?, reason), entry_id = COALESCE(?, entry_id), "
                       "settled_at_ms = ? WHERE id = ? AND status = ?"));
    bindValues(
        query, {repaymentStatusName(status), nullIfEmpty(reason), nullIfEmpty(entryId), nowMs, id, repaymentStatusName(from)});
    if (auto ok = m_db.exec(query, Strings::tr("Could not record how the repayment went.")); !ok)
        return ok.error();
    return query.numRowsAffected() == 1;
}

Result<QList<LoanRepayment>> LoanRepository::repaymentsOf(const QString &loanId)
{
    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT ") + repaymentColumns
        + QStringLiteral(" FROM loan_repayments WHERE loan_id = ? ORDER BY requested_at_ms, id"));
    query.addBindValue(loanId);
    return fetchAll(m_db, query, repaymentFrom, Strings::tr("Could not read the loan's repayments."));
}

Result<qint64> LoanRepository::inFlightRepaymentsMinor(const QString &loanId)
{
    QSqlQuery &query = m_db.prepared(QStringLiteral(
        "SELECT COALESCE(SUM(amount_minor), 0) FROM loan_repayments WHERE loan_id = ? AND status IN ('REQUESTED', 'DEBITED')"));
    query.addBindValue(loanId);
    if (auto ok = m_db.exec(query, Strings::tr("Could not read the loan's repayments.")); !ok)
        return ok.error();
    const qint64 total = query.next() ? query.value(0).toLongLong() : 0;
    query.finish();
    return total;
}

Result<QStringList> LoanRepository::closingBlockers(Database &db, const QString &clientId)
{
    QSqlQuery query(db.connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT id, status, currency, principal_minor, remaining_minor FROM loans "
                                 "WHERE client_id = ? AND status IN ('PENDING', 'APPROVED') ORDER BY applied_at_ms, id"));
    query.addBindValue(clientId);
    return fetchAll(
        db, query,
        [](RowReader &row) {
            const QString id = row.text();
            const bool pending = row.text() == loanStatusName(LoanStatus::Pending);
            const QString currency = row.text();
            const qint64 principal = row.int64();
            const qint64 remaining = row.int64();
            return pending
                ? Strings::tr("loan %1 of %2 %3 waits for a decision").arg(id, Money::decimal(principal, currency), currency)
                : Strings::tr("loan %1 still owes %2 %3").arg(id, Money::decimal(remaining, currency), currency);
        },
        Strings::tr("Could not read the client's loans."));
}

QList<BookCheck> LoanRepository::checks()
{
    return {
        {QStringLiteral(
             "SELECT l.id, l.currency, l.remaining_minor, l.total_due_minor - COALESCE(SUM(r.amount_minor), 0) FROM loans l "
             "LEFT JOIN loan_repayments r ON r.loan_id = l.id AND r.status = 'SUCCEEDED' "
             "GROUP BY l.id, l.currency, l.remaining_minor, l.total_due_minor "
             "HAVING l.remaining_minor <> l.total_due_minor - COALESCE(SUM(r.amount_minor), 0)"),
            [](const QSqlQuery &q) {
                return Breach {q.value(0).toString(),
                    CheckStrings::tr("Loan %1 says it still owes %2, but its repayments leave %3.")
                        .arg(q.value(0).toString(), BookCheck::amount(q.value(2), q.value(1)),
                            BookCheck::amount(q.value(3), q.value(1)))};
            }},
        {QStringLiteral(
             "SELECT l.id FROM loans l WHERE l.funded_entry_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM postings p "
             "WHERE p.entry_id = l.funded_entry_id AND p.account_id = l.wallet_id AND p.amount_minor = l.principal_minor)"),
            [](const QSqlQuery &q) {
                return Breach {q.value(0).toString(),
                    CheckStrings::tr("Loan %1 was not paid into its wallet as its principal.").arg(q.value(0).toString())};
            }},
        {QStringLiteral("SELECT r.id, r.loan_id FROM loan_repayments r JOIN loans l ON l.id = r.loan_id "
                        "WHERE r.status IN ('DEBITED', 'SUCCEEDED') AND NOT EXISTS (SELECT 1 FROM postings p "
                        "WHERE p.entry_id = r.entry_id AND p.account_id = l.wallet_id AND p.amount_minor = -r.amount_minor)"),
            [](const QSqlQuery &q) {
                return Breach {q.value(1).toString(),
                    CheckStrings::tr("Repayment %1 of loan %2 has no matching debit of the wallet.")
                        .arg(q.value(0).toString(), q.value(1).toString())};
            }},
        {QStringLiteral("SELECT id, status FROM loans WHERE status IN ('APPROVED', 'PAID') AND funded_entry_id IS NULL"),
            [](const QSqlQuery &q) {
                return Breach {q.value(0).toString(),
                    CheckStrings::tr("Loan %1 is %2, but it was never paid out into its wallet.")
                        .arg(q.value(0).toString(), q.value(1).toString())};
            }},
        {QStringLiteral("SELECT l.id, l.funded_entry_id, r.id FROM loans l JOIN journal_entries r ON r.reverses_entry_id = "
                        "l.funded_entry_id"),
            [](const QSqlQuery &q) {
                return Breach {q.value(0).toString(),
                    CheckStrings::tr("Loan %1 counts its payout %2, but entry %3 reversed it.")
                        .arg(q.value(0).toString(), q.value(1).toString(), q.value(2).toString())};
            }},
        {QStringLiteral("SELECT r.loan_id, r.id, e.id FROM loan_repayments r JOIN journal_entries e ON e.reverses_entry_id = "
                        "r.entry_id WHERE r.status IN ('DEBITED', 'SUCCEEDED')"),
            [](const QSqlQuery &q) {
                return Breach {q.value(0).toString(),
                    CheckStrings::tr("Loan %1 counts its repayment %2, but entry %3 reversed it.")
                        .arg(q.value(0).toString(), q.value(1).toString(), q.value(2).toString())};
            }},
        {QStringLiteral("SELECT e.id FROM journal_entries e LEFT JOIN loans l ON l.funded_entry_id = e.id "
                        "WHERE e.kind = 'LOAN_IN' AND l.id IS NULL"),
            [](const QSqlQuery &q) {
                return Breach {q.value(0).toString(),
                    CheckStrings::tr("Entry %1 pays out a loan, but no loan was paid out by it.").arg(q.value(0).toString())};
            }},
        {QStringLiteral("SELECT e.id FROM journal_entries e LEFT JOIN loan_repayments r ON r.entry_id = e.id "
                        "WHERE e.kind = 'LOAN_REPAYMENT' AND r.id IS NULL"),
            [](const QSqlQuery &q) {
                return Breach {q.value(0).toString(),
                    CheckStrings::tr("Entry %1 repays a loan, but no repayment of a loan was made by it.")
                        .arg(q.value(0).toString())};
            }},
    };
}

} // namespace Ledgerdesk
