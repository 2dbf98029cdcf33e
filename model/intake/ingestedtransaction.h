#pragma once

#include "core/money.h"

#include <QString>

namespace Ledgerdesk {

// A transaction reported by the webhook, the simulator or a TRANSACTION_INGEST message: an external
// id (unique), the two accounts, the amount in minor units of its currency, the merchant, when it
// happened, and how far it got: PROCESSING when received, PROCESSED with a category once the
// processor applied its message. Times are epoch milliseconds (UTC).
struct IngestedTransaction
{
    static inline const QString processing = QStringLiteral("PROCESSING");
    static inline const QString processed = QStringLiteral("PROCESSED");

    QString transactionId;
    QString sourceAccount;
    QString destinationAccount;
    qint64 amountMinor = 0;
    QString currency;
    QString merchant; // empty when the sender named none
    qint64 eventTimeMs = 0; // the sender's timestamp, or the time it was received
    QString category; // empty while PROCESSING
    QString status = processing;
    qint64 receivedAtMs = 0;
    qint64 processedAtMs = 0; // 0 while PROCESSING
    QString messageId; // the TRANSACTION_INGEST message that carries or carried it

    Money amount() const { return Money(amountMinor, currency); }
    bool isProcessed() const { return status == processed; }
};

} // namespace Ledgerdesk
