#include "intake/categorybands.h"
#include "intake/intakerepository.h"
#include "intake/intakesettings.h"
#include "intake/simulator.h"
#include "intaketest.h"
#include "settings/settings.h"
#include "support/backendtest.h"

#include <QElapsedTimer>
#include <QSet>
#include <QSignalSpy>
#include <QTest>

using namespace Ledgerdesk;
using namespace Ledgerdesk::Test;

class TestSimulator : public BackendTest
{
    Q_OBJECT

public:
    using BackendTest::BackendTest;

private Q_SLOTS:
    void runBlocking_enqueuesTheCountAcrossAllBands();
    void runBlocking_withChangedBands_stillCoversEveryBand();
    void sameSeed_givesTheSameTransactions_andARepeatedRunIsDropped();
    void differentSeeds_giveDifferentIds();
    void start_pacesMessagesAtTheRate();
    void start_withoutAPositiveRateOrCount_isRefused();

private:
    // Applies every queued message and checks each transaction's category against its amount.
    void processAndCheckCategories(Books &books, qint64 expected);
};

void TestSimulator::processAndCheckCategories(Books &books, qint64 expected)
{
    auto applied = applyQueuedMessages(books);
    LD_VERIFY_OK(applied);
    QCOMPARE(qint64(*applied), expected);
    BookSettings settings(books.db());
    auto bands = CategoryBands::load(settings);
    LD_VERIFY_OK(bands);
    auto all = IntakeRepository(books.db()).listRecent(0, int(expected) + 10);
    LD_VERIFY_OK(all);
    QCOMPARE(qint64(all->size()), expected);
    for (const IngestedTransaction &transaction : std::as_const(*all)) {
        QCOMPARE(transaction.status, QStringLiteral("PROCESSED"));
        QCOMPARE(transaction.category, bands->categorise(transaction.amount()));
        QVERIFY(transaction.amountMinor > 0);
        QVERIFY(!transaction.merchant.isEmpty());
        QVERIFY(transaction.sourceAccount.startsWith(QLatin1String("acc_user_")));
        QVERIFY(transaction.destinationAccount.startsWith(QLatin1String("acc_merchant_")));
    }
}

void TestSimulator::runBlocking_enqueuesTheCountAcrossAllBands()
{
    LD_OPEN_BOOKS(books, testBooks());
    Simulator simulator(books->db(), 42);
    QSignalSpy progress(&simulator, &Simulator::progress);
    QSignalSpy finished(&simulator, &Simulator::finished);
    QSignalSpy enqueued(&simulator, &Simulator::enqueued);
    auto stored = simulator.runBlocking(1200);
    LD_VERIFY_OK(stored);
    QCOMPARE(*stored, 1200);
    QCOMPARE(simulator.duplicates(), 0);
    QCOMPARE(progress.count(), 3); // batches of 500, 500 and 200
    QCOMPARE(progress.last().at(0).toLongLong(), 1200);
    QCOMPARE(finished.count(), 1);
    qint64 enqueuedTotal = 0;
    for (const QList<QVariant> &signal : std::as_const(enqueued))
        enqueuedTotal += signal.at(0).toInt();
    QCOMPARE(enqueuedTotal, 1200);
    QCOMPARE(books->count(QStringLiteral("queue_messages")), 1200);

    IntakeRepository repository(books->db());
    auto byStatus = repository.countsByStatus();
    LD_VERIFY_OK(byStatus);
    QCOMPARE(byStatus->value(QStringLiteral("PROCESSING")), 1200);

    processAndCheckCategories(*books, 1200);
    if (QTest::currentTestFailed())
        return;
    auto byCategory = repository.countsByCategory();
    LD_VERIFY_OK(byCategory);
    const qint64 standard = byCategory->value(QStringLiteral("standard"));
    const qint64 medium = byCategory->value(QStringLiteral("medium_value"));
    const qint64 high = byCategory->value(QStringLiteral("high_value"));
    QCOMPARE(standard + medium + high, 1200);
    // About 60 / 30 / 10 percent.
    QVERIFY2(standard > 600 && standard < 840, qPrintable(QString::number(standard)));
    QVERIFY2(medium > 240 && medium < 480, qPrintable(QString::number(medium)));
    QVERIFY2(high > 60 && high < 200, qPrintable(QString::number(high)));
    // A few currencies.
    QSet<QString> currencies;
    auto all = repository.listRecent(0, 1200);
    LD_VERIFY_OK(all);
    for (const IngestedTransaction &transaction : std::as_const(*all))
        currencies.insert(transaction.currency);
    QVERIFY2(currencies.size() >= 4, qPrintable(QStringList(currencies.values()).join(QLatin1Char(' '))));
}

