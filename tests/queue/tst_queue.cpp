#include "activity/activityrepository.h"
#include "commands/queuemessages.h"
#include "core/ids.h"
#include "queue/queue.h"
#include "storage/transactionguard.h"
#include "support/backendtest.h"

#include <QJsonDocument>
#include <QSet>
#include <QTest>
#include <QThread>

using namespace Ledgerdesk;
using namespace Ledgerdesk::Test;

namespace {

// The queue's clock in these tests: every time is an argument, so nothing sleeps.
constexpr qint64 t0 = 1'700'000'000'000;
constexpr qint64 visibility = 30000;

Message depositMessage(const QString &amount = QStringLiteral("10.00"), qint64 createdAtMs = t0)
{
    return Books::message(QStringLiteral("DEPOSIT"),
        {{QStringLiteral("wallet_id"), QStringLiteral("W-1")}, {QStringLiteral("amount"), amount}}, Books::agent, createdAtMs);
}

QStringList idsOf(const QList<ClaimedMessage> &claimed)
{
    QStringList ids;
    for (const ClaimedMessage &item : claimed)
        ids << item.message.id;
    return ids;
}

QList<ActivityRecord> recordsOf(Database &db, const QString &action)
{
    ActivityFilter filter;
    filter.action = action;
    auto records = ActivityRepository(db).list(filter, ActivitySort::Time, Qt::AscendingOrder, 0, 1000);
    return records ? *records : QList<ActivityRecord>();
}

// What one connection of the race took from the queue, and the first error it met.
struct Haul
{
    QStringList ids;
    QString error;
};

// Opens its own connection on the calling thread (one connection per thread) and claims and removes
// messages in small batches until the queue has none left for it.
Haul claimUntilEmpty(const QString &location)
{
    Haul haul;
    auto db = Database::open(location);
    if (!db) {
        haul.error = QString::fromUtf8(describe(db.error()));
        return haul;
    }
    Queue queue(**db);
    for (;;) {
        auto claimed = queue.claim(7, visibility, t0 + 1);
        if (!claimed) {
            haul.error = QString::fromUtf8(describe(claimed.error()));
            return haul;
        }
        if (claimed->isEmpty())
            return haul;
        for (const ClaimedMessage &item : std::as_const(*claimed)) {
            haul.ids << item.message.id;
            if (auto ok = queue.remove(item.message.id); !ok) {
                haul.error = QString::fromUtf8(describe(ok.error()));
                return haul;
            }
        }
    }
}

} // namespace

class TestQueue : public BackendTest
{
    Q_OBJECT

public:
    using BackendTest::BackendTest;

private Q_SLOTS:
    void enqueue_claim_remove_takesTheMessageOut();
    void claim_returnsWhatWasEnqueued();
    void dedupeKey_secondEnqueueIsDropped_evenAfterTheFirstWasApplied();
    void dedupeKey_ofARolledBackEnqueue_isFreeAgain();
    void sameIdWhileWaiting_isDroppedAsADuplicate();
    void dedupeKeyWithAControlCharacter_isRefused();
    void claim_hidesMessagesForTheVisibilityTimeout();
    void claim_takesTheOldestFirst_whateverTheInsertOrder();
    void claim_messageVisibleLater_waitsUntilThen();
    void claim_malformedPayload_isReportedNotDropped();
    void backoff_doublesFromOneSecondUpToAMinute_data();
    void backoff_doublesFromOneSecondUpToAMinute();
    void retryLater_hidesTheMessageForTheBackoff_andKeepsTheError();
    void deadLetter_keepsTheReason();
    void redrive_putsTheMessageBack_andRecordsIt();
    void discard_removesTheMessage_andRecordsIt();
    void redriveOrDiscard_byAnAgent_isRefusedAndRecordsWhoTried();
    void redriveOrDiscard_unknownLetter_isNotFoundAndRecordsNothing();
    void stats_countWaitingInFlightAndDead();
    void secondConnection_whileAClaimIsOpen_neverGetsItsMessages();
    void twoConnections_racingToClaim_neverShareAMessage();
};

