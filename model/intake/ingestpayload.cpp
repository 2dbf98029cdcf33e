#include "ingestpayload.h"

#include <QCoreApplication>
#include <QDateTime>

#include <charconv>
#include <cmath>

namespace Ledgerdesk {

namespace {

struct Strings
{
    Q_DECLARE_TR_FUNCTIONS(Ledgerdesk::IngestPayload)
};

// 2000-01-01T00:00:00Z and 9999-12-31T23:59:59.999Z: a timestamp outside is a mistake (seconds sent
// as milliseconds, or garbage), not a time.
constexpr qint64 earliestTimestampMs = 946'684'800'000LL;
constexpr qint64 latestTimestampMs = 253'402'300'799'999LL;

Error fieldError(const QString &field, const QString &message)
{
    return makeError(Error::Kind::Validation, message, field);
}

bool hasControlCharacters(const QString &text)
{
    for (const QChar c : text) {
        if (c.category() == QChar::Other_Control || c.category() == QChar::Other_Format)
            return true;
    }
    return false;
}

// A required text field: present, text, not blank, at most maxLength characters, no control characters.
Result<QString> requireText(const QJsonObject &payload, const QString &field, int maxLength)
{
    const QJsonValue value = payload.value(field);
    if (value.isUndefined() || value.isNull())
        return fieldError(field, Strings::tr("The field \"%1\" is missing.").arg(field));
    if (!value.isString())
        return fieldError(field, Strings::tr("The field \"%1\" must be text.").arg(field));
    const QString text = value.toString().trimmed();
    if (text.isEmpty())
        return fieldError(field, Strings::tr("The field \"%1\" is empty.").arg(field));
    if (text.size() > maxLength)
        return fieldError(field, Strings::tr("The field \"%1\" is longer than %n character(s).", nullptr, maxLength).arg(field));
    if (hasControlCharacters(text))
        return fieldError(field, Strings::tr("The field \"%1\" contains control characters.").arg(field));
    return text;
}

// Letters, digits and - _ . : ~ only: the id travels in URLs (GET /v1/transactions/{id}) and logs.
bool isSafeId(const QString &id)
{
    for (const QChar c : id) {
        const char16_t u = c.unicode();
        const bool ok = (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') || (u >= u'0' && u <= u'9') || u == u'-' || u == u'_'
            || u == u'.' || u == u':' || u == u'~';
        if (!ok)
            return false;
    }
    return true;
}

bool isAllDigits(const QString &text)
{
    if (text.isEmpty())
        return false;
    for (const QChar c : text) {
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return false;
    }
    return true;
}

} // namespace

QString IngestPayload::formatTime(qint64 epochMs)
{
    return QDateTime::fromMSecsSinceEpoch(epochMs, Qt::UTC).toString(Qt::ISODateWithMs);
}

Result<Money> IngestPayload::amountFrom(const QJsonValue &value, const QString &currency, const QString &field)
{
    QString text;
    if (value.isUndefined() || value.isNull())
        return fieldError(field, Strings::tr("The field \"%1\" is missing.").arg(field));
    if (value.isString()) {
        text = value.toString();
    } else if (value.isDouble()) {
        // The shortest text that reads back as the same double, in plain positional notation: the
        // number the sender wrote, whatever binary value it became on the way.
        const double number = value.toDouble();
        if (!std::isfinite(number))
            return fieldError(field, Strings::tr("The field \"%1\" is not a finite number.").arg(field));
        char buffer[512];
        const auto converted = std::to_chars(buffer, buffer + sizeof buffer, number, std::chars_format::fixed);
        if (converted.ec != std::errc())
            return fieldError(field, Strings::tr("The field \"%1\": the amount is too large.").arg(field));
        text = QString::fromLatin1(buffer, converted.ptr - buffer);
    } else {
        return fieldError(field, Strings::tr("The field \"%1\" must be an amount like \"1000.00\" or a number.").arg(field));
    }
    auto amount = Money::parse(text, currency);
    if (!amount)
        return fieldError(field, Strings::tr("The field \"%1\": %2").arg(field, amount.error().message));
    if (amount->isZero())
        return fieldError(field, Strings::tr("The field \"%1\": the amount must be more than zero.").arg(field));
    return amount;
}

Result<qint64> IngestPayload::timestampFrom(const QJsonValue &value, const QString &field)
{
    const QString rangeMessage
        = Strings::tr("The field \"%1\" must be epoch milliseconds between the years 2000 and 9999, or an ISO-8601 time.")
              .arg(field);
    qint64 epochMs = 0;
    if (value.isDouble()) {
        const double number = value.toDouble();
        if (!std::isfinite(number) || number != std::floor(number) || number < double(earliestTimestampMs)
            || number > double(latestTimestampMs))
            return fieldError(field, rangeMessage);
        epochMs = qint64(number);
    } else if (value.isString()) {
        const QString text = value.toString().trimmed();
        if (isAllDigits(text)) {
            if (text.size() > 15)
                return fieldError(field, rangeMessage);
            epochMs = text.toLongLong();
        } else {
            QDateTime time = QDateTime::fromString(text, Qt::ISODateWithMs);
            if (!time.isValid())
                return fieldError(
                    field, Strings::tr("The field \"%1\" is not an ISO-8601 time like 2025-01-15T10:30:00Z.").arg(field));
            if (time.timeSpec() == Qt::LocalTime)
                time.setTimeSpec(Qt::UTC);
            epochMs = time.toMSecsSinceEpoch();
        }
    } else {
        return fieldError(field, Strings::tr("The field \"%1\" must be an ISO-8601 time or epoch milliseconds.").arg(field));
    }
    if (epochMs < earliestTimestampMs || epochMs > latestTimestampMs)
        return fieldError(field, rangeMessage);
    return epochMs;
}

Result<IngestedTransaction> IngestPayload::parse(const QJsonObject &payload, qint64 receivedAtMs)
{
    IngestedTransaction transaction;
    transaction.receivedAtMs = receivedAtMs;
    transaction.status = IngestedTransaction::processing;

    const QString idField = QStringLiteral("transaction_id");
    auto id = requireText(payload, idField, maxIdLength);
    if (!id)
        return id.error();
    if (!isSafeId(*id))
        return fieldError(idField, Strings::tr("The field \"%1\" may hold only letters, digits and - _ . : ~.").arg(idField));
    transaction.transactionId = *id;

    auto source = requireText(payload, QStringLiteral("source_account"), maxAccountLength);
    if (!source)
        return source.error();
    transaction.sourceAccount = *source;

    auto destination = requireText(payload, QStringLiteral("destination_account"), maxAccountLength);
    if (!destination)
        return destination.error();
    transaction.destinationAccount = *destination;

    const QString currencyField = QStringLiteral("currency");
    auto currency = requireText(payload, currencyField, 16);
    if (!currency)
        return currency.error();
    const QString code = currency->toUpper();
    if (!Money::isKnownCurrency(code))
        return fieldError(currencyField,
            Strings::tr("The field \"%1\" is not a supported ISO 4217 currency code (like USD).").arg(currencyField));
    transaction.currency = code;

    auto amount = amountFrom(payload.value(QStringLiteral("amount")), code);
    if (!amount)
        return amount.error();
    transaction.amountMinor = amount->minor();

    const QString merchantField = QStringLiteral("merchant");
    const QJsonValue merchant = payload.value(merchantField);
    if (!merchant.isUndefined() && !merchant.isNull()) {
        if (!merchant.isString())
            return fieldError(merchantField, Strings::tr("The field \"%1\" must be text.").arg(merchantField));
        const QString name = merchant.toString().trimmed();
        if (name.size() > maxMerchantLength)
            return fieldError(merchantField,
                Strings::tr("The field \"%1\" is longer than %n character(s).", nullptr, maxMerchantLength).arg(merchantField));
        if (hasControlCharacters(name))
            return fieldError(merchantField, Strings::tr("The field \"%1\" contains control characters.").arg(merchantField));
        transaction.merchant = name;
    }

    const QJsonValue timestamp = payload.value(QStringLiteral("timestamp"));
    if (timestamp.isUndefined() || timestamp.isNull()) {
        transaction.eventTimeMs = receivedAtMs;
    } else {
        auto eventTime = timestampFrom(timestamp);
        if (!eventTime)
            return eventTime.error();
        transaction.eventTimeMs = *eventTime;
    }
    return transaction;
}

QJsonObject IngestPayload::toJson(const IngestedTransaction &transaction)
{
    QJsonObject payload {{QStringLiteral("transaction_id"), transaction.transactionId},
        {QStringLiteral("source_account"), transaction.sourceAccount},
        {QStringLiteral("destination_account"), transaction.destinationAccount},
        {QStringLiteral("amount"), transaction.amount().toDecimalString()}, {QStringLiteral("currency"), transaction.currency},
        {QStringLiteral("timestamp"), formatTime(transaction.eventTimeMs)}};
    if (!transaction.merchant.isEmpty())
        payload.insert(QStringLiteral("merchant"), transaction.merchant);
    return payload;
}

} // namespace Ledgerdesk
