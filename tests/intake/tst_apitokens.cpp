#include "activity/activityrepository.h"
#include "intake/apitoken.h"
#include "intake/apitokenrepository.h"
#include "intake/intakemessages.h"
#include "intaketest.h"
#include "queue/queue.h"
#include "support/backendtest.h"

#include <QSet>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTest>

using namespace Ledgerdesk;
using namespace Ledgerdesk::Test;

namespace {

QJsonObject createPayload(const QString &name, const QString &hash)
{
    return {{QStringLiteral("name"), name}, {QStringLiteral("token_hash"), hash}};
}

// The activity records of one action, oldest first.
QList<ActivityRecord> recordsOf(Books &books, const QString &action)
{
    ActivityFilter filter;
    filter.action = action;
    auto records = ActivityRepository(books.db()).list(filter, ActivitySort::Time, Qt::AscendingOrder);
    return records ? *records : QList<ActivityRecord> {};
}

// Every value of every row of a table, as text.
QStringList everyValueOf(Books &books, const QString &table)
{
    QStringList values;
    QSqlQuery query(books.db().connection());
    if (!query.exec(QStringLiteral("SELECT * FROM ") + table))
        return {QStringLiteral("(cannot read %1)").arg(table)};
    while (query.next()) {
        for (int column = 0; column < query.record().count(); ++column)
            values << query.value(column).toString();
    }
    return values;
}

} // namespace

// API_TOKEN_CREATE and API_TOKEN_REVOKE through the executor (and the processor), and the
// repository's authentication, on SQLite and on PostgreSQL.
class TestApiTokens : public BackendTest
{
    Q_OBJECT

public:
    using BackendTest::BackendTest;

private Q_SLOTS:
    void generate_makesDistinctWellFormedTokens();
    void create_bySupervisor_storesTheHashAndNeverTheToken();
    void create_byAnAgent_isRefusedAndTheAttemptRecorded();
    void create_badNameOrHash_isRefusedNamingTheField_data();
    void create_badNameOrHash_isRefusedNamingTheField();
    void create_aLiveName_isAConflict_aRevokedNameIsFree();
    void create_aHashIssuedBefore_isAConflict();
    void create_sameMessageTwice_hasOneEffect();
    void revoke_bySupervisor_endsTheTokenAndIsRecorded();
    void revoke_byAnAgent_isRefusedAndTheTokenStaysLive();
    void revoke_unknownOrRevokedName_isNotFound();
    void processor_appliesTheQueuedMessages();
    void authenticate_acceptsOnlyALiveTokenItself();
    void markUsed_writesAtMostOncePerPrecision();
};

void TestApiTokens::generate_makesDistinctWellFormedTokens()
{
    QSet<QString> seen;
    for (int i = 0; i < 100; ++i) {
        const QString token = ApiToken::generate();
        QVERIFY2(token.startsWith(QLatin1String("ldk_")) && token.size() == 47, qPrintable(token));
        QVERIFY2(ApiToken::isWellFormed(token), qPrintable(token));
        QVERIFY(!seen.contains(token));
        seen.insert(token);
        const QString hash = ApiToken::hashOf(token);
        QVERIFY2(ApiToken::checkHash(hash).isOk(), qPrintable(hash));
    }
    QVERIFY(!ApiToken::isWellFormed(QStringLiteral("ldk_short")));
    QVERIFY(!ApiToken::isWellFormed(ApiToken::generate() + QLatin1Char('\n')));
    QVERIFY(!ApiToken::isWellFormed(QStringLiteral("xyz_") + ApiToken::generate().mid(4)));
}

void TestApiTokens::create_bySupervisor_storesTheHashAndNeverTheToken()
{
    LD_OPEN_BOOKS(books, testBooks());
    auto token = createApiToken(*books, QStringLiteral("reporting"));
    LD_VERIFY_OK(token);

    auto stored = ApiTokenRepository(books->db()).findLive(QStringLiteral("reporting"));
    LD_VERIFY_OK(stored);
    QCOMPARE(stored->tokenHash, ApiToken::hashOf(*token));
    QCOMPARE(stored->createdBy, Books::supervisor);
    QVERIFY(stored->createdAtMs > 0);
    QVERIFY(!stored->isRevoked());
    QCOMPARE(stored->lastUsedAtMs, qint64(0));

    // The token itself is nowhere in the book.
    for (const QString &table : {QStringLiteral("api_tokens"), QStringLiteral("processed_messages"),
             QStringLiteral("activity_records"), QStringLiteral("queue_messages"), QStringLiteral("dead_letters")}) {
        for (const QString &value : everyValueOf(*books, table))
            QVERIFY2(!value.contains(token->mid(4)), qPrintable(table + QStringLiteral(" holds the token: ") + value));
    }

    const QList<ActivityRecord> records = recordsOf(*books, QStringLiteral("Create|ApiToken"));
    QCOMPARE(records.size(), 1);
    QCOMPARE(records.first().agentId, Books::supervisor);
    QCOMPARE(records.first().after, QStringLiteral("reporting"));
    QVERIFY(records.first().clientId.isEmpty());
}

