#include "loanrepository.h"

#include "storage/database.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QVariant>

namespace Ledgerdesk {

namespace {

struct Strings
{
    Q_DECLARE_TR_FUNCTIONS(Ledgerdesk::LoanRepository)
};

const QString loanColumns = QStringLiteral(
    "id, wallet_id, client_id, currency, principal_minor, rate_bp, term_months, monthly_payment_minor, total_due_minor, "
    "remaining_minor, status, applied_by, applied_at_ms, decided_by, decided_at_ms, decision_reason, funded_entry_id, "
    "paid_at_ms");

const QString repaymentColumns = QStringLiteral(
    "id, loan_id, requested_minor, amount_minor, status, reason, entry_id, requested_by, requested_at_ms, settled_at_ms");

Loan loanFromRow(const QSqlQuery &query)
{
    Loan loan;
    loan.id = query.value(0).toString();
    loan.walletId = query.value(1).toString();
    loan.clientId = query.value(2).toString();
    loan.currency = query.value(3).toString();
    loan.principalMinor = query.value(4).toLongLong();
    loan.rateBp = query.value(5).toInt();
    loan.termMonths = query.value(6).toInt();
    loan.monthlyPaymentMinor = query.value(7).toLongLong();
    loan.totalDueMinor = query.value(8).toLongLong();
    loan.remainingMinor = query.value(9).toLongLong();
    loan.status = loanStatusFromName(query.value(10).toString()).value_or(LoanStatus::Pending);
    loan.appliedBy = query.value(11).toString();
    loan.appliedAtMs = query.value(12).toLongLong();
    loan.decidedBy = query.value(13).toString();
    loan.decidedAtMs = query.value(14).toLongLong();
    loan.decisionReason = query.value(15).toString();
    loan.fundedEntryId = query.value(16).toString();
    loan.paidAtMs = query.value(17).toLongLong();
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

LoanRepayment repaymentFromRow(const QSqlQuery &query)
{
    LoanRepayment repayment;
    repayment.id = query.value(0).toString();
    repayment.loanId = query.value(1).toString();
    repayment.requestedMinor = query.value(2).toLongLong();
    repayment.amountMinor = query.value(3).toLongLong();
    repayment.status = repaymentStatusFromName(query.value(4).toString());
    repayment.reason = query.value(5).toString();
    repayment.entryId = query.value(6).toString();
    repayment.requestedBy = query.value(7).toString();
    repayment.requestedAtMs = query.value(8).toLongLong();
    repayment.settledAtMs = query.value(9).toLongLong();
    return repayment;
}

QVariant nullWhenEmpty(const QString &text)
{
    return text.isEmpty() ? QVariant() : QVariant(text);
}

} // namespace

QString loanStatusName(LoanStatus status)
{
    switch (status) {
    case LoanStatus::Pending: return QStringLiteral("PENDING");
    case LoanStatus::Approved: return QStringLiteral("APPROVED");
    case LoanStatus::Rejected: return QStringLiteral("REJECTED");
    case LoanStatus::Paid: return QStringLiteral("PAID");
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
    case RepaymentStatus::Requested: return QStringLiteral("REQUESTED");
    case RepaymentStatus::Debited: return QStringLiteral("DEBITED");
    case RepaymentStatus::Succeeded: return QStringLiteral("SUCCEEDED");
    case RepaymentStatus::Failed: return QStringLiteral("FAILED");
    }
    return {};
}

Result<void> LoanRepository::insert(const Loan &loan)
{
    QSqlQuery &query = m_db.prepared(QStringLiteral(
        "INSERT INTO loans (id, wallet_id, client_id, currency, principal_minor, rate_bp, term_months, monthly_payment_minor, "
        "total_due_minor, remaining_minor, status, applied_by, applied_at_ms) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    query.addBindValue(loan.id);
    query.addBindValue(loan.walletId);
    query.addBindValue(loan.clientId);
    query.addBindValue(loan.currency);
    query.addBindValue(loan.principalMinor);
    query.addBindValue(loan.rateBp);
    query.addBindValue(loan.termMonths);
    query.addBindValue(loan.monthlyPaymentMinor);
    query.addBindValue(loan.totalDueMinor);
    query.addBindValue(loan.remainingMinor);
    query.addBindValue(loanStatusName(loan.status));
    query.addBindValue(loan.appliedBy);
    query.addBindValue(loan.appliedAtMs);
    return m_db.exec(query, Strings::tr("Could not store the loan application."));
}

Result<Loan> LoanRepository::find(const QString &id)
{
    QSqlQuery &query = m_db.prepared(QStringLiteral("SELECT ") + loanColumns + QStringLiteral(" FROM loans WHERE id = ?"));
    query.addBindValue(id);
    if (auto ok = m_db.exec(query, Strings::tr("Could not read the loan.")); !ok)
        return ok.error();
    if (!query.next())
        return makeError(Error::Kind::NotFound, Strings::tr("There is no loan \"%1\".").arg(id), QStringLiteral("loan_id"));
    Loan loan = loanFromRow(query);
    query.finish();
    return loan;
}

Result<QList<Loan>> LoanRepository::list(std::optional<LoanStatus> status, const QString &walletId)
{
    QString sql = QStringLiteral("SELECT ") + loanColumns + QStringLiteral(" FROM loans WHERE 1 = 1");
    if (status)
        sql += QStringLiteral(" AND status = ?");
    if (!walletId.isEmpty())
        sql += QStringLiteral(" AND wallet_id = ?");
    sql += QStringLiteral(" ORDER BY applied_at_ms DESC, id DESC");
    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);
    query.prepare(sql);
    if (status)
        query.addBindValue(loanStatusName(*status));
    if (!walletId.isEmpty())
        query.addBindValue(walletId);
    if (auto ok = m_db.exec(query, Strings::tr("Could not read the loans.")); !ok)
        return ok.error();
    QList<Loan> loans;
    while (query.next())
        loans.append(loanFromRow(query));
    return loans;
}

Result<bool> LoanRepository::decide(const QString &id, LoanStatus decision, const QString &agentId, const QString &reason, qint64 nowMs)
{
    Q_ASSERT(decision == LoanStatus::Approved || decision == LoanStatus::Rejected);
    QSqlQuery &query = m_db.prepared(QStringLiteral(
        "UPDATE loans SET status = ?, decided_by = ?, decided_at_ms = ?, decision_reason = ? WHERE id = ? AND status = 'PENDING'"));
    query.addBindValue(loanStatusName(decision));
    query.addBindValue(agentId);
    query.addBindValue(nowMs);
    query.addBindValue(notNull(reason));
    query.addBindValue(id);
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
    QSqlQuery &query = m_db.prepared(QStringLiteral(
        "UPDATE loans SET remaining_minor = remaining_minor - ?, "
        "status = CASE WHEN remaining_minor = ? THEN 'PAID' ELSE status END, "
        "paid_at_ms = CASE WHEN remaining_minor = ? THEN ? ELSE paid_at_ms END "
        "WHERE id = ? AND status = 'APPROVED' AND remaining_minor >= ?"));
    query.addBindValue(amountMinor);
    query.addBindValue(amountMinor);
    query.addBindValue(amountMinor);
    query.addBindValue(nowMs);
    query.addBindValue(id);
    query.addBindValue(amountMinor);
    if (auto ok = m_db.exec(query, Strings::tr("Could not record the repayment on the loan.")); !ok)
        return ok.error();
    return query.numRowsAffected() == 1;
}

Result<void> LoanRepository::insertRepayment(const LoanRepayment &repayment)
{
    QSqlQuery &query = m_db.prepared(QStringLiteral(
        "INSERT INTO loan_repayments (id, loan_id, requested_minor, amount_minor, status, requested_by, requested_at_ms) "
        "VALUES (?, ?, ?, ?, ?, ?, ?)"));
    query.addBindValue(repayment.id);
    query.addBindValue(repayment.loanId);
    query.addBindValue(repayment.requestedMinor);
    query.addBindValue(repayment.amountMinor);
    query.addBindValue(repaymentStatusName(repayment.status));
    query.addBindValue(repayment.requestedBy);
    query.addBindValue(repayment.requestedAtMs);
    return m_db.exec(query, Strings::tr("Could not store the repayment."));
}

Result<LoanRepayment> LoanRepository::findRepayment(const QString &id)
{
    QSqlQuery &query =
        m_db.prepared(QStringLiteral("SELECT ") + repaymentColumns + QStringLiteral(" FROM loan_repayments WHERE id = ?"));
    query.addBindValue(id);
    if (auto ok = m_db.exec(query, Strings::tr("Could not read the repayment.")); !ok)
        return ok.error();
    if (!query.next())
        return makeError(Error::Kind::NotFound, Strings::tr("There is no repayment \"%1\".").arg(id), QStringLiteral("repayment_id"));
    LoanRepayment repayment = repaymentFromRow(query);
    query.finish();
    return repayment;
}

Result<bool> LoanRepository::advanceRepayment(const QString &id, RepaymentStatus status, const QString &reason,
                                              const QString &entryId, qint64 nowMs)
{
    Q_ASSERT(status != RepaymentStatus::Requested);
    const RepaymentStatus from = status == RepaymentStatus::Succeeded ? RepaymentStatus::Debited : RepaymentStatus::Requested;
    QSqlQuery &query = m_db.prepared(QStringLiteral(
        "UPDATE loan_repayments SET status = ?, reason = COALESCE(?, reason), entry_id = COALESCE(?, entry_id), "
        "settled_at_ms = ? WHERE id = ? AND status = ?"));
    query.addBindValue(repaymentStatusName(status));
    query.addBindValue(nullWhenEmpty(reason));
    query.addBindValue(nullWhenEmpty(entryId));
    query.addBindValue(nowMs);
    query.addBindValue(id);
    query.addBindValue(repaymentStatusName(from));
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
    if (auto ok = m_db.exec(query, Strings::tr("Could not read the loan's repayments.")); !ok)
        return ok.error();
    QList<LoanRepayment> repayments;
    while (query.next())
        repayments.append(repaymentFromRow(query));
    return repayments;
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

} // namespace Ledgerdesk
