#include "productstest.h"
#include "savings/savingsrepository.h"
#include "support/backendtest.h"

#include <QTest>

using namespace Ledgerdesk;
using namespace Ledgerdesk::Test;

namespace {

const QString goalId = QStringLiteral("G-1");
const QString goalAccount = QStringLiteral("sys:goal:G-1");

QJsonObject newGoal(
    const QString &walletId, const QString &target = QStringLiteral("100.00"), const QString &name = QStringLiteral("Bicycle"))
{
    return {{QStringLiteral("goal_id"), goalId}, {QStringLiteral("wallet_id"), walletId}, {QStringLiteral("name"), name},
        {QStringLiteral("target"), target}};
}

QJsonObject goal()
{
    return {{QStringLiteral("goal_id"), goalId}};
}

QJsonObject contribution(const QString &amount)
{
    return {{QStringLiteral("goal_id"), goalId}, {QStringLiteral("amount"), amount}};
}

QString accountStatus(Books &books, const QString &accountId)
{
    return books.scalar(QStringLiteral("SELECT status FROM accounts WHERE id = ?"), {accountId}).toString();
}

qint64 goalReachedMails(Books &books)
{
    return books.scalar(QStringLiteral("SELECT COUNT(*) FROM outbox WHERE template = 'goal_reached'")).toLongLong();
}

} // namespace

// Savings goals through the real queue and processor: money moves wallet -> goal account and back in
// one entry each, a refused step leaves no trace, and the client hears once that the goal was reached.
class TestSavings : public BackendTest
{
    Q_OBJECT

public:
    using BackendTest::BackendTest;

private Q_SLOTS:
    void createGoal_opensAnEmptyGoalWithAnAccountOfItsOwn();
    void add_movesMoneyFromTheWalletIntoTheGoal();
    void add_withoutEnoughMoney_changesAndRecordsNothing();
    void redeem_beforeTheTarget_isRefused();
    void redeem_atOrAfterTheTarget_returnsTheMoneyAndClosesTheGoal_data();
    void redeem_atOrAfterTheTarget_returnsTheMoneyAndClosesTheGoal();
    void delete_refundsWhatTheGoalHolds_data();
    void delete_refundsWhatTheGoalHolds();
    void closedGoal_takesNoMoreMoney();
    void contributionHistory_isKeptInOrder();
    void goalReached_isToldExactlyOnce();
    void goalCommands_withBadFields_areDeadLetteredWithASentence_data();
    void goalCommands_withBadFields_areDeadLetteredWithASentence();
    void everyGoalMessage_deliveredTwice_hasOneEffect();
    void reversalOfAGoalsEntry_isRefusedNamingTheGoal();
    void clientWithAnOpenGoal_cannotBeClosed_data();
    void clientWithAnOpenGoal_cannotBeClosed();
};

void TestSavings::createGoal_opensAnEmptyGoalWithAnAccountOfItsOwn()
{
    LD_OPEN_BOOKS(books, testBooks());
    Desk desk(*books);
    auto ada = desk.customer(QStringLiteral("Ada"), QStringLiteral("50.00"));
    LD_VERIFY_OK(ada);
    auto created = desk.sendAndDrain(QStringLiteral("GOAL_CREATE"), newGoal(ada->walletId, QStringLiteral("250.00")));
    LD_VERIFY_OK(created);
    QCOMPARE(desk.deadLetterReason(created->id), QString());

    auto stored = SavingsRepository(books->db()).find(goalId);
    LD_VERIFY_OK(stored);
    QCOMPARE(stored->name, QStringLiteral("Bicycle"));
    QCOMPARE(stored->walletId, ada->walletId);
    QCOMPARE(stored->clientId, ada->clientId);
    QCOMPARE(stored->targetMinor, 25000);
    QCOMPARE(stored->currentMinor, 0);
    QCOMPARE(stored->status, GoalStatus::Open);
    QCOMPARE(stored->accountId, goalAccount);
    QCOMPARE(accountStatus(*books, goalAccount), QStringLiteral("open"));
    QCOMPARE(books->balanceOf(goalAccount).value(), 0);
    QCOMPARE(books->walletBalance(ada->walletId), 5000);
    QCOMPARE(books->scalar(QStringLiteral("SELECT after_value FROM activity_records WHERE action = 'Create|Goal'")).toString(),
        QStringLiteral("Bicycle: 250.00 USD"));
    QCOMPARE(books->breaches(), QString());
}

