#include "agents/agentrepository.h"
#include "storage/database.h"
#include "storage/migrator.h"
#include "storage/openbooks.h"
#include "storage/transactionguard.h"
#include "support/backendtest.h"

#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Ledgerdesk;
using namespace Ledgerdesk::Test;

namespace {

const QStringList schemaTables {QStringLiteral("agents"), QStringLiteral("clients"), QStringLiteral("accounts"),
    QStringLiteral("journal_entries"), QStringLiteral("postings"), QStringLiteral("activity_records"),
    QStringLiteral("processed_messages"), QStringLiteral("schema_version")};

QStringList sortedTables(Database &db)
{
    QStringList tables = db.connection().tables();
    tables.sort();
    return tables;
}

// The numbers in the scratch table, in ascending order.
QList<int> scratchRows(Database &db)
{
    QList<int> rows;
    QSqlQuery query(db.connection());
    if (!query.exec(QStringLiteral("SELECT n FROM scratch ORDER BY n")))
        return {-1};
    while (query.next())
        rows << query.value(0).toInt();
    return rows;
}

Result<void> insertScratch(Database &db, int n)
{
    QSqlQuery &insert = db.prepared(QStringLiteral("INSERT INTO scratch (n) VALUES (?)"));
    insert.addBindValue(n);
    return db.exec(insert, QStringLiteral("Could not insert."));
}

} // namespace

class TestMigrations : public BackendTest
{
    Q_OBJECT

public:
    using BackendTest::BackendTest;

private Q_SLOTS:
    void migrate_fromEmpty_reachesTheLatestVersion();
    void migrate_twice_isANoOpThatKeepsTheData();
    void migrate_upToATarget_stopsThere();
    void openBooks_onADatabaseFromANewerProgram_isRefused();
    void openBooksReadOnly_onAnUnmigratedDatabase_isRefused();
    void transactionGuard_innerRolledBack_keepsTheOuterWork();
    void transactionGuard_outerRolledBack_discardsEverything();
    void transactionGuard_earlyReturn_rollsBack();
    void transactionGuard_failedStatementInAnInnerGuard_leavesTheOuterUsable();
    void preparedStatement_firstMetInAFailedTransaction_worksAfterTheRollback();
    void newSqliteBook_isReadableByItsOwnerOnly();

private:
    // A migrated database with an empty scratch table (n INTEGER NOT NULL), or null.
    std::unique_ptr<Database> openWithScratchTable();
};

std::unique_ptr<Database> TestMigrations::openWithScratchTable()
{
    auto location = testBooks().freshLocation();
    if (!location)
        return nullptr;
    auto db = openBooks(*location);
    if (!db)
        return nullptr;
    if (!(*db)->execRaw(QStringLiteral("CREATE TABLE scratch (n INTEGER NOT NULL)"), QStringLiteral("Could not create.")))
        return nullptr;
    return std::move(db).value();
}

void TestMigrations::migrate_fromEmpty_reachesTheLatestVersion()
{
    QVERIFY2(Migrator::latestVersion() >= 1, "no migrations are embedded under :/sql");
    QCOMPARE(Migrator::migrations().constFirst().version, 1);

    auto location = testBooks().freshLocation();
    LD_VERIFY_OK(location);
    auto db = Database::open(*location);
    LD_VERIFY_OK(db);
    Migrator migrator(**db);
    auto before = migrator.currentVersion();
    LD_VERIFY_OK(before);
    QCOMPARE(*before, 0);

    LD_VERIFY_OK(migrator.migrate());
    auto after = migrator.currentVersion();
    LD_VERIFY_OK(after);
    QCOMPARE(*after, Migrator::latestVersion());
    const QStringList tables = sortedTables(**db);
    for (const QString &table : schemaTables)
        QVERIFY2(tables.contains(table),
            qPrintable(QStringLiteral("missing table %1 in %2").arg(table, tables.join(QLatin1Char(',')))));

    // The program's own agents come with the schema and can never sign in.
    auto system = AgentRepository(**db).find(QStringLiteral("system"));
    LD_VERIFY_OK(system);
    QCOMPARE(system->role, Role::System);
    QCOMPARE(system->passwordHash, QStringLiteral("!"));
    LD_VERIFY_OK(AgentRepository(**db).find(QStringLiteral("intake")));
}

