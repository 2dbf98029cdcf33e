#include "intake/categorybands.h"
#include "intake/ingestpayload.h"
#include "intake/intakerepository.h"
#include "intake/intakesettings.h"
#include "intake/transactionintake.h"
#include "intaketest.h"
#include "settings/settings.h"
#include "storage/transactionguard.h"
#include "support/backendtest.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Ledgerdesk;
using namespace Ledgerdesk::Test;

namespace {

const QString ingestType = QStringLiteral("TRANSACTION_INGEST");
const QString intakeAgent = QStringLiteral("intake");

QJsonObject payloadWith(const QString &transactionId, const QJsonValue &amount, const QString &currency = QStringLiteral("USD"))
{
    QJsonObject payload = validIngestPayload(transactionId);
    payload.insert(QStringLiteral("amount"), amount);
    payload.insert(QStringLiteral("currency"), currency);
    return payload;
}

// What a refused message must leave untouched.
struct Footprint
{
    qint64 transactions = 0;
    qint64 processed = 0;
    qint64 queued = 0;

    static Footprint of(Books &books)
    {
        return {books.count(QStringLiteral("ingested_transactions")), books.count(QStringLiteral("processed_messages")),
            books.count(QStringLiteral("queue_messages"))};
    }
    bool operator==(const Footprint &) const = default;
};

char *toString(const Footprint &f)
{
    return qstrdup(QStringLiteral("transactions %1, processed %2, queued %3")
                       .arg(f.transactions)
                       .arg(f.processed)
                       .arg(f.queued)
                       .toUtf8()
                       .constData());
}

} // namespace

class TestIngest : public BackendTest
{
    Q_OBJECT

public:
    using BackendTest::BackendTest;

private Q_SLOTS:
    void ingest_atTheBandEdges_categoriesFollowTheCurrentBands();
    void ingest_leavesTheTransactionProcessedWithItsDetails();
    void ingest_duplicateTransactionId_isANoOp();
    void ingest_sameMessageTwice_hasOneEffect();
    void ingest_badPayloads_areRefusedNamingTheFieldAndWriteNothing();
    void ingest_jsonNumberAmounts_areTakenExactly();
    void intake_submit_recordsProcessingAndEnqueuesInOneTransaction();
    void intake_duplicateSubmit_writesNothing();
    void intake_sameIdWithOtherDetails_isAConflictAndWritesNothing_data();
    void intake_sameIdWithOtherDetails_isAConflictAndWritesNothing();
    void intake_badPayload_writesNothing();
    void intake_thenProcessor_completesTheRecordedRow();
    void intake_insideACallersTransaction_rollsBackWithIt();
    void repository_listsRecentPagesAndCounts();
    void bands_invalidSetting_isRefusedNamingTheSetting();

private:
    // Applies one TRANSACTION_INGEST from the intake agent and returns the stored category, or an
    // empty string after a failure (with the test failed).
    QString categoryOf(Books &books, const QString &transactionId, const QJsonValue &amount, const QString &currency);
};

QString TestIngest::categoryOf(Books &books, const QString &transactionId, const QJsonValue &amount, const QString &currency)
{
    auto result = books.apply(ingestType, payloadWith(transactionId, amount, currency), intakeAgent);
    if (!result) {
        QTest::qFail(describe(result.error()).constData(), __FILE__, __LINE__);
        return {};
    }
    auto stored = IntakeRepository(books.db()).find(transactionId);
    if (!stored) {
        QTest::qFail(describe(stored.error()).constData(), __FILE__, __LINE__);
        return {};
    }
    if (stored->category != result->value(QStringLiteral("category")).toString()) {
        QTest::qFail("the result and the stored row disagree on the category", __FILE__, __LINE__);
        return {};
    }
    return stored->category;
}

