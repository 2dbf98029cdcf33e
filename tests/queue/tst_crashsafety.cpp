#include "ledgerdeskbinary.h"
#include "moneyworkload.h"
#include "support/backendtest.h"

#include <QRandomGenerator>
#include <QTest>

using namespace Ledgerdesk;
using namespace Ledgerdesk::Test;

namespace {

constexpr quint32 seed = 20240611;
constexpr int kills = 12;

// How long a processor runs before it is killed, and how much work there is. The queue must
// outlast every kill, so that each one lands somewhere in a drain: SQLite applies a 500-message
// batch in about 50 ms, so any moment of 50-250 ms falls inside a batch or between two commits.
// PostgreSQL takes about a second per batch here, so its processors live longer, or every kill
// would land in the first batch and none after a commit.
struct Plan
{
    int messages;
    int shortestRunMs;
    int longestRunMs;
};

Plan planFor(Backend backend)
{
    return backend == Backend::Postgres ? Plan {20000, 300, 2400} : Plan {40000, 50, 250};
}

// A killed processor's claim hides its batch for the 30 s visibility timeout. Nothing runs while
// this is called, so ending the timeout at once is what a later processor would find 30 s on.
Result<void> endVisibilityTimeouts(Database &db)
{
    return db.execRaw(QStringLiteral("UPDATE queue_messages SET visible_at_ms = 0 WHERE visible_at_ms > 0"),
        QStringLiteral("The test could not end the visibility timeouts."));
}

} // namespace

// The real ledgerdesk executable, killed with SIGKILL at random moments while it drains a queue of
// deposits, withdrawals and transfers, many times over; then run once to the end. Every message
// must be applied exactly once and the books must verify (DESIGN section 12).
class TestCrashSafety : public BackendTest
{
    Q_OBJECT

public:
    using BackendTest::BackendTest;

private Q_SLOTS:
    void processorKilledAtRandomMoments_appliesEveryMessageExactlyOnce();
};

void TestCrashSafety::processorKilledAtRandomMoments_appliesEveryMessageExactlyOnce()
{
    const Plan plan = planFor(backend());
    auto location = testBooks().freshLocation();
    LD_VERIFY_OK(location);
    auto opened = openDemoBook(*location, 3);
    LD_VERIFY_OK(opened);
    Database &db = **opened;
    auto workload = MoneyWorkload::generate(db, seed, plan.messages, MoneyWorkload::Mix {15, 25});
    LD_VERIFY_OK(workload);
    QVERIFY2(workload->count(QStringLiteral("WITHDRAW")) > 100 && workload->count(QStringLiteral("TRANSFER")) > 100,
        "the workload should mix withdrawals and transfers in with the deposits");
    LD_VERIFY_OK(workload->enqueue(db));
    const qint64 appliedBefore = scalar(db, QStringLiteral("SELECT COUNT(*) FROM processed_messages"));

    QRandomGenerator random(seed);
    int batchesInFlight = 0; // kills that caught a claimed batch before its commit
    for (int round = 0; round < kills; ++round) {
        LD_VERIFY_OK(endVisibilityTimeouts(db));
        auto processor = startProcessor(*location);
        QVERIFY2(processor != nullptr, "ledgerdesk process did not start");
        QTest::qWait(plan.shortestRunMs + int(random.bounded(plan.longestRunMs - plan.shortestRunMs + 1)));
        if (processor->state() != QProcess::Running)
            QFAIL(qPrintable(QStringLiteral("the processor stopped by itself:\n") + QString::fromUtf8(processor->readAll())));
        processor->kill();
        QVERIFY2(processor->waitForFinished(10000), "the killed processor did not end");
        QCOMPARE(processor->exitStatus(), QProcess::CrashExit);
        // Claimed since the timeouts ended above, and neither applied nor released.
        if (scalar(db, QStringLiteral("SELECT COUNT(*) FROM queue_messages WHERE visible_at_ms > 0")) > 0)
            ++batchesInFlight;
    }
    const qint64 appliedBetweenKills = scalar(db, QStringLiteral("SELECT COUNT(*) FROM processed_messages")) - appliedBefore;
    const qint64 leftAfterKills = scalar(db, QStringLiteral("SELECT COUNT(*) FROM queue_messages"));
    QVERIFY2(leftAfterKills > 0, "the queue was empty before the last kill: make the workload larger");
    QVERIFY2(appliedBetweenKills > 0, "no batch was committed between the kills: let the processors run longer");
    QVERIFY2(batchesInFlight >= 3,
        qPrintable(QStringLiteral("only %1 of %2 kills caught a batch in flight").arg(batchesInFlight).arg(kills)));

    LD_VERIFY_OK(endVisibilityTimeouts(db));
    const BinaryRun finish
        = runLedgerdesk({QStringLiteral("process"), QStringLiteral("--once"), QStringLiteral("--db"), *location});
    QVERIFY2(finish.succeeded(), finish.describe().constData());

    const QStringList problems = workload->discrepancies(db);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    const BinaryRun verify = runLedgerdesk({QStringLiteral("verify"), QStringLiteral("--db"), *location});
    QVERIFY2(verify.succeeded(), verify.describe().constData());
}

LEDGERDESK_TEST_MAIN_BOTH_BACKENDS(TestCrashSafety)

#include "tst_crashsafety.moc"
