#include "intake/apitoken.h"
#include "intake/intakerepository.h"
#include "intake/intakesettings.h"
#include "intake/transactionintake.h"
#include "intake/webhookserver.h"
#include "intaketest.h"
#include "queue/message.h"
#include "queue/queue.h"
#include "settings/settings.h"
#include "support/backendtest.h"

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Ledgerdesk;
using namespace Ledgerdesk::Test;

namespace {

const QString webhookPath = QStringLiteral("/v1/webhooks/transactions");
const QString tokenAdmin = QStringLiteral("supervisor-tess");

QByteArray bodyOf(const QJsonObject &payload)
{
    return QJsonDocument(payload).toJson(QJsonDocument::Compact);
}

// A valid transaction body padded with an ignored field to exactly `size` bytes.
QByteArray paddedBody(qsizetype size)
{
    QJsonObject payload = validIngestPayload(QStringLiteral("padded"));
    payload.insert(QStringLiteral("padding"), QString());
    const qsizetype bare = bodyOf(payload).size();
    payload.insert(QStringLiteral("padding"), QString(size - bare, QLatin1Char('p')));
    return bodyOf(payload);
}

// What a refused request must leave untouched.
struct Footprint
{
    qint64 transactions = 0;
    qint64 queued = 0;
    qint64 dedupeKeys = 0;

    static Footprint of(Books &books)
    {
        return {books.count(QStringLiteral("ingested_transactions")), books.count(QStringLiteral("queue_messages")),
            books.count(QStringLiteral("queue_dedupe"))};
    }
    bool operator==(const Footprint &) const = default;
};

// Secret store contents that cannot be read as one JSON object of texts.
void addUnreadableStores()
{
    QTest::addColumn<QByteArray>("contents");
    QTest::newRow("empty file") << QByteArray();
    QTest::newRow("cut short") << QByteArray("{\"intake.secret\": \"s3cr");
    QTest::newRow("not an object") << QByteArray("[\"s3cret\"]");
    QTest::newRow("number value") << QByteArray("{\"intake.secret\": 5}");
    QTest::newRow("another secret not text") << QByteArray("{\"intake.secret\": \"s3cret\", \"sms.token\": true}");
}

bool writeFile(const QString &path, const QByteArray &contents)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.setPermissions(QFile::ReadOwner | QFile::WriteOwner)
        && file.write(contents) == contents.size();
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray("(unreadable)");
}

char *toString(const Footprint &f)
{
    return qstrdup(QStringLiteral("transactions %1, queued %2, dedupe keys %3")
                       .arg(f.transactions)
                       .arg(f.queued)
                       .arg(f.dedupeKeys)
                       .toUtf8()
                       .constData());
}

} // namespace

// Serves a fresh book on a free loopback port for every test function.
class WebhookFixture : public BackendTest
{
    Q_OBJECT

public:
    using BackendTest::BackendTest;

protected:
    bool startServer();
    void stopServer();
    // A GET with the fixture's live API token.
    HttpAnswer read(const QString &pathAndQuery) { return m_client->send("GET", pathAndQuery, {}, {bearer(m_token)}); }

    std::unique_ptr<Books> m_books;
    std::unique_ptr<WebhookServer> m_server;
    std::unique_ptr<HttpClient> m_client;
    QString m_token; // live, named "reporting"
};

bool WebhookFixture::startServer()
{
    m_books = testBooks().open();
    if (!m_books) {
        qWarning("%s", testBooks().lastError().constData());
        return false;
    }
    // Made by a supervisor of its own, so that the test agents' activity is only what a test does.
    auto admin = m_books->addAgent(tokenAdmin, Role::Supervisor);
    if (!admin) {
        qWarning("%s", describe(admin.error()).constData());
        return false;
    }
    auto token = createApiToken(*m_books, QStringLiteral("reporting"), tokenAdmin);
    if (!token) {
        qWarning("%s", describe(token.error()).constData());
        return false;
    }
    m_token = *token;
    m_server = std::make_unique<WebhookServer>(m_books->db());
    auto port = m_server->listen(QHostAddress(QHostAddress::LocalHost), 0);
    if (!port) {
        qWarning("%s", describe(port.error()).constData());
        return false;
    }
    m_client = std::make_unique<HttpClient>(*port);
    return true;
}

void WebhookFixture::stopServer()
{
    m_client.reset();
    m_server.reset();
    m_books.reset();
}

// The whole HTTP contract. Its storage is that of TransactionIntake and the repositories, which
// tst_ingest and TestWebhookStorage run on both backends; this runs on SQLite.
class TestWebhook : public WebhookFixture
{
    Q_OBJECT

public:
    using WebhookFixture::WebhookFixture;

private Q_SLOTS:
    void init() { QVERIFY(startServer()); }
    void cleanup() { stopServer(); }

    void post_validTransaction_is202AndRecordedProcessing();
    void post_missingOrInvalidField_is400NamingTheField_data();
    void post_missingOrInvalidField_is400NamingTheField();
    void post_bodyOver64KiB_is413_data();
    void post_bodyOver64KiB_is413();
    void post_bodyOfExactly64KiB_isAccepted();
    void post_withSecret_badOrMissingSignature_is401_data();
    void post_withSecret_badOrMissingSignature_is401();
    void post_withSecret_goodSignature_is202();
    void secret_isReadFromTheSettings();
    void secret_unreadableStore_failsToLoad_data();
    void secret_unreadableStore_failsToLoad();
    void secret_unreadableStore_isNotOverwritten_data();
    void secret_unreadableStore_isNotOverwritten();
    void requireSignature_withoutSecret_failsToLoad_data();
    void requireSignature_withoutSecret_failsToLoad();
    void requireSignature_withSecret_loadsIt();
    void get_unknownTransaction_is404Json();
    void anythingElse_is404Json_data();
    void anythingElse_is404Json();
    void get_root_isHealthWithTheCurrentUtcTime();
    void get_records_withoutOrWithUnknownAgent_isRefused();
    void get_reads_withoutALiveToken_are401WithABearerChallenge_data();
    void get_reads_withoutALiveToken_are401WithABearerChallenge();
    void get_reads_withTheLiveToken_areAnsweredAndNoteItsUse();
    void get_records_unknownAgent_is404OnlyWithAToken();
    void post_withSecret_aTokenInsteadOfASignature_is401();
    void parseListen_readsHostAndPort_data();
    void parseListen_readsHostAndPort();
    void listen_onATakenPort_isANetworkError();
};