// Each case in the book of one test function: band edges with the default bands, then with changed
// ones (tst_ingestpayload has the full table without a database).
void TestIngest::ingest_atTheBandEdges_categoriesFollowTheCurrentBands()
{
    LD_OPEN_BOOKS(books, testBooks());
    struct Case
    {
        QString amount;
        QString currency;
        QString category;
    };
    const QList<Case> defaults {{QStringLiteral("99.99"), QStringLiteral("USD"), QStringLiteral("standard")},
        {QStringLiteral("100.00"), QStringLiteral("USD"), QStringLiteral("medium_value")},
        {QStringLiteral("999.99"), QStringLiteral("USD"), QStringLiteral("medium_value")},
        {QStringLiteral("1000.00"), QStringLiteral("USD"), QStringLiteral("high_value")},
        {QStringLiteral("100"), QStringLiteral("JPY"), QStringLiteral("medium_value")},
        {QStringLiteral("1000.000"), QStringLiteral("KWD"), QStringLiteral("high_value")}};
    int n = 0;
    for (const Case &c : defaults) {
        const QString id = QStringLiteral("default-%1").arg(++n);
        QVERIFY2(
            categoryOf(*books, id, c.amount, c.currency) == c.category, qPrintable(c.amount + QLatin1Char(' ') + c.currency));
    }

    BookSettings settings(books->db());
    LD_VERIFY_OK(settings.setValue(IntakeSettings::highValue, QStringLiteral("500.00")));
    LD_VERIFY_OK(settings.setValue(IntakeSettings::mediumValue, QStringLiteral("50.50")));
    const QList<Case> changed {{QStringLiteral("50.49"), QStringLiteral("USD"), QStringLiteral("standard")},
        {QStringLiteral("50.50"), QStringLiteral("USD"), QStringLiteral("medium_value")},
        {QStringLiteral("499.99"), QStringLiteral("USD"), QStringLiteral("medium_value")},
        {QStringLiteral("500.00"), QStringLiteral("USD"), QStringLiteral("high_value")},
        {QStringLiteral("999.99"), QStringLiteral("USD"), QStringLiteral("high_value")},
        {QStringLiteral("50"), QStringLiteral("JPY"), QStringLiteral("standard")},
        {QStringLiteral("51"), QStringLiteral("JPY"), QStringLiteral("medium_value")}};
    for (const Case &c : changed) {
        const QString id = QStringLiteral("changed-%1").arg(++n);
        QVERIFY2(
            categoryOf(*books, id, c.amount, c.currency) == c.category, qPrintable(c.amount + QLatin1Char(' ') + c.currency));
    }
    // Transactions processed earlier keep the category of their time.
    auto earlier = IntakeRepository(books->db()).find(QStringLiteral("default-3"));
    LD_VERIFY_OK(earlier);
    QCOMPARE(earlier->category, QStringLiteral("medium_value"));
}

void TestIngest::ingest_leavesTheTransactionProcessedWithItsDetails()
{
    LD_OPEN_BOOKS(books, testBooks());
    const qint64 before = QDateTime::currentMSecsSinceEpoch();
    const Message message = Books::message(ingestType, validIngestPayload(QStringLiteral("txn-42")), intakeAgent);
    auto result = books->apply(message);
    LD_VERIFY_OK(result);
    QCOMPARE(result->value(QStringLiteral("transaction_id")).toString(), QStringLiteral("txn-42"));
    QCOMPARE(result->value(QStringLiteral("category")).toString(), QStringLiteral("medium_value"));
    QCOMPARE(result->value(QStringLiteral("status")).toString(), QStringLiteral("PROCESSED"));
    QVERIFY(!result->contains(QStringLiteral("duplicate")));

    auto stored = IntakeRepository(books->db()).find(QStringLiteral("txn-42"));
    LD_VERIFY_OK(stored);
    QCOMPARE(stored->status, QStringLiteral("PROCESSED"));
    QCOMPARE(stored->category, QStringLiteral("medium_value"));
    QCOMPARE(stored->amountMinor, 25000);
    QCOMPARE(stored->currency, QStringLiteral("USD"));
    QCOMPARE(stored->sourceAccount, QStringLiteral("acc_user_1"));
    QCOMPARE(stored->destinationAccount, QStringLiteral("acc_merchant_1"));
    QCOMPARE(stored->merchant, QStringLiteral("Coffee Shop"));
    QCOMPARE(stored->eventTimeMs, QDateTime(QDate(2025, 1, 15), QTime(10, 30), Qt::UTC).toMSecsSinceEpoch());
    QVERIFY(stored->processedAtMs >= before);
    QVERIFY(stored->receivedAtMs > 0);
    QCOMPARE(stored->messageId, message.id);
    QCOMPARE(books->count(QStringLiteral("processed_messages")), 1);
}