void TestSavings::add_movesMoneyFromTheWalletIntoTheGoal()
{
    LD_OPEN_BOOKS(books, testBooks());
    Desk desk(*books);
    auto ada = desk.customer(QStringLiteral("Ada"), QStringLiteral("50.00"));
    LD_VERIFY_OK(ada);
    LD_VERIFY_OK(desk.sendAndDrain(QStringLiteral("GOAL_CREATE"), newGoal(ada->walletId)));
    auto added = desk.sendAndDrain(QStringLiteral("GOAL_ADD"), contribution(QStringLiteral("20.00")));
    LD_VERIFY_OK(added);
    QCOMPARE(desk.deadLetterReason(added->id), QString());

    QCOMPARE(books->walletBalance(ada->walletId), 3000);
    QCOMPARE(books->balanceOf(goalAccount).value(), 2000);
    auto stored = SavingsRepository(books->db()).find(goalId);
    LD_VERIFY_OK(stored);
    QCOMPARE(stored->currentMinor, 2000);
    QCOMPARE(stored->reachedAtMs, 0);
    // One SAVINGS_ADD entry moving 20.00 from the wallet to the goal's account.
    QCOMPARE(books->scalar(QStringLiteral("SELECT COUNT(*) FROM journal_entries WHERE kind = 'SAVINGS_ADD'")).toLongLong(), 1);
    const QString entryId = books->scalar(QStringLiteral("SELECT id FROM journal_entries WHERE kind = 'SAVINGS_ADD'")).toString();
    QCOMPARE(books
                 ->scalar(QStringLiteral("SELECT amount_minor FROM postings WHERE entry_id = ? AND account_id = ?"),
                     {entryId, ada->walletId})
                 .toLongLong(),
        -2000);
    QCOMPARE(books
                 ->scalar(QStringLiteral("SELECT amount_minor FROM postings WHERE entry_id = ? AND account_id = ?"),
                     {entryId, goalAccount})
                 .toLongLong(),
        2000);
    QCOMPARE(books->scalar(QStringLiteral("SELECT after_value FROM activity_records WHERE action = 'Add|Goal'")).toString(),
        QStringLiteral("20.00 USD"));
    QCOMPARE(goalReachedMails(*books), 0);
    QCOMPARE(books->breaches(), QString());
}

void TestSavings::add_withoutEnoughMoney_changesAndRecordsNothing()
{
    LD_OPEN_BOOKS(books, testBooks());
    Desk desk(*books);
    auto ada = desk.customer(QStringLiteral("Ada"), QStringLiteral("30.00"));
    LD_VERIFY_OK(ada);
    LD_VERIFY_OK(desk.sendAndDrain(QStringLiteral("GOAL_CREATE"), newGoal(ada->walletId)));
    LD_VERIFY_OK(desk.sendAndDrain(QStringLiteral("GOAL_ADD"), contribution(QStringLiteral("20.00"))));

    const Snapshot before = desk.snapshot();
    auto added = desk.send(QStringLiteral("GOAL_ADD"), contribution(QStringLiteral("10.01")));
    LD_VERIFY_OK(added);
    auto drained = desk.drain();
    LD_VERIFY_OK(drained);
    QCOMPARE(drained->deadLettered, 1);
    QCOMPARE(drained->retried, 0);
    QCOMPARE(desk.deadLetterReason(added->id),
        QStringLiteral("Insufficient funds: the wallet holds 10.00 USD and the goal needs 10.01 USD."));
    // No activity record, no contribution, no entry, no balance changed.
    QCOMPARE(changesBetween(before, desk.snapshot()), QString());
    QCOMPARE(books->walletBalance(ada->walletId), 1000);
    QCOMPARE(books->balanceOf(goalAccount).value(), 2000);

    // What the wallet holds can still go in.
    LD_VERIFY_OK(desk.sendAndDrain(QStringLiteral("GOAL_ADD"), contribution(QStringLiteral("10.00"))));
    QCOMPARE(books->walletBalance(ada->walletId), 0);
    QCOMPARE(books->balanceOf(goalAccount).value(), 3000);
    QCOMPARE(books->breaches(), QString());
}

