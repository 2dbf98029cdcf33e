#include "clients/client.h"
#include "core/ids.h"
#include "notify/notifier.h"
#include "notify/notifysettings.h"
#include "notify/outboxrepository.h"
#include "notify/outboxwriter.h"
#include "notify/smsclient.h"
#include "notify/smtpclient.h"
#include "settings/settings.h"
#include "smsprovider.h"
#include "smtptestserver.h"
#include "support/backendtest.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Ledgerdesk;
using namespace Ledgerdesk::Test;

namespace {

constexpr qint64 backoffBaseMs = 30'000;

Client client(const QStringList &channels)
{
    Client c;
    c.id = QStringLiteral("client-ada");
    c.firstName = QStringLiteral("Ada");
    c.lastName = QStringLiteral("Lovelace");
    c.email = QStringLiteral("ada@example.com");
    c.phone = QStringLiteral("+4915112345678");
    c.channels = channels;
    c.locale = QStringLiteral("en_US");
    return c;
}

QJsonObject deposit(const QString &amount = QStringLiteral("1000.00"), const QString &balance = QStringLiteral("5000.00"))
{
    return {{QStringLiteral("amount"), amount}, {QStringLiteral("balance"), balance},
        {QStringLiteral("currency"), QStringLiteral("USD")}};
}

// "sent 1, failed 0, dead 0, waiting 0" for comparisons that say what differed.
QString summary(const NotifierRound &round)
{
    return QStringLiteral("sent %1, failed %2, dead %3, waiting %4%5")
        .arg(round.sent)
        .arg(round.failed)
        .arg(round.dead)
        .arg(round.waiting)
        .arg(round.error.isEmpty() ? QString() : QStringLiteral(", error: ") + round.error);
}

QString counts(int sent, int failed, int dead, int waiting)
{
    NotifierRound round;
    round.sent = sent;
    round.failed = failed;
    round.dead = dead;
    round.waiting = waiting;
    return summary(round);
}

} // namespace

class TestNotifier : public BackendTest
{
    Q_OBJECT

public:
    using BackendTest::BackendTest;

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void round_sendsEmailSmsAndWhatsAppThroughRealServers();
    void sentRows_areNeverSentAgain();
    void mailServerDown_rowWaitsWithBackoff_thenGoesOutExactlyOnce();
    void smsProviderRefuses_rowIsDeadAtOnceWithTheProvidersWords();
    void smsProviderFails_rowIsRetriedAndSent();
    void repeatedFailures_makeTheRowDeadAfterMaxAttempts_andResendRevivesIt();
    void wrongSmtpPassword_isDeadAtOnceWithASentence();
    void startTls_trustsTheCaFileSetting_andFailsWithoutIt();
    void channelNotSetUp_rowsWait_untilConfigSetMakesThemGo();
    void runningNotifier_sendsNewRowsByItself();
    void twoNotifiersOnOneBook_sendEveryRowOnce();

private:
    std::unique_ptr<Notifier> makeNotifier(Database &db);
    Settings settings(Database &db) { return Settings(db, SecretStore(m_dir.filePath(QStringLiteral("secrets.json")))); }
    bool configureSmtp(Database &db, int port);
    bool configureSms(Database &db);
    bool write(Database &db, const QStringList &channels, const QString &amount = QStringLiteral("1000.00"));
    OutboxMessage only(Database &db, OutboxChannel channel);

    QTemporaryDir m_dir;
    qint64 m_now = 0;
    std::unique_ptr<SmtpTestServer> m_smtp;
    std::unique_ptr<SmsProvider> m_sms;
};

void TestNotifier::initTestCase()
{
    QVERIFY2(m_dir.isValid(), qPrintable(m_dir.errorString()));
}

