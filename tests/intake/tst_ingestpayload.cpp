#include "intake/categorybands.h"
#include "intake/ingestpayload.h"
#include "intaketest.h"
#include "support/backendtest.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

#include <limits>

using namespace Ledgerdesk;
using namespace Ledgerdesk::Test;

// The checks of a TRANSACTION_INGEST payload and the category bands, without a database: every
// field's refusals, JSON number amounts, timestamp forms and the band edges in several currencies.
// tst_ingest runs the handler and the intake over both backends.
class TestIngestPayload : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parse_validPayload_readsEveryField();
    void parse_badField_isRefusedNamingIt_data();
    void parse_badField_isRefusedNamingIt();
    void parse_jsonNumberAmount_isTakenExactly_data();
    void parse_jsonNumberAmount_isTakenExactly();
    void parse_timestampForms_areUnderstood_data();
    void parse_timestampForms_areUnderstood();
    void toJson_thenParse_givesTheSameTransaction();
    void categorise_atTheBandEdges_data();
    void categorise_atTheBandEdges();
    void bands_fromBadText_areRefusedNamingTheSetting_data();
    void bands_fromBadText_areRefusedNamingTheSetting();
};

void TestIngestPayload::parse_validPayload_readsEveryField()
{
    QJsonObject payload = validIngestPayload(QStringLiteral("txn:A-1_b.c~d"));
    payload.insert(QStringLiteral("currency"), QStringLiteral(" eur "));
    payload.insert(QStringLiteral("user_id"), QStringLiteral("ignored"));
    auto parsed = IngestPayload::parse(payload, 1'700'000'000'000LL);
    LD_VERIFY_OK(parsed);
    QCOMPARE(parsed->transactionId, QStringLiteral("txn:A-1_b.c~d"));
    QCOMPARE(parsed->sourceAccount, QStringLiteral("acc_user_1"));
    QCOMPARE(parsed->destinationAccount, QStringLiteral("acc_merchant_1"));
    QCOMPARE(parsed->amountMinor, 25000);
    QCOMPARE(parsed->currency, QStringLiteral("EUR"));
    QCOMPARE(parsed->merchant, QStringLiteral("Coffee Shop"));
    QCOMPARE(parsed->eventTimeMs, QDateTime(QDate(2025, 1, 15), QTime(10, 30), Qt::UTC).toMSecsSinceEpoch());
    QCOMPARE(parsed->receivedAtMs, 1'700'000'000'000LL);
    QCOMPARE(parsed->status, QStringLiteral("PROCESSING"));
    QVERIFY(parsed->category.isEmpty());

    // Without the optional fields: no merchant, and the time it was received.
    payload.remove(QStringLiteral("merchant"));
    payload.remove(QStringLiteral("timestamp"));
    auto bare = IngestPayload::parse(payload, 1'700'000'000'123LL);
    LD_VERIFY_OK(bare);
    QVERIFY(bare->merchant.isEmpty());
    QCOMPARE(bare->eventTimeMs, 1'700'000'000'123LL);
}

