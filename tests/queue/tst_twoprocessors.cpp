#include "ledgerdeskbinary.h"
#include "moneyworkload.h"
#include "support/backendtest.h"

#include <QDeadlineTimer>
#include <QRegularExpression>
#include <QTest>

using namespace Ledgerdesk;
using namespace Ledgerdesk::Test;

namespace {

constexpr quint32 seed = 7031;
constexpr int depositCount = 4000;

// The messages a `ledgerdesk process` reported applied, from its "Applied N, dead-lettered D,
// retrying R." line per batch.
struct Tally
{
    qint64 applied = 0;
    qint64 deadLettered = 0;
    qint64 retried = 0;
};

Tally tallyOf(const QByteArray &output)
{
    static const QRegularExpression line(
        QStringLiteral("^Applied (\\d+), dead-lettered (\\d+), retrying (\\d+)\\.$"), QRegularExpression::MultilineOption);
    Tally tally;
    auto matches = line.globalMatch(QString::fromUtf8(output));
    while (matches.hasNext()) {
        const auto match = matches.next();
        tally.applied += match.captured(1).toLongLong();
        tally.deadLettered += match.captured(2).toLongLong();
        tally.retried += match.captured(3).toLongLong();
    }
    return tally;
}

} // namespace

// Two real `ledgerdesk process` programs on one PostgreSQL book drain one queue at the same time
// (DESIGN section 4: FOR UPDATE SKIP LOCKED): nothing is applied twice and the books balance.
class TestTwoProcessors : public BackendTest
{
    Q_OBJECT

public:
    using BackendTest::BackendTest;

private Q_SLOTS:
    void twoProcessorsOnOneQueue_applyEveryDepositOnce();
};

void TestTwoProcessors::twoProcessorsOnOneQueue_applyEveryDepositOnce()
{
    auto location = testBooks().freshLocation();
    LD_VERIFY_OK(location);
    auto opened = openDemoBook(*location, 3);
    LD_VERIFY_OK(opened);
    Database &db = **opened;
    auto workload = MoneyWorkload::generate(db, seed, depositCount, MoneyWorkload::Mix {});
    LD_VERIFY_OK(workload);
    QCOMPARE(workload->count(QStringLiteral("DEPOSIT")), qsizetype(depositCount));

    // Both run and listen before the first message arrives, so the enqueue's NOTIFY wakes them together.
    std::unique_ptr<QProcess> processors[2];
    for (auto &processor : processors) {
        processor = startProcessor(*location);
        QVERIFY2(processor != nullptr, "ledgerdesk process did not start");
    }
    for (auto &processor : processors) {
        QTRY_VERIFY2_WITH_TIMEOUT(processor->peek(4096).contains("Processing the queue"),
            qPrintable(QStringLiteral("a processor did not come up:\n") + QString::fromUtf8(processor->peek(4096))), 30000);
    }
    LD_VERIFY_OK(workload->enqueue(db));

    QDeadlineTimer deadline(90000);
    qint64 left = -1;
    while (!deadline.hasExpired()) {
        left = scalar(db, QStringLiteral("SELECT COUNT(*) FROM queue_messages"));
        if (left == 0)
            break;
        for (auto &processor : processors) {
            if (processor->state() != QProcess::Running)
                QFAIL(qPrintable(QStringLiteral("a processor stopped:\n") + QString::fromUtf8(processor->readAll())));
        }
        QTest::qWait(100);
    }
    QVERIFY2(left == 0, qPrintable(QStringLiteral("%1 message(s) still queued after 90 s").arg(left)));
    QTest::qWait(200); // the last batch's line reaches the pipe after its commit
    Tally tallies[2];
    for (int i = 0; i < 2; ++i) {
        processors[i]->kill();
        QVERIFY2(processors[i]->waitForFinished(10000), "a killed processor did not end");
        tallies[i] = tallyOf(processors[i]->readAll());
    }

    const QStringList problems = workload->discrepancies(db);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM journal_entries WHERE kind = 'DEPOSIT' AND memo LIKE 'workload %'")),
        qint64(depositCount));
    // Each message was handled by one of them only: a redelivery would count as applied a second time.
    QCOMPARE(tallies[0].applied + tallies[1].applied, qint64(depositCount));
    QCOMPARE(tallies[0].deadLettered + tallies[1].deadLettered, qint64(0));
    // Nor did they get in each other's way: a lock wait that ends in a deadlock sends a message back
    // to the queue for a retry.
    QCOMPARE(tallies[0].retried + tallies[1].retried, qint64(0));
    QVERIFY2(tallies[0].applied > 0 && tallies[1].applied > 0,
        qPrintable(QStringLiteral("one processor did all the work (%1 and %2 applied): they did not drain at once")
                       .arg(tallies[0].applied)
                       .arg(tallies[1].applied)));
    const BinaryRun verify = runLedgerdesk({QStringLiteral("verify"), QStringLiteral("--db"), *location});
    QVERIFY2(verify.succeeded(), verify.describe().constData());
}

LEDGERDESK_TEST_MAIN_BACKENDS(TestTwoProcessors, Ledgerdesk::Test::Backend::Postgres)

#include "tst_twoprocessors.moc"
