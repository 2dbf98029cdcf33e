#include "core/ids.h"
#include "demo/demobook.h"
#include "ledger/accountrepository.h"
#include "ledger/journal.h"
#include "storage/journalchain.h"
#include "storage/migrator.h"
#include "storage/openbooks.h"
#include "storage/verifier.h"
#include "support/backendtest.h"

#include <QCryptographicHash>
#include <QSqlQuery>
#include <QTest>

#include <atomic>
#include <latch>
#include <thread>

using namespace Ledgerdesk;
using namespace Ledgerdesk::Test;

namespace {

// The version the hash chain arrives with (0005_journal_chain.sql).
constexpr int chainVersion = 5;

QString describeAll(const QList<Breach> &breaches)
{
    QStringList lines;
    for (const Breach &breach : breaches)
        lines << breach.subject + QStringLiteral(": ") + breach.description;
    return lines.isEmpty() ? QStringLiteral("(no breach)") : lines.join(QLatin1Char('\n'));
}

Result<void> execute(Database &db, const QString &sql, const QVariantList &values = {})
{
    QSqlQuery query(db.connection());
    if (!query.prepare(sql))
        return storageError(query, QStringLiteral("Could not prepare the test's statement."));
    for (const QVariant &value : values)
        query.addBindValue(value);
    return db.exec(query, QStringLiteral("The test's statement failed."));
}

QVariant scalar(Database &db, const QString &sql, const QVariantList &values = {})
{
    QSqlQuery query(db.connection());
    query.setForwardOnly(true);
    if (!query.prepare(sql))
        return {};
    for (const QVariant &value : values)
        query.addBindValue(value);
    return query.exec() && query.next() ? query.value(0) : QVariant();
}

// Adds `amountMinor` to one posting of an entry and keeps its account in step (balance, and the
// running balances of that posting and every later one), as someone editing the database would.
Result<void> shiftPosting(Database &db, const QString &entryId, const QString &accountId, qint64 amountMinor)
{
    const qint64 seq
        = scalar(db, QStringLiteral("SELECT seq FROM postings WHERE entry_id = ? AND account_id = ?"), {entryId, accountId})
              .toLongLong();
    if (auto ok
        = execute(db, QStringLiteral("UPDATE postings SET amount_minor = amount_minor + ? WHERE entry_id = ? AND account_id = ?"),
            {amountMinor, entryId, accountId});
        !ok)
        return ok;
    if (auto ok = execute(db,
            QStringLiteral("UPDATE postings SET balance_after_minor = balance_after_minor + ? WHERE account_id = ? AND seq >= ?"),
            {amountMinor, accountId, seq});
        !ok)
        return ok;
    return execute(
        db, QStringLiteral("UPDATE accounts SET balance_minor = balance_minor + ? WHERE id = ?"), {amountMinor, accountId});
}

// The chain's numbers are 1..N without a gap for the N entries of the book.
QString gapsIn(Database &db)
{
    QSqlQuery query(db.connection());
    if (!query.exec(
            QStringLiteral("SELECT COUNT(*), COUNT(DISTINCT chain_seq), MIN(chain_seq), MAX(chain_seq) FROM journal_entries"))
        || !query.next())
        return QStringLiteral("the chain could not be read");
    const qint64 entries = query.value(0).toLongLong();
    if (query.value(1).toLongLong() != entries || (entries > 0 && query.value(2).toLongLong() != 1)
        || query.value(3).toLongLong() != entries)
        return QStringLiteral("%1 entries, %2 places from %3 to %4")
            .arg(entries)
            .arg(query.value(1).toLongLong())
            .arg(query.value(2).toLongLong())
            .arg(query.value(3).toLongLong());
    return {};
}

} // namespace

