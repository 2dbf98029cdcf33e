#include "core/money.h"
#include "models/registermodel.h"
#include "storage/transactionguard.h"
#include "support/backendtest.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Ledgerdesk;
using namespace Ledgerdesk::Test;

namespace {

// What row `row` of a register must show.
struct ExpectedRow
{
    qint64 seq = 0;
    qint64 amountMinor = 0;
    qint64 balanceMinor = 0;
    QString kind;
    QString memo;
};

} // namespace

class TestRegisterModel : public BackendTest
{
    Q_OBJECT

public:
    using BackendTest::BackendTest;

private Q_SLOTS:
    void emptyWallet_hasNoRows();
    void register_showsNewestFirstWithTheRunningBalance();
    void register_ofAWalletOverThreePages_showsTheRightRowsAtTopMiddleAndEnd();
    void reload_afterANewPosting_showsItOnTop();
    void unknownAccount_isReportedAndShowsNothing();

private:
    // Fails the test (returns false) unless `row` shows `expected`.
    bool checkRow(const RegisterModel &model, int row, const ExpectedRow &expected);
};

bool TestRegisterModel::checkRow(const RegisterModel &model, int row, const ExpectedRow &expected)
{
    const auto at = [&](int column, int role = Qt::DisplayRole) { return model.index(row, column).data(role); };
    const QString where = QStringLiteral("row %1: ").arg(row);
    const auto check = [&](bool ok, const QString &what, const QVariant &actual) {
        if (!ok)
            QTest::qFail(qPrintable(where + what + QStringLiteral(" is ") + actual.toString()), __FILE__, __LINE__);
        return ok;
    };
    return check(at(0, RegisterModel::SeqRole).toLongLong() == expected.seq,
               QStringLiteral("seq, expected %1,").arg(expected.seq), at(0, RegisterModel::SeqRole))
        && check(at(RegisterModel::AmountColumn, RegisterModel::AmountMinorRole).toLongLong() == expected.amountMinor,
            QStringLiteral("amount, expected %1,").arg(expected.amountMinor),
            at(RegisterModel::AmountColumn, RegisterModel::AmountMinorRole))
        && check(at(RegisterModel::BalanceColumn, RegisterModel::BalanceMinorRole).toLongLong() == expected.balanceMinor,
            QStringLiteral("balance, expected %1,").arg(expected.balanceMinor),
            at(RegisterModel::BalanceColumn, RegisterModel::BalanceMinorRole))
        && check(at(RegisterModel::BalanceColumn).toString() == Money(expected.balanceMinor, QStringLiteral("USD")).format(),
            QStringLiteral("the balance text"), at(RegisterModel::BalanceColumn))
        && check(at(RegisterModel::AmountColumn).toString() == Money(expected.amountMinor, QStringLiteral("USD")).format(),
            QStringLiteral("the amount text"), at(RegisterModel::AmountColumn))
        && check(at(RegisterModel::KindColumn).toString() == expected.kind,
            QStringLiteral("kind, expected ") + expected.kind + QLatin1Char(','), at(RegisterModel::KindColumn))
        && check(at(RegisterModel::MemoColumn).toString() == expected.memo,
            QStringLiteral("memo, expected ") + expected.memo + QLatin1Char(','), at(RegisterModel::MemoColumn));
}

void TestRegisterModel::emptyWallet_hasNoRows()
{
    LD_OPEN_BOOKS(books, testBooks());
    auto client = books->createClient(QStringLiteral("Ada"), QStringLiteral("Lovelace"));
    LD_VERIFY_OK(client);
    auto wallet = books->openWallet(*client);
    LD_VERIFY_OK(wallet);

    RegisterModel model(books->db());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 0);
    model.setAccount(*wallet);
    QCOMPARE(model.accountId(), *wallet);
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.columnCount(), int(RegisterModel::ColumnCount));
    QCOMPARE(model.headerData(RegisterModel::BalanceColumn, Qt::Horizontal).toString(), QStringLiteral("Balance"));
}

void TestRegisterModel::register_showsNewestFirstWithTheRunningBalance()
{
    LD_OPEN_BOOKS(books, testBooks());
    auto client = books->createClient(QStringLiteral("Ada"), QStringLiteral("Lovelace"));
    LD_VERIFY_OK(client);
    auto wallet = books->openWallet(*client);
    LD_VERIFY_OK(wallet);
    const auto post = [&](const QString &type, const QString &amount, const QString &memo) {
        return books->apply(
            type, {{QStringLiteral("wallet_id"), *wallet}, {QStringLiteral("amount"), amount}, {QStringLiteral("memo"), memo}});
    };
    LD_VERIFY_OK(post(QStringLiteral("DEPOSIT"), QStringLiteral("10.00"), QStringLiteral("Salary")));
    LD_VERIFY_OK(post(QStringLiteral("WITHDRAW"), QStringLiteral("3.00"), QStringLiteral("Bus fare")));
    LD_VERIFY_OK(post(QStringLiteral("DEPOSIT"), QStringLiteral("5.00"), QStringLiteral("Gift")));

    RegisterModel model(books->db());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setAccount(*wallet);
    QCOMPARE(model.rowCount(), 3);
    QVERIFY(checkRow(model, 0, {3, 500, 1200, QStringLiteral("DEPOSIT"), QStringLiteral("Gift")}));
    QVERIFY(checkRow(model, 1, {2, -300, 700, QStringLiteral("WITHDRAWAL"), QStringLiteral("Bus fare")}));
    QVERIFY(checkRow(model, 2, {1, 1000, 1000, QStringLiteral("DEPOSIT"), QStringLiteral("Salary")}));
    QCOMPARE(model.index(0, RegisterModel::AgentColumn).data().toString(), Books::agent);
    QVERIFY(model.index(0, RegisterModel::DateColumn).data(RegisterModel::TimeMsRole).toLongLong() > 0);
    QCOMPARE(model.index(0, RegisterModel::KindColumn).data(RegisterModel::EntryKindRole).toString(), QStringLiteral("DEPOSIT"));
    QVERIFY(!model.index(0, RegisterModel::DateColumn).data().toString().isEmpty());
    // The register's last balance is the wallet's balance.
    QCOMPARE(model.index(0, 0).data(RegisterModel::BalanceMinorRole).toLongLong(), books->walletBalance(*wallet));
}

