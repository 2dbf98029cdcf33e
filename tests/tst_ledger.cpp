#include "activity/activityrepository.h"
#include "clients/clientrepository.h"
#include "ledger/accountrepository.h"
#include "ledger/journal.h"
#include "support/backendtest.h"

#include <QJsonArray>
#include <QTest>

using namespace Ledgerdesk;
using namespace Ledgerdesk::Test;

namespace {

// What a refused command must leave untouched.
struct Footprint
{
    qint64 postings = 0;
    qint64 entries = 0;
    qint64 records = 0;
    qint64 processed = 0;
    qint64 clients = 0;
    qint64 accounts = 0;

    static Footprint of(Books &books)
    {
        return {books.count(QStringLiteral("postings")), books.count(QStringLiteral("journal_entries")),
            books.count(QStringLiteral("activity_records")), books.count(QStringLiteral("processed_messages")),
            books.count(QStringLiteral("clients")), books.count(QStringLiteral("accounts"))};
    }
    bool operator==(const Footprint &) const = default;
};

// Lets QCOMPARE print a Footprint (found by argument-dependent lookup).
char *toString(const Footprint &f)
{
    return qstrdup(QStringLiteral("postings %1, entries %2, records %3, processed %4, clients %5, accounts %6")
                       .arg(f.postings)
                       .arg(f.entries)
                       .arg(f.records)
                       .arg(f.processed)
                       .arg(f.clients)
                       .arg(f.accounts)
                       .toUtf8()
                       .constData());
}

QList<ActivityRecord> recordsOf(Database &db, const QString &action)
{
    ActivityFilter filter;
    filter.action = action;
    auto records = ActivityRepository(db).list(filter, ActivitySort::Time, Qt::AscendingOrder, 0, 1000);
    return records ? *records : QList<ActivityRecord>();
}

} // namespace

class TestLedger : public BackendTest
{
    Q_OBJECT

public:
    using BackendTest::BackendTest;

private Q_SLOTS:
    void createClient_andOpenWallet_reportTheirIds();
    void deposit_reportsTheNewBalanceAsADecimalString();
    void withdraw_withinBalance_reportsTheNewBalance();
    void withdraw_aboveBalance_isRefusedAndWritesNothing_data();
    void withdraw_aboveBalance_isRefusedAndWritesNothing();
    void sameMessageTwice_hasOneEffect();
    void refusedMessage_isRefusedAgainOnRedelivery();
    void deposit_badAmount_isRefusedNamingTheField_data();
    void deposit_badAmount_isRefusedNamingTheField();
    void command_unknownWallet_isNotFound_data();
    void command_unknownWallet_isNotFound();
    void openWallet_unsupportedCurrencyOrUnknownClient_isRefused();
    void transfer_betweenWallets_movesTheMoney();
    void transfer_acrossCurrencies_isRefusedAndWritesNothing();
    void transfer_aboveBalance_isRefused();
    void reverseEntry_byAnAgent_isForbidden();
    void reverseEntry_byASupervisor_restoresTheBalances();
    void reverseEntry_twice_isRefused();
    void verifier_afterAMixedDay_findsNothing();
    void message_unknownTypeOrAgent_isRefused();
    void createClient_invalidDetails_isRefusedWithASentence_data();
    void createClient_invalidDetails_isRefusedWithASentence();
    void createClient_existingId_isAConflict();
    void updateClient_writesOneRecordPerChangedAttribute();
    void updateClient_invalidValue_isRefusedAndChangesNothing();
    void deleteClient_whileAWalletHoldsMoney_isRefused();
    void deleteClient_whileAnythingIsOpen_isRefusedNamingEach();
    void closedClientsWallet_refusesEveryMessage_data();
    void closedClientsWallet_refusesEveryMessage();
    void readClient_writesAReadRecord();

private:
    // A client with an open USD wallet holding `amount`; the wallet id, or empty after a failure.
    QString fundedWallet(Books &books, const QString &amount, const QString &firstName = QStringLiteral("Ada"),
        const QString &currency = QStringLiteral("USD"));
};

QString TestLedger::fundedWallet(Books &books, const QString &amount, const QString &firstName, const QString &currency)
{
    auto client = books.createClient(firstName, QStringLiteral("Lovelace"));
    if (!client)
        return {};
    auto wallet = books.openWallet(*client, currency);
    if (!wallet)
        return {};
    if (!amount.isEmpty() && !books.deposit(*wallet, amount))
        return {};
    return *wallet;
}

void TestLedger::createClient_andOpenWallet_reportTheirIds()
{
    LD_OPEN_BOOKS(books, testBooks());
    auto created = books->apply(QStringLiteral("CLIENT_CREATE"),
        {{QStringLiteral("first_name"), QStringLiteral(" Grace ")}, {QStringLiteral("last_name"), QStringLiteral("Hopper")},
            {QStringLiteral("email"), QStringLiteral("Grace.Hopper@Example.com")},
            {QStringLiteral("phone"), QStringLiteral("+1 415-555-0199")},
            {QStringLiteral("channels"), QJsonArray {QStringLiteral("email"), QStringLiteral("sms")}}});
    LD_VERIFY_OK(created);
    const QString clientId = created->value(QStringLiteral("client_id")).toString();
    QVERIFY(!clientId.isEmpty());
    QCOMPARE(created->value(QStringLiteral("name")).toString(), QStringLiteral("Grace Hopper"));

    auto client = ClientRepository(books->db()).find(clientId);
    LD_VERIFY_OK(client);
    QCOMPARE(client->email, QStringLiteral("grace.hopper@example.com"));
    QCOMPARE(client->phone, QStringLiteral("+14155550199"));
    QCOMPARE(client->channels, (QStringList {QStringLiteral("email"), QStringLiteral("sms")}));
    QCOMPARE(client->locale, QStringLiteral("en_US"));

    auto opened = books->apply(QStringLiteral("WALLET_OPEN"),
        {{QStringLiteral("client_id"), clientId}, {QStringLiteral("wallet_id"), QStringLiteral("W-GRACE")},
            {QStringLiteral("currency"), QStringLiteral("eur")}});
    LD_VERIFY_OK(opened);
    QCOMPARE(opened->value(QStringLiteral("wallet_id")).toString(), QStringLiteral("W-GRACE"));
    QCOMPARE(opened->value(QStringLiteral("currency")).toString(), QStringLiteral("EUR"));
    auto wallet = AccountRepository(books->db()).find(QStringLiteral("W-GRACE"));
    LD_VERIFY_OK(wallet);
    QCOMPARE(wallet->clientId, clientId);
    QCOMPARE(wallet->balanceMinor, qint64(0));
    QVERIFY(wallet->isWallet());

    QCOMPARE(recordsOf(books->db(), QStringLiteral("Create|Client")).size(), 1);
    const auto walletRecords = recordsOf(books->db(), QStringLiteral("Create|Wallet"));
    QCOMPARE(walletRecords.size(), 1);
    QCOMPARE(walletRecords.first().after, QStringLiteral("EUR"));
    QCOMPARE(walletRecords.first().agentId, Books::agent);

    // A second wallet with the same id is refused.
    auto duplicate = books->apply(QStringLiteral("WALLET_OPEN"),
        {{QStringLiteral("client_id"), clientId}, {QStringLiteral("wallet_id"), QStringLiteral("W-GRACE")},
            {QStringLiteral("currency"), QStringLiteral("USD")}});
    LD_VERIFY_ERROR(duplicate, Error::Kind::Conflict);
}