void TestIngest::ingest_duplicateTransactionId_isANoOp()
{
    LD_OPEN_BOOKS(books, testBooks());
    LD_VERIFY_OK(books->apply(ingestType, validIngestPayload(QStringLiteral("txn-7")), intakeAgent));
    auto first = IntakeRepository(books->db()).find(QStringLiteral("txn-7"));
    LD_VERIFY_OK(first);

    // Another message for the same transaction, even with another amount: the first report stands.
    auto again = books->apply(ingestType, payloadWith(QStringLiteral("txn-7"), QStringLiteral("5000.00")), intakeAgent);
    LD_VERIFY_OK(again);
    QCOMPARE(again->value(QStringLiteral("duplicate")).toBool(), true);
    QCOMPARE(again->value(QStringLiteral("category")).toString(), QStringLiteral("medium_value"));
    QCOMPARE(again->value(QStringLiteral("status")).toString(), QStringLiteral("PROCESSED"));

    auto after = IntakeRepository(books->db()).find(QStringLiteral("txn-7"));
    LD_VERIFY_OK(after);
    QCOMPARE(after->amountMinor, first->amountMinor);
    QCOMPARE(after->category, first->category);
    QCOMPARE(after->processedAtMs, first->processedAtMs);
    QCOMPARE(after->messageId, first->messageId);
    QCOMPARE(books->count(QStringLiteral("ingested_transactions")), 1);
}

void TestIngest::ingest_sameMessageTwice_hasOneEffect()
{
    LD_OPEN_BOOKS(books, testBooks());
    const Message message = Books::message(ingestType, validIngestPayload(QStringLiteral("txn-8")), intakeAgent);
    LD_VERIFY_OK(books->apply(message));
    auto redelivered = books->apply(message);
    LD_VERIFY_OK(redelivered);
    QCOMPARE(redelivered->value(QStringLiteral("duplicate")).toBool(), true);
    QCOMPARE(books->count(QStringLiteral("ingested_transactions")), 1);
    QCOMPARE(books->count(QStringLiteral("processed_messages")), 1);
}

void TestIngest::ingest_badPayloads_areRefusedNamingTheFieldAndWriteNothing()
{
    LD_OPEN_BOOKS(books, testBooks());
    const QList<QPair<QString, QJsonValue>> cases {
        {QStringLiteral("transaction_id"), QJsonValue(QJsonValue::Undefined)},
        {QStringLiteral("transaction_id"), QJsonValue(42)},
        {QStringLiteral("source_account"), QJsonValue(QJsonValue::Undefined)},
        {QStringLiteral("destination_account"), QJsonValue(QString())},
        {QStringLiteral("amount"), QJsonValue(QJsonValue::Undefined)},
        {QStringLiteral("amount"), QJsonValue(QStringLiteral("12.345"))},
        {QStringLiteral("amount"), QJsonValue(-5)},
        {QStringLiteral("currency"), QJsonValue(QStringLiteral("XYZ"))},
        {QStringLiteral("merchant"), QJsonValue(7)},
        {QStringLiteral("timestamp"), QJsonValue(QStringLiteral("yesterday"))},
    };
    const Footprint before = Footprint::of(*books);
    for (const auto &[field, value] : cases) {
        QJsonObject payload = validIngestPayload(QStringLiteral("txn-bad"));
        if (value.isUndefined())
            payload.remove(field);
        else
            payload.insert(field, value);
        const QByteArray label = field.toUtf8() + " = " + QJsonDocument(QJsonArray {value}).toJson(QJsonDocument::Compact);
        auto result = books->apply(ingestType, payload, intakeAgent);
        QVERIFY2(!result.isOk(), label.constData());
        QVERIFY2(result.error().kind == Error::Kind::Validation, (label + ": " + describe(result.error())).constData());
        QVERIFY2(result.error().detail == field, (label + ": " + describe(result.error())).constData());
        QVERIFY2(result.error().message.contains(QLatin1Char('"') + field + QLatin1Char('"')),
            (label + ": " + describe(result.error())).constData());
        QCOMPARE(Footprint::of(*books), before);
    }
}

