#include "activity/activityrepository.h"
#include "commands/commandgateway.h"
#include "commands/handlercontext.h"
#include "commands/processor.h"
#include "commands/queuemessages.h"
#include "core/ids.h"
#include "queue/queue.h"
#include "support/backendtest.h"

#include <QJsonDocument>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>

using namespace Ledgerdesk;
using namespace Ledgerdesk::Test;

namespace {

// Long enough that only wake(), a NOTIFY or a full batch can make the processor drain in a test.
constexpr int noPolling = 3600 * 1000;

// Everything one applied money message writes; a redelivery must leave all of it as it was.
struct Footprint
{
    qint64 balance = 0;
    qint64 entries = 0;
    qint64 postings = 0;
    qint64 records = 0;
    qint64 processed = 0;
    qint64 outbox = 0;
    qint64 queued = 0;

    static Footprint of(Books &books, const QString &wallet)
    {
        return {books.walletBalance(wallet), books.count(QStringLiteral("journal_entries")),
            books.count(QStringLiteral("postings")), books.count(QStringLiteral("activity_records")),
            books.count(QStringLiteral("processed_messages")), books.count(QStringLiteral("outbox")),
            books.count(QStringLiteral("queue_messages"))};
    }
    bool operator==(const Footprint &) const = default;
};

char *toString(const Footprint &f)
{
    return qstrdup(QStringLiteral("balance %1, entries %2, postings %3, records %4, processed %5, outbox %6, queued %7")
                       .arg(f.balance)
                       .arg(f.entries)
                       .arg(f.postings)
                       .arg(f.records)
                       .arg(f.processed)
                       .arg(f.outbox)
                       .arg(f.queued)
                       .toUtf8()
                       .constData());
}

QString describeReport(const Processor::Report &r)
{
    return QStringLiteral("claimed %1, applied %2, dead-lettered %3, retried %4")
        .arg(r.claimed)
        .arg(r.applied)
        .arg(r.deadLettered)
        .arg(r.retried);
}

Processor::Report report(int claimed, int applied, int deadLettered, int retried)
{
    Processor::Report r;
    r.claimed = claimed;
    r.applied = applied;
    r.deadLettered = deadLettered;
    r.retried = retried;
    return r;
}

bool sameReport(const Processor::Report &a, const Processor::Report &b)
{
    return a.claimed == b.claimed && a.applied == b.applied && a.deadLettered == b.deadLettered && a.retried == b.retried;
}

// How many messages each batch that found any claimed, from a spy on Processor::batchFinished.
QList<int> claimedPerBatch(const QSignalSpy &finished)
{
    QList<int> claimed;
    for (const QList<QVariant> &arguments : finished) {
        if (const int n = arguments.at(0).value<Processor::Report>().claimed; n > 0)
            claimed << n;
    }
    return claimed;
}

// Fails the test function unless a Processor::Report has the expected counts.
#define LD_COMPARE_REPORT(actual, expected)                                                                                      \
    QVERIFY2(sameReport((actual), (expected)),                                                                                   \
        qPrintable(QStringLiteral("got %1; expected %2").arg(describeReport(actual), describeReport(expected))))

Message depositMessage(const QString &wallet, const QString &amount)
{
    return Books::message(QStringLiteral("DEPOSIT"), {{QStringLiteral("wallet_id"), wallet}, {QStringLiteral("amount"), amount}},
        Books::agent, Ids::nowMs());
}

// Stores a message row exactly as given, bypassing Queue::enqueue: a payload that is not JSON, or a
// second delivery of a message that was applied already (same id, type and payload).
Result<void> insertRaw(
    Books &books, const QString &id, const QString &type, const QString &payload, const QString &agentId = Books::agent)
{
    const qint64 now = Ids::nowMs();
    return books.execute(QStringLiteral("INSERT INTO queue_messages (id, type, payload, agent_id, enqueued_at_ms, visible_at_ms) "
                                        "VALUES (?, ?, ?, ?, ?, ?)"),
        {id, type, payload, agentId, now, now});
}

Result<void> redeliver(Books &books, const Message &message)
{
    return insertRaw(books, message.id, message.type,
        QString::fromUtf8(QJsonDocument(message.payload).toJson(QJsonDocument::Compact)), message.agentId);
}

qint64 recordCount(Books &books, const QString &action)
{
    return books.scalar(QStringLiteral("SELECT COUNT(*) FROM activity_records WHERE action = ?"), {action}).toLongLong();
}

// A pair of test handlers for publish(): TEST_PING publishes TEST_PONG (and then refuses when its
// payload says "refuse"); TEST_PONG, which only the system may send, writes a Pong|Test record.
void registerPingPong(CommandExecutor &executor)
{
    MessageType ping;
    ping.name = QStringLiteral("TEST_PING");
    ping.handle = [](HandlerContext &context) -> Result<QJsonObject> {
        if (auto ok = context.publish(QStringLiteral("TEST_PONG"), {{QStringLiteral("ping_id"), context.message().id}}); !ok)
            return ok.error();
        if (context.payload().value(QStringLiteral("refuse")).toBool())
            return makeError(Error::Kind::Validation, QStringLiteral("Refused after publishing."));
        return QJsonObject {{QStringLiteral("published"), true}};
    };
    MessageType pong;
    pong.name = QStringLiteral("TEST_PONG");
    pong.permission = Permission::System;
    pong.handle = [](HandlerContext &context) -> Result<QJsonObject> {
        if (auto ok = context.record(QStringLiteral("Pong|Test"), {}, QStringLiteral("ping_id"), {},
                context.payload().value(QStringLiteral("ping_id")).toString());
            !ok)
            return ok.error();
        return QJsonObject {};
    };
    executor.registerTypes({ping, pong});
}

} // namespace

