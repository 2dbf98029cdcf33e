#include "fuzzcheck.h"
#include "intake/ingestpayload.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace Ledgerdesk;

// The body of POST /v1/webhooks/transactions as WebhookServer::receiveTransaction reads it before it
// touches the book: at most 64 KiB, one JSON object, then IngestPayload::parse. An input is the raw
// body. A transaction it accepts must keep every rule of the payload (a safe id, bounded trimmed
// texts, a supported currency, a positive amount within Money::maxMinor, a time between 2000 and
// 9999), and its canonical payload (what the TRANSACTION_INGEST message carries), written as the
// queue stores it and read again, must give the same transaction.

namespace {

constexpr qint64 maxBodyBytes = 64 * 1024; // WebhookServer::maxBodyBytes
constexpr qint64 receivedAtMs = 1'736'937'000'000; // 2025-01-15T10:30:00Z
constexpr qint64 earliestMs = 946'684'800'000; // 2000-01-01T00:00:00Z
constexpr qint64 latestMs = 253'402'300'799'999; // 9999-12-31T23:59:59.999Z

bool isSafeId(const QString &id)
{
    for (const QChar c : id) {
        if (!(c.isLetterOrNumber() && c.unicode() < 0x80) && !QStringLiteral("-_.:~").contains(c))
            return false;
    }
    return true;
}

bool isCleanText(const QString &text, qsizetype maxLength)
{
    if (text.size() > maxLength || text != text.trimmed())
        return false;
    for (const QChar c : text) {
        if (c.category() == QChar::Other_Control || c.category() == QChar::Other_Format)
            return false;
    }
    return true;
}

QString describe(const IngestedTransaction &t)
{
    return QString::fromUtf8(QJsonDocument(IngestPayload::toJson(t)).toJson(QJsonDocument::Compact))
        + QStringLiteral(" received %1").arg(t.receivedAtMs);
}

bool sameTransaction(const IngestedTransaction &a, const IngestedTransaction &b)
{
    return a.transactionId == b.transactionId && a.sourceAccount == b.sourceAccount
        && a.destinationAccount == b.destinationAccount && a.amountMinor == b.amountMinor && a.currency == b.currency
        && a.merchant == b.merchant && a.eventTimeMs == b.eventTimeMs && a.status == b.status && a.receivedAtMs == b.receivedAtMs;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (qint64(size) > maxBodyBytes)
        return 0;
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(Fuzz::bytes(data, size), &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return 0;
    auto parsed = IngestPayload::parse(document.object(), receivedAtMs);
    if (!parsed) {
        const Error &error = parsed.error();
        FUZZ_CHECK(error.kind == Error::Kind::Validation && !error.message.isEmpty() && !error.detail.isEmpty(),
            QStringLiteral("refused with kind %1: %2 (%3)").arg(Error::kindName(error.kind), error.message, error.detail));
        return 0;
    }
    const IngestedTransaction &t = *parsed;
    FUZZ_CHECK(!t.transactionId.isEmpty() && isSafeId(t.transactionId), describe(t));
    FUZZ_CHECK(isCleanText(t.transactionId, IngestPayload::maxIdLength), describe(t));
    FUZZ_CHECK(!t.sourceAccount.isEmpty() && isCleanText(t.sourceAccount, IngestPayload::maxAccountLength), describe(t));
    FUZZ_CHECK(
        !t.destinationAccount.isEmpty() && isCleanText(t.destinationAccount, IngestPayload::maxAccountLength), describe(t));
    FUZZ_CHECK(isCleanText(t.merchant, IngestPayload::maxMerchantLength), describe(t));
    FUZZ_CHECK(Money::isKnownCurrency(t.currency), describe(t));
    FUZZ_CHECK(t.amountMinor > 0 && t.amountMinor <= Money::maxMinor, describe(t));
    FUZZ_CHECK(t.eventTimeMs == receivedAtMs || (t.eventTimeMs >= earliestMs && t.eventTimeMs <= latestMs), describe(t));
    FUZZ_CHECK(t.status == IngestedTransaction::processing && t.receivedAtMs == receivedAtMs, describe(t));

    // The message's payload, as the queue writes it to its row and the processor reads it back.
    const QJsonObject canonical = IngestPayload::toJson(t);
    const QByteArray stored = QJsonDocument(canonical).toJson(QJsonDocument::Compact);
    const QJsonDocument reread = QJsonDocument::fromJson(stored);
    FUZZ_CHECK(reread.isObject() && reread.object() == canonical, QString::fromUtf8(stored));
    auto again = IngestPayload::parse(reread.object(), receivedAtMs + 1);
    FUZZ_CHECK(again, QString::fromUtf8(stored) + QStringLiteral(" is refused: ") + (again ? QString() : again.error().message));
    IngestedTransaction expected = t;
    expected.receivedAtMs = receivedAtMs + 1;
    FUZZ_CHECK(sameTransaction(*again, expected), describe(t) + QStringLiteral(" reads back as ") + describe(*again));
    FUZZ_CHECK(IngestPayload::toJson(*again) == canonical, describe(*again));
    return 0;
}
