#include "notify/smsclient.h"
#include "smsprovider.h"
#include "support/backendtest.h"

#include <QSignalSpy>
#include <QTest>

using namespace Ledgerdesk;
using namespace Ledgerdesk::Test;

namespace {

const QString account = QStringLiteral("AC0123456789abcdef0123456789abcdef");
const QString token = QStringLiteral("t0ken:with colon");
const QString deposit = QStringLiteral("Your deposit of $1,000.00 was successful. Your new balance is $5,000.00.");

SmsConfig configFor(const SmsProvider &provider)
{
    SmsConfig config;
    config.baseUrl = provider.baseUrl();
    config.account = account;
    config.token = token;
    config.from = QStringLiteral("+14155550100");
    config.timeoutMs = 5000;
    return config;
}

SmsClient::Text text(bool whatsApp = false, const QString &body = deposit)
{
    SmsClient::Text t;
    t.id = QStringLiteral("01JTESTTEXT");
    t.whatsApp = whatsApp;
    t.to = QStringLiteral("+4915112345678");
    t.body = body;
    return t;
}

} // namespace

class TestSmsClient : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void created_isSentWithTheProvidersSid();
    void request_isAFormPostWithBasicAuth();
    void whatsApp_carriesThePrefixOnToAndFrom();
    void sendText_takesAnOutboxRowAndCallsBackOnce();
    void baseUrlWithAPath_keepsThePath();
    void providerAnswer_isClassified_data();
    void providerAnswer_isClassified();
    void providerDown_waits();
    void silentProvider_timesOutAndWaits();
    void incompleteSettings_waitWithASentence();
    void formBody_escapesPlusSpacesAndAmpersands();

private:
    DeliveryOutcome sendAndWait(SmsClient &client, const SmsConfig &config, const SmsClient::Text &text);
};

void TestSmsClient::initTestCase()
{
    qRegisterMetaType<DeliveryOutcome>();
}

DeliveryOutcome TestSmsClient::sendAndWait(SmsClient &client, const SmsConfig &config, const SmsClient::Text &text)
{
    QSignalSpy finished(&client, &SmsClient::finished);
    client.send(config, text);
    if (!finished.isEmpty())
        return DeliveryOutcome::wait(QStringLiteral("TEST: the outcome came synchronously"));
    if (!finished.wait(config.timeoutMs + 5000))
        return DeliveryOutcome::wait(QStringLiteral("TEST: no outcome"));
    QTest::qWait(10);
    if (finished.size() != 1 || finished.first().at(0).toString() != text.id)
        return DeliveryOutcome::wait(QStringLiteral("TEST: %1 outcomes").arg(finished.size()));
    return finished.first().at(1).value<DeliveryOutcome>();
}

void TestSmsClient::created_isSentWithTheProvidersSid()
{
    SmsProvider provider;
    QVERIFY(provider.listen());
    SmsClient client;
    const DeliveryOutcome outcome = sendAndWait(client, configFor(provider), text());
    QVERIFY2(outcome.isSent(), qPrintable(outcome.describe()));
    QCOMPARE(provider.sids().size(), 1);
    QCOMPARE(outcome.providerRef, provider.sids().first());
}

void TestSmsClient::request_isAFormPostWithBasicAuth()
{
    SmsProvider provider;
    QVERIFY(provider.listen());
    SmsClient client;
    const DeliveryOutcome outcome
        = sendAndWait(client, configFor(provider), text(false, deposit + QStringLiteral(" & ümlaut=1+1")));
    QVERIFY2(outcome.isSent(), qPrintable(outcome.describe()));

    QCOMPARE(provider.requests().size(), 1);
    const SmsProvider::Request &request = provider.requests().first();
    QCOMPARE(request.method, QByteArray("POST"));
    QCOMPARE(request.path, QByteArray("/2010-04-01/Accounts/AC0123456789abcdef0123456789abcdef/Messages.json"));
    QCOMPARE(request.headers.value("content-type"), QByteArray("application/x-www-form-urlencoded"));
    QCOMPARE(request.headers.value("authorization"),
        "Basic " + QByteArray("AC0123456789abcdef0123456789abcdef:t0ken:with colon").toBase64());
    const QMap<QString, QString> form = request.form();
    QCOMPARE(form.keys(), (QStringList {QStringLiteral("Body"), QStringLiteral("From"), QStringLiteral("To")}));
    QCOMPARE(form.value(QStringLiteral("To")), QStringLiteral("+4915112345678"));
    QCOMPARE(form.value(QStringLiteral("From")), QStringLiteral("+14155550100"));
    QCOMPARE(form.value(QStringLiteral("Body")), deposit + QStringLiteral(" & ümlaut=1+1"));
}