class TestProcessor : public BackendTest
{
    Q_OBJECT

public:
    using BackendTest::BackendTest;

private Q_SLOTS:
    void deposit_throughTheProcessor_changesTheBalanceAndLeavesTheQueue();
    void redeliveredMessage_isAppliedOnce();
    void malformedMessages_inABatch_areDeadLetteredAndTheRestApplied();
    void transientFailure_isRetriedAfterABackoff_thenDeadLetteredAtTheLimit();
    void publishedEvent_isAppliedByTheNextRoundExactlyOnce();
    void refusedHandler_publishesNothing();
    void systemEvent_sentByAnAgent_isDeadLettered();
    void signals_reportEachOutcomeAfterTheCommit();
    void pause_holdsTheQueue_resume_drainsIt();
    void wake_drainsFromTheEventLoop();
    void queueLongerThanABatch_isDrainedInRounds();
    void messageFromAnotherConnection_isApplied();
    void gateway_reportsItsOwnCommandsAppliedOrRefused();

private:
    // A client with an open USD wallet holding `amount`; the wallet id, or empty after a failure.
    QString fundedWallet(Books &books, const QString &amount = {}, const QString &firstName = QStringLiteral("Ada"));
};

QString TestProcessor::fundedWallet(Books &books, const QString &amount, const QString &firstName)
{
    auto client = books.createClient(firstName, QStringLiteral("Lovelace"));
    if (!client)
        return {};
    auto wallet = books.openWallet(*client);
    if (!wallet)
        return {};
    if (!amount.isEmpty() && !books.deposit(*wallet, amount))
        return {};
    return *wallet;
}

void TestProcessor::deposit_throughTheProcessor_changesTheBalanceAndLeavesTheQueue()
{
    LD_OPEN_BOOKS(books, testBooks());
    const QString wallet = fundedWallet(*books, QStringLiteral("100.00"));
    QVERIFY(!wallet.isEmpty());
    const Message message = depositMessage(wallet, QStringLiteral("25.50"));
    LD_VERIFY_OK(Queue(books->db()).enqueue(message));
    QCOMPARE(books->walletBalance(wallet), qint64(10000));

    Processor processor(books->db(), books->executor());
    auto drained = processor.drainAll();
    LD_VERIFY_OK(drained);
    LD_COMPARE_REPORT(*drained, report(1, 1, 0, 0));

    QCOMPARE(books->walletBalance(wallet), qint64(12550));
    QCOMPARE(books->count(QStringLiteral("queue_messages")), qint64(0));
    QCOMPARE(books->count(QStringLiteral("dead_letters")), qint64(0));
    QCOMPARE(books->scalar(QStringLiteral("SELECT type FROM processed_messages WHERE message_id = ?"), {message.id}).toString(),
        QStringLiteral("DEPOSIT"));
    QCOMPARE(books->scalar(QStringLiteral("SELECT COUNT(*) FROM journal_entries WHERE source_message_id = ?"), {message.id})
                 .toLongLong(),
        qint64(1));
    QCOMPARE(books->breaches(), QString());
}

