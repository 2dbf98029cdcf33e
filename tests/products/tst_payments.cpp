#include "payments/paymentrepository.h"
#include "productstest.h"
#include "support/backendtest.h"

#include <QTest>

using namespace Ledgerdesk;
using namespace Ledgerdesk::Test;

namespace {

const QString merchantAccount = QStringLiteral("sys:merchant:USD");

QJsonObject payment(const QString &walletId, const QString &amount, const QString &id = QStringLiteral("P-1"),
    const QString &merchant = QStringLiteral("Blue Bottle Coffee"))
{
    return {{QStringLiteral("payment_id"), id}, {QStringLiteral("wallet_id"), walletId},
        {QStringLiteral("merchant_id"), merchant}, {QStringLiteral("amount"), amount}};
}

qint64 entriesOfKind(Books &books, const QString &kind)
{
    return books.scalar(QStringLiteral("SELECT COUNT(*) FROM journal_entries WHERE kind = ?"), {kind}).toLongLong();
}

} // namespace

// The payment saga through the real queue and processor: PAYMENT_REQUEST stores it PENDING,
// PAYMENT_REQUESTED moves the money or fails, and PAYMENT_SUCCEEDED / PAYMENT_FAILED settle it and
// tell the client.
class TestPayments : public BackendTest
{
    Q_OBJECT

public:
    using BackendTest::BackendTest;

private Q_SLOTS:
    void payment_withinTheBalance_isPendingThenSucceeds();
    void payment_settles_byWhatTheWalletHolds_data();
    void payment_settles_byWhatTheWalletHolds();
    void twoPayments_togetherAboveTheBalance_onlyTheFirstSucceeds();
    void paymentRequest_withBadFields_isDeadLetteredAtOnceWithASentence_data();
    void paymentRequest_withBadFields_isDeadLetteredAtOnceWithASentence();
    void paymentEvent_sentByAnAgent_isRefused();
    void everyPaymentMessage_deliveredTwice_hasOneEffect();
    void eventsRepeatedUnderNewIds_debitAndSettleOnlyOnce();
    void failingPayment_repeatedRequestAfterMoneyArrives_debitsNothing();
    void reversalOfAPaymentsDebit_isRefusedNamingThePayment();
    void clientWithAPaymentInFlight_cannotBeClosed();
};

void TestPayments::payment_withinTheBalance_isPendingThenSucceeds()
{
    LD_OPEN_BOOKS(books, testBooks());
    Desk desk(*books);
    auto ada = desk.customer(QStringLiteral("Ada"), QStringLiteral("100.00"));
    LD_VERIFY_OK(ada);
    PaymentRepository payments(books->db());

    auto request = desk.send(QStringLiteral("PAYMENT_REQUEST"), payment(ada->walletId, QStringLiteral("25.00")));
    LD_VERIFY_OK(request);
    LD_VERIFY_OK(desk.drainOnce());
    auto pending = payments.find(QStringLiteral("P-1"));
    LD_VERIFY_OK(pending);
    QCOMPARE(pending->status, PaymentStatus::Pending);
    QCOMPARE(pending->amountMinor, 2500);
    QCOMPARE(pending->merchantId, QStringLiteral("Blue Bottle Coffee"));
    QCOMPARE(pending->requestedBy, Books::agent);
    QCOMPARE(books->walletBalance(ada->walletId), 10000);
    QCOMPARE(desk.queued(QStringLiteral("PAYMENT_REQUESTED")), 1);

    LD_VERIFY_OK(desk.drain());
    auto settled = payments.find(QStringLiteral("P-1"));
    LD_VERIFY_OK(settled);
    QCOMPARE(settled->status, PaymentStatus::Succeeded);
    QCOMPARE(settled->reason, QString());
    QVERIFY(settled->settledAtMs > 0);
    QCOMPARE(books->walletBalance(ada->walletId), 7500);
    QCOMPARE(books->balanceOf(merchantAccount).value(), 2500);

    // One PAYMENT_OUT entry, the payment's: the wallet −25.00, the merchant settlement account +25.00.
    QCOMPARE(entriesOfKind(*books, QStringLiteral("PAYMENT_OUT")), 1);
    QVERIFY(!settled->entryId.isEmpty());
    QCOMPARE(books->scalar(QStringLiteral("SELECT kind FROM journal_entries WHERE id = ?"), {settled->entryId}).toString(),
        QStringLiteral("PAYMENT_OUT"));
    QCOMPARE(books
                 ->scalar(QStringLiteral("SELECT amount_minor FROM postings WHERE entry_id = ? AND account_id = ?"),
                     {settled->entryId, ada->walletId})
                 .toLongLong(),
        -2500);
    QCOMPARE(books
                 ->scalar(QStringLiteral("SELECT amount_minor FROM postings WHERE entry_id = ? AND account_id = ?"),
                     {settled->entryId, merchantAccount})
                 .toLongLong(),
        2500);

    QCOMPARE(desk.outboxTemplates(ada->clientId, QStringLiteral("payment_")), QStringList {QStringLiteral("payment_succeeded")});
    const QString body = desk.outboxBody(ada->clientId, QStringLiteral("payment_succeeded"));
    QVERIFY2(
        body.contains(QStringLiteral("$25.00 to Blue Bottle Coffee")) && body.contains(QStringLiteral("new balance is $75.00")),
        qPrintable(body));
    for (const QString &action : {QStringLiteral("Create|Payment"), QStringLiteral("Pay|Payment")})
        QVERIFY2(
            books->scalar(QStringLiteral("SELECT COUNT(*) FROM activity_records WHERE action = ?"), {action}).toLongLong() == 1,
            qPrintable(action));
    QCOMPARE(books->count(QStringLiteral("dead_letters")), 0);
    QCOMPARE(books->breaches(), QString());
}

