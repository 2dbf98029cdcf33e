#include "core/money.h"
#include "demo/demobook.h"
#include "engine/engine.h"
#include "ledger/accountrepository.h"
#include "ledger/journal.h"
#include "storage/verifier.h"
#include "support/backendtest.h"

#include <QTest>

#include <algorithm>

using namespace Ledgerdesk;
using namespace Ledgerdesk::Test;

namespace {

const QString firstWallet = QStringLiteral("W00001-USD");
const QString secondWallet = QStringLiteral("W00002-USD");

QString describeAll(const QList<Verifier::Breach> &breaches)
{
    QStringList lines;
    for (const Verifier::Breach &breach : breaches)
        lines << breach.subject + QStringLiteral(": ") + breach.description;
    return lines.isEmpty() ? QStringLiteral("(no breach)") : lines.join(QLatin1Char('\n'));
}

// The breaches that concern `subject`.
QList<Verifier::Breach> about(const QList<Verifier::Breach> &breaches, const QString &subject)
{
    QList<Verifier::Breach> found;
    for (const Verifier::Breach &breach : breaches) {
        if (breach.subject == subject)
            found << breach;
    }
    return found;
}

} // namespace

class TestVerify : public BackendTest
{
    Q_OBJECT

public:
    using BackendTest::BackendTest;

private Q_SLOTS:
    void emptyBook_isSound();
    void demoBook_isSound();
    void corruptedBalance_isNamedByItsAccount();
    void strayPosting_namesTheUnbalancedEntry();
    void entryWithoutPostings_isNamed();
    void brokenRunningBalance_isNamed();
    void productStateDisagreeingWithThePostings_isNamed_data();
    void productStateDisagreeingWithThePostings_isNamed();
    void productEntryReversedBehindItsBack_isNamed_data();
    void productEntryReversedBehindItsBack_isNamed();
    void productEntryWithoutItsProduct_isNamed_data();
    void productEntryWithoutItsProduct_isNamed();

private:
    // A demo book of five clients, or null.
    std::unique_ptr<Books> openDemo();
};

std::unique_ptr<Books> TestVerify::openDemo()
{
    auto books = testBooks().open();
    if (!books)
        return nullptr;
    if (auto ok = DemoBook(books->db()).create(5); !ok) {
        qWarning().noquote() << "The demo book could not be made:" << describe(ok.error());
        return nullptr;
    }
    return books;
}

void TestVerify::emptyBook_isSound()
{
    LD_OPEN_BOOKS(books, testBooks());
    auto breaches = Verifier(books->db(), Engine::bookChecks()).run();
    LD_VERIFY_OK(breaches);
    QVERIFY2(breaches->isEmpty(), qPrintable(describeAll(*breaches)));
}

void TestVerify::demoBook_isSound()
{
    auto books = openDemo();
    QVERIFY(books);
    QCOMPARE(books->count(QStringLiteral("clients")), qint64(5));
    QVERIFY(books->count(QStringLiteral("postings")) > 20);
    QVERIFY(books->walletBalance(firstWallet) >= 0);

    auto breaches = Verifier(books->db(), Engine::bookChecks()).run();
    LD_VERIFY_OK(breaches);
    QVERIFY2(breaches->isEmpty(), qPrintable(describeAll(*breaches)));

    LD_VERIFY_ERROR(DemoBook(books->db()).create(5), Error::Kind::Conflict);
}

void TestVerify::corruptedBalance_isNamedByItsAccount()
{
    auto books = openDemo();
    QVERIFY(books);
    LD_VERIFY_OK(
        books->execute(QStringLiteral("UPDATE accounts SET balance_minor = balance_minor + 1 WHERE id = ?"), {firstWallet}));

    auto breaches = Verifier(books->db(), Engine::bookChecks()).run();
    LD_VERIFY_OK(breaches);
    const auto ofWallet = about(*breaches, firstWallet);
    QVERIFY2(ofWallet.size() == 1, qPrintable(describeAll(*breaches)));
    QVERIFY2(ofWallet.first().description.contains(firstWallet), qPrintable(ofWallet.first().description));
    // Nothing else is blamed but the account and its currency's total.
    for (const Verifier::Breach &breach : std::as_const(*breaches))
        QVERIFY2(breach.subject == firstWallet || breach.subject == QLatin1String("USD"), qPrintable(describeAll(*breaches)));
}