void TestQueue::enqueue_claim_remove_takesTheMessageOut()
{
    LD_OPEN_BOOKS(books, testBooks());
    Queue queue(books->db());
    const Message message = depositMessage();
    auto stored = queue.enqueue(message);
    LD_VERIFY_OK(stored);
    QVERIFY2(*stored, "a message without a dedupe key must be stored");
    QCOMPARE(books->count(QStringLiteral("queue_messages")), qint64(1));

    auto claimed = queue.claim(10, visibility, t0);
    LD_VERIFY_OK(claimed);
    QCOMPARE(idsOf(*claimed), QStringList {message.id});

    LD_VERIFY_OK(queue.remove(message.id));
    QCOMPARE(books->count(QStringLiteral("queue_messages")), qint64(0));
    auto again = queue.claim(10, visibility, t0 + 10 * visibility);
    LD_VERIFY_OK(again);
    QVERIFY2(again->isEmpty(), "a removed message must never come back");
}

void TestQueue::claim_returnsWhatWasEnqueued()
{
    LD_OPEN_BOOKS(books, testBooks());
    Queue queue(books->db());
    Message message = depositMessage(QStringLiteral("12.34"));
    message.payload.insert(QStringLiteral("memo"), QStringLiteral("Café ☕ \"quoted\""));
    message.dedupeKey = QStringLiteral("till-7/receipt-42");
    LD_VERIFY_OK(queue.enqueue(message));

    auto claimed = queue.claim(10, visibility, t0);
    LD_VERIFY_OK(claimed);
    QCOMPARE(claimed->size(), 1);
    const ClaimedMessage &item = claimed->first();
    QCOMPARE(item.message.id, message.id);
    QCOMPARE(item.message.type, message.type);
    QCOMPARE(item.message.payload, message.payload);
    QCOMPARE(item.message.agentId, Books::agent);
    QCOMPARE(item.message.dedupeKey, message.dedupeKey);
    QCOMPARE(item.message.createdAtMs, t0);
    QCOMPARE(item.receiveCount, 1);
    QVERIFY2(item.payloadError.isEmpty(), qPrintable(item.payloadError));
}

void TestQueue::dedupeKey_secondEnqueueIsDropped_evenAfterTheFirstWasApplied()
{
    LD_OPEN_BOOKS(books, testBooks());
    Queue queue(books->db());
    Message first = depositMessage(QStringLiteral("10.00"));
    first.dedupeKey = QStringLiteral("webhook-tx-1");
    Message second = depositMessage(QStringLiteral("99.00"));
    second.dedupeKey = first.dedupeKey;

    auto stored = queue.enqueue(first);
    LD_VERIFY_OK(stored);
    QVERIFY2(*stored, "the first message with a key must be stored");
    auto dropped = queue.enqueue(second);
    LD_VERIFY_OK(dropped);
    QVERIFY2(!*dropped, "a second message with the same key must be reported as dropped");
    QCOMPARE(books->count(QStringLiteral("queue_messages")), qint64(1));
    QCOMPARE(books->scalar(QStringLiteral("SELECT id FROM queue_messages")).toString(), first.id);

    // The first is applied and leaves the queue; its key still refuses newcomers.
    auto claimed = queue.claim(10, visibility, t0);
    LD_VERIFY_OK(claimed);
    QCOMPARE(idsOf(*claimed), QStringList {first.id});
    LD_VERIFY_OK(queue.remove(first.id));

    Message third = depositMessage(QStringLiteral("5.00"));
    third.dedupeKey = first.dedupeKey;
    auto droppedAgain = queue.enqueue(third);
    LD_VERIFY_OK(droppedAgain);
    QVERIFY2(!*droppedAgain, "a key stays taken after its message was applied and removed");
    QCOMPARE(books->count(QStringLiteral("queue_messages")), qint64(0));

    // Another key is another message.
    Message other = depositMessage();
    other.dedupeKey = QStringLiteral("webhook-tx-2");
    auto storedOther = queue.enqueue(other);
    LD_VERIFY_OK(storedOther);
    QVERIFY2(*storedOther, "a different key must be stored");
    QCOMPARE(books->count(QStringLiteral("queue_messages")), qint64(1));
}