void TestLedger::deposit_reportsTheNewBalanceAsADecimalString()
{
    LD_OPEN_BOOKS(books, testBooks());
    const QString wallet = fundedWallet(*books, {});
    QVERIFY(!wallet.isEmpty());

    auto first = books->deposit(wallet, QStringLiteral("1000.00"));
    LD_VERIFY_OK(first);
    QCOMPARE(first->value(QStringLiteral("balance")).toString(), QStringLiteral("1000.00"));
    QCOMPARE(first->value(QStringLiteral("amount")).toString(), QStringLiteral("1000.00"));
    QCOMPARE(first->value(QStringLiteral("currency")).toString(), QStringLiteral("USD"));
    QVERIFY(!first->value(QStringLiteral("entry_id")).toString().isEmpty());

    auto second = books->deposit(wallet, QStringLiteral("250.5"));
    LD_VERIFY_OK(second);
    QCOMPARE(second->value(QStringLiteral("balance")).toString(), QStringLiteral("1250.50"));

    auto account = AccountRepository(books->db()).find(wallet);
    LD_VERIFY_OK(account);
    QCOMPARE(account->balanceMinor, qint64(125050));
    QCOMPARE(account->postingCount, qint64(2));
    // The bank's cash account holds the other side.
    auto cash = books->balanceOf(QStringLiteral("sys:cash:USD"));
    LD_VERIFY_OK(cash);
    QCOMPARE(*cash, qint64(-125050));

    const auto records = recordsOf(books->db(), QStringLiteral("Deposit|Wallet"));
    QCOMPARE(records.size(), 2);
    QCOMPARE(records.at(1).attribute, QStringLiteral("balance"));
    QCOMPARE(records.at(1).before, QStringLiteral("1000.00"));
    QCOMPARE(records.at(1).after, QStringLiteral("1250.50"));

    auto entry = Journal(books->db()).find(second->value(QStringLiteral("entry_id")).toString());
    LD_VERIFY_OK(entry);
    QCOMPARE(entry->kind, EntryKind::Deposit);
    QCOMPARE(entry->agentId, Books::agent);
    QCOMPARE(entry->postings.size(), 2);
    QCOMPARE(books->breaches(), QString());
}

void TestLedger::withdraw_withinBalance_reportsTheNewBalance()
{
    LD_OPEN_BOOKS(books, testBooks());
    const QString wallet = fundedWallet(*books, QStringLiteral("100.00"));
    QVERIFY(!wallet.isEmpty());

    auto withdrawn = books->apply(QStringLiteral("WITHDRAW"),
        {{QStringLiteral("wallet_id"), wallet}, {QStringLiteral("amount"), QStringLiteral("40.00")},
            {QStringLiteral("memo"), QStringLiteral("Rent")}});
    LD_VERIFY_OK(withdrawn);
    QCOMPARE(withdrawn->value(QStringLiteral("balance")).toString(), QStringLiteral("60.00"));

    // Down to exactly zero is allowed.
    auto emptied = books->apply(
        QStringLiteral("WITHDRAW"), {{QStringLiteral("wallet_id"), wallet}, {QStringLiteral("amount"), QStringLiteral("60")}});
    LD_VERIFY_OK(emptied);
    QCOMPARE(emptied->value(QStringLiteral("balance")).toString(), QStringLiteral("0.00"));
    auto balance = books->balanceOf(wallet);
    LD_VERIFY_OK(balance);
    QCOMPARE(*balance, qint64(0));

    auto entry = Journal(books->db()).find(withdrawn->value(QStringLiteral("entry_id")).toString());
    LD_VERIFY_OK(entry);
    QCOMPARE(entry->kind, EntryKind::Withdrawal);
    QCOMPARE(entry->memo, QStringLiteral("Rent"));
    QCOMPARE(books->breaches(), QString());
}

void TestLedger::withdraw_aboveBalance_isRefusedAndWritesNothing_data()
{
    QTest::addColumn<QString>("amount");
    QTest::newRow("one cent too much") << "100.01";
    QTest::newRow("far too much") << "5000.00";
    QTest::newRow("the largest amount") << "10000000000000.00";
}

void TestLedger::withdraw_aboveBalance_isRefusedAndWritesNothing()
{
    QFETCH(QString, amount);
    LD_OPEN_BOOKS(books, testBooks());
    const QString wallet = fundedWallet(*books, QStringLiteral("100.00"));
    QVERIFY(!wallet.isEmpty());
    const Footprint before = Footprint::of(*books);

    auto refused
        = books->apply(QStringLiteral("WITHDRAW"), {{QStringLiteral("wallet_id"), wallet}, {QStringLiteral("amount"), amount}});
    LD_VERIFY_ERROR(refused, Error::Kind::Conflict);
    QVERIFY2(refused.error().message.startsWith(QStringLiteral("Insufficient funds")), qPrintable(refused.error().message));
    QVERIFY2(refused.error().message.contains(QStringLiteral("100.00")), qPrintable(refused.error().message));

    QCOMPARE(Footprint::of(*books), before);
    auto balance = books->balanceOf(wallet);
    LD_VERIFY_OK(balance);
    QCOMPARE(*balance, qint64(10000));
    QCOMPARE(books->breaches(), QString());
}

void TestLedger::sameMessageTwice_hasOneEffect()
{
    LD_OPEN_BOOKS(books, testBooks());
    const QString wallet = fundedWallet(*books, QStringLiteral("10.00"));
    QVERIFY(!wallet.isEmpty());
    const Footprint before = Footprint::of(*books);

    const Message deposit = Books::message(
        QStringLiteral("DEPOSIT"), {{QStringLiteral("wallet_id"), wallet}, {QStringLiteral("amount"), QStringLiteral("5.00")}});
    auto first = books->apply(deposit);
    LD_VERIFY_OK(first);
    QVERIFY(!first->contains(QStringLiteral("duplicate")));
    QCOMPARE(first->value(QStringLiteral("balance")).toString(), QStringLiteral("15.00"));
    const Footprint afterFirst = Footprint::of(*books);

    auto second = books->apply(deposit);
    LD_VERIFY_OK(second);
    QCOMPARE(second->value(QStringLiteral("duplicate")).toBool(), true);
    QCOMPARE(second->value(QStringLiteral("entry_id")), first->value(QStringLiteral("entry_id")));
    QCOMPARE(second->value(QStringLiteral("balance")).toString(), QStringLiteral("15.00"));

    QCOMPARE(Footprint::of(*books), afterFirst);
    QCOMPARE(afterFirst.postings, before.postings + 2);
    QCOMPARE(afterFirst.entries, before.entries + 1);
    QCOMPARE(afterFirst.records, before.records + 1);
    QCOMPARE(afterFirst.processed, before.processed + 1);
    auto balance = books->balanceOf(wallet);
    LD_VERIFY_OK(balance);
    QCOMPARE(*balance, qint64(1500));
    QCOMPARE(books->breaches(), QString());
}