void TestProcessor::redeliveredMessage_isAppliedOnce()
{
    LD_OPEN_BOOKS(books, testBooks());
    const QString wallet = fundedWallet(*books, QStringLiteral("100.00"));
    QVERIFY(!wallet.isEmpty());
    const Message message = depositMessage(wallet, QStringLiteral("40.00"));
    LD_VERIFY_OK(Queue(books->db()).enqueue(message));
    Processor processor(books->db(), books->executor());
    QSignalSpy applied(&processor, &Processor::applied);

    auto first = processor.drainAll();
    LD_VERIFY_OK(first);
    LD_COMPARE_REPORT(*first, report(1, 1, 0, 0));
    QCOMPARE(books->walletBalance(wallet), qint64(14000));
    const Footprint afterFirst = Footprint::of(*books, wallet);
    QCOMPARE(afterFirst.queued, qint64(0));

    // The queue delivers the same message again (a processor died after applying, say).
    LD_VERIFY_OK(redeliver(*books, message));
    QCOMPARE(books->count(QStringLiteral("queue_messages")), qint64(1));
    auto second = processor.drainAll();
    LD_VERIFY_OK(second);
    LD_COMPARE_REPORT(*second, report(1, 1, 0, 0));

    QCOMPARE(Footprint::of(*books, wallet), afterFirst);
    QCOMPARE(recordCount(*books, QStringLiteral("Deposit|Wallet")), qint64(2)); // the arranging deposit and this one
    QCOMPARE(books->count(QStringLiteral("dead_letters")), qint64(0));
    QCOMPARE(applied.size(), 2);
    const QJsonObject firstResult = applied.at(0).at(2).toJsonObject();
    const QJsonObject secondResult = applied.at(1).at(2).toJsonObject();
    QCOMPARE(applied.at(1).at(0).toString(), message.id);
    QVERIFY2(secondResult.value(QStringLiteral("duplicate")).toBool(), "a redelivery must be reported as a duplicate");
    QCOMPARE(secondResult.value(QStringLiteral("entry_id")), firstResult.value(QStringLiteral("entry_id")));
    QCOMPARE(books->breaches(), QString());
}

void TestProcessor::malformedMessages_inABatch_areDeadLetteredAndTheRestApplied()
{
    LD_OPEN_BOOKS(books, testBooks());
    const QString wallet = fundedWallet(*books);
    QVERIFY(!wallet.isEmpty());
    Queue queue(books->db());

    // In id order: good, bad, good, bad, ... so every bad message sits between good ones of one batch.
    struct Bad
    {
        QString id;
        QString type;
        QString reasonPart;
    };
    QList<Bad> bad;
    QStringList good;
    qint64 expected = 0;
    const auto enqueueGood = [&](int cents) -> Result<bool> {
        const Message message
            = depositMessage(wallet, QStringLiteral("%1.%2").arg(cents / 100).arg(cents % 100, 2, 10, QLatin1Char('0')));
        good << message.id;
        expected += cents;
        return queue.enqueue(message);
    };
    LD_VERIFY_OK(enqueueGood(1001));

    bad.append({Ids::next(), QStringLiteral("DEPOSIT"), QStringLiteral("not a JSON object")});
    LD_VERIFY_OK(insertRaw(*books, bad.last().id, bad.last().type,
        QStringLiteral("{\"wallet_id\": \"") + wallet + QStringLiteral("\", \"amount\": ")));
    LD_VERIFY_OK(enqueueGood(2002));

    bad.append({Ids::next(), QStringLiteral("DEPOSIT"), QStringLiteral("not a JSON object")});
    LD_VERIFY_OK(
        insertRaw(*books, bad.last().id, bad.last().type, QStringLiteral("[\"") + wallet + QStringLiteral("\", \"5.00\"]")));
    LD_VERIFY_OK(enqueueGood(3003));

    Message unknownType = Books::message(QStringLiteral("DEPOSITT"),
        {{QStringLiteral("wallet_id"), wallet}, {QStringLiteral("amount"), QStringLiteral("5.00")}}, Books::agent, Ids::nowMs());
    bad.append({unknownType.id, unknownType.type, QStringLiteral("\"DEPOSITT\" is not a known message type")});
    LD_VERIFY_OK(queue.enqueue(unknownType));
    LD_VERIFY_OK(enqueueGood(4004));

    const Message subCent = depositMessage(wallet, QStringLiteral("12.345"));
    bad.append({subCent.id, subCent.type, QStringLiteral("\"amount\"")});
    LD_VERIFY_OK(queue.enqueue(subCent));
    LD_VERIFY_OK(enqueueGood(5005));

    const Message noWallet = depositMessage(QStringLiteral("W-NOBODY"), QStringLiteral("5.00"));
    bad.append({noWallet.id, noWallet.type, QStringLiteral("W-NOBODY")});
    LD_VERIFY_OK(queue.enqueue(noWallet));
    LD_VERIFY_OK(enqueueGood(6006));

    const Footprint before = Footprint::of(*books, wallet);
    Processor processor(books->db(), books->executor());
    auto drained = processor.drainBatch();
    LD_VERIFY_OK(drained);
    LD_COMPARE_REPORT(*drained, report(11, 6, 5, 0));

    QCOMPARE(books->walletBalance(wallet), expected);
    QCOMPARE(books->count(QStringLiteral("queue_messages")), qint64(0));
    const Footprint after = Footprint::of(*books, wallet);
    QCOMPARE(after.entries - before.entries, qint64(6));
    QCOMPARE(after.postings - before.postings, qint64(12));
    QCOMPARE(after.processed - before.processed, qint64(6));
    for (const QString &id : std::as_const(good))
        QVERIFY2(
            books->scalar(QStringLiteral("SELECT COUNT(*) FROM processed_messages WHERE message_id = ?"), {id}).toLongLong() == 1,
            qPrintable(QStringLiteral("the good message %1 was not applied").arg(id)));

    auto letters = queue.deadLetters();
    LD_VERIFY_OK(letters);
    QCOMPARE(letters->size(), bad.size());
    for (const Bad &expectedLetter : std::as_const(bad)) {
        const auto letter
            = std::find_if(letters->cbegin(), letters->cend(), [&](const DeadLetter &l) { return l.id == expectedLetter.id; });
        QVERIFY2(letter != letters->cend(), qPrintable(QStringLiteral("no dead letter for %1").arg(expectedLetter.reasonPart)));
        QCOMPARE(letter->type, expectedLetter.type);
        QVERIFY2(letter->reason.contains(expectedLetter.reasonPart),
            qPrintable(QStringLiteral("the reason \"%1\" should mention %2").arg(letter->reason, expectedLetter.reasonPart)));
        QCOMPARE(books->scalar(QStringLiteral("SELECT COUNT(*) FROM processed_messages WHERE message_id = ?"), {letter->id})
                     .toLongLong(),
            qint64(0));
    }
    QCOMPARE(books->breaches(), QString());
}