// The exchanges that write and read the books, on SQLite and on PostgreSQL.
class TestWebhookStorage : public WebhookFixture
{
    Q_OBJECT

public:
    using WebhookFixture::WebhookFixture;

private Q_SLOTS:
    void init() { QVERIFY(startServer()); }
    void cleanup() { stopServer(); }

    void post_thenProcessed_lookupShowsProcessedWithCategory();
    void post_duplicateId_is202AndWritesNothingNew();
    void post_sameIdWithOtherDetails_is409AndWritesNothingNew();
    void post_afterAnAgentQueuedTheIntakesDedupeKey_isStillStoredAndQueued();
    void get_records_ofAnAgent_listsTheirActivity();
    void get_withARevokedToken_is401();
};

void TestWebhook::post_validTransaction_is202AndRecordedProcessing()
{
    QSignalSpy enqueued(m_server.get(), &WebhookServer::enqueued);
    const HttpAnswer answer = m_client->post(webhookPath, bodyOf(validIngestPayload(QStringLiteral("txn_demo_1"))));
    QCOMPARE(answer.status, 202);
    QCOMPARE(answer.json, (QJsonObject {{QStringLiteral("message"), QStringLiteral("Webhook received")}}));
    QVERIFY2(answer.contentType.startsWith("application/json"), answer.contentType.constData());
    QCOMPARE(enqueued.count(), 1);
    QCOMPARE(m_books->count(QStringLiteral("queue_messages")), 1);
    QCOMPARE(enqueued.first().first().toString(), m_books->scalar(QStringLiteral("SELECT id FROM queue_messages")).toString());

    const HttpAnswer status = read(QStringLiteral("/v1/transactions/txn_demo_1"));
    QCOMPARE(status.status, 200);
    QCOMPARE(status.json.value(QStringLiteral("transaction_id")).toString(), QStringLiteral("txn_demo_1"));
    QCOMPARE(status.json.value(QStringLiteral("status")).toString(), QStringLiteral("PROCESSING"));
    QVERIFY(status.json.value(QStringLiteral("category")).isNull());
    QVERIFY(status.json.value(QStringLiteral("processed_at")).isNull());
    QCOMPARE(status.json.value(QStringLiteral("amount")).toString(), QStringLiteral("250.00"));
    QCOMPARE(status.json.value(QStringLiteral("currency")).toString(), QStringLiteral("USD"));
    QCOMPARE(status.json.value(QStringLiteral("source_account")).toString(), QStringLiteral("acc_user_1"));
    QCOMPARE(status.json.value(QStringLiteral("destination_account")).toString(), QStringLiteral("acc_merchant_1"));
    QCOMPARE(status.json.value(QStringLiteral("timestamp")).toString(), QStringLiteral("2025-01-15T10:30:00.000Z"));
    QVERIFY(QDateTime::fromString(status.json.value(QStringLiteral("received_at")).toString(), Qt::ISODateWithMs).isValid());
}

void TestWebhookStorage::post_thenProcessed_lookupShowsProcessedWithCategory()
{
    QJsonObject payload = validIngestPayload(QStringLiteral("txn_demo_2"));
    payload.insert(QStringLiteral("amount"), 1500); // a JSON number, as the origin's clients send
    payload.insert(QStringLiteral("currency"), QStringLiteral("INR"));
    QCOMPARE(m_client->post(webhookPath, bodyOf(payload)).status, 202);
    auto applied = applyQueuedMessages(*m_books);
    LD_VERIFY_OK(applied);
    QCOMPARE(*applied, 1);

    const HttpAnswer status = read(QStringLiteral("/v1/transactions/txn_demo_2"));
    QCOMPARE(status.status, 200);
    QCOMPARE(status.json.value(QStringLiteral("status")).toString(), QStringLiteral("PROCESSED"));
    QCOMPARE(status.json.value(QStringLiteral("category")).toString(), QStringLiteral("high_value"));
    QCOMPARE(status.json.value(QStringLiteral("amount")).toString(), QStringLiteral("1500.00"));
    QCOMPARE(status.json.value(QStringLiteral("amount_minor")).toInteger(), 150000);
    const QDateTime processedAt
        = QDateTime::fromString(status.json.value(QStringLiteral("processed_at")).toString(), Qt::ISODateWithMs);
    QVERIFY(processedAt.isValid());
    QCOMPARE(processedAt.timeSpec(), Qt::UTC);
}