void TestLedger::refusedMessage_isRefusedAgainOnRedelivery()
{
    LD_OPEN_BOOKS(books, testBooks());
    const QString wallet = fundedWallet(*books, QStringLiteral("10.00"));
    QVERIFY(!wallet.isEmpty());
    const Message withdrawal = Books::message(
        QStringLiteral("WITHDRAW"), {{QStringLiteral("wallet_id"), wallet}, {QStringLiteral("amount"), QStringLiteral("20.00")}});
    LD_VERIFY_ERROR(books->apply(withdrawal), Error::Kind::Conflict);
    // Nothing marked it as applied, so it is checked afresh (and still refused).
    LD_VERIFY_ERROR(books->apply(withdrawal), Error::Kind::Conflict);
    LD_VERIFY_OK(books->deposit(wallet, QStringLiteral("15.00")));
    auto applied = books->apply(withdrawal);
    LD_VERIFY_OK(applied);
    QCOMPARE(applied->value(QStringLiteral("balance")).toString(), QStringLiteral("5.00"));
}

void TestLedger::deposit_badAmount_isRefusedNamingTheField_data()
{
    QTest::addColumn<QJsonValue>("amount");
    QTest::newRow("too many decimals") << QJsonValue(QStringLiteral("12.345"));
    QTest::newRow("negative") << QJsonValue(QStringLiteral("-5.00"));
    QTest::newRow("zero") << QJsonValue(QStringLiteral("0.00"));
    QTest::newRow("words") << QJsonValue(QStringLiteral("ten dollars"));
    QTest::newRow("exponent") << QJsonValue(QStringLiteral("1e3"));
    QTest::newRow("grouped") << QJsonValue(QStringLiteral("1,000.00"));
    QTest::newRow("empty") << QJsonValue(QStringLiteral(""));
    QTest::newRow("a JSON number") << QJsonValue(12.5);
    QTest::newRow("missing") << QJsonValue(QJsonValue::Undefined);
    QTest::newRow("over the limit") << QJsonValue(QStringLiteral("10000000000000.01"));
}

void TestLedger::deposit_badAmount_isRefusedNamingTheField()
{
    QFETCH(QJsonValue, amount);
    LD_OPEN_BOOKS(books, testBooks());
    const QString wallet = fundedWallet(*books, QStringLiteral("1.00"));
    QVERIFY(!wallet.isEmpty());
    const Footprint before = Footprint::of(*books);

    QJsonObject payload {{QStringLiteral("wallet_id"), wallet}};
    if (!amount.isUndefined())
        payload.insert(QStringLiteral("amount"), amount);
    for (const QString &type : {QStringLiteral("DEPOSIT"), QStringLiteral("WITHDRAW")}) {
        auto refused = books->apply(type, payload);
        LD_VERIFY_ERROR(refused, Error::Kind::Validation);
        QCOMPARE(refused.error().detail, QStringLiteral("amount"));
        QVERIFY2(refused.error().message.contains(QStringLiteral("\"amount\"")), qPrintable(refused.error().message));
    }
    QCOMPARE(Footprint::of(*books), before);
}

void TestLedger::command_unknownWallet_isNotFound_data()
{
    QTest::addColumn<QString>("type");
    QTest::addColumn<QJsonObject>("payload");
    const QString amount = QStringLiteral("1.00");
    QTest::newRow("deposit") << "DEPOSIT"
                             << QJsonObject {
                                    {QStringLiteral("wallet_id"), QStringLiteral("NO-SUCH")}, {QStringLiteral("amount"), amount}};
    QTest::newRow("withdraw") << "WITHDRAW"
                              << QJsonObject {{QStringLiteral("wallet_id"), QStringLiteral("NO-SUCH")},
                                     {QStringLiteral("amount"), amount}};
    QTest::newRow("transfer from") << "TRANSFER"
                                   << QJsonObject {{QStringLiteral("from_wallet_id"), QStringLiteral("NO-SUCH")},
                                          {QStringLiteral("to_wallet_id"), QStringLiteral("EXISTING")},
                                          {QStringLiteral("amount"), amount}};
    QTest::newRow("transfer to") << "TRANSFER"
                                 << QJsonObject {{QStringLiteral("from_wallet_id"), QStringLiteral("EXISTING")},
                                        {QStringLiteral("to_wallet_id"), QStringLiteral("NO-SUCH")},
                                        {QStringLiteral("amount"), amount}};
    QTest::newRow("reverse") << "ENTRY_REVERSE"
                             << QJsonObject {{QStringLiteral("entry_id"), QStringLiteral("NO-SUCH")},
                                    {QStringLiteral("reason"), QStringLiteral("test")}};
}

void TestLedger::command_unknownWallet_isNotFound()
{
    QFETCH(QString, type);
    QFETCH(QJsonObject, payload);
    LD_OPEN_BOOKS(books, testBooks());
    auto client = books->createClient(QStringLiteral("Ada"), QStringLiteral("Lovelace"));
    LD_VERIFY_OK(client);
    LD_VERIFY_OK(books->apply(QStringLiteral("WALLET_OPEN"),
        {{QStringLiteral("client_id"), *client}, {QStringLiteral("wallet_id"), QStringLiteral("EXISTING")},
            {QStringLiteral("currency"), QStringLiteral("USD")}}));
    LD_VERIFY_OK(books->deposit(QStringLiteral("EXISTING"), QStringLiteral("50.00")));
    const Footprint before = Footprint::of(*books);

    auto refused = books->apply(type, payload, Books::supervisor);
    LD_VERIFY_ERROR(refused, Error::Kind::NotFound);
    QVERIFY2(refused.error().message.contains(QStringLiteral("NO-SUCH")), qPrintable(refused.error().message));
    QCOMPARE(Footprint::of(*books), before);
}