void TestNotifier::init()
{
    static int run = 0;
    ++run;
    m_now = Ids::nowMs();
    QFile::remove(m_dir.filePath(QStringLiteral("secrets.json")));
    m_smtp = std::make_unique<SmtpTestServer>(m_dir.filePath(QStringLiteral("mail-%1").arg(run)));
    m_sms = std::make_unique<SmsProvider>();
    QVERIFY(m_sms->listen());
}

void TestNotifier::cleanup()
{
    m_smtp.reset();
    m_sms.reset();
}

std::unique_ptr<Notifier> TestNotifier::makeNotifier(Database &db)
{
    Notifier::Options options;
    options.pollIntervalMs = 100;
    options.backoffBaseMs = backoffBaseMs;
    options.backoffMaxMs = 8 * backoffBaseMs;
    options.clock = [this] { return m_now; };
    return std::make_unique<Notifier>(db, settings(db), std::make_unique<SmtpClient>(), std::make_unique<SmsClient>(), options);
}

bool TestNotifier::configureSmtp(Database &db, int port)
{
    Settings s = settings(db);
    return s.setValue(NotifySettings::smtpUrl, QStringLiteral("smtp://127.0.0.1:%1").arg(port)).isOk()
        && s.setValue(NotifySettings::smtpFrom, QStringLiteral("Ledgerdesk Bank <noreply@bank.example>")).isOk();
}

bool TestNotifier::configureSms(Database &db)
{
    Settings s = settings(db);
    return s.setValue(NotifySettings::smsBaseUrl, m_sms->baseUrl().toString()).isOk()
        && s.setValue(NotifySettings::smsAccount, QStringLiteral("AC42")).isOk()
        && s.setValue(NotifySettings::smsToken, QStringLiteral("token-42")).isOk()
        && s.setValue(NotifySettings::smsFrom, QStringLiteral("+14155550100")).isOk();
}

bool TestNotifier::write(Database &db, const QStringList &channels, const QString &amount)
{
    return OutboxWriter()
        .write(db, client(channels), QStringLiteral("deposit"), deposit(amount), QStringLiteral("msg-1"), m_now)
        .isOk();
}

OutboxMessage TestNotifier::only(Database &db, OutboxChannel channel)
{
    auto rows = OutboxRepository(db).list(std::nullopt, 0, 100);
    if (rows) {
        for (const OutboxMessage &row : std::as_const(*rows)) {
            if (row.channel == channel)
                return row;
        }
    }
    return {};
}