void TestWebhookStorage::post_duplicateId_is202AndWritesNothingNew()
{
    QSignalSpy enqueued(m_server.get(), &WebhookServer::enqueued);
    QCOMPARE(m_client->post(webhookPath, bodyOf(validIngestPayload(QStringLiteral("dup")))).status, 202);
    const Footprint once = Footprint::of(*m_books);
    QCOMPARE(once, (Footprint {1, 1, 1}));

    const HttpAnswer again = m_client->post(webhookPath, bodyOf(validIngestPayload(QStringLiteral("dup"))));
    QCOMPARE(again.status, 202);
    QCOMPARE(again.json.value(QStringLiteral("message")).toString(), QStringLiteral("Webhook received"));
    QCOMPARE(Footprint::of(*m_books), once);
    QCOMPARE(enqueued.count(), 1);

    // Also after it was processed.
    LD_VERIFY_OK(applyQueuedMessages(*m_books));
    QCOMPARE(m_client->post(webhookPath, bodyOf(validIngestPayload(QStringLiteral("dup")))).status, 202);
    QCOMPARE(m_books->count(QStringLiteral("queue_messages")), 0);
    QCOMPARE(m_books->count(QStringLiteral("ingested_transactions")), 1);
    QCOMPARE(enqueued.count(), 1);
    auto stored = IntakeRepository(m_books->db()).find(QStringLiteral("dup"));
    LD_VERIFY_OK(stored);
    QCOMPARE(stored->amountMinor, 25000);
}

void TestWebhookStorage::post_sameIdWithOtherDetails_is409AndWritesNothingNew()
{
    QSignalSpy enqueued(m_server.get(), &WebhookServer::enqueued);
    QCOMPARE(m_client->post(webhookPath, bodyOf(validIngestPayload(QStringLiteral("T1")))).status, 202);
    const Footprint once = Footprint::of(*m_books);
    QCOMPARE(once, (Footprint {1, 1, 1}));

    QJsonObject changed = validIngestPayload(QStringLiteral("T1"));
    changed.insert(QStringLiteral("amount"), QStringLiteral("9999.00"));
    const HttpAnswer conflict = m_client->post(webhookPath, bodyOf(changed));
    QVERIFY2(conflict.status == 409, describe(conflict).constData());
    QVERIFY2(
        conflict.json.value(QStringLiteral("error")).toString().contains(QLatin1String("T1")), describe(conflict).constData());
    QVERIFY2(conflict.contentType.startsWith("application/json"), conflict.contentType.constData());
    QCOMPARE(Footprint::of(*m_books), once);
    QCOMPARE(enqueued.count(), 1);

    // The same body again is still a duplicate.
    QCOMPARE(m_client->post(webhookPath, bodyOf(validIngestPayload(QStringLiteral("T1")))).status, 202);
    QCOMPARE(Footprint::of(*m_books), once);
    QCOMPARE(enqueued.count(), 1);
    auto stored = IntakeRepository(m_books->db()).find(QStringLiteral("T1"));
    LD_VERIFY_OK(stored);
    QCOMPARE(stored->amountMinor, 25000);
}

void TestWebhookStorage::post_afterAnAgentQueuedTheIntakesDedupeKey_isStillStoredAndQueued()
{
    // An agent's message with the key the intake uses for T1, queued the way `ledgerdesk enqueue` does.
    Message taken = Books::message(QStringLiteral("DEPOSIT"),
        {{QStringLiteral("wallet_id"), QStringLiteral("W-1")}, {QStringLiteral("amount"), QStringLiteral("10.00")}},
        Books::agent);
    taken.dedupeKey = Message::agentDedupeKey(taken.agentId, TransactionIntake::dedupeKey(QStringLiteral("T1")));
    auto queued = Queue(m_books->db()).enqueue(taken);
    LD_VERIFY_OK(queued);
    QVERIFY(*queued);

    QSignalSpy enqueued(m_server.get(), &WebhookServer::enqueued);
    const WebhookServer::Reply reply = m_server->receiveTransaction(bodyOf(validIngestPayload(QStringLiteral("T1"))), {});
    QCOMPARE(reply.status, 202);
    QCOMPARE(enqueued.count(), 1);
    auto stored = IntakeRepository(m_books->db()).find(QStringLiteral("T1"));
    LD_VERIFY_OK(stored);
    QCOMPARE(stored->status, IngestedTransaction::processing);
    QCOMPARE(stored->messageId, enqueued.first().first().toString());
    QCOMPARE(m_books->count(QStringLiteral("queue_messages")), 2);
    QCOMPARE(
        m_books->scalar(QStringLiteral("SELECT dedupe_key FROM queue_messages WHERE id = ?"), {stored->messageId}).toString(),
        TransactionIntake::dedupeKey(QStringLiteral("T1")));
    QCOMPARE(m_books->scalar(QStringLiteral("SELECT agent_id FROM queue_messages WHERE id = ?"), {stored->messageId}).toString(),
        TransactionIntake::agentId);
}

void TestWebhook::post_missingOrInvalidField_is400NamingTheField_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("field"); // empty: the body as a whole

    const auto without = [](const QString &field) {
        QJsonObject payload = validIngestPayload(QStringLiteral("bad"));
        payload.remove(field);
        return bodyOf(payload);
    };
    const auto with = [](const QString &field, const QJsonValue &value) {
        QJsonObject payload = validIngestPayload(QStringLiteral("bad"));
        payload.insert(field, value);
        return bodyOf(payload);
    };
    for (const char *field : {"transaction_id", "source_account", "destination_account", "amount", "currency"})
        QTest::addRow("%s missing", field) << without(QString::fromLatin1(field)) << QString::fromLatin1(field);
    QTest::newRow("transaction_id a number") << with(QStringLiteral("transaction_id"), 12) << "transaction_id";
    QTest::newRow("transaction_id empty") << with(QStringLiteral("transaction_id"), QString()) << "transaction_id";
    QTest::newRow("transaction_id with spaces")
        << with(QStringLiteral("transaction_id"), QStringLiteral("a b")) << "transaction_id";
    QTest::newRow("source_account null") << with(QStringLiteral("source_account"), QJsonValue::Null) << "source_account";
    QTest::newRow("destination_account a list")
        << with(QStringLiteral("destination_account"), QJsonArray {}) << "destination_account";
    QTest::newRow("amount three decimals") << with(QStringLiteral("amount"), QStringLiteral("1.001")) << "amount";
    QTest::newRow("amount negative number") << with(QStringLiteral("amount"), -10) << "amount";
    QTest::newRow("amount zero") << with(QStringLiteral("amount"), 0) << "amount";
    QTest::newRow("amount 0.1 + 0.2") << with(QStringLiteral("amount"), 0.1 + 0.2) << "amount";
    QTest::newRow("amount text") << with(QStringLiteral("amount"), QStringLiteral("a lot")) << "amount";
    QTest::newRow("currency unknown") << with(QStringLiteral("currency"), QStringLiteral("DOGE")) << "currency";
    QTest::newRow("merchant an object") << with(QStringLiteral("merchant"), QJsonObject {}) << "merchant";
    QTest::newRow("timestamp not a time") << with(QStringLiteral("timestamp"), QStringLiteral("soon")) << "timestamp";
    QTest::newRow("not JSON") << QByteArray("transaction_id=1&amount=5") << "";
    QTest::newRow("truncated JSON") << bodyOf(validIngestPayload()).chopped(3) << "";
    QTest::newRow("a JSON list") << QByteArray("[1, 2, 3]") << "";
    QTest::newRow("empty body") << QByteArray() << "";
}