// The journal's hash chain (DESIGN section 12, tamper-evident books): every posted entry is linked,
// and a change made behind the program's back is named by the first entry it touches.
class TestJournalChain : public BackendTest
{
    Q_OBJECT

public:
    using BackendTest::BackendTest;

private Q_SLOTS:
    void encoding_isTheDocumentedOne();
    void postedBook_verifiesAndEndsAtItsLastEntry();
    void changedPostingAndBalance_isNamed();
    void changeTheSumsCannotSee_isNamedByTheChain();
    void changedMemo_isNamed();
    void removedEntry_isNamedBetweenItsNeighbours();
    void forgedEntry_isNamed_data();
    void forgedEntry_isNamed();
    void reversal_keepsTheChainValid();
    void upgrade_chainsTheEntriesOfAnOlderBookInPostingOrder();
    void concurrentPosters_extendOneChain();

private:
    // A book with one wallet and `count` deposits; `entryIds` gets their entries in posting order.
    std::unique_ptr<Books> bookWithDeposits(int count, QString &walletId, QStringList &entryIds);
};

std::unique_ptr<Books> TestJournalChain::bookWithDeposits(int count, QString &walletId, QStringList &entryIds)
{
    auto books = testBooks().open();
    if (!books)
        return nullptr;
    auto client = books->createClient(QStringLiteral("Ada"), QStringLiteral("Lovelace"));
    if (!client)
        return nullptr;
    auto wallet = books->openWallet(*client);
    if (!wallet)
        return nullptr;
    walletId = *wallet;
    for (int i = 1; i <= count; ++i) {
        auto deposit = books->deposit(walletId, QString::number(i * 10) + QStringLiteral(".00"));
        if (!deposit)
            return nullptr;
        entryIds << deposit->value(QStringLiteral("entry_id")).toString();
    }
    return books;
}

void TestJournalChain::encoding_isTheDocumentedOne()
{
    JournalChain::Record record;
    record.seq = 1;
    record.entryId = QStringLiteral("E1");
    record.kind = QStringLiteral("DEPOSIT");
    record.createdAtMs = 1700000000000;
    record.agentId = QStringLiteral("agent-ada");
    record.sourceMessageId = QStringLiteral("M1");
    record.memo = QStringLiteral("Café");
    record.postings = {{QStringLiteral("sys:cash:USD"), QStringLiteral("USD"), -1250},
        {QStringLiteral("W00001-USD"), QStringLiteral("USD"), 1250}};

    // Length-prefixed UTF-8 fields; the postings sorted by account ("W" sorts before "s" in UTF-8).
    const QByteArray expected = QByteArrayLiteral("21:ledgerdesk-journal-v1") + "1:1" + "0:" + "2:E1" + "7:DEPOSIT"
        + "13:1700000000000" + "9:agent-ada" + "2:M1" + "5:Caf\xc3\xa9" + "0:" + "1:2" + "10:W00001-USD" + "3:USD" + "4:1250"
        + "12:sys:cash:USD" + "3:USD" + "5:-1250";
    QCOMPARE(JournalChain::encode(record), expected);
    // As Python's hashlib.sha256 gives it for the same bytes, so an auditor can recompute it.
    QCOMPARE(JournalChain::hashOf(record), QStringLiteral("90b33a1e206171fd236c429d535742aa753c7b50e88faaa90a4110b0ca683e28"));

    // The order the postings come in does not matter; every field does.
    JournalChain::Record reordered = record;
    std::swap(reordered.postings[0], reordered.postings[1]);
    QCOMPARE(JournalChain::hashOf(reordered), JournalChain::hashOf(record));
    JournalChain::Record moved = record;
    moved.memo = QStringLiteral("Cafe");
    QVERIFY(JournalChain::hashOf(moved) != JournalChain::hashOf(record));
    // A field cannot borrow from its neighbour: the lengths keep them apart.
    JournalChain::Record shifted = record;
    shifted.agentId = QStringLiteral("agent-adaM");
    shifted.sourceMessageId = QStringLiteral("1");
    QVERIFY(JournalChain::hashOf(shifted) != JournalChain::hashOf(record));
}