void TestIngest::ingest_jsonNumberAmounts_areTakenExactly()
{
    LD_OPEN_BOOKS(books, testBooks());
    // Through JSON text, as a webhook body or a queued payload carries them.
    const auto carried = [](const QString &id, double amount, const QString &currency) {
        return QJsonDocument::fromJson(QJsonDocument(payloadWith(id, amount, currency)).toJson()).object();
    };
    LD_VERIFY_OK(books->apply(ingestType, carried(QStringLiteral("inr"), 500, QStringLiteral("INR")), intakeAgent));
    LD_VERIFY_OK(books->apply(ingestType, carried(QStringLiteral("usd"), 157.89, QStringLiteral("USD")), intakeAgent));
    auto tooPrecise = books->apply(ingestType, carried(QStringLiteral("float"), 0.1 + 0.2, QStringLiteral("USD")), intakeAgent);
    LD_VERIFY_ERROR(tooPrecise, Error::Kind::Validation);
    QCOMPARE(tooPrecise.error().detail, QStringLiteral("amount"));

    IntakeRepository repository(books->db());
    auto inr = repository.find(QStringLiteral("inr"));
    LD_VERIFY_OK(inr);
    QCOMPARE(inr->amountMinor, 50000);
    QCOMPARE(inr->category, QStringLiteral("medium_value"));
    auto usd = repository.find(QStringLiteral("usd"));
    LD_VERIFY_OK(usd);
    QCOMPARE(usd->amountMinor, 15789);
    LD_VERIFY_ERROR(repository.find(QStringLiteral("float")), Error::Kind::NotFound);
}

void TestIngest::intake_submit_recordsProcessingAndEnqueuesInOneTransaction()
{
    LD_OPEN_BOOKS(books, testBooks());
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    QJsonObject payload = validIngestPayload(QStringLiteral("txn-500"));
    payload.insert(QStringLiteral("amount"), 500);
    payload.insert(QStringLiteral("currency"), QStringLiteral("inr"));
    auto receipt = TransactionIntake(books->db()).submit(payload, now);
    LD_VERIFY_OK(receipt);
    QCOMPARE(receipt->outcome, TransactionIntake::Outcome::Accepted);
    QCOMPARE(receipt->transactionId, QStringLiteral("txn-500"));
    QVERIFY(!receipt->messageId.isEmpty());

    auto stored = IntakeRepository(books->db()).find(QStringLiteral("txn-500"));
    LD_VERIFY_OK(stored);
    QCOMPARE(stored->status, QStringLiteral("PROCESSING"));
    QCOMPARE(stored->category, QString());
    QCOMPARE(stored->processedAtMs, 0);
    QCOMPARE(stored->receivedAtMs, now);
    QCOMPARE(stored->amountMinor, 50000);
    QCOMPARE(stored->currency, QStringLiteral("INR"));
    QCOMPARE(stored->messageId, receipt->messageId);

    QCOMPARE(books->count(QStringLiteral("queue_messages")), 1);
    QCOMPARE(books->scalar(QStringLiteral("SELECT type FROM queue_messages WHERE id = ?"), {receipt->messageId}).toString(),
        ingestType);
    QCOMPARE(books->scalar(QStringLiteral("SELECT agent_id FROM queue_messages WHERE id = ?"), {receipt->messageId}).toString(),
        intakeAgent);
    QCOMPARE(books->scalar(QStringLiteral("SELECT dedupe_key FROM queue_messages WHERE id = ?"), {receipt->messageId}).toString(),
        QStringLiteral("ingest:txn-500"));
    // The queued payload is the canonical one: the amount as a decimal string in its currency.
    const QJsonObject queued = QJsonDocument::fromJson(
        books->scalar(QStringLiteral("SELECT payload FROM queue_messages WHERE id = ?"), {receipt->messageId})
            .toString()
            .toUtf8())
                                   .object();
    QCOMPARE(queued.value(QStringLiteral("amount")).toString(), QStringLiteral("500.00"));
    QCOMPARE(queued.value(QStringLiteral("currency")).toString(), QStringLiteral("INR"));
    QCOMPARE(queued.value(QStringLiteral("timestamp")).toString(), QStringLiteral("2025-01-15T10:30:00.000Z"));
}

void TestIngest::intake_duplicateSubmit_writesNothing()
{
    LD_OPEN_BOOKS(books, testBooks());
    TransactionIntake intake(books->db());
    LD_VERIFY_OK(intake.submit(validIngestPayload(QStringLiteral("dup")), QDateTime::currentMSecsSinceEpoch()));
    const Footprint before = Footprint::of(*books);
    const qint64 dedupeKeys = books->count(QStringLiteral("queue_dedupe"));
    auto again = intake.submit(validIngestPayload(QStringLiteral("dup")), QDateTime::currentMSecsSinceEpoch());
    LD_VERIFY_OK(again);
    QCOMPARE(again->outcome, TransactionIntake::Outcome::Duplicate);
    QVERIFY(again->messageId.isEmpty());
    QCOMPARE(Footprint::of(*books), before);
    QCOMPARE(books->count(QStringLiteral("queue_dedupe")), dedupeKeys);
    auto stored = IntakeRepository(books->db()).find(QStringLiteral("dup"));
    LD_VERIFY_OK(stored);
    QCOMPARE(stored->amountMinor, 25000);
}

