#include "ledger/accountrepository.h"
#include "moneydialog.h"
#include "widgettest.h"

#include <QLabel>
#include <QLineEdit>

using namespace Ledgerdesk;
using namespace Ledgerdesk::Test;

// The deposit, withdrawal and transfer dialog checks what the agent types before anything is sent.
class TestMoneyDialog : public QObject
{
    Q_OBJECT

public:
    explicit TestMoneyDialog(TestBooks &books)
        : m_books(books)
    { }

private:
    // A book with Ada's USD wallet holding 100.00, Grace's USD wallet and Grace's EUR wallet.
    struct Fixture
    {
        std::unique_ptr<Books> books;
        Account ada;
        QString graceUsd;
        QString graceEur;
    };

    Fixture arrange()
    {
        Fixture fixture;
        fixture.books = m_books.open();
        if (!fixture.books)
            return fixture;
        Books &books = *fixture.books;
        const QString ada = books.createClient(QStringLiteral("Ada"), QStringLiteral("Lovelace")).value();
        const QString grace = books.createClient(QStringLiteral("Grace"), QStringLiteral("Hopper")).value();
        const QString adaWallet = books.openWallet(ada).value();
        fixture.graceUsd = books.openWallet(grace).value();
        fixture.graceEur = books.openWallet(grace, QStringLiteral("EUR")).value();
        (void)books.deposit(adaWallet, QStringLiteral("100.00"));
        fixture.ada = AccountRepository(books.db()).find(adaWallet).value();
        return fixture;
    }

    static void type(MoneyDialog &dialog, const char *field, const QString &text)
    {
        auto *edit = dialog.findChild<QLineEdit *>(QString::fromLatin1(field));
        edit->clear();
        QTest::keyClicks(edit, text);
    }

    TestBooks &m_books;

private Q_SLOTS:
    void amount_data()
    {
        QTest::addColumn<int>("mode");
        QTest::addColumn<QString>("typed");
        QTest::addColumn<bool>("acceptable");
        QTest::addColumn<QString>("errorContains");
        QTest::addColumn<QString>("payloadAmount");
        const int deposit = int(MoneyDialog::Mode::Deposit);
        const int withdraw = int(MoneyDialog::Mode::Withdraw);
        QTest::newRow("deposit, plain") << deposit << "50.00" << true << ""
                                        << "50.00";
        QTest::newRow("deposit, grouped") << deposit << "1,234.5" << true << ""
                                          << "1234.50";
        QTest::newRow("deposit, too many decimals") << deposit << "12.345" << false << "decimal place"
                                                    << "";
        QTest::newRow("deposit, not a number") << deposit << "ten" << false << "not an amount"
                                               << "";
        QTest::newRow("deposit, exponent") << deposit << "1e5" << false << "not an amount"
                                           << "";
        QTest::newRow("deposit, zero") << deposit << "0.00" << false << "more than zero"
                                       << "";
        QTest::newRow("deposit, negative") << deposit << "-5" << false << "negative"
                                           << "";
        QTest::newRow("withdraw, within balance") << withdraw << "100" << true << ""
                                                  << "100.00";
        QTest::newRow("withdraw, above balance") << withdraw << "100.01" << false << "Insufficient funds"
                                                 << "";
    }

    void amount()
    {
        QFETCH(int, mode);
        QFETCH(QString, typed);
        QFETCH(bool, acceptable);
        QFETCH(QString, errorContains);
        QFETCH(QString, payloadAmount);
        Fixture fixture = arrange();
        QVERIFY2(fixture.books, m_books.lastError().constData());
        MoneyDialog dialog(MoneyDialog::Mode(mode), fixture.books->db(), fixture.ada);
        QVERIFY(!dialog.isAcceptable());
        type(dialog, "amount", typed);
        QCOMPARE(dialog.isAcceptable(), acceptable);
        if (acceptable) {
            QVERIFY2(dialog.amountError().isEmpty(), qPrintable(dialog.amountError()));
            QCOMPARE(dialog.payload().value(QStringLiteral("amount")).toString(), payloadAmount);
            QCOMPARE(dialog.payload().value(QStringLiteral("wallet_id")).toString(), fixture.ada.id);
        } else {
            QVERIFY2(dialog.amountError().contains(errorContains), qPrintable(dialog.amountError()));
        }
    }

    void transfer_checksTheReceivingWallet()
    {
        Fixture fixture = arrange();
        QVERIFY2(fixture.books, m_books.lastError().constData());
        MoneyDialog dialog(MoneyDialog::Mode::Transfer, fixture.books->db(), fixture.ada);
        type(dialog, "amount", QStringLiteral("25"));
        QVERIFY(!dialog.isAcceptable());

        type(dialog, "destination", QStringLiteral("no-such-wallet"));
        QVERIFY2(dialog.destinationError().contains(QStringLiteral("no wallet")), qPrintable(dialog.destinationError()));
        QVERIFY(!dialog.isAcceptable());

        type(dialog, "destination", fixture.ada.id);
        QVERIFY2(dialog.destinationError().contains(QStringLiteral("different wallet")), qPrintable(dialog.destinationError()));

        type(dialog, "destination", fixture.graceEur);
        QVERIFY2(dialog.destinationError().contains(QStringLiteral("EUR")), qPrintable(dialog.destinationError()));
        QVERIFY(!dialog.isAcceptable());

        type(dialog, "destination", fixture.graceUsd);
        QVERIFY2(dialog.destinationError().isEmpty(), qPrintable(dialog.destinationError()));
        QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("destinationInfo"))->text().contains(QStringLiteral("Grace Hopper")));
        QVERIFY(dialog.isAcceptable());
        QCOMPARE(dialog.messageType(), QStringLiteral("TRANSFER"));
        const QJsonObject payload = dialog.payload();
        QCOMPARE(payload.value(QStringLiteral("from_wallet_id")).toString(), fixture.ada.id);
        QCOMPARE(payload.value(QStringLiteral("to_wallet_id")).toString(), fixture.graceUsd);
        QCOMPARE(payload.value(QStringLiteral("amount")).toString(), QStringLiteral("25.00"));
    }
};

LEDGERDESK_WIDGET_TEST_MAIN(TestMoneyDialog)
#include "tst_moneydialog.moc"