void TestProcessor::transientFailure_isRetriedAfterABackoff_thenDeadLetteredAtTheLimit()
{
    LD_OPEN_BOOKS(books, testBooks());
    const QString wallet = fundedWallet(*books, QStringLiteral("10.00"));
    QVERIFY(!wallet.isEmpty());

    // A transient database failure inside the handler, while the rest of the batch goes on. On
    // PostgreSQL it is real: another connection holds the wallet's row lock and the processor's
    // connection gives up after lock_timeout. SQLite has a single writer (the batch holds it), so
    // nothing can block a handler there; a trigger makes the wallet's update fail instead.
    std::unique_ptr<Database> holder;
    const auto block = [&]() -> Result<void> {
        if (backend() == Backend::Postgres) {
            auto opened = Database::open(books->db().location());
            if (!opened)
                return opened.error();
            holder = std::move(opened).value();
            if (auto ok = holder->execRaw(QStringLiteral("BEGIN"), QStringLiteral("begin")); !ok)
                return ok;
            QSqlQuery lock(holder->connection());
            lock.prepare(QStringLiteral("SELECT balance_minor FROM accounts WHERE id = ? FOR UPDATE"));
            lock.addBindValue(wallet);
            return holder->exec(lock, QStringLiteral("lock the wallet"));
        }
        return books->execute(QStringLiteral("CREATE TRIGGER test_wallet_busy BEFORE UPDATE ON accounts WHEN NEW.id = '%1' "
                                             "BEGIN SELECT RAISE(ABORT, 'database is locked'); END")
                                  .arg(wallet));
    };
    const auto unblock = [&]() -> Result<void> {
        if (backend() == Backend::Postgres) {
            holder.reset(); // closing the connection rolls its transaction back
            return {};
        }
        return books->execute(QStringLiteral("DROP TRIGGER test_wallet_busy"));
    };
    if (backend() == Backend::Postgres)
        LD_VERIFY_OK(books->db().execRaw(QStringLiteral("SET lock_timeout = '200ms'"), QStringLiteral("lock_timeout")));

    const QString other = fundedWallet(*books, {}, QStringLiteral("Grace"));
    QVERIFY(!other.isEmpty());
    const Message blocked = depositMessage(wallet, QStringLiteral("5.00"));
    const Message unaffected = depositMessage(other, QStringLiteral("7.00"));
    LD_VERIFY_OK(Queue(books->db()).enqueue(blocked));
    LD_VERIFY_OK(Queue(books->db()).enqueue(unaffected));

    Processor processor(books->db(), books->executor());
    QSignalSpy failed(&processor, &Processor::failed);
    LD_VERIFY_OK(block());
    const qint64 startedAt = Ids::nowMs();
    auto first = processor.drainBatch();
    const qint64 finishedAt = Ids::nowMs();
    LD_VERIFY_OK(first);
    LD_COMPARE_REPORT(*first, report(2, 1, 0, 1));
    QCOMPARE(books->walletBalance(other), qint64(700));
    QCOMPARE(books->walletBalance(wallet), qint64(1000));
    QCOMPARE(failed.size(), 1);
    QCOMPARE(failed.at(0).at(0).toString(), blocked.id);
    QCOMPARE(failed.at(0).at(3).toBool(), false);

    // Back in the queue, hidden for the first backoff (1 s), with the error kept.
    QCOMPARE(books->count(QStringLiteral("queue_messages")), qint64(1));
    QCOMPARE(books->count(QStringLiteral("dead_letters")), qint64(0));
    const qint64 visibleAt
        = books->scalar(QStringLiteral("SELECT visible_at_ms FROM queue_messages WHERE id = ?"), {blocked.id}).toLongLong();
    QVERIFY2(visibleAt >= startedAt + Queue::backoffMs(1) && visibleAt <= finishedAt + Queue::backoffMs(1),
        qPrintable(QStringLiteral("visible again at %1, expected %2 to %3")
                       .arg(visibleAt)
                       .arg(startedAt + Queue::backoffMs(1))
                       .arg(finishedAt + Queue::backoffMs(1))));
    QVERIFY2(
        !books->scalar(QStringLiteral("SELECT last_error FROM queue_messages WHERE id = ?"), {blocked.id}).toString().isEmpty(),
        "the retried message must keep its error");
    auto hidden = processor.drainBatch();
    LD_VERIFY_OK(hidden);
    QCOMPARE(hidden->claimed, 0);

    // The database recovers and the backoff passes (set here rather than waited for): applied once.
    LD_VERIFY_OK(unblock());
    LD_VERIFY_OK(books->execute(QStringLiteral("UPDATE queue_messages SET visible_at_ms = 0 WHERE id = ?"), {blocked.id}));
    auto retried = processor.drainAll();
    LD_VERIFY_OK(retried);
    LD_COMPARE_REPORT(*retried, report(1, 1, 0, 0));
    QCOMPARE(books->walletBalance(wallet), qint64(1500));

    // A message that keeps failing: at its fifth receipt it goes to the dead letters, saying so.
    const Message doomed = depositMessage(wallet, QStringLiteral("1.00"));
    LD_VERIFY_OK(Queue(books->db()).enqueue(doomed));
    LD_VERIFY_OK(books->execute(
        QStringLiteral("UPDATE queue_messages SET receive_count = ? WHERE id = ?"), {Queue::maxReceiveCount - 1, doomed.id}));
    LD_VERIFY_OK(block());
    auto last = processor.drainBatch();
    LD_VERIFY_OK(last);
    LD_COMPARE_REPORT(*last, report(1, 0, 1, 0));
    LD_VERIFY_OK(unblock());
    QCOMPARE(books->count(QStringLiteral("queue_messages")), qint64(0));
    auto letters = Queue(books->db()).deadLetters();
    LD_VERIFY_OK(letters);
    QCOMPARE(letters->size(), 1);
    QCOMPARE(letters->first().id, doomed.id);
    QCOMPARE(letters->first().receiveCount, Queue::maxReceiveCount);
    QVERIFY2(letters->first().reason.contains(QStringLiteral("gave up after 5 attempt")), qPrintable(letters->first().reason));
    QCOMPARE(failed.last().at(0).toString(), doomed.id);
    QCOMPARE(failed.last().at(3).toBool(), true);
    QCOMPARE(books->walletBalance(wallet), qint64(1500));

    // Redriven once the cause is gone, it is applied.
    LD_VERIFY_OK(books->apply(QueueMessages::redrive, {{QStringLiteral("message_id"), doomed.id}}, Books::supervisor));
    auto redriven = processor.drainAll();
    LD_VERIFY_OK(redriven);
    LD_COMPARE_REPORT(*redriven, report(1, 1, 0, 0));
    QCOMPARE(books->walletBalance(wallet), qint64(1600));
    QCOMPARE(books->breaches(), QString());
}