void TestIngestPayload::parse_badField_isRefusedNamingIt_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QJsonValue>("value"); // undefined removes the field

    const QJsonValue missing(QJsonValue::Undefined);
    QTest::newRow("transaction_id missing") << "transaction_id" << missing;
    QTest::newRow("transaction_id null") << "transaction_id" << QJsonValue(QJsonValue::Null);
    QTest::newRow("transaction_id a number") << "transaction_id" << QJsonValue(42);
    QTest::newRow("transaction_id blank") << "transaction_id" << QJsonValue(QStringLiteral("   "));
    QTest::newRow("transaction_id with a slash") << "transaction_id" << QJsonValue(QStringLiteral("a/b"));
    QTest::newRow("transaction_id with a space") << "transaction_id" << QJsonValue(QStringLiteral("a b"));
    QTest::newRow("transaction_id too long") << "transaction_id" << QJsonValue(QString(129, QLatin1Char('x')));
    QTest::newRow("source_account missing") << "source_account" << missing;
    QTest::newRow("source_account an object") << "source_account" << QJsonValue(QJsonObject {{QStringLiteral("id"), 1}});
    QTest::newRow("source_account with a control character") << "source_account" << QJsonValue(QStringLiteral("acc\x01"));
    QTest::newRow("source_account too long") << "source_account" << QJsonValue(QString(129, QLatin1Char('a')));
    QTest::newRow("destination_account missing") << "destination_account" << missing;
    QTest::newRow("destination_account empty") << "destination_account" << QJsonValue(QString());
    QTest::newRow("currency missing") << "currency" << missing;
    QTest::newRow("currency unknown") << "currency" << QJsonValue(QStringLiteral("XYZ"));
    QTest::newRow("currency a name") << "currency" << QJsonValue(QStringLiteral("US dollars"));
    QTest::newRow("currency a number") << "currency" << QJsonValue(840);
    QTest::newRow("amount missing") << "amount" << missing;
    QTest::newRow("amount null") << "amount" << QJsonValue(QJsonValue::Null);
    QTest::newRow("amount three decimals") << "amount" << QJsonValue(QStringLiteral("12.345"));
    QTest::newRow("amount negative") << "amount" << QJsonValue(QStringLiteral("-5.00"));
    QTest::newRow("amount zero") << "amount" << QJsonValue(QStringLiteral("0.00"));
    QTest::newRow("amount exponent") << "amount" << QJsonValue(QStringLiteral("1e3"));
    QTest::newRow("amount grouped") << "amount" << QJsonValue(QStringLiteral("1,000.00"));
    QTest::newRow("amount words") << "amount" << QJsonValue(QStringLiteral("ten dollars"));
    QTest::newRow("amount NaN") << "amount" << QJsonValue(QStringLiteral("NaN"));
    QTest::newRow("amount too large") << "amount" << QJsonValue(QStringLiteral("100000000000000.00"));
    QTest::newRow("amount a boolean") << "amount" << QJsonValue(true);
    QTest::newRow("amount a list") << "amount" << QJsonValue(QJsonArray {1, 2});
    QTest::newRow("merchant a number") << "merchant" << QJsonValue(7);
    QTest::newRow("merchant too long") << "merchant" << QJsonValue(QString(201, QLatin1Char('m')));
    QTest::newRow("merchant with a control character") << "merchant" << QJsonValue(QStringLiteral("Bad\x07Shop"));
    QTest::newRow("timestamp not a time") << "timestamp" << QJsonValue(QStringLiteral("yesterday"));
    QTest::newRow("timestamp an impossible date") << "timestamp" << QJsonValue(QStringLiteral("2025-02-30T10:00:00Z"));
    QTest::newRow("timestamp in seconds") << "timestamp" << QJsonValue(1736937000.0);
    QTest::newRow("timestamp in seconds as text") << "timestamp" << QJsonValue(QStringLiteral("1736937000"));
    QTest::newRow("timestamp fractional") << "timestamp" << QJsonValue(1736937000000.5);
    QTest::newRow("timestamp after 9999") << "timestamp" << QJsonValue(1e18);
    QTest::newRow("timestamp a boolean") << "timestamp" << QJsonValue(false);
}

void TestIngestPayload::parse_badField_isRefusedNamingIt()
{
    QFETCH(QString, field);
    QFETCH(QJsonValue, value);
    QJsonObject payload = validIngestPayload(QStringLiteral("txn-bad"));
    if (value.isUndefined())
        payload.remove(field);
    else
        payload.insert(field, value);
    auto parsed = IngestPayload::parse(payload, 1'700'000'000'000LL);
    LD_VERIFY_ERROR(parsed, Error::Kind::Validation);
    QCOMPARE(parsed.error().detail, field);
    QVERIFY2(parsed.error().message.contains(QLatin1Char('"') + field + QLatin1Char('"')), qPrintable(parsed.error().message));
}