void TestQueue::sameIdWhileWaiting_isDroppedAsADuplicate()
{
    LD_OPEN_BOOKS(books, testBooks());
    Queue queue(books->db());
    const Message message = depositMessage(QStringLiteral("10.00"));
    auto stored = queue.enqueue(message);
    LD_VERIFY_OK(stored);
    QVERIFY(*stored);
    // A sender that delivers the same message again, with or without its key, is told it was dropped:
    // not a storage fault it would retry for ever.
    auto again = queue.enqueue(message);
    LD_VERIFY_OK(again);
    QVERIFY2(!*again, "the same message id again must be reported as dropped");
    Message keyed = message;
    keyed.dedupeKey = QStringLiteral("late-key");
    auto keyedAgain = queue.enqueue(keyed);
    LD_VERIFY_OK(keyedAgain);
    QVERIFY(!*keyedAgain);
    QCOMPARE(books->count(QStringLiteral("queue_messages")), qint64(1));
    QCOMPARE(books->count(QStringLiteral("queue_dedupe")), qint64(0));
}

void TestQueue::dedupeKeyWithAControlCharacter_isRefused()
{
    LD_OPEN_BOOKS(books, testBooks());
    Queue queue(books->db());
    // Text cut at its NUL would make "tx-1\0a" and "tx-1\0b" one key, and drop the second message unseen.
    Message message = depositMessage();
    message.dedupeKey = QStringLiteral("tx-1") + QChar(u'\0') + QStringLiteral("a");
    LD_VERIFY_ERROR(queue.enqueue(message), Error::Kind::Validation);
    message.dedupeKey = QString(201, QLatin1Char('k'));
    LD_VERIFY_ERROR(queue.enqueue(message), Error::Kind::Validation);
    QCOMPARE(books->count(QStringLiteral("queue_messages")), qint64(0));
    QCOMPARE(books->count(QStringLiteral("queue_dedupe")), qint64(0));
}

void TestQueue::dedupeKey_ofARolledBackEnqueue_isFreeAgain()
{
    LD_OPEN_BOOKS(books, testBooks());
    Queue queue(books->db());
    Message message = depositMessage();
    message.dedupeKey = QStringLiteral("published-by-a-refused-handler");
    {
        TransactionGuard transaction(books->db());
        QVERIFY2(transaction.isActive(), describe(transaction.error()).constData());
        auto stored = queue.enqueue(message);
        LD_VERIFY_OK(stored);
        QVERIFY(*stored);
        // Not committed: the guard rolls back, as a refused handler's transaction does.
    }
    QCOMPARE(books->count(QStringLiteral("queue_messages")), qint64(0));
    QCOMPARE(books->count(QStringLiteral("queue_dedupe")), qint64(0));

    Message retry = depositMessage();
    retry.dedupeKey = message.dedupeKey;
    auto stored = queue.enqueue(retry);
    LD_VERIFY_OK(stored);
    QVERIFY2(*stored, "a key whose enqueue rolled back must be accepted again");
}

void TestQueue::claim_hidesMessagesForTheVisibilityTimeout()
{
    LD_OPEN_BOOKS(books, testBooks());
    Queue queue(books->db());
    const Message message = depositMessage();
    LD_VERIFY_OK(queue.enqueue(message));

    auto first = queue.claim(10, visibility, t0);
    LD_VERIFY_OK(first);
    QCOMPARE(idsOf(*first), QStringList {message.id});
    QCOMPARE(first->first().receiveCount, 1);

    auto during = queue.claim(10, visibility, t0 + 1);
    LD_VERIFY_OK(during);
    QVERIFY2(during->isEmpty(), "a claimed message must be hidden from a second claim");
    auto justBefore = queue.claim(10, visibility, t0 + visibility - 1);
    LD_VERIFY_OK(justBefore);
    QVERIFY2(justBefore->isEmpty(), "a claimed message must stay hidden for the whole visibility timeout");

    // The processor that took it died: when the timeout has passed it is delivered again.
    auto after = queue.claim(10, visibility, t0 + visibility);
    LD_VERIFY_OK(after);
    QCOMPARE(idsOf(*after), QStringList {message.id});
    QCOMPARE(after->first().receiveCount, 2);
    QCOMPARE(after->first().message.payload, message.payload);
    QCOMPARE(books->scalar(QStringLiteral("SELECT visible_at_ms FROM queue_messages WHERE id = ?"), {message.id}).toLongLong(),
        t0 + 2 * visibility);
}