void TestProcessor::publishedEvent_isAppliedByTheNextRoundExactlyOnce()
{
    LD_OPEN_BOOKS(books, testBooks());
    registerPingPong(books->executor());
    const Message ping = Books::message(QStringLiteral("TEST_PING"), {}, Books::agent, Ids::nowMs());
    LD_VERIFY_OK(Queue(books->db()).enqueue(ping));
    Processor processor(books->db(), books->executor());

    auto first = processor.drainBatch();
    LD_VERIFY_OK(first);
    LD_COMPARE_REPORT(*first, report(1, 1, 0, 0));
    // The event waits in the queue for the next round, as the system's.
    QCOMPARE(books->count(QStringLiteral("queue_messages")), qint64(1));
    QCOMPARE(books->scalar(QStringLiteral("SELECT type FROM queue_messages")).toString(), QStringLiteral("TEST_PONG"));
    QCOMPARE(books->scalar(QStringLiteral("SELECT agent_id FROM queue_messages")).toString(), QStringLiteral("system"));
    QCOMPARE(recordCount(*books, QStringLiteral("Pong|Test")), qint64(0));

    auto second = processor.drainBatch();
    LD_VERIFY_OK(second);
    LD_COMPARE_REPORT(*second, report(1, 1, 0, 0));
    QCOMPARE(recordCount(*books, QStringLiteral("Pong|Test")), qint64(1));
    QCOMPARE(
        books->scalar(QStringLiteral("SELECT after_value FROM activity_records WHERE action = 'Pong|Test'")).toString(), ping.id);
    QCOMPARE(books->count(QStringLiteral("queue_messages")), qint64(0));

    // The cause delivered again publishes nothing new.
    LD_VERIFY_OK(redeliver(*books, ping));
    auto again = processor.drainAll();
    LD_VERIFY_OK(again);
    LD_COMPARE_REPORT(*again, report(1, 1, 0, 0));
    QCOMPARE(books->count(QStringLiteral("queue_messages")), qint64(0));
    QCOMPARE(recordCount(*books, QStringLiteral("Pong|Test")), qint64(1));
    QCOMPARE(books->scalar(QStringLiteral("SELECT COUNT(*) FROM processed_messages WHERE type = 'TEST_PONG'")).toLongLong(),
        qint64(1));
}