void TestWebhook::post_missingOrInvalidField_is400NamingTheField()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, field);
    QSignalSpy enqueued(m_server.get(), &WebhookServer::enqueued);
    const HttpAnswer answer = m_client->post(webhookPath, body);
    QVERIFY2(answer.status == 400, describe(answer).constData());
    QVERIFY2(answer.contentType.startsWith("application/json"), answer.contentType.constData());
    const QString error = answer.json.value(QStringLiteral("error")).toString();
    QVERIFY2(!error.isEmpty(), answer.body.constData());
    if (!field.isEmpty()) {
        QVERIFY2(error.contains(QLatin1Char('"') + field + QLatin1Char('"')), qPrintable(error));
        QCOMPARE(answer.json.value(QStringLiteral("field")).toString(), field);
    }
    QCOMPARE(Footprint::of(*m_books), Footprint());
    QCOMPARE(enqueued.count(), 0);
}

void TestWebhook::post_bodyOver64KiB_is413_data()
{
    QTest::addColumn<qsizetype>("size");
    QTest::addColumn<bool>("whileArriving"); // refused before the server buffered it all, closing the connection
    QTest::newRow("64 KiB and one byte") << qsizetype(64 * 1024 + 1) << false;
    QTest::newRow("65 KiB") << qsizetype(65 * 1024) << false;
    QTest::newRow("1 MiB") << qsizetype(1024 * 1024) << true;
    QTest::newRow("8 MiB") << qsizetype(8 * 1024 * 1024) << true;
}

void TestWebhook::post_bodyOver64KiB_is413()
{
    QFETCH(qsizetype, size);
    QFETCH(bool, whileArriving);
    const HttpAnswer answer = m_client->post(webhookPath, paddedBody(size));
    QVERIFY2(answer.status == 413, describe(answer).constData());
    QVERIFY2(answer.json.value(QStringLiteral("error")).toString().contains(QStringLiteral("64 KiB")), answer.body.constData());
    QCOMPARE(answer.connection == "close", whileArriving);
    QCOMPARE(Footprint::of(*m_books), Footprint());

    // The server carries on.
    const HttpAnswer next = m_client->post(webhookPath, bodyOf(validIngestPayload(QStringLiteral("after"))));
    QVERIFY2(next.status == 202, describe(next).constData());
}

void TestWebhook::post_bodyOfExactly64KiB_isAccepted()
{
    const QByteArray body = paddedBody(64 * 1024);
    QCOMPARE(body.size(), 64 * 1024);
    const HttpAnswer answer = m_client->post(webhookPath, body);
    QVERIFY2(answer.status == 202, describe(answer).constData());
    QCOMPARE(m_books->count(QStringLiteral("ingested_transactions")), 1);
}

void TestWebhook::post_withSecret_badOrMissingSignature_is401_data()
{
    QTest::addColumn<QByteArray>("signature"); // empty: no header
    const QByteArray body = bodyOf(validIngestPayload(QStringLiteral("signed")));
    const QByteArray good = WebhookServer::sign(body, "s3cret");
    QTest::newRow("no header") << QByteArray();
    QTest::newRow("another secret") << WebhookServer::sign(body, "guess");
    QTest::newRow("another body") << WebhookServer::sign(body + " ", "s3cret");
    QTest::newRow("no prefix") << good.mid(7);
    QTest::newRow("wrong algorithm") << QByteArray("sha1=") + good.mid(7);
    QTest::newRow("truncated") << good.chopped(2);
    QTest::newRow("not hex") << good.left(good.size() - 2) + "zz";
    QTest::newRow("one digit off") << good.left(good.size() - 1) + (good.endsWith('0') ? "1" : "0");
}

void TestWebhook::post_withSecret_badOrMissingSignature_is401()
{
    QFETCH(QByteArray, signature);
    m_server->setSecret("s3cret");
    QList<QPair<QByteArray, QByteArray>> headers;
    if (!signature.isEmpty())
        headers.append({WebhookServer::signatureHeader, signature});
    const HttpAnswer answer = m_client->post(webhookPath, bodyOf(validIngestPayload(QStringLiteral("signed"))), headers);
    QVERIFY2(answer.status == 401, describe(answer).constData());
    QVERIFY(!answer.json.value(QStringLiteral("error")).toString().isEmpty());
    QCOMPARE(Footprint::of(*m_books), Footprint());
}

