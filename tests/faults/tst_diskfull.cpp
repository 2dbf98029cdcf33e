#include "ledgerdeskchild.h"
#include "queue/moneyworkload.h"
#include "storage/openbooks.h"
#include "support/backendtest.h"

#include <QFileInfo>
#include <QTest>

#include <csignal>
#include <sys/resource.h>

using namespace Ledgerdesk;
using namespace Ledgerdesk::Test;

namespace {

constexpr quint32 seed = 20261209;
constexpr int messages = 3000;
// How many failed batches the processor must have reported before it is stopped: it retried.
constexpr int failedBatches = 3;

qint64 fileSize(const QString &path)
{
    const QFileInfo info(path);
    return info.exists() ? info.size() : 0;
}

// `ledgerdesk process --db <location>` that cannot make any file larger than limitBytes: a write past
// the limit fails with EFBIG (SIGXFSZ ignored), as a write to a full disk fails with ENOSPC.
LedgerdeskChild limitedProcessor(const QString &location, qint64 limitBytes)
{
    return LedgerdeskChild {{QStringLiteral("process"), QStringLiteral("--db"), location}, {}, [limitBytes]() {
                                const rlimit limit {rlim_t(limitBytes), rlim_t(limitBytes)};
                                ::setrlimit(RLIMIT_FSIZE, &limit);
                                ::signal(SIGXFSZ, SIG_IGN);
                            }};
}

// The test's shortcut for the 30 s visibility timeout of the batches whose claim was saved but whose
// changes were not (see tst_crashsafety): nothing runs while it is called.
Result<void> endVisibilityTimeouts(Database &db)
{
    return db.execRaw(QStringLiteral("UPDATE queue_messages SET visible_at_ms = 0"),
        QStringLiteral("The test could not end the visibility timeouts."));
}

} // namespace

// The disk fills up under `ledgerdesk process` on an SQLite book: the real executable drains a queue of
// deposits, withdrawals and transfers on a demo book under a file-size limit set just above the size of
// the book and its WAL, so that writing the book fails the way a full disk fails it. The processor must
// keep running and say that its batches fail, lose nothing and half-apply nothing (every message is
// either applied with all its rows or still queued; the books verify in between); run again without
// the limit, it applies every message exactly once and the books verify.
class TestDiskFull : public BackendTest
{
    Q_OBJECT

public:
    using BackendTest::BackendTest;

private Q_SLOTS:
    void diskFullDuringDrain_losesNothing_andAppliesEverythingOnceWithRoomAgain_data();
    void diskFullDuringDrain_losesNothing_andAppliesEverythingOnceWithRoomAgain();
};

void TestDiskFull::diskFullDuringDrain_losesNothing_andAppliesEverythingOnceWithRoomAgain_data()
{
    QTest::addColumn<qint64>("headroom");
    QTest::addColumn<bool>("someApplied");
    // No batch fits: the first one fails. A batch of 500 of these messages takes about 1 MiB of WAL.
    QTest::newRow("full at once") << qint64(64 * 1024) << false;
    QTest::newRow("full after a batch") << qint64(2 * 1024 * 1024) << true;
}