void TestSavings::redeem_beforeTheTarget_isRefused()
{
    LD_OPEN_BOOKS(books, testBooks());
    Desk desk(*books);
    auto ada = desk.customer(QStringLiteral("Ada"), QStringLiteral("150.00"));
    LD_VERIFY_OK(ada);
    LD_VERIFY_OK(desk.sendAndDrain(QStringLiteral("GOAL_CREATE"), newGoal(ada->walletId)));
    LD_VERIFY_OK(desk.sendAndDrain(QStringLiteral("GOAL_ADD"), contribution(QStringLiteral("99.99"))));

    const Snapshot before = desk.snapshot();
    auto redeemed = desk.sendAndDrain(QStringLiteral("GOAL_REDEEM"), goal());
    LD_VERIFY_OK(redeemed);
    QCOMPARE(desk.deadLetterReason(redeemed->id),
        QStringLiteral("The goal \"Bicycle\" holds 99.99 USD of its 100.00 USD; it can be redeemed once it is reached."));
    QCOMPARE(changesBetween(before, desk.snapshot()), QString());
    auto stored = SavingsRepository(books->db()).find(goalId);
    LD_VERIFY_OK(stored);
    QCOMPARE(stored->status, GoalStatus::Open);
    QCOMPARE(stored->currentMinor, 9999);
    QCOMPARE(books->breaches(), QString());
}

void TestSavings::redeem_atOrAfterTheTarget_returnsTheMoneyAndClosesTheGoal_data()
{
    QTest::addColumn<QStringList>("adds");
    QTest::addColumn<qint64>("held");

    QTest::newRow("exactly at the target") << QStringList {QStringLiteral("60.00"), QStringLiteral("40.00")} << qint64(10000);
    QTest::newRow("past the target") << QStringList {QStringLiteral("60.00"), QStringLiteral("40.00"), QStringLiteral("25.50")}
                                     << qint64(12550);
    QTest::newRow("past the target in one go") << QStringList {QStringLiteral("150.00")} << qint64(15000);
}

void TestSavings::redeem_atOrAfterTheTarget_returnsTheMoneyAndClosesTheGoal()
{
    QFETCH(QStringList, adds);
    QFETCH(qint64, held);

    LD_OPEN_BOOKS(books, testBooks());
    Desk desk(*books);
    auto ada = desk.customer(QStringLiteral("Ada"), QStringLiteral("200.00"));
    LD_VERIFY_OK(ada);
    LD_VERIFY_OK(desk.sendAndDrain(QStringLiteral("GOAL_CREATE"), newGoal(ada->walletId)));
    for (const QString &amount : std::as_const(adds))
        LD_VERIFY_OK(desk.sendAndDrain(QStringLiteral("GOAL_ADD"), contribution(amount)));
    QCOMPARE(books->balanceOf(goalAccount).value(), held);
    QCOMPARE(books->walletBalance(ada->walletId), 20000 - held);

    auto redeemed = desk.sendAndDrain(QStringLiteral("GOAL_REDEEM"), goal());
    LD_VERIFY_OK(redeemed);
    QCOMPARE(desk.deadLetterReason(redeemed->id), QString());
    QCOMPARE(books->walletBalance(ada->walletId), 20000);
    QCOMPARE(books->balanceOf(goalAccount).value(), 0);
    QCOMPARE(accountStatus(*books, goalAccount), QStringLiteral("closed"));
    auto stored = SavingsRepository(books->db()).find(goalId);
    LD_VERIFY_OK(stored);
    QCOMPARE(stored->status, GoalStatus::Redeemed);
    QCOMPARE(stored->currentMinor, 0);
    QVERIFY(stored->closedAtMs > 0);
    auto history = SavingsRepository(books->db()).contributionsOf(goalId);
    LD_VERIFY_OK(history);
    QCOMPARE(history->constLast().kind, ContributionKind::Redeem);
    QCOMPARE(history->constLast().amountMinor, held);
    QCOMPARE(
        books->scalar(QStringLiteral("SELECT kind FROM journal_entries WHERE id = ?"), {history->constLast().entryId}).toString(),
        QStringLiteral("SAVINGS_REDEEM"));
    QCOMPARE(books->scalar(QStringLiteral("SELECT COUNT(*) FROM activity_records WHERE action = 'Redeem|Goal'")).toLongLong(), 1);
    QCOMPARE(books->breaches(), QString());
}