void TestWebhook::post_withSecret_goodSignature_is202()
{
    m_server->setSecret("s3cret");
    const QByteArray body = bodyOf(validIngestPayload(QStringLiteral("signed")));
    const HttpAnswer answer
        = m_client->post(webhookPath, body, {{WebhookServer::signatureHeader, WebhookServer::sign(body, "s3cret")}});
    QVERIFY2(answer.status == 202, describe(answer).constData());
    QCOMPARE(m_books->count(QStringLiteral("ingested_transactions")), 1);

    // Upper-case hex and a differently written header name are the same signature.
    const QByteArray other = bodyOf(validIngestPayload(QStringLiteral("signed-2")));
    const QByteArray upper = "sha256=" + WebhookServer::sign(other, "s3cret").mid(7).toUpper();
    const HttpAnswer second = m_client->post(webhookPath, other, {{"x-ledgerdesk-signature", upper}});
    QVERIFY2(second.status == 202, describe(second).constData());

    // A signed but invalid body is still judged on its fields.
    const QByteArray bad = bodyOf(QJsonObject {{QStringLiteral("transaction_id"), QStringLiteral("x")}});
    const HttpAnswer refused
        = m_client->post(webhookPath, bad, {{WebhookServer::signatureHeader, WebhookServer::sign(bad, "s3cret")}});
    QCOMPARE(refused.status, 400);
    QCOMPARE(refused.json.value(QStringLiteral("field")).toString(), QStringLiteral("source_account"));
}

void TestWebhook::secret_isReadFromTheSettings()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    Settings settings(m_books->db(), SecretStore(dir.filePath(QStringLiteral("secrets.json"))));
    LD_VERIFY_OK(m_server->loadSecret(settings));
    QVERIFY(!m_server->hasSecret());
    LD_VERIFY_OK(settings.setValue(IntakeSettings::secret, QStringLiteral("from-the-store")));
    LD_VERIFY_OK(m_server->loadSecret(settings));
    QVERIFY(m_server->hasSecret());
    const QByteArray body = bodyOf(validIngestPayload(QStringLiteral("s")));
    QCOMPARE(m_client->post(webhookPath, body).status, 401);
    QCOMPARE(
        m_client->post(webhookPath, body, {{WebhookServer::signatureHeader, WebhookServer::sign(body, "from-the-store")}}).status,
        202);
}

void TestWebhook::secret_unreadableStore_failsToLoad_data()
{
    addUnreadableStores();
}

void TestWebhook::secret_unreadableStore_failsToLoad()
{
    QFETCH(QByteArray, contents);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("secrets.json"));
    QVERIFY(writeFile(path, contents));
    Settings settings(m_books->db(), SecretStore(path));
    for (const QString &required : {QStringLiteral("false"), QStringLiteral("true")}) {
        LD_VERIFY_OK(settings.setValue(IntakeSettings::requireSignature, required));
        auto loaded = m_server->loadSecret(settings);
        LD_VERIFY_ERROR(loaded, Error::Kind::Storage);
        QVERIFY2(loaded.error().message.contains(path), qPrintable(loaded.error().message));
        QVERIFY(!m_server->hasSecret());
    }
}

void TestWebhook::secret_unreadableStore_isNotOverwritten_data()
{
    addUnreadableStores();
}

void TestWebhook::secret_unreadableStore_isNotOverwritten()
{
    QFETCH(QByteArray, contents);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("secrets.json"));
    QVERIFY(writeFile(path, contents));
    SecretStore store(path);
    LD_VERIFY_ERROR(store.value(QStringLiteral("intake.secret")), Error::Kind::Storage);
    Settings settings(m_books->db(), SecretStore(path));
    LD_VERIFY_ERROR(settings.isSet(IntakeSettings::secret), Error::Kind::Storage);
    auto written = settings.setValue(IntakeSettings::secret, QStringLiteral("replacement"));
    LD_VERIFY_ERROR(written, Error::Kind::Storage);
    QVERIFY2(written.error().message.contains(path), qPrintable(written.error().message));
    LD_VERIFY_ERROR(settings.setValue(IntakeSettings::secret, QString()), Error::Kind::Storage);
    QCOMPARE(readFile(path), contents);
}

void TestWebhook::requireSignature_withoutSecret_failsToLoad_data()
{
    QTest::addColumn<QByteArray>("contents"); // of the secret store; null: no store at all
    QTest::newRow("no store") << QByteArray();
    QTest::newRow("other secrets only") << QByteArray("{\"sms.token\": \"t0ken\"}");
    QTest::newRow("empty secret") << QByteArray("{\"intake.secret\": \"\"}");
}

void TestWebhook::requireSignature_withoutSecret_failsToLoad()
{
    QFETCH(QByteArray, contents);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("secrets.json"));
    if (!contents.isNull())
        QVERIFY(writeFile(path, contents));
    Settings settings(m_books->db(), SecretStore(path));
    LD_VERIFY_OK(m_server->loadSecret(settings));
    LD_VERIFY_OK(settings.setValue(IntakeSettings::requireSignature, QStringLiteral("true")));
    auto loaded = m_server->loadSecret(settings);
    LD_VERIFY_ERROR(loaded, Error::Kind::Conflict);
    QVERIFY2(loaded.error().message.contains(QLatin1String("intake.require_signature"))
            && loaded.error().message.contains(QLatin1String("intake.secret")),
        qPrintable(loaded.error().message));
    QVERIFY(!m_server->hasSecret());
}

