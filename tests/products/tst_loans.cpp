#include "core/money.h"
#include "loans/loanrepository.h"
#include "loans/loansettings.h"
#include "models/loanlistmodel.h"
#include "productstest.h"
#include "settings/settings.h"
#include "support/backendtest.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace Ledgerdesk;
using namespace Ledgerdesk::Test;

namespace {

const QString loanId = QStringLiteral("L-1");

// 1,200.00 at 8 % over 12 months (tst_loanterms): 104.39 a month, 1,252.63 in all.
constexpr qint64 principal = 120000;
constexpr qint64 monthly = 10439;
constexpr qint64 totalDue = 125263;

QJsonObject application(const QString &walletId, const QString &amount = QStringLiteral("1200.00"), const QJsonValue &term = 12,
    const QString &id = loanId)
{
    return {{QStringLiteral("loan_id"), id}, {QStringLiteral("wallet_id"), walletId}, {QStringLiteral("amount"), amount},
        {QStringLiteral("term_months"), term}};
}

QJsonObject loan(const QString &id = loanId, const QString &reason = {})
{
    QJsonObject payload {{QStringLiteral("loan_id"), id}};
    if (!reason.isEmpty())
        payload.insert(QStringLiteral("reason"), reason);
    return payload;
}

QJsonObject repayment(const QString &amount, const QString &id = loanId)
{
    return {{QStringLiteral("loan_id"), id}, {QStringLiteral("amount"), amount}};
}

QJsonObject money(const QString &walletId, const QString &amount)
{
    return {{QStringLiteral("wallet_id"), walletId}, {QStringLiteral("amount"), amount}};
}

// The loan L-1 of 1,200.00 over 12 months, applied for by the agent and approved by the supervisor,
// with everything that follows applied.
Result<void> approvedLoan(Desk &desk, const QString &walletId)
{
    auto applied = desk.sendAndDrain(QStringLiteral("LOAN_APPLY"), application(walletId));
    if (!applied)
        return applied.error();
    auto approved = desk.sendAndDrain(QStringLiteral("LOAN_APPROVE"), loan(), Books::supervisor);
    if (!approved)
        return approved.error();
    auto stored = LoanRepository(desk.books().db()).find(loanId);
    if (!stored)
        return stored.error();
    if (stored->status != LoanStatus::Approved)
        return makeError(Error::Kind::Conflict,
            QStringLiteral("the loan was not approved: ") + desk.deadLetterReason(approved->id)
                + desk.deadLetterReason(applied->id));
    return {};
}

} // namespace

// Loans end to end through the real queue and processor: application, four-eyes decision, payout,
// repayments clamped to what remains, and the client told at each step.
class TestLoans : public BackendTest
{
    Q_OBJECT

public:
    using BackendTest::BackendTest;

private Q_SLOTS:
    void approvedLoan_isPaidIntoTheWalletOnce();
    void approvalByTheApplicant_isRefusedUnderTheFourEyesRule();
    void decisionByAPlainAgent_isRefused_data();
    void decisionByAPlainAgent_isRefused();
    void decisionOnALoanNoLongerPending_isAConflict_data();
    void decisionOnALoanNoLongerPending_isAConflict();
    void rejection_keepsTheReasonAndTellsTheClient();
    void application_takesItsRateFromTheTiers_data();
    void application_takesItsRateFromTheTiers();
    void application_withBadFields_isDeadLetteredAtOnceWithASentence_data();
    void application_withBadFields_isDeadLetteredAtOnceWithASentence();
    void repayments_lowerWhatRemains_andTheLoanIsPaidAtZero();
    void repayment_aboveWhatRemains_isClampedToIt();
    void repayment_withoutEnoughMoney_failsWithInsufficientFundsAndMovesNothing();
    void repayment_ofALoanNotApproved_isRefused_data();
    void repayment_ofALoanNotApproved_isRefused();
    void repaymentsInFlightTogether_neverTakeMoreThanRemains_data();
    void repaymentsInFlightTogether_neverTakeMoreThanRemains();
    void everyLoanMessage_deliveredTwice_hasOneEffect();
    void eventsRepeatedUnderNewIds_payOutAndBookOnlyOnce();
    void everyStep_isWrittenToTheClientsEmail();
    void application_aboveTheLargestLoanOfItsCurrency_isRefusedStatingIt_data();
    void application_aboveTheLargestLoanOfItsCurrency_isRefusedStatingIt();
    void approval_whosePayoutCannotBeMade_isRefusedAndTheLoanStaysPending();
    void loanApprovedWithoutItsPayout_isNamedShownAndNotRepaidUntilPaidOut();
    void reversalOfALoansEntry_isRefusedNamingTheLoan();
    void clientWithAnOpenLoan_cannotBeClosed();
};

void TestLoans::approvedLoan_isPaidIntoTheWalletOnce()
{
    LD_OPEN_BOOKS(books, testBooks());
    Desk desk(*books);
    auto ada = desk.customer(QStringLiteral("Ada"));
    LD_VERIFY_OK(ada);

    auto applied = desk.sendAndDrain(QStringLiteral("LOAN_APPLY"), application(ada->walletId));
    LD_VERIFY_OK(applied);
    QCOMPARE(desk.deadLetterReason(applied->id), QString());
    LoanRepository loans(books->db());
    auto pending = loans.find(loanId);
    LD_VERIFY_OK(pending);
    QCOMPARE(pending->status, LoanStatus::Pending);
    QCOMPARE(pending->principalMinor, principal);
    QCOMPARE(pending->rateBp, 800);
    QCOMPARE(pending->monthlyPaymentMinor, monthly);
    QCOMPARE(pending->totalDueMinor, totalDue);
    QCOMPARE(pending->remainingMinor, totalDue);
    QCOMPARE(pending->appliedBy, Books::agent);
    QCOMPARE(books->walletBalance(ada->walletId), 0);

    auto approved = desk.sendAndDrain(QStringLiteral("LOAN_APPROVE"), loan(), Books::supervisor);
    LD_VERIFY_OK(approved);
    QCOMPARE(desk.deadLetterReason(approved->id), QString());
    auto funded = loans.find(loanId);
    LD_VERIFY_OK(funded);
    QCOMPARE(funded->status, LoanStatus::Approved);
    QCOMPARE(funded->decidedBy, Books::supervisor);
    QCOMPARE(funded->remainingMinor, totalDue);
    QCOMPARE(books->walletBalance(ada->walletId), principal);
    QCOMPARE(books->balanceOf(QStringLiteral("sys:loan_funding:USD")).value(), -principal);

    // One LOAN_IN entry, the one the loan points at: the wallet +1,200.00, loan funding −1,200.00.
    QCOMPARE(books->scalar(QStringLiteral("SELECT COUNT(*) FROM journal_entries WHERE kind = 'LOAN_IN'")).toLongLong(), 1);
    const QString entryId = books->scalar(QStringLiteral("SELECT id FROM journal_entries WHERE kind = 'LOAN_IN'")).toString();
    QCOMPARE(funded->fundedEntryId, entryId);
    QCOMPARE(books
                 ->scalar(QStringLiteral("SELECT amount_minor FROM postings WHERE entry_id = ? AND account_id = ?"),
                     {entryId, ada->walletId})
                 .toLongLong(),
        principal);
    QCOMPARE(books->scalar(QStringLiteral("SELECT COUNT(*) FROM postings WHERE entry_id = ?"), {entryId}).toLongLong(), 2);
    QCOMPARE(
        books->scalar(QStringLiteral("SELECT COUNT(*) FROM processed_messages WHERE type = 'LOAN_APPROVED'")).toLongLong(), 1);
    QCOMPARE(desk.outboxTemplates(ada->clientId, QStringLiteral("loan_")),
        (QStringList {QStringLiteral("loan_applied"), QStringLiteral("loan_approved"), QStringLiteral("loan_funded")}));
    QCOMPARE(books->count(QStringLiteral("dead_letters")), 0);
    QCOMPARE(books->breaches(), QString());
}