void TestSavings::delete_refundsWhatTheGoalHolds_data()
{
    QTest::addColumn<QString>("add"); // empty: nothing added
    QTest::addColumn<qint64>("held");

    QTest::newRow("holding money") << QStringLiteral("40.00") << qint64(4000);
    QTest::newRow("past its target") << QStringLiteral("120.00") << qint64(12000);
    QTest::newRow("empty") << QString() << qint64(0);
}

void TestSavings::delete_refundsWhatTheGoalHolds()
{
    QFETCH(QString, add);
    QFETCH(qint64, held);

    LD_OPEN_BOOKS(books, testBooks());
    Desk desk(*books);
    auto ada = desk.customer(QStringLiteral("Ada"), QStringLiteral("200.00"));
    LD_VERIFY_OK(ada);
    LD_VERIFY_OK(desk.sendAndDrain(QStringLiteral("GOAL_CREATE"), newGoal(ada->walletId)));
    if (!add.isEmpty())
        LD_VERIFY_OK(desk.sendAndDrain(QStringLiteral("GOAL_ADD"), contribution(add)));
    QCOMPARE(books->walletBalance(ada->walletId), 20000 - held);
    const qint64 entries = books->count(QStringLiteral("journal_entries"));

    auto deleted = desk.sendAndDrain(QStringLiteral("GOAL_DELETE"), goal());
    LD_VERIFY_OK(deleted);
    QCOMPARE(desk.deadLetterReason(deleted->id), QString());
    QCOMPARE(books->walletBalance(ada->walletId), 20000);
    QCOMPARE(books->balanceOf(goalAccount).value(), 0);
    QCOMPARE(accountStatus(*books, goalAccount), QStringLiteral("closed"));
    auto stored = SavingsRepository(books->db()).find(goalId);
    LD_VERIFY_OK(stored);
    QCOMPARE(stored->status, GoalStatus::Deleted);
    auto history = SavingsRepository(books->db()).contributionsOf(goalId);
    LD_VERIFY_OK(history);
    if (held > 0) {
        QCOMPARE(history->size(), 2);
        QCOMPARE(history->constLast().kind, ContributionKind::Refund);
        QCOMPARE(history->constLast().amountMinor, held);
        QCOMPARE(books->scalar(QStringLiteral("SELECT kind FROM journal_entries WHERE id = ?"), {history->constLast().entryId})
                     .toString(),
            QStringLiteral("SAVINGS_REFUND"));
        QCOMPARE(books->count(QStringLiteral("journal_entries")), entries + 1);
    } else {
        // Nothing to give back: no entry and no contribution.
        QCOMPARE(history->size(), 0);
        QCOMPARE(books->count(QStringLiteral("journal_entries")), entries);
    }
    QCOMPARE(books->scalar(QStringLiteral("SELECT COUNT(*) FROM activity_records WHERE action = 'Delete|Goal'")).toLongLong(), 1);
    QCOMPARE(books->breaches(), QString());
}

void TestSavings::closedGoal_takesNoMoreMoney()
{
    LD_OPEN_BOOKS(books, testBooks());
    Desk desk(*books);
    auto ada = desk.customer(QStringLiteral("Ada"), QStringLiteral("200.00"));
    LD_VERIFY_OK(ada);
    LD_VERIFY_OK(desk.sendAndDrain(QStringLiteral("GOAL_CREATE"), newGoal(ada->walletId)));
    LD_VERIFY_OK(desk.sendAndDrain(QStringLiteral("GOAL_ADD"), contribution(QStringLiteral("100.00"))));
    LD_VERIFY_OK(desk.sendAndDrain(QStringLiteral("GOAL_REDEEM"), goal()));

    const Snapshot before = desk.snapshot();
    const QString closed = QStringLiteral("The savings goal \"Bicycle\" is REDEEMED and can no longer change.");
    for (const QString &type : {QStringLiteral("GOAL_ADD"), QStringLiteral("GOAL_REDEEM"), QStringLiteral("GOAL_DELETE")}) {
        auto refused = desk.sendAndDrain(type, contribution(QStringLiteral("10.00")));
        LD_VERIFY_OK(refused);
        QCOMPARE(desk.deadLetterReason(refused->id), closed);
    }
    QCOMPARE(changesBetween(before, desk.snapshot()), QString());
    QCOMPARE(books->walletBalance(ada->walletId), 20000);
    QCOMPARE(books->breaches(), QString());
}