void TestWebhook::requireSignature_withSecret_loadsIt()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    Settings settings(m_books->db(), SecretStore(dir.filePath(QStringLiteral("secrets.json"))));
    LD_VERIFY_OK(settings.setValue(IntakeSettings::requireSignature, QStringLiteral("true")));
    LD_VERIFY_OK(settings.setValue(IntakeSettings::secret, QStringLiteral("required-secret")));
    LD_VERIFY_OK(m_server->loadSecret(settings));
    QVERIFY(m_server->hasSecret());
    const QByteArray body = bodyOf(validIngestPayload(QStringLiteral("required")));
    QCOMPARE(m_client->post(webhookPath, body).status, 401);
    QCOMPARE(m_client->post(webhookPath, body, {{WebhookServer::signatureHeader, WebhookServer::sign(body, "required-secret")}})
                 .status,
        202);
}

void TestWebhook::get_unknownTransaction_is404Json()
{
    const HttpAnswer answer = read(QStringLiteral("/v1/transactions/never-seen"));
    QCOMPARE(answer.status, 404);
    QVERIFY2(answer.contentType.startsWith("application/json"), answer.contentType.constData());
    QVERIFY2(
        answer.json.value(QStringLiteral("error")).toString().contains(QStringLiteral("never-seen")), answer.body.constData());
}

void TestWebhook::anythingElse_is404Json_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");
    QTest::newRow("unknown path") << QByteArray("GET") << "/v2/nothing";
    QTest::newRow("GET on the webhook") << QByteArray("GET") << "/v1/webhooks/transactions";
    QTest::newRow("POST on the root") << QByteArray("POST") << "/";
    QTest::newRow("DELETE a transaction") << QByteArray("DELETE") << "/v1/transactions/x";
    QTest::newRow("transactions without an id") << QByteArray("GET") << "/v1/transactions/";
    QTest::newRow("a trailing slash") << QByteArray("POST") << "/v1/webhooks/transactions/";
}

void TestWebhook::anythingElse_is404Json()
{
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    const HttpAnswer answer = m_client->send(method, path, method == "POST" ? bodyOf(validIngestPayload()) : QByteArray());
    QVERIFY2(answer.status == 404, describe(answer).constData());
    QVERIFY2(answer.contentType.startsWith("application/json"), answer.contentType.constData());
    QVERIFY(!answer.json.value(QStringLiteral("error")).toString().isEmpty());
    QCOMPARE(Footprint::of(*m_books), Footprint());
}

void TestWebhook::get_root_isHealthWithTheCurrentUtcTime()
{
    const qint64 before = QDateTime::currentMSecsSinceEpoch();
    const HttpAnswer answer = m_client->get(QStringLiteral("/"));
    const qint64 after = QDateTime::currentMSecsSinceEpoch();
    QCOMPARE(answer.status, 200);
    QCOMPARE(answer.json.value(QStringLiteral("status")).toString(), QStringLiteral("HEALTHY"));
    const QString text = answer.json.value(QStringLiteral("current_time")).toString();
    QVERIFY2(text.endsWith(QLatin1Char('Z')), qPrintable(text));
    const QDateTime time = QDateTime::fromString(text, Qt::ISODateWithMs);
    QVERIFY(time.isValid());
    QVERIFY(time.toMSecsSinceEpoch() >= before && time.toMSecsSinceEpoch() <= after);
}

void TestWebhookStorage::get_records_ofAnAgent_listsTheirActivity()
{
    auto client = m_books->createClient(QStringLiteral("Ada"), QStringLiteral("Lovelace"));
    LD_VERIFY_OK(client);
    LD_VERIFY_OK(m_books->apply(QStringLiteral("CLIENT_READ"), {{QStringLiteral("client_id"), *client}}));
    auto otherClient = m_books->createClient(QStringLiteral("Grace"), QStringLiteral("Hopper"), Books::supervisor);
    LD_VERIFY_OK(otherClient);

    const HttpAnswer answer = read(QStringLiteral("/v1/records?agent=") + Books::agent);
    QCOMPARE(answer.status, 200);
    QCOMPARE(answer.json.value(QStringLiteral("agent_id")).toString(), Books::agent);
    const QJsonArray records = answer.json.value(QStringLiteral("records")).toArray();
    QCOMPARE(records.size(), 2);
    QCOMPARE(answer.json.value(QStringLiteral("total")).toInteger(), 2);
    QStringList actions;
    for (const QJsonValue &record : records) {
        QCOMPARE(record.toObject().value(QStringLiteral("agent_id")).toString(), Books::agent);
        QCOMPARE(record.toObject().value(QStringLiteral("client_id")).toString(), *client);
        QVERIFY(
            QDateTime::fromString(record.toObject().value(QStringLiteral("created_at")).toString(), Qt::ISODateWithMs).isValid());
        actions << record.toObject().value(QStringLiteral("action")).toString();
    }
    actions.sort();
    QCOMPARE(actions, (QStringList {QStringLiteral("Create|Client"), QStringLiteral("Read|Client")}));

    const HttpAnswer page = read(QStringLiteral("/v1/records?agent=%1&limit=1&offset=1").arg(Books::agent));
    QCOMPARE(page.status, 200);
    QCOMPARE(page.json.value(QStringLiteral("records")).toArray().size(), 1);

    const HttpAnswer supervisor = read(QStringLiteral("/v1/records?agent=") + Books::supervisor);
    QCOMPARE(supervisor.status, 200);
    QCOMPARE(supervisor.json.value(QStringLiteral("records")).toArray().size(), 1);
    QCOMPARE(supervisor.json.value(QStringLiteral("records"))
                 .toArray()
                 .first()
                 .toObject()
                 .value(QStringLiteral("client_id"))
                 .toString(),
        *otherClient);
}