void TestDiskFull::diskFullDuringDrain_losesNothing_andAppliesEverythingOnceWithRoomAgain()
{
    QFETCH(qint64, headroom);
    QFETCH(bool, someApplied);
    auto location = testBooks().freshLocation();
    LD_VERIFY_OK(location);
    const BinaryRun demo = runLedgerdesk(
        {QStringLiteral("demo"), QStringLiteral("--db"), *location, QStringLiteral("--clients"), QStringLiteral("3")});
    QVERIFY2(demo.succeeded(), demo.describe().constData());

    auto opened = openBooks(*location);
    LD_VERIFY_OK(opened);
    std::unique_ptr<Database> db = std::move(opened).value();
    auto workload = MoneyWorkload::generate(*db, seed, messages, MoneyWorkload::Mix {15, 25});
    LD_VERIFY_OK(workload);
    LD_VERIFY_OK(workload->enqueue(*db));
    const qint64 appliedBefore = scalar(*db, QStringLiteral("SELECT COUNT(*) FROM processed_messages"));
    const qint64 entriesBefore = scalar(*db, QStringLiteral("SELECT COUNT(*) FROM journal_entries"));
    QVERIFY(appliedBefore >= 0 && entriesBefore >= 0);
    // Closing the last connection writes the WAL back into the book: the limit counts from there.
    db.reset();

    const QString wal = *location + QStringLiteral("-wal");
    const qint64 limit = qMax(fileSize(*location), fileSize(wal)) + headroom;
    auto processor = limitedProcessor(*location, limit).start();
    QVERIFY2(processor != nullptr, "ledgerdesk process did not start");
    QByteArray said;
    QTRY_VERIFY2_WITH_TIMEOUT(
        (said += processor->readAll()).count("batch failed") >= failedBatches, said.right(3000).constData(), 30000);
    // It neither crashed nor gave up: it waits for room, saying why each batch failed.
    QVERIFY2(processor->state() == QProcess::Running, said.right(3000).constData());
    QVERIFY2(said.contains("Could not save the changes."), said.right(3000).constData());
    processor->kill();
    QVERIFY(processor->waitForFinished(10000));

    opened = openBooks(*location);
    LD_VERIFY_OK(opened);
    db = std::move(opened).value();
    const qint64 applied = scalar(*db, QStringLiteral("SELECT COUNT(*) FROM processed_messages")) - appliedBefore;
    const qint64 queued = scalar(*db, QStringLiteral("SELECT COUNT(*) FROM queue_messages"));
    QVERIFY2(queued > 0, "the queue was drained before the disk was full: make the workload larger");
    if (someApplied)
        QVERIFY2(applied > 0, "no batch was saved before the disk was full: give it more room");
    else
        QCOMPARE(applied, qint64(0));
    // Nothing lost, nothing half-applied: each message is applied with its journal entry or still
    // queued without a row of its effects.
    QCOMPARE(applied + queued, qint64(messages));
    QCOMPARE(scalar(*db, QStringLiteral("SELECT COUNT(*) FROM dead_letters")), qint64(0));
    QCOMPARE(scalar(*db, QStringLiteral("SELECT COUNT(*) FROM journal_entries")) - entriesBefore, applied);
    QCOMPARE(scalar(*db,
                 QStringLiteral("SELECT COUNT(*) FROM processed_messages WHERE message_id IN (SELECT id FROM queue_messages)")),
        qint64(0));
    QCOMPARE(
        scalar(*db,
            QStringLiteral("SELECT COUNT(*) FROM journal_entries WHERE source_message_id IN (SELECT id FROM queue_messages)")),
        qint64(0));
    QCOMPARE(
        scalar(*db, QStringLiteral("SELECT COUNT(*) FROM outbox WHERE source_message_id IN (SELECT id FROM queue_messages)")),
        qint64(0));
    const BinaryRun verifyWhileFull = runLedgerdesk({QStringLiteral("verify"), QStringLiteral("--db"), *location});
    QVERIFY2(verifyWhileFull.succeeded(), verifyWhileFull.describe().constData());

    LD_VERIFY_OK(endVisibilityTimeouts(*db));
    const BinaryRun finish
        = runLedgerdesk({QStringLiteral("process"), QStringLiteral("--once"), QStringLiteral("--db"), *location});
    QVERIFY2(finish.succeeded(), finish.describe().constData());
    QVERIFY2(finish.output.contains(
                 QStringLiteral("Applied %1 message(s); 0 dead-lettered; 0 waiting for a retry.").arg(queued).toUtf8()),
        finish.describe().constData());

    const QStringList problems = workload->discrepancies(*db);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    const BinaryRun verify = runLedgerdesk({QStringLiteral("verify"), QStringLiteral("--db"), *location});
    QVERIFY2(verify.succeeded(), verify.describe().constData());
}

LEDGERDESK_TEST_MAIN_SQLITE(TestDiskFull)

#include "tst_diskfull.moc"