void TestQueue::claim_takesTheOldestFirst_whateverTheInsertOrder()
{
    LD_OPEN_BOOKS(books, testBooks());
    Queue queue(books->db());
    QList<Message> messages;
    for (int i = 0; i < 5; ++i)
        messages << depositMessage(QStringLiteral("%1.00").arg(i + 1));
    QStringList oldestFirst;
    for (const Message &message : std::as_const(messages))
        oldestFirst << message.id;
    QVERIFY2(std::is_sorted(oldestFirst.cbegin(), oldestFirst.cend()), "Ids::next() must be time-ordered");
    // Stored newest first: the claim order must come from the ids, not from the insert order.
    for (qsizetype i = messages.size() - 1; i >= 0; --i)
        LD_VERIFY_OK(queue.enqueue(messages.at(i)));

    QStringList taken;
    for (int round = 0; round < 3; ++round) {
        auto claimed = queue.claim(2, visibility, t0);
        LD_VERIFY_OK(claimed);
        QCOMPARE(claimed->size(), round < 2 ? 2 : 1);
        taken << idsOf(*claimed);
    }
    QCOMPARE(taken, oldestFirst);
    auto none = queue.claim(2, visibility, t0);
    LD_VERIFY_OK(none);
    QVERIFY(none->isEmpty());
}

void TestQueue::claim_messageVisibleLater_waitsUntilThen()
{
    LD_OPEN_BOOKS(books, testBooks());
    Queue queue(books->db());
    const Message now = depositMessage(QStringLiteral("1.00"), t0);
    const Message later = depositMessage(QStringLiteral("2.00"), t0 + 5000);
    LD_VERIFY_OK(queue.enqueue(later));
    LD_VERIFY_OK(queue.enqueue(now));

    auto first = queue.claim(10, visibility, t0);
    LD_VERIFY_OK(first);
    QCOMPARE(idsOf(*first), QStringList {now.id});
    auto second = queue.claim(10, visibility, t0 + 5000);
    LD_VERIFY_OK(second);
    QCOMPARE(idsOf(*second), QStringList {later.id});
}

void TestQueue::claim_malformedPayload_isReportedNotDropped()
{
    LD_OPEN_BOOKS(books, testBooks());
    const QString id = Ids::next();
    LD_VERIFY_OK(books->execute(QStringLiteral("INSERT INTO queue_messages (id, type, payload, agent_id, enqueued_at_ms, "
                                               "visible_at_ms) VALUES (?, 'DEPOSIT', ?, ?, ?, ?)"),
        {id, QStringLiteral("{\"wallet_id\": \"W-1\", "), Books::agent, t0, t0}));

    auto claimed = Queue(books->db()).claim(10, visibility, t0);
    LD_VERIFY_OK(claimed);
    QCOMPARE(idsOf(*claimed), QStringList {id});
    QVERIFY2(claimed->first().payloadError.contains(QStringLiteral("not a JSON object")),
        qPrintable(QStringLiteral("payloadError: ") + claimed->first().payloadError));
    QCOMPARE(books->count(QStringLiteral("queue_messages")), qint64(1));
}

void TestQueue::backoff_doublesFromOneSecondUpToAMinute_data()
{
    QTest::addColumn<int>("receiveCount");
    QTest::addColumn<qint64>("backoffMs");
    QTest::newRow("never received") << 0 << qint64(1000);
    QTest::newRow("first receipt") << 1 << qint64(1000);
    QTest::newRow("second") << 2 << qint64(2000);
    QTest::newRow("third") << 3 << qint64(4000);
    QTest::newRow("fourth") << 4 << qint64(8000);
    QTest::newRow("fifth") << 5 << qint64(16000);
    QTest::newRow("sixth") << 6 << qint64(32000);
    QTest::newRow("seventh is capped") << 7 << qint64(60000);
    QTest::newRow("hundredth is capped") << 100 << qint64(60000);
}

