#include "agents/agentrepository.h"
#include "commands/commandgateway.h"
#include "commands/processor.h"
#include "ingestpage.h"
#include "intake/simulator.h"
#include "intake/transactionintake.h"
#include "models/ingestmodel.h"
#include "widgettest.h"

#include <QAbstractItemModelTester>
#include <QLabel>
#include <QPushButton>
#include <QSet>
#include <QTableView>

using namespace Ledgerdesk;
using namespace Ledgerdesk::Test;

namespace {

constexpr qint64 someMorning = 1'736'935'200'000LL; // 2025-01-15 10:00 UTC

QJsonObject payment(const QString &transactionId, const QString &amount, const QString &merchant)
{
    return QJsonObject {{QStringLiteral("transaction_id"), transactionId},
        {QStringLiteral("source_account"), QStringLiteral("acc_user_7")},
        {QStringLiteral("destination_account"), QStringLiteral("acc_merchant_3")}, {QStringLiteral("amount"), amount},
        {QStringLiteral("currency"), QStringLiteral("USD")}, {QStringLiteral("merchant"), merchant}};
}

} // namespace

// The incoming-transactions tab over a real book: transactions enter through the real intake (or
// the simulator) and are categorised by the real processor; the page shows them newest first with
// their amounts, categories and statuses, counts them, pages through them and keeps up by itself.
class TestIngestPage : public QObject
{
    Q_OBJECT

public:
    explicit TestIngestPage(TestBooks &books)
        : m_books(books)
    { }

private:
    TestBooks &m_books;

private Q_SLOTS:
    void transactions_showNewestFirstAndTheirCategoryOnceProcessed()
    {
        LD_OPEN_BOOKS(books, m_books);
        TransactionIntake intake(books->db());
        LD_VERIFY_OK(intake.submit(
            payment(QStringLiteral("t-coffee"), QStringLiteral("4.50"), QStringLiteral("Coffee Shop")), someMorning));
        LD_VERIFY_OK(intake.submit(
            payment(QStringLiteral("t-grocer"), QStringLiteral("250.00"), QStringLiteral("Grocer")), someMorning + 1000));
        LD_VERIFY_OK(intake.submit(
            payment(QStringLiteral("t-laptop"), QStringLiteral("1500.00"), QStringLiteral("Laptops Inc.")), someMorning + 2000));

        IngestPage page(books->db(), nullptr);
        QAbstractItemModelTester tester(page.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        IngestModel *model = page.model();
        const auto text = [model](int row, int column) { return model->index(row, column).data().toString(); };
        QCOMPARE(model->rowCount(), 3);
        QCOMPARE(text(0, IngestModel::TransactionIdColumn), QStringLiteral("t-laptop"));
        QCOMPARE(text(1, IngestModel::TransactionIdColumn), QStringLiteral("t-grocer"));
        QCOMPARE(text(2, IngestModel::TransactionIdColumn), QStringLiteral("t-coffee"));
        QCOMPARE(text(0, IngestModel::AmountColumn), QStringLiteral("$1,500.00"));
        QCOMPARE(model->index(0, 0).data(IngestModel::AmountMinorRole).toLongLong(), 150000);
        QCOMPARE(text(0, IngestModel::AccountsColumn), QStringLiteral("acc_user_7 → acc_merchant_3"));
        QCOMPARE(text(0, IngestModel::MerchantColumn), QStringLiteral("Laptops Inc."));
        QCOMPARE(model->index(0, 0).data(IngestModel::ReceivedAtMsRole).toLongLong(), someMorning + 2000);
        for (int row = 0; row < 3; ++row) {
            QCOMPARE(model->index(row, 0).data(IngestModel::StatusRole).toString(), IngestedTransaction::processing);
            QCOMPARE(text(row, IngestModel::StatusColumn), QStringLiteral("Processing"));
            QCOMPARE(text(row, IngestModel::CategoryColumn), QString());
            QCOMPARE(text(row, IngestModel::ProcessedColumn), QString());
        }
        auto *summary = page.findChild<QLabel *>(QStringLiteral("summary"));
        QVERIFY2(summary->text().startsWith(QStringLiteral("<b>3</b> received · processed <b>0</b> · processing <b>3</b>")),
            qPrintable(summary->text()));

        Processor processor(books->db(), books->executor());
        LD_VERIFY_OK(processor.drainAll());
        page.reload();

        const std::tuple<QString, QString, QString> expected[]
            = {{QStringLiteral("t-laptop"), QStringLiteral("high_value"), QStringLiteral("High value")},
                {QStringLiteral("t-grocer"), QStringLiteral("medium_value"), QStringLiteral("Medium value")},
                {QStringLiteral("t-coffee"), QStringLiteral("standard"), QStringLiteral("Standard")}};
        for (int row = 0; row < 3; ++row) {
            const auto &[id, category, shown] = expected[row];
            QCOMPARE(text(row, IngestModel::TransactionIdColumn), id);
            QCOMPARE(model->index(row, 0).data(IngestModel::CategoryRole).toString(), category);
            QCOMPARE(text(row, IngestModel::CategoryColumn), shown);
            QCOMPARE(text(row, IngestModel::StatusColumn), QStringLiteral("Processed"));
            QVERIFY(model->index(row, 0).data(IngestModel::ProcessedAtMsRole).toLongLong() > 0);
            QVERIFY(!text(row, IngestModel::ProcessedColumn).isEmpty());
        }
        QCOMPARE(summary->text(),
            QStringLiteral("<b>3</b> received · processed <b>3</b> · processing <b>0</b> — "
                           "high value <b>1</b> · medium value <b>1</b> · standard <b>1</b>"));
    }

    void simulatedTransactions_arePagedAndCounted()
    {
        LD_OPEN_BOOKS(books, m_books);
        Simulator simulator(books->db(), 7);
        auto stored = simulator.runBlocking(120);
        LD_VERIFY_OK(stored);
        QCOMPARE(*stored, 120);
        Processor processor(books->db(), books->executor());
        processor.setBatchSize(50);
        LD_VERIFY_OK(processor.drainBatch()); // 50 of 120 processed

        IngestPage page(books->db(), nullptr);
        QAbstractItemModelTester tester(page.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        IngestModel *model = page.model();
        auto *previous = page.findChild<QPushButton *>(QStringLiteral("previous"));
        auto *next = page.findChild<QPushButton *>(QStringLiteral("next"));
        auto *pageLabel = page.findChild<QLabel *>(QStringLiteral("pageLabel"));
        QCOMPARE(model->totalCount(), 120);
        QCOMPARE(model->pageCount(), 3);
        QCOMPARE(model->rowCount(), 50);
        QCOMPARE(pageLabel->text(), QStringLiteral("Page 1 of 3 · 120 transaction(s)"));
        QVERIFY(!previous->isEnabled());

        QSet<QString> seen;
        qint64 lastReceived = std::numeric_limits<qint64>::max();
        for (int pageNumber = 0; pageNumber < 3; ++pageNumber) {
            QCOMPARE(model->page(), pageNumber);
            QCOMPARE(model->rowCount(), pageNumber < 2 ? 50 : 20);
            for (int row = 0; row < model->rowCount(); ++row) {
                const QModelIndex index = model->index(row, 0);
                seen.insert(index.data(IngestModel::TransactionIdRole).toString());
                const qint64 received = index.data(IngestModel::ReceivedAtMsRole).toLongLong();
                QVERIFY(received <= lastReceived);
                lastReceived = received;
                const QString currency = index.data(IngestModel::CurrencyRole).toString();
                QCOMPARE(model->index(row, IngestModel::AmountColumn).data().toString(),
                    Money(index.data(IngestModel::AmountMinorRole).toLongLong(), currency).format());
            }
            QCOMPARE(next->isEnabled(), pageNumber < 2);
            next->click();
        }
        QCOMPARE(seen.size(), 120);
        QCOMPARE(pageLabel->text(), QStringLiteral("Page 3 of 3 · 120 transaction(s)"));
        previous->click();
        QCOMPARE(model->page(), 1);

        const QMap<QString, qint64> &byStatus = model->countsByStatus();
        QCOMPARE(byStatus.value(IngestedTransaction::processed), 50);
        QCOMPARE(byStatus.value(IngestedTransaction::processing), 70);
        const QMap<QString, qint64> &byCategory = model->countsByCategory();
        QCOMPARE(byCategory.value(QString()), 70);
        QCOMPARE(byCategory.value(QStringLiteral("high_value")) + byCategory.value(QStringLiteral("medium_value"))
                + byCategory.value(QStringLiteral("standard")),
            50);
        const QString summary = page.findChild<QLabel *>(QStringLiteral("summary"))->text();
        QVERIFY2(summary.startsWith(QStringLiteral("<b>120</b> received · processed <b>50</b> · processing <b>70</b>")),
            qPrintable(summary));
    }

    void visiblePage_refreshesOnItsTimerAndWhenTheBooksChange()
    {
        LD_OPEN_BOOKS(books, m_books);
        TransactionIntake intake(books->db());
        LD_VERIFY_OK(
            intake.submit(payment(QStringLiteral("t-1"), QStringLiteral("20.00"), QStringLiteral("Bakery")), someMorning));
        const Agent agent = AgentRepository(books->db()).find(Books::agent).value();
        Processor processor(books->db(), books->executor());
        CommandGateway gateway(books->db(), processor, agent.id);
        IngestPage page(books->db(), &gateway);
        page.setRefreshInterval(50);
        IngestModel *model = page.model();
        QCOMPARE(model->totalCount(), 1);

        LD_VERIFY_OK(
            intake.submit(payment(QStringLiteral("t-2"), QStringLiteral("30.00"), QStringLiteral("Bakery")), someMorning + 1000));
        QTest::qWait(200);
        QCOMPARE(model->totalCount(), 1); // hidden: not re-read

        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QCOMPARE(model->totalCount(), 2);
        auto *table = page.findChild<QTableView *>(QStringLiteral("transactions"));
        table->setCurrentIndex(model->index(1, 0));
        QCOMPARE(table->currentIndex().data(IngestModel::TransactionIdRole).toString(), QStringLiteral("t-1"));

        LD_VERIFY_OK(
            intake.submit(payment(QStringLiteral("t-3"), QStringLiteral("40.00"), QStringLiteral("Bakery")), someMorning + 2000));
        QTRY_COMPARE(model->totalCount(), 3);
        QCOMPARE(model->index(0, 0).data(IngestModel::TransactionIdRole).toString(), QStringLiteral("t-3"));
        QCOMPARE(table->currentIndex().data(IngestModel::TransactionIdRole).toString(), QStringLiteral("t-1"));

        page.setRefreshInterval(3'600'000);
        LD_VERIFY_OK(processor.drainAll()); // applied messages: booksChanged
        for (int row = 0; row < 3; ++row)
            QCOMPARE(model->index(row, IngestModel::StatusColumn).data().toString(), QStringLiteral("Processed"));
        QCOMPARE(model->countsByStatus().value(IngestedTransaction::processed), 3);
    }
};

LEDGERDESK_WIDGET_TEST_MAIN(TestIngestPage)
#include "tst_ingestpage.moc"