void TestLoans::approvalByTheApplicant_isRefusedUnderTheFourEyesRule()
{
    LD_OPEN_BOOKS(books, testBooks());
    Desk desk(*books);
    LD_VERIFY_OK(desk.addColleagues());
    auto ada = desk.customer(QStringLiteral("Ada"));
    LD_VERIFY_OK(ada);
    LD_VERIFY_OK(desk.sendAndDrain(QStringLiteral("LOAN_APPLY"), application(ada->walletId), Books::supervisor));

    const Snapshot before = desk.snapshot();
    auto ownApproval = desk.send(QStringLiteral("LOAN_APPROVE"), loan(), Books::supervisor);
    LD_VERIFY_OK(ownApproval);
    auto drained = desk.drain();
    LD_VERIFY_OK(drained);
    QCOMPARE(drained->deadLettered, 1);
    QCOMPARE(drained->retried, 0);
    QCOMPARE(desk.deadLetterReason(ownApproval->id),
        QStringLiteral("You applied for the loan L-1 yourself; another supervisor must decide on it (four-eyes rule)."));
    QCOMPARE(changesBetween(before, desk.snapshot()), QString());

    // Rejecting one's own application is refused the same way.
    auto ownRejection
        = desk.sendAndDrain(QStringLiteral("LOAN_REJECT"), loan(loanId, QStringLiteral("Changed my mind.")), Books::supervisor);
    LD_VERIFY_OK(ownRejection);
    QVERIFY(desk.deadLetterReason(ownRejection->id).contains(QStringLiteral("four-eyes rule")));
    QCOMPARE(changesBetween(before, desk.snapshot()), QString());

    // Another supervisor may.
    auto approval = desk.sendAndDrain(QStringLiteral("LOAN_APPROVE"), loan(), Desk::otherSupervisor);
    LD_VERIFY_OK(approval);
    QCOMPARE(desk.deadLetterReason(approval->id), QString());
    auto approved = LoanRepository(books->db()).find(loanId);
    LD_VERIFY_OK(approved);
    QCOMPARE(approved->status, LoanStatus::Approved);
    QCOMPARE(approved->decidedBy, Desk::otherSupervisor);
    QCOMPARE(books->walletBalance(ada->walletId), principal);
    QCOMPARE(books->breaches(), QString());
}

void TestLoans::decisionByAPlainAgent_isRefused_data()
{
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("agent");

    QTest::newRow("approval by another agent") << QStringLiteral("LOAN_APPROVE") << Desk::otherAgent;
    QTest::newRow("rejection by another agent") << QStringLiteral("LOAN_REJECT") << Desk::otherAgent;
    QTest::newRow("approval by the applying agent") << QStringLiteral("LOAN_APPROVE") << Books::agent;
    QTest::newRow("rejection by the applying agent") << QStringLiteral("LOAN_REJECT") << Books::agent;
}

void TestLoans::decisionByAPlainAgent_isRefused()
{
    QFETCH(QString, type);
    QFETCH(QString, agent);

    LD_OPEN_BOOKS(books, testBooks());
    Desk desk(*books);
    LD_VERIFY_OK(desk.addColleagues());
    auto ada = desk.customer(QStringLiteral("Ada"));
    LD_VERIFY_OK(ada);
    LD_VERIFY_OK(desk.sendAndDrain(QStringLiteral("LOAN_APPLY"), application(ada->walletId)));

    const Snapshot before = desk.snapshot();
    auto decision = desk.sendAndDrain(type, loan(loanId, QStringLiteral("Looks fine.")), agent);
    LD_VERIFY_OK(decision);
    QCOMPARE(desk.deadLetterReason(decision->id), QStringLiteral("Only a supervisor may do this (%1).").arg(type));
    QCOMPARE(changesBesidesTheRefusal(before, desk.snapshot()), QString());
    auto pending = LoanRepository(books->db()).find(loanId);
    LD_VERIFY_OK(pending);
    QCOMPARE(pending->status, LoanStatus::Pending);
    QCOMPARE(books->breaches(), QString());
}

void TestLoans::decisionOnALoanNoLongerPending_isAConflict_data()
{
    QTest::addColumn<QString>("first");
    QTest::addColumn<bool>("repayAll");
    QTest::addColumn<QString>("second");
    QTest::addColumn<QString>("sentence");

    QTest::newRow("approve an approved loan") << QStringLiteral("LOAN_APPROVE") << false << QStringLiteral("LOAN_APPROVE")
                                              << QStringLiteral("The loan L-1 is APPROVED; only a pending loan can be approved.");
    QTest::newRow("reject an approved loan") << QStringLiteral("LOAN_APPROVE") << false << QStringLiteral("LOAN_REJECT")
                                             << QStringLiteral("The loan L-1 is APPROVED; only a pending loan can be rejected.");
    QTest::newRow("approve a rejected loan") << QStringLiteral("LOAN_REJECT") << false << QStringLiteral("LOAN_APPROVE")
                                             << QStringLiteral("The loan L-1 is REJECTED; only a pending loan can be approved.");
    QTest::newRow("reject a rejected loan") << QStringLiteral("LOAN_REJECT") << false << QStringLiteral("LOAN_REJECT")
                                            << QStringLiteral("The loan L-1 is REJECTED; only a pending loan can be rejected.");
    QTest::newRow("approve a paid loan") << QStringLiteral("LOAN_APPROVE") << true << QStringLiteral("LOAN_APPROVE")
                                         << QStringLiteral("The loan L-1 is PAID; only a pending loan can be approved.");
    QTest::newRow("reject a paid loan") << QStringLiteral("LOAN_APPROVE") << true << QStringLiteral("LOAN_REJECT")
                                        << QStringLiteral("The loan L-1 is PAID; only a pending loan can be rejected.");
}

