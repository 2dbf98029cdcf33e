#include "core/ids.h"
#include "notify/outboxrepository.h"
#include "storage/database.h"
#include "storage/transactionguard.h"
#include "support/backendtest.h"

#include <QElapsedTimer>
#include <QSet>
#include <QTest>
#include <QThread>

#include <atomic>
#include <latch>

using namespace Ledgerdesk;
using namespace Ledgerdesk::Test;

namespace {

constexpr qint64 t0 = 1'767'225'600'000; // 2026-01-01T00:00:00Z

OutboxMessage row(const QString &id, qint64 createdAtMs, OutboxStatus status = OutboxStatus::Pending, qint64 nextAttemptAtMs = -1,
    OutboxChannel channel = OutboxChannel::Email)
{
    OutboxMessage m;
    m.id = id;
    m.channel = channel;
    m.recipient = channel == OutboxChannel::Email ? QStringLiteral("ada@example.com") : QStringLiteral("+4915112345678");
    m.subject = channel == OutboxChannel::Email ? QStringLiteral("Deposit received") : QString();
    m.bodyText = QStringLiteral("Your deposit of $1.00 was successful.");
    m.templateName = QStringLiteral("deposit");
    m.clientId = QStringLiteral("client-ada");
    m.status = status;
    m.createdAtMs = createdAtMs;
    m.nextAttemptAtMs = nextAttemptAtMs < 0 ? createdAtMs : nextAttemptAtMs;
    return m;
}

QStringList idsOf(const QList<OutboxMessage> &rows)
{
    QStringList ids;
    for (const OutboxMessage &m : rows)
        ids << m.id;
    return ids;
}

const QList<OutboxChannel> email {OutboxChannel::Email};
const QList<OutboxChannel> allChannels {OutboxChannel::Email, OutboxChannel::Sms, OutboxChannel::WhatsApp};

} // namespace

class TestOutboxRepository : public BackendTest
{
    Q_OBJECT

public:
    using BackendTest::BackendTest;

private Q_SLOTS:
    void retryPolicy_doublesFromTheBaseUpToTheCapWithJitter();
    void due_isPendingAndFailedRowsWhoseTimeHasCome_oldestFirst();
    void claim_leasesRows_soTheNextClaimTakesOthers();
    void claim_takesOnlyTheChannelsAskedFor();
    void markSent_keepsTheReference_andTheRowIsNeverDueAgain();
    void markWaiting_backsOffUpToTheCap_andTheRowIsNeverDead();
    void retryPolicy_byDefault_triesAgainAtLeastEveryQuarterOfAnHour();
    void markRefused_isDeadAtOnceWithTheReason();
    void markWaiting_afterTheLeaseWasTakenOver_isAConflict();
    void noteWaiting_writesTheReasonOnDueRowsOfTheChannel_only();
    void resend_putsFailedAndDeadRowsBackKeepingTheirAttempts();
    void listAndCounts_showTheRowsByStatus();
    void claim_byTwoNotifiersAtOnce_neverReturnsTheSameRow();
    void claim_whileAnotherClaimIsOpen_neverReturnsItsRows();

private:
    bool insertRows(OutboxRepository &outbox, int count, qint64 createdAtMs);
};

bool TestOutboxRepository::insertRows(OutboxRepository &outbox, int count, qint64 createdAtMs)
{
    for (int i = 0; i < count; ++i) {
        if (!outbox.insert(row(QStringLiteral("row-%1").arg(i, 4, 10, QLatin1Char('0')), createdAtMs + i)))
            return false;
    }
    return true;
}

void TestOutboxRepository::retryPolicy_doublesFromTheBaseUpToTheCapWithJitter()
{
    RetryPolicy policy;
    policy.baseDelayMs = 1000;
    policy.maxDelayMs = 8000;
    QCOMPARE(policy.delayMs(1, 1.0), 1000);
    QCOMPARE(policy.delayMs(1, 0.0), 500);
    QCOMPARE(policy.delayMs(2, 1.0), 2000);
    QCOMPARE(policy.delayMs(3, 0.5), 3000);
    QCOMPARE(policy.delayMs(4, 1.0), 8000);
    QCOMPARE(policy.delayMs(60, 1.0), 8000);
    QCOMPARE(policy.delayMs(60, 0.0), 4000);
}