void TestSavings::contributionHistory_isKeptInOrder()
{
    LD_OPEN_BOOKS(books, testBooks());
    Desk desk(*books);
    auto ada = desk.customer(QStringLiteral("Ada"), QStringLiteral("200.00"));
    LD_VERIFY_OK(ada);
    LD_VERIFY_OK(desk.sendAndDrain(QStringLiteral("GOAL_CREATE"), newGoal(ada->walletId, QStringLiteral("500.00"))));
    // Sent together, applied in one round, in the order they were sent.
    for (const QString &amount : {QStringLiteral("30.00"), QStringLiteral("10.00"), QStringLiteral("20.00")})
        LD_VERIFY_OK(desk.send(QStringLiteral("GOAL_ADD"), contribution(amount)));
    LD_VERIFY_OK(desk.drain());
    LD_VERIFY_OK(desk.sendAndDrain(QStringLiteral("GOAL_ADD"), contribution(QStringLiteral("0.05"))));
    LD_VERIFY_OK(desk.sendAndDrain(QStringLiteral("GOAL_DELETE"), goal()));

    auto history = SavingsRepository(books->db()).contributionsOf(goalId);
    LD_VERIFY_OK(history);
    QStringList seen;
    for (const GoalContribution &step : std::as_const(*history)) {
        seen << contributionKindName(step.kind) + QLatin1Char(' ') + QString::number(step.amountMinor);
        QCOMPARE(step.goalId, goalId);
        QCOMPARE(step.agentId, Books::agent);
        QVERIFY(!step.entryId.isEmpty());
    }
    QCOMPARE(seen,
        (QStringList {QStringLiteral("ADD 3000"), QStringLiteral("ADD 1000"), QStringLiteral("ADD 2000"), QStringLiteral("ADD 5"),
            QStringLiteral("REFUND 6005")}));
    for (qsizetype i = 1; i < history->size(); ++i)
        QVERIFY(history->at(i - 1).createdAtMs <= history->at(i).createdAtMs);
    QCOMPARE(books->walletBalance(ada->walletId), 20000);
    QCOMPARE(books->breaches(), QString());
}

void TestSavings::goalReached_isToldExactlyOnce()
{
    LD_OPEN_BOOKS(books, testBooks());
    Desk desk(*books);
    auto ada = desk.customer(QStringLiteral("Ada"), QStringLiteral("200.00"));
    LD_VERIFY_OK(ada);
    LD_VERIFY_OK(desk.sendAndDrain(QStringLiteral("GOAL_CREATE"), newGoal(ada->walletId)));
    SavingsRepository goals(books->db());

    LD_VERIFY_OK(desk.sendAndDrain(QStringLiteral("GOAL_ADD"), contribution(QStringLiteral("60.00"))));
    QCOMPARE(goalReachedMails(*books), 0);
    LD_VERIFY_OK(desk.sendAndDrain(QStringLiteral("GOAL_ADD"), contribution(QStringLiteral("39.99"))));
    QCOMPARE(goalReachedMails(*books), 0);
    LD_VERIFY_OK(desk.sendAndDrain(QStringLiteral("GOAL_ADD"), contribution(QStringLiteral("0.01"))));
    QCOMPARE(goalReachedMails(*books), 1);
    auto reached = goals.find(goalId);
    LD_VERIFY_OK(reached);
    QVERIFY(reached->reachedAtMs > 0);
    QCOMPARE(desk.outboxTemplates(ada->clientId, QStringLiteral("goal_")), QStringList {QStringLiteral("goal_reached")});
    const QString body = desk.outboxBody(ada->clientId, QStringLiteral("goal_reached"));
    QVERIFY2(body.contains(QStringLiteral("\"Bicycle\"")) && body.contains(QStringLiteral("$100.00")), qPrintable(body));
    QCOMPARE(books->scalar(QStringLiteral("SELECT recipient FROM outbox WHERE template = 'goal_reached'")).toString(),
        QStringLiteral("ada.lovelace@example.com"));

    // More money after the target: no second mail, and the moment it was reached stays.
    LD_VERIFY_OK(desk.sendAndDrain(QStringLiteral("GOAL_ADD"), contribution(QStringLiteral("25.00"))));
    LD_VERIFY_OK(desk.sendAndDrain(QStringLiteral("GOAL_ADD"), contribution(QStringLiteral("1.00"))));
    QCOMPARE(goalReachedMails(*books), 1);
    auto later = goals.find(goalId);
    LD_VERIFY_OK(later);
    QCOMPARE(later->reachedAtMs, reached->reachedAtMs);
    QCOMPARE(later->currentMinor, 12600);
    QCOMPARE(books->breaches(), QString());
}