void TestLoans::decisionOnALoanNoLongerPending_isAConflict()
{
    QFETCH(QString, first);
    QFETCH(bool, repayAll);
    QFETCH(QString, second);
    QFETCH(QString, sentence);

    LD_OPEN_BOOKS(books, testBooks());
    Desk desk(*books);
    LD_VERIFY_OK(desk.addColleagues());
    auto ada = desk.customer(QStringLiteral("Ada"), QStringLiteral("100.00"));
    LD_VERIFY_OK(ada);
    LD_VERIFY_OK(desk.sendAndDrain(QStringLiteral("LOAN_APPLY"), application(ada->walletId)));
    auto decided = desk.sendAndDrain(first, loan(loanId, QStringLiteral("First decision.")), Books::supervisor);
    LD_VERIFY_OK(decided);
    QCOMPARE(desk.deadLetterReason(decided->id), QString());
    if (repayAll) {
        LD_VERIFY_OK(desk.sendAndDrain(QStringLiteral("LOAN_REPAY"), repayment(QStringLiteral("1252.63"))));
        auto paid = LoanRepository(books->db()).find(loanId);
        LD_VERIFY_OK(paid);
        QCOMPARE(paid->status, LoanStatus::Paid);
    }

    const Snapshot before = desk.snapshot();
    auto again = desk.send(second, loan(loanId, QStringLiteral("Second decision.")), Desk::otherSupervisor);
    LD_VERIFY_OK(again);
    auto drained = desk.drain();
    LD_VERIFY_OK(drained);
    QCOMPARE(drained->deadLettered, 1);
    QCOMPARE(drained->retried, 0);
    QCOMPARE(desk.deadLetterReason(again->id), sentence);
    QCOMPARE(changesBetween(before, desk.snapshot()), QString());
    QCOMPARE(books->scalar(QStringLiteral("SELECT COUNT(*) FROM journal_entries WHERE kind = 'LOAN_IN'")).toLongLong(),
        first == QLatin1String("LOAN_APPROVE") ? 1 : 0);
    QCOMPARE(books->breaches(), QString());
}

void TestLoans::rejection_keepsTheReasonAndTellsTheClient()
{
    LD_OPEN_BOOKS(books, testBooks());
    Desk desk(*books);
    auto ada = desk.customer(QStringLiteral("Ada"));
    LD_VERIFY_OK(ada);
    LD_VERIFY_OK(desk.sendAndDrain(QStringLiteral("LOAN_APPLY"), application(ada->walletId)));
    auto rejected = desk.sendAndDrain(
        QStringLiteral("LOAN_REJECT"), loan(loanId, QStringLiteral("Income could not be verified.")), Books::supervisor);
    LD_VERIFY_OK(rejected);
    QCOMPARE(desk.deadLetterReason(rejected->id), QString());

    auto stored = LoanRepository(books->db()).find(loanId);
    LD_VERIFY_OK(stored);
    QCOMPARE(stored->status, LoanStatus::Rejected);
    QCOMPARE(stored->decidedBy, Books::supervisor);
    QCOMPARE(stored->decisionReason, QStringLiteral("Income could not be verified."));
    QCOMPARE(books->walletBalance(ada->walletId), 0);
    QCOMPARE(books->scalar(QStringLiteral("SELECT COUNT(*) FROM journal_entries WHERE kind = 'LOAN_IN'")).toLongLong(), 0);
    QCOMPARE(
        books->scalar(QStringLiteral("SELECT COUNT(*) FROM processed_messages WHERE type = 'LOAN_APPROVED'")).toLongLong(), 0);
    QCOMPARE(books
                 ->scalar(QStringLiteral("SELECT COUNT(*) FROM activity_records WHERE action = 'Reject|Loan' AND agent_id = ?"),
                     {Books::supervisor})
                 .toLongLong(),
        1);
    QCOMPARE(desk.outboxTemplates(ada->clientId, QStringLiteral("loan_")),
        (QStringList {QStringLiteral("loan_applied"), QStringLiteral("loan_rejected")}));
    const QString body = desk.outboxBody(ada->clientId, QStringLiteral("loan_rejected"));
    QVERIFY2(body.contains(QStringLiteral("$1,200.00")) && body.contains(QStringLiteral("Reason: Income could not be verified.")),
        qPrintable(body));
    QCOMPARE(books->breaches(), QString());
}

void TestLoans::application_takesItsRateFromTheTiers_data()
{
    QTest::addColumn<QString>("tiers"); // empty: the default setting
    QTest::addColumn<int>("term");
    QTest::addColumn<int>("rateBp");

    QTest::newRow("12 months: 8 %") << QString() << 12 << 800;
    QTest::newRow("13 months: 12 %") << QString() << 13 << 1200;
    QTest::newRow("24 months: 12 %") << QString() << 24 << 1200;
    QTest::newRow("25 months: 15 %") << QString() << 25 << 1500;
    QTest::newRow("360 months: 15 %") << QString() << 360 << 1500;
    QTest::newRow("changed tiers, 6 months") << QStringLiteral("6:5.50,*:9.75") << 6 << 550;
    QTest::newRow("changed tiers, 12 months") << QStringLiteral("6:5.50,*:9.75") << 12 << 975;
}

void TestLoans::application_takesItsRateFromTheTiers()
{
    QFETCH(QString, tiers);
    QFETCH(int, term);
    QFETCH(int, rateBp);

    LD_OPEN_BOOKS(books, testBooks());
    Desk desk(*books);
    if (!tiers.isEmpty())
        LD_VERIFY_OK(BookSettings(books->db()).setValue(LoanSettings::rateTiers, tiers));
    auto ada = desk.customer(QStringLiteral("Ada"));
    LD_VERIFY_OK(ada);
    auto applied = desk.sendAndDrain(QStringLiteral("LOAN_APPLY"), application(ada->walletId, QStringLiteral("5000.00"), term));
    LD_VERIFY_OK(applied);
    QCOMPARE(desk.deadLetterReason(applied->id), QString());

    auto stored = LoanRepository(books->db()).find(loanId);
    LD_VERIFY_OK(stored);
    const LoanTerms terms {500000, rateBp, term};
    QCOMPARE(stored->rateBp, rateBp);
    QCOMPARE(stored->termMonths, term);
    QCOMPARE(stored->monthlyPaymentMinor, terms.monthlyPaymentMinor());
    QCOMPARE(stored->totalDueMinor, terms.totalDueMinor());
    QCOMPARE(stored->remainingMinor, terms.totalDueMinor());
}

void TestLoans::application_withBadFields_isDeadLetteredAtOnceWithASentence_data()
{
    QTest::addColumn<QJsonObject>("payload");
    QTest::addColumn<QString>("reasonPart");

    // The wallet id is filled in by the test.
    QTest::newRow("unknown wallet") << application(QStringLiteral("W-NOBODY"))
                                    << QStringLiteral("There is no wallet \"W-NOBODY\".");
    QTest::newRow("no amount") << QJsonObject {{QStringLiteral("term_months"), 12}}
                               << QStringLiteral("The field \"amount\" is missing.");
    QTest::newRow("amount with three decimals")
        << application({}, QStringLiteral("12.345")) << QStringLiteral("The field \"amount\": ");
    QTest::newRow("zero amount") << application({}, QStringLiteral("0.00"))
                                 << QStringLiteral("The field \"amount\": the amount must be more than zero.");
    QTest::newRow("amount in exponent notation")
        << application({}, QStringLiteral("1e3")) << QStringLiteral("The field \"amount\": ");
    QTest::newRow("no term") << QJsonObject {{QStringLiteral("amount"), QStringLiteral("1200.00")}}
                             << QStringLiteral("The term must be between 1 and 360 months.");
    QTest::newRow("zero months") << application({}, QStringLiteral("1200.00"), 0)
                                 << QStringLiteral("The term must be between 1 and 360 months.");
    QTest::newRow("361 months") << application({}, QStringLiteral("1200.00"), 361)
                                << QStringLiteral("The term must be between 1 and 360 months.");
    QTest::newRow("term in words") << application({}, QStringLiteral("1200.00"), QStringLiteral("twelve"))
                                   << QStringLiteral("The term must be between 1 and 360 months.");
    // 0.01 over a year at 8 % would be paid back at 0.00 a month.
    QTest::newRow("amount too small for a monthly payment")
        << application({}, QStringLiteral("0.01"))
        << QStringLiteral("The loan amount is too small to be repaid in monthly payments over 12 months.");
}

