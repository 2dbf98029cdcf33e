#include "ledgerdeskbinary.h"
#include "moneyworkload.h"
#include "support/backendtest.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTcpServer>
#include <QTest>

using namespace Ledgerdesk;
using namespace Ledgerdesk::Test;

namespace {

constexpr quint32 seed = 20261208;
constexpr int messages = 6000;

struct HealthAnswer
{
    int status = 0; // 0 when nothing answered
    QJsonObject body;
};

HealthAnswer askHealth(QNetworkAccessManager &network, quint16 port)
{
    QNetworkRequest request(QUrl(QStringLiteral("http://127.0.0.1:%1/").arg(port)));
    request.setTransferTimeout(5000);
    QNetworkReply *reply = network.get(request);
    if (!QTest::qWaitFor([reply]() { return reply->isFinished(); }, 10000))
        reply->abort();
    HealthAnswer answer {
        reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), QJsonDocument::fromJson(reply->readAll()).object()};
    reply->deleteLater();
    return answer;
}

quint16 freePort()
{
    QTcpServer probe;
    return probe.listen(QHostAddress::LocalHost, 0) ? probe.serverPort() : 0;
}

} // namespace

// The PostgreSQL server restarted under a running `ledgerdesk serve`, as after a crash or an upgrade:
// the processor and the webhook intake must notice, say so (the health check answers 503 with the
// reason), reconnect by themselves when the server is back, and apply every message exactly once.
class TestServerRestart : public BackendTest
{
    Q_OBJECT

public:
    using BackendTest::BackendTest;

private Q_SLOTS:
    void serverRestartsDuringDrain_reconnectsAndAppliesEveryMessageOnce();
};

void TestServerRestart::serverRestartsDuringDrain_reconnectsAndAppliesEveryMessageOnce()
{
    auto location = testBooks().freshLocation();
    LD_VERIFY_OK(location);
    auto opened = openDemoBook(*location, 3);
    LD_VERIFY_OK(opened);
    Database &db = **opened;
    auto workload = MoneyWorkload::generate(db, seed, messages, MoneyWorkload::Mix {15, 25});
    LD_VERIFY_OK(workload);
    LD_VERIFY_OK(workload->enqueue(db));
    const qint64 appliedBefore = scalar(db, QStringLiteral("SELECT COUNT(*) FROM processed_messages"));

    const quint16 port = freePort();
    QVERIFY(port != 0);
    auto serve = startLedgerdesk({QStringLiteral("serve"), QStringLiteral("--db"), *location, QStringLiteral("--listen"),
        QStringLiteral("127.0.0.1:%1").arg(port)});
    QVERIFY2(serve != nullptr, "ledgerdesk serve did not start");
    QNetworkAccessManager network;
    QTRY_COMPARE_WITH_TIMEOUT(askHealth(network, port).status, 200, 20000);
    QTRY_VERIFY_WITH_TIMEOUT(scalar(db, QStringLiteral("SELECT COUNT(*) FROM processed_messages")) > appliedBefore, 30000);

    LD_VERIFY_OK(cluster().stopServer());
    HealthAnswer down;
    QTRY_VERIFY_WITH_TIMEOUT((down = askHealth(network, port)).status == 503, 10000);
    QVERIFY2(down.body.value(QStringLiteral("error")).toString().contains(QLatin1String("cannot be reached")),
        QJsonDocument(down.body).toJson().constData());
    QTest::qWait(1500); // a few of the processor's polls and reconnection attempts fail meanwhile
    QCOMPARE(serve->state(), QProcess::Running);
    LD_VERIFY_OK(cluster().restartServer());

    QTRY_COMPARE_WITH_TIMEOUT(askHealth(network, port).status, 200, 40000);
    LD_VERIFY_OK(db.reconnect());
    QTRY_COMPARE_WITH_TIMEOUT(scalar(db, QStringLiteral("SELECT COUNT(*) FROM queue_messages")), qint64(0), 120000);
    serve->terminate();
    QVERIFY(serve->waitForFinished(10000));
    const QByteArray said = serve->readAll();
    QVERIFY2(said.contains("Reconnected to the database server"), said.constData());

    const QStringList problems = workload->discrepancies(db);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    const BinaryRun verify = runLedgerdesk({QStringLiteral("verify"), QStringLiteral("--db"), *location});
    QVERIFY2(verify.succeeded(), verify.describe().constData());
}

LEDGERDESK_TEST_MAIN_POSTGRES(TestServerRestart)

#include "tst_serverrestart.moc"
