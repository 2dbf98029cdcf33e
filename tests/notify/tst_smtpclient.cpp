#include "notify/smtpclient.h"
#include "smtptestserver.h"
#include "support/backendtest.h"

#include <QJsonArray>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace Ledgerdesk;
using namespace Ledgerdesk::Test;

namespace {

const QString senderMailbox = QStringLiteral("Ledgerdesk Bank <noreply@bank.example>");

SmtpClient::Mail mail(const QString &id, const QString &subject = QStringLiteral("Deposit received"))
{
    SmtpClient::Mail m;
    m.id = id;
    m.from = senderMailbox;
    m.to = QStringLiteral("ada@example.com");
    m.subject = subject;
    m.text = QStringLiteral("Dear Ada Lovelace,\n\nYour deposit of $1,000.00 was successful.\n");
    m.html = QStringLiteral("<p>Dear Ada Lovelace,</p>\n<p>Your deposit of $1,000.00 was successful.</p>\n");
    m.date = QDateTime(QDate(2026, 3, 14), QTime(15, 9, 26), Qt::UTC);
    return m;
}

SmtpConfig plainConfig(int port)
{
    SmtpConfig config;
    config.url = QUrl(QStringLiteral("smtp://127.0.0.1:%1").arg(port));
    config.from = senderMailbox;
    config.timeoutMs = 10000;
    return config;
}

} // namespace

class TestSmtpClient : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void plainSend_deliversTheExactMail();
    void sendEmail_deliversAnOutboxRowAndCallsBackOnce();
    void utf8SubjectAndBody_arriveIntact();
    void textOnlyMail_isASinglePart();
    void startTls_withTheCaFile_sendsOverTls();
    void startTls_withoutTheCa_failsWithACertificateSentence();
    void startTls_withVerificationOff_sendsAndSaysSoInTheLog();
    void startTls_notOffered_waitsWithASentence();
    void implicitTls_withTheCaFile_sendsOverTls();
    void auth_withTheRightPassword_logsIn_data();
    void auth_withTheRightPassword_logsIn();
    void auth_withAWrongPassword_waitsWithASentence();
    void auth_overPlainTextToAnotherHost_waitsWithoutConnecting();
    void serverDown_waits();
    void refusedRecipient_isClassifiedByTheReply_data();
    void refusedRecipient_isClassifiedByTheReply();
    void refusedData_isClassifiedByTheReplyCode_data();
    void refusedData_isClassifiedByTheReplyCode();
    void silentServer_timesOutAndWaits();
    void severalMailsAtOnce_allArriveOnce();

private:
    // Sends one mail and waits for its outcome; the outcome of a send that never ends fails the test.
    DeliveryOutcome sendAndWait(SmtpClient &client, const SmtpConfig &config, const SmtpClient::Mail &mail);
    bool startServer(const SmtpTestServer::Options &options = SmtpTestServer::Options());
    bool makeCertificate();

    QTemporaryDir m_dir;
    std::unique_ptr<SmtpTestServer> m_server;
    QString m_cert;
    QString m_key;
};

void TestSmtpClient::initTestCase()
{
    QVERIFY2(m_dir.isValid(), qPrintable(m_dir.errorString()));
    QString error;
    QVERIFY2(SmtpTestServer::makeSelfSignedCertificate(m_dir.path(), &error), qPrintable(error));
    m_cert = m_dir.filePath(QStringLiteral("cert.pem"));
    m_key = m_dir.filePath(QStringLiteral("key.pem"));
    qRegisterMetaType<DeliveryOutcome>();
}

void TestSmtpClient::init()
{
    static int run = 0;
    m_server = std::make_unique<SmtpTestServer>(m_dir.filePath(QStringLiteral("mail-%1").arg(++run)));
}

void TestSmtpClient::cleanup()
{
    m_server.reset();
}

bool TestSmtpClient::startServer(const SmtpTestServer::Options &options)
{
    if (m_server->start(options))
        return true;
    qWarning().noquote() << m_server->errorString();
    return false;
}