void TestWebhookStorage::get_withARevokedToken_is401()
{
    const QString path = QStringLiteral("/v1/records?agent=") + Books::agent;
    QCOMPARE(read(path).status, 200);
    LD_VERIFY_OK(revokeApiToken(*m_books, QStringLiteral("reporting"), tokenAdmin));

    const HttpAnswer revoked = read(path);
    QVERIFY2(revoked.status == 401, describe(revoked).constData());
    QVERIFY2(revoked.wwwAuthenticate.startsWith("Bearer") && revoked.wwwAuthenticate.contains("invalid_token"),
        revoked.wwwAuthenticate.constData());
    QVERIFY(!revoked.json.value(QStringLiteral("error")).toString().isEmpty());

    // The name can go to a new token; the revoked one stays refused.
    auto renewed = createApiToken(*m_books, QStringLiteral("reporting"), tokenAdmin);
    LD_VERIFY_OK(renewed);
    const HttpAnswer fresh = m_client->send("GET", path, {}, {bearer(*renewed)});
    QVERIFY2(fresh.status == 200, describe(fresh).constData());
    QCOMPARE(read(path).status, 401);
}

void TestWebhook::get_records_withoutOrWithUnknownAgent_isRefused()
{
    const HttpAnswer missing = read(QStringLiteral("/v1/records"));
    QCOMPARE(missing.status, 400);
    QCOMPARE(missing.json.value(QStringLiteral("field")).toString(), QStringLiteral("agent"));
    const HttpAnswer unknown = read(QStringLiteral("/v1/records?agent=nobody"));
    QCOMPARE(unknown.status, 404);
    QVERIFY(unknown.json.value(QStringLiteral("error")).toString().contains(QStringLiteral("nobody")));
    const HttpAnswer badLimit = read(QStringLiteral("/v1/records?agent=%1&limit=0").arg(Books::agent));
    QCOMPARE(badLimit.status, 400);
    QCOMPARE(badLimit.json.value(QStringLiteral("field")).toString(), QStringLiteral("limit"));
}

void TestWebhook::get_reads_withoutALiveToken_are401WithABearerChallenge_data()
{
    QTest::addColumn<QString>("path");
    // The Authorization header, empty for none; {token} is the fixture's live token, {hash} its
    // SHA-256 as the book stores it, {flipped} the token with its last character changed.
    QTest::addColumn<QString>("authorization");
    QTest::addColumn<bool>("tokenPresented"); // the challenge then says error="invalid_token"

    const QString records = QStringLiteral("/v1/records?agent=") + Books::agent;
    QTest::newRow("records, no header") << records << QString() << false;
    QTest::newRow("records of an unknown agent, no header") << QStringLiteral("/v1/records?agent=nobody") << QString() << false;
    QTest::newRow("records without an agent, no header") << QStringLiteral("/v1/records") << QString() << false;
    QTest::newRow("a transaction, no header") << QStringLiteral("/v1/transactions/txn_demo") << QString() << false;
    QTest::newRow("Bearer without a token") << records << QStringLiteral("Bearer") << false;
    QTest::newRow("Basic credentials") << records << QStringLiteral("Basic cmVwb3J0aW5nOnNlY3JldA==") << false;
    QTest::newRow("the token without a scheme") << records << QStringLiteral("{token}") << false;
    QTest::newRow("a token nobody made") << records << QStringLiteral("Bearer ") + ApiToken::generate() << true;
    QTest::newRow("a token nobody made, unknown agent")
        << QStringLiteral("/v1/records?agent=nobody") << QStringLiteral("Bearer ") + ApiToken::generate() << true;
    QTest::newRow("the token one character off") << records << QStringLiteral("Bearer {flipped}") << true;
    QTest::newRow("the token and more") << records << QStringLiteral("Bearer {token}x") << true;
    QTest::newRow("the stored hash") << records << QStringLiteral("Bearer {hash}") << true;
    QTest::newRow("a wrong token, a transaction")
        << QStringLiteral("/v1/transactions/txn_demo") << QStringLiteral("Bearer ldk_guess") << true;
}

void TestWebhook::get_reads_withoutALiveToken_are401WithABearerChallenge()
{
    QFETCH(QString, path);
    QFETCH(QString, authorization);
    QFETCH(bool, tokenPresented);
    QCOMPARE(m_client->post(webhookPath, bodyOf(validIngestPayload(QStringLiteral("txn_demo")))).status, 202);
    QString flipped = m_token;
    flipped.back() = flipped.back() == QLatin1Char('A') ? QLatin1Char('B') : QLatin1Char('A');
    authorization.replace(QStringLiteral("{token}"), m_token)
        .replace(QStringLiteral("{hash}"), ApiToken::hashOf(m_token))
        .replace(QStringLiteral("{flipped}"), flipped);
    QList<QPair<QByteArray, QByteArray>> headers;
    if (!authorization.isEmpty())
        headers.append({QByteArrayLiteral("Authorization"), authorization.toLatin1()});

    const HttpAnswer answer = m_client->send("GET", path, {}, headers);
    QVERIFY2(answer.status == 401, describe(answer).constData());
    QVERIFY2(answer.contentType.startsWith("application/json"), answer.contentType.constData());
    QVERIFY2(!answer.json.value(QStringLiteral("error")).toString().isEmpty(), answer.body.constData());
    QVERIFY2(answer.wwwAuthenticate.startsWith("Bearer"), answer.wwwAuthenticate.constData());
    QCOMPARE(answer.wwwAuthenticate.contains("error=\"invalid_token\""), tokenPresented);
    // Nothing of what was asked for, not even whether it exists.
    QVERIFY2(!answer.body.contains("nobody") && !answer.body.contains("txn_demo") && !answer.body.contains("agent-ada"),
        answer.body.constData());
    QVERIFY(!answer.json.contains(QStringLiteral("field")));
    QVERIFY(m_books->scalar(QStringLiteral("SELECT last_used_at_ms FROM api_tokens")).isNull());
}