void TestMigrations::migrate_twice_isANoOpThatKeepsTheData()
{
    LD_OPEN_BOOKS(books, testBooks());
    const QString location = books->db().location();
    auto client = books->createClient(QStringLiteral("Ada"), QStringLiteral("Lovelace"));
    LD_VERIFY_OK(client);
    const QStringList tablesBefore = sortedTables(books->db());
    const qint64 agentsBefore = books->count(QStringLiteral("agents"));
    const qint64 recordsBefore = books->count(QStringLiteral("activity_records"));

    Migrator migrator(books->db());
    LD_VERIFY_OK(migrator.migrate());
    LD_VERIFY_OK(migrator.migrate());
    auto version = migrator.currentVersion();
    LD_VERIFY_OK(version);
    QCOMPARE(*version, Migrator::latestVersion());
    QCOMPARE(sortedTables(books->db()), tablesBefore);
    QCOMPARE(books->count(QStringLiteral("agents")), agentsBefore);
    QCOMPARE(books->count(QStringLiteral("activity_records")), recordsBefore);
    QCOMPARE(books->count(QStringLiteral("schema_version")), qint64(1));
    books.reset();

    // Opening the books again migrates nothing and finds the client.
    auto reopened = openBooks(location);
    LD_VERIFY_OK(reopened);
    QCOMPARE((*reopened)->connection().tables().contains(QStringLiteral("clients")), true);
    QSqlQuery query((*reopened)->connection());
    QVERIFY(query.exec(QStringLiteral("SELECT first_name FROM clients")));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toString(), QStringLiteral("Ada"));
}

void TestMigrations::migrate_upToATarget_stopsThere()
{
    auto location = testBooks().freshLocation();
    LD_VERIFY_OK(location);
    auto db = Database::open(*location);
    LD_VERIFY_OK(db);
    Migrator migrator(**db);
    LD_VERIFY_OK(migrator.migrate(0));
    auto version = migrator.currentVersion();
    LD_VERIFY_OK(version);
    QCOMPARE(*version, 0);
    QVERIFY(!(*db)->connection().tables().contains(QStringLiteral("agents")));

    LD_VERIFY_OK(migrator.migrate(1));
    version = migrator.currentVersion();
    LD_VERIFY_OK(version);
    QCOMPARE(*version, 1);
}

void TestMigrations::openBooks_onADatabaseFromANewerProgram_isRefused()
{
    const int newer = Migrator::latestVersion() + 1;
    QString location;
    {
        LD_OPEN_BOOKS(books, testBooks());
        location = books->db().location();
        LD_VERIFY_OK(books->execute(QStringLiteral("UPDATE schema_version SET version = ?"), {newer}));
    }

    auto refused = openBooks(location);
    LD_VERIFY_ERROR(refused, Error::Kind::Unsupported);
    QVERIFY2(refused.error().message.contains(QStringLiteral("newer Ledgerdesk")), qPrintable(refused.error().message));

    // Refused, not touched: the stored version is still the newer one.
    auto db = Database::open(location);
    LD_VERIFY_OK(db);
    Migrator migrator(**db);
    auto version = migrator.currentVersion();
    LD_VERIFY_OK(version);
    QCOMPARE(*version, newer);
    auto again = migrator.migrate();
    LD_VERIFY_ERROR(again, Error::Kind::Unsupported);
}

void TestMigrations::openBooksReadOnly_onAnUnmigratedDatabase_isRefused()
{
    auto location = testBooks().freshLocation();
    LD_VERIFY_OK(location);
    {
        // Creates the (empty) SQLite file; PostgreSQL's database exists already.
        auto db = Database::open(*location);
        LD_VERIFY_OK(db);
        LD_VERIFY_OK((*db)->execRaw(QStringLiteral("CREATE TABLE unrelated (n INTEGER)"), QStringLiteral("Could not create.")));
    }
    auto readOnly = openBooks(*location, Database::Access::ReadOnly);
    LD_VERIFY_ERROR(readOnly, Error::Kind::Unsupported);
    QVERIFY2(readOnly.error().message.contains(QStringLiteral("upgraded")), qPrintable(readOnly.error().message));

    auto db = Database::open(*location);
    LD_VERIFY_OK(db);
    QVERIFY2(!(*db)->connection().tables().contains(QStringLiteral("schema_version")), "a read-only open migrated the database");
}

void TestMigrations::transactionGuard_innerRolledBack_keepsTheOuterWork()
{
    auto db = openWithScratchTable();
    QVERIFY(db);
    {
        TransactionGuard outer(*db);
        QVERIFY2(outer.isActive(), Test::describe(outer.error()).constData());
        LD_VERIFY_OK(insertScratch(*db, 1));
        {
            TransactionGuard inner(*db);
            QVERIFY2(inner.isActive(), Test::describe(inner.error()).constData());
            QCOMPARE(db->transactionDepth(), 2);
            LD_VERIFY_OK(insertScratch(*db, 2));
            inner.rollback();
        }
        {
            TransactionGuard committedInner(*db);
            LD_VERIFY_OK(insertScratch(*db, 3));
            LD_VERIFY_OK(committedInner.commit());
        }
        {
            TransactionGuard abandonedInner(*db);
            LD_VERIFY_OK(insertScratch(*db, 4));
        }
        QCOMPARE(db->transactionDepth(), 1);
        LD_VERIFY_OK(insertScratch(*db, 5));
        LD_VERIFY_OK(outer.commit());
    }
    QCOMPARE(db->transactionDepth(), 0);
    QCOMPARE(scratchRows(*db), (QList<int> {1, 3, 5}));
}