DeliveryOutcome TestSmtpClient::sendAndWait(SmtpClient &client, const SmtpConfig &config, const SmtpClient::Mail &mail)
{
    QSignalSpy finished(&client, &SmtpClient::finished);
    client.send(config, mail);
    // The outcome never comes from inside send().
    if (!finished.isEmpty())
        return DeliveryOutcome::wait(QStringLiteral("TEST: the outcome came synchronously"));
    if (!finished.wait(config.timeoutMs + 5000))
        return DeliveryOutcome::wait(QStringLiteral("TEST: no outcome"));
    QTest::qWait(20);
    if (finished.size() != 1)
        return DeliveryOutcome::wait(QStringLiteral("TEST: %1 outcomes").arg(finished.size()));
    if (finished.first().at(0).toString() != mail.id)
        return DeliveryOutcome::wait(QStringLiteral("TEST: the outcome names another mail"));
    return finished.first().at(1).value<DeliveryOutcome>();
}

void TestSmtpClient::sendEmail_deliversAnOutboxRowAndCallsBackOnce()
{
    QVERIFY(startServer());
    SmtpClient client;
    OutboxMessage row;
    row.id = QStringLiteral("01JTESTOUTBOXROW0000000000");
    row.channel = OutboxChannel::Email;
    row.recipient = QStringLiteral("grace@example.com");
    row.subject = QStringLiteral("Transfer received");
    row.bodyText = QStringLiteral("You received $200.00.\n");
    row.bodyHtml = QStringLiteral("<p>You received $200.00.</p>\n");
    std::optional<DeliveryOutcome> outcome;
    int calls = 0;
    client.sendEmail(plainConfig(m_server->port()), row, [&](const DeliveryOutcome &result) {
        outcome = result;
        ++calls;
    });
    QCOMPARE(calls, 0);
    QTRY_COMPARE_WITH_TIMEOUT(calls, 1, 10000);
    QTest::qWait(20);
    QCOMPARE(calls, 1);
    QVERIFY2(outcome->isSent(), qPrintable(outcome->describe()));
    const QJsonObject received = m_server->mails().value(0);
    QCOMPARE(received.value(QStringLiteral("from")).toString(), senderMailbox);
    QCOMPARE(received.value(QStringLiteral("to")).toString(), row.recipient);
    QCOMPARE(received.value(QStringLiteral("message_id")).toString(), QStringLiteral("<01JTESTOUTBOXROW0000000000@ledgerdesk>"));
    QCOMPARE(received.value(QStringLiteral("text")).toString(), row.bodyText);
    QCOMPARE(received.value(QStringLiteral("html")).toString(), row.bodyHtml);
    const QDateTime date = QDateTime::fromString(received.value(QStringLiteral("date")).toString(), Qt::RFC2822Date);
    QVERIFY2(
        qAbs(date.secsTo(QDateTime::currentDateTimeUtc())) < 60, qPrintable(received.value(QStringLiteral("date")).toString()));
}

void TestSmtpClient::plainSend_deliversTheExactMail()
{
    QVERIFY(startServer());
    SmtpClient client;
    QSignalSpy finished(&client, &SmtpClient::finished);
    SmtpClient::Mail m = mail(QStringLiteral("01JTESTPLAINSEND0000000000"));
    // Lines that need dot-stuffing, a line longer than a quoted-printable line, trailing blanks,
    // characters that quoted-printable escapes.
    m.text = QStringLiteral("Dear Ada Lovelace,\n\n.hidden behind a dot\n.\n..two dots\nA long line: %1 end\n"
                            "Trailing blanks   \nEquals = sign and tab\there\n")
                 .arg(QString(120, QLatin1Char('x')));
    m.html = QStringLiteral("<!DOCTYPE html>\n<html><body><p>Ada &amp; Charles</p>\n<p>.dot at the start</p></body></html>\n");

    const DeliveryOutcome outcome = sendAndWait(client, plainConfig(m_server->port()), m);
    QVERIFY2(outcome.isSent(), qPrintable(outcome.describe()));
    QVERIFY2(outcome.providerRef.contains(QLatin1String("queued as mail-0001")), qPrintable(outcome.providerRef));
    QCOMPARE(finished.size(), 1);
    QCOMPARE(finished.first().at(0).toString(), m.id);
    QCOMPARE(client.activeExchanges(), 0);

    const QList<QJsonObject> mails = m_server->mails();
    QCOMPARE(mails.size(), 1);
    const QJsonObject received = mails.first();
    QCOMPARE(received.value(QStringLiteral("mail_from")).toString(), QStringLiteral("noreply@bank.example"));
    QCOMPARE(received.value(QStringLiteral("rcpt_tos")).toArray(), QJsonArray {QStringLiteral("ada@example.com")});
    QCOMPARE(received.value(QStringLiteral("subject")).toString(), m.subject);
    QCOMPARE(received.value(QStringLiteral("to")).toString(), QStringLiteral("ada@example.com"));
    QCOMPARE(received.value(QStringLiteral("from")).toString(), senderMailbox);
    QCOMPARE(received.value(QStringLiteral("message_id")).toString(), QStringLiteral("<01JTESTPLAINSEND0000000000@ledgerdesk>"));
    QCOMPARE(received.value(QStringLiteral("date")).toString(), QStringLiteral("Sat, 14 Mar 2026 15:09:26 +0000"));
    QCOMPARE(received.value(QStringLiteral("content_type")).toString(), QStringLiteral("multipart/alternative"));
    QCOMPARE(received.value(QStringLiteral("text")).toString(), m.text);
    QCOMPARE(received.value(QStringLiteral("html")).toString(), m.html);
    const QJsonArray parts = received.value(QStringLiteral("parts")).toArray();
    QCOMPARE(parts.size(), 2);
    QCOMPARE(parts.at(0).toObject().value(QStringLiteral("type")).toString(), QStringLiteral("text/plain"));
    QCOMPARE(parts.at(1).toObject().value(QStringLiteral("type")).toString(), QStringLiteral("text/html"));
    QCOMPARE(parts.at(0).toObject().value(QStringLiteral("charset")).toString(), QStringLiteral("utf-8"));
    QVERIFY2(received.value(QStringLiteral("max_line_length")).toInt() <= 78,
        qPrintable(QString::number(received.value(QStringLiteral("max_line_length")).toInt())));
    QVERIFY(!received.value(QStringLiteral("tls")).toBool());
}

