#pragma once

#include "core/result.h"
#include "payment.h"
#include "storage/bookcheck.h"

#include <QList>
#include <QStringList>

namespace Ledgerdesk {

class Database;

// Stores payments (table payments). Used on the connection's thread, inside the caller's transaction.
class PaymentRepository
{
public:
    explicit PaymentRepository(Database &db)
        : m_db(db)
    { }

    Result<void> insert(const Payment &payment);
    // NotFound with a sentence when there is no such payment.
    Result<Payment> find(const QString &id);
    // The newest first; all wallets when walletId is empty.
    Result<QList<Payment>> list(const QString &walletId = {}, int limit = 500);

    Result<void> setEntry(const QString &id, const QString &entryId);
    // Keeps why a PENDING payment is failing, before PAYMENT_FAILED settles it, so a repeated
    // PAYMENT_REQUESTED cannot debit it meanwhile.
    Result<void> noteFailure(const QString &id, const QString &reason);
    // PENDING -> SUCCEEDED or FAILED (with the reason). False when it was settled already.
    Result<bool> settle(const QString &id, PaymentStatus status, const QString &reason, qint64 nowMs);

    // What keeps the client from being closed, one clause per payment of theirs still PENDING ("payment
    // P-1 of 20.00 USD to M-1 is still being made"); empty when there is none. A ClientMessages::ClosingCheck.
    static Result<QStringList> closingBlockers(Database &db, const QString &clientId);

    // The payments' invariants, for the Verifier: each payment's status matches the wallet's debits, no
    // payment's debit was reversed in the journal, and every payment entry of the journal is a payment's.
    static QList<BookCheck> checks();

private:
    Database &m_db;
};

} // namespace Ledgerdesk
