#include "paymentrepository.h"

#include "storage/database.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QVariant>

namespace Ledgerdesk {

namespace {

struct Strings
{
    Q_DECLARE_TR_FUNCTIONS(Ledgerdesk::PaymentRepository)
};

const QString columns = QStringLiteral(
    "id, wallet_id, client_id, merchant_id, currency, amount_minor, status, reason, entry_id, requested_by, requested_at_ms, "
    "settled_at_ms");

Payment paymentFromRow(const QSqlQuery &query)
{
    Payment payment;
    payment.id = query.value(0).toString();
    payment.walletId = query.value(1).toString();
    payment.clientId = query.value(2).toString();
    payment.merchantId = query.value(3).toString();
    payment.currency = query.value(4).toString();
    payment.amountMinor = query.value(5).toLongLong();
    payment.status = paymentStatusFromName(query.value(6).toString()).value_or(PaymentStatus::Pending);
    payment.reason = query.value(7).toString();
    payment.entryId = query.value(8).toString();
    payment.requestedBy = query.value(9).toString();
    payment.requestedAtMs = query.value(10).toLongLong();
    payment.settledAtMs = query.value(11).toLongLong();
    return payment;
}

} // namespace

QString paymentStatusName(PaymentStatus status)
{
    switch (status) {
    case PaymentStatus::Pending: return QStringLiteral("PENDING");
    case PaymentStatus::Succeeded: return QStringLiteral("SUCCEEDED");
    case PaymentStatus::Failed: return QStringLiteral("FAILED");
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
    query.addBindValue(payment.id);
    query.addBindValue(payment.walletId);
    query.addBindValue(payment.clientId);
    query.addBindValue(payment.merchantId);
    query.addBindValue(payment.currency);
    query.addBindValue(payment.amountMinor);
    query.addBindValue(paymentStatusName(payment.status));
    query.addBindValue(payment.requestedBy);
    query.addBindValue(payment.requestedAtMs);
    return m_db.exec(query, Strings::tr("Could not store the payment."));
}

Result<Payment> PaymentRepository::find(const QString &id)
{
    QSqlQuery &query = m_db.prepared(QStringLiteral("SELECT ") + columns + QStringLiteral(" FROM payments WHERE id = ?"));
    query.addBindValue(id);
    if (auto ok = m_db.exec(query, Strings::tr("Could not read the payment.")); !ok)
        return ok.error();
    if (!query.next())
        return makeError(Error::Kind::NotFound, Strings::tr("There is no payment \"%1\".").arg(id), QStringLiteral("payment_id"));
    Payment payment = paymentFromRow(query);
    query.finish();
    return payment;
}

Result<QList<Payment>> PaymentRepository::list(const QString &walletId, int limit)
{
    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT ") + columns + QStringLiteral(" FROM payments")
                  + (walletId.isEmpty() ? QString() : QStringLiteral(" WHERE wallet_id = ?"))
                  + QStringLiteral(" ORDER BY requested_at_ms DESC, id DESC LIMIT ?"));
    if (!walletId.isEmpty())
        query.addBindValue(walletId);
    query.addBindValue(limit);
    if (auto ok = m_db.exec(query, Strings::tr("Could not read the payments.")); !ok)
        return ok.error();
    QList<Payment> payments;
    while (query.next())
        payments.append(paymentFromRow(query));
    return payments;
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
    QSqlQuery &query = m_db.prepared(QStringLiteral(
        "UPDATE payments SET status = ?, reason = ?, settled_at_ms = ? WHERE id = ? AND status = 'PENDING'"));
    query.addBindValue(paymentStatusName(status));
    query.addBindValue(notNull(reason));
    query.addBindValue(nowMs);
    query.addBindValue(id);
    if (auto ok = m_db.exec(query, Strings::tr("Could not record how the payment went.")); !ok)
        return ok.error();
    return query.numRowsAffected() == 1;
}

} // namespace Ledgerdesk
