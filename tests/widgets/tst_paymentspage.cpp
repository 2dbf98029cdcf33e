#include "agents/agentrepository.h"
#include "commands/commandgateway.h"
#include "commands/processor.h"
#include "models/paymentlistmodel.h"
#include "paymentspage.h"
#include "widgettest.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>

using namespace Ledgerdesk;
using namespace Ledgerdesk::Test;

// The payments area over real books: the request form's checks, and a payment followed from the
// request to its end through the real processor, success and failure with the reason.
class TestPaymentsPage : public QObject
{
    Q_OBJECT

public:
    explicit TestPaymentsPage(TestBooks &books)
        : m_books(books)
    { }

private:
    TestBooks &m_books;

private Q_SLOTS:
    void form_acceptsOnlyACompleteRequestWithAValidAmount()
    {
        LD_OPEN_BOOKS(books, m_books);
        const QString wallet
            = books->openWallet(books->createClient(QStringLiteral("Ada"), QStringLiteral("Lovelace")).value()).value();
        LD_VERIFY_OK(books->deposit(wallet, QStringLiteral("100.00")));
        Processor processor(books->db(), books->executor());
        CommandGateway gateway(books->db(), processor, Books::agent);
        PaymentsPage page(books->db(), &gateway);

        page.fillForm(wallet, QString(), QStringLiteral("10.00"));
        QVERIFY(!page.isFormAcceptable()); // no merchant
        page.fillForm(wallet, QStringLiteral("ACME"), QStringLiteral("10.001"));
        QVERIFY(!page.isFormAcceptable());
        QVERIFY(!page.formProblem().isEmpty());
        page.fillForm(wallet, QStringLiteral("ACME"), QStringLiteral("0.00"));
        QCOMPARE(page.formProblem(), QStringLiteral("The amount must be more than zero."));
        page.fillForm(wallet, QStringLiteral("ACME"), QStringLiteral("25.50"));
        QVERIFY(page.isFormAcceptable());
        QVERIFY(page.formProblem().isEmpty());
    }

    void payments_areFollowedToTheirEndAndAnnounced()
    {
        LD_OPEN_BOOKS(books, m_books);
        const QString wallet
            = books->openWallet(books->createClient(QStringLiteral("Ada"), QStringLiteral("Lovelace")).value()).value();
        LD_VERIFY_OK(books->deposit(wallet, QStringLiteral("100.00")));
        Processor processor(books->db(), books->executor());
        CommandGateway gateway(books->db(), processor, Books::agent);
        PaymentsPage page(books->db(), &gateway);
        QAbstractItemModelTester tester(page.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy outcomes(&page, &PaymentsPage::outcome);

        page.fillForm(wallet, QStringLiteral("ACME"), QStringLiteral("30.00"));
        const QString paid = page.submit();
        QVERIFY(!paid.isEmpty());
        LD_VERIFY_OK(processor.drainAll());
        QCOMPARE(outcomes.size(), 1);
        QCOMPARE(outcomes.at(0).at(0).toBool(), true);
        QCOMPARE(outcomes.at(0).at(1).toString(), QStringLiteral("Payment of $30.00 to ACME succeeded."));
        QCOMPARE(books->walletBalance(wallet), 7000);

        page.fillForm(wallet, QStringLiteral("ACME"), QStringLiteral("500.00")); // warned, but sent
        const QString refused = page.submit();
        QVERIFY(!refused.isEmpty());
        LD_VERIFY_OK(processor.drainAll());
        QCOMPARE(outcomes.size(), 2);
        QCOMPARE(outcomes.at(1).at(0).toBool(), false);
        QCOMPARE(outcomes.at(1).at(1).toString(), QStringLiteral("Payment of $500.00 to ACME failed: Insufficient funds."));
        QCOMPARE(books->walletBalance(wallet), 7000);

        const int row = page.model()->rowOf(refused);
        QVERIFY(row >= 0);
        QCOMPARE(page.model()->index(row, PaymentListModel::StatusColumn).data().toString(), QStringLiteral("Failed"));
        QCOMPARE(
            page.model()->index(row, PaymentListModel::ReasonColumn).data().toString(), QStringLiteral("Insufficient funds."));
    }
};

LEDGERDESK_WIDGET_TEST_MAIN(TestPaymentsPage)
#include "tst_paymentspage.moc"
