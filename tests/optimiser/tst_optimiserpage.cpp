#include "agents/agentrepository.h"
#include "commands/commandgateway.h"
#include "commands/processor.h"
#include "core/money.h"
#include "mainwindow.h"
#include "optimiser/payoffschedulemodel.h"
#include "optimiserpage.h"
#include "widgets/widgettest.h"

#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QTableView>
#include <QTableWidget>

using namespace Ledgerdesk;
using namespace Ledgerdesk::Test;

// The optimiser page as a person uses it: the example compared on opening, edits recomputed on their own,
// problems said in a sentence with the wrong cell marked, loans added as debts, and the strategy shown in
// detail chosen from a list.
class TestOptimiserPage : public QObject
{
    Q_OBJECT

public:
    explicit TestOptimiserPage(TestBooks &books)
        : m_books(books)
    { }

private:
    TestBooks &m_books;

    static QTableWidget *debts(OptimiserPage &page) { return page.findChild<QTableWidget *>(QStringLiteral("debts")); }
    static QLineEdit *budget(OptimiserPage &page) { return page.findChild<QLineEdit *>(QStringLiteral("budget")); }
    static bool isMarked(const QTableWidgetItem *item) { return item->data(Qt::BackgroundRole).isValid(); }

private Q_SLOTS:
    void example_isComparedSideBySideOnOpening()
    {
        OptimiserPage page;
        QCOMPARE(page.problemText(), QString());
        QCOMPARE(page.plans().size(), 4);
        for (const PayoffPlan &plan : page.plans())
            QVERIFY2(plan.ends, qPrintable(plan.reason));
        QCOMPARE(page.plans().first().debtCount(), 5);

        auto *comparison = page.findChild<QTableWidget *>(QStringLiteral("comparison"));
        QCOMPARE(comparison->rowCount(), 4);
        QCOMPARE(comparison->item(0, 0)->text(), QStringLiteral("Avalanche"));
        QCOMPARE(comparison->item(3, 0)->text(), QStringLiteral("Minimum only"));
        const PayoffPlan &avalanche = page.plans().first();
        QCOMPARE(comparison->item(0, 1)->text(), QString::number(avalanche.months));
        QCOMPARE(comparison->item(0, 3)->text(), Money(avalanche.totalInterestMinor, QStringLiteral("USD")).format());
        QCOMPARE(comparison->item(0, 4)->text(), Money(*avalanche.interestSavedMinor, QStringLiteral("USD")).format());
        QVERIFY(*avalanche.interestSavedMinor > 0);
        QVERIFY(page.findChild<QLabel *>(QStringLiteral("summary"))->text().contains(QStringLiteral("Avalanche")));

        QCOMPARE(page.findChild<QChartView *>(QStringLiteral("totalChart"))->chart()->series().size(), 4);
        QCOMPARE(page.findChild<QChartView *>(QStringLiteral("debtChart"))->chart()->series().size(), 5);
        auto *schedule = page.findChild<QTableView *>(QStringLiteral("schedule"));
        QVERIFY(schedule->model()->rowCount() > avalanche.months);
    }

    void budgetBelowMinimums_isSaidInlineAndMarksTheBudget()
    {
        OptimiserPage page;
        budget(page)->setText(QStringLiteral("500.00"));
        page.recompute();

        QCOMPARE(page.problemText(),
            QStringLiteral("The monthly budget of 500.00 USD is less than the minimum payments, which add up to 740.00 USD."));
        QVERIFY(page.plans().isEmpty());
        QCOMPARE(page.findChild<QTableWidget *>(QStringLiteral("comparison"))->rowCount(), 0);
        QVERIFY(budget(page)->styleSheet().contains(QStringLiteral("border")));
        QCOMPARE(page.findChild<QChartView *>(QStringLiteral("totalChart"))->chart()->series().size(), 0);

        budget(page)->setText(QStringLiteral("1,100.00"));
        page.recompute();
        QCOMPARE(page.problemText(), QString());
        QVERIFY(budget(page)->styleSheet().isEmpty());
        QCOMPARE(page.plans().size(), 4);
    }