void TestSimulator::runBlocking_withChangedBands_stillCoversEveryBand()
{
    LD_OPEN_BOOKS(books, testBooks());
    BookSettings settings(books->db());
    LD_VERIFY_OK(settings.setValue(IntakeSettings::highValue, QStringLiteral("20000.00")));
    LD_VERIFY_OK(settings.setValue(IntakeSettings::mediumValue, QStringLiteral("5.00")));
    Simulator simulator(books->db(), 7);
    LD_VERIFY_OK(simulator.runBlocking(300));
    processAndCheckCategories(*books, 300);
    if (QTest::currentTestFailed())
        return;
    auto byCategory = IntakeRepository(books->db()).countsByCategory();
    LD_VERIFY_OK(byCategory);
    for (const QString &category : {CategoryBands::standard, CategoryBands::mediumValue, CategoryBands::highValue})
        QVERIFY2(byCategory->value(category) > 0, qPrintable(category));
}

void TestSimulator::sameSeed_givesTheSameTransactions_andARepeatedRunIsDropped()
{
    LD_OPEN_BOOKS(books, testBooks());
    Simulator first(books->db(), 99);
    Simulator second(books->db(), 99);
    for (int i = 0; i < 50; ++i) {
        auto a = first.next(1'700'000'000'000LL);
        auto b = second.next(1'700'000'000'000LL);
        LD_VERIFY_OK(a);
        LD_VERIFY_OK(b);
        QCOMPARE(a->transactionId, b->transactionId);
        QCOMPARE(a->amountMinor, b->amountMinor);
        QCOMPARE(a->currency, b->currency);
        QCOMPARE(a->merchant, b->merchant);
        QCOMPARE(a->sourceAccount, b->sourceAccount);
        QCOMPARE(a->eventTimeMs, b->eventTimeMs);
    }

    Simulator run(books->db(), 1234);
    auto stored = run.runBlocking(100);
    LD_VERIFY_OK(stored);
    QCOMPARE(*stored, 100);
    const qint64 rows = books->count(QStringLiteral("ingested_transactions"));
    const qint64 queued = books->count(QStringLiteral("queue_messages"));

    Simulator repeat(books->db(), 1234);
    QSignalSpy enqueued(&repeat, &Simulator::enqueued);
    auto again = repeat.runBlocking(100);
    LD_VERIFY_OK(again);
    QCOMPARE(*again, 0);
    QCOMPARE(repeat.duplicates(), 100);
    QCOMPARE(enqueued.count(), 0);
    QCOMPARE(books->count(QStringLiteral("ingested_transactions")), rows);
    QCOMPARE(books->count(QStringLiteral("queue_messages")), queued);
}

void TestSimulator::differentSeeds_giveDifferentIds()
{
    LD_OPEN_BOOKS(books, testBooks());
    Simulator a(books->db(), 1);
    Simulator b(books->db(), 2);
    LD_VERIFY_OK(a.runBlocking(20));
    auto stored = b.runBlocking(20);
    LD_VERIFY_OK(stored);
    QCOMPARE(*stored, 20);
    QCOMPARE(books->count(QStringLiteral("ingested_transactions")), 40);
    Simulator randomSeed(books->db());
    QVERIFY(randomSeed.seed() != 0);
}

void TestSimulator::start_pacesMessagesAtTheRate()
{
    LD_OPEN_BOOKS(books, testBooks());
    Simulator simulator(books->db(), 5);
    QSignalSpy finished(&simulator, &Simulator::finished);
    QSignalSpy progress(&simulator, &Simulator::progress);
    QSignalSpy failed(&simulator, &Simulator::failed);
    const double rate = 100;
    const qint64 count = 30;
    QElapsedTimer clock;
    clock.start();
    LD_VERIFY_OK(simulator.start(rate, count));
    QVERIFY(simulator.isRunning());
    LD_VERIFY_ERROR(simulator.start(rate, count), Error::Kind::Conflict);
    QVERIFY(finished.wait(5000));
    const qint64 elapsed = clock.elapsed();
    QCOMPARE(failed.count(), 0);
    QVERIFY(!simulator.isRunning());
    QCOMPARE(finished.first().at(0).toLongLong(), count);
    QCOMPARE(books->count(QStringLiteral("queue_messages")), count);
    QVERIFY(progress.count() >= 2);
    // The last message is due (count - 1) / rate seconds after the first: never sooner.
    QVERIFY2(elapsed >= qint64((count - 1) * 1000 / rate), qPrintable(QString::number(elapsed)));
}

void TestSimulator::start_withoutAPositiveRateOrCount_isRefused()
{
    LD_OPEN_BOOKS(books, testBooks());
    Simulator simulator(books->db(), 5);
    LD_VERIFY_ERROR(simulator.start(0, 10), Error::Kind::Validation);
    LD_VERIFY_ERROR(simulator.start(-3, 10), Error::Kind::Validation);
    LD_VERIFY_ERROR(simulator.start(10, 0), Error::Kind::Validation);
    LD_VERIFY_ERROR(simulator.runBlocking(0), Error::Kind::Validation);
    QVERIFY(!simulator.isRunning());
    QCOMPARE(books->count(QStringLiteral("queue_messages")), 0);
}

LEDGERDESK_TEST_MAIN_BOTH_BACKENDS(TestSimulator)

#include "tst_simulator.moc"