void TestWebhook::get_reads_withTheLiveToken_areAnsweredAndNoteItsUse()
{
    const qint64 before = QDateTime::currentMSecsSinceEpoch();
    const HttpAnswer records = read(QStringLiteral("/v1/records?agent=") + Books::agent);
    QVERIFY2(records.status == 200, describe(records).constData());
    QCOMPARE(records.json.value(QStringLiteral("agent_id")).toString(), Books::agent);
    const qint64 used = m_books->scalar(QStringLiteral("SELECT last_used_at_ms FROM api_tokens")).toLongLong();
    QVERIFY2(used >= before && used <= QDateTime::currentMSecsSinceEpoch(), QByteArray::number(used).constData());

    // The scheme is case-insensitive (RFC 7235), and spaces around the token do not matter.
    QCOMPARE(m_client->post(webhookPath, bodyOf(validIngestPayload(QStringLiteral("txn_read")))).status, 202);
    const HttpAnswer transaction = m_client->send("GET", QStringLiteral("/v1/transactions/txn_read"), {},
        {{QByteArrayLiteral("authorization"), QByteArrayLiteral("bearer  ") + m_token.toLatin1() + QByteArrayLiteral(" ")}});
    QVERIFY2(transaction.status == 200, describe(transaction).constData());
    QCOMPARE(transaction.json.value(QStringLiteral("transaction_id")).toString(), QStringLiteral("txn_read"));
    QVERIFY(transaction.wwwAuthenticate.isEmpty());
}

void TestWebhook::get_records_unknownAgent_is404OnlyWithAToken()
{
    const HttpAnswer anonymous = m_client->get(QStringLiteral("/v1/records?agent=nobody"));
    QVERIFY2(anonymous.status == 401, describe(anonymous).constData());
    const HttpAnswer anonymousKnown = m_client->get(QStringLiteral("/v1/records?agent=") + Books::agent);
    QCOMPARE(anonymousKnown.status, anonymous.status);
    QCOMPARE(anonymousKnown.body, anonymous.body);

    const HttpAnswer authenticated = read(QStringLiteral("/v1/records?agent=nobody"));
    QVERIFY2(authenticated.status == 404, describe(authenticated).constData());
    QVERIFY(authenticated.json.value(QStringLiteral("error")).toString().contains(QStringLiteral("nobody")));
}

void TestWebhook::post_withSecret_aTokenInsteadOfASignature_is401()
{
    m_server->setSecret("s3cret");
    const HttpAnswer answer
        = m_client->post(webhookPath, bodyOf(validIngestPayload(QStringLiteral("signed"))), {bearer(m_token)});
    QVERIFY2(answer.status == 401, describe(answer).constData());
    QCOMPARE(Footprint::of(*m_books), Footprint());
}

void TestWebhook::parseListen_readsHostAndPort_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("address"); // empty: refused
    QTest::addColumn<int>("port");
    QTest::newRow("host and port") << "127.0.0.1:8080"
                                   << "127.0.0.1" << 8080;
    QTest::newRow("all interfaces") << "0.0.0.0:9000"
                                    << "0.0.0.0" << 9000;
    QTest::newRow("port only is loopback") << "8081"
                                           << "127.0.0.1" << 8081;
    QTest::newRow("colon and port is loopback") << ":8082"
                                                << "127.0.0.1" << 8082;
    QTest::newRow("localhost") << "localhost:8083"
                               << "127.0.0.1" << 8083;
    QTest::newRow("IPv6 loopback") << "[::1]:8084"
                                   << "::1" << 8084;
    QTest::newRow("free port") << "127.0.0.1:0"
                               << "127.0.0.1" << 0;
    QTest::newRow("port too large") << "127.0.0.1:70000"
                                    << "" << 0;
    QTest::newRow("no port") << "127.0.0.1:"
                             << "" << 0;
    QTest::newRow("a host name") << "example.com:80"
                                 << "" << 0;
    QTest::newRow("words") << "anywhere"
                           << "" << 0;
    QTest::newRow("IPv6 without brackets") << "::1:8080"
                                           << "" << 0;
}

void TestWebhook::parseListen_readsHostAndPort()
{
    QFETCH(QString, text);
    QFETCH(QString, address);
    QFETCH(int, port);
    auto endpoint = WebhookServer::parseListen(text);
    if (address.isEmpty()) {
        LD_VERIFY_ERROR(endpoint, Error::Kind::Validation);
        QVERIFY(!endpoint.error().message.isEmpty());
        return;
    }
    LD_VERIFY_OK(endpoint);
    QCOMPARE(endpoint->address, QHostAddress(address));
    QCOMPARE(int(endpoint->port), port);
}

void TestWebhook::listen_onATakenPort_isANetworkError()
{
    QVERIFY(m_server->isListening());
    QCOMPARE(m_server->address(), QHostAddress(QHostAddress::LocalHost));
    WebhookServer second(m_books->db());
    QVERIFY(!second.isListening());
    auto taken = second.listen(QHostAddress(QHostAddress::LocalHost), m_server->port());
    LD_VERIFY_ERROR(taken, Error::Kind::Network);
    QVERIFY(!second.isListening());
    m_server->close();
    QVERIFY(!m_server->isListening());
    QCOMPARE(m_client->get(QStringLiteral("/")).status, 0);
}

int main(int argc, char **argv)
{
    return runPerBackend(
        argc, argv, {Backend::Sqlite, Backend::Postgres}, [](Backend backend, PgCluster &cluster, int count, char **args) {
            int failed = 0;
            if (backend == Backend::Sqlite) {
                TestWebhook contract(backend, cluster);
                failed += QTest::qExec(&contract, count, args);
            }
            TestWebhookStorage storage(backend, cluster);
            failed += QTest::qExec(&storage, count, args);
            return failed;
        });
}

#include "tst_webhook.moc"