void TestVerify::strayPosting_namesTheUnbalancedEntry()
{
    auto books = openDemo();
    QVERIFY(books);
    const QString entryId
        = books->scalar(QStringLiteral("SELECT entry_id FROM postings WHERE account_id = ? ORDER BY seq LIMIT 1"), {secondWallet})
              .toString();
    QVERIFY(!entryId.isEmpty());

    // A posting appended to the wallet with its balance and count kept in step: only the entry is wrong.
    LD_VERIFY_OK(books->execute(
        QStringLiteral("INSERT INTO postings (entry_id, account_id, seq, amount_minor, balance_after_minor) "
                       "SELECT CAST(? AS TEXT), id, posting_count + 1, 5, balance_minor + 5 FROM accounts WHERE id = ?"),
        {entryId, secondWallet}));
    LD_VERIFY_OK(books->execute(
        QStringLiteral("UPDATE accounts SET balance_minor = balance_minor + 5, posting_count = posting_count + 1 WHERE id = ?"),
        {secondWallet}));

    auto breaches = Verifier(books->db(), Engine::bookChecks()).run();
    LD_VERIFY_OK(breaches);
    const auto ofEntry = about(*breaches, entryId);
    QVERIFY2(ofEntry.size() == 1, qPrintable(describeAll(*breaches)));
    QVERIFY2(ofEntry.first().description.contains(QStringLiteral("does not balance")), qPrintable(ofEntry.first().description));
    QVERIFY2(ofEntry.first().description.contains(QStringLiteral("0.05")), qPrintable(ofEntry.first().description));
    QVERIFY2(about(*breaches, secondWallet).isEmpty(), qPrintable(describeAll(*breaches)));
}

void TestVerify::entryWithoutPostings_isNamed()
{
    auto books = openDemo();
    QVERIFY(books);
    LD_VERIFY_OK(books->execute(
        QStringLiteral("INSERT INTO journal_entries (id, kind, created_at_ms, agent_id, memo) VALUES (?, ?, ?, ?, ?)"),
        {QStringLiteral("E-EMPTY"), QStringLiteral("DEPOSIT"), qint64(0), QStringLiteral("system"), QStringLiteral("")}));

    auto breaches = Verifier(books->db(), Engine::bookChecks()).run();
    LD_VERIFY_OK(breaches);
    QCOMPARE(breaches->size(), 1);
    QCOMPARE(breaches->first().subject, QStringLiteral("E-EMPTY"));
    QVERIFY2(breaches->first().description.contains(QStringLiteral("no postings")), qPrintable(breaches->first().description));
}

void TestVerify::brokenRunningBalance_isNamed()
{
    auto books = openDemo();
    QVERIFY(books);
    const qint64 last
        = books->scalar(QStringLiteral("SELECT posting_count FROM accounts WHERE id = ?"), {firstWallet}).toLongLong();
    QVERIFY(last >= 1);
    LD_VERIFY_OK(books->execute(
        QStringLiteral("UPDATE postings SET balance_after_minor = balance_after_minor + 100 WHERE account_id = ? AND seq = ?"),
        {firstWallet, last}));

    auto breaches = Verifier(books->db(), Engine::bookChecks()).run();
    LD_VERIFY_OK(breaches);
    QCOMPARE(breaches->size(), 1);
    QCOMPARE(breaches->first().subject, firstWallet);
    QVERIFY2(
        breaches->first().description.contains(QStringLiteral("running balance")), qPrintable(breaches->first().description));
    QVERIFY2(breaches->first().description.contains(QString::number(last)), qPrintable(breaches->first().description));
}

void TestVerify::productStateDisagreeingWithThePostings_isNamed_data()
{
    QTest::addColumn<QString>("sql");
    QTest::addColumn<QString>("subject");
    // The demo book's first loan is approved and repaid once, its first payment succeeded, and its
    // first savings goal holds money.
    QTest::newRow("loan owes less than its repayments leave")
        << QStringLiteral("UPDATE loans SET remaining_minor = remaining_minor - 1 WHERE id = 'L00001'")
        << QStringLiteral("L00001");
    QTest::newRow("failed payment that was debited")
        << QStringLiteral("UPDATE payments SET status = 'FAILED', reason = 'x' WHERE id = 'P00001'") << QStringLiteral("P00001");
    QTest::newRow("deleted goal still holding money")
        << QStringLiteral("UPDATE savings_goals SET status = 'DELETED' WHERE id = 'G00001'") << QStringLiteral("G00001");
    QTest::newRow("approved loan without its payout")
        << QStringLiteral("UPDATE loans SET funded_entry_id = NULL WHERE id = 'L00001'") << QStringLiteral("L00001");
}

void TestVerify::productStateDisagreeingWithThePostings_isNamed()
{
    QFETCH(QString, sql);
    QFETCH(QString, subject);
    auto books = openDemo();
    QVERIFY(books);
    auto before = Verifier(books->db(), Engine::bookChecks()).run();
    LD_VERIFY_OK(before);
    QVERIFY2(before->isEmpty(), qPrintable(describeAll(*before)));
    LD_VERIFY_OK(books->execute(sql));

    auto breaches = Verifier(books->db(), Engine::bookChecks()).run();
    LD_VERIFY_OK(breaches);
    QVERIFY2(about(*breaches, subject).size() == 1, qPrintable(describeAll(*breaches)));
}