void TestApiTokens::create_byAnAgent_isRefusedAndTheAttemptRecorded()
{
    LD_OPEN_BOOKS(books, testBooks());
    auto refused = createApiToken(*books, QStringLiteral("reporting"), Books::agent);
    LD_VERIFY_ERROR(refused, Error::Kind::Forbidden);
    QCOMPARE(books->count(QStringLiteral("api_tokens")), 0);
    QVERIFY(recordsOf(*books, QStringLiteral("Create|ApiToken")).isEmpty());
    const QList<ActivityRecord> attempts = recordsOf(*books, QStringLiteral("Refuse|Message"));
    QCOMPARE(attempts.size(), 1);
    QCOMPARE(attempts.first().agentId, Books::agent);
    QCOMPARE(attempts.first().attribute, IntakeMessages::apiTokenCreate);
}

void TestApiTokens::create_badNameOrHash_isRefusedNamingTheField_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("hash"); // "{good}": a well-formed hash
    QTest::addColumn<QString>("field");
    QTest::newRow("name with a space") << "my token"
                                       << "{good}"
                                       << "name";
    QTest::newRow("name with a newline") << "reporting\n"
                                         << "{good}"
                                         << "name";
    QTest::newRow("name starting with a dot") << ".hidden"
                                              << "{good}"
                                              << "name";
    QTest::newRow("name of 65 characters") << QString(65, QLatin1Char('a')) << "{good}"
                                           << "name";
    QTest::newRow("no name") << ""
                             << "{good}"
                             << "name";
    QTest::newRow("no hash") << "reporting"
                             << ""
                             << "token_hash";
    QTest::newRow("the token instead of its hash") << "reporting" << ApiToken::generate() << "token_hash";
    QTest::newRow("upper-case hash") << "reporting" << ApiToken::hashOf(QStringLiteral("x")).toUpper() << "token_hash";
    QTest::newRow("short hash") << "reporting" << ApiToken::hashOf(QStringLiteral("x")).left(40) << "token_hash";
}

void TestApiTokens::create_badNameOrHash_isRefusedNamingTheField()
{
    QFETCH(QString, name);
    QFETCH(QString, hash);
    QFETCH(QString, field);
    LD_OPEN_BOOKS(books, testBooks());
    if (hash == QLatin1String("{good}"))
        hash = ApiToken::hashOf(ApiToken::generate());
    auto refused = books->apply(IntakeMessages::apiTokenCreate, createPayload(name, hash), Books::supervisor);
    LD_VERIFY_ERROR(refused, Error::Kind::Validation);
    QCOMPARE(refused.error().detail, field);
    QVERIFY2(refused.error().message.contains(field), qPrintable(refused.error().message));
    QCOMPARE(books->count(QStringLiteral("api_tokens")), 0);
}

void TestApiTokens::create_aLiveName_isAConflict_aRevokedNameIsFree()
{
    LD_OPEN_BOOKS(books, testBooks());
    auto first = createApiToken(*books, QStringLiteral("reporting"));
    LD_VERIFY_OK(first);
    auto again = createApiToken(*books, QStringLiteral("reporting"));
    LD_VERIFY_ERROR(again, Error::Kind::Conflict);
    QVERIFY2(again.error().message.contains(QLatin1String("reporting")), qPrintable(again.error().message));
    QCOMPARE(books->count(QStringLiteral("api_tokens")), 1);

    LD_VERIFY_OK(revokeApiToken(*books, QStringLiteral("reporting")));
    auto renewed = createApiToken(*books, QStringLiteral("reporting"));
    LD_VERIFY_OK(renewed);
    QCOMPARE(books->count(QStringLiteral("api_tokens")), 2);
    auto live = ApiTokenRepository(books->db()).findLive(QStringLiteral("reporting"));
    LD_VERIFY_OK(live);
    QCOMPARE(live->tokenHash, ApiToken::hashOf(*renewed));
}