void TestQueue::backoff_doublesFromOneSecondUpToAMinute()
{
    QFETCH(int, receiveCount);
    QFETCH(qint64, backoffMs);
    QCOMPARE(Queue::backoffMs(receiveCount), backoffMs);
}

void TestQueue::retryLater_hidesTheMessageForTheBackoff_andKeepsTheError()
{
    LD_OPEN_BOOKS(books, testBooks());
    Queue queue(books->db());
    const Message message = depositMessage();
    LD_VERIFY_OK(queue.enqueue(message));
    auto claimed = queue.claim(10, visibility, t0);
    LD_VERIFY_OK(claimed);
    QCOMPARE(claimed->size(), 1);

    const qint64 retryAt = t0 + Queue::backoffMs(claimed->first().receiveCount);
    LD_VERIFY_OK(queue.retryLater(message.id, QStringLiteral("The database is busy."), retryAt));
    QCOMPARE(books->scalar(QStringLiteral("SELECT last_error FROM queue_messages WHERE id = ?"), {message.id}).toString(),
        QStringLiteral("The database is busy."));

    auto early = queue.claim(10, visibility, retryAt - 1);
    LD_VERIFY_OK(early);
    QVERIFY2(early->isEmpty(), "a message waiting for a retry must stay hidden until its backoff has passed");
    auto stats = queue.stats(retryAt - 1);
    LD_VERIFY_OK(stats);
    QCOMPARE(stats->inFlight, qint64(1));

    // Well before the 30 s visibility timeout: the backoff, not the claim, decides.
    auto retried = queue.claim(10, visibility, retryAt);
    LD_VERIFY_OK(retried);
    QCOMPARE(idsOf(*retried), QStringList {message.id});
    QCOMPARE(retried->first().receiveCount, 2);
}

void TestQueue::deadLetter_keepsTheReason()
{
    LD_OPEN_BOOKS(books, testBooks());
    Queue queue(books->db());
    Message message = depositMessage(QStringLiteral("12.345"));
    message.dedupeKey = QStringLiteral("till-1");
    LD_VERIFY_OK(queue.enqueue(message));
    auto claimed = queue.claim(10, visibility, t0);
    LD_VERIFY_OK(claimed);
    QCOMPARE(claimed->size(), 1);

    const QString reason = QStringLiteral("The field \"amount\": USD has 2 decimal places.");
    LD_VERIFY_OK(queue.deadLetter(claimed->first(), reason, t0 + 7));
    QCOMPARE(books->count(QStringLiteral("queue_messages")), qint64(0));

    auto letters = queue.deadLetters();
    LD_VERIFY_OK(letters);
    QCOMPARE(letters->size(), 1);
    const DeadLetter &letter = letters->first();
    QCOMPARE(letter.id, message.id);
    QCOMPARE(letter.type, QStringLiteral("DEPOSIT"));
    QCOMPARE(QJsonDocument::fromJson(letter.payload.toUtf8()).object(), message.payload);
    QCOMPARE(letter.agentId, Books::agent);
    QCOMPARE(letter.enqueuedAtMs, t0);
    QCOMPARE(letter.deadAtMs, t0 + 7);
    QCOMPARE(letter.receiveCount, 1);
    QCOMPARE(letter.reason, reason);

    auto later = queue.claim(10, visibility, t0 + 100 * visibility);
    LD_VERIFY_OK(later);
    QVERIFY2(later->isEmpty(), "a dead letter is never claimed");
}