void TestIngestPayload::parse_jsonNumberAmount_isTakenExactly_data()
{
    QTest::addColumn<double>("amount");
    QTest::addColumn<QString>("currency");
    QTest::addColumn<qint64>("minor"); // -1: refused, naming "amount"

    QTest::newRow("500 INR") << 500.0 << "INR" << qint64(50000);
    QTest::newRow("157.89 USD") << 157.89 << "USD" << qint64(15789);
    QTest::newRow("0.07 USD") << 0.07 << "USD" << qint64(7);
    QTest::newRow("1000.1 EUR") << 1000.1 << "EUR" << qint64(100010);
    QTest::newRow("1500 JPY") << 1500.0 << "JPY" << qint64(1500);
    QTest::newRow("12.345 KWD") << 12.345 << "KWD" << qint64(12345);
    QTest::newRow("9999999999999.99 USD") << 9999999999999.99 << "USD" << qint64(999999999999999);
    QTest::newRow("0.1 + 0.2 USD has too many decimals") << (0.1 + 0.2) << "USD" << qint64(-1);
    QTest::newRow("12.345 USD has too many decimals") << 12.345 << "USD" << qint64(-1);
    QTest::newRow("15.5 JPY has decimals") << 15.5 << "JPY" << qint64(-1);
    QTest::newRow("1e20 USD is too large") << 1e20 << "USD" << qint64(-1);
    QTest::newRow("the largest double is too large") << std::numeric_limits<double>::max() << "USD" << qint64(-1);
    QTest::newRow("-5 USD is negative") << -5.0 << "USD" << qint64(-1);
    QTest::newRow("0 USD is zero") << 0.0 << "USD" << qint64(-1);
    QTest::newRow("1e-7 USD is too precise") << 1e-7 << "USD" << qint64(-1);
    QTest::newRow("the smallest double is too precise") << std::numeric_limits<double>::denorm_min() << "USD" << qint64(-1);
}

void TestIngestPayload::parse_jsonNumberAmount_isTakenExactly()
{
    QFETCH(double, amount);
    QFETCH(QString, currency);
    QFETCH(qint64, minor);
    QJsonObject payload = validIngestPayload(QStringLiteral("num"));
    payload.insert(QStringLiteral("amount"), amount);
    payload.insert(QStringLiteral("currency"), currency);
    // Through JSON text, as a webhook body or a queued payload carries it.
    const QJsonObject carried = QJsonDocument::fromJson(QJsonDocument(payload).toJson()).object();
    auto parsed = IngestPayload::parse(carried, 1'700'000'000'000LL);
    if (minor < 0) {
        LD_VERIFY_ERROR(parsed, Error::Kind::Validation);
        QCOMPARE(parsed.error().detail, QStringLiteral("amount"));
        return;
    }
    LD_VERIFY_OK(parsed);
    QCOMPARE(parsed->amountMinor, minor);
    QCOMPARE(parsed->currency, currency);
}

void TestIngestPayload::parse_timestampForms_areUnderstood_data()
{
    QTest::addColumn<QJsonValue>("timestamp");
    QTest::addColumn<qint64>("epochMs");
    const qint64 at = QDateTime(QDate(2025, 1, 15), QTime(10, 30), Qt::UTC).toMSecsSinceEpoch();
    QTest::newRow("ISO-8601 UTC") << QJsonValue(QStringLiteral("2025-01-15T10:30:00Z")) << at;
    QTest::newRow("ISO-8601 with milliseconds") << QJsonValue(QStringLiteral("2025-01-15T10:30:00.250Z")) << at + 250;
    QTest::newRow("ISO-8601 with microseconds") << QJsonValue(QStringLiteral("2025-01-15T10:30:00.000000Z")) << at;
    QTest::newRow("ISO-8601 with an offset") << QJsonValue(QStringLiteral("2025-01-15T12:30:00+02:00")) << at;
    QTest::newRow("ISO-8601 without an offset is UTC") << QJsonValue(QStringLiteral("2025-01-15T10:30:00")) << at;
    QTest::newRow("epoch milliseconds") << QJsonValue(double(at)) << at;
    QTest::newRow("epoch milliseconds as text") << QJsonValue(QString::number(at)) << at;
    QTest::newRow("null is the time received") << QJsonValue(QJsonValue::Null) << qint64(1'700'000'000'000LL);
}