void TestLedger::openWallet_unsupportedCurrencyOrUnknownClient_isRefused()
{
    LD_OPEN_BOOKS(books, testBooks());
    auto client = books->createClient(QStringLiteral("Ada"), QStringLiteral("Lovelace"));
    LD_VERIFY_OK(client);
    const Footprint before = Footprint::of(*books);

    auto badCurrency = books->apply(QStringLiteral("WALLET_OPEN"),
        {{QStringLiteral("client_id"), *client}, {QStringLiteral("currency"), QStringLiteral("XYZ")}});
    LD_VERIFY_ERROR(badCurrency, Error::Kind::Validation);
    QCOMPARE(badCurrency.error().detail, QStringLiteral("currency"));

    auto noClient = books->apply(QStringLiteral("WALLET_OPEN"),
        {{QStringLiteral("client_id"), QStringLiteral("NOBODY")}, {QStringLiteral("currency"), QStringLiteral("USD")}});
    LD_VERIFY_ERROR(noClient, Error::Kind::NotFound);

    auto systemId = books->apply(QStringLiteral("WALLET_OPEN"),
        {{QStringLiteral("client_id"), *client}, {QStringLiteral("wallet_id"), QStringLiteral("sys:cash:EUR")},
            {QStringLiteral("currency"), QStringLiteral("EUR")}});
    LD_VERIFY_ERROR(systemId, Error::Kind::Validation);
    QCOMPARE(Footprint::of(*books), before);
}

void TestLedger::transfer_betweenWallets_movesTheMoney()
{
    LD_OPEN_BOOKS(books, testBooks());
    const QString from = fundedWallet(*books, QStringLiteral("100.00"), QStringLiteral("Ada"));
    const QString to = fundedWallet(*books, QStringLiteral("5.00"), QStringLiteral("Grace"));
    QVERIFY(!from.isEmpty() && !to.isEmpty());

    auto moved = books->apply(QStringLiteral("TRANSFER"),
        {{QStringLiteral("from_wallet_id"), from}, {QStringLiteral("to_wallet_id"), to},
            {QStringLiteral("amount"), QStringLiteral("30.25")}});
    LD_VERIFY_OK(moved);
    QCOMPARE(moved->value(QStringLiteral("from_balance")).toString(), QStringLiteral("69.75"));
    QCOMPARE(moved->value(QStringLiteral("to_balance")).toString(), QStringLiteral("35.25"));
    auto fromBalance = books->balanceOf(from);
    auto toBalance = books->balanceOf(to);
    LD_VERIFY_OK(fromBalance);
    LD_VERIFY_OK(toBalance);
    QCOMPARE(*fromBalance, qint64(6975));
    QCOMPARE(*toBalance, qint64(3525));
    // Both clients see it in their activity.
    const auto records = recordsOf(books->db(), QStringLiteral("Transfer|Wallet"));
    QCOMPARE(records.size(), 2);
    QVERIFY(records.at(0).clientId != records.at(1).clientId);

    auto sameWallet = books->apply(QStringLiteral("TRANSFER"),
        {{QStringLiteral("from_wallet_id"), from}, {QStringLiteral("to_wallet_id"), from},
            {QStringLiteral("amount"), QStringLiteral("1.00")}});
    LD_VERIFY_ERROR(sameWallet, Error::Kind::Validation);
    QCOMPARE(books->breaches(), QString());
}

void TestLedger::transfer_acrossCurrencies_isRefusedAndWritesNothing()
{
    LD_OPEN_BOOKS(books, testBooks());
    const QString dollars = fundedWallet(*books, QStringLiteral("100.00"), QStringLiteral("Ada"), QStringLiteral("USD"));
    const QString euros = fundedWallet(*books, QStringLiteral("100.00"), QStringLiteral("Grace"), QStringLiteral("EUR"));
    QVERIFY(!dollars.isEmpty() && !euros.isEmpty());
    const Footprint before = Footprint::of(*books);

    auto refused = books->apply(QStringLiteral("TRANSFER"),
        {{QStringLiteral("from_wallet_id"), dollars}, {QStringLiteral("to_wallet_id"), euros},
            {QStringLiteral("amount"), QStringLiteral("10.00")}});
    LD_VERIFY_ERROR(refused, Error::Kind::Validation);
    QVERIFY2(refused.error().message.contains(QStringLiteral("same currency")), qPrintable(refused.error().message));
    QCOMPARE(Footprint::of(*books), before);
    QCOMPARE(books->walletBalance(dollars), qint64(10000));
    QCOMPARE(books->walletBalance(euros), qint64(10000));
}

void TestLedger::transfer_aboveBalance_isRefused()
{
    LD_OPEN_BOOKS(books, testBooks());
    const QString from = fundedWallet(*books, QStringLiteral("10.00"), QStringLiteral("Ada"));
    const QString to = fundedWallet(*books, {}, QStringLiteral("Grace"));
    QVERIFY(!from.isEmpty() && !to.isEmpty());
    const Footprint before = Footprint::of(*books);

    auto refused = books->apply(QStringLiteral("TRANSFER"),
        {{QStringLiteral("from_wallet_id"), from}, {QStringLiteral("to_wallet_id"), to},
            {QStringLiteral("amount"), QStringLiteral("10.01")}});
    LD_VERIFY_ERROR(refused, Error::Kind::Conflict);
    QVERIFY2(refused.error().message.startsWith(QStringLiteral("Insufficient funds")), qPrintable(refused.error().message));
    QCOMPARE(Footprint::of(*books), before);
}

void TestLedger::reverseEntry_byAnAgent_isForbidden()
{
    LD_OPEN_BOOKS(books, testBooks());
    const QString wallet = fundedWallet(*books, {});
    QVERIFY(!wallet.isEmpty());
    auto deposit = books->deposit(wallet, QStringLiteral("80.00"));
    LD_VERIFY_OK(deposit);
    const Footprint before = Footprint::of(*books);

    auto refused = books->apply(QStringLiteral("ENTRY_REVERSE"),
        {{QStringLiteral("entry_id"), deposit->value(QStringLiteral("entry_id"))},
            {QStringLiteral("reason"), QStringLiteral("Counted twice")}},
        Books::agent);
    LD_VERIFY_ERROR(refused, Error::Kind::Forbidden);
    QVERIFY2(refused.error().message.contains(QStringLiteral("supervisor")), qPrintable(refused.error().message));
    // Nothing changes but the record of who tried.
    Footprint after = Footprint::of(*books);
    QCOMPARE(after.records, before.records + 1);
    QCOMPARE(books->scalar(QStringLiteral("SELECT agent_id FROM activity_records WHERE action = 'Refuse|Message'")).toString(),
        Books::agent);
    after.records = before.records;
    QCOMPARE(after, before);
    QCOMPARE(books->walletBalance(wallet), qint64(8000));
}