void TestQueue::redrive_putsTheMessageBack_andRecordsIt()
{
    LD_OPEN_BOOKS(books, testBooks());
    Queue queue(books->db());
    const Message message = depositMessage(QStringLiteral("3.00"));
    LD_VERIFY_OK(queue.enqueue(message));
    for (qint64 at : {t0, t0 + visibility}) {
        auto claimed = queue.claim(10, visibility, at);
        LD_VERIFY_OK(claimed);
        QCOMPARE(claimed->size(), 1);
        if (at > t0)
            LD_VERIFY_OK(queue.deadLetter(claimed->first(), QStringLiteral("The wallet \"W-1\" does not exist."), at));
    }
    auto letters = queue.deadLetters();
    LD_VERIFY_OK(letters);
    QCOMPARE(letters->size(), 1);
    QCOMPARE(letters->first().receiveCount, 2);

    const qint64 redrivenAt = t0 + 3 * visibility;
    LD_VERIFY_OK(
        books->apply(QueueMessages::redrive, {{QStringLiteral("message_id"), message.id}}, Books::supervisor, redrivenAt));
    QCOMPARE(books->count(QStringLiteral("dead_letters")), qint64(0));
    QCOMPARE(books->scalar(QStringLiteral("SELECT receive_count FROM queue_messages WHERE id = ?"), {message.id}).toInt(), 0);

    auto back = queue.claim(10, visibility, redrivenAt);
    LD_VERIFY_OK(back);
    QCOMPARE(idsOf(*back), QStringList {message.id});
    QCOMPARE(back->first().message.type, message.type);
    QCOMPARE(back->first().message.payload, message.payload);
    QCOMPARE(back->first().message.agentId, message.agentId);
    QCOMPARE(back->first().message.createdAtMs, t0);
    QCOMPARE(back->first().receiveCount, 1);

    const auto records = recordsOf(books->db(), QStringLiteral("Redrive|Message"));
    QCOMPARE(records.size(), 1);
    QCOMPARE(records.first().agentId, Books::supervisor);
    QCOMPARE(records.first().attribute, QStringLiteral("DEPOSIT"));
    QCOMPARE(records.first().before, QStringLiteral("The wallet \"W-1\" does not exist."));
    QCOMPARE(records.first().after, message.id);
    QCOMPARE(records.first().createdAtMs, redrivenAt);
    QCOMPARE(recordsOf(books->db(), QStringLiteral("Discard|Message")).size(), 0);
}

void TestQueue::discard_removesTheMessage_andRecordsIt()
{
    LD_OPEN_BOOKS(books, testBooks());
    Queue queue(books->db());
    const Message message = depositMessage();
    LD_VERIFY_OK(queue.enqueue(message));
    auto claimed = queue.claim(10, visibility, t0);
    LD_VERIFY_OK(claimed);
    QCOMPARE(claimed->size(), 1);
    LD_VERIFY_OK(queue.deadLetter(claimed->first(), QStringLiteral("Only a supervisor may do this."), t0 + 1));

    LD_VERIFY_OK(books->apply(QueueMessages::discard, {{QStringLiteral("message_id"), message.id}}, Books::supervisor, t0 + 2));
    QCOMPARE(books->count(QStringLiteral("dead_letters")), qint64(0));
    QCOMPARE(books->count(QStringLiteral("queue_messages")), qint64(0));
    auto later = queue.claim(10, visibility, t0 + 100 * visibility);
    LD_VERIFY_OK(later);
    QVERIFY2(later->isEmpty(), "a discarded message must never be delivered");

    const auto records = recordsOf(books->db(), QStringLiteral("Discard|Message"));
    QCOMPARE(records.size(), 1);
    QCOMPARE(records.first().agentId, Books::supervisor);
    QCOMPARE(records.first().attribute, QStringLiteral("DEPOSIT"));
    QCOMPARE(records.first().before, QStringLiteral("Only a supervisor may do this."));
    QCOMPARE(records.first().after, message.id);
    QCOMPARE(recordsOf(books->db(), QStringLiteral("Redrive|Message")).size(), 0);
}