void TestIngestPayload::parse_timestampForms_areUnderstood()
{
    QFETCH(QJsonValue, timestamp);
    QFETCH(qint64, epochMs);
    QJsonObject payload = validIngestPayload(QStringLiteral("t"));
    payload.insert(QStringLiteral("timestamp"), timestamp);
    auto parsed = IngestPayload::parse(payload, 1'700'000'000'000LL);
    LD_VERIFY_OK(parsed);
    QCOMPARE(parsed->eventTimeMs, epochMs);
}

void TestIngestPayload::toJson_thenParse_givesTheSameTransaction()
{
    QJsonObject payload = validIngestPayload(QStringLiteral("round-trip"));
    payload.insert(QStringLiteral("amount"), 1234.5);
    payload.insert(QStringLiteral("currency"), QStringLiteral("KWD"));
    auto first = IngestPayload::parse(payload, 1'700'000'000'000LL);
    LD_VERIFY_OK(first);
    const QJsonObject canonical = IngestPayload::toJson(*first);
    QCOMPARE(canonical.value(QStringLiteral("amount")).toString(), QStringLiteral("1234.500"));
    QCOMPARE(canonical.value(QStringLiteral("timestamp")).toString(), QStringLiteral("2025-01-15T10:30:00.000Z"));
    auto second = IngestPayload::parse(canonical, 1'700'000'000'000LL);
    LD_VERIFY_OK(second);
    QCOMPARE(second->transactionId, first->transactionId);
    QCOMPARE(second->amountMinor, first->amountMinor);
    QCOMPARE(second->currency, first->currency);
    QCOMPARE(second->merchant, first->merchant);
    QCOMPARE(second->eventTimeMs, first->eventTimeMs);
    QCOMPARE(second->sourceAccount, first->sourceAccount);
    QCOMPARE(second->destinationAccount, first->destinationAccount);
}