void TestLoans::application_withBadFields_isDeadLetteredAtOnceWithASentence()
{
    QFETCH(QJsonObject, payload);
    QFETCH(QString, reasonPart);

    LD_OPEN_BOOKS(books, testBooks());
    Desk desk(*books);
    auto ada = desk.customer(QStringLiteral("Ada"));
    LD_VERIFY_OK(ada);
    if (payload.value(QStringLiteral("wallet_id")).toString().isEmpty())
        payload.insert(QStringLiteral("wallet_id"), ada->walletId);

    const Snapshot before = desk.snapshot();
    auto applied = desk.send(QStringLiteral("LOAN_APPLY"), payload);
    LD_VERIFY_OK(applied);
    auto drained = desk.drainOnce();
    LD_VERIFY_OK(drained);
    QCOMPARE(drained->deadLettered, 1);
    QCOMPARE(drained->retried, 0);
    const QString reason = desk.deadLetterReason(applied->id);
    QVERIFY2(
        reason.contains(reasonPart), qPrintable(QStringLiteral("the reason \"%1\" should say \"%2\"").arg(reason, reasonPart)));
    QCOMPARE(changesBetween(before, desk.snapshot()), QString());
    QCOMPARE(books->count(QStringLiteral("loans")), 0);
}

void TestLoans::repayments_lowerWhatRemains_andTheLoanIsPaidAtZero()
{
    LD_OPEN_BOOKS(books, testBooks());
    Desk desk(*books);
    auto ada = desk.customer(QStringLiteral("Ada"), QStringLiteral("100.00"));
    LD_VERIFY_OK(ada);
    LD_VERIFY_OK(approvedLoan(desk, ada->walletId));
    LoanRepository loans(books->db());

    auto first = desk.sendAndDrain(QStringLiteral("LOAN_REPAY"), repayment(QStringLiteral("104.39")));
    LD_VERIFY_OK(first);
    QCOMPARE(desk.deadLetterReason(first->id), QString());
    auto afterFirst = loans.find(loanId);
    LD_VERIFY_OK(afterFirst);
    QCOMPARE(afterFirst->status, LoanStatus::Approved);
    QCOMPARE(afterFirst->remainingMinor, totalDue - monthly);
    QCOMPARE(books->walletBalance(ada->walletId), 10000 + principal - monthly);
    QCOMPARE(books->balanceOf(QStringLiteral("sys:loan_funding:USD")).value(), -principal + monthly);

    // Exactly what remains: 1,148.24.
    auto rest = desk.sendAndDrain(QStringLiteral("LOAN_REPAY"), repayment(QStringLiteral("1148.24")));
    LD_VERIFY_OK(rest);
    QCOMPARE(desk.deadLetterReason(rest->id), QString());
    auto paid = loans.find(loanId);
    LD_VERIFY_OK(paid);
    QCOMPARE(paid->status, LoanStatus::Paid);
    QCOMPARE(paid->remainingMinor, 0);
    QVERIFY(paid->paidAtMs > 0);
    QCOMPARE(books->walletBalance(ada->walletId), 10000 + principal - totalDue);

    auto repayments = loans.repaymentsOf(loanId);
    LD_VERIFY_OK(repayments);
    QCOMPARE(repayments->size(), 2);
    for (const LoanRepayment &made : std::as_const(*repayments)) {
        QCOMPARE(made.status, RepaymentStatus::Succeeded);
        QVERIFY(!made.entryId.isEmpty());
        QCOMPARE(books->scalar(QStringLiteral("SELECT kind FROM journal_entries WHERE id = ?"), {made.entryId}).toString(),
            QStringLiteral("LOAN_REPAYMENT"));
        QCOMPARE(books
                     ->scalar(QStringLiteral("SELECT amount_minor FROM postings WHERE entry_id = ? AND account_id = ?"),
                         {made.entryId, ada->walletId})
                     .toLongLong(),
            -made.amountMinor);
    }
    QCOMPARE(repayments->at(0).amountMinor, monthly);
    QCOMPARE(repayments->at(1).amountMinor, totalDue - monthly);

    // Nothing more to repay.
    const Snapshot before = desk.snapshot();
    auto more = desk.sendAndDrain(QStringLiteral("LOAN_REPAY"), repayment(QStringLiteral("1.00")));
    LD_VERIFY_OK(more);
    QCOMPARE(desk.deadLetterReason(more->id), QStringLiteral("The loan L-1 is paid off already."));
    QCOMPARE(changesBetween(before, desk.snapshot()), QString());
    QCOMPARE(books->breaches(), QString());
}

void TestLoans::repayment_aboveWhatRemains_isClampedToIt()
{
    LD_OPEN_BOOKS(books, testBooks());
    Desk desk(*books);
    auto ada = desk.customer(QStringLiteral("Ada"), QStringLiteral("100.00"));
    LD_VERIFY_OK(ada);
    LD_VERIFY_OK(approvedLoan(desk, ada->walletId));

    auto repaid = desk.sendAndDrain(QStringLiteral("LOAN_REPAY"), repayment(QStringLiteral("5000.00")));
    LD_VERIFY_OK(repaid);
    QCOMPARE(desk.deadLetterReason(repaid->id), QString());
    LoanRepository loans(books->db());
    auto repayments = loans.repaymentsOf(loanId);
    LD_VERIFY_OK(repayments);
    QCOMPARE(repayments->size(), 1);
    QCOMPARE(repayments->first().requestedMinor, 500000);
    QCOMPARE(repayments->first().amountMinor, totalDue);
    QCOMPARE(repayments->first().status, RepaymentStatus::Succeeded);
    auto paid = loans.find(loanId);
    LD_VERIFY_OK(paid);
    QCOMPARE(paid->status, LoanStatus::Paid);
    QCOMPARE(paid->remainingMinor, 0);
    // 100.00 + 1,200.00 − 1,252.63.
    QCOMPARE(books->walletBalance(ada->walletId), 4737);
    QCOMPARE(books->breaches(), QString());
}

