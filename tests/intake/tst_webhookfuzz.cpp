#include "intake/apitoken.h"
#include "intake/webhookserver.h"
#include "intaketest.h"
#include "support/backendtest.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QTest>

using namespace Ledgerdesk;
using namespace Ledgerdesk::Test;

namespace {

// Values a field may be replaced with: every JSON type, edge numbers, odd text.
QJsonValue oddValue(QRandomGenerator &random)
{
    static const QList<QJsonValue> values {
        QJsonValue(QJsonValue::Null),
        QJsonValue(true),
        QJsonValue(0),
        QJsonValue(-1),
        QJsonValue(0.1 + 0.2),
        QJsonValue(1e308),
        QJsonValue(-1e-308),
        QJsonValue(9007199254740993.0),
        QJsonValue(123.45),
        QJsonValue(1000),
        QJsonValue(QString()),
        QJsonValue(QStringLiteral(" ")),
        QJsonValue(QStringLiteral("12.345")),
        QJsonValue(QStringLiteral("1e5")),
        QJsonValue(QStringLiteral("-0.00")),
        QJsonValue(QStringLiteral("٣٤.٥٠")),
        QJsonValue(QStringLiteral("NaN")),
        QJsonValue(QStringLiteral("Infinity")),
        QJsonValue(QStringLiteral("\u0000\u0001")),
        QJsonValue(QStringLiteral("💸💸💸")),
        QJsonValue(QStringLiteral("usd")),
        QJsonValue(QStringLiteral("JPY")),
        QJsonValue(QStringLiteral("2025-02-30T25:61:00Z")),
        QJsonValue(QStringLiteral("99999999999999999999")),
        QJsonValue(QString(300, QLatin1Char('x'))),
        QJsonValue(QJsonArray {1, QStringLiteral("two"), QJsonArray {}}),
        QJsonValue(QJsonObject {{QStringLiteral("nested"), QJsonObject {}}}),
    };
    return values.at(random.bounded(int(values.size())));
}

// A body that is mostly a valid transaction with a few things wrong, or something else entirely.
QByteArray fuzzedBody(QRandomGenerator &random, int round)
{
    static const QStringList fields {QStringLiteral("transaction_id"), QStringLiteral("source_account"),
        QStringLiteral("destination_account"), QStringLiteral("amount"), QStringLiteral("currency"), QStringLiteral("merchant"),
        QStringLiteral("timestamp")};
    QJsonObject payload = validIngestPayload(QStringLiteral("fz-%1").arg(random.bounded(round + 1)));
    switch (random.bounded(6)) {
    case 0: // replace some fields with odd values
        for (int i = random.bounded(1, 4); i > 0; --i)
            payload.insert(fields.at(random.bounded(int(fields.size()))), oddValue(random));
        return QJsonDocument(payload).toJson(QJsonDocument::Compact);
    case 1: // drop some fields
        for (int i = random.bounded(1, 3); i > 0; --i)
            payload.remove(fields.at(random.bounded(int(fields.size()))));
        return QJsonDocument(payload).toJson(QJsonDocument::Compact);
    case 2: { // flip, insert and delete bytes of a valid body
        QByteArray body = QJsonDocument(payload).toJson(QJsonDocument::Compact);
        for (int i = random.bounded(1, 8); i > 0 && !body.isEmpty(); --i) {
            const qsizetype at = random.bounded(int(body.size()));
            switch (random.bounded(3)) {
            case 0:
                body[at] = char(random.bounded(256));
                break;
            case 1:
                body.insert(at, char(random.bounded(256)));
                break;
            default:
                body.remove(at, 1);
                break;
            }
        }
        return body;
    }
    case 3: { // cut short
        const QByteArray body = QJsonDocument(payload).toJson(QJsonDocument::Compact);
        return body.left(random.bounded(int(body.size())));
    }
    case 4: { // random bytes, sometimes a lot
        QByteArray body(random.bounded(2) ? random.bounded(64) : random.bounded(70 * 1024), Qt::Uninitialized);
        for (char &c : body)
            c = char(random.bounded(256));
        return body;
    }
    default: { // deep nesting or long structures
        const int depth = random.bounded(1, 2000);
        return QByteArray(depth, '[') + QByteArray(random.bounded(depth + 1), ']');
    }
    }
}

// An Authorization header made from a valid "Bearer <token>" with a few printable bytes flipped,
// inserted or deleted, or something else entirely (HTTP cannot carry control characters in a header).
QByteArray fuzzedAuthorization(QRandomGenerator &random, const QByteArray &valid)
{
    const auto printable = [&random] { return char(random.bounded(0x20, 0x7f)); };
    switch (random.bounded(4)) {
    case 0: { // flip, insert and delete bytes
        QByteArray header = valid;
        for (int i = random.bounded(1, 4); i > 0 && !header.isEmpty(); --i) {
            const qsizetype at = random.bounded(int(header.size()));
            switch (random.bounded(3)) {
            case 0:
                header[at] = printable();
                break;
            case 1:
                header.insert(at, printable());
                break;
            default:
                header.remove(at, 1);
                break;
            }
        }
        return header;
    }
    case 1: // cut short
        return valid.left(random.bounded(int(valid.size())));
    case 2: // another scheme, or none
        return QList<QByteArray> {"Basic ", "Token ", "", "Bearer Bearer "}.at(random.bounded(4)) + valid.mid(7);
    default: { // printable noise, sometimes long
        QByteArray header(random.bounded(2) ? random.bounded(1, 80) : random.bounded(1, 8000), Qt::Uninitialized);
        for (char &c : header)
            c = printable();
        return header;
    }
    }
}

// 409: a fuzzed body may reuse an id with other valid details, which is a conflict.
bool isExpectedStatus(int status)
{
    return status == 202 || status == 400 || status == 409 || status == 413;
}

} // namespace