void TestPayments::payment_settles_byWhatTheWalletHolds_data()
{
    QTest::addColumn<QString>("deposit");
    QTest::addColumn<QString>("amount");
    QTest::addColumn<bool>("succeeds");

    QTest::newRow("the whole balance") << QStringLiteral("25.00") << QStringLiteral("25.00") << true;
    QTest::newRow("one cent above the balance") << QStringLiteral("25.00") << QStringLiteral("25.01") << false;
    QTest::newRow("far above the balance") << QStringLiteral("10.00") << QStringLiteral("5000.00") << false;
    QTest::newRow("an empty wallet") << QString() << QStringLiteral("0.01") << false;
}

void TestPayments::payment_settles_byWhatTheWalletHolds()
{
    QFETCH(QString, deposit);
    QFETCH(QString, amount);
    QFETCH(bool, succeeds);

    LD_OPEN_BOOKS(books, testBooks());
    Desk desk(*books);
    auto ada = desk.customer(QStringLiteral("Ada"), deposit);
    LD_VERIFY_OK(ada);
    const qint64 balance = books->walletBalance(ada->walletId);
    LD_VERIFY_OK(desk.sendAndDrain(QStringLiteral("PAYMENT_REQUEST"), payment(ada->walletId, amount)));
    QCOMPARE(books->count(QStringLiteral("dead_letters")), 0);

    auto settled = PaymentRepository(books->db()).find(QStringLiteral("P-1"));
    LD_VERIFY_OK(settled);
    if (succeeds) {
        QCOMPARE(settled->status, PaymentStatus::Succeeded);
        QCOMPARE(books->walletBalance(ada->walletId), balance - settled->amountMinor);
        QCOMPARE(books->balanceOf(merchantAccount).value(), settled->amountMinor);
        QCOMPARE(entriesOfKind(*books, QStringLiteral("PAYMENT_OUT")), 1);
    } else {
        QCOMPARE(settled->status, PaymentStatus::Failed);
        QCOMPARE(settled->reason, QStringLiteral("Insufficient funds."));
        QVERIFY(settled->entryId.isEmpty());
        QCOMPARE(books->walletBalance(ada->walletId), balance);
        QCOMPARE(books->scalar(QStringLiteral("SELECT COALESCE(SUM(balance_minor), 0) FROM accounts WHERE kind = 'merchant'"))
                     .toLongLong(),
            0);
        QCOMPARE(entriesOfKind(*books, QStringLiteral("PAYMENT_OUT")), 0);
        QCOMPARE(desk.outboxTemplates(ada->clientId, QStringLiteral("payment_")), QStringList {QStringLiteral("payment_failed")});
        const QString body = desk.outboxBody(ada->clientId, QStringLiteral("payment_failed"));
        QVERIFY2(body.contains(QStringLiteral("to Blue Bottle Coffee failed"))
                && body.contains(QStringLiteral("Reason: Insufficient funds.")),
            qPrintable(body));
        QCOMPARE(
            books->scalar(QStringLiteral("SELECT after_value FROM activity_records WHERE action = 'Fail|Payment'")).toString(),
            QStringLiteral("FAILED: Insufficient funds."));
    }
    QCOMPARE(books->breaches(), QString());
}