void TestNotifier::round_sendsEmailSmsAndWhatsAppThroughRealServers()
{
    LD_OPEN_BOOKS(books, testBooks());
    QVERIFY2(m_smtp->start(), qPrintable(m_smtp->errorString()));
    QVERIFY(configureSmtp(books->db(), m_smtp->port()));
    QVERIFY(configureSms(books->db()));
    QVERIFY(write(books->db(), {QStringLiteral("email"), QStringLiteral("sms"), QStringLiteral("whatsapp")}));
    auto notifier = makeNotifier(books->db());
    QSignalSpy finished(notifier.get(), &Notifier::roundFinished);
    QSignalSpy updated(notifier.get(), &Notifier::notificationUpdated);

    const NotifierRound round = notifier->runOnce();
    QCOMPARE(summary(round), counts(3, 0, 0, 0));
    QCOMPARE(finished.size(), 1);
    QCOMPARE(finished.first().at(0).value<NotifierRound>().sent, 3);
    QCOMPARE(updated.size(), 3);

    const OutboxMessage email = only(books->db(), OutboxChannel::Email);
    QCOMPARE(email.status, OutboxStatus::Sent);
    QCOMPARE(email.sentAtMs, m_now);
    QCOMPARE(email.attempts, 1);
    QVERIFY2(email.providerRef.contains(QLatin1String("queued as mail-0001")), qPrintable(email.providerRef));
    const QList<QJsonObject> mails = m_smtp->mails();
    QCOMPARE(mails.size(), 1);
    QCOMPARE(mails.first().value(QStringLiteral("message_id")).toString(), QStringLiteral("<%1@ledgerdesk>").arg(email.id));
    QCOMPARE(mails.first().value(QStringLiteral("subject")).toString(), QStringLiteral("Deposit received"));
    QCOMPARE(mails.first().value(QStringLiteral("rcpt_tos")).toArray(), QJsonArray {QStringLiteral("ada@example.com")});
    QCOMPARE(mails.first().value(QStringLiteral("text")).toString(), email.bodyText);
    QCOMPARE(mails.first().value(QStringLiteral("html")).toString(), email.bodyHtml);

    QCOMPARE(m_sms->requests().size(), 2);
    QStringList recipients;
    for (const SmsProvider::Request &request : m_sms->requests()) {
        recipients << request.form().value(QStringLiteral("To"));
        QCOMPARE(request.form().value(QStringLiteral("Body")),
            QStringLiteral("Your deposit of $1,000.00 was successful. Your new balance is $5,000.00."));
        QCOMPARE(request.headers.value("authorization"), "Basic " + QByteArray("AC42:token-42").toBase64());
    }
    recipients.sort();
    QCOMPARE(recipients, (QStringList {QStringLiteral("+4915112345678"), QStringLiteral("whatsapp:+4915112345678")}));
    const OutboxMessage sms = only(books->db(), OutboxChannel::Sms);
    const OutboxMessage whatsApp = only(books->db(), OutboxChannel::WhatsApp);
    QCOMPARE(sms.status, OutboxStatus::Sent);
    QCOMPARE(whatsApp.status, OutboxStatus::Sent);
    QVERIFY(m_sms->sids().contains(sms.providerRef));
    QVERIFY(m_sms->sids().contains(whatsApp.providerRef));
    QVERIFY(sms.providerRef != whatsApp.providerRef);
}

void TestNotifier::sentRows_areNeverSentAgain()
{
    LD_OPEN_BOOKS(books, testBooks());
    QVERIFY2(m_smtp->start(), qPrintable(m_smtp->errorString()));
    QVERIFY(configureSmtp(books->db(), m_smtp->port()));
    QVERIFY(configureSms(books->db()));
    QVERIFY(write(books->db(), {QStringLiteral("email"), QStringLiteral("sms")}));
    auto notifier = makeNotifier(books->db());
    QCOMPARE(summary(notifier->runOnce()), counts(2, 0, 0, 0));
    for (int round = 0; round < 3; ++round) {
        m_now += 24 * 3'600'000LL;
        QCOMPARE(summary(notifier->runOnce()), counts(0, 0, 0, 0));
    }
    QCOMPARE(m_smtp->mailCount(), 1);
    QCOMPARE(m_sms->requests().size(), 1);
}