void TestIngestPayload::categorise_atTheBandEdges_data()
{
    QTest::addColumn<QString>("high");
    QTest::addColumn<QString>("medium");
    QTest::addColumn<QString>("amount");
    QTest::addColumn<QString>("currency");
    QTest::addColumn<QString>("category");
    const QString h = QStringLiteral("1000.00");
    const QString m = QStringLiteral("100.00");
    QTest::newRow("default: 0.01 is standard") << h << m << "0.01"
                                               << "USD"
                                               << "standard";
    QTest::newRow("default: 99.99 is standard") << h << m << "99.99"
                                                << "USD"
                                                << "standard";
    QTest::newRow("default: 100.00 is medium_value") << h << m << "100.00"
                                                     << "USD"
                                                     << "medium_value";
    QTest::newRow("default: 999.99 is medium_value") << h << m << "999.99"
                                                     << "USD"
                                                     << "medium_value";
    QTest::newRow("default: 1000.00 is high_value") << h << m << "1000.00"
                                                    << "USD"
                                                    << "high_value";
    QTest::newRow("default: 99 JPY is standard") << h << m << "99"
                                                 << "JPY"
                                                 << "standard";
    QTest::newRow("default: 100 JPY is medium_value") << h << m << "100"
                                                      << "JPY"
                                                      << "medium_value";
    QTest::newRow("default: 999.999 KWD is medium_value") << h << m << "999.999"
                                                          << "KWD"
                                                          << "medium_value";
    QTest::newRow("default: 1000.000 KWD is high_value") << h << m << "1000.000"
                                                         << "KWD"
                                                         << "high_value";
    QTest::newRow("500/50.50: 50.49 is standard") << "500.00"
                                                  << "50.50"
                                                  << "50.49"
                                                  << "USD"
                                                  << "standard";
    QTest::newRow("500/50.50: 50.50 is medium_value") << "500.00"
                                                      << "50.50"
                                                      << "50.50"
                                                      << "USD"
                                                      << "medium_value";
    QTest::newRow("500/50.50: 499.99 is medium_value") << "500.00"
                                                       << "50.50"
                                                       << "499.99"
                                                       << "USD"
                                                       << "medium_value";
    QTest::newRow("500/50.50: 500.00 is high_value") << "500.00"
                                                     << "50.50"
                                                     << "500.00"
                                                     << "USD"
                                                     << "high_value";
    // No yen between 50 and 51: a threshold of 50.50 rounds up, since "at or above" starts at 51.
    QTest::newRow("500/50.50: 50 JPY is standard") << "500.00"
                                                   << "50.50"
                                                   << "50"
                                                   << "JPY"
                                                   << "standard";
    QTest::newRow("500/50.50: 51 JPY is medium_value") << "500.00"
                                                       << "50.50"
                                                       << "51"
                                                       << "JPY"
                                                       << "medium_value";
    QTest::newRow("whole numbers: 20 is medium_value") << "2000"
                                                       << "20"
                                                       << "20.00"
                                                       << "USD"
                                                       << "medium_value";
    QTest::newRow("zero medium: 0.01 is medium_value") << "1.00"
                                                       << "0"
                                                       << "0.01"
                                                       << "USD"
                                                       << "medium_value";
}

void TestIngestPayload::categorise_atTheBandEdges()
{
    QFETCH(QString, high);
    QFETCH(QString, medium);
    QFETCH(QString, amount);
    QFETCH(QString, currency);
    QFETCH(QString, category);
    auto bands = CategoryBands::fromText(high, medium);
    LD_VERIFY_OK(bands);
    auto money = Money::parse(amount, currency);
    LD_VERIFY_OK(money);
    QCOMPARE(bands->categorise(*money), category);
    if (high == QLatin1String("1000.00") && medium == QLatin1String("100.00"))
        QCOMPARE(CategoryBands().categorise(*money), category);
}

void TestIngestPayload::bands_fromBadText_areRefusedNamingTheSetting_data()
{
    QTest::addColumn<QString>("high");
    QTest::addColumn<QString>("medium");
    QTest::addColumn<QString>("setting");
    QTest::newRow("words") << "lots"
                           << "100.00"
                           << "bands.high_value";
    QTest::newRow("exponent") << "1000.00"
                              << "1e2"
                              << "bands.medium_value";
    QTest::newRow("negative") << "-1.00"
                              << "100.00"
                              << "bands.high_value";
    QTest::newRow("empty") << "1000.00"
                           << ""
                           << "bands.medium_value";
    QTest::newRow("trailing point") << "1000."
                                    << "100.00"
                                    << "bands.high_value";
    QTest::newRow("too large") << "9999999999999999"
                               << "100.00"
                               << "bands.high_value";
}

void TestIngestPayload::bands_fromBadText_areRefusedNamingTheSetting()
{
    QFETCH(QString, high);
    QFETCH(QString, medium);
    QFETCH(QString, setting);
    auto bands = CategoryBands::fromText(high, medium);
    LD_VERIFY_ERROR(bands, Error::Kind::Validation);
    QCOMPARE(bands.error().detail, setting);
    QVERIFY2(bands.error().message.contains(setting), qPrintable(bands.error().message));
}

LEDGERDESK_TEST_MAIN(TestIngestPayload)

#include "tst_ingestpayload.moc"