void TestQueue::redriveOrDiscard_byAnAgent_isRefusedAndRecordsWhoTried()
{
    LD_OPEN_BOOKS(books, testBooks());
    Queue queue(books->db());
    const Message message = depositMessage();
    LD_VERIFY_OK(queue.enqueue(message));
    auto claimed = queue.claim(10, visibility, t0);
    LD_VERIFY_OK(claimed);
    LD_VERIFY_OK(queue.deadLetter(claimed->first(), QStringLiteral("The wallet \"W-1\" does not exist."), t0 + 1));

    for (const QString &type : {QueueMessages::redrive, QueueMessages::discard}) {
        auto refused = books->apply(type, {{QStringLiteral("message_id"), message.id}}, Books::agent, t0 + 2);
        LD_VERIFY_ERROR(refused, Error::Kind::Forbidden);
        QVERIFY2(refused.error().message.contains(QStringLiteral("Only a supervisor may do this")),
            qPrintable(refused.error().message));
    }
    QCOMPARE(books->count(QStringLiteral("dead_letters")), qint64(1));
    QCOMPARE(books->count(QStringLiteral("queue_messages")), qint64(0));
    const auto refusals = recordsOf(books->db(), QStringLiteral("Refuse|Message"));
    QCOMPARE(refusals.size(), 2);
    QStringList tried;
    for (const ActivityRecord &record : refusals) {
        QCOMPARE(record.agentId, Books::agent);
        tried << record.attribute;
    }
    tried.sort();
    QCOMPARE(tried, QStringList({QueueMessages::discard, QueueMessages::redrive}));
    QCOMPARE(recordsOf(books->db(), QStringLiteral("Redrive|Message")).size(), 0);
    QCOMPARE(recordsOf(books->db(), QStringLiteral("Discard|Message")).size(), 0);
}

void TestQueue::redriveOrDiscard_unknownLetter_isNotFoundAndRecordsNothing()
{
    LD_OPEN_BOOKS(books, testBooks());
    Queue queue(books->db());
    const qint64 recordsBefore = books->count(QStringLiteral("activity_records"));
    const QJsonObject unknown {{QStringLiteral("message_id"), QStringLiteral("NO-SUCH-LETTER")}};
    LD_VERIFY_ERROR(books->apply(QueueMessages::redrive, unknown, Books::supervisor, t0), Error::Kind::NotFound);
    LD_VERIFY_ERROR(books->apply(QueueMessages::discard, unknown, Books::supervisor, t0), Error::Kind::NotFound);
    QCOMPARE(books->count(QStringLiteral("activity_records")), recordsBefore);
    QCOMPARE(books->count(QStringLiteral("queue_messages")), qint64(0));
}

void TestQueue::stats_countWaitingInFlightAndDead()
{
    LD_OPEN_BOOKS(books, testBooks());
    Queue queue(books->db());
    auto empty = queue.stats(t0);
    LD_VERIFY_OK(empty);
    QCOMPARE(empty->waiting + empty->inFlight + empty->dead, qint64(0));

    for (int i = 0; i < 4; ++i)
        LD_VERIFY_OK(queue.enqueue(depositMessage()));
    auto claimed = queue.claim(2, visibility, t0);
    LD_VERIFY_OK(claimed);
    QCOMPARE(claimed->size(), 2);
    LD_VERIFY_OK(queue.deadLetter(claimed->first(), QStringLiteral("bad"), t0));

    auto now = queue.stats(t0);
    LD_VERIFY_OK(now);
    QCOMPARE(now->waiting, qint64(2));
    QCOMPARE(now->inFlight, qint64(1));
    QCOMPARE(now->dead, qint64(1));

    // When the claim's timeout has passed, the message in flight is waiting again.
    auto later = queue.stats(t0 + visibility);
    LD_VERIFY_OK(later);
    QCOMPARE(later->waiting, qint64(3));
    QCOMPARE(later->inFlight, qint64(0));
    QCOMPARE(later->dead, qint64(1));
}