void TestRegisterModel::register_ofAWalletOverThreePages_showsTheRightRowsAtTopMiddleAndEnd()
{
    LD_OPEN_BOOKS(books, testBooks());
    auto client = books->createClient(QStringLiteral("Ada"), QStringLiteral("Lovelace"));
    LD_VERIFY_OK(client);
    auto wallet = books->openWallet(*client);
    LD_VERIFY_OK(wallet);

    // 700 postings (pages of 256: two full ones and a part), every tenth a withdrawal; one commit.
    const int postings = 700;
    QVERIFY(postings > 2 * RegisterModel::pageSize && postings < 3 * RegisterModel::pageSize);
    QList<ExpectedRow> expected; // by seq - 1
    {
        TransactionGuard transaction(books->db());
        QVERIFY(transaction.isActive());
        qint64 balance = 0;
        for (int seq = 1; seq <= postings; ++seq) {
            const bool withdraw = seq % 10 == 0;
            const qint64 amount = withdraw ? -100 : 100 + seq;
            const QString memo = QStringLiteral("posting %1").arg(seq);
            auto applied = books->apply(withdraw ? QStringLiteral("WITHDRAW") : QStringLiteral("DEPOSIT"),
                {{QStringLiteral("wallet_id"), *wallet},
                    {QStringLiteral("amount"), Money(qAbs(amount), QStringLiteral("USD")).toDecimalString()},
                    {QStringLiteral("memo"), memo}});
            LD_VERIFY_OK(applied);
            balance += amount;
            expected.append({seq, amount, balance, withdraw ? QStringLiteral("WITHDRAWAL") : QStringLiteral("DEPOSIT"), memo});
        }
        LD_VERIFY_OK(transaction.commit());
    }

    RegisterModel model(books->db());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setAccount(*wallet);
    QCOMPARE(model.rowCount(), postings);
    const auto expectedAt = [&](int row) { return expected.at(postings - 1 - row); };

    // The end first (a jump), then the top, then across both page boundaries.
    for (int row :
        {postings - 1, postings - 2, 0, 1, 2, 187, 188, 189, 255, 256, 257, postings / 2, 443, 444, 445, 511, 512, 513}) {
        if (!checkRow(model, row, expectedAt(row)))
            return;
    }
    // Every row, bottom to top and top to bottom.
    for (int row = postings - 1; row >= 0; --row) {
        if (!checkRow(model, row, expectedAt(row)))
            return;
    }
    for (int row = 0; row < postings; ++row) {
        if (!checkRow(model, row, expectedAt(row)))
            return;
    }
    QCOMPARE(model.index(0, 0).data(RegisterModel::BalanceMinorRole).toLongLong(), books->walletBalance(*wallet));
    QCOMPARE(model.index(postings, 0).data(RegisterModel::SeqRole), QVariant());
}

void TestRegisterModel::reload_afterANewPosting_showsItOnTop()
{
    LD_OPEN_BOOKS(books, testBooks());
    auto client = books->createClient(QStringLiteral("Ada"), QStringLiteral("Lovelace"));
    LD_VERIFY_OK(client);
    auto wallet = books->openWallet(*client);
    LD_VERIFY_OK(wallet);
    LD_VERIFY_OK(books->deposit(*wallet, QStringLiteral("10.00")));

    RegisterModel model(books->db());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setAccount(*wallet);
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.index(0, 0).data(RegisterModel::BalanceMinorRole).toLongLong(), qint64(1000));

    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    LD_VERIFY_OK(books->deposit(*wallet, QStringLiteral("2.50")));
    QCOMPARE(model.reload(), QString());
    QCOMPARE(resets.size(), 1);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.index(0, 0).data(RegisterModel::AmountMinorRole).toLongLong(), qint64(250));
    QCOMPARE(model.index(0, 0).data(RegisterModel::BalanceMinorRole).toLongLong(), qint64(1250));
    QCOMPARE(model.index(1, 0).data(RegisterModel::BalanceMinorRole).toLongLong(), qint64(1000));
}

void TestRegisterModel::unknownAccount_isReportedAndShowsNothing()
{
    LD_OPEN_BOOKS(books, testBooks());
    RegisterModel model(books->db());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setAccount(QStringLiteral("NO-SUCH"));
    QCOMPARE(model.rowCount(), 0);
    const QString error = model.reload();
    QVERIFY2(error.contains(QStringLiteral("NO-SUCH")) && error.endsWith(QLatin1Char('.')), qPrintable(error));
}

LEDGERDESK_TEST_MAIN_BOTH_BACKENDS(TestRegisterModel)

#include "tst_registermodel.moc"