void TestLoans::repayment_withoutEnoughMoney_failsWithInsufficientFundsAndMovesNothing()
{
    LD_OPEN_BOOKS(books, testBooks());
    Desk desk(*books);
    auto ada = desk.customer(QStringLiteral("Ada"));
    LD_VERIFY_OK(ada);
    LD_VERIFY_OK(approvedLoan(desk, ada->walletId));
    LD_VERIFY_OK(desk.sendAndDrain(QStringLiteral("WITHDRAW"), money(ada->walletId, QStringLiteral("1150.00"))));
    QCOMPARE(books->walletBalance(ada->walletId), 5000);
    const qint64 entries = books->count(QStringLiteral("journal_entries"));

    auto repay = desk.sendAndDrain(QStringLiteral("LOAN_REPAY"), repayment(QStringLiteral("104.39")));
    LD_VERIFY_OK(repay);
    QCOMPARE(desk.deadLetterReason(repay->id), QString());
    LoanRepository loans(books->db());
    auto repayments = loans.repaymentsOf(loanId);
    LD_VERIFY_OK(repayments);
    QCOMPARE(repayments->size(), 1);
    QCOMPARE(repayments->first().status, RepaymentStatus::Failed);
    QCOMPARE(repayments->first().reason, QStringLiteral("Insufficient funds."));
    QVERIFY(repayments->first().entryId.isEmpty());
    auto unchanged = loans.find(loanId);
    LD_VERIFY_OK(unchanged);
    QCOMPARE(unchanged->status, LoanStatus::Approved);
    QCOMPARE(unchanged->remainingMinor, totalDue);
    QCOMPARE(books->walletBalance(ada->walletId), 5000);
    QCOMPARE(books->count(QStringLiteral("journal_entries")), entries);
    QCOMPARE(books->scalar(QStringLiteral("SELECT COUNT(*) FROM processed_messages WHERE type = 'LOAN_REPAYMENT_FAILED'"))
                 .toLongLong(),
        1);
    const QString body = desk.outboxBody(ada->clientId, QStringLiteral("loan_repayment_failed"));
    QVERIFY2(body.contains(QStringLiteral("$104.39")) && body.contains(QStringLiteral("Reason: Insufficient funds.")),
        qPrintable(body));

    // The failed repayment is not in flight: with the money back, the same repayment goes through.
    LD_VERIFY_OK(books->deposit(ada->walletId, QStringLiteral("100.00")));
    auto retry = desk.sendAndDrain(QStringLiteral("LOAN_REPAY"), repayment(QStringLiteral("104.39")));
    LD_VERIFY_OK(retry);
    auto lowered = loans.find(loanId);
    LD_VERIFY_OK(lowered);
    QCOMPARE(lowered->remainingMinor, totalDue - monthly);
    QCOMPARE(books->walletBalance(ada->walletId), 15000 - monthly);
    QCOMPARE(books->breaches(), QString());
}

void TestLoans::repayment_ofALoanNotApproved_isRefused_data()
{
    QTest::addColumn<QString>("state");
    QTest::addColumn<QString>("sentence");

    QTest::newRow("pending") << QStringLiteral("PENDING")
                             << QStringLiteral("The loan L-1 is PENDING; only an approved loan can be repaid.");
    QTest::newRow("rejected") << QStringLiteral("REJECTED")
                              << QStringLiteral("The loan L-1 is REJECTED; only an approved loan can be repaid.");
    QTest::newRow("paid") << QStringLiteral("PAID") << QStringLiteral("The loan L-1 is paid off already.");
    QTest::newRow("unknown") << QString() << QStringLiteral("There is no loan \"L-1\".");
}

void TestLoans::repayment_ofALoanNotApproved_isRefused()
{
    QFETCH(QString, state);
    QFETCH(QString, sentence);

    LD_OPEN_BOOKS(books, testBooks());
    Desk desk(*books);
    auto ada = desk.customer(QStringLiteral("Ada"), QStringLiteral("100.00"));
    LD_VERIFY_OK(ada);
    if (!state.isEmpty())
        LD_VERIFY_OK(desk.sendAndDrain(QStringLiteral("LOAN_APPLY"), application(ada->walletId)));
    if (state == QLatin1String("REJECTED"))
        LD_VERIFY_OK(desk.sendAndDrain(QStringLiteral("LOAN_REJECT"), loan(), Books::supervisor));
    if (state == QLatin1String("PAID")) {
        LD_VERIFY_OK(desk.sendAndDrain(QStringLiteral("LOAN_APPROVE"), loan(), Books::supervisor));
        LD_VERIFY_OK(desk.sendAndDrain(QStringLiteral("LOAN_REPAY"), repayment(QStringLiteral("1252.63"))));
    }
    if (!state.isEmpty())
        QCOMPARE(books->scalar(QStringLiteral("SELECT status FROM loans WHERE id = ?"), {loanId}).toString(), state);

    const Snapshot before = desk.snapshot();
    auto repay = desk.sendAndDrain(QStringLiteral("LOAN_REPAY"), repayment(QStringLiteral("10.00")));
    LD_VERIFY_OK(repay);
    QCOMPARE(desk.deadLetterReason(repay->id), sentence);
    QCOMPARE(changesBetween(before, desk.snapshot()), QString());
    QCOMPARE(books->breaches(), QString());
}

void TestLoans::repaymentsInFlightTogether_neverTakeMoreThanRemains_data()
{
    QTest::addColumn<int>("roundsBetween"); // rounds of the processor between the first repayment and the others

    QTest::newRow("all three in one round") << 0;
    QTest::newRow("the others while the first is being debited") << 1;
    QTest::newRow("the others while the first is being booked on the loan") << 2;
}

void TestLoans::repaymentsInFlightTogether_neverTakeMoreThanRemains()
{
    QFETCH(int, roundsBetween);

    LD_OPEN_BOOKS(books, testBooks());
    Desk desk(*books);
    auto ada = desk.customer(QStringLiteral("Ada"), QStringLiteral("100.00"));
    LD_VERIFY_OK(ada);
    LD_VERIFY_OK(approvedLoan(desk, ada->walletId));

    LD_VERIFY_OK(desk.send(QStringLiteral("LOAN_REPAY"), repayment(QStringLiteral("1000.00"))));
    for (int round = 0; round < roundsBetween; ++round)
        LD_VERIFY_OK(desk.drainOnce());
    QCOMPARE(books->scalar(QStringLiteral("SELECT remaining_minor FROM loans WHERE id = ?"), {loanId}).toLongLong(), totalDue);
    auto second = desk.send(QStringLiteral("LOAN_REPAY"), repayment(QStringLiteral("1000.00")));
    LD_VERIFY_OK(second);
    auto third = desk.send(QStringLiteral("LOAN_REPAY"), repayment(QStringLiteral("1.00")));
    LD_VERIFY_OK(third);
    LD_VERIFY_OK(desk.drain());

    // The second is clamped to the 252.63 the first leaves; nothing is left for the third.
    QCOMPARE(desk.deadLetterReason(second->id), QString());
    QCOMPARE(desk.deadLetterReason(third->id),
        QStringLiteral("The repayments already under way cover all that the loan L-1 still owes."));
    LoanRepository loans(books->db());
    auto repayments = loans.repaymentsOf(loanId);
    LD_VERIFY_OK(repayments);
    QCOMPARE(repayments->size(), 2);
    QCOMPARE(repayments->at(0).amountMinor, 100000);
    QCOMPARE(repayments->at(1).requestedMinor, 100000);
    QCOMPARE(repayments->at(1).amountMinor, totalDue - 100000);
    QCOMPARE(repayments->at(0).status, RepaymentStatus::Succeeded);
    QCOMPARE(repayments->at(1).status, RepaymentStatus::Succeeded);
    auto paid = loans.find(loanId);
    LD_VERIFY_OK(paid);
    QCOMPARE(paid->status, LoanStatus::Paid);
    QCOMPARE(paid->remainingMinor, 0);
    QCOMPARE(books->walletBalance(ada->walletId), 10000 + principal - totalDue);
    QCOMPARE(books->balanceOf(QStringLiteral("sys:loan_funding:USD")).value(), totalDue - principal);
    QCOMPARE(books->breaches(), QString());
}