void TestSmsClient::whatsApp_carriesThePrefixOnToAndFrom()
{
    SmsProvider provider;
    QVERIFY(provider.listen());
    SmsClient client;
    const DeliveryOutcome outcome = sendAndWait(client, configFor(provider), text(true));
    QVERIFY2(outcome.isSent(), qPrintable(outcome.describe()));
    const QMap<QString, QString> form = provider.requests().value(0).form();
    QCOMPARE(form.value(QStringLiteral("To")), QStringLiteral("whatsapp:+4915112345678"));
    QCOMPARE(form.value(QStringLiteral("From")), QStringLiteral("whatsapp:+14155550100"));
    QCOMPARE(form.value(QStringLiteral("Body")), deposit);
}

void TestSmsClient::sendText_takesAnOutboxRowAndCallsBackOnce()
{
    SmsProvider provider;
    QVERIFY(provider.listen());
    SmsClient client;
    OutboxMessage row;
    row.id = QStringLiteral("01JTESTROW");
    row.channel = OutboxChannel::WhatsApp;
    row.recipient = QStringLiteral("+447700900123");
    row.bodyText = QStringLiteral("Alert: $500.00 withdrawn from your account. Available balance: $4,500.00.");
    int calls = 0;
    DeliveryOutcome outcome;
    client.sendText(configFor(provider), row, [&](const DeliveryOutcome &result) {
        outcome = result;
        ++calls;
    });
    QCOMPARE(calls, 0);
    QTRY_COMPARE(calls, 1);
    QTest::qWait(10);
    QCOMPARE(calls, 1);
    QVERIFY2(outcome.isSent(), qPrintable(outcome.describe()));
    const QMap<QString, QString> form = provider.requests().value(0).form();
    QCOMPARE(form.value(QStringLiteral("To")), QStringLiteral("whatsapp:+447700900123"));
    QCOMPARE(form.value(QStringLiteral("Body")), row.bodyText);
}

void TestSmsClient::baseUrlWithAPath_keepsThePath()
{
    SmsProvider provider;
    QVERIFY(provider.listen());
    SmsClient client;
    SmsConfig config = configFor(provider);
    config.baseUrl.setPath(QStringLiteral("/gateway/"));
    const DeliveryOutcome outcome = sendAndWait(client, config, text());
    QVERIFY2(outcome.isSent(), qPrintable(outcome.describe()));
    QCOMPARE(provider.requests().value(0).path,
        QByteArray("/gateway/2010-04-01/Accounts/AC0123456789abcdef0123456789abcdef/Messages.json"));
}