void TestNotifier::mailServerDown_rowWaitsWithBackoff_thenGoesOutExactlyOnce()
{
    LD_OPEN_BOOKS(books, testBooks());
    QVERIFY2(m_smtp->start(), qPrintable(m_smtp->errorString()));
    const int port = m_smtp->port();
    m_smtp->stop(); // the mail server is down when the change is made
    QVERIFY(configureSmtp(books->db(), port));
    QVERIFY(write(books->db(), {QStringLiteral("email")}));
    auto notifier = makeNotifier(books->db());

    QCOMPARE(summary(notifier->runOnce()), counts(0, 1, 0, 0));
    OutboxMessage row = only(books->db(), OutboxChannel::Email);
    QCOMPARE(row.status, OutboxStatus::Failed);
    QCOMPARE(row.attempts, 1);
    QVERIFY2(row.lastError.startsWith(QStringLiteral("Could not connect to the SMTP server at 127.0.0.1:%1").arg(port)),
        qPrintable(row.lastError));
    const qint64 wait = row.nextAttemptAtMs - m_now;
    QVERIFY2(wait >= backoffBaseMs / 2 && wait <= backoffBaseMs, qPrintable(QString::number(wait)));

    // Back up, but the backoff has not passed: nothing is tried.
    SmtpTestServer::Options samePort;
    samePort.port = port;
    QVERIFY2(m_smtp->start(samePort), qPrintable(m_smtp->errorString()));
    QCOMPARE(summary(notifier->runOnce()), counts(0, 0, 0, 0));
    QCOMPARE(m_smtp->mailCount(), 0);

    m_now = row.nextAttemptAtMs;
    QCOMPARE(summary(notifier->runOnce()), counts(1, 0, 0, 0));
    row = only(books->db(), OutboxChannel::Email);
    QCOMPARE(row.status, OutboxStatus::Sent);
    QCOMPARE(row.attempts, 2);
    QCOMPARE(row.lastError, QString());
    m_now += 3'600'000;
    QCOMPARE(summary(notifier->runOnce()), counts(0, 0, 0, 0));
    QCOMPARE(m_smtp->mailCount(), 1);
    QCOMPARE(
        m_smtp->mails().first().value(QStringLiteral("message_id")).toString(), QStringLiteral("<%1@ledgerdesk>").arg(row.id));
}

void TestNotifier::smsProviderRefuses_rowIsDeadAtOnceWithTheProvidersWords()
{
    LD_OPEN_BOOKS(books, testBooks());
    QVERIFY(configureSms(books->db()));
    m_sms->queue({400,
        R"({"code": 21211, "message": "The 'To' number +4915112345678 is not a valid phone number.", "status": 400})", false});
    QVERIFY(write(books->db(), {QStringLiteral("sms")}));
    auto notifier = makeNotifier(books->db());
    QSignalSpy updated(notifier.get(), &Notifier::notificationUpdated);

    QCOMPARE(summary(notifier->runOnce()), counts(0, 0, 1, 0));
    const OutboxMessage row = only(books->db(), OutboxChannel::Sms);
    QCOMPARE(row.status, OutboxStatus::Dead);
    QCOMPARE(row.attempts, 1);
    QCOMPARE(row.lastError,
        QStringLiteral("The SMS provider refused the message. (HTTP 400: The 'To' number +4915112345678 is not a "
                       "valid phone number. [code 21211])"));
    QCOMPARE(updated.size(), 1);
    QCOMPARE(updated.first().at(1).value<OutboxStatus>(), OutboxStatus::Dead);
    m_now += 24 * 3'600'000LL;
    QCOMPARE(summary(notifier->runOnce()), counts(0, 0, 0, 0));
    QCOMPARE(m_sms->requests().size(), 1);
}

void TestNotifier::smsProviderFails_rowIsRetriedAndSent()
{
    LD_OPEN_BOOKS(books, testBooks());
    QVERIFY(configureSms(books->db()));
    m_sms->queue({500, "upstream timeout", false});
    QVERIFY(write(books->db(), {QStringLiteral("whatsapp")}));
    auto notifier = makeNotifier(books->db());

    QCOMPARE(summary(notifier->runOnce()), counts(0, 1, 0, 0));
    OutboxMessage row = only(books->db(), OutboxChannel::WhatsApp);
    QCOMPARE(row.status, OutboxStatus::Failed);
    QCOMPARE(row.lastError, QStringLiteral("The SMS provider failed to take the message. (HTTP 500: upstream timeout)"));
    m_now = row.nextAttemptAtMs;
    QCOMPARE(summary(notifier->runOnce()), counts(1, 0, 0, 0));
    row = only(books->db(), OutboxChannel::WhatsApp);
    QCOMPARE(row.status, OutboxStatus::Sent);
    QCOMPARE(row.providerRef, m_sms->sids().value(0));
    QCOMPARE(m_sms->requests().size(), 2);
    QCOMPARE(m_sms->requests().at(1).form().value(QStringLiteral("To")), QStringLiteral("whatsapp:+4915112345678"));
}

