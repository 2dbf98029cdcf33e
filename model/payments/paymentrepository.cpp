#include "paymentrepository.h"

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
    Q_DECLARE_TR_FUNCTIONS(Ledgerdesk::PaymentRepository)
};

// The sentence of the payments' check, in the context every area's checks share.
struct CheckStrings
{
    Q_DECLARE_TR_FUNCTIONS(Ledgerdesk::Verifier)
};

const QString columns = QStringLiteral(
    "id, wallet_id, client_id, merchant_id, currency, amount_minor, status, reason, entry_id, requested_by, requested_at_ms, "
    "settled_at_ms");

// Reads the columns of `columns`.
Payment paymentFrom(RowReader &row)
{
    Payment payment;
    payment.id = row.text();
    payment.walletId = row.text();
    payment.clientId = row.text();
    payment.merchantId = row.text();
    payment.currency = row.text();
    payment.amountMinor = row.int64();
    payment.status = paymentStatusFromName(row.text()).value_or(PaymentStatus::Pending);
    payment.reason = row.text();
    payment.entryId = row.text();
    payment.requestedBy = row.text();
    payment.requestedAtMs = row.int64();
    payment.settledAtMs = row.int64();
    return payment;
}

} // namespace

QString paymentStatusName(PaymentStatus status)
{
    switch (status) {
    case PaymentStatus::Pending:
        return QStringLiteral("PENDING");
    case PaymentStatus::Succeeded:
        return QStringLiteral("SUCCEEDED");
    case PaymentStatus::Failed:
        return QStringLiteral("FAILED");
    }
    return {};
}

std::optional<PaymentStatus> paymentStatusFromName(const QString &name)
{
    for (PaymentStatus status : {PaymentStatus::Pending, PaymentStatus::Succeeded, PaymentStatus::Failed}) {
        if (name.compare(paymentStatusName(status), Qt::CaseInsensitive) == 0)
            return status;
    }
    return std::nullopt;
}

Result<void> PaymentRepository::insert(const Payment &payment)
{
    QSqlQuery &query = m_db.prepared(QStringLiteral(
        "INSERT INTO payments (id, wallet_id, client_id, merchant_id, currency, amount_minor, status, requested_by, "
        "requested_at_ms) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    bindValues(query,
        {payment.id, payment.walletId, payment.clientId, payment.merchantId, payment.currency, payment.amountMinor,
            paymentStatusName(payment.status), payment.requestedBy, payment.requestedAtMs});
    return m_db.exec(query, Strings::tr("Could not store the payment."));
}

Result<Payment> PaymentRepository::find(const QString &id)
{
    QSqlQuery &query = m_db.prepared(QStringLiteral("SELECT ") + columns + QStringLiteral(" FROM payments WHERE id = ?"));
    query.addBindValue(id);
    return findOne(m_db, query, paymentFrom, Strings::tr("Could not read the payment."),
        Strings::tr("There is no payment \"%1\".").arg(id), QStringLiteral("payment_id"));
}

Result<QList<Payment>> PaymentRepository::list(const QString &walletId, int limit)
{
    WhereClause where;
    if (!walletId.isEmpty())
        where.add(QStringLiteral("wallet_id = ?"), walletId);
    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT ") + columns + QStringLiteral(" FROM payments") + where.sql()
        + QStringLiteral(" ORDER BY requested_at_ms DESC, id DESC LIMIT ?"));
    where.bindTo(query);
    query.addBindValue(limit);
    return fetchAll(m_db, query, paymentFrom, Strings::tr("Could not read the payments."));
}

Result<void> PaymentRepository::setEntry(const QString &id, const QString &entryId)
{
    QSqlQuery &query = m_db.prepared(QStringLiteral("UPDATE payments SET entry_id = ? WHERE id = ?"));
    query.addBindValue(entryId);
    query.addBindValue(id);
    return m_db.exec(query, Strings::tr("Could not record the payment's debit."));
}

Result<void> PaymentRepository::noteFailure(const QString &id, const QString &reason)
{
    QSqlQuery &query = m_db.prepared(QStringLiteral("UPDATE payments SET reason = ? WHERE id = ? AND status = 'PENDING'"));
    query.addBindValue(reason);
    query.addBindValue(id);
    return m_db.exec(query, Strings::tr("Could not record why the payment failed."));
}

Result<bool> PaymentRepository::settle(const QString &id, PaymentStatus status, const QString &reason, qint64 nowMs)
{
    Q_ASSERT(status != PaymentStatus::Pending);
    QSqlQuery &query = m_db.prepared(
        QStringLiteral("UPDATE payments SET status = ?, reason = ?, settled_at_ms = ? WHERE id = ? AND status = 'PENDING'"));
    bindValues(query, {paymentStatusName(status), notNull(reason), nowMs, id});
    if (auto ok = m_db.exec(query, Strings::tr("Could not record how the payment went.")); !ok)
        return ok.error();
    return query.numRowsAffected() == 1;
}

Result<QStringList> PaymentRepository::closingBlockers(Database &db, const QString &clientId)
{
    QSqlQuery query(db.connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT id, currency, amount_minor, merchant_id FROM payments WHERE client_id = ? "
                                 "AND status = 'PENDING' ORDER BY requested_at_ms, id"));
    query.addBindValue(clientId);
    return fetchAll(
        db, query,
        [](RowReader &row) {
            const QString id = row.text();
            const QString currency = row.text();
            const qint64 amount = row.int64();
            return Strings::tr("payment %1 of %2 %3 to %4 is still being made")
                .arg(id, Money::decimal(amount, currency), currency, row.text());
        },
        Strings::tr("Could not read the client's payments."));
}

QList<BookCheck> PaymentRepository::checks()
{
    return {
        {QStringLiteral("SELECT y.id, y.status FROM payments y WHERE (y.status = 'FAILED' AND y.entry_id IS NOT NULL) "
                        "OR (y.status = 'SUCCEEDED' AND NOT EXISTS (SELECT 1 FROM postings p "
                        "WHERE p.entry_id = y.entry_id AND p.account_id = y.wallet_id AND p.amount_minor = -y.amount_minor))"),
            [](const QSqlQuery &q) {
                return Breach {q.value(0).toString(),
                    CheckStrings::tr("Payment %1 is %2, but the wallet's postings say otherwise.")
                        .arg(q.value(0).toString(), q.value(1).toString())};
            }},
        {QStringLiteral("SELECT y.id, y.status, y.entry_id, r.id FROM payments y JOIN journal_entries r "
                        "ON r.reverses_entry_id = y.entry_id"),
            [](const QSqlQuery &q) {
                return Breach {q.value(0).toString(),
                    CheckStrings::tr("Payment %1 is %2 with its debit %3, but entry %4 reversed it.")
                        .arg(q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString())};
            }},
        {QStringLiteral("SELECT e.id FROM journal_entries e LEFT JOIN payments y ON y.entry_id = e.id "
                        "WHERE e.kind = 'PAYMENT_OUT' AND y.id IS NULL"),
            [](const QSqlQuery &q) {
                return Breach {q.value(0).toString(),
                    CheckStrings::tr("Entry %1 pays a merchant, but no payment was made by it.").arg(q.value(0).toString())};
            }},
    };
}

} // namespace Ledgerdesk