void TestSmtpClient::utf8SubjectAndBody_arriveIntact()
{
    QVERIFY(startServer());
    SmtpClient client;
    SmtpClient::Mail m = mail(QStringLiteral("01JTESTUTF8"),
        QStringLiteral("Überweisung erhalten: 1.000,00 € von Jürgen Groß – danke schön, "
                       "das ist eine lange Betreffzeile mit Umlauten äöü 🎉"));
    m.from = QStringLiteral("Bank Müller & Söhne <noreply@bank.example>");
    m.text = QStringLiteral("Guten Tag Jürgen Groß,\n\nIhre Einzahlung von 1.000,00 € war erfolgreich.\n");
    m.html = QStringLiteral("<p>Guten Tag Jürgen Groß,</p><p>1.000,00&nbsp;€ – ✓</p>\n");

    const DeliveryOutcome outcome = sendAndWait(client, plainConfig(m_server->port()), m);
    QVERIFY2(outcome.isSent(), qPrintable(outcome.describe()));
    const QJsonObject received = m_server->mails().value(0);
    QCOMPARE(received.value(QStringLiteral("subject")).toString(), m.subject);
    QCOMPARE(received.value(QStringLiteral("from")).toString(), QStringLiteral("Bank Müller & Söhne <noreply@bank.example>"));
    QCOMPARE(received.value(QStringLiteral("text")).toString(), m.text);
    QCOMPARE(received.value(QStringLiteral("html")).toString(), m.html);
    const QByteArray raw = m_server->rawMail(0);
    QVERIFY2(raw.contains("Subject: =?UTF-8?B?"), raw.left(600).constData());
    QVERIFY2(received.value(QStringLiteral("max_line_length")).toInt() <= 78,
        qPrintable(QString::number(received.value(QStringLiteral("max_line_length")).toInt())));
}

void TestSmtpClient::textOnlyMail_isASinglePart()
{
    QVERIFY(startServer());
    SmtpClient client;
    SmtpClient::Mail m = mail(QStringLiteral("01JTESTTEXTONLY"));
    m.html.clear();
    const DeliveryOutcome outcome = sendAndWait(client, plainConfig(m_server->port()), m);
    QVERIFY2(outcome.isSent(), qPrintable(outcome.describe()));
    const QJsonObject received = m_server->mails().value(0);
    QCOMPARE(received.value(QStringLiteral("content_type")).toString(), QStringLiteral("text/plain"));
    QCOMPARE(received.value(QStringLiteral("text")).toString(), m.text);
}