void TestJournalChain::postedBook_verifiesAndEndsAtItsLastEntry()
{
    LD_OPEN_BOOKS(books, testBooks());
    auto made = DemoBook(books->db()).create(5);
    QVERIFY2(made.isOk(), failureText(made).constData());
    const qint64 entries = books->count(QStringLiteral("journal_entries"));
    QVERIFY(entries > 10);

    Journal journal(books->db());
    auto breaches = journal.checkChain();
    LD_VERIFY_OK(breaches);
    QVERIFY2(breaches->isEmpty(), qPrintable(describeAll(*breaches)));
    QCOMPARE(books->breaches(), QString());
    const QString gaps = gapsIn(books->db());
    QVERIFY2(gaps.isEmpty(), qPrintable(gaps));

    auto head = journal.chainHead();
    LD_VERIFY_OK(head);
    QCOMPARE(head->seq, entries);
    QCOMPARE(
        head->entryId, books->scalar(QStringLiteral("SELECT id FROM journal_entries WHERE chain_seq = ?"), {entries}).toString());
    QCOMPARE(head->hash,
        books->scalar(QStringLiteral("SELECT entry_hash FROM journal_entries WHERE id = ?"), {head->entryId}).toString());
    QCOMPARE(head->hash.size(), qsizetype(64));
}

void TestJournalChain::changedPostingAndBalance_isNamed()
{
    QString wallet;
    QStringList entries;
    auto books = bookWithDeposits(4, wallet, entries);
    QVERIFY(books);
    // What the check does with sqlite3: one posting's amount, and its wallet's balance to match.
    LD_VERIFY_OK(books->execute(
        QStringLiteral("UPDATE postings SET amount_minor = amount_minor + 100000 WHERE entry_id = ? AND account_id = ?"),
        {entries.at(1), wallet}));
    LD_VERIFY_OK(
        books->execute(QStringLiteral("UPDATE accounts SET balance_minor = balance_minor + 100000 WHERE id = ?"), {wallet}));

    auto breaches = Journal(books->db()).checkChain();
    LD_VERIFY_OK(breaches);
    QVERIFY2(breaches->size() == 1, qPrintable(describeAll(*breaches)));
    QCOMPARE(breaches->first().subject, entries.at(1));
    QCOMPARE(breaches->first().description,
        QStringLiteral("Entry %1 does not match its recorded hash: it or its postings were changed after it was written.")
            .arg(entries.at(1)));
}

void TestJournalChain::changeTheSumsCannotSee_isNamedByTheChain()
{
    QString wallet;
    QStringList entries;
    auto books = bookWithDeposits(4, wallet, entries);
    QVERIFY(books);
    const QString cash = AccountRepository::systemAccountId(AccountKind::Cash, QStringLiteral("USD"));
    // Both sides, both balances and every running balance after them: every sum still holds.
    LD_VERIFY_OK(shiftPosting(books->db(), entries.at(2), wallet, 5000));
    LD_VERIFY_OK(shiftPosting(books->db(), entries.at(2), cash, -5000));
    QCOMPARE(books->breaches(), QString());

    auto breaches = Journal(books->db()).checkChain();
    LD_VERIFY_OK(breaches);
    QVERIFY2(breaches->size() == 1, qPrintable(describeAll(*breaches)));
    QCOMPARE(breaches->first().subject, entries.at(2));
    QVERIFY2(breaches->first().description.contains(QStringLiteral("does not match its recorded hash")),
        qPrintable(breaches->first().description));
}

void TestJournalChain::changedMemo_isNamed()
{
    QString wallet;
    QStringList entries;
    auto books = bookWithDeposits(4, wallet, entries);
    QVERIFY(books);
    LD_VERIFY_OK(books->execute(QStringLiteral("UPDATE journal_entries SET memo = ? WHERE id = ?"),
        {QStringLiteral("Refund, as agreed"), entries.at(0)}));

    auto breaches = Journal(books->db()).checkChain();
    LD_VERIFY_OK(breaches);
    QVERIFY2(breaches->size() == 1, qPrintable(describeAll(*breaches)));
    QCOMPARE(breaches->first().subject, entries.at(0));
    QVERIFY2(breaches->first().description.contains(QStringLiteral("does not match its recorded hash")),
        qPrintable(breaches->first().description));
}