void TestNotifier::repeatedFailures_makeTheRowDeadAfterMaxAttempts_andResendRevivesIt()
{
    LD_OPEN_BOOKS(books, testBooks());
    QVERIFY(configureSms(books->db()));
    LD_VERIFY_OK(settings(books->db()).setValue(NotifySettings::maxAttempts, QStringLiteral("3")));
    for (int i = 0; i < 3; ++i)
        m_sms->queue({503, "maintenance", false});
    QVERIFY(write(books->db(), {QStringLiteral("sms")}));
    auto notifier = makeNotifier(books->db());

    QCOMPARE(summary(notifier->runOnce()), counts(0, 1, 0, 0));
    m_now = only(books->db(), OutboxChannel::Sms).nextAttemptAtMs;
    QCOMPARE(summary(notifier->runOnce()), counts(0, 1, 0, 0));
    const OutboxMessage second = only(books->db(), OutboxChannel::Sms);
    QCOMPARE(second.attempts, 2);
    QVERIFY2(second.nextAttemptAtMs - m_now >= backoffBaseMs, "the second wait should be longer than the first");
    m_now = second.nextAttemptAtMs;
    QCOMPARE(summary(notifier->runOnce()), counts(0, 0, 1, 0));
    QCOMPARE(only(books->db(), OutboxChannel::Sms).status, OutboxStatus::Dead);
    m_now += 24 * 3'600'000LL;
    QCOMPARE(summary(notifier->runOnce()), counts(0, 0, 0, 0));

    // An agent presses "resend" once the provider is back.
    LD_VERIFY_OK(OutboxRepository(books->db()).resend(only(books->db(), OutboxChannel::Sms).id, m_now));
    QCOMPARE(summary(notifier->runOnce()), counts(1, 0, 0, 0));
    const OutboxMessage sent = only(books->db(), OutboxChannel::Sms);
    QCOMPARE(sent.status, OutboxStatus::Sent);
    QCOMPARE(sent.attempts, 4);
    QCOMPARE(m_sms->requests().size(), 4);
}

void TestNotifier::wrongSmtpPassword_isDeadAtOnceWithASentence()
{
    LD_OPEN_BOOKS(books, testBooks());
    SmtpTestServer::Options options;
    options.auth = QStringLiteral("bank:right");
    QVERIFY2(m_smtp->start(options), qPrintable(m_smtp->errorString()));
    QVERIFY(configureSmtp(books->db(), m_smtp->port()));
    LD_VERIFY_OK(settings(books->db()).setValue(NotifySettings::smtpUser, QStringLiteral("bank")));
    LD_VERIFY_OK(settings(books->db()).setValue(NotifySettings::smtpPassword, QStringLiteral("wrong")));
    QVERIFY(write(books->db(), {QStringLiteral("email")}));
    auto notifier = makeNotifier(books->db());

    QCOMPARE(summary(notifier->runOnce()), counts(0, 0, 1, 0));
    const OutboxMessage row = only(books->db(), OutboxChannel::Email);
    QCOMPARE(row.status, OutboxStatus::Dead);
    QVERIFY2(row.lastError.startsWith(
                 QLatin1String("The SMTP server refused the user name or password (smtp.user, smtp.password). (535")),
        qPrintable(row.lastError));

    // Fixed with `ledgerdesk config set smtp.password ...`, then resent.
    LD_VERIFY_OK(settings(books->db()).setValue(NotifySettings::smtpPassword, QStringLiteral("right")));
    LD_VERIFY_OK(OutboxRepository(books->db()).resend(row.id, m_now));
    QCOMPARE(summary(notifier->runOnce()), counts(1, 0, 0, 0));
    QCOMPARE(m_smtp->mails().value(0).value(QStringLiteral("auth_user")).toString(), QStringLiteral("bank"));
}

