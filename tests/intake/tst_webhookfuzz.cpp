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

LEDGERDESK_TEST_MAIN_SQLITE(TestWebhookFuzz)

#include "tst_webhookfuzz.moc"