void TestLedger::reverseEntry_byASupervisor_restoresTheBalances()
{
    LD_OPEN_BOOKS(books, testBooks());
    const QString from = fundedWallet(*books, QStringLiteral("100.00"), QStringLiteral("Ada"));
    const QString to = fundedWallet(*books, {}, QStringLiteral("Grace"));
    QVERIFY(!from.isEmpty() && !to.isEmpty());
    auto transfer = books->apply(QStringLiteral("TRANSFER"),
        {{QStringLiteral("from_wallet_id"), from}, {QStringLiteral("to_wallet_id"), to},
            {QStringLiteral("amount"), QStringLiteral("40.00")}});
    LD_VERIFY_OK(transfer);
    const QString entryId = transfer->value(QStringLiteral("entry_id")).toString();

    auto reversed = books->apply(QStringLiteral("ENTRY_REVERSE"),
        {{QStringLiteral("entry_id"), entryId}, {QStringLiteral("reason"), QStringLiteral("Wrong recipient")}},
        Books::supervisor);
    LD_VERIFY_OK(reversed);
    QCOMPARE(reversed->value(QStringLiteral("reverses_entry_id")).toString(), entryId);
    QCOMPARE(books->walletBalance(from), qint64(10000));
    QCOMPARE(books->walletBalance(to), qint64(0));

    // The original stays; the reversal is a new entry pointing at it.
    auto original = Journal(books->db()).find(entryId);
    LD_VERIFY_OK(original);
    QCOMPARE(original->kind, EntryKind::Transfer);
    auto reversal = Journal(books->db()).find(reversed->value(QStringLiteral("entry_id")).toString());
    LD_VERIFY_OK(reversal);
    QCOMPARE(reversal->kind, EntryKind::Reversal);
    QCOMPARE(reversal->reversesEntryId, entryId);
    QCOMPARE(reversal->memo, QStringLiteral("Wrong recipient"));
    QCOMPARE(reversal->agentId, Books::supervisor);
    const auto records = recordsOf(books->db(), QStringLiteral("Reverse|Entry"));
    QCOMPARE(records.size(), 2);
    QCOMPARE(books->breaches(), QString());
}

void TestLedger::reverseEntry_twice_isRefused()
{
    LD_OPEN_BOOKS(books, testBooks());
    const QString wallet = fundedWallet(*books, {});
    QVERIFY(!wallet.isEmpty());
    auto deposit = books->deposit(wallet, QStringLiteral("80.00"));
    LD_VERIFY_OK(deposit);
    const QJsonObject payload {{QStringLiteral("entry_id"), deposit->value(QStringLiteral("entry_id"))},
        {QStringLiteral("reason"), QStringLiteral("Counted twice")}};
    auto first = books->apply(QStringLiteral("ENTRY_REVERSE"), payload, Books::supervisor);
    LD_VERIFY_OK(first);
    const Footprint afterFirst = Footprint::of(*books);

    auto second = books->apply(QStringLiteral("ENTRY_REVERSE"), payload, Books::supervisor);
    LD_VERIFY_ERROR(second, Error::Kind::Conflict);
    QVERIFY2(second.error().message.contains(QStringLiteral("reversed already")), qPrintable(second.error().message));

    auto ofReversal = books->apply(QStringLiteral("ENTRY_REVERSE"),
        {{QStringLiteral("entry_id"), first->value(QStringLiteral("entry_id"))},
            {QStringLiteral("reason"), QStringLiteral("Undo the undo")}},
        Books::supervisor);
    LD_VERIFY_ERROR(ofReversal, Error::Kind::Conflict);

    auto noReason = books->apply(QStringLiteral("ENTRY_REVERSE"),
        {{QStringLiteral("entry_id"), deposit->value(QStringLiteral("entry_id"))}}, Books::supervisor);
    LD_VERIFY_ERROR(noReason, Error::Kind::Validation);
    QCOMPARE(noReason.error().detail, QStringLiteral("reason"));

    QCOMPARE(Footprint::of(*books), afterFirst);
    QCOMPARE(books->walletBalance(wallet), qint64(0));
    QCOMPARE(books->breaches(), QString());
}

void TestLedger::verifier_afterAMixedDay_findsNothing()
{
    LD_OPEN_BOOKS(books, testBooks());
    const QString ada = fundedWallet(*books, QStringLiteral("500.00"), QStringLiteral("Ada"));
    const QString grace = fundedWallet(*books, QStringLiteral("20.00"), QStringLiteral("Grace"));
    const QString euros = fundedWallet(*books, QStringLiteral("70.00"), QStringLiteral("Emmy"), QStringLiteral("EUR"));
    QVERIFY(!ada.isEmpty() && !grace.isEmpty() && !euros.isEmpty());

    const auto transfer = [&](const QString &from, const QString &to, const QString &amount) {
        return books->apply(QStringLiteral("TRANSFER"),
            {{QStringLiteral("from_wallet_id"), from}, {QStringLiteral("to_wallet_id"), to}, {QStringLiteral("amount"), amount}});
    };
    LD_VERIFY_OK(transfer(ada, grace, QStringLiteral("120.00")));
    LD_VERIFY_ERROR(transfer(grace, ada, QStringLiteral("140.01")), Error::Kind::Conflict);
    LD_VERIFY_ERROR(transfer(ada, euros, QStringLiteral("1.00")), Error::Kind::Validation);
    LD_VERIFY_OK(books->apply(
        QStringLiteral("WITHDRAW"), {{QStringLiteral("wallet_id"), euros}, {QStringLiteral("amount"), QStringLiteral("69.99")}}));
    auto deposit = books->deposit(grace, QStringLiteral("0.01"));
    LD_VERIFY_OK(deposit);
    LD_VERIFY_OK(books->apply(QStringLiteral("ENTRY_REVERSE"),
        {{QStringLiteral("entry_id"), deposit->value(QStringLiteral("entry_id"))},
            {QStringLiteral("reason"), QStringLiteral("Test")}},
        Books::supervisor));
    LD_VERIFY_ERROR(books->apply(QStringLiteral("WITHDRAW"),
                        {{QStringLiteral("wallet_id"), grace}, {QStringLiteral("amount"), QStringLiteral("140.01")}}),
        Error::Kind::Conflict);

    QCOMPARE(books->walletBalance(ada), qint64(38000));
    QCOMPARE(books->walletBalance(grace), qint64(14000));
    QCOMPARE(books->walletBalance(euros), qint64(1));
    QCOMPARE(books->breaches(), QString());
}

void TestLedger::message_unknownTypeOrAgent_isRefused()
{
    LD_OPEN_BOOKS(books, testBooks());
    const Footprint before = Footprint::of(*books);
    LD_VERIFY_ERROR(books->apply(QStringLiteral("PRINT_MONEY"), {}), Error::Kind::Validation);
    LD_VERIFY_ERROR(books->apply(QStringLiteral("CLIENT_READ"), {{QStringLiteral("client_id"), QStringLiteral("x")}},
                        QStringLiteral("mallory")),
        Error::Kind::Forbidden);
    LD_VERIFY_OK(books->addAgent(QStringLiteral("retired"), Role::Agent));
    LD_VERIFY_OK(books->execute(QStringLiteral("UPDATE agents SET active = 0 WHERE id = ?"), {QStringLiteral("retired")}));
    auto disabled = books->createClient(QStringLiteral("Ada"), QStringLiteral("Lovelace"), QStringLiteral("retired"));
    LD_VERIFY_ERROR(disabled, Error::Kind::Forbidden);
    QCOMPARE(Footprint::of(*books), before);
}