void TestPayments::twoPayments_togetherAboveTheBalance_onlyTheFirstSucceeds()
{
    LD_OPEN_BOOKS(books, testBooks());
    Desk desk(*books);
    auto ada = desk.customer(QStringLiteral("Ada"), QStringLiteral("30.00"));
    LD_VERIFY_OK(ada);
    LD_VERIFY_OK(
        desk.send(QStringLiteral("PAYMENT_REQUEST"), payment(ada->walletId, QStringLiteral("20.00"), QStringLiteral("P-1"))));
    LD_VERIFY_OK(
        desk.send(QStringLiteral("PAYMENT_REQUEST"), payment(ada->walletId, QStringLiteral("20.00"), QStringLiteral("P-2"))));
    LD_VERIFY_OK(desk.drain());

    PaymentRepository payments(books->db());
    auto first = payments.find(QStringLiteral("P-1"));
    LD_VERIFY_OK(first);
    auto second = payments.find(QStringLiteral("P-2"));
    LD_VERIFY_OK(second);
    QCOMPARE(first->status, PaymentStatus::Succeeded);
    QCOMPARE(second->status, PaymentStatus::Failed);
    QCOMPARE(second->reason, QStringLiteral("Insufficient funds."));
    QCOMPARE(books->walletBalance(ada->walletId), 1000);
    QCOMPARE(books->balanceOf(merchantAccount).value(), 2000);
    QCOMPARE(books->breaches(), QString());
}

void TestPayments::paymentRequest_withBadFields_isDeadLetteredAtOnceWithASentence_data()
{
    QTest::addColumn<QJsonObject>("payload");
    QTest::addColumn<QString>("reasonPart");

    // An empty wallet id is filled in by the test.
    QTest::newRow("unknown wallet") << payment(QStringLiteral("W-NOBODY"), QStringLiteral("5.00"))
                                    << QStringLiteral("There is no wallet \"W-NOBODY\".");
    QTest::newRow("the bank's own account") << payment(QStringLiteral("sys:cash:USD"),
        QStringLiteral("5.00")) << QStringLiteral("\"sys:cash:USD\" is one of the bank's own accounts, not a client's wallet.");
    QTest::newRow("amount with three decimals")
        << payment({}, QStringLiteral("12.345")) << QStringLiteral("The field \"amount\": ");
    QTest::newRow("zero amount") << payment({}, QStringLiteral("0.00"))
                                 << QStringLiteral("The field \"amount\": the amount must be more than zero.");
    QTest::newRow("negative amount") << payment({}, QStringLiteral("-5.00")) << QStringLiteral("The field \"amount\": ");
    QTest::newRow("amount in words") << payment({}, QStringLiteral("five")) << QStringLiteral("The field \"amount\": ");
    QTest::newRow("amount as a number") << QJsonObject {{QStringLiteral("merchant_id"), QStringLiteral("Shop")},
        {QStringLiteral("amount"), 5}} << QStringLiteral("The field \"amount\" must be text.");
    QTest::newRow("no amount") << QJsonObject {{QStringLiteral("merchant_id"), QStringLiteral("Shop")}}
                               << QStringLiteral("The field \"amount\" is missing.");
    QTest::newRow("no merchant") << QJsonObject {{QStringLiteral("amount"), QStringLiteral("5.00")}}
                                 << QStringLiteral("The field \"merchant_id\" is missing.");
    QTest::newRow("empty merchant") << payment({}, QStringLiteral("5.00"), QStringLiteral("P-1"), QStringLiteral("  "))
                                    << QStringLiteral("The field \"merchant_id\" is empty.");
}