void TestJournalChain::removedEntry_isNamedBetweenItsNeighbours()
{
    QString wallet;
    QStringList entries;
    auto books = bookWithDeposits(5, wallet, entries);
    QVERIFY(books);
    LD_VERIFY_OK(books->execute(QStringLiteral("DELETE FROM postings WHERE entry_id = ?"), {entries.at(2)}));
    LD_VERIFY_OK(books->execute(QStringLiteral("DELETE FROM journal_entries WHERE id = ?"), {entries.at(2)}));

    auto breaches = Journal(books->db()).checkChain();
    LD_VERIFY_OK(breaches);
    QVERIFY2(breaches->size() == 1, qPrintable(describeAll(*breaches)));
    QCOMPARE(breaches->first().subject, entries.at(3));
    QCOMPARE(breaches->first().description,
        QStringLiteral("The chain breaks after entry %1: an entry was removed or inserted before entry %2.")
            .arg(entries.at(1), entries.at(3)));

    // Renumbering the rest to close the gap does not hide it: the next entry still links to the removed one.
    // (In two steps, so that no two rows share a number on the way.)
    const QVariant gapAt = books->scalar(QStringLiteral("SELECT chain_seq FROM journal_entries WHERE id = ?"), {entries.at(1)});
    LD_VERIFY_OK(
        books->execute(QStringLiteral("UPDATE journal_entries SET chain_seq = -chain_seq WHERE chain_seq > ?"), {gapAt}));
    LD_VERIFY_OK(books->execute(QStringLiteral("UPDATE journal_entries SET chain_seq = -chain_seq - 1 WHERE chain_seq < 0")));
    breaches = Journal(books->db()).checkChain();
    LD_VERIFY_OK(breaches);
    QVERIFY2(breaches->size() == 1, qPrintable(describeAll(*breaches)));
    QCOMPARE(breaches->first().subject, entries.at(3));
    QVERIFY2(breaches->first().description.contains(entries.at(1)), qPrintable(breaches->first().description));
}

void TestJournalChain::forgedEntry_isNamed_data()
{
    QTest::addColumn<QString>("placement");
    QTest::addColumn<QString>("sentence");

    QTest::newRow("outside the chain") << QStringLiteral("none")
                                       << QStringLiteral("is not in the chain: it was added to the journal without being posted");
    QTest::newRow("numbered before the chain")
        << QStringLiteral("zero") << QStringLiteral("is not in the chain: it was added to the journal without being posted");
    QTest::newRow("appended with a made-up hash")
        << QStringLiteral("linked") << QStringLiteral("does not match its recorded hash");
    QTest::newRow("appended without the link") << QStringLiteral("unlinked") << QStringLiteral("The chain breaks after entry %1");
}