void TestSmtpClient::startTls_withTheCaFile_sendsOverTls()
{
    SmtpTestServer::Options options;
    options.tlsCert = m_cert;
    options.tlsKey = m_key;
    QVERIFY(startServer(options));
    SmtpClient client;
    SmtpConfig config = plainConfig(m_server->port());
    config.url.setScheme(QStringLiteral("smtp+starttls"));
    config.caFile = m_cert;

    const DeliveryOutcome outcome = sendAndWait(client, config, mail(QStringLiteral("01JTESTSTARTTLS")));
    QVERIFY2(outcome.isSent(), qPrintable(outcome.describe()));
    QCOMPARE(m_server->mailCount(), 1);
    QVERIFY(m_server->mails().first().value(QStringLiteral("tls")).toBool());
}

void TestSmtpClient::startTls_withoutTheCa_failsWithACertificateSentence()
{
    SmtpTestServer::Options options;
    options.tlsCert = m_cert;
    options.tlsKey = m_key;
    QVERIFY(startServer(options));
    SmtpClient client;
    SmtpConfig config = plainConfig(m_server->port());
    config.url.setScheme(QStringLiteral("smtp+starttls"));

    const DeliveryOutcome outcome = sendAndWait(client, config, mail(QStringLiteral("01JTESTNOCA")));
    QVERIFY(!outcome.isSent());
    QVERIFY2(outcome.isWait(), qPrintable(outcome.describe()));
    QVERIFY2(outcome.message.contains(QLatin1String("certificate of the SMTP server 127.0.0.1 could not be verified")),
        qPrintable(outcome.describe()));
    QVERIFY2(outcome.message.contains(QLatin1String("smtp.ca_file")), qPrintable(outcome.message));
    QCOMPARE(m_server->mailCount(), 0);
}

void TestSmtpClient::startTls_withVerificationOff_sendsAndSaysSoInTheLog()
{
    SmtpTestServer::Options options;
    options.tlsCert = m_cert;
    options.tlsKey = m_key;
    QVERIFY(startServer(options));
    SmtpClient client;
    SmtpConfig config = plainConfig(m_server->port());
    config.url.setScheme(QStringLiteral("smtp+starttls"));
    config.verifyPeer = false;

    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("SMTP server 127.0.0.1 is NOT verified")));
    const DeliveryOutcome outcome = sendAndWait(client, config, mail(QStringLiteral("01JTESTVERIFYOFF")));
    QVERIFY2(outcome.isSent(), qPrintable(outcome.describe()));
    QVERIFY(m_server->mails().value(0).value(QStringLiteral("tls")).toBool());
}

void TestSmtpClient::startTls_notOffered_waitsWithASentence()
{
    QVERIFY(startServer()); // a relay without a certificate, so without STARTTLS
    SmtpClient client;
    SmtpConfig config = plainConfig(m_server->port());
    config.url.setScheme(QStringLiteral("smtp+starttls"));

    const DeliveryOutcome outcome = sendAndWait(client, config, mail(QStringLiteral("01JTESTNOSTARTTLS")));
    QVERIFY2(outcome.isWait(), qPrintable(outcome.describe()));
    QCOMPARE(outcome.message, QStringLiteral("The SMTP server does not offer STARTTLS, so the e-mail was not sent unencrypted."));
    QCOMPARE(m_server->mailCount(), 0);
}

void TestSmtpClient::implicitTls_withTheCaFile_sendsOverTls()
{
    SmtpTestServer::Options options;
    options.tlsCert = m_cert;
    options.tlsKey = m_key;
    options.implicitTls = true;
    QVERIFY(startServer(options));
    SmtpClient client;
    SmtpConfig config = plainConfig(m_server->port());
    config.url.setScheme(QStringLiteral("smtps"));
    config.caFile = m_cert;

    const DeliveryOutcome outcome = sendAndWait(client, config, mail(QStringLiteral("01JTESTSMTPS")));
    QVERIFY2(outcome.isSent(), qPrintable(outcome.describe()));
    QVERIFY(m_server->mails().value(0).value(QStringLiteral("tls")).toBool());
}

void TestSmtpClient::auth_withTheRightPassword_logsIn_data()
{
    QTest::addColumn<QString>("offered");
    QTest::addColumn<bool>("overTls");
    QTest::newRow("PLAIN on loopback") << QStringLiteral("PLAIN") << false;
    QTest::newRow("LOGIN on loopback") << QStringLiteral("LOGIN") << false;
    QTest::newRow("PLAIN after STARTTLS") << QStringLiteral("PLAIN") << true;
}