void TestProcessor::refusedHandler_publishesNothing()
{
    LD_OPEN_BOOKS(books, testBooks());
    registerPingPong(books->executor());
    const Message ping
        = Books::message(QStringLiteral("TEST_PING"), {{QStringLiteral("refuse"), true}}, Books::agent, Ids::nowMs());
    const Message fine = Books::message(QStringLiteral("TEST_PING"), {}, Books::agent, Ids::nowMs());
    LD_VERIFY_OK(Queue(books->db()).enqueue(ping));
    LD_VERIFY_OK(Queue(books->db()).enqueue(fine));
    Processor processor(books->db(), books->executor());

    auto drained = processor.drainAll();
    LD_VERIFY_OK(drained);
    // The refused ping's event was rolled back with it; the other's event was applied.
    LD_COMPARE_REPORT(*drained, report(3, 2, 1, 0));
    QCOMPARE(recordCount(*books, QStringLiteral("Pong|Test")), qint64(1));
    QCOMPARE(
        books->scalar(QStringLiteral("SELECT after_value FROM activity_records WHERE action = 'Pong|Test'")).toString(), fine.id);
    auto letters = Queue(books->db()).deadLetters();
    LD_VERIFY_OK(letters);
    QCOMPARE(letters->size(), 1);
    QCOMPARE(letters->first().id, ping.id);
    QCOMPARE(letters->first().reason, QStringLiteral("Refused after publishing."));
}

void TestProcessor::systemEvent_sentByAnAgent_isDeadLettered()
{
    LD_OPEN_BOOKS(books, testBooks());
    registerPingPong(books->executor());
    const Message forged = Books::message(
        QStringLiteral("TEST_PONG"), {{QStringLiteral("ping_id"), QStringLiteral("forged")}}, Books::supervisor, Ids::nowMs());
    LD_VERIFY_OK(Queue(books->db()).enqueue(forged));
    Processor processor(books->db(), books->executor());

    auto drained = processor.drainAll();
    LD_VERIFY_OK(drained);
    LD_COMPARE_REPORT(*drained, report(1, 0, 1, 0));
    QCOMPARE(recordCount(*books, QStringLiteral("Pong|Test")), qint64(0));
    auto letters = Queue(books->db()).deadLetters();
    LD_VERIFY_OK(letters);
    QCOMPARE(letters->size(), 1);
    QVERIFY2(letters->first().reason.contains(QStringLiteral("Only the system")), qPrintable(letters->first().reason));
}