void TestQueue::secondConnection_whileAClaimIsOpen_neverGetsItsMessages()
{
    LD_OPEN_BOOKS(books, testBooks());
    QList<Message> messages;
    for (int i = 0; i < 10; ++i) {
        messages << depositMessage();
        LD_VERIFY_OK(Queue(books->db()).enqueue(messages.last()));
    }
    auto second = Database::open(books->db().location());
    LD_VERIFY_OK(second);
    Database &other = **second;
    // A regression (no SKIP LOCKED, a lost lock) fails quickly instead of hanging this thread.
    LD_VERIFY_OK(other.execRaw(
        backend() == Backend::Postgres ? QStringLiteral("SET lock_timeout = '3s'") : QStringLiteral("PRAGMA busy_timeout = 100"),
        QStringLiteral("timeout")));

    QStringList firstIds;
    {
        TransactionGuard open(books->db());
        QVERIFY2(open.isActive(), describe(open.error()).constData());
        auto first = Queue(books->db()).claim(3, visibility, t0);
        LD_VERIFY_OK(first);
        firstIds = idsOf(*first);
        QCOMPARE(firstIds.size(), 3);

        auto meanwhile = Queue(other).claim(10, visibility, t0);
        if (backend() == Backend::Postgres) {
            // FOR UPDATE SKIP LOCKED: the rows of the open claim are skipped, the others are taken.
            LD_VERIFY_OK(meanwhile);
            QCOMPARE(meanwhile->size(), 7);
            for (const QString &id : idsOf(*meanwhile))
                QVERIFY2(!firstIds.contains(id), qPrintable(QStringLiteral("message %1 was claimed twice").arg(id)));
        } else {
            // SQLite has one writer: the second claim waits for the lock and gives up with a
            // transient error, having taken nothing.
            LD_VERIFY_ERROR(meanwhile, Error::Kind::Storage);
            QVERIFY(meanwhile.error().isTransient());
        }
        LD_VERIFY_OK(open.commit());
    }

    auto afterwards = Queue(other).claim(10, visibility, t0);
    LD_VERIFY_OK(afterwards);
    const qsizetype expectedRest = backend() == Backend::Postgres ? 0 : 7;
    QCOMPARE(afterwards->size(), expectedRest);
    for (const QString &id : idsOf(*afterwards))
        QVERIFY2(!firstIds.contains(id), qPrintable(QStringLiteral("message %1 was claimed twice").arg(id)));
    auto stats = Queue(books->db()).stats(t0);
    LD_VERIFY_OK(stats);
    QCOMPARE(stats->waiting, qint64(0));
    QCOMPARE(stats->inFlight, qint64(10));
}

void TestQueue::twoConnections_racingToClaim_neverShareAMessage()
{
    LD_OPEN_BOOKS(books, testBooks());
    const int total = 600;
    {
        TransactionGuard transaction(books->db());
        QVERIFY2(transaction.isActive(), describe(transaction.error()).constData());
        for (int i = 0; i < total; ++i)
            LD_VERIFY_OK(Queue(books->db()).enqueue(depositMessage()));
        LD_VERIFY_OK(transaction.commit());
    }

    const QString location = books->db().location();
    Haul hauls[2];
    std::unique_ptr<QThread> threads[2];
    for (int i = 0; i < 2; ++i)
        threads[i].reset(QThread::create([&hauls, i, location] { hauls[i] = claimUntilEmpty(location); }));
    for (auto &thread : threads)
        thread->start();
    for (auto &thread : threads)
        QVERIFY2(thread->wait(120000), "a claiming thread did not finish within 2 minutes");

    for (const Haul &haul : hauls)
        QVERIFY2(haul.error.isEmpty(), qPrintable(haul.error));
    const QSet<QString> first(hauls[0].ids.cbegin(), hauls[0].ids.cend());
    const QSet<QString> second(hauls[1].ids.cbegin(), hauls[1].ids.cend());
    QCOMPARE(first.size(), hauls[0].ids.size());
    QCOMPARE(second.size(), hauls[1].ids.size());
    const QSet<QString> shared = QSet<QString>(first).intersect(second);
    QVERIFY2(shared.isEmpty(),
        qPrintable(QStringLiteral("%1 message(s) were claimed by both connections, e.g. %2")
                       .arg(shared.size())
                       .arg(shared.isEmpty() ? QString() : *shared.cbegin())));
    QCOMPARE(first.size() + second.size(), total);
    QCOMPARE(books->count(QStringLiteral("queue_messages")), qint64(0));
}

LEDGERDESK_TEST_MAIN_BOTH_BACKENDS(TestQueue)

#include "tst_queue.moc"