void TestLedger::createClient_invalidDetails_isRefusedWithASentence_data()
{
    QTest::addColumn<QJsonObject>("changes");
    QTest::addColumn<QString>("field");

    QTest::newRow("e-mail without domain") << QJsonObject {{QStringLiteral("email"), QStringLiteral("ada@")}} << "email";
    QTest::newRow("e-mail with spaces") << QJsonObject {{QStringLiteral("email"), QStringLiteral("ada at example.com")}}
                                        << "email";
    QTest::newRow("e-mail without dot") << QJsonObject {{QStringLiteral("email"), QStringLiteral("ada@localhost")}} << "email";
    QTest::newRow("e-mail with two dots") << QJsonObject {{QStringLiteral("email"), QStringLiteral("ada..l@example.com")}}
                                          << "email";
    QTest::newRow("phone without country code")
        << QJsonObject {{QStringLiteral("phone"), QStringLiteral("4155550123")}} << "phone";
    QTest::newRow("phone too short") << QJsonObject {{QStringLiteral("phone"), QStringLiteral("+12345")}} << "phone";
    QTest::newRow("phone starting with zero")
        << QJsonObject {{QStringLiteral("phone"), QStringLiteral("+04155550123")}} << "phone";
    QTest::newRow("phone with letters") << QJsonObject {{QStringLiteral("phone"), QStringLiteral("+1415CALLADA")}} << "phone";
    QTest::newRow("missing first name") << QJsonObject {{QStringLiteral("first_name"), QJsonValue()}} << "first_name";
    QTest::newRow("blank first name") << QJsonObject {{QStringLiteral("first_name"), QStringLiteral("   ")}} << "first_name";
    QTest::newRow("missing last name") << QJsonObject {{QStringLiteral("last_name"), QJsonValue()}} << "last_name";
    QTest::newRow("name is a number") << QJsonObject {{QStringLiteral("last_name"), 42}} << "last_name";
    QTest::newRow("no way to reach them") << QJsonObject {{QStringLiteral("email"), QJsonValue()},
        {QStringLiteral("phone"), QJsonValue()}}
                                          << "email";
    QTest::newRow("unknown channel") << QJsonObject {{QStringLiteral("channels"), QJsonArray {QStringLiteral("fax")}}}
                                     << "channels";
    QTest::newRow("whatsapp without phone") << QJsonObject {{QStringLiteral("phone"), QJsonValue()},
        {QStringLiteral("channels"), QJsonArray {QStringLiteral("whatsapp")}}}
                                            << "channels";
}

void TestLedger::createClient_invalidDetails_isRefusedWithASentence()
{
    QFETCH(QJsonObject, changes);
    QFETCH(QString, field);
    LD_OPEN_BOOKS(books, testBooks());

    QJsonObject payload {{QStringLiteral("first_name"), QStringLiteral("Ada")},
        {QStringLiteral("last_name"), QStringLiteral("Lovelace")}, {QStringLiteral("email"), QStringLiteral("ada@example.com")},
        {QStringLiteral("phone"), QStringLiteral("+442071234567")}};
    for (auto it = changes.begin(); it != changes.end(); ++it) {
        if (it.value().isNull())
            payload.remove(it.key());
        else
            payload.insert(it.key(), it.value());
    }
    auto refused = books->apply(QStringLiteral("CLIENT_CREATE"), payload);
    LD_VERIFY_ERROR(refused, Error::Kind::Validation);
    QCOMPARE(refused.error().detail, field);
    const QString message = refused.error().message;
    QVERIFY2(message.endsWith(QLatin1Char('.')) && (message.at(0).isUpper() || message.at(0) == QLatin1Char('"')),
        qPrintable(QStringLiteral("not a sentence: ") + message));
    QCOMPARE(books->count(QStringLiteral("clients")), qint64(0));
    QCOMPARE(books->count(QStringLiteral("activity_records")), qint64(0));
}

void TestLedger::createClient_existingId_isAConflict()
{
    LD_OPEN_BOOKS(books, testBooks());
    const QJsonObject payload {{QStringLiteral("client_id"), QStringLiteral("C-1")},
        {QStringLiteral("first_name"), QStringLiteral("Ada")}, {QStringLiteral("last_name"), QStringLiteral("Lovelace")},
        {QStringLiteral("email"), QStringLiteral("ada@example.com")}};
    LD_VERIFY_OK(books->apply(QStringLiteral("CLIENT_CREATE"), payload));
    auto again = books->apply(QStringLiteral("CLIENT_CREATE"), payload);
    LD_VERIFY_ERROR(again, Error::Kind::Conflict);
    QCOMPARE(books->count(QStringLiteral("clients")), qint64(1));
}

void TestLedger::updateClient_writesOneRecordPerChangedAttribute()
{
    LD_OPEN_BOOKS(books, testBooks());
    auto client = books->createClient(QStringLiteral("Ada"), QStringLiteral("Lovelace"));
    LD_VERIFY_OK(client);
    const qint64 recordsBefore = books->count(QStringLiteral("activity_records"));

    auto updated = books->apply(QStringLiteral("CLIENT_UPDATE"),
        {{QStringLiteral("client_id"), *client},
            {QStringLiteral("changes"),
                QJsonObject {{QStringLiteral("email"), QStringLiteral("countess@example.org")},
                    {QStringLiteral("phone"), QStringLiteral("+442079460000")},
                    {QStringLiteral("first_name"), QStringLiteral("Ada")}}}},
        Books::supervisor);
    LD_VERIFY_OK(updated);
    QCOMPARE(
        updated->value(QStringLiteral("changed")).toArray(), (QJsonArray {QStringLiteral("email"), QStringLiteral("phone")}));
    QCOMPARE(books->count(QStringLiteral("activity_records")), recordsBefore + 2);

    const auto records = recordsOf(books->db(), QStringLiteral("Update|Client"));
    QCOMPARE(records.size(), 2);
    QHash<QString, ActivityRecord> byAttribute;
    for (const ActivityRecord &record : records)
        byAttribute.insert(record.attribute, record);
    QVERIFY(byAttribute.contains(QStringLiteral("email")) && byAttribute.contains(QStringLiteral("phone")));
    QCOMPARE(byAttribute[QStringLiteral("email")].before, QStringLiteral("ada.lovelace@example.com"));
    QCOMPARE(byAttribute[QStringLiteral("email")].after, QStringLiteral("countess@example.org"));
    QCOMPARE(byAttribute[QStringLiteral("phone")].before, QStringLiteral("+14155550123"));
    QCOMPARE(byAttribute[QStringLiteral("phone")].after, QStringLiteral("+442079460000"));
    QCOMPARE(byAttribute[QStringLiteral("phone")].agentId, Books::supervisor);
    QCOMPARE(byAttribute[QStringLiteral("phone")].clientId, *client);

    auto stored = ClientRepository(books->db()).find(*client);
    LD_VERIFY_OK(stored);
    QCOMPARE(stored->email, QStringLiteral("countess@example.org"));
    QCOMPARE(stored->phone, QStringLiteral("+442079460000"));

    // Changing nothing writes nothing.
    auto unchanged = books->apply(QStringLiteral("CLIENT_UPDATE"),
        {{QStringLiteral("client_id"), *client},
            {QStringLiteral("changes"), QJsonObject {{QStringLiteral("last_name"), QStringLiteral("Lovelace")}}}});
    LD_VERIFY_OK(unchanged);
    QCOMPARE(unchanged->value(QStringLiteral("changed")).toArray(), QJsonArray());
    QCOMPARE(books->count(QStringLiteral("activity_records")), recordsBefore + 2);
}

