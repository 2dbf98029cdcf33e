#pragma once

#include "core/money.h"
#include "core/result.h"
#include "ingestedtransaction.h"

#include <QJsonObject>
#include <QJsonValue>

namespace Ledgerdesk {

// The payload of TRANSACTION_INGEST and the body of the transaction webhook (DESIGN sections 5 and 7):
// transaction_id, source_account, destination_account, amount, currency, merchant?, timestamp?.
// Checking is strict and names the field: every refusal is a Validation error whose message is a
// sentence naming the field and whose detail is the field's name, so the webhook can answer 400 and
// the processor can dead-letter with the reason. Fields it does not know are ignored. Pure functions.
class IngestPayload
{
public:
    static constexpr int maxIdLength = 128;
    static constexpr int maxAccountLength = 128;
    static constexpr int maxMerchantLength = 200;

    // The transaction a payload describes; status PROCESSING, received at receivedAtMs, which also
    // stands in for a missing timestamp.
    static Result<IngestedTransaction> parse(const QJsonObject &payload, qint64 receivedAtMs);

    // The canonical payload of a transaction: the amount as a decimal string in its currency
    // ("1000.00"), the timestamp as ISO-8601 UTC with milliseconds, no merchant when it has none.
    static QJsonObject toJson(const IngestedTransaction &transaction);

    // A positive amount in `currency` from a decimal string ("1000.00") or a JSON number. A number is
    // taken exactly through its shortest decimal text (157.89 is "157.89"), never through arithmetic
    // on the double, so 0.1 + 0.2 (0.30000000000000004) is refused for having too many decimals.
    static Result<Money> amountFrom(
        const QJsonValue &value, const QString &currency, const QString &field = QStringLiteral("amount"));

    // Epoch milliseconds from an ISO-8601 time ("2025-01-15T10:30:00Z"; no offset means UTC) or from
    // epoch milliseconds (a whole JSON number or a string of digits) between 2000 and 9999.
    static Result<qint64> timestampFrom(const QJsonValue &value, const QString &field = QStringLiteral("timestamp"));

    // "2025-01-15T10:30:00.000Z": the ISO-8601 form of epoch milliseconds, UTC.
    static QString formatTime(qint64 epochMs);
};

} // namespace Ledgerdesk
