#include "commands/processor.h"
#include "loans/loandebts.h"
#include "loans/loanterms.h"
#include "support/backendtest.h"

#include <QTest>

using namespace Ledgerdesk;
using namespace Ledgerdesk::Test;

// The ledger's approved loans as the optimiser's debts: the principal still owed after the payments
// made, the loan's rate and its monthly payment.
class TestLoanDebts : public BackendTest
{
    Q_OBJECT

public:
    using BackendTest::BackendTest;

private Q_SLOTS:
    void outstandingPrincipal_followsTheSchedule()
    {
        // 1,200.00 at 8 % over 12 months pays 104.39 a month; month 1's interest is
        // 1200.00 × 0.08 / 12 = 8.00, so its principal is 96.39 and 1,103.61 remains.
        const LoanTerms terms {120000, 800, 12};
        const QList<ScheduleRow> rows = terms.schedule();
        QCOMPARE(terms.outstandingPrincipalMinor(0), 120000);
        QCOMPARE(terms.outstandingPrincipalMinor(10439), 110361);
        QCOMPARE(terms.outstandingPrincipalMinor(3 * 10439), rows.at(2).balanceMinor);
        // A payment short of month 1's interest leaves the principal as it was; 20.00 covers 8.00 of
        // interest and 12.00 of principal.
        QCOMPARE(terms.outstandingPrincipalMinor(500), 120000);
        QCOMPARE(terms.outstandingPrincipalMinor(2000), 118800);
        QCOMPARE(terms.outstandingPrincipalMinor(terms.totalDueMinor()), 0);
    }

    void approvedLoans_becomeDebtsOfTheirCurrency()
    {
        LD_OPEN_BOOKS(books, testBooks());
        LD_VERIFY_OK(books->addAgent(QStringLiteral("supervisor-sue"), Role::Supervisor));
        const QString wallet
            = books->openWallet(books->createClient(QStringLiteral("Ada"), QStringLiteral("Lovelace")).value()).value();
        const QString euros = books
                                  ->openWallet(books->createClient(QStringLiteral("Grace"), QStringLiteral("Hopper")).value(),
                                      QStringLiteral("EUR"))
                                  .value();
        const auto applyFor = [&](const QString &id, const QString &walletId) {
            return books->apply(QStringLiteral("LOAN_APPLY"),
                {{QStringLiteral("loan_id"), id}, {QStringLiteral("wallet_id"), walletId},
                    {QStringLiteral("amount"), QStringLiteral("1200.00")}, {QStringLiteral("term_months"), 12}});
        };
        LD_VERIFY_OK(applyFor(QStringLiteral("L1"), wallet));
        LD_VERIFY_OK(applyFor(QStringLiteral("L2"), wallet)); // stays pending
        LD_VERIFY_OK(applyFor(QStringLiteral("L3"), euros));
        for (const QString id : {QStringLiteral("L1"), QStringLiteral("L3")})
            LD_VERIFY_OK(books->apply(
                QStringLiteral("LOAN_APPROVE"), {{QStringLiteral("loan_id"), id}}, QStringLiteral("supervisor-sue")));
        Processor processor(books->db(), books->executor());
        LD_VERIFY_OK(processor.drainAll());
        LD_VERIFY_OK(books->apply(QStringLiteral("LOAN_REPAY"),
            {{QStringLiteral("loan_id"), QStringLiteral("L1")}, {QStringLiteral("amount"), QStringLiteral("104.39")}}));
        LD_VERIFY_OK(processor.drainAll());

        auto debts = approvedLoansAsDebts(books->db(), QStringLiteral("USD"));
        LD_VERIFY_OK(debts);
        QCOMPARE(debts->size(), 1);
        const Debt &debt = debts->first();
        QCOMPARE(debt.name, QStringLiteral("L1 (Ada Lovelace)"));
        QCOMPARE(debt.balanceMinor, 110361);
        QCOMPARE(debt.ratePpm, 8 * Debt::ratePpmPerPercent);
        QCOMPARE(debt.minimumMinor, 10439);

        auto euroDebts = approvedLoansAsDebts(books->db(), QStringLiteral("EUR"));
        LD_VERIFY_OK(euroDebts);
        QCOMPARE(euroDebts->size(), 1);
        QCOMPARE(euroDebts->first().balanceMinor, 120000);
    }
};

LEDGERDESK_TEST_MAIN_SQLITE(TestLoanDebts)
#include "tst_loandebts.moc"