void TestLedger::updateClient_invalidValue_isRefusedAndChangesNothing()
{
    LD_OPEN_BOOKS(books, testBooks());
    auto client = books->createClient(QStringLiteral("Ada"), QStringLiteral("Lovelace"));
    LD_VERIFY_OK(client);
    const Footprint before = Footprint::of(*books);

    const auto update = [&](const QJsonObject &changes) {
        return books->apply(
            QStringLiteral("CLIENT_UPDATE"), {{QStringLiteral("client_id"), *client}, {QStringLiteral("changes"), changes}});
    };
    auto badEmail = update(
        {{QStringLiteral("email"), QStringLiteral("not-an-address")}, {QStringLiteral("last_name"), QStringLiteral("Byron")}});
    LD_VERIFY_ERROR(badEmail, Error::Kind::Validation);
    QCOMPARE(badEmail.error().detail, QStringLiteral("email"));
    auto unknownField = update({{QStringLiteral("balance"), QStringLiteral("1000000.00")}});
    LD_VERIFY_ERROR(unknownField, Error::Kind::Validation);
    QCOMPARE(unknownField.error().detail, QStringLiteral("balance"));
    LD_VERIFY_ERROR(update({}), Error::Kind::Validation);
    auto nobody = books->apply(QStringLiteral("CLIENT_UPDATE"),
        {{QStringLiteral("client_id"), QStringLiteral("NOBODY")},
            {QStringLiteral("changes"), QJsonObject {{QStringLiteral("first_name"), QStringLiteral("X")}}}});
    LD_VERIFY_ERROR(nobody, Error::Kind::NotFound);

    QCOMPARE(Footprint::of(*books), before);
    auto stored = ClientRepository(books->db()).find(*client);
    LD_VERIFY_OK(stored);
    QCOMPARE(stored->lastName, QStringLiteral("Lovelace"));
    QCOMPARE(stored->email, QStringLiteral("ada.lovelace@example.com"));
}

void TestLedger::deleteClient_whileAWalletHoldsMoney_isRefused()
{
    LD_OPEN_BOOKS(books, testBooks());
    const QString wallet = fundedWallet(*books, QStringLiteral("12.50"));
    QVERIFY(!wallet.isEmpty());
    auto account = AccountRepository(books->db()).find(wallet);
    LD_VERIFY_OK(account);
    const QString clientId = account->clientId;
    const Footprint before = Footprint::of(*books);

    auto refused = books->apply(QStringLiteral("CLIENT_DELETE"), {{QStringLiteral("client_id"), clientId}});
    LD_VERIFY_ERROR(refused, Error::Kind::Conflict);
    QVERIFY2(refused.error().message.contains(QStringLiteral("12.50 USD")), qPrintable(refused.error().message));
    QCOMPARE(Footprint::of(*books), before);
    LD_VERIFY_OK(ClientRepository(books->db()).find(clientId));

    LD_VERIFY_OK(books->apply(QStringLiteral("WITHDRAW"),
        {{QStringLiteral("wallet_id"), wallet}, {QStringLiteral("amount"), QStringLiteral("12.50")}}));
    LD_VERIFY_OK(books->apply(QStringLiteral("CLIENT_DELETE"), {{QStringLiteral("client_id"), clientId}}));
    LD_VERIFY_ERROR(ClientRepository(books->db()).find(clientId), Error::Kind::NotFound);
    auto tombstone = ClientRepository(books->db()).find(clientId, true);
    LD_VERIFY_OK(tombstone);
    QVERIFY(tombstone->isDeleted());
    const auto records = recordsOf(books->db(), QStringLiteral("Delete|Client"));
    QCOMPARE(records.size(), 1);
    QCOMPARE(records.first().before, QStringLiteral("Ada Lovelace"));
    LD_VERIFY_ERROR(
        books->apply(QStringLiteral("CLIENT_DELETE"), {{QStringLiteral("client_id"), clientId}}), Error::Kind::NotFound);
}