void TestMigrations::transactionGuard_outerRolledBack_discardsEverything()
{
    auto db = openWithScratchTable();
    QVERIFY(db);
    {
        TransactionGuard outer(*db);
        LD_VERIFY_OK(insertScratch(*db, 1));
        {
            TransactionGuard inner(*db);
            LD_VERIFY_OK(insertScratch(*db, 2));
            LD_VERIFY_OK(inner.commit());
        }
        outer.rollback();
        QVERIFY(!outer.isActive());
    }
    QCOMPARE(db->transactionDepth(), 0);
    QCOMPARE(scratchRows(*db), QList<int>());
}

void TestMigrations::transactionGuard_earlyReturn_rollsBack()
{
    auto db = openWithScratchTable();
    QVERIFY(db);
    const auto work = [&db](bool giveUp) -> Result<void> {
        TransactionGuard transaction(*db);
        if (!transaction.isActive())
            return transaction.error();
        if (auto ok = insertScratch(*db, 10); !ok)
            return ok;
        if (giveUp)
            return makeError(Error::Kind::Conflict, QStringLiteral("Gave up half-way."));
        if (auto ok = insertScratch(*db, 11); !ok)
            return ok;
        return transaction.commit();
    };

    LD_VERIFY_ERROR(work(true), Error::Kind::Conflict);
    QCOMPARE(db->transactionDepth(), 0);
    QCOMPARE(scratchRows(*db), QList<int>());

    LD_VERIFY_OK(work(false));
    QCOMPARE(scratchRows(*db), (QList<int> {10, 11}));
}

void TestMigrations::transactionGuard_failedStatementInAnInnerGuard_leavesTheOuterUsable()
{
    auto db = openWithScratchTable();
    QVERIFY(db);
    {
        TransactionGuard outer(*db);
        LD_VERIFY_OK(insertScratch(*db, 1));
        {
            TransactionGuard inner(*db);
            auto refused
                = db->execRaw(QStringLiteral("INSERT INTO scratch (n) VALUES (NULL)"), QStringLiteral("Could not insert."));
            LD_VERIFY_ERROR(refused, Error::Kind::Storage);
            QVERIFY2(refused.error().detail.contains(QStringLiteral("NULL"), Qt::CaseInsensitive)
                    || refused.error().detail.contains(QStringLiteral("null value"), Qt::CaseInsensitive),
                qPrintable(refused.error().detail));
        }
        // On PostgreSQL only the savepoint's rollback makes the transaction usable again.
        LD_VERIFY_OK(insertScratch(*db, 2));
        LD_VERIFY_OK(outer.commit());
    }
    QCOMPARE(scratchRows(*db), (QList<int> {1, 2}));
}

void TestMigrations::preparedStatement_firstMetInAFailedTransaction_worksAfterTheRollback()
{
    auto db = openWithScratchTable();
    QVERIFY(db);
    {
        TransactionGuard transaction(*db);
        LD_VERIFY_ERROR(
            db->execRaw(QStringLiteral("SELECT * FROM no_such_table"), QStringLiteral("Could not read.")), Error::Kind::Storage);
        // PostgreSQL refuses everything until the rollback, preparing the statement included.
        (void)AgentRepository(*db).find(QStringLiteral("nobody"));
    }
    auto missing = AgentRepository(*db).find(QStringLiteral("nobody"));
    LD_VERIFY_ERROR(missing, Error::Kind::NotFound);
}

void TestMigrations::newSqliteBook_isReadableByItsOwnerOnly()
{
    if (backend() != Backend::Sqlite)
        return; // a PostgreSQL server keeps its own files
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString folder = dir.filePath(QStringLiteral("books/branch"));
    const QString path = folder + QStringLiteral("/book.sqlite");
    {
        auto db = openBooks(path);
        LD_VERIFY_OK(db);
        LD_VERIFY_OK(AgentRepository(**db).list()); // something read and written through the WAL
        const auto ownerOnly = QFile::ReadOwner | QFile::WriteOwner;
        const auto others = QFile::ReadGroup | QFile::WriteGroup | QFile::ReadOther | QFile::WriteOther;
        for (const QString &file : {path, path + QStringLiteral("-wal"), path + QStringLiteral("-shm")}) {
            QVERIFY2(QFileInfo::exists(file), qPrintable(file + QStringLiteral(" was not created")));
            const QFile::Permissions permissions = QFile::permissions(file);
            QVERIFY2((permissions & ownerOnly) == ownerOnly && !(permissions & others),
                qPrintable(QStringLiteral("%1 has permissions %2").arg(file).arg(int(permissions), 0, 16)));
        }
        const QFile::Permissions folderPermissions = QFile::permissions(folder);
        QVERIFY2(!(folderPermissions & (QFile::ReadGroup | QFile::ExeGroup | QFile::ReadOther | QFile::ExeOther)),
            qPrintable(QStringLiteral("the folder has permissions %1").arg(int(folderPermissions), 0, 16)));
    }
}

LEDGERDESK_TEST_MAIN_BOTH_BACKENDS(TestMigrations)

#include "tst_migrations.moc"