void TestApiTokens::create_aHashIssuedBefore_isAConflict()
{
    LD_OPEN_BOOKS(books, testBooks());
    const QString hash = ApiToken::hashOf(ApiToken::generate());
    LD_VERIFY_OK(books->apply(IntakeMessages::apiTokenCreate, createPayload(QStringLiteral("first"), hash), Books::supervisor));
    LD_VERIFY_OK(revokeApiToken(*books, QStringLiteral("first")));
    auto reused = books->apply(IntakeMessages::apiTokenCreate, createPayload(QStringLiteral("second"), hash), Books::supervisor);
    LD_VERIFY_ERROR(reused, Error::Kind::Conflict);
    QCOMPARE(reused.error().detail, QStringLiteral("token_hash"));
    QCOMPARE(books->count(QStringLiteral("api_tokens")), 1);
}

void TestApiTokens::create_sameMessageTwice_hasOneEffect()
{
    LD_OPEN_BOOKS(books, testBooks());
    const Message message = Books::message(IntakeMessages::apiTokenCreate,
        createPayload(QStringLiteral("reporting"), ApiToken::hashOf(ApiToken::generate())), Books::supervisor);
    auto first = books->apply(message);
    LD_VERIFY_OK(first);
    auto second = books->apply(message);
    LD_VERIFY_OK(second);
    QVERIFY(second->value(QStringLiteral("duplicate")).toBool());
    QCOMPARE(second->value(QStringLiteral("token_id")), first->value(QStringLiteral("token_id")));
    QCOMPARE(books->count(QStringLiteral("api_tokens")), 1);
    QCOMPARE(recordsOf(*books, QStringLiteral("Create|ApiToken")).size(), 1);
}

void TestApiTokens::revoke_bySupervisor_endsTheTokenAndIsRecorded()
{
    LD_OPEN_BOOKS(books, testBooks());
    LD_VERIFY_OK(books->addAgent(QStringLiteral("supervisor-ray"), Role::Supervisor));
    auto token = createApiToken(*books, QStringLiteral("reporting"));
    LD_VERIFY_OK(token);
    LD_VERIFY_OK(ApiTokenRepository(books->db()).authenticate(*token));

    auto revoked = revokeApiToken(*books, QStringLiteral("reporting"), QStringLiteral("supervisor-ray"));
    LD_VERIFY_OK(revoked);
    QCOMPARE(revoked->value(QStringLiteral("name")).toString(), QStringLiteral("reporting"));
    LD_VERIFY_ERROR(ApiTokenRepository(books->db()).authenticate(*token), Error::Kind::NotFound);
    LD_VERIFY_ERROR(ApiTokenRepository(books->db()).findLive(QStringLiteral("reporting")), Error::Kind::NotFound);

    auto all = ApiTokenRepository(books->db()).list();
    LD_VERIFY_OK(all);
    QCOMPARE(all->size(), 1);
    QVERIFY(all->first().isRevoked());
    QCOMPARE(all->first().revokedBy, QStringLiteral("supervisor-ray"));
    QVERIFY(all->first().revokedAtMs >= all->first().createdAtMs);

    const QList<ActivityRecord> records = recordsOf(*books, QStringLiteral("Revoke|ApiToken"));
    QCOMPARE(records.size(), 1);
    QCOMPARE(records.first().agentId, QStringLiteral("supervisor-ray"));
    QCOMPARE(records.first().before, QStringLiteral("reporting"));
}

void TestApiTokens::revoke_byAnAgent_isRefusedAndTheTokenStaysLive()
{
    LD_OPEN_BOOKS(books, testBooks());
    auto token = createApiToken(*books, QStringLiteral("reporting"));
    LD_VERIFY_OK(token);
    LD_VERIFY_ERROR(revokeApiToken(*books, QStringLiteral("reporting"), Books::agent), Error::Kind::Forbidden);
    LD_VERIFY_OK(ApiTokenRepository(books->db()).authenticate(*token));
    QVERIFY(recordsOf(*books, QStringLiteral("Revoke|ApiToken")).isEmpty());
    QCOMPARE(recordsOf(*books, QStringLiteral("Refuse|Message")).size(), 1);
}