void TestSmtpClient::auth_withTheRightPassword_logsIn()
{
    QFETCH(QString, offered);
    QFETCH(bool, overTls);
    SmtpTestServer::Options options;
    options.auth = QStringLiteral("agent:s3cret pass");
    options.authExclude = {offered == QLatin1String("PLAIN") ? QStringLiteral("LOGIN") : QStringLiteral("PLAIN")};
    if (overTls) {
        options.tlsCert = m_cert;
        options.tlsKey = m_key;
    }
    QVERIFY(startServer(options));
    SmtpClient client;
    SmtpConfig config = plainConfig(m_server->port());
    if (overTls) {
        config.url.setScheme(QStringLiteral("smtp+starttls"));
        config.caFile = m_cert;
    }
    config.user = QStringLiteral("agent");
    config.password = QStringLiteral("s3cret pass");

    const DeliveryOutcome outcome = sendAndWait(client, config, mail(QStringLiteral("01JTESTAUTH")));
    QVERIFY2(outcome.isSent(), qPrintable(outcome.describe()));
    QCOMPARE(m_server->mails().value(0).value(QStringLiteral("auth_user")).toString(), QStringLiteral("agent"));
    QCOMPARE(m_server->mails().value(0).value(QStringLiteral("tls")).toBool(), overTls);
}

void TestSmtpClient::auth_withAWrongPassword_waitsWithASentence()
{
    SmtpTestServer::Options options;
    options.auth = QStringLiteral("agent:s3cret");
    QVERIFY(startServer(options));
    SmtpClient client;
    SmtpConfig config = plainConfig(m_server->port());
    config.user = QStringLiteral("agent");
    config.password = QStringLiteral("guess");

    const DeliveryOutcome outcome = sendAndWait(client, config, mail(QStringLiteral("01JTESTBADAUTH")));
    QVERIFY(!outcome.isSent());
    QVERIFY2(outcome.isWait(), qPrintable(outcome.describe()));
    QCOMPARE(outcome.message, QStringLiteral("The SMTP server refused the user name or password (smtp.user, smtp.password)."));
    QVERIFY2(outcome.peerReply.startsWith(QLatin1String("535")), qPrintable(outcome.peerReply));
    QCOMPARE(m_server->mailCount(), 0);
}

void TestSmtpClient::auth_overPlainTextToAnotherHost_waitsWithoutConnecting()
{
    SmtpClient client;
    SmtpConfig config = plainConfig(25);
    config.url = QUrl(QStringLiteral("smtp://mail.example.com:25"));
    config.user = QStringLiteral("agent");
    config.password = QStringLiteral("s3cret");
    QElapsedTimer timer;
    timer.start();
    const DeliveryOutcome outcome = sendAndWait(client, config, mail(QStringLiteral("01JTESTPLAINAUTH")));
    QVERIFY2(outcome.isWait(), qPrintable(outcome.describe()));
    QVERIFY2(outcome.message.contains(QLatin1String("never sent over an unencrypted connection")), qPrintable(outcome.message));
    QVERIFY2(timer.elapsed() < 1000, "it should not have tried to connect");
}

void TestSmtpClient::serverDown_waits()
{
    QVERIFY(startServer());
    const int port = m_server->port();
    m_server->stop();
    SmtpClient client;
    const DeliveryOutcome outcome = sendAndWait(client, plainConfig(port), mail(QStringLiteral("01JTESTDOWN")));
    QVERIFY(!outcome.isSent());
    QVERIFY2(outcome.isWait(), qPrintable(outcome.describe()));
    QCOMPARE(outcome.message,
        QStringLiteral("Could not connect to the SMTP server at 127.0.0.1:%1: nothing answers there.").arg(port));
}

void TestSmtpClient::refusedRecipient_isClassifiedByTheReply_data()
{
    QTest::addColumn<QString>("reply");
    QTest::addColumn<bool>("refused");
    QTest::addColumn<QString>("message");
    const QString recipientRefused = QStringLiteral("The SMTP server refused the recipient ada@example.com.");
    QTest::newRow("550 user unknown") << QStringLiteral("550 5.1.1 <ada@example.com>: User unknown") << true << recipientRefused;
    QTest::newRow("450 mailbox busy") << QStringLiteral("450 4.2.1 Mailbox busy, try later") << false << recipientRefused;
    QTest::newRow("552 too many recipients") << QStringLiteral("552 5.5.3 Too many recipients") << false << recipientRefused;
    QTest::newRow("554 relay access denied")
        << QStringLiteral("554 5.7.1 <ada@example.com>: Relay access denied") << false
        << QStringLiteral("The SMTP server does not pass e-mail on for Ledgerdesk (relaying denied); it may want a login "
                          "(smtp.user, smtp.password) or another server (smtp.url).");
    QTest::newRow("530 login required")
        << QStringLiteral("530 5.7.0 Authentication required") << false
        << QStringLiteral("The SMTP server wants a login before it takes e-mail (smtp.user, smtp.password).");
}