void TestLoans::everyLoanMessage_deliveredTwice_hasOneEffect()
{
    LD_OPEN_BOOKS(books, testBooks());
    Desk desk(*books);
    auto ada = desk.customer(QStringLiteral("Ada"), QStringLiteral("100.00"));
    LD_VERIFY_OK(ada);
    LD_VERIFY_OK(approvedLoan(desk, ada->walletId));
    LD_VERIFY_OK(desk.sendAndDrain(QStringLiteral("LOAN_REPAY"), repayment(QStringLiteral("104.39"))));
    LD_VERIFY_OK(desk.sendAndDrain(QStringLiteral("WITHDRAW"), money(ada->walletId, QStringLiteral("1150.00"))));
    LD_VERIFY_OK(desk.sendAndDrain(QStringLiteral("LOAN_REPAY"), repayment(QStringLiteral("104.39"))));
    LD_VERIFY_OK(desk.sendAndDrain(
        QStringLiteral("LOAN_APPLY"), application(ada->walletId, QStringLiteral("500.00"), 6, QStringLiteral("L-2"))));
    LD_VERIFY_OK(desk.sendAndDrain(
        QStringLiteral("LOAN_REJECT"), loan(QStringLiteral("L-2"), QStringLiteral("One loan at a time.")), Books::supervisor));
    QCOMPARE(books->count(QStringLiteral("dead_letters")), 0);
    for (const QString &type : {QStringLiteral("LOAN_APPLY"), QStringLiteral("LOAN_APPROVE"), QStringLiteral("LOAN_REJECT"),
             QStringLiteral("LOAN_APPROVED"), QStringLiteral("LOAN_REPAY"), QStringLiteral("LOAN_REPAYMENT_REQUESTED"),
             QStringLiteral("LOAN_REPAYMENT_SUCCEEDED"), QStringLiteral("LOAN_REPAYMENT_FAILED")})
        QVERIFY2(desk.seenTypes().contains(type), qPrintable(type + QStringLiteral(" was never delivered")));
    QCOMPARE(books->walletBalance(ada->walletId), 10000 + principal - monthly - 115000);

    const Snapshot before = desk.snapshot();
    auto redelivered = desk.redeliverAll();
    LD_VERIFY_OK(redelivered);
    QCOMPARE(
        *redelivered, int(books->count(QStringLiteral("processed_messages"))) - 3); // not the arranging client, wallet, deposit
    auto drained = desk.drain();
    LD_VERIFY_OK(drained);
    QCOMPARE(drained->applied, *redelivered);
    QCOMPARE(drained->deadLettered, 0);
    QCOMPARE(drained->retried, 0);
    QCOMPARE(changesBetween(before, desk.snapshot()), QString());
    QCOMPARE(books->count(QStringLiteral("queue_messages")), 0);
    QCOMPARE(books->breaches(), QString());
}

void TestLoans::eventsRepeatedUnderNewIds_payOutAndBookOnlyOnce()
{
    LD_OPEN_BOOKS(books, testBooks());
    Desk desk(*books);
    auto ada = desk.customer(QStringLiteral("Ada"));
    LD_VERIFY_OK(ada);
    LD_VERIFY_OK(approvedLoan(desk, ada->walletId));
    LD_VERIFY_OK(desk.sendAndDrain(QStringLiteral("LOAN_REPAY"), repayment(QStringLiteral("104.39"))));
    auto repayments = LoanRepository(books->db()).repaymentsOf(loanId);
    LD_VERIFY_OK(repayments);
    QCOMPARE(repayments->size(), 1);
    const QString repaymentId = repayments->first().id;

    // The same events again, as a publisher that repeats itself would send them: each under a new id,
    // so the executor cannot recognise them; the handlers must.
    Snapshot before = desk.snapshot();
    const QString system = QStringLiteral("system");
    auto payout = desk.sendAndDrain(QStringLiteral("LOAN_APPROVED"), loan(), system);
    LD_VERIFY_OK(payout);
    QCOMPARE(desk.deadLetterReason(payout->id), QString());
    auto debit = desk.sendAndDrain(QStringLiteral("LOAN_REPAYMENT_REQUESTED"),
        {{QStringLiteral("loan_id"), loanId}, {QStringLiteral("repayment_id"), repaymentId},
            {QStringLiteral("amount"), QStringLiteral("104.39")}},
        system);
    LD_VERIFY_OK(debit);
    QCOMPARE(desk.deadLetterReason(debit->id), QString());
    auto booking
        = desk.sendAndDrain(QStringLiteral("LOAN_REPAYMENT_SUCCEEDED"), {{QStringLiteral("repayment_id"), repaymentId}}, system);
    LD_VERIFY_OK(booking);
    QCOMPARE(desk.deadLetterReason(booking->id),
        QStringLiteral("The repayment %1 is SUCCEEDED, not waiting to be booked on its loan.").arg(repaymentId));

    // Only the marks that the first two were applied are new.
    Snapshot after = desk.snapshot();
    QCOMPARE(
        after.value(QStringLiteral("processed_messages")).size(), before.value(QStringLiteral("processed_messages")).size() + 2);
    before.remove(QStringLiteral("processed_messages"));
    after.remove(QStringLiteral("processed_messages"));
    QCOMPARE(changesBetween(before, after), QString());
    QCOMPARE(books->walletBalance(ada->walletId), principal - monthly);
    QCOMPARE(books->scalar(QStringLiteral("SELECT remaining_minor FROM loans WHERE id = ?"), {loanId}).toLongLong(),
        totalDue - monthly);
    QCOMPARE(books->breaches(), QString());
}