    void textThatIsNotARate_marksItsCellAndNamesTheDebt()
    {
        OptimiserPage page;
        debts(page)->item(2, 2)->setText(QStringLiteral("six"));
        page.recompute();

        QCOMPARE(page.problemText(), QStringLiteral("Car loan, rate: \"six\" is not a rate; write the percentage like 19.99."));
        QVERIFY(isMarked(debts(page)->item(2, 2)));
        QCOMPARE(debts(page)->item(2, 2)->toolTip(), page.problemText());
        QVERIFY(!isMarked(debts(page)->item(2, 1)));
        QVERIFY(!isMarked(debts(page)->item(1, 2)));
        QVERIFY(page.plans().isEmpty());
    }

    void twoDebtsOfOneName_markTheSecondName()
    {
        OptimiserPage page;
        debts(page)->item(1, 0)->setText(QStringLiteral("visa card"));
        page.recompute();

        QCOMPARE(page.problemText(), QStringLiteral("Two debts are called \"visa card\"; give each its own name."));
        QVERIFY(isMarked(debts(page)->item(1, 0)));
        QVERIFY(!isMarked(debts(page)->item(0, 0)));
    }

    void newEmptyRow_waitsUntilSomethingIsTyped()
    {
        OptimiserPage page;
        page.findChild<QPushButton *>(QStringLiteral("addDebt"))->click();
        QCOMPARE(debts(page)->rowCount(), 6);
        page.recompute();
        QCOMPARE(page.problemText(), QString());
        QCOMPARE(page.plans().first().debtCount(), 5);

        debts(page)->item(5, 0)->setText(QStringLiteral("Phone"));
        page.recompute();
        QCOMPARE(page.problemText(), QStringLiteral("Phone, balance: Enter an amount."));
        QVERIFY(isMarked(debts(page)->item(5, 1)));
    }

    void edits_recomputeOnTheirOwn()
    {
        OptimiserPage page;
        const int months = page.plans().first().months;
        budget(page)->setText(QStringLiteral("2,000.00"));
        QTRY_VERIFY(page.plans().first().months < months);
    }

    void addDebts_appendsThemAndRecomputes()
    {
        OptimiserPage page;
        page.addDebts({Debt {QStringLiteral("Desk loan"), 50000, 8 * Debt::ratePpmPerPercent, 5000}});

        QCOMPARE(debts(page)->rowCount(), 6);
        QCOMPARE(debts(page)->item(5, 0)->text(), QStringLiteral("Desk loan"));
        QCOMPARE(debts(page)->item(5, 1)->text(), QStringLiteral("500.00"));
        QCOMPARE(debts(page)->item(5, 2)->text(), QStringLiteral("8"));
        QCOMPARE(debts(page)->item(5, 3)->text(), QStringLiteral("50.00"));
        QCOMPARE(page.plans().first().debtCount(), 6);
        QCOMPARE(page.plans().first().debts.last().openingBalanceMinor, qint64(50000));
    }

    void strategyInDetail_switchesTheScheduleAndTheDebtChart()
    {
        OptimiserPage page;
        auto *detail = page.findChild<QComboBox *>(QStringLiteral("detailStrategy"));
        auto *schedule = qobject_cast<PayoffScheduleModel *>(page.findChild<QTableView *>(QStringLiteral("schedule"))->model());
        QCOMPARE(schedule->plan().strategy, Strategy::Avalanche);

        detail->setCurrentIndex(1);
        QCOMPARE(schedule->plan().strategy, Strategy::Snowball);
        QVERIFY(page.findChild<QChartView *>(QStringLiteral("debtChart"))->chart()->title().contains(QStringLiteral("Snowball")));

        page.findChild<QTableWidget *>(QStringLiteral("comparison"))->cellClicked(3, 0);
        QCOMPARE(detail->currentIndex(), 3);
        QCOMPARE(schedule->plan().strategy, Strategy::MinimumOnly);
    }

    void optimiserArea_ofTheWindow_isThisPage()
    {
        LD_OPEN_BOOKS(books, m_books);
        const Agent agent = AgentRepository(books->db()).find(Books::agent).value();
        Processor processor(books->db(), books->executor());
        CommandGateway gateway(books->db(), processor, agent.id);
        MainWindow window(books->db(), &gateway, agent, {});
        QVERIFY(window.showArea(QStringLiteral("optimiser")));
        QVERIFY(qobject_cast<OptimiserPage *>(window.findChild<QStackedWidget *>()->currentWidget()));
    }
};

LEDGERDESK_WIDGET_TEST_MAIN(TestOptimiserPage)

#include "tst_optimiserpage.moc"