void TestJournalChain::forgedEntry_isNamed()
{
    QFETCH(QString, placement);
    QFETCH(QString, sentence);
    QString wallet;
    QStringList entries;
    auto books = bookWithDeposits(3, wallet, entries);
    QVERIFY(books);
    auto head = Journal(books->db()).chainHead();
    LD_VERIFY_OK(head);
    QCOMPARE(head->entryId, entries.constLast());

    const QString forged = QStringLiteral("E-FORGED");
    const QString cash = AccountRepository::systemAccountId(AccountKind::Cash, QStringLiteral("USD"));
    const QVariant noSeq(QMetaType::fromType<qint64>());
    const QVariant seq = placement == QLatin1String("none") ? noSeq
        : placement == QLatin1String("zero")                ? QVariant(qint64(0))
                                                            : QVariant(head->seq + 1);
    const QString prevHash = placement == QLatin1String("linked") ? head->hash : QString(64, QLatin1Char('0'));
    const QVariant prev = placement == QLatin1String("none") ? QVariant(QMetaType::fromType<QString>()) : QVariant(prevHash);
    const QVariant hash
        = placement == QLatin1String("none") ? QVariant(QMetaType::fromType<QString>()) : QVariant(QString(64, QLatin1Char('a')));
    LD_VERIFY_OK(books->execute(
        QStringLiteral("INSERT INTO journal_entries (id, kind, created_at_ms, agent_id, memo, chain_seq, prev_hash, entry_hash) "
                       "VALUES (?, 'DEPOSIT', ?, ?, 'Cash found', ?, ?, ?)"),
        {forged, Ids::nowMs(), Books::agent, seq, prev, hash}));
    // Balanced postings with their accounts kept in step: the sums cannot tell.
    for (const auto &[account, amount] : {std::pair {wallet, qint64(50000)}, std::pair {cash, qint64(-50000)}}) {
        LD_VERIFY_OK(books->execute(
            QStringLiteral("INSERT INTO postings (entry_id, account_id, seq, amount_minor, balance_after_minor) "
                           "SELECT CAST(? AS TEXT), id, posting_count + 1, ?, balance_minor + ? FROM accounts WHERE id = ?"),
            {forged, amount, amount, account}));
        LD_VERIFY_OK(books->execute(
            QStringLiteral(
                "UPDATE accounts SET balance_minor = balance_minor + ?, posting_count = posting_count + 1 WHERE id = ?"),
            {amount, account}));
    }
    QCOMPARE(books->breaches(), QString());

    auto breaches = Journal(books->db()).checkChain();
    LD_VERIFY_OK(breaches);
    QVERIFY2(breaches->size() == 1, qPrintable(describeAll(*breaches)));
    QCOMPARE(breaches->first().subject, forged);
    const QString expected = sentence.contains(QLatin1String("%1")) ? sentence.arg(head->entryId) : sentence;
    QVERIFY2(breaches->first().description.contains(expected), qPrintable(breaches->first().description));
    QVERIFY2(breaches->first().description.contains(forged), qPrintable(breaches->first().description));
}

void TestJournalChain::reversal_keepsTheChainValid()
{
    QString wallet;
    QStringList entries;
    auto books = bookWithDeposits(2, wallet, entries);
    QVERIFY(books);
    auto reversed = books->apply(QStringLiteral("ENTRY_REVERSE"),
        {{QStringLiteral("entry_id"), entries.at(0)}, {QStringLiteral("reason"), QStringLiteral("Counted twice")}},
        Books::supervisor);
    LD_VERIFY_OK(reversed);
    const QString reversal = reversed->value(QStringLiteral("entry_id")).toString();
    auto deposit = books->deposit(wallet, QStringLiteral("1.00"));
    LD_VERIFY_OK(deposit);

    Journal journal(books->db());
    auto breaches = journal.checkChain();
    LD_VERIFY_OK(breaches);
    QVERIFY2(breaches->isEmpty(), qPrintable(describeAll(*breaches)));
    QCOMPARE(
        books->scalar(QStringLiteral("SELECT chain_seq FROM journal_entries WHERE id = ?"), {reversal}).toLongLong(), qint64(3));
    auto head = journal.chainHead();
    LD_VERIFY_OK(head);
    QCOMPARE(head->seq, qint64(4));
    QCOMPARE(head->entryId, deposit->value(QStringLiteral("entry_id")).toString());
    QCOMPARE(books->scalar(QStringLiteral("SELECT prev_hash FROM journal_entries WHERE id = ?"), {head->entryId}).toString(),
        books->scalar(QStringLiteral("SELECT entry_hash FROM journal_entries WHERE id = ?"), {reversal}).toString());

    // The reversal's link to the entry it undoes is covered by its hash.
    LD_VERIFY_OK(books->execute(
        QStringLiteral("UPDATE journal_entries SET reverses_entry_id = ? WHERE id = ?"), {entries.at(1), reversal}));
    breaches = journal.checkChain();
    LD_VERIFY_OK(breaches);
    QVERIFY2(breaches->size() == 1 && breaches->first().subject == reversal, qPrintable(describeAll(*breaches)));
}