void TestNotifier::startTls_trustsTheCaFileSetting_andFailsWithoutIt()
{
    LD_OPEN_BOOKS(books, testBooks());
    QString error;
    QVERIFY2(SmtpTestServer::makeSelfSignedCertificate(m_dir.path(), &error), qPrintable(error));
    SmtpTestServer::Options options;
    options.tlsCert = m_dir.filePath(QStringLiteral("cert.pem"));
    options.tlsKey = m_dir.filePath(QStringLiteral("key.pem"));
    QVERIFY2(m_smtp->start(options), qPrintable(m_smtp->errorString()));
    QVERIFY(configureSmtp(books->db(), m_smtp->port()));
    Settings config = settings(books->db());
    LD_VERIFY_OK(config.setValue(NotifySettings::smtpUrl, QStringLiteral("smtp+starttls://127.0.0.1:%1").arg(m_smtp->port())));
    QVERIFY(write(books->db(), {QStringLiteral("email")}));
    auto notifier = makeNotifier(books->db());

    // The server's certificate is signed by nobody the system trusts: the row waits for a retry.
    QCOMPARE(summary(notifier->runOnce()), counts(0, 1, 0, 0));
    OutboxMessage row = only(books->db(), OutboxChannel::Email);
    QCOMPARE(row.status, OutboxStatus::Failed);
    QVERIFY2(row.lastError.startsWith(QLatin1String("The certificate of the SMTP server 127.0.0.1 could not be verified")),
        qPrintable(row.lastError));
    QCOMPARE(m_smtp->mailCount(), 0);

    // `ledgerdesk config set smtp.ca_file cert.pem`, and the retry goes out over TLS.
    LD_VERIFY_OK(config.setValue(NotifySettings::smtpCaFile, options.tlsCert));
    m_now = row.nextAttemptAtMs;
    QCOMPARE(summary(notifier->runOnce()), counts(1, 0, 0, 0));
    QCOMPARE(m_smtp->mailCount(), 1);
    QVERIFY(m_smtp->mails().first().value(QStringLiteral("tls")).toBool());
    QCOMPARE(only(books->db(), OutboxChannel::Email).status, OutboxStatus::Sent);
}

void TestNotifier::channelNotSetUp_rowsWait_untilConfigSetMakesThemGo()
{
    LD_OPEN_BOOKS(books, testBooks());
    QVERIFY2(m_smtp->start(), qPrintable(m_smtp->errorString()));
    QVERIFY(write(books->db(), {QStringLiteral("email"), QStringLiteral("sms")}));
    auto notifier = makeNotifier(books->db());

    // Nothing is set up: both rows wait, untouched.
    QTest::ignoreMessage(
        QtWarningMsg, QRegularExpression(QStringLiteral("e-mail notification\\(s\\) wait: E-mail is not set up")));
    QTest::ignoreMessage(
        QtWarningMsg, QRegularExpression(QStringLiteral("text notification\\(s\\) wait: SMS and WhatsApp are not set up")));
    QCOMPARE(summary(notifier->runOnce()), counts(0, 0, 0, 2));
    QCOMPARE(only(books->db(), OutboxChannel::Email).status, OutboxStatus::Pending);
    QCOMPARE(only(books->db(), OutboxChannel::Email).attempts, 0);

    // `ledgerdesk config set smtp.url ...` on this book: the next round picks it up.
    QVERIFY(configureSmtp(books->db(), m_smtp->port()));
    QCOMPARE(summary(notifier->runOnce()), counts(1, 0, 0, 1));
    QCOMPARE(only(books->db(), OutboxChannel::Sms).status, OutboxStatus::Pending);
    QCOMPARE(only(books->db(), OutboxChannel::Sms).attempts, 0);

    QVERIFY(configureSms(books->db()));
    QCOMPARE(summary(notifier->runOnce()), counts(1, 0, 0, 0));
    QCOMPARE(only(books->db(), OutboxChannel::Sms).status, OutboxStatus::Sent);
    QCOMPARE(m_smtp->mailCount(), 1);
}