void TestIngest::intake_sameIdWithOtherDetails_isAConflictAndWritesNothing_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("value");
    QTest::newRow("amount") << "amount"
                            << "9.99";
    QTest::newRow("currency") << "currency"
                              << "EUR";
    QTest::newRow("source account") << "source_account"
                                    << "acc_user_2";
    QTest::newRow("destination account") << "destination_account"
                                         << "acc_merchant_2";
}

void TestIngest::intake_sameIdWithOtherDetails_isAConflictAndWritesNothing()
{
    QFETCH(QString, field);
    QFETCH(QString, value);
    LD_OPEN_BOOKS(books, testBooks());
    TransactionIntake intake(books->db());
    LD_VERIFY_OK(intake.submit(validIngestPayload(QStringLiteral("T1")), QDateTime::currentMSecsSinceEpoch()));
    const Footprint before = Footprint::of(*books);
    const qint64 dedupeKeys = books->count(QStringLiteral("queue_dedupe"));

    QJsonObject changed = validIngestPayload(QStringLiteral("T1"));
    changed.insert(field, value);
    auto again = intake.submit(changed, QDateTime::currentMSecsSinceEpoch());
    QVERIFY(!again);
    QCOMPARE(again.error().kind, Error::Kind::Conflict);
    QVERIFY2(again.error().message.contains(QLatin1String("T1")), qPrintable(again.error().message));
    QCOMPARE(Footprint::of(*books), before);
    QCOMPARE(books->count(QStringLiteral("queue_dedupe")), dedupeKeys);
    auto stored = IntakeRepository(books->db()).find(QStringLiteral("T1"));
    LD_VERIFY_OK(stored);
    QCOMPARE(stored->amountMinor, 25000);
    QCOMPARE(stored->currency, QStringLiteral("USD"));
}

void TestIngest::intake_badPayload_writesNothing()
{
    LD_OPEN_BOOKS(books, testBooks());
    QJsonObject payload = validIngestPayload(QStringLiteral("bad"));
    payload.insert(QStringLiteral("currency"), QStringLiteral("ZZZ"));
    auto receipt = TransactionIntake(books->db()).submit(payload, QDateTime::currentMSecsSinceEpoch());
    LD_VERIFY_ERROR(receipt, Error::Kind::Validation);
    QCOMPARE(receipt.error().detail, QStringLiteral("currency"));
    QCOMPARE(Footprint::of(*books), Footprint());
    QCOMPARE(books->count(QStringLiteral("queue_dedupe")), 0);
}