void TestPayments::paymentRequest_withBadFields_isDeadLetteredAtOnceWithASentence()
{
    QFETCH(QJsonObject, payload);
    QFETCH(QString, reasonPart);

    LD_OPEN_BOOKS(books, testBooks());
    Desk desk(*books);
    auto ada = desk.customer(QStringLiteral("Ada"), QStringLiteral("100.00"));
    LD_VERIFY_OK(ada);
    if (payload.value(QStringLiteral("wallet_id")).toString().isEmpty())
        payload.insert(QStringLiteral("wallet_id"), ada->walletId);

    const Snapshot before = desk.snapshot();
    auto request = desk.send(QStringLiteral("PAYMENT_REQUEST"), payload);
    LD_VERIFY_OK(request);
    auto drained = desk.drain();
    LD_VERIFY_OK(drained);
    QCOMPARE(drained->deadLettered, 1);
    QCOMPARE(drained->retried, 0);
    const QString reason = desk.deadLetterReason(request->id);
    QVERIFY2(
        reason.contains(reasonPart), qPrintable(QStringLiteral("the reason \"%1\" should say \"%2\"").arg(reason, reasonPart)));
    QCOMPARE(changesBetween(before, desk.snapshot()), QString());
    QCOMPARE(books->count(QStringLiteral("payments")), 0);
    QCOMPARE(books->walletBalance(ada->walletId), 10000);
}

void TestPayments::paymentEvent_sentByAnAgent_isRefused()
{
    LD_OPEN_BOOKS(books, testBooks());
    Desk desk(*books);
    auto ada = desk.customer(QStringLiteral("Ada"), QStringLiteral("10.00"));
    LD_VERIFY_OK(ada);
    LD_VERIFY_OK(desk.sendAndDrain(QStringLiteral("PAYMENT_REQUEST"), payment(ada->walletId, QStringLiteral("50.00"))));
    QCOMPARE(books->scalar(QStringLiteral("SELECT status FROM payments WHERE id = 'P-1'")).toString(), QStringLiteral("FAILED"));

    // Nobody but the program may declare a payment made, not even a supervisor.
    const Snapshot before = desk.snapshot();
    auto forged = desk.sendAndDrain(QStringLiteral("PAYMENT_SUCCEEDED"),
        {{QStringLiteral("payment_id"), QStringLiteral("P-1")}, {QStringLiteral("balance"), QStringLiteral("0.00")}},
        Books::supervisor);
    LD_VERIFY_OK(forged);
    QCOMPARE(desk.deadLetterReason(forged->id), QStringLiteral("Only the system may publish PAYMENT_SUCCEEDED."));
    QCOMPARE(changesBesidesTheRefusal(before, desk.snapshot()), QString());
}

void TestPayments::everyPaymentMessage_deliveredTwice_hasOneEffect()
{
    LD_OPEN_BOOKS(books, testBooks());
    Desk desk(*books);
    auto ada = desk.customer(QStringLiteral("Ada"), QStringLiteral("100.00"));
    LD_VERIFY_OK(ada);
    LD_VERIFY_OK(desk.sendAndDrain(
        QStringLiteral("PAYMENT_REQUEST"), payment(ada->walletId, QStringLiteral("60.00"), QStringLiteral("P-1"))));
    LD_VERIFY_OK(desk.sendAndDrain(
        QStringLiteral("PAYMENT_REQUEST"), payment(ada->walletId, QStringLiteral("60.00"), QStringLiteral("P-2"))));
    QCOMPARE(desk.seenTypes(),
        (QStringList {QStringLiteral("PAYMENT_FAILED"), QStringLiteral("PAYMENT_REQUEST"), QStringLiteral("PAYMENT_REQUESTED"),
            QStringLiteral("PAYMENT_SUCCEEDED")}));
    QCOMPARE(books->walletBalance(ada->walletId), 4000);

    const Snapshot before = desk.snapshot();
    auto redelivered = desk.redeliverAll();
    LD_VERIFY_OK(redelivered);
    QCOMPARE(*redelivered, 6);
    auto drained = desk.drain();
    LD_VERIFY_OK(drained);
    QCOMPARE(drained->applied, 6);
    QCOMPARE(drained->deadLettered, 0);
    QCOMPARE(changesBetween(before, desk.snapshot()), QString());
    QCOMPARE(books->walletBalance(ada->walletId), 4000);
    QCOMPARE(books->count(QStringLiteral("queue_messages")), 0);
    QCOMPARE(books->breaches(), QString());
}