void TestLedger::deleteClient_whileAnythingIsOpen_isRefusedNamingEach()
{
    LD_OPEN_BOOKS(books, testBooks());
    const QString wallet = fundedWallet(*books, QStringLiteral("100.00"));
    QVERIFY(!wallet.isEmpty());
    auto account = AccountRepository(books->db()).find(wallet);
    LD_VERIFY_OK(account);
    const QString clientId = account->clientId;
    LD_VERIFY_OK(books->apply(QStringLiteral("LOAN_APPLY"),
        {{QStringLiteral("loan_id"), QStringLiteral("L-1")}, {QStringLiteral("wallet_id"), wallet},
            {QStringLiteral("amount"), QStringLiteral("1200.00")}, {QStringLiteral("term_months"), 12}}));
    LD_VERIFY_OK(books->apply(QStringLiteral("GOAL_CREATE"),
        {{QStringLiteral("goal_id"), QStringLiteral("G-1")}, {QStringLiteral("wallet_id"), wallet},
            {QStringLiteral("name"), QStringLiteral("Rainy day")}, {QStringLiteral("target"), QStringLiteral("100.00")}}));
    LD_VERIFY_OK(books->apply(QStringLiteral("GOAL_ADD"),
        {{QStringLiteral("goal_id"), QStringLiteral("G-1")}, {QStringLiteral("amount"), QStringLiteral("30.00")}}));
    // Requested; the processor has not taken the money yet.
    LD_VERIFY_OK(books->apply(QStringLiteral("PAYMENT_REQUEST"),
        {{QStringLiteral("payment_id"), QStringLiteral("P-1")}, {QStringLiteral("wallet_id"), wallet},
            {QStringLiteral("merchant_id"), QStringLiteral("Corner Shop")},
            {QStringLiteral("amount"), QStringLiteral("10.00")}}));
    const Footprint before = Footprint::of(*books);

    auto refused = books->apply(QStringLiteral("CLIENT_DELETE"), {{QStringLiteral("client_id"), clientId}});
    LD_VERIFY_ERROR(refused, Error::Kind::Conflict);
    QCOMPARE(refused.error().message,
        QStringLiteral("Ada Lovelace cannot be closed while anything of theirs is open: wallet %1 holds 70.00 USD; loan L-1 of "
                       "1200.00 USD waits for a decision; payment P-1 of 10.00 USD to Corner Shop is still being made; savings "
                       "goal “Rainy day” (G-1) is open and holds 30.00 USD. Settle or close each first.")
            .arg(wallet));
    QCOMPARE(Footprint::of(*books), before);
    LD_VERIFY_OK(ClientRepository(books->db()).find(clientId));

    // Each settled in its own way, the client can be closed, and their wallet with them.
    LD_VERIFY_OK(
        books->apply(QStringLiteral("LOAN_REJECT"), {{QStringLiteral("loan_id"), QStringLiteral("L-1")}}, Books::supervisor));
    LD_VERIFY_OK(books->engine().processor().drainAll());
    LD_VERIFY_OK(books->apply(QStringLiteral("GOAL_DELETE"), {{QStringLiteral("goal_id"), QStringLiteral("G-1")}}));
    QCOMPARE(books->walletBalance(wallet), qint64(9000));
    LD_VERIFY_OK(books->apply(QStringLiteral("WITHDRAW"),
        {{QStringLiteral("wallet_id"), wallet}, {QStringLiteral("amount"), QStringLiteral("90.00")}}));
    LD_VERIFY_OK(books->apply(QStringLiteral("CLIENT_DELETE"), {{QStringLiteral("client_id"), clientId}}));
    LD_VERIFY_ERROR(ClientRepository(books->db()).find(clientId), Error::Kind::NotFound);
    QCOMPARE(
        books->scalar(QStringLiteral("SELECT status FROM accounts WHERE id = ?"), {wallet}).toString(), QStringLiteral("closed"));
    QCOMPARE(books->breaches(), QString());
}

void TestLedger::closedClientsWallet_refusesEveryMessage_data()
{
    QTest::addColumn<QString>("type");
    QTest::addColumn<bool>("closedByAnEarlierVersion"); // deleted without closing the wallets, as before

    const QStringList types {QStringLiteral("DEPOSIT"), QStringLiteral("WITHDRAW"), QStringLiteral("TRANSFER out"),
        QStringLiteral("TRANSFER in"), QStringLiteral("LOAN_APPLY"), QStringLiteral("PAYMENT_REQUEST"),
        QStringLiteral("GOAL_CREATE"), QStringLiteral("ENTRY_REVERSE")};
    for (const QString &type : types) {
        QTest::addRow("%s, closed", qPrintable(type)) << type << false;
        QTest::addRow("%s, closed by an earlier version", qPrintable(type)) << type << true;
    }
}

void TestLedger::closedClientsWallet_refusesEveryMessage()
{
    QFETCH(QString, type);
    QFETCH(bool, closedByAnEarlierVersion);

    LD_OPEN_BOOKS(books, testBooks());
    const QString wallet = fundedWallet(*books, QStringLiteral("10.00"));
    const QString other = fundedWallet(*books, QStringLiteral("10.00"), QStringLiteral("Grace"));
    QVERIFY(!wallet.isEmpty() && !other.isEmpty());
    auto withdrawal = books->apply(
        QStringLiteral("WITHDRAW"), {{QStringLiteral("wallet_id"), wallet}, {QStringLiteral("amount"), QStringLiteral("10.00")}});
    LD_VERIFY_OK(withdrawal);
    const QString clientId = AccountRepository(books->db()).find(wallet).value().clientId;
    if (closedByAnEarlierVersion)
        LD_VERIFY_OK(books->execute(QStringLiteral("UPDATE clients SET deleted_at_ms = 1 WHERE id = ?"), {clientId}));
    else
        LD_VERIFY_OK(books->apply(QStringLiteral("CLIENT_DELETE"), {{QStringLiteral("client_id"), clientId}}));
    const Footprint before = Footprint::of(*books);

    const QString amount = QStringLiteral("1.00");
    QString messageType = type.section(QLatin1Char(' '), 0, 0);
    QJsonObject payload {{QStringLiteral("wallet_id"), wallet}, {QStringLiteral("amount"), amount}};
    if (type == QLatin1String("TRANSFER out"))
        payload = {{QStringLiteral("from_wallet_id"), wallet}, {QStringLiteral("to_wallet_id"), other},
            {QStringLiteral("amount"), amount}};
    else if (type == QLatin1String("TRANSFER in"))
        payload = {{QStringLiteral("from_wallet_id"), other}, {QStringLiteral("to_wallet_id"), wallet},
            {QStringLiteral("amount"), amount}};
    else if (type == QLatin1String("LOAN_APPLY"))
        payload.insert(QStringLiteral("term_months"), 12);
    else if (type == QLatin1String("PAYMENT_REQUEST"))
        payload.insert(QStringLiteral("merchant_id"), QStringLiteral("Corner Shop"));
    else if (type == QLatin1String("GOAL_CREATE"))
        payload = {{QStringLiteral("wallet_id"), wallet}, {QStringLiteral("name"), QStringLiteral("Car")},
            {QStringLiteral("target"), amount}};
    else if (type == QLatin1String("ENTRY_REVERSE"))
        payload = {{QStringLiteral("entry_id"), withdrawal->value(QStringLiteral("entry_id"))},
            {QStringLiteral("reason"), QStringLiteral("Paid out by mistake")}};

    auto refused = books->apply(messageType, payload, Books::supervisor);
    LD_VERIFY_ERROR(refused, Error::Kind::Conflict);
    QCOMPARE(refused.error().message,
        QStringLiteral("The wallet \"%1\" belongs to a client who was closed; it takes no more money and no new loans, payments "
                       "or savings goals.")
            .arg(wallet));
    QCOMPARE(Footprint::of(*books), before);
    QCOMPARE(books->walletBalance(wallet), qint64(0));
    QCOMPARE(books->walletBalance(other), qint64(1000));
}

void TestLedger::readClient_writesAReadRecord()
{
    LD_OPEN_BOOKS(books, testBooks());
    auto client = books->createClient(QStringLiteral("Ada"), QStringLiteral("Lovelace"));
    LD_VERIFY_OK(client);
    LD_VERIFY_OK(books->apply(QStringLiteral("CLIENT_READ"), {{QStringLiteral("client_id"), *client}}));
    const auto records = recordsOf(books->db(), QStringLiteral("Read|Client"));
    QCOMPARE(records.size(), 1);
    QCOMPARE(records.first().clientId, *client);
    QCOMPARE(records.first().emailSent, false);
}

LEDGERDESK_TEST_MAIN_BOTH_BACKENDS(TestLedger)

#include "tst_ledger.moc"