void TestIngest::intake_thenProcessor_completesTheRecordedRow()
{
    LD_OPEN_BOOKS(books, testBooks());
    TransactionIntake intake(books->db());
    const qint64 received = QDateTime::currentMSecsSinceEpoch();
    LD_VERIFY_OK(intake.submit(payloadWith(QStringLiteral("a"), QStringLiteral("99.99")), received));
    LD_VERIFY_OK(intake.submit(payloadWith(QStringLiteral("b"), QStringLiteral("100.00")), received));
    LD_VERIFY_OK(intake.submit(payloadWith(QStringLiteral("c"), QStringLiteral("1000.00")), received));

    auto applied = applyQueuedMessages(*books);
    LD_VERIFY_OK(applied);
    QCOMPARE(*applied, 3);
    QCOMPARE(books->count(QStringLiteral("queue_messages")), 0);
    IntakeRepository repository(books->db());
    const QStringList expected {QStringLiteral("standard"), QStringLiteral("medium_value"), QStringLiteral("high_value")};
    const QStringList ids {QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")};
    for (int i = 0; i < ids.size(); ++i) {
        auto stored = repository.find(ids.at(i));
        LD_VERIFY_OK(stored);
        QCOMPARE(stored->status, QStringLiteral("PROCESSED"));
        QCOMPARE(stored->category, expected.at(i));
        QCOMPARE(stored->receivedAtMs, received);
        QVERIFY(stored->processedAtMs >= received);
    }
    QCOMPARE(books->count(QStringLiteral("ingested_transactions")), 3);
}

void TestIngest::intake_insideACallersTransaction_rollsBackWithIt()
{
    LD_OPEN_BOOKS(books, testBooks());
    {
        TransactionGuard outer(books->db());
        QVERIFY(outer.isActive());
        LD_VERIFY_OK(TransactionIntake(books->db())
                         .submit(validIngestPayload(QStringLiteral("gone")), QDateTime::currentMSecsSinceEpoch()));
        // No commit: the caller gives up.
    }
    QCOMPARE(Footprint::of(*books), Footprint());
    QCOMPARE(books->count(QStringLiteral("queue_dedupe")), 0);
    // The id was never taken, so it can come again.
    auto again
        = TransactionIntake(books->db()).submit(validIngestPayload(QStringLiteral("gone")), QDateTime::currentMSecsSinceEpoch());
    LD_VERIFY_OK(again);
    QCOMPARE(again->outcome, TransactionIntake::Outcome::Accepted);
}

void TestIngest::repository_listsRecentPagesAndCounts()
{
    LD_OPEN_BOOKS(books, testBooks());
    TransactionIntake intake(books->db());
    const QStringList amounts {QStringLiteral("5.00"), QStringLiteral("50.00"), QStringLiteral("150.00"),
        QStringLiteral("1500.00"), QStringLiteral("2500.00")};
    for (int i = 0; i < amounts.size(); ++i)
        LD_VERIFY_OK(intake.submit(payloadWith(QStringLiteral("r%1").arg(i), amounts.at(i)), 1'700'000'000'000LL + i));
    // Apply three of the five.
    for (int i = 0; i < 3; ++i)
        LD_VERIFY_OK(books->apply(ingestType, payloadWith(QStringLiteral("r%1").arg(i), amounts.at(i)), intakeAgent));

    IntakeRepository repository(books->db());
    auto firstPage = repository.listRecent(0, 2);
    LD_VERIFY_OK(firstPage);
    QCOMPARE(firstPage->size(), 2);
    QCOMPARE(firstPage->at(0).transactionId, QStringLiteral("r4"));
    QCOMPARE(firstPage->at(1).transactionId, QStringLiteral("r3"));
    auto lastPage = repository.listRecent(4, 2);
    LD_VERIFY_OK(lastPage);
    QCOMPARE(lastPage->size(), 1);
    QCOMPARE(lastPage->at(0).transactionId, QStringLiteral("r0"));

    auto total = repository.count();
    LD_VERIFY_OK(total);
    QCOMPARE(*total, 5);
    auto byStatus = repository.countsByStatus();
    LD_VERIFY_OK(byStatus);
    QCOMPARE(byStatus->value(QStringLiteral("PROCESSED")), 3);
    QCOMPARE(byStatus->value(QStringLiteral("PROCESSING")), 2);
    auto byCategory = repository.countsByCategory();
    LD_VERIFY_OK(byCategory);
    QCOMPARE(byCategory->value(QStringLiteral("standard")), 2);
    QCOMPARE(byCategory->value(QStringLiteral("medium_value")), 1);
    QCOMPARE(byCategory->value(QString()), 2);
    QVERIFY(!byCategory->contains(QStringLiteral("high_value")));

    auto unknown = repository.find(QStringLiteral("nope"));
    LD_VERIFY_ERROR(unknown, Error::Kind::NotFound);
}

void TestIngest::bands_invalidSetting_isRefusedNamingTheSetting()
{
    LD_OPEN_BOOKS(books, testBooks());
    // Written past the settings' own check, as a hand-edited book would be.
    LD_VERIFY_OK(books->execute(QStringLiteral("INSERT INTO settings (key, value) VALUES (?, ?)"),
        {QStringLiteral("bands.high_value"), QStringLiteral("lots")}));
    auto result = books->apply(ingestType, validIngestPayload(QStringLiteral("x")), intakeAgent);
    LD_VERIFY_ERROR(result, Error::Kind::Validation);
    QVERIFY2(result.error().message.contains(QStringLiteral("bands.high_value")), qPrintable(result.error().message));
    QCOMPARE(books->count(QStringLiteral("ingested_transactions")), 0);

    auto bands = CategoryBands::fromText(QStringLiteral("1000.00"), QStringLiteral("1e2"));
    LD_VERIFY_ERROR(bands, Error::Kind::Validation);
    QCOMPARE(bands.error().detail, QStringLiteral("bands.medium_value"));
}

LEDGERDESK_TEST_MAIN_BOTH_BACKENDS(TestIngest)

#include "tst_ingest.moc"