void TestPayments::eventsRepeatedUnderNewIds_debitAndSettleOnlyOnce()
{
    LD_OPEN_BOOKS(books, testBooks());
    Desk desk(*books);
    auto ada = desk.customer(QStringLiteral("Ada"), QStringLiteral("100.00"));
    LD_VERIFY_OK(ada);
    LD_VERIFY_OK(desk.sendAndDrain(QStringLiteral("PAYMENT_REQUEST"), payment(ada->walletId, QStringLiteral("25.00"))));
    QCOMPARE(books->walletBalance(ada->walletId), 7500);

    // The events again under new ids, so only the handlers can tell they were handled.
    Snapshot before = desk.snapshot();
    const QString system = QStringLiteral("system");
    const QJsonObject paymentId {{QStringLiteral("payment_id"), QStringLiteral("P-1")}};
    auto debit = desk.sendAndDrain(QStringLiteral("PAYMENT_REQUESTED"), paymentId, system);
    LD_VERIFY_OK(debit);
    QCOMPARE(desk.deadLetterReason(debit->id), QString());
    for (const QString &type : {QStringLiteral("PAYMENT_SUCCEEDED"), QStringLiteral("PAYMENT_FAILED")}) {
        QJsonObject payload = paymentId;
        payload.insert(QStringLiteral("reason"), QStringLiteral("Insufficient funds."));
        auto settle = desk.sendAndDrain(type, payload, system);
        LD_VERIFY_OK(settle);
        QCOMPARE(desk.deadLetterReason(settle->id), QStringLiteral("The payment P-1 is SUCCEEDED already."));
    }

    Snapshot after = desk.snapshot();
    before.remove(QStringLiteral("processed_messages"));
    after.remove(QStringLiteral("processed_messages"));
    QCOMPARE(changesBetween(before, after), QString());
    QCOMPARE(books->walletBalance(ada->walletId), 7500);
    QCOMPARE(
        books->scalar(QStringLiteral("SELECT status FROM payments WHERE id = 'P-1'")).toString(), QStringLiteral("SUCCEEDED"));
    QCOMPARE(books->breaches(), QString());
}

void TestPayments::failingPayment_repeatedRequestAfterMoneyArrives_debitsNothing()
{
    LD_OPEN_BOOKS(books, testBooks());
    Desk desk(*books);
    auto ada = desk.customer(QStringLiteral("Ada"), QStringLiteral("10.00"));
    LD_VERIFY_OK(ada);
    LD_VERIFY_OK(desk.send(QStringLiteral("PAYMENT_REQUEST"), payment(ada->walletId, QStringLiteral("25.00"))));
    LD_VERIFY_OK(desk.drainOnce()); // PENDING, PAYMENT_REQUESTED queued
    LD_VERIFY_OK(desk.drainOnce()); // refused for want of money: PAYMENT_FAILED queued, still PENDING
    QCOMPARE(PaymentRepository(books->db()).find(QStringLiteral("P-1"))->status, PaymentStatus::Pending);

    // Money arrives, and the request event comes again before the failure is settled.
    LD_VERIFY_OK(books->deposit(ada->walletId, QStringLiteral("100.00")));
    LD_VERIFY_OK(desk.send(
        QStringLiteral("PAYMENT_REQUESTED"), {{QStringLiteral("payment_id"), QStringLiteral("P-1")}}, QStringLiteral("system")));
    LD_VERIFY_OK(desk.drain());

    auto settled = PaymentRepository(books->db()).find(QStringLiteral("P-1"));
    LD_VERIFY_OK(settled);
    QCOMPARE(settled->status, PaymentStatus::Failed);
    QCOMPARE(settled->reason, QStringLiteral("Insufficient funds."));
    QCOMPARE(entriesOfKind(*books, QStringLiteral("PAYMENT_OUT")), 0);
    QCOMPARE(books->walletBalance(ada->walletId), 11000);
    QCOMPARE(books->breaches(), QString());
}