void TestLoans::everyStep_isWrittenToTheClientsEmail()
{
    LD_OPEN_BOOKS(books, testBooks());
    Desk desk(*books);
    auto ada = desk.customer(QStringLiteral("Ada"));
    LD_VERIFY_OK(ada);
    LD_VERIFY_OK(approvedLoan(desk, ada->walletId));
    LD_VERIFY_OK(desk.sendAndDrain(QStringLiteral("LOAN_REPAY"), repayment(QStringLiteral("104.39"))));
    LD_VERIFY_OK(desk.sendAndDrain(QStringLiteral("WITHDRAW"), money(ada->walletId, QStringLiteral("1050.00"))));
    LD_VERIFY_OK(desk.sendAndDrain(QStringLiteral("LOAN_REPAY"), repayment(QStringLiteral("1148.24"))));
    LD_VERIFY_OK(books->deposit(ada->walletId, QStringLiteral("2000.00")));
    LD_VERIFY_OK(desk.sendAndDrain(QStringLiteral("LOAN_REPAY"), repayment(QStringLiteral("2000.00"))));

    QCOMPARE(desk.outboxTemplates(ada->clientId, QStringLiteral("loan_")),
        (QStringList {QStringLiteral("loan_applied"), QStringLiteral("loan_approved"), QStringLiteral("loan_funded"),
            QStringLiteral("loan_repaid"), QStringLiteral("loan_repayment_failed"), QStringLiteral("loan_paid_off")}));
    QCOMPARE(
        books
            ->scalar(QStringLiteral("SELECT COUNT(*) FROM outbox WHERE client_id = ? AND template LIKE 'loan_%' "
                                    "AND channel = 'email' AND recipient = 'ada.lovelace@example.com' AND status = 'PENDING'"),
                {ada->clientId})
            .toLongLong(),
        6);

    const auto expectBody = [&](const QString &templateName, const QStringList &parts) {
        const QString body = desk.outboxBody(ada->clientId, templateName);
        for (const QString &part : parts) {
            if (!body.contains(part))
                return QStringLiteral("%1 does not say \"%2\": %3").arg(templateName, part, body);
        }
        return QString();
    };
    QCOMPARE(expectBody(QStringLiteral("loan_applied"),
                 {QStringLiteral("$1,200.00"), QStringLiteral("12 months"), QStringLiteral("8.00 %"), QStringLiteral("$104.39")}),
        QString());
    QCOMPARE(expectBody(QStringLiteral("loan_approved"), {QStringLiteral("$1,200.00")}), QString());
    QCOMPARE(expectBody(QStringLiteral("loan_funded"), {QStringLiteral("$1,200.00"), QStringLiteral("new balance is $1,200.00")}),
        QString());
    QCOMPARE(expectBody(QStringLiteral("loan_repaid"), {QStringLiteral("$104.39"), QStringLiteral("You still owe $1,148.24.")}),
        QString());
    QCOMPARE(
        expectBody(QStringLiteral("loan_repayment_failed"), {QStringLiteral("$1,148.24"), QStringLiteral("Insufficient funds.")}),
        QString());
    QCOMPARE(expectBody(QStringLiteral("loan_paid_off"), {QStringLiteral("$1,148.24"), QStringLiteral("paid off in full")}),
        QString());
    QCOMPARE(books->breaches(), QString());
}

void TestLoans::application_aboveTheLargestLoanOfItsCurrency_isRefusedStatingIt_data()
{
    QTest::addColumn<QString>("maximums"); // empty: the default setting
    QTest::addColumn<QString>("amount");
    QTest::addColumn<QString>("reason"); // empty: accepted

    QTest::newRow("the largest by default") << QString() << QStringLiteral("50000.00") << QString();
    QTest::newRow("a cent above the default")
        << QString() << QStringLiteral("50000.01")
        << QStringLiteral("A loan in USD is at most 50000.00 USD; this application asks for 50000.01 USD.");
    QTest::newRow("nearly ten trillion")
        << QString() << QStringLiteral("9999999999999.99")
        << QStringLiteral("A loan in USD is at most 50000.00 USD; this application asks for 9999999999999.99 USD.");
    QTest::newRow("a lower maximum set by the bank")
        << QStringLiteral("USD:1000.00,EUR:900.00") << QStringLiteral("1200.00")
        << QStringLiteral("A loan in USD is at most 1000.00 USD; this application asks for 1200.00 USD.");
    QTest::newRow("a currency the bank does not lend in")
        << QStringLiteral("EUR:50000.00") << QStringLiteral("1200.00")
        << QStringLiteral("The bank makes no loans in USD: the setting loans.max_principal names no maximum for it.");
}

void TestLoans::application_aboveTheLargestLoanOfItsCurrency_isRefusedStatingIt()
{
    QFETCH(QString, maximums);
    QFETCH(QString, amount);
    QFETCH(QString, reason);

    LD_OPEN_BOOKS(books, testBooks());
    Desk desk(*books);
    if (!maximums.isEmpty())
        LD_VERIFY_OK(BookSettings(books->db()).setValue(LoanSettings::maxPrincipal, maximums));
    auto ada = desk.customer(QStringLiteral("Ada"));
    LD_VERIFY_OK(ada);

    const Snapshot before = desk.snapshot();
    auto applied = desk.sendAndDrain(QStringLiteral("LOAN_APPLY"), application(ada->walletId, amount));
    LD_VERIFY_OK(applied);
    QCOMPARE(desk.deadLetterReason(applied->id), reason);
    if (reason.isEmpty()) {
        auto stored = LoanRepository(books->db()).find(loanId);
        LD_VERIFY_OK(stored);
        QCOMPARE(Money::decimal(stored->principalMinor, stored->currency), amount);
    } else {
        QCOMPARE(changesBetween(before, desk.snapshot()), QString());
    }
    QCOMPARE(books->breaches(), QString());
}

void TestLoans::approval_whosePayoutCannotBeMade_isRefusedAndTheLoanStaysPending()
{
    LD_OPEN_BOOKS(books, testBooks());
    Desk desk(*books);
    // A bank that lends up to the largest amount the books hold; the wallet cannot take such a loan
    // on top of its 100.00.
    LD_VERIFY_OK(BookSettings(books->db()).setValue(LoanSettings::maxPrincipal, QStringLiteral("USD:9999999999999.99")));
    auto ada = desk.customer(QStringLiteral("Ada"), QStringLiteral("100.00"));
    LD_VERIFY_OK(ada);
    auto applied
        = desk.sendAndDrain(QStringLiteral("LOAN_APPLY"), application(ada->walletId, QStringLiteral("9999999999999.99")));
    LD_VERIFY_OK(applied);
    QCOMPARE(desk.deadLetterReason(applied->id), QString());

    const Snapshot before = desk.snapshot();
    auto approval = desk.sendAndDrain(QStringLiteral("LOAN_APPROVE"), loan(), Books::supervisor);
    LD_VERIFY_OK(approval);
    // The supervisor hears why, and nothing of the approval stays behind.
    const QString reason = desk.deadLetterReason(approval->id);
    QVERIFY2(reason.startsWith(QStringLiteral("The loan L-1 stays pending: its payout of 9999999999999.99 USD into the wallet "))
            && reason.contains(QStringLiteral("would be too large")),
        qPrintable(reason));
    QCOMPARE(changesBetween(before, desk.snapshot()), QString());
    auto pending = LoanRepository(books->db()).find(loanId);
    LD_VERIFY_OK(pending);
    QCOMPARE(pending->status, LoanStatus::Pending);
    QCOMPARE(pending->fundedEntryId, QString());
    QCOMPARE(desk.queued(QStringLiteral("LOAN_APPROVED")), 0);
    QCOMPARE(books->count(QStringLiteral("dead_letters")), 1);
    QCOMPARE(books->walletBalance(ada->walletId), 10000);
    QCOMPARE(books->breaches(), QString());
}