void TestJournalChain::upgrade_chainsTheEntriesOfAnOlderBookInPostingOrder()
{
    int before = 0;
    for (const Migrator::Migration &migration : Migrator::migrations()) {
        if (migration.version < chainVersion)
            before = migration.version;
    }
    auto location = testBooks().freshLocation();
    LD_VERIFY_OK(location);
    auto opened = Database::open(*location);
    LD_VERIFY_OK(opened);
    Database &db = **opened;
    LD_VERIFY_OK(Migrator(db).migrate(before));

    // An older book: the entries were posted C, A, B (their ids sort otherwise).
    const QString cash = QStringLiteral("sys:cash:USD");
    const QString merchant = QStringLiteral("sys:merchant:USD");
    LD_VERIFY_OK(execute(db,
        QStringLiteral("INSERT INTO accounts (id, kind, name, currency, balance_minor, posting_count, created_at_ms) "
                       "VALUES (?, 'cash', 'Cash', 'USD', -600, 3, 0), (?, 'merchant', 'Merchant', 'USD', 600, 3, 0)"),
        {cash, merchant}));
    const QStringList posted {QStringLiteral("E-C"), QStringLiteral("E-A"), QStringLiteral("E-B")};
    for (qsizetype i = 0; i < posted.size(); ++i) {
        const qint64 amount = 100 * (i + 1);
        const qint64 running = 100 * (i + 1) * (i + 2) / 2;
        LD_VERIFY_OK(execute(db,
            QStringLiteral(
                "INSERT INTO journal_entries (id, kind, created_at_ms, agent_id, memo) VALUES (?, 'TRANSFER', ?, 'system', ?)"),
            {posted.at(i), qint64(1000 - i), QStringLiteral("Settlement %1").arg(i + 1)}));
        LD_VERIFY_OK(execute(db,
            QStringLiteral("INSERT INTO postings (entry_id, account_id, seq, amount_minor, balance_after_minor) "
                           "VALUES (?, ?, ?, ?, ?), (?, ?, ?, ?, ?)"),
            {posted.at(i), cash, i + 1, -amount, -running, posted.at(i), merchant, i + 1, amount, running}));
    }

    LD_VERIFY_OK(Migrator(db).migrate());
    for (qsizetype i = 0; i < posted.size(); ++i)
        QCOMPARE(
            scalar(db, QStringLiteral("SELECT chain_seq FROM journal_entries WHERE id = ?"), {posted.at(i)}).toLongLong(), i + 1);
    Journal journal(db);
    auto breaches = journal.checkChain();
    LD_VERIFY_OK(breaches);
    QVERIFY2(breaches->isEmpty(), qPrintable(describeAll(*breaches)));

    // The first hash, recomputed from the encoding alone.
    JournalChain::Record first;
    first.seq = 1;
    first.entryId = QStringLiteral("E-C");
    first.kind = QStringLiteral("TRANSFER");
    first.createdAtMs = 1000;
    first.agentId = QStringLiteral("system");
    first.memo = QStringLiteral("Settlement 1");
    first.postings = {{cash, QStringLiteral("USD"), -100}, {merchant, QStringLiteral("USD"), 100}};
    const QString firstHash = scalar(db, QStringLiteral("SELECT entry_hash FROM journal_entries WHERE id = 'E-C'")).toString();
    QCOMPARE(firstHash,
        QString::fromLatin1(QCryptographicHash::hash(JournalChain::encode(first), QCryptographicHash::Sha256).toHex()));

    // The next entry posted continues the chain.
    const QString lastHash = scalar(db, QStringLiteral("SELECT entry_hash FROM journal_entries WHERE id = 'E-B'")).toString();
    JournalEntry entry;
    entry.kind = EntryKind::Transfer;
    entry.createdAtMs = 2000;
    entry.agentId = QStringLiteral("system");
    entry.postings = {{cash, -50}, {merchant, 50}};
    LD_VERIFY_OK(journal.post(entry));
    auto head = journal.chainHead();
    LD_VERIFY_OK(head);
    QCOMPARE(head->seq, qint64(4));
    QCOMPARE(head->entryId, entry.id);
    QCOMPARE(scalar(db, QStringLiteral("SELECT prev_hash FROM journal_entries WHERE id = ?"), {entry.id}).toString(), lastHash);
    breaches = journal.checkChain();
    LD_VERIFY_OK(breaches);
    QVERIFY2(breaches->isEmpty(), qPrintable(describeAll(*breaches)));
}