void TestPayments::reversalOfAPaymentsDebit_isRefusedNamingThePayment()
{
    LD_OPEN_BOOKS(books, testBooks());
    Desk desk(*books);
    auto ada = desk.customer(QStringLiteral("Ada"), QStringLiteral("100.00"));
    LD_VERIFY_OK(ada);
    LD_VERIFY_OK(desk.sendAndDrain(QStringLiteral("PAYMENT_REQUEST"), payment(ada->walletId, QStringLiteral("25.00"))));
    auto paid = PaymentRepository(books->db()).find(QStringLiteral("P-1"));
    LD_VERIFY_OK(paid);
    QCOMPARE(paid->status, PaymentStatus::Succeeded);

    const Snapshot before = desk.snapshot();
    auto reversal = desk.sendAndDrain(QStringLiteral("ENTRY_REVERSE"),
        {{QStringLiteral("entry_id"), paid->entryId}, {QStringLiteral("reason"), QStringLiteral("Client disputes it")}},
        Books::supervisor);
    LD_VERIFY_OK(reversal);
    QCOMPARE(desk.deadLetterReason(reversal->id),
        QStringLiteral("This entry belongs to a payment (“Payment P-1 to Blue Bottle Coffee”): reversing it would return the "
                       "money while the payment stays paid. A payment is not reversed; a refund from the merchant is paid in "
                       "with a deposit."));
    QCOMPARE(changesBetween(before, desk.snapshot()), QString());
    QCOMPARE(books->walletBalance(ada->walletId), 7500);
    QCOMPARE(books->breaches(), QString());
}

void TestPayments::clientWithAPaymentInFlight_cannotBeClosed()
{
    LD_OPEN_BOOKS(books, testBooks());
    Desk desk(*books);
    auto ada = desk.customer(QStringLiteral("Ada"), QStringLiteral("25.00"));
    LD_VERIFY_OK(ada);
    // Requested, the money not yet taken.
    LD_VERIFY_OK(desk.send(QStringLiteral("PAYMENT_REQUEST"), payment(ada->walletId, QStringLiteral("25.00"))));
    LD_VERIFY_OK(desk.drainOnce());
    QCOMPARE(desk.queued(QStringLiteral("PAYMENT_REQUESTED")), 1);
    auto whilePaying = books->apply(QStringLiteral("CLIENT_DELETE"), {{QStringLiteral("client_id"), ada->clientId}});
    LD_VERIFY_ERROR(whilePaying, Error::Kind::Conflict);
    QCOMPARE(whilePaying.error().message,
        QStringLiteral("Ada Lovelace cannot be closed while anything of theirs is open: wallet %1 holds 25.00 USD; payment P-1 "
                       "of 25.00 USD to Blue Bottle Coffee is still being made. Settle or close each first.")
            .arg(ada->walletId));

    // Paid: the wallet is empty and nothing is in flight.
    LD_VERIFY_OK(desk.drain());
    QCOMPARE(PaymentRepository(books->db()).find(QStringLiteral("P-1")).value().status, PaymentStatus::Succeeded);
    auto closed = desk.sendAndDrain(QStringLiteral("CLIENT_DELETE"), {{QStringLiteral("client_id"), ada->clientId}});
    LD_VERIFY_OK(closed);
    QCOMPARE(desk.deadLetterReason(closed->id), QString());
    QCOMPARE(books->breaches(), QString());
}

LEDGERDESK_TEST_MAIN_BOTH_BACKENDS(TestPayments)
#include "tst_payments.moc"