void TestSmsClient::providerAnswer_isClassified_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<bool>("refused");
    QTest::addColumn<QString>("message");
    QTest::addColumn<QString>("reply");

    QTest::newRow("400 invalid number")
        << 400
        << QByteArray(
               R"({"code": 21211, "message": "The 'To' number +15005550001 is not a valid phone number.", "more_info": "https://www.twilio.com/docs/errors/21211", "status": 400})")
        << true << QStringLiteral("The SMS provider refused the message.")
        << QStringLiteral("HTTP 400: The 'To' number +15005550001 is not a valid phone number. [code 21211]");
    QTest::newRow("400 sender not the account's")
        << 400
        << QByteArray(
               R"({"code": 21606, "message": "The From phone number +14155550100 is not a valid, SMS-capable inbound phone number or short code for your account.", "status": 400})")
        << false << QStringLiteral("The SMS provider cannot send from this account or number (sms.from, sms.account).")
        << QStringLiteral("HTTP 400: The From phone number +14155550100 is not a valid, SMS-capable inbound phone number "
                          "or short code for your account. [code 21606]");
    QTest::newRow("401 bad token") << 401 << QByteArray(R"({"code": 20003, "message": "Authenticate", "status": 401})") << false
                                   << QStringLiteral("The SMS provider refused the account or token (sms.account, sms.token).")
                                   << QStringLiteral("HTTP 401: Authenticate [code 20003]");
    QTest::newRow("404 unknown account")
        << 404 << QByteArray(R"({"code": 20404, "message": "The requested resource was not found", "status": 404})") << false
        << QStringLiteral("The SMS provider has no such address; check sms.base_url and sms.account.")
        << QStringLiteral("HTTP 404: The requested resource was not found [code 20404]");
    QTest::newRow("422 unprocessable text") << 422 << QByteArray("body too long") << true
                                            << QStringLiteral("The SMS provider refused the message.")
                                            << QStringLiteral("HTTP 422: body too long");
    QTest::newRow("429 slow down") << 429 << QByteArray(R"({"code": 20429, "message": "Too Many Requests", "status": 429})")
                                   << false << QStringLiteral("The SMS provider asked to try again later.")
                                   << QStringLiteral("HTTP 429: Too Many Requests [code 20429]");
    QTest::newRow("500 provider trouble") << 500 << QByteArray("upstream exploded") << false
                                          << QStringLiteral("The SMS provider failed to take the message.")
                                          << QStringLiteral("HTTP 500: upstream exploded");
}

void TestSmsClient::providerAnswer_isClassified()
{
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(bool, refused);
    QFETCH(QString, message);
    QFETCH(QString, reply);
    SmsProvider provider;
    QVERIFY(provider.listen());
    provider.queue({status, body, false});
    SmsClient client;
    const DeliveryOutcome outcome = sendAndWait(client, configFor(provider), text());
    QVERIFY(!outcome.isSent());
    QCOMPARE(outcome.isRefused(), refused);
    QCOMPARE(outcome.isWait(), !refused);
    QCOMPARE(outcome.message, message);
    QCOMPARE(outcome.peerReply, reply);
}

void TestSmsClient::providerDown_waits()
{
    SmsProvider provider;
    QVERIFY(provider.listen());
    const SmsConfig config = configFor(provider);
    provider.shutDown();
    SmsClient client;
    const DeliveryOutcome outcome = sendAndWait(client, config, text());
    QVERIFY(!outcome.isSent());
    QVERIFY(outcome.isWait());
    QCOMPARE(outcome.message, QStringLiteral("Could not reach the SMS provider at 127.0.0.1."));
}

void TestSmsClient::silentProvider_timesOutAndWaits()
{
    SmsProvider provider;
    QVERIFY(provider.listen());
    provider.queue({200, {}, true});
    SmsClient client;
    SmsConfig config = configFor(provider);
    config.timeoutMs = 700;
    const DeliveryOutcome outcome = sendAndWait(client, config, text());
    QVERIFY(!outcome.isSent());
    QVERIFY(outcome.isWait());
    QCOMPARE(outcome.message, QStringLiteral("The SMS provider did not answer within 1 second(s)."));
    QCOMPARE(provider.requests().size(), 1);
}

void TestSmsClient::incompleteSettings_waitWithASentence()
{
    SmsProvider provider;
    QVERIFY(provider.listen());
    SmsConfig config = configFor(provider);
    config.from.clear();
    SmsClient client;
    const DeliveryOutcome outcome = sendAndWait(client, config, text());
    QVERIFY(outcome.isWait());
    QCOMPARE(outcome.message, QStringLiteral("Set the sending phone number for SMS and WhatsApp (sms.from)."));
    QCOMPARE(provider.requests().size(), 0);
}

void TestSmsClient::formBody_escapesPlusSpacesAndAmpersands()
{
    QCOMPARE(SmsClient::formBody(
                 {{QStringLiteral("To"), QStringLiteral("+1 415")}, {QStringLiteral("Body"), QStringLiteral("a&b=c ü")}}),
        QByteArray("To=%2B1%20415&Body=a%26b%3Dc%20%C3%BC"));
}

LEDGERDESK_TEST_MAIN(TestSmsClient)

#include "tst_smsclient.moc"