void TestLoans::loanApprovedWithoutItsPayout_isNamedShownAndNotRepaidUntilPaidOut()
{
    LD_OPEN_BOOKS(books, testBooks());
    Desk desk(*books);
    auto ada = desk.customer(QStringLiteral("Ada"), QStringLiteral("100.00"));
    LD_VERIFY_OK(ada);
    LD_VERIFY_OK(desk.sendAndDrain(QStringLiteral("LOAN_APPLY"), application(ada->walletId)));
    // As an earlier version left it when the payout, a message of its own then, failed: approved, unpaid.
    LD_VERIFY_OK(books->execute(QStringLiteral("UPDATE loans SET status = 'APPROVED', decided_by = ?, decided_at_ms = 1 "
                                               "WHERE id = ?"),
        {Books::supervisor, loanId}));

    QVERIFY2(books->breaches().contains(QStringLiteral("Loan L-1 is APPROVED, but it was never paid out into its wallet.")),
        qPrintable(books->breaches()));
    LoanListModel model(books->db());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.reload(), QString());
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.index(0, LoanListModel::StatusColumn).data().toString(), QStringLiteral("Approved, not paid out"));
    QVERIFY(model.index(0, 0).data(LoanListModel::AwaitsPayoutRole).toBool());
    QVERIFY2(model.index(0, LoanListModel::StatusColumn).data(Qt::ToolTipRole).toString().contains(QStringLiteral("never paid")),
        qPrintable(model.index(0, LoanListModel::StatusColumn).data(Qt::ToolTipRole).toString()));

    // Nothing to repay before the money was lent.
    const Snapshot before = desk.snapshot();
    auto repay = desk.sendAndDrain(QStringLiteral("LOAN_REPAY"), repayment(QStringLiteral("104.39")));
    LD_VERIFY_OK(repay);
    QCOMPARE(desk.deadLetterReason(repay->id),
        QStringLiteral("The loan L-1 was never paid out into its wallet, so there is nothing to repay yet."));
    QCOMPARE(changesBetween(before, desk.snapshot()), QString());

    // Its payout, redriven, pays it out once.
    auto payout = desk.sendAndDrain(QStringLiteral("LOAN_APPROVED"), loan(), QStringLiteral("system"));
    LD_VERIFY_OK(payout);
    QCOMPARE(desk.deadLetterReason(payout->id), QString());
    QCOMPARE(books->walletBalance(ada->walletId), 10000 + principal);
    QCOMPARE(books->breaches(), QString());
    QCOMPARE(model.reload(), QString());
    QCOMPARE(model.index(0, LoanListModel::StatusColumn).data().toString(), QStringLiteral("Approved"));
    QVERIFY(!model.index(0, 0).data(LoanListModel::AwaitsPayoutRole).toBool());
}

void TestLoans::reversalOfALoansEntry_isRefusedNamingTheLoan()
{
    LD_OPEN_BOOKS(books, testBooks());
    Desk desk(*books);
    auto ada = desk.customer(QStringLiteral("Ada"), QStringLiteral("100.00"));
    LD_VERIFY_OK(ada);
    LD_VERIFY_OK(approvedLoan(desk, ada->walletId));
    LD_VERIFY_OK(desk.sendAndDrain(QStringLiteral("LOAN_REPAY"), repayment(QStringLiteral("104.39"))));
    auto repayments = LoanRepository(books->db()).repaymentsOf(loanId);
    LD_VERIFY_OK(repayments);
    QCOMPARE(repayments->size(), 1);
    auto funded = LoanRepository(books->db()).find(loanId);
    LD_VERIFY_OK(funded);

    const struct
    {
        QString entryId;
        QString sentenceStart;
    } entries[] = {
        {funded->fundedEntryId, QStringLiteral("This entry belongs to a loan (“Loan L-1”): it paid the loan out")},
        {repayments->first().entryId,
            QStringLiteral("This entry belongs to a loan (“Repayment of loan L-1”): the loan has booked it as repaid")},
    };
    const Snapshot before = desk.snapshot();
    for (const auto &entry : entries) {
        QVERIFY(!entry.entryId.isEmpty());
        auto reversal = desk.sendAndDrain(QStringLiteral("ENTRY_REVERSE"),
            {{QStringLiteral("entry_id"), entry.entryId}, {QStringLiteral("reason"), QStringLiteral("Keyed twice")}},
            Books::supervisor);
        LD_VERIFY_OK(reversal);
        const QString reason = desk.deadLetterReason(reversal->id);
        QVERIFY2(reason.startsWith(entry.sentenceStart), qPrintable(reason));
    }
    QCOMPARE(changesBetween(before, desk.snapshot()), QString());
    auto unchanged = LoanRepository(books->db()).find(loanId);
    LD_VERIFY_OK(unchanged);
    QCOMPARE(unchanged->status, LoanStatus::Approved);
    QCOMPARE(unchanged->remainingMinor, totalDue - monthly);
    QCOMPARE(books->breaches(), QString());
}

void TestLoans::clientWithAnOpenLoan_cannotBeClosed()
{
    LD_OPEN_BOOKS(books, testBooks());
    Desk desk(*books);
    auto ada = desk.customer(QStringLiteral("Ada"));
    LD_VERIFY_OK(ada);
    const auto close = [&]() {
        return desk.sendAndDrain(QStringLiteral("CLIENT_DELETE"), {{QStringLiteral("client_id"), ada->clientId}});
    };
    LD_VERIFY_OK(desk.sendAndDrain(QStringLiteral("LOAN_APPLY"), application(ada->walletId)));

    auto whilePending = close();
    LD_VERIFY_OK(whilePending);
    QCOMPARE(desk.deadLetterReason(whilePending->id),
        QStringLiteral("Ada Lovelace cannot be closed while anything of theirs is open: loan L-1 of 1200.00 USD waits for a "
                       "decision. Settle or close each first."));

    LD_VERIFY_OK(desk.sendAndDrain(QStringLiteral("LOAN_APPROVE"), loan(), Books::supervisor));
    LD_VERIFY_OK(desk.sendAndDrain(QStringLiteral("WITHDRAW"), money(ada->walletId, QStringLiteral("1200.00"))));
    auto whileOwing = close();
    LD_VERIFY_OK(whileOwing);
    QCOMPARE(desk.deadLetterReason(whileOwing->id),
        QStringLiteral("Ada Lovelace cannot be closed while anything of theirs is open: loan L-1 still owes 1252.63 USD. "
                       "Settle or close each first."));

    // Paid off and the wallet emptied: nothing is open any more.
    LD_VERIFY_OK(books->deposit(ada->walletId, QStringLiteral("1252.63")));
    LD_VERIFY_OK(desk.sendAndDrain(QStringLiteral("LOAN_REPAY"), repayment(QStringLiteral("1252.63"))));
    QCOMPARE(books->scalar(QStringLiteral("SELECT status FROM loans WHERE id = ?"), {loanId}).toString(), QStringLiteral("PAID"));
    auto closed = close();
    LD_VERIFY_OK(closed);
    QCOMPARE(desk.deadLetterReason(closed->id), QString());
    QCOMPARE(books->scalar(QStringLiteral("SELECT status FROM accounts WHERE id = ?"), {ada->walletId}).toString(),
        QStringLiteral("closed"));
    QCOMPARE(books->breaches(), QString());
}

LEDGERDESK_TEST_MAIN_BOTH_BACKENDS(TestLoans)
#include "tst_loans.moc"