void TestProcessor::signals_reportEachOutcomeAfterTheCommit()
{
    LD_OPEN_BOOKS(books, testBooks());
    const QString wallet = fundedWallet(*books);
    QVERIFY(!wallet.isEmpty());
    const Message first = depositMessage(wallet, QStringLiteral("1.00"));
    const Message refused = depositMessage(wallet, QStringLiteral("-3.00"));
    const Message second = depositMessage(wallet, QStringLiteral("2.00"));
    for (const Message &message : {first, refused, second})
        LD_VERIFY_OK(Queue(books->db()).enqueue(message));

    // A view reacting to applied() reads the books on its own connection: the change must be there.
    auto reader = Database::open(books->db().location());
    LD_VERIFY_OK(reader);
    QList<qint64> seenByReader;
    Processor processor(books->db(), books->executor());
    connect(&processor, &Processor::applied, this, [&](const QString &, const QString &, const QJsonObject &) {
        QSqlQuery query((*reader)->connection());
        query.prepare(QStringLiteral("SELECT balance_minor FROM accounts WHERE id = ?"));
        query.addBindValue(wallet);
        seenByReader << (query.exec() && query.next() ? query.value(0).toLongLong() : -1);
    });
    QSignalSpy applied(&processor, &Processor::applied);
    QSignalSpy failed(&processor, &Processor::failed);
    QSignalSpy finished(&processor, &Processor::batchFinished);
    QVERIFY(applied.isValid() && failed.isValid() && finished.isValid());

    auto drained = processor.drainBatch();
    LD_VERIFY_OK(drained);
    LD_COMPARE_REPORT(*drained, report(3, 2, 1, 0));

    QCOMPARE(applied.size(), 2);
    QCOMPARE(applied.at(0).at(0).toString(), first.id);
    QCOMPARE(applied.at(0).at(1).toString(), QStringLiteral("DEPOSIT"));
    QCOMPARE(applied.at(0).at(2).toJsonObject().value(QStringLiteral("balance")).toString(), QStringLiteral("1.00"));
    QCOMPARE(applied.at(1).at(0).toString(), second.id);
    QCOMPARE(applied.at(1).at(2).toJsonObject().value(QStringLiteral("balance")).toString(), QStringLiteral("3.00"));
    QCOMPARE(seenByReader, (QList<qint64> {300, 300}));

    QCOMPARE(failed.size(), 1);
    QCOMPARE(failed.at(0).at(0).toString(), refused.id);
    QCOMPARE(failed.at(0).at(1).toString(), QStringLiteral("DEPOSIT"));
    QVERIFY2(failed.at(0).at(2).toString().contains(QStringLiteral("negative")), qPrintable(failed.at(0).at(2).toString()));
    QCOMPARE(failed.at(0).at(3).toBool(), true);

    QCOMPARE(finished.size(), 1);
    LD_COMPARE_REPORT(finished.at(0).at(0).value<Processor::Report>(), report(3, 2, 1, 0));
}

void TestProcessor::pause_holdsTheQueue_resume_drainsIt()
{
    LD_OPEN_BOOKS(books, testBooks());
    const QString wallet = fundedWallet(*books);
    QVERIFY(!wallet.isEmpty());
    Processor processor(books->db(), books->executor());
    processor.setPollInterval(20);
    QSignalSpy pausedChanged(&processor, &Processor::pausedChanged);
    QSignalSpy applied(&processor, &Processor::applied);
    processor.start();
    processor.pause();
    processor.pause();
    QVERIFY(processor.isPaused());
    QCOMPARE(pausedChanged.size(), 1);
    QCOMPARE(pausedChanged.at(0).at(0).toBool(), true);

    LD_VERIFY_OK(Queue(books->db()).enqueue(depositMessage(wallet, QStringLiteral("9.00"))));
    processor.wake();
    // A wake and a dozen polls pass while paused: nothing may be taken.
    QTest::qWait(250);
    QCOMPARE(applied.size(), 0);
    QCOMPARE(books->walletBalance(wallet), qint64(0));
    QCOMPARE(books->scalar(QStringLiteral("SELECT receive_count FROM queue_messages")).toInt(), 0);

    processor.resume();
    QVERIFY(!processor.isPaused());
    QCOMPARE(pausedChanged.size(), 2);
    QCOMPARE(pausedChanged.at(1).at(0).toBool(), false);
    QTRY_COMPARE_WITH_TIMEOUT(applied.size(), 1, 10000);
    QCOMPARE(books->walletBalance(wallet), qint64(900));
}

void TestProcessor::wake_drainsFromTheEventLoop()
{
    LD_OPEN_BOOKS(books, testBooks());
    const QString wallet = fundedWallet(*books);
    QVERIFY(!wallet.isEmpty());
    Processor processor(books->db(), books->executor());
    processor.setPollInterval(noPolling);
    QSignalSpy finished(&processor, &Processor::batchFinished);
    QSignalSpy applied(&processor, &Processor::applied);
    processor.start();
    QTest::qWait(50); // start() drains once; the queue is empty then

    LD_VERIFY_OK(Queue(books->db()).enqueue(depositMessage(wallet, QStringLiteral("4.00"))));
    processor.wake();
    processor.wake();
    // wake() only schedules: the caller (a view's slot) returns before anything is applied.
    QCOMPARE(applied.size(), 0);
    QCOMPARE(books->count(QStringLiteral("queue_messages")), qint64(1));
    QTRY_COMPARE_WITH_TIMEOUT(applied.size(), 1, 10000);
    QCOMPARE(books->walletBalance(wallet), qint64(400));
    QCOMPARE(books->count(QStringLiteral("queue_messages")), qint64(0));
    QCOMPARE(claimedPerBatch(finished), QList<int> {1}); // the two wakes made one batch
}