void TestJournalChain::concurrentPosters_extendOneChain()
{
    LD_OPEN_BOOKS(books, testBooks());
    const QStringList currencies {QStringLiteral("USD"), QStringLiteral("EUR")};
    for (const QString &currency : currencies) {
        for (AccountKind kind : {AccountKind::Cash, AccountKind::Merchant})
            LD_VERIFY_OK(AccountRepository(books->db()).ensureSystemAccount(kind, currency, Ids::nowMs()));
    }
    const QString location = books->db().location();

    // Two connections post at once, each on accounts of its own currency, so nothing but the chain's
    // head is shared. Without the processors' batch lock on PostgreSQL, a poster that lost the race for
    // a place fails (a storage error, to be retried) and never forks the chain.
    constexpr int perPoster = 150;
    QByteArray failures[2];
    std::latch connected(2);
    const auto post = [&](int poster) {
        auto db = openBooks(location);
        connected.arrive_and_wait();
        if (!db) {
            failures[poster] = describe(db.error());
            return;
        }
        Journal journal(**db);
        const QString currency = currencies.at(poster);
        for (int i = 0; i < perPoster; ++i) {
            for (int attempt = 1;; ++attempt) {
                JournalEntry entry;
                entry.kind = EntryKind::Transfer;
                entry.createdAtMs = Ids::nowMs();
                entry.agentId = QStringLiteral("system");
                entry.memo = QStringLiteral("poster %1, entry %2").arg(poster).arg(i);
                entry.postings = {{AccountRepository::systemAccountId(AccountKind::Cash, currency), -100},
                    {AccountRepository::systemAccountId(AccountKind::Merchant, currency), 100}};
                auto posted = journal.post(entry);
                if (posted)
                    break;
                if (!posted.error().isTransient() || attempt == 100) {
                    failures[poster] = describe(posted.error());
                    return;
                }
            }
        }
    };
    std::thread first(post, 0);
    std::thread second(post, 1);
    first.join();
    second.join();
    QVERIFY2(failures[0].isEmpty(), failures[0].constData());
    QVERIFY2(failures[1].isEmpty(), failures[1].constData());

    QCOMPARE(books->count(QStringLiteral("journal_entries")), qint64(2 * perPoster));
    // They did post at the same time: in the chain's order their entries take turns.
    QSqlQuery order(books->db().connection());
    QVERIFY(order.exec(QStringLiteral("SELECT memo FROM journal_entries ORDER BY chain_seq")));
    int turns = 0;
    QString previous;
    while (order.next()) {
        const QString poster = order.value(0).toString().section(QLatin1Char(','), 0, 0);
        turns += !previous.isEmpty() && poster != previous;
        previous = poster;
    }
    QVERIFY2(turns > 0, "one poster finished before the other began");
    const QString gaps = gapsIn(books->db());
    QVERIFY2(gaps.isEmpty(), qPrintable(gaps));
    auto breaches = Journal(books->db()).checkChain();
    LD_VERIFY_OK(breaches);
    QVERIFY2(breaches->isEmpty(), qPrintable(describeAll(*breaches)));
    QCOMPARE(books->breaches(), QString());
}

LEDGERDESK_TEST_MAIN_BOTH_BACKENDS(TestJournalChain)

#include "tst_journalchain.moc"
