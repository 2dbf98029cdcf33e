#pragma once

#include <QString>

#include <optional>

namespace Ledgerdesk {

enum class PaymentStatus { Pending, Succeeded, Failed };

QString paymentStatusName(PaymentStatus status); // "PENDING", "SUCCEEDED", "FAILED"
std::optional<PaymentStatus> paymentStatusFromName(const QString &name);

// A payment from a client's wallet to a merchant. The amount is in minor units of the wallet's
// currency; a FAILED payment keeps the reason as a sentence ("Insufficient funds.").
struct Payment
{
    QString id;
    QString walletId;
    QString clientId;
    QString merchantId;
    QString currency;
    qint64 amountMinor = 0;
    PaymentStatus status = PaymentStatus::Pending;
    QString reason;
    QString entryId;
    QString requestedBy;
    qint64 requestedAtMs = 0;
    qint64 settledAtMs = 0;
};

} // namespace Ledgerdesk