void TestProcessor::queueLongerThanABatch_isDrainedInRounds()
{
    LD_OPEN_BOOKS(books, testBooks());
    const QString wallet = fundedWallet(*books);
    QVERIFY(!wallet.isEmpty());
    for (int i = 0; i < 25; ++i)
        LD_VERIFY_OK(Queue(books->db()).enqueue(depositMessage(wallet, QStringLiteral("1.00"))));
    Processor processor(books->db(), books->executor());
    processor.setBatchSize(10);
    processor.setPollInterval(noPolling);
    QSignalSpy finished(&processor, &Processor::batchFinished);
    processor.start();

    QTRY_COMPARE_WITH_TIMEOUT(books->walletBalance(wallet), qint64(2500), 10000);
    QTRY_COMPARE_WITH_TIMEOUT(claimedPerBatch(finished), (QList<int> {10, 10, 5}), 10000);
    QCOMPARE(books->count(QStringLiteral("queue_messages")), qint64(0));
}

void TestProcessor::messageFromAnotherConnection_isApplied()
{
    LD_OPEN_BOOKS(books, testBooks());
    const QString wallet = fundedWallet(*books);
    QVERIFY(!wallet.isEmpty());
    Processor processor(books->db(), books->executor());
    // PostgreSQL: the enqueue's NOTIFY wakes the processor, so it needs no polling. SQLite has no
    // notifications between connections: the poll picks the message up.
    processor.setPollInterval(backend() == Backend::Postgres ? noPolling : 50);
    QSignalSpy applied(&processor, &Processor::applied);
    processor.start();
    QTest::qWait(50);

    auto elsewhere = Database::open(books->db().location());
    LD_VERIFY_OK(elsewhere);
    const Message message = depositMessage(wallet, QStringLiteral("8.00"));
    LD_VERIFY_OK(Queue(**elsewhere).enqueue(message));
    QTRY_COMPARE_WITH_TIMEOUT(applied.size(), 1, 10000);
    QCOMPARE(applied.at(0).at(0).toString(), message.id);
    QCOMPARE(books->walletBalance(wallet), qint64(800));
}

void TestProcessor::gateway_reportsItsOwnCommandsAppliedOrRefused()
{
    LD_OPEN_BOOKS(books, testBooks());
    const QString wallet = fundedWallet(*books);
    QVERIFY(!wallet.isEmpty());
    Processor processor(books->db(), books->executor());
    processor.setPollInterval(noPolling);
    CommandGateway gateway(books->db(), processor, Books::agent);
    QSignalSpy submitted(&gateway, &CommandGateway::submitted);
    QSignalSpy applied(&gateway, &CommandGateway::applied);
    QSignalSpy failed(&gateway, &CommandGateway::failed);
    QSignalSpy booksChanged(&gateway, &CommandGateway::booksChanged);
    processor.start();

    const QString id = gateway.submit(
        QStringLiteral("DEPOSIT"), {{QStringLiteral("wallet_id"), wallet}, {QStringLiteral("amount"), QStringLiteral("6.00")}});
    QVERIFY(!id.isEmpty());
    QCOMPARE(submitted.size(), 1);
    QVERIFY2(gateway.isPending(id), "a submitted command is pending until the processor has applied it");
    QTRY_COMPARE_WITH_TIMEOUT(applied.size(), 1, 10000);
    QCOMPARE(applied.at(0).at(0).toString(), id);
    QVERIFY(!gateway.isPending(id));
    QCOMPARE(books->walletBalance(wallet), qint64(600));
    QCOMPARE(booksChanged.size(), 1);
    QCOMPARE(books->scalar(QStringLiteral("SELECT agent_id FROM journal_entries WHERE source_message_id = ?"), {id}).toString(),
        Books::agent);

    const QString refusedId = gateway.submit(
        QStringLiteral("DEPOSIT"), {{QStringLiteral("wallet_id"), wallet}, {QStringLiteral("amount"), QStringLiteral("12.345")}});
    QVERIFY(!refusedId.isEmpty());
    QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, 10000);
    QCOMPARE(failed.at(0).at(0).toString(), refusedId);
    QVERIFY2(failed.at(0).at(2).toString().contains(QStringLiteral("\"amount\"")), qPrintable(failed.at(0).at(2).toString()));
    QVERIFY(!gateway.isPending(refusedId));
    QCOMPARE(applied.size(), 1);
    QCOMPARE(booksChanged.size(), 1);
    QCOMPARE(books->walletBalance(wallet), qint64(600));
}

LEDGERDESK_TEST_MAIN_BOTH_BACKENDS(TestProcessor)

#include "tst_processor.moc"