class TestWebhookFuzz : public BackendTest
{
    Q_OBJECT

public:
    using BackendTest::BackendTest;

private Q_SLOTS:
    void receiveTransaction_manyMalformedBodies_answers202Or400Or413();
    void http_malformedBodies_answers202Or400Or413AndKeepsServing();
    void http_fuzzedAuthorization_neverReadsWithoutTheToken();
};

void TestWebhookFuzz::receiveTransaction_manyMalformedBodies_answers202Or400Or413()
{
    LD_OPEN_BOOKS(books, testBooks());
    WebhookServer server(books->db());
    const quint32 seed = 20250115;
    QRandomGenerator random(seed);
    QHash<int, int> statuses;
    const int rounds = 5000;
    for (int round = 0; round < rounds; ++round) {
        const QByteArray body = fuzzedBody(random, round);
        const WebhookServer::Reply reply = server.receiveTransaction(body, {});
        if (!isExpectedStatus(reply.status))
            QFAIL(qPrintable(QStringLiteral("seed %1 round %2: status %3 for %4")
                                 .arg(seed)
                                 .arg(round)
                                 .arg(reply.status)
                                 .arg(QString::fromLatin1(body.left(200).toHex()))));
        if (reply.status != 202 && reply.body.value(QStringLiteral("error")).toString().isEmpty())
            QFAIL(qPrintable(QStringLiteral("seed %1 round %2: no error sentence").arg(seed).arg(round)));
        ++statuses[reply.status];
    }
    // The mutations reach every answer, so the check above was not vacuous.
    QVERIFY(statuses.value(202) > 0);
    QVERIFY(statuses.value(400) > 0);
    QVERIFY(statuses.value(413) > 0);
    // Every accepted body left exactly one row and one message.
    QCOMPARE(books->count(QStringLiteral("ingested_transactions")), books->count(QStringLiteral("queue_messages")));
}

void TestWebhookFuzz::http_malformedBodies_answers202Or400Or413AndKeepsServing()
{
    LD_OPEN_BOOKS(books, testBooks());
    WebhookServer server(books->db());
    auto port = server.listen(QHostAddress(QHostAddress::LocalHost), 0);
    LD_VERIFY_OK(port);
    HttpClient client(*port);
    const quint32 seed = 4242;
    QRandomGenerator random(seed);
    for (int round = 0; round < 300; ++round) {
        const QByteArray body = fuzzedBody(random, round);
        const HttpAnswer answer = client.post(QStringLiteral("/v1/webhooks/transactions"), body);
        if (!isExpectedStatus(answer.status))
            QFAIL(
                qPrintable(QStringLiteral("seed %1 round %2: %3").arg(seed).arg(round).arg(QString::fromUtf8(describe(answer)))));
        if (answer.status != 202 && answer.json.value(QStringLiteral("error")).toString().isEmpty())
            QFAIL(qPrintable(QStringLiteral("seed %1 round %2: no JSON error").arg(seed).arg(round)));
    }
    QCOMPARE(client.get(QStringLiteral("/")).status, 200);
}

void TestWebhookFuzz::http_fuzzedAuthorization_neverReadsWithoutTheToken()
{
    LD_OPEN_BOOKS(books, testBooks());
    auto token = createApiToken(*books);
    LD_VERIFY_OK(token);
    WebhookServer server(books->db());
    auto port = server.listen(QHostAddress(QHostAddress::LocalHost), 0);
    LD_VERIFY_OK(port);
    HttpClient client(*port);
    const QString path = QStringLiteral("/v1/records?agent=") + Books::agent;
    const QByteArray valid = bearer(*token).second;
    const quint32 seed = 7235;
    QRandomGenerator random(seed);
    int refused = 0;
    for (int round = 0; round < 300; ++round) {
        const QByteArray header = fuzzedAuthorization(random, valid);
        const HttpAnswer answer = client.send("GET", path, {}, {{QByteArrayLiteral("Authorization"), header}});
        // A mutation may leave the token whole (the scheme's case changed, a space added around it).
        const QList<QByteArray> words = header.simplified().split(' ');
        const bool carriesTheToken = words.size() == 2 && words.at(0).toLower() == "bearer" && words.at(1) == token->toLatin1();
        const int expected = carriesTheToken ? 200 : 401;
        if (answer.status != expected)
            QFAIL(qPrintable(QStringLiteral("seed %1 round %2, header %3: %4")
                                 .arg(seed)
                                 .arg(round)
                                 .arg(QString::fromLatin1(header.left(100)), QString::fromUtf8(describe(answer)))));
        if (answer.status == 401 && !answer.wwwAuthenticate.startsWith("Bearer"))
            QFAIL(qPrintable(QStringLiteral("seed %1 round %2: no Bearer challenge").arg(seed).arg(round)));
        refused += answer.status == 401 ? 1 : 0;
    }
    QVERIFY(refused > 250);
    QCOMPARE(client.send("GET", path, {}, {bearer(*token)}).status, 200);
}

LEDGERDESK_TEST_MAIN_SQLITE(TestWebhookFuzz)

#include "tst_webhookfuzz.moc"
