#include "agents/agentrepository.h"
#include "commands/commandgateway.h"
#include "commands/processor.h"
#include "loandialog.h"
#include "loanspage.h"
#include "models/loanlistmodel.h"
#include "models/schedulemodel.h"
#include "widgettest.h"

#include <QAbstractItemModelTester>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>

using namespace Ledgerdesk;
using namespace Ledgerdesk::Test;

// The loans area over real books: the application dialog's preview and checks, the four-eyes rule
// on the approve button, the chosen loan's schedule, and a full application through the processor.
class TestLoansPage : public QObject
{
    Q_OBJECT

public:
    explicit TestLoansPage(TestBooks &books)
        : m_books(books)
    { }

private:
    TestBooks &m_books;

    static Agent agentOf(Books &books, const QString &id) { return AgentRepository(books.db()).find(id).value(); }

private Q_SLOTS:
    void applicationDialog_previewsTheAnnuityPaymentAndRefusesABadAmount()
    {
        LD_OPEN_BOOKS(books, m_books);
        const QString wallet
            = books->openWallet(books->createClient(QStringLiteral("Ada"), QStringLiteral("Lovelace")).value()).value();
        LoanDialog dialog(books->db(), RateTiers(), wallet, nullptr);
        QVERIFY(!dialog.isAcceptable());

        // 1,200.00 at the 8 % tier for 12 months: 1200 × (0.08/12) / (1 − (1 + 0.08/12)^−12) = 104.39.
        dialog.setAmountText(QStringLiteral("1,200.00"));
        dialog.setTermMonths(12);
        QVERIFY(dialog.isAcceptable());
        QVERIFY2(dialog.preview().contains(QStringLiteral("$104.39")), qPrintable(dialog.preview()));
        QVERIFY2(dialog.preview().contains(QStringLiteral("8.00 %")), qPrintable(dialog.preview()));
        QCOMPARE(dialog.payload().value(QStringLiteral("amount")).toString(), QStringLiteral("1200.00"));
        QCOMPARE(dialog.payload().value(QStringLiteral("term_months")).toInt(), 12);
        QCOMPARE(dialog.payload().value(QStringLiteral("wallet_id")).toString(), wallet);

        dialog.setTermMonths(30);
        QVERIFY2(dialog.preview().contains(QStringLiteral("15.00 %")), qPrintable(dialog.preview()));

        dialog.setAmountText(QStringLiteral("12.345"));
        QVERIFY(!dialog.isAcceptable());
        QVERIFY(!dialog.amountProblem().isEmpty());
    }

    void approveButton_followsTheFourEyesRule()
    {
        LD_OPEN_BOOKS(books, m_books);
        LD_VERIFY_OK(books->addAgent(QStringLiteral("supervisor-sue"), Role::Supervisor));
        const QString wallet
            = books->openWallet(books->createClient(QStringLiteral("Ada"), QStringLiteral("Lovelace")).value()).value();
        LD_VERIFY_OK(books->apply(QStringLiteral("LOAN_APPLY"),
            {{QStringLiteral("loan_id"), QStringLiteral("L1")}, {QStringLiteral("wallet_id"), wallet},
                {QStringLiteral("amount"), QStringLiteral("600.00")}, {QStringLiteral("term_months"), 6}},
            Books::supervisor));
        Processor processor(books->db(), books->executor());

        const struct
        {
            QString agent;
            bool mayApprove;
        } cases[] = {{Books::supervisor, false}, {QStringLiteral("supervisor-sue"), true}, {Books::agent, false}};
        for (const auto &entry : cases) {
            CommandGateway gateway(books->db(), processor, entry.agent);
            LoansPage page(books->db(), &gateway, agentOf(*books, entry.agent));
            QVERIFY(page.selectLoan(QStringLiteral("L1")));
            QVERIFY2(page.approveButton()->isEnabled() == entry.mayApprove, qPrintable(entry.agent));
            if (!entry.mayApprove)
                QVERIFY(!page.approveButton()->toolTip().isEmpty());
        }
    }

    void chosenLoan_showsItsScheduleEndingAtZero()
    {
        LD_OPEN_BOOKS(books, m_books);
        const QString wallet
            = books->openWallet(books->createClient(QStringLiteral("Ada"), QStringLiteral("Lovelace")).value()).value();
        LD_VERIFY_OK(books->apply(QStringLiteral("LOAN_APPLY"),
            {{QStringLiteral("loan_id"), QStringLiteral("L1")}, {QStringLiteral("wallet_id"), wallet},
                {QStringLiteral("amount"), QStringLiteral("2400.00")}, {QStringLiteral("term_months"), 18}}));
        LoansPage page(books->db(), nullptr, agentOf(*books, Books::supervisor));
        QAbstractItemModelTester loans(page.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester schedule(page.schedule(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(page.model()->rowCount(), 1);
        QCOMPARE(page.model()->index(0, LoanListModel::StatusColumn).data().toString(), QStringLiteral("Pending"));
        QCOMPARE(page.model()->index(0, LoanListModel::RateColumn).data().toString(), QStringLiteral("12.00 %"));
        QCOMPARE(page.schedule()->rowCount(), 18);
        QCOMPARE(page.schedule()->index(17, ScheduleModel::BalanceColumn).data(ScheduleModel::MinorRole).toLongLong(), 0);
        QVERIFY(!page.approveButton()->isEnabled()); // read-only: nothing can be decided
    }

    void applicationThroughTheProcessor_appearsPendingAndIsApprovedByAnotherSupervisor()
    {
        LD_OPEN_BOOKS(books, m_books);
        const QString wallet
            = books->openWallet(books->createClient(QStringLiteral("Ada"), QStringLiteral("Lovelace")).value()).value();
        Processor processor(books->db(), books->executor());
        CommandGateway applicantGateway(books->db(), processor, Books::agent);
        LoansPage applicantPage(books->db(), &applicantGateway, agentOf(*books, Books::agent));
        applicantPage.show();
        applicantGateway.submit(QStringLiteral("LOAN_APPLY"),
            {{QStringLiteral("loan_id"), QStringLiteral("L7")}, {QStringLiteral("wallet_id"), wallet},
                {QStringLiteral("amount"), QStringLiteral("500.00")}, {QStringLiteral("term_months"), 12}});
        LD_VERIFY_OK(processor.drainAll());
        QVERIFY(applicantPage.selectLoan(QStringLiteral("L7")));
        QCOMPARE(applicantPage.model()
                     ->index(applicantPage.table()->currentIndex().row(), LoanListModel::StatusColumn)
                     .data()
                     .toString(),
            QStringLiteral("Pending"));

        CommandGateway supervisorGateway(books->db(), processor, Books::supervisor);
        LoansPage supervisorPage(books->db(), &supervisorGateway, agentOf(*books, Books::supervisor));
        QVERIFY(supervisorPage.selectLoan(QStringLiteral("L7")));
        QVERIFY(supervisorPage.approveButton()->isEnabled());
        supervisorPage.approveButton()->click();
        LD_VERIFY_OK(processor.drainAll());
        QCOMPARE(books->walletBalance(wallet), 50000);
        QVERIFY(applicantPage.selectLoan(QStringLiteral("L7")));
        QCOMPARE(applicantPage.model()
                     ->index(applicantPage.table()->currentIndex().row(), LoanListModel::StatusColumn)
                     .data()
                     .toString(),
            QStringLiteral("Approved"));
    }
};

LEDGERDESK_WIDGET_TEST_MAIN(TestLoansPage)
#include "tst_loanspage.moc"