void TestSavings::goalCommands_withBadFields_areDeadLetteredWithASentence_data()
{
    QTest::addColumn<QString>("type");
    QTest::addColumn<QJsonObject>("payload");
    QTest::addColumn<QString>("reasonPart");

    // An empty wallet id is filled in by the test.
    QTest::newRow("create: unknown wallet") << QStringLiteral("GOAL_CREATE") << newGoal(QStringLiteral("W-NOBODY"))
                                            << QStringLiteral("There is no wallet \"W-NOBODY\".");
    QTest::newRow("create: zero target") << QStringLiteral("GOAL_CREATE") << newGoal({}, QStringLiteral("0.00"))
                                         << QStringLiteral("The field \"target\": the amount must be more than zero.");
    QTest::newRow("create: target with three decimals")
        << QStringLiteral("GOAL_CREATE") << newGoal({}, QStringLiteral("1.005")) << QStringLiteral("The field \"target\": ");
    QTest::newRow("create: blank name") << QStringLiteral("GOAL_CREATE")
                                        << newGoal({}, QStringLiteral("100.00"), QStringLiteral(" "))
                                        << QStringLiteral("The field \"name\" is empty.");
    QTest::newRow("create: name too long") << QStringLiteral("GOAL_CREATE")
                                           << newGoal({}, QStringLiteral("100.00"), QString(81, QLatin1Char('x')))
                                           << QStringLiteral("A goal's name has at most 80 characters.");
    QTest::newRow("create: the same id again")
        << QStringLiteral("GOAL_CREATE") << newGoal({}) << QStringLiteral("A savings goal \"G-1\" exists already.");
    QTest::newRow("add: unknown goal") << QStringLiteral("GOAL_ADD")
                                       << QJsonObject {{QStringLiteral("goal_id"), QStringLiteral("G-404")},
                                              {QStringLiteral("amount"), QStringLiteral("1.00")}}
                                       << QStringLiteral("G-404");
    QTest::newRow("add: negative amount") << QStringLiteral("GOAL_ADD") << contribution(QStringLiteral("-1.00"))
                                          << QStringLiteral("The field \"amount\": ");
    QTest::newRow("add: no amount") << QStringLiteral("GOAL_ADD") << goal() << QStringLiteral("The field \"amount\" is missing.");
    QTest::newRow("redeem: no goal id") << QStringLiteral("GOAL_REDEEM") << QJsonObject {}
                                        << QStringLiteral("The field \"goal_id\" is missing.");
    QTest::newRow("delete: unknown goal") << QStringLiteral("GOAL_DELETE")
                                          << QJsonObject {{QStringLiteral("goal_id"), QStringLiteral("G-404")}}
                                          << QStringLiteral("G-404");
}

void TestSavings::goalCommands_withBadFields_areDeadLetteredWithASentence()
{
    QFETCH(QString, type);
    QFETCH(QJsonObject, payload);
    QFETCH(QString, reasonPart);

    LD_OPEN_BOOKS(books, testBooks());
    Desk desk(*books);
    auto ada = desk.customer(QStringLiteral("Ada"), QStringLiteral("50.00"));
    LD_VERIFY_OK(ada);
    // The goal G-1 exists and holds 10.00.
    LD_VERIFY_OK(desk.sendAndDrain(QStringLiteral("GOAL_CREATE"), newGoal(ada->walletId)));
    LD_VERIFY_OK(desk.sendAndDrain(QStringLiteral("GOAL_ADD"), contribution(QStringLiteral("10.00"))));
    if (payload.contains(QStringLiteral("wallet_id")) && payload.value(QStringLiteral("wallet_id")).toString().isEmpty())
        payload.insert(QStringLiteral("wallet_id"), ada->walletId);

    const Snapshot before = desk.snapshot();
    auto refused = desk.send(type, payload);
    LD_VERIFY_OK(refused);
    auto drained = desk.drain();
    LD_VERIFY_OK(drained);
    QCOMPARE(drained->deadLettered, 1);
    QCOMPARE(drained->retried, 0);
    const QString reason = desk.deadLetterReason(refused->id);
    QVERIFY2(
        reason.contains(reasonPart), qPrintable(QStringLiteral("the reason \"%1\" should say \"%2\"").arg(reason, reasonPart)));
    QCOMPARE(changesBetween(before, desk.snapshot()), QString());
    QCOMPARE(books->breaches(), QString());
}