void TestSmtpClient::refusedRecipient_isClassifiedByTheReply()
{
    QFETCH(QString, reply);
    QFETCH(bool, refused);
    QFETCH(QString, message);
    SmtpTestServer::Options options;
    options.refusedRecipients = {QStringLiteral("ada@example.com")};
    options.rcptReply = reply;
    QVERIFY(startServer(options));
    SmtpClient client;
    const DeliveryOutcome outcome = sendAndWait(client, plainConfig(m_server->port()), mail(QStringLiteral("01JTESTRCPT")));
    QVERIFY(!outcome.isSent());
    QCOMPARE(outcome.isRefused(), refused);
    QCOMPARE(outcome.isWait(), !refused);
    QCOMPARE(outcome.message, message);
    QCOMPARE(outcome.peerReply, reply);
    QCOMPARE(m_server->mailCount(), 0);
}

void TestSmtpClient::refusedData_isClassifiedByTheReplyCode_data()
{
    QTest::addColumn<QString>("reply");
    QTest::addColumn<bool>("refused");
    QTest::newRow("451 try later") << QStringLiteral("451 4.3.0 Mailbox busy, try later") << false;
    QTest::newRow("554 rejected") << QStringLiteral("554 5.7.1 Rejected as spam") << true;
}

void TestSmtpClient::refusedData_isClassifiedByTheReplyCode()
{
    QFETCH(QString, reply);
    QFETCH(bool, refused);
    SmtpTestServer::Options options;
    options.dataReply = reply;
    QVERIFY(startServer(options));
    SmtpClient client;
    const DeliveryOutcome outcome = sendAndWait(client, plainConfig(m_server->port()), mail(QStringLiteral("01JTESTREFUSED")));
    QVERIFY(!outcome.isSent());
    QCOMPARE(outcome.isRefused(), refused);
    QCOMPARE(outcome.isWait(), !refused);
    QCOMPARE(outcome.message, QStringLiteral("The SMTP server refused the e-mail."));
    QCOMPARE(outcome.peerReply, reply);
}

void TestSmtpClient::silentServer_timesOutAndWaits()
{
    // A fault a real SMTP server does not offer: it accepts the connection and never says a word.
    QTcpServer silent;
    QVERIFY(silent.listen(QHostAddress::LocalHost));
    SmtpClient client;
    SmtpConfig config = plainConfig(silent.serverPort());
    config.timeoutMs = 1000;
    const DeliveryOutcome outcome = sendAndWait(client, config, mail(QStringLiteral("01JTESTSILENT")));
    QVERIFY(!outcome.isSent());
    QVERIFY(outcome.isWait());
    QCOMPARE(outcome.message, QStringLiteral("The SMTP server 127.0.0.1 did not complete the exchange within 1 second(s)."));
}

void TestSmtpClient::severalMailsAtOnce_allArriveOnce()
{
    QVERIFY(startServer());
    SmtpClient client;
    QSignalSpy finished(&client, &SmtpClient::finished);
    for (int i = 0; i < 4; ++i)
        client.send(
            plainConfig(m_server->port()), mail(QStringLiteral("01JTESTMANY%1").arg(i), QStringLiteral("Mail %1").arg(i)));
    QCOMPARE(client.activeExchanges(), 4);
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 4, 10000);
    for (const QList<QVariant> &arguments : std::as_const(finished))
        QVERIFY2(
            arguments.at(1).value<DeliveryOutcome>().isSent(), qPrintable(arguments.at(1).value<DeliveryOutcome>().describe()));
    QCOMPARE(client.activeExchanges(), 0);
    QStringList subjects;
    for (const QJsonObject &received : m_server->mails())
        subjects << received.value(QStringLiteral("subject")).toString();
    subjects.sort();
    QCOMPARE(subjects,
        (QStringList {QStringLiteral("Mail 0"), QStringLiteral("Mail 1"), QStringLiteral("Mail 2"), QStringLiteral("Mail 3")}));
}

LEDGERDESK_TEST_MAIN(TestSmtpClient)

#include "tst_smtpclient.moc"