void TestVerify::productEntryReversedBehindItsBack_isNamed_data()
{
    QTest::addColumn<QString>("entrySql"); // the product's entry, reversed as ENTRY_REVERSE allowed before
    QTest::addColumn<QString>("subject");

    QTest::newRow("a loan's payout") << QStringLiteral("SELECT funded_entry_id FROM loans WHERE id = 'L00001'")
                                     << QStringLiteral("L00001");
    QTest::newRow("a loan's repayment") << QStringLiteral("SELECT MIN(entry_id) FROM loan_repayments WHERE loan_id = 'L00001' "
                                                          "AND status = 'SUCCEEDED'")
                                        << QStringLiteral("L00001");
    QTest::newRow("a payment's debit") << QStringLiteral("SELECT entry_id FROM payments WHERE id = 'P00001'")
                                       << QStringLiteral("P00001");
    QTest::newRow("a savings contribution") << QStringLiteral(
        "SELECT MIN(entry_id) FROM goal_contributions WHERE goal_id = 'G00001' AND kind = 'ADD'")
                                            << QStringLiteral("G00001");
}

void TestVerify::productEntryReversedBehindItsBack_isNamed()
{
    QFETCH(QString, entrySql);
    QFETCH(QString, subject);
    auto books = openDemo();
    QVERIFY(books);
    const QString entryId = books->scalar(entrySql).toString();
    QVERIFY(!entryId.isEmpty());
    auto original = Journal(books->db()).find(entryId);
    LD_VERIFY_OK(original);

    JournalEntry reversal;
    reversal.kind = EntryKind::Reversal;
    reversal.createdAtMs = 1;
    reversal.agentId = Books::supervisor;
    reversal.memo = QStringLiteral("Reversed behind the product's back");
    reversal.reversesEntryId = entryId;
    for (const Posting &posting : std::as_const(original->postings)) {
        // A wallet that spent the money gets it first, so only the reversal is out of place.
        auto account = AccountRepository(books->db()).find(posting.accountId);
        LD_VERIFY_OK(account);
        if (account->isWallet() && posting.amountMinor > 0)
            LD_VERIFY_OK(books->deposit(account->id, Money::decimal(posting.amountMinor, account->currency)));
        reversal.postings.append({posting.accountId, -posting.amountMinor});
    }
    QCOMPARE(books->breaches(), QString());
    LD_VERIFY_OK(Journal(books->db()).post(reversal));

    auto breaches = Verifier(books->db(), Engine::bookChecks()).run();
    LD_VERIFY_OK(breaches);
    const auto ofProduct = about(*breaches, subject);
    QVERIFY2(std::any_of(ofProduct.cbegin(), ofProduct.cend(),
                 [&](const Verifier::Breach &breach) {
                     return breach.description.contains(QStringLiteral("entry %1 reversed it").arg(reversal.id));
                 }),
        qPrintable(describeAll(*breaches)));
}

void TestVerify::productEntryWithoutItsProduct_isNamed_data()
{
    QTest::addColumn<QString>("kind");

    QTest::newRow("a loan's payout") << QStringLiteral("LOAN_IN");
    QTest::newRow("a loan's repayment") << QStringLiteral("LOAN_REPAYMENT");
    QTest::newRow("a payment") << QStringLiteral("PAYMENT_OUT");
    QTest::newRow("money into a goal") << QStringLiteral("SAVINGS_ADD");
    QTest::newRow("money back from a goal") << QStringLiteral("SAVINGS_REFUND");
}

void TestVerify::productEntryWithoutItsProduct_isNamed()
{
    QFETCH(QString, kind);
    auto books = openDemo();
    QVERIFY(books);
    JournalEntry entry;
    entry.kind = entryKindFromName(kind);
    QCOMPARE(entryKindName(entry.kind), kind);
    entry.createdAtMs = 1;
    entry.agentId = QStringLiteral("system");
    entry.postings = {{firstWallet, 100}, {QStringLiteral("sys:cash:USD"), -100}};
    LD_VERIFY_OK(Journal(books->db()).post(entry));

    auto breaches = Verifier(books->db(), Engine::bookChecks()).run();
    LD_VERIFY_OK(breaches);
    QVERIFY2(breaches->size() == 1, qPrintable(describeAll(*breaches)));
    QCOMPARE(breaches->first().subject, entry.id);
}

LEDGERDESK_TEST_MAIN_BOTH_BACKENDS(TestVerify)

#include "tst_verify.moc"