void TestSavings::everyGoalMessage_deliveredTwice_hasOneEffect()
{
    LD_OPEN_BOOKS(books, testBooks());
    Desk desk(*books);
    auto ada = desk.customer(QStringLiteral("Ada"), QStringLiteral("300.00"));
    LD_VERIFY_OK(ada);
    LD_VERIFY_OK(desk.sendAndDrain(QStringLiteral("GOAL_CREATE"), newGoal(ada->walletId)));
    LD_VERIFY_OK(desk.sendAndDrain(QStringLiteral("GOAL_ADD"), contribution(QStringLiteral("100.00"))));
    LD_VERIFY_OK(desk.sendAndDrain(QStringLiteral("GOAL_REDEEM"), goal()));
    LD_VERIFY_OK(desk.sendAndDrain(QStringLiteral("GOAL_CREATE"),
        {{QStringLiteral("goal_id"), QStringLiteral("G-2")}, {QStringLiteral("wallet_id"), ada->walletId},
            {QStringLiteral("name"), QStringLiteral("Holiday")}, {QStringLiteral("target"), QStringLiteral("1000.00")}}));
    LD_VERIFY_OK(desk.sendAndDrain(QStringLiteral("GOAL_ADD"),
        {{QStringLiteral("goal_id"), QStringLiteral("G-2")}, {QStringLiteral("amount"), QStringLiteral("75.00")}}));
    LD_VERIFY_OK(desk.sendAndDrain(QStringLiteral("GOAL_DELETE"), {{QStringLiteral("goal_id"), QStringLiteral("G-2")}}));
    QCOMPARE(books->count(QStringLiteral("dead_letters")), 0);
    QCOMPARE(desk.seenTypes(),
        (QStringList {QStringLiteral("GOAL_ADD"), QStringLiteral("GOAL_CREATE"), QStringLiteral("GOAL_DELETE"),
            QStringLiteral("GOAL_REDEEM")}));
    QCOMPARE(books->walletBalance(ada->walletId), 30000);
    QCOMPARE(goalReachedMails(*books), 1);

    const Snapshot before = desk.snapshot();
    auto redelivered = desk.redeliverAll();
    LD_VERIFY_OK(redelivered);
    QCOMPARE(*redelivered, 6);
    auto drained = desk.drain();
    LD_VERIFY_OK(drained);
    QCOMPARE(drained->applied, 6);
    QCOMPARE(drained->deadLettered, 0);
    QCOMPARE(changesBetween(before, desk.snapshot()), QString());
    QCOMPARE(goalReachedMails(*books), 1);
    QCOMPARE(books->breaches(), QString());
}