void TestOutboxRepository::due_isPendingAndFailedRowsWhoseTimeHasCome_oldestFirst()
{
    LD_OPEN_BOOKS(books, testBooks());
    OutboxRepository outbox(books->db());
    LD_VERIFY_OK(outbox.insert(row(QStringLiteral("c-pending"), t0 + 3)));
    LD_VERIFY_OK(outbox.insert(row(QStringLiteral("a-failed"), t0 + 5, OutboxStatus::Failed, t0 + 10)));
    LD_VERIFY_OK(outbox.insert(row(QStringLiteral("b-pending"), t0 + 1)));
    LD_VERIFY_OK(outbox.insert(row(QStringLiteral("later"), t0, OutboxStatus::Failed, t0 + 60'000)));
    LD_VERIFY_OK(outbox.insert(row(QStringLiteral("sent"), t0, OutboxStatus::Sent)));
    LD_VERIFY_OK(outbox.insert(row(QStringLiteral("dead"), t0, OutboxStatus::Dead)));

    auto due = outbox.due(t0 + 10, 10);
    LD_VERIFY_OK(due);
    QCOMPARE(idsOf(*due), (QStringList {QStringLiteral("b-pending"), QStringLiteral("c-pending"), QStringLiteral("a-failed")}));
    auto limited = outbox.due(t0 + 10, 2);
    LD_VERIFY_OK(limited);
    QCOMPARE(idsOf(*limited), (QStringList {QStringLiteral("b-pending"), QStringLiteral("c-pending")}));
    auto early = outbox.due(t0 + 4, 10);
    LD_VERIFY_OK(early);
    QCOMPARE(idsOf(*early), (QStringList {QStringLiteral("b-pending"), QStringLiteral("c-pending")}));
    auto count = outbox.countDue(t0 + 10, email);
    LD_VERIFY_OK(count);
    QCOMPARE(*count, 3);
}

void TestOutboxRepository::claim_leasesRows_soTheNextClaimTakesOthers()
{
    LD_OPEN_BOOKS(books, testBooks());
    OutboxRepository outbox(books->db());
    QVERIFY(insertRows(outbox, 5, t0));
    const qint64 lease = t0 + 90'000;

    auto first = outbox.claimDue(t0 + 100, lease, 2, email);
    LD_VERIFY_OK(first);
    QCOMPARE(idsOf(*first), (QStringList {QStringLiteral("row-0000"), QStringLiteral("row-0001")}));
    for (const OutboxMessage &claimed : std::as_const(*first)) {
        QCOMPARE(claimed.nextAttemptAtMs, lease);
        QCOMPARE(claimed.status, OutboxStatus::Pending);
        QCOMPARE(claimed.attempts, 0);
    }
    auto second = outbox.claimDue(t0 + 100, lease, 10, email);
    LD_VERIFY_OK(second);
    QCOMPARE(idsOf(*second), (QStringList {QStringLiteral("row-0002"), QStringLiteral("row-0003"), QStringLiteral("row-0004")}));
    auto none = outbox.claimDue(t0 + 200, lease + 1000, 10, email);
    LD_VERIFY_OK(none);
    QCOMPARE(none->size(), 0);
    // A notifier that died holding them: the rows come back when the lease lapses.
    auto again = outbox.claimDue(lease, lease + 90'000, 10, email);
    LD_VERIFY_OK(again);
    QCOMPARE(again->size(), 5);
}

void TestOutboxRepository::claim_takesOnlyTheChannelsAskedFor()
{
    LD_OPEN_BOOKS(books, testBooks());
    OutboxRepository outbox(books->db());
    LD_VERIFY_OK(outbox.insert(row(QStringLiteral("mail"), t0, OutboxStatus::Pending, t0, OutboxChannel::Email)));
    LD_VERIFY_OK(outbox.insert(row(QStringLiteral("sms"), t0 + 1, OutboxStatus::Pending, t0, OutboxChannel::Sms)));
    LD_VERIFY_OK(outbox.insert(row(QStringLiteral("whatsapp"), t0 + 2, OutboxStatus::Pending, t0, OutboxChannel::WhatsApp)));
    auto texts = outbox.claimDue(t0, t0 + 1000, 10, {OutboxChannel::Sms, OutboxChannel::WhatsApp});
    LD_VERIFY_OK(texts);
    QCOMPARE(idsOf(*texts), (QStringList {QStringLiteral("sms"), QStringLiteral("whatsapp")}));
    QCOMPARE(texts->at(1).channel, OutboxChannel::WhatsApp);
    auto mails = outbox.claimDue(t0, t0 + 1000, 10, allChannels);
    LD_VERIFY_OK(mails);
    QCOMPARE(idsOf(*mails), QStringList {QStringLiteral("mail")});
}

void TestOutboxRepository::markSent_keepsTheReference_andTheRowIsNeverDueAgain()
{
    LD_OPEN_BOOKS(books, testBooks());
    OutboxRepository outbox(books->db());
    LD_VERIFY_OK(outbox.insert(row(QStringLiteral("r1"), t0)));
    auto claimed = outbox.claimDue(t0, t0 + 1000, 1, email);
    LD_VERIFY_OK(claimed);
    QCOMPARE(claimed->size(), 1);
    LD_VERIFY_OK(outbox.markSent(claimed->first(), QStringLiteral("250 2.0.0 Ok: queued as 4711"), t0 + 50));

    auto stored = outbox.find(QStringLiteral("r1"));
    LD_VERIFY_OK(stored);
    QCOMPARE(stored->status, OutboxStatus::Sent);
    QCOMPARE(stored->sentAtMs, t0 + 50);
    QCOMPARE(stored->providerRef, QStringLiteral("250 2.0.0 Ok: queued as 4711"));
    QCOMPARE(stored->attempts, 1);
    auto due = outbox.due(t0 + 10'000'000, 10);
    LD_VERIFY_OK(due);
    QCOMPARE(due->size(), 0);
    LD_VERIFY_ERROR(outbox.markSent(claimed->first(), QStringLiteral("again"), t0 + 60), Error::Kind::NotFound);
    LD_VERIFY_ERROR(
        outbox.markWaiting(claimed->first(), QStringLiteral("late failure"), t0 + 60, RetryPolicy()), Error::Kind::Conflict);
    LD_VERIFY_ERROR(outbox.markRefused(claimed->first(), QStringLiteral("late refusal"), t0 + 60), Error::Kind::Conflict);
    QCOMPARE(outbox.find(QStringLiteral("r1"))->status, OutboxStatus::Sent);
}

void TestOutboxRepository::markWaiting_backsOffUpToTheCap_andTheRowIsNeverDead()
{
    LD_OPEN_BOOKS(books, testBooks());
    OutboxRepository outbox(books->db());
    LD_VERIFY_OK(outbox.insert(row(QStringLiteral("r1"), t0)));
    RetryPolicy policy;
    policy.baseDelayMs = 1000;
    policy.maxDelayMs = 6000;

    // Far more attempts than any schedule of old allowed: each one waits, none ends the row.
    qint64 now = t0;
    for (int attempt = 1; attempt <= 40; ++attempt) {
        auto claimed = outbox.claimDue(now, now + 90'000, 1, email);
        LD_VERIFY_OK(claimed);
        QCOMPARE(claimed->size(), 1);
        QCOMPARE(claimed->first().attempts, attempt - 1);
        auto waiting
            = outbox.markWaiting(claimed->first(), QStringLiteral("Could not connect (attempt %1)").arg(attempt), now, policy);
        LD_VERIFY_OK(waiting);
        auto stored = outbox.find(QStringLiteral("r1"));
        LD_VERIFY_OK(stored);
        QCOMPARE(stored->attempts, attempt);
        QCOMPARE(stored->lastError, QStringLiteral("Could not connect (attempt %1)").arg(attempt));
        QCOMPARE(stored->status, OutboxStatus::Failed);
        QCOMPARE(waiting->status, stored->status);
        const qint64 full = qMin<qint64>(6000, 1000LL << qMin(attempt - 1, 20));
        const qint64 wait = stored->nextAttemptAtMs - now;
        QVERIFY2(wait >= full / 2 && wait <= full, qPrintable(QStringLiteral("attempt %1 waits %2 ms").arg(attempt).arg(wait)));
        auto early = outbox.due(stored->nextAttemptAtMs - 1, 10);
        LD_VERIFY_OK(early);
        QCOMPARE(early->size(), 0);
        now = stored->nextAttemptAtMs;
    }
    auto due = outbox.due(now, 10);
    LD_VERIFY_OK(due);
    QCOMPARE(idsOf(*due), QStringList {QStringLiteral("r1")});
    QCOMPARE(outbox.counts()->dead, 0);
}

void TestOutboxRepository::retryPolicy_byDefault_triesAgainAtLeastEveryQuarterOfAnHour()
{
    const RetryPolicy policy;
    QCOMPARE(policy.delayMs(1, 1.0), 60'000);
    QCOMPARE(policy.delayMs(5, 1.0), 900'000);
    QCOMPARE(policy.delayMs(1000, 1.0), 900'000);
    QCOMPARE(policy.delayMs(1000, 0.0), 450'000);
}

void TestOutboxRepository::markRefused_isDeadAtOnceWithTheReason()
{
    LD_OPEN_BOOKS(books, testBooks());
    OutboxRepository outbox(books->db());
    LD_VERIFY_OK(outbox.insert(row(QStringLiteral("r1"), t0)));
    auto claimed = outbox.claimDue(t0, t0 + 1000, 1, email);
    LD_VERIFY_OK(claimed);
    auto dead = outbox.markRefused(claimed->first(), QStringLiteral("The SMS provider refused the message."), t0 + 5);
    LD_VERIFY_OK(dead);
    QCOMPARE(dead->status, OutboxStatus::Dead);
    QCOMPARE(outbox.find(QStringLiteral("r1"))->status, OutboxStatus::Dead);
    QCOMPARE(outbox.find(QStringLiteral("r1"))->attempts, 1);
    QCOMPARE(outbox.find(QStringLiteral("r1"))->lastError, QStringLiteral("The SMS provider refused the message."));
    auto due = outbox.due(t0 + 10'000'000, 10);
    LD_VERIFY_OK(due);
    QCOMPARE(due->size(), 0);
}

void TestOutboxRepository::markWaiting_afterTheLeaseWasTakenOver_isAConflict()
{
    LD_OPEN_BOOKS(books, testBooks());
    OutboxRepository outbox(books->db());
    LD_VERIFY_OK(outbox.insert(row(QStringLiteral("r1"), t0)));
    auto slow = outbox.claimDue(t0, t0 + 1000, 1, email);
    LD_VERIFY_OK(slow);
    auto other = outbox.claimDue(t0 + 1000, t0 + 5000, 1, email);
    LD_VERIFY_OK(other);
    QCOMPARE(other->size(), 1);

    LD_VERIFY_ERROR(
        outbox.markWaiting(slow->first(), QStringLiteral("timed out"), t0 + 1200, RetryPolicy()), Error::Kind::Conflict);
    LD_VERIFY_ERROR(outbox.markRefused(slow->first(), QStringLiteral("550 no such user"), t0 + 1200), Error::Kind::Conflict);
    auto stored = outbox.find(QStringLiteral("r1"));
    QCOMPARE(stored->status, OutboxStatus::Pending);
    QCOMPARE(stored->nextAttemptAtMs, t0 + 5000);
    QCOMPARE(stored->attempts, 0);
    // A delivery is a fact whoever holds the lease: it is recorded.
    LD_VERIFY_OK(outbox.markSent(slow->first(), QStringLiteral("ref"), t0 + 1300));
    QCOMPARE(outbox.find(QStringLiteral("r1"))->status, OutboxStatus::Sent);
}

void TestOutboxRepository::noteWaiting_writesTheReasonOnDueRowsOfTheChannel_only()
{
    LD_OPEN_BOOKS(books, testBooks());
    OutboxRepository outbox(books->db());
    LD_VERIFY_OK(outbox.insert(row(QStringLiteral("pending"), t0)));
    OutboxMessage failed = row(QStringLiteral("failed"), t0, OutboxStatus::Failed, t0 + 5);
    failed.attempts = 3;
    failed.lastError = QStringLiteral("Could not connect");
    LD_VERIFY_OK(outbox.insert(failed));
    LD_VERIFY_OK(outbox.insert(row(QStringLiteral("later"), t0, OutboxStatus::Failed, t0 + 60'000)));
    LD_VERIFY_OK(outbox.insert(row(QStringLiteral("sms"), t0, OutboxStatus::Pending, t0, OutboxChannel::Sms)));
    LD_VERIFY_OK(outbox.insert(row(QStringLiteral("sent"), t0, OutboxStatus::Sent)));
    LD_VERIFY_OK(outbox.insert(row(QStringLiteral("dead"), t0, OutboxStatus::Dead)));
    LD_VERIFY_OK(outbox.insert(row(QStringLiteral("claimed"), t0)));
    auto claimed = outbox.claimDue(t0, t0 + 90'000, 1, email);
    LD_VERIFY_OK(claimed);
    QCOMPARE(idsOf(*claimed), QStringList {QStringLiteral("claimed")});

    const QString reason = QStringLiteral("E-mail is not set up (smtp.url is empty).");
    auto noted = outbox.noteWaiting(t0 + 10, email, reason);
    LD_VERIFY_OK(noted);
    QCOMPARE(*noted, 2);
    for (const QString &id : {QStringLiteral("pending"), QStringLiteral("failed")})
        QCOMPARE(outbox.find(id)->lastError, reason);
    for (const QString &id : {QStringLiteral("later"), QStringLiteral("sms"), QStringLiteral("sent"), QStringLiteral("dead"),
             QStringLiteral("claimed")})
        QCOMPARE(outbox.find(id)->lastError, QString());
    // Only the reason: the rows wait as they were, due as before.
    const OutboxMessage stored = outbox.find(QStringLiteral("failed")).value();
    QCOMPARE(stored.status, OutboxStatus::Failed);
    QCOMPARE(stored.attempts, 3);
    QCOMPARE(stored.nextAttemptAtMs, t0 + 5);
    QCOMPARE(outbox.find(QStringLiteral("pending"))->status, OutboxStatus::Pending);
    QCOMPARE(outbox.find(QStringLiteral("pending"))->attempts, 0);
    // The same reason again writes nothing.
    auto again = outbox.noteWaiting(t0 + 20, email, reason);
    LD_VERIFY_OK(again);
    QCOMPARE(*again, 0);
}

void TestOutboxRepository::resend_putsFailedAndDeadRowsBackKeepingTheirAttempts()
{
    LD_OPEN_BOOKS(books, testBooks());
    OutboxRepository outbox(books->db());
    OutboxMessage dead = row(QStringLiteral("dead"), t0, OutboxStatus::Dead);
    dead.attempts = 8;
    dead.lastError = QStringLiteral("gave up");
    LD_VERIFY_OK(outbox.insert(dead));
    LD_VERIFY_OK(outbox.insert(row(QStringLiteral("failed"), t0, OutboxStatus::Failed, t0 + 3'600'000)));
    LD_VERIFY_OK(outbox.insert(row(QStringLiteral("pending"), t0)));
    LD_VERIFY_OK(outbox.insert(row(QStringLiteral("sent"), t0, OutboxStatus::Sent)));

    LD_VERIFY_OK(outbox.resend(QStringLiteral("dead"), t0 + 10));
    LD_VERIFY_OK(outbox.resend(QStringLiteral("failed"), t0 + 10));
    auto resent = outbox.find(QStringLiteral("dead"));
    QCOMPARE(resent->status, OutboxStatus::Pending);
    QCOMPARE(resent->nextAttemptAtMs, t0 + 10);
    QCOMPARE(resent->attempts, 8);
    auto due = outbox.due(t0 + 10, 10);
    LD_VERIFY_OK(due);
    QCOMPARE(due->size(), 3);

    auto pending = outbox.resend(QStringLiteral("pending"), t0 + 20);
    LD_VERIFY_ERROR(pending, Error::Kind::Conflict);
    QCOMPARE(pending.error().message,
        QStringLiteral("This notification is waiting to be sent; only failed notifications can be resent."));
    auto sent = outbox.resend(QStringLiteral("sent"), t0 + 20);
    LD_VERIFY_ERROR(sent, Error::Kind::Conflict);
    QCOMPARE(sent.error().message, QStringLiteral("This notification was already sent."));
    LD_VERIFY_ERROR(outbox.resend(QStringLiteral("nobody"), t0 + 20), Error::Kind::NotFound);
}

void TestOutboxRepository::listAndCounts_showTheRowsByStatus()
{
    LD_OPEN_BOOKS(books, testBooks());
    OutboxRepository outbox(books->db());
    LD_VERIFY_OK(outbox.insert(row(QStringLiteral("p1"), t0 + 1)));
    LD_VERIFY_OK(outbox.insert(row(QStringLiteral("p2"), t0 + 2)));
    LD_VERIFY_OK(outbox.insert(row(QStringLiteral("d1"), t0 + 3, OutboxStatus::Dead)));
    LD_VERIFY_OK(outbox.insert(row(QStringLiteral("f1"), t0 + 4, OutboxStatus::Failed)));
    LD_VERIFY_OK(outbox.insert(row(QStringLiteral("s1"), t0 + 5, OutboxStatus::Sent)));
    LD_VERIFY_OK(outbox.insert(row(QStringLiteral("d2"), t0 + 6, OutboxStatus::Dead)));

    auto everything = outbox.list(std::nullopt, 0, 100);
    LD_VERIFY_OK(everything);
    QCOMPARE(idsOf(*everything), (QStringList {"d2", "s1", "f1", "d1", "p2", "p1"}));
    auto page = outbox.list(std::nullopt, 2, 2);
    LD_VERIFY_OK(page);
    QCOMPARE(idsOf(*page), (QStringList {"f1", "d1"}));
    auto dead = outbox.list(OutboxStatus::Dead, 0, 100);
    LD_VERIFY_OK(dead);
    QCOMPARE(idsOf(*dead), (QStringList {"d2", "d1"}));

    auto counts = outbox.counts();
    LD_VERIFY_OK(counts);
    QCOMPARE(counts->pending, 2);
    QCOMPARE(counts->sent, 1);
    QCOMPARE(counts->failed, 1);
    QCOMPARE(counts->dead, 2);
    QCOMPARE(counts->total(), 6);
}

void TestOutboxRepository::claim_byTwoNotifiersAtOnce_neverReturnsTheSameRow()
{
    LD_OPEN_BOOKS(books, testBooks());
    OutboxRepository outbox(books->db());
    constexpr int rows = 300;
    {
        TransactionGuard bulk(books->db());
        QVERIFY(insertRows(outbox, rows, t0));
        LD_VERIFY_OK(bulk.commit());
    }
    const QString location = books->db().location();

    // Two notifiers, each on its own thread with its own connection, claim small batches as fast as
    // they can, starting together.
    std::latch ready(2);
    QStringList claimedBy[2];
    QString failures[2];
    std::atomic<int> rounds[2] = {0, 0};
    const auto notifier = [&](int which) {
        auto db = Database::open(location);
        ready.count_down();
        ready.wait();
        if (!db) {
            failures[which] = QString::fromUtf8(describe(db.error()));
            return;
        }
        OutboxRepository mine(**db);
        while (true) {
            auto claimed = mine.claimDue(t0 + rows, t0 + 3'600'000, 7, email);
            if (!claimed) {
                failures[which] = QString::fromUtf8(describe(claimed.error()));
                return;
            }
            if (claimed->isEmpty())
                return;
            claimedBy[which] += idsOf(*claimed);
            ++rounds[which];
            QThread::usleep(500); // sending them, outside the claim's transaction
        }
    };
    std::unique_ptr<QThread> first(QThread::create(notifier, 0));
    std::unique_ptr<QThread> second(QThread::create(notifier, 1));
    first->start();
    second->start();
    QVERIFY(first->wait(60000));
    QVERIFY(second->wait(60000));
    QVERIFY2(failures[0].isEmpty(), qPrintable(failures[0]));
    QVERIFY2(failures[1].isEmpty(), qPrintable(failures[1]));

    const QSet<QString> a(claimedBy[0].cbegin(), claimedBy[0].cend());
    const QSet<QString> b(claimedBy[1].cbegin(), claimedBy[1].cend());
    QCOMPARE(a.size(), claimedBy[0].size()); // nobody got a row twice
    QCOMPARE(b.size(), claimedBy[1].size());
    QVERIFY2(!a.intersects(b), "two notifiers claimed the same row");
    QCOMPARE(a.size() + b.size(), rows);
    qInfo().noquote() << backendName(backend()) << ": claims split" << a.size() << "/" << b.size() << "in" << rounds[0] << "+"
                      << rounds[1] << "batches";
}

void TestOutboxRepository::claim_whileAnotherClaimIsOpen_neverReturnsItsRows()
{
    LD_OPEN_BOOKS(books, testBooks());
    OutboxRepository outbox(books->db());
    QVERIFY(insertRows(outbox, 5, t0));
    auto other = Database::open(books->db().location());
    LD_VERIFY_OK(other);
    OutboxRepository otherOutbox(**other);

    // The first notifier's claim is still inside its open transaction (its rows locked, not committed).
    TransactionGuard open(books->db());
    QVERIFY(open.isActive());
    auto held = outbox.claimDue(t0 + 10, t0 + 90'000, 3, email);
    LD_VERIFY_OK(held);
    QCOMPARE(held->size(), 3);

    QElapsedTimer timer;
    timer.start();
    if (backend() == Backend::Postgres) {
        // SKIP LOCKED: the second notifier takes the other rows at once instead of waiting.
        auto rest = otherOutbox.claimDue(t0 + 10, t0 + 90'000, 10, email);
        LD_VERIFY_OK(rest);
        QCOMPARE(idsOf(*rest), (QStringList {QStringLiteral("row-0003"), QStringLiteral("row-0004")}));
        QVERIFY2(timer.elapsed() < 3000, "the second claim waited for the first");
    } else {
        // SQLite: claims take turns on the writer lock; the second one gets no rows while the first is
        // open (here it gives up after its busy timeout).
        LD_VERIFY_OK((*other)->execRaw(QStringLiteral("PRAGMA busy_timeout = 200"), QStringLiteral("busy timeout")));
        auto blocked = otherOutbox.claimDue(t0 + 10, t0 + 90'000, 10, email);
        LD_VERIFY_ERROR(blocked, Error::Kind::Storage);
    }
    LD_VERIFY_OK(open.commit());
    auto after = otherOutbox.claimDue(t0 + 10, t0 + 90'000, 10, email);
    LD_VERIFY_OK(after);
    if (backend() == Backend::Postgres)
        QCOMPARE(after->size(), 0);
    else
        QCOMPARE(idsOf(*after), (QStringList {QStringLiteral("row-0003"), QStringLiteral("row-0004")}));
}

LEDGERDESK_TEST_MAIN_BOTH_BACKENDS(TestOutboxRepository)

#include "tst_outboxrepository.moc"