void TestApiTokens::revoke_unknownOrRevokedName_isNotFound()
{
    LD_OPEN_BOOKS(books, testBooks());
    auto unknown = revokeApiToken(*books, QStringLiteral("nothing"));
    LD_VERIFY_ERROR(unknown, Error::Kind::NotFound);
    QVERIFY2(unknown.error().message.contains(QLatin1String("nothing")), qPrintable(unknown.error().message));
    LD_VERIFY_OK(createApiToken(*books, QStringLiteral("reporting")));
    LD_VERIFY_OK(revokeApiToken(*books, QStringLiteral("reporting")));
    LD_VERIFY_ERROR(revokeApiToken(*books, QStringLiteral("reporting")), Error::Kind::NotFound);
    QCOMPARE(recordsOf(*books, QStringLiteral("Revoke|ApiToken")).size(), 1);
}

void TestApiTokens::processor_appliesTheQueuedMessages()
{
    LD_OPEN_BOOKS(books, testBooks());
    const QString token = ApiToken::generate();
    Queue queue(books->db());
    LD_VERIFY_OK(queue.enqueue(Books::message(
        IntakeMessages::apiTokenCreate, createPayload(QStringLiteral("reporting"), ApiToken::hashOf(token)), Books::supervisor)));
    auto drained = books->engine().processor().drainAll();
    LD_VERIFY_OK(drained);
    QCOMPARE(drained->applied, 1);
    LD_VERIFY_OK(ApiTokenRepository(books->db()).authenticate(token));

    LD_VERIFY_OK(queue.enqueue(
        Books::message(IntakeMessages::apiTokenRevoke, {{QStringLiteral("name"), QStringLiteral("reporting")}}, Books::agent)));
    drained = books->engine().processor().drainAll();
    LD_VERIFY_OK(drained);
    QCOMPARE(drained->deadLettered, 1);
    LD_VERIFY_OK(ApiTokenRepository(books->db()).authenticate(token));
}

void TestApiTokens::authenticate_acceptsOnlyALiveTokenItself()
{
    LD_OPEN_BOOKS(books, testBooks());
    auto reporting = createApiToken(*books, QStringLiteral("reporting"));
    LD_VERIFY_OK(reporting);
    auto billing = createApiToken(*books, QStringLiteral("billing"));
    LD_VERIFY_OK(billing);
    ApiTokenRepository tokens(books->db());

    auto found = tokens.authenticate(*billing);
    LD_VERIFY_OK(found);
    QCOMPARE(found->name, QStringLiteral("billing"));
    found = tokens.authenticate(*reporting);
    LD_VERIFY_OK(found);
    QCOMPARE(found->name, QStringLiteral("reporting"));

    QString flipped = *reporting;
    flipped.back() = flipped.back() == QLatin1Char('A') ? QLatin1Char('B') : QLatin1Char('A');
    for (const QString &wrong :
        {flipped, ApiToken::generate(), ApiToken::hashOf(*reporting), reporting->mid(4), QString(), reporting->toUpper()}) {
        auto refused = tokens.authenticate(wrong);
        LD_VERIFY_ERROR(refused, Error::Kind::NotFound);
        QVERIFY(!refused.error().message.isEmpty());
    }
}

void TestApiTokens::markUsed_writesAtMostOncePerPrecision()
{
    LD_OPEN_BOOKS(books, testBooks());
    auto token = createApiToken(*books, QStringLiteral("reporting"));
    LD_VERIFY_OK(token);
    ApiTokenRepository tokens(books->db());
    const qint64 first = 1'800'000'000'000;
    auto live = tokens.authenticate(*token);
    LD_VERIFY_OK(live);
    LD_VERIFY_OK(tokens.markUsed(*live, first));
    live = tokens.authenticate(*token);
    LD_VERIFY_OK(live);
    QCOMPARE(live->lastUsedAtMs, first);

    LD_VERIFY_OK(tokens.markUsed(*live, first + ApiTokenRepository::lastUsedPrecisionMs - 1));
    live = tokens.authenticate(*token);
    LD_VERIFY_OK(live);
    QCOMPARE(live->lastUsedAtMs, first);

    LD_VERIFY_OK(tokens.markUsed(*live, first + ApiTokenRepository::lastUsedPrecisionMs));
    live = tokens.authenticate(*token);
    LD_VERIFY_OK(live);
    QCOMPARE(live->lastUsedAtMs, first + ApiTokenRepository::lastUsedPrecisionMs);
}

LEDGERDESK_TEST_MAIN_BOTH_BACKENDS(TestApiTokens)

#include "tst_apitokens.moc"
