#include "commands/commandgateway.h"
#include "commands/processor.h"
#include "models/contributionmodel.h"
#include "models/goallistmodel.h"
#include "savingspage.h"
#include "widgettest.h"

#include <QAbstractItemModelTester>
#include <QPushButton>

using namespace Ledgerdesk;
using namespace Ledgerdesk::Test;

// The savings area over real books: progress as the goal fills, redemption offered only once the
// target is reached, and the goal's history.
class TestSavingsPage : public QObject
{
    Q_OBJECT

public:
    explicit TestSavingsPage(TestBooks &books)
        : m_books(books)
    { }

private:
    TestBooks &m_books;

private Q_SLOTS:
    void goal_showsItsProgressAndOffersRedemptionOnceReached()
    {
        LD_OPEN_BOOKS(books, m_books);
        const QString wallet
            = books->openWallet(books->createClient(QStringLiteral("Ada"), QStringLiteral("Lovelace")).value()).value();
        LD_VERIFY_OK(books->deposit(wallet, QStringLiteral("500.00")));
        LD_VERIFY_OK(books->apply(QStringLiteral("GOAL_CREATE"),
            {{QStringLiteral("goal_id"), QStringLiteral("G1")}, {QStringLiteral("wallet_id"), wallet},
                {QStringLiteral("name"), QStringLiteral("Bicycle")}, {QStringLiteral("target"), QStringLiteral("200.00")}}));
        LD_VERIFY_OK(books->apply(QStringLiteral("GOAL_ADD"),
            {{QStringLiteral("goal_id"), QStringLiteral("G1")}, {QStringLiteral("amount"), QStringLiteral("50.00")}}));
        Processor processor(books->db(), books->executor());
        CommandGateway gateway(books->db(), processor, Books::agent);
        SavingsPage page(books->db(), &gateway);
        page.show();
        QAbstractItemModelTester goals(page.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester history(page.history(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        auto *redeem = page.findChild<QPushButton *>(QStringLiteral("redeem"));
        QVERIFY(page.selectGoal(QStringLiteral("G1")));
        QCOMPARE(page.model()->index(0, GoalListModel::ProgressColumn).data(GoalListModel::ProgressRole).toInt(), 25);
        QVERIFY(!redeem->isEnabled());
        QCOMPARE(page.history()->rowCount(), 1);

        gateway.submit(QStringLiteral("GOAL_ADD"),
            {{QStringLiteral("goal_id"), QStringLiteral("G1")}, {QStringLiteral("amount"), QStringLiteral("150.00")}});
        LD_VERIFY_OK(processor.drainAll());
        QCOMPARE(page.model()->index(0, GoalListModel::ProgressColumn).data(GoalListModel::ProgressRole).toInt(), 100);
        QCOMPARE(page.model()->index(0, GoalListModel::StatusColumn).data().toString(), QStringLiteral("Reached"));
        QVERIFY(redeem->isEnabled());
        QCOMPARE(page.history()->rowCount(), 2);

        redeem->click();
        LD_VERIFY_OK(processor.drainAll());
        QCOMPARE(page.model()->index(0, GoalListModel::StatusColumn).data().toString(), QStringLiteral("Redeemed"));
        QVERIFY(!redeem->isEnabled());
        QCOMPARE(page.history()->rowCount(), 3);
        // Money out of the goal, written as the register writes it.
        QCOMPARE(page.history()->index(2, ContributionModel::AmountColumn).data().toString(), QStringLiteral("($200.00)"));
        QCOMPARE(books->walletBalance(wallet), 50000);
        QCOMPARE(books->breaches(), QString());
    }
};

LEDGERDESK_WIDGET_TEST_MAIN(TestSavingsPage)
#include "tst_savingspage.moc"