void TestNotifier::runningNotifier_sendsNewRowsByItself()
{
    LD_OPEN_BOOKS(books, testBooks());
    QVERIFY(configureSms(books->db()));
    auto notifier = makeNotifier(books->db());
    QSignalSpy finished(notifier.get(), &Notifier::roundFinished);
    notifier->start();
    QVERIFY(notifier->isRunning());
    QTRY_VERIFY(!finished.isEmpty());

    // A change commits while the notifier polls; the next round sends it.
    QVERIFY(write(books->db(), {QStringLiteral("sms")}, QStringLiteral("12.00")));
    QTRY_COMPARE_WITH_TIMEOUT(only(books->db(), OutboxChannel::Sms).status, OutboxStatus::Sent, 5000);

    // wake() after a commit starts a round at once, and a round asked for while one runs follows it.
    QVERIFY(write(books->db(), {QStringLiteral("sms")}, QStringLiteral("13.00")));
    notifier->wake();
    QVERIFY(write(books->db(), {QStringLiteral("sms")}, QStringLiteral("14.00")));
    notifier->wake();
    QTRY_COMPARE_WITH_TIMEOUT(m_sms->requests().size(), 3, 5000);
    notifier->stop();
    QVERIFY(!notifier->isRunning());
    QTest::qWait(300);
    QCOMPARE(m_sms->requests().size(), 3);
    auto outboxCounts = OutboxRepository(books->db()).counts();
    LD_VERIFY_OK(outboxCounts);
    QCOMPARE(outboxCounts->sent, 3);
}

void TestNotifier::twoNotifiersOnOneBook_sendEveryRowOnce()
{
    LD_OPEN_BOOKS(books, testBooks());
    QVERIFY2(m_smtp->start(), qPrintable(m_smtp->errorString()));
    QVERIFY(configureSmtp(books->db(), m_smtp->port()));
    QVERIFY(configureSms(books->db()));
    constexpr int changes = 12;
    for (int i = 0; i < changes; ++i)
        QVERIFY(write(books->db(), {QStringLiteral("email"), QStringLiteral("sms")}, QStringLiteral("%1.00").arg(i + 1)));
    auto otherDb = Database::open(books->db().location());
    LD_VERIFY_OK(otherDb);

    // Two desktops on the same book, each with its own connection and notifier, send at the same time.
    auto first = makeNotifier(books->db());
    auto second = makeNotifier(**otherDb);
    QSignalSpy firstDone(first.get(), &Notifier::roundFinished);
    QSignalSpy secondDone(second.get(), &Notifier::roundFinished);
    first->sendDueOnce();
    second->sendDueOnce();
    QTRY_VERIFY_WITH_TIMEOUT(!firstDone.isEmpty() && !secondDone.isEmpty(), 20000);
    const NotifierRound a = firstDone.first().at(0).value<NotifierRound>();
    const NotifierRound b = secondDone.first().at(0).value<NotifierRound>();
    QCOMPARE(a.sent + b.sent, 2 * changes);
    QCOMPARE(a.failed + b.failed + a.dead + b.dead, 0);

    QCOMPARE(m_smtp->mailCount(), changes);
    QSet<QString> messageIds;
    for (const QJsonObject &mail : m_smtp->mails())
        messageIds.insert(mail.value(QStringLiteral("message_id")).toString());
    QCOMPARE(messageIds.size(), changes);
    QCOMPARE(m_sms->requests().size(), changes);
    auto outboxCounts = OutboxRepository(books->db()).counts();
    LD_VERIFY_OK(outboxCounts);
    QCOMPARE(outboxCounts->sent, 2 * changes);
}

LEDGERDESK_TEST_MAIN_BOTH_BACKENDS(TestNotifier)

#include "tst_notifier.moc"