void TestSavings::reversalOfAGoalsEntry_isRefusedNamingTheGoal()
{
    LD_OPEN_BOOKS(books, testBooks());
    Desk desk(*books);
    auto ada = desk.customer(QStringLiteral("Ada"), QStringLiteral("200.00"));
    LD_VERIFY_OK(ada);
    LD_VERIFY_OK(desk.sendAndDrain(QStringLiteral("GOAL_CREATE"), newGoal(ada->walletId)));
    LD_VERIFY_OK(desk.sendAndDrain(QStringLiteral("GOAL_ADD"), contribution(QStringLiteral("40.00"))));
    LD_VERIFY_OK(desk.sendAndDrain(QStringLiteral("GOAL_CREATE"),
        {{QStringLiteral("goal_id"), QStringLiteral("G-2")}, {QStringLiteral("wallet_id"), ada->walletId},
            {QStringLiteral("name"), QStringLiteral("Piano")}, {QStringLiteral("target"), QStringLiteral("500.00")}}));
    LD_VERIFY_OK(desk.sendAndDrain(QStringLiteral("GOAL_ADD"),
        {{QStringLiteral("goal_id"), QStringLiteral("G-2")}, {QStringLiteral("amount"), QStringLiteral("30.00")}}));
    LD_VERIFY_OK(desk.sendAndDrain(QStringLiteral("GOAL_DELETE"), {{QStringLiteral("goal_id"), QStringLiteral("G-2")}}));
    auto added = SavingsRepository(books->db()).contributionsOf(goalId);
    LD_VERIFY_OK(added);
    auto refunded = SavingsRepository(books->db()).contributionsOf(QStringLiteral("G-2"));
    LD_VERIFY_OK(refunded);
    QCOMPARE(added->size(), 1);
    QCOMPARE(refunded->size(), 2);

    const struct
    {
        QString entryId;
        QString sentence;
    } entries[] = {
        {added->first().entryId,
            QStringLiteral("This entry belongs to a savings goal (“Savings goal \"Bicycle\"”): reversing it would take the money "
                           "out behind the goal's back. To give the money back, delete the goal on the Savings page; it "
                           "returns all it holds to the wallet.")},
        {refunded->constLast().entryId,
            QStringLiteral("This entry belongs to a savings goal (“Savings goal \"Piano\"”): it closed the goal and returned its "
                           "money to the wallet. The goal is closed, so the entry is not reversed.")},
    };
    const Snapshot before = desk.snapshot();
    for (const auto &entry : entries) {
        auto reversal = desk.sendAndDrain(QStringLiteral("ENTRY_REVERSE"),
            {{QStringLiteral("entry_id"), entry.entryId}, {QStringLiteral("reason"), QStringLiteral("Not wanted")}},
            Books::supervisor);
        LD_VERIFY_OK(reversal);
        QCOMPARE(desk.deadLetterReason(reversal->id), entry.sentence);
    }
    QCOMPARE(changesBetween(before, desk.snapshot()), QString());
    QCOMPARE(books->balanceOf(goalAccount).value(), 4000);
    QCOMPARE(books->breaches(), QString());
}

void TestSavings::clientWithAnOpenGoal_cannotBeClosed_data()
{
    QTest::addColumn<QString>("add"); // empty: nothing added
    QTest::addColumn<QString>("clause");

    QTest::newRow("holding money") << QStringLiteral("40.00")
                                   << QStringLiteral("savings goal “Bicycle” (G-1) is open and holds 40.00 USD");
    QTest::newRow("empty") << QString() << QStringLiteral("savings goal “Bicycle” (G-1) is open");
}

void TestSavings::clientWithAnOpenGoal_cannotBeClosed()
{
    QFETCH(QString, add);
    QFETCH(QString, clause);

    LD_OPEN_BOOKS(books, testBooks());
    Desk desk(*books);
    auto ada = desk.customer(QStringLiteral("Ada"), add);
    LD_VERIFY_OK(ada);
    LD_VERIFY_OK(desk.sendAndDrain(QStringLiteral("GOAL_CREATE"), newGoal(ada->walletId)));
    if (!add.isEmpty())
        LD_VERIFY_OK(desk.sendAndDrain(QStringLiteral("GOAL_ADD"), contribution(add)));
    QCOMPARE(books->walletBalance(ada->walletId), 0);

    const Snapshot before = desk.snapshot();
    auto refused = desk.sendAndDrain(QStringLiteral("CLIENT_DELETE"), {{QStringLiteral("client_id"), ada->clientId}});
    LD_VERIFY_OK(refused);
    QCOMPARE(desk.deadLetterReason(refused->id),
        QStringLiteral("Ada Lovelace cannot be closed while anything of theirs is open: %1. Settle or close each first.")
            .arg(clause));
    QCOMPARE(changesBetween(before, desk.snapshot()), QString());

    // The goal deleted and what it gave back paid out: the client can go.
    LD_VERIFY_OK(desk.sendAndDrain(QStringLiteral("GOAL_DELETE"), goal()));
    if (!add.isEmpty())
        LD_VERIFY_OK(desk.sendAndDrain(
            QStringLiteral("WITHDRAW"), {{QStringLiteral("wallet_id"), ada->walletId}, {QStringLiteral("amount"), add}}));
    auto closed = desk.sendAndDrain(QStringLiteral("CLIENT_DELETE"), {{QStringLiteral("client_id"), ada->clientId}});
    LD_VERIFY_OK(closed);
    QCOMPARE(desk.deadLetterReason(closed->id), QString());
    QCOMPARE(books->breaches(), QString());
}

LEDGERDESK_TEST_MAIN_BOTH_BACKENDS(TestSavings)
#include "tst_savings.moc"
