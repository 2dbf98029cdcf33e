#include "clients/client.h"
#include "core/ids.h"
#include "models/outboxmodel.h"
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
#include <QLoggingCategory>
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
    void repeatedFailures_neverMakeTheRowDead_andResendTriesAtOnce();
    void wrongSmtpPassword_waitsWithASentence_untilTheSettingIsFixed();
    void startTls_trustsTheCaFileSetting_andFailsWithoutIt();
    void mailServerDownLongerThanTheRetrySchedule_nothingIsDead_thenEveryMailGoesOutOnce();
    void relayWithoutStartTls_rowWaitsWithTheReason_untilTlsIsOffered();
    void recipientRefused_onlyThatRowIsDead_withTheServersWords();
    void channelNotSetUp_rowsWait_untilConfigSetMakesThemGo();
    void runningNotifier_sendsNewRowsByItself();
    void twoNotifiersOnOneBook_sendEveryRowOnce();

private:
    std::unique_ptr<Notifier> makeNotifier(
        Database &db, qint64 backoffBase = backoffBaseMs, qint64 backoffMax = 8 * backoffBaseMs);
    Settings settings(Database &db) { return Settings(db, SecretStore(m_dir.filePath(QStringLiteral("secrets.json")))); }
    bool configureSmtp(Database &db, int port);
    bool configureSms(Database &db);
    bool write(Database &db, const QStringList &channels, const QString &amount = QStringLiteral("1000.00"));
    OutboxMessage only(Database &db, OutboxChannel channel);
    OutboxMessage to(Database &db, const QString &recipient);

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
    QLoggingCategory::setFilterRules({});
    m_smtp.reset();
    m_sms.reset();
}

std::unique_ptr<Notifier> TestNotifier::makeNotifier(Database &db, qint64 backoffBase, qint64 backoffMax)
{
    Notifier::Options options;
    options.pollIntervalMs = 100;
    options.backoffBaseMs = backoffBase;
    options.backoffMaxMs = backoffMax;
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

OutboxMessage TestNotifier::to(Database &db, const QString &recipient)
{
    auto rows = OutboxRepository(db).list(std::nullopt, 0, 100);
    if (rows) {
        for (const OutboxMessage &row : std::as_const(*rows)) {
            if (row.recipient == recipient)
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

void TestNotifier::repeatedFailures_neverMakeTheRowDead_andResendTriesAtOnce()
{
    LD_OPEN_BOOKS(books, testBooks());
    QVERIFY(configureSms(books->db()));
    constexpr int failures = 12; // beyond every limit of attempts there used to be (8 by default)
    for (int i = 0; i < failures; ++i)
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
    for (int attempt = 3; attempt <= failures; ++attempt) {
        QCOMPARE(summary(notifier->runOnce()), counts(0, 1, 0, 0));
        const OutboxMessage row = only(books->db(), OutboxChannel::Sms);
        QCOMPARE(row.status, OutboxStatus::Failed);
        QCOMPARE(row.attempts, attempt);
        QCOMPARE(row.lastError, QStringLiteral("The SMS provider failed to take the message. (HTTP 503: maintenance)"));
        QVERIFY2(row.nextAttemptAtMs - m_now <= 8 * backoffBaseMs, "the wait is capped");
        if (attempt < failures)
            m_now = row.nextAttemptAtMs;
    }

    // The provider is back, and the row would go out at its next attempt by itself; "resend" tries at once.
    QCOMPARE(summary(notifier->runOnce()), counts(0, 0, 0, 0));
    LD_VERIFY_OK(OutboxRepository(books->db()).resend(only(books->db(), OutboxChannel::Sms).id, m_now));
    QCOMPARE(summary(notifier->runOnce()), counts(1, 0, 0, 0));
    const OutboxMessage sent = only(books->db(), OutboxChannel::Sms);
    QCOMPARE(sent.status, OutboxStatus::Sent);
    QCOMPARE(sent.attempts, failures + 1);
    QCOMPARE(sent.lastError, QString());
    QCOMPARE(m_sms->requests().size(), failures + 1);
}

void TestNotifier::wrongSmtpPassword_waitsWithASentence_untilTheSettingIsFixed()
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

    // A set-up problem holds the e-mail back, attempt after attempt; it never ends it.
    for (int attempt = 1; attempt <= 3; ++attempt) {
        QCOMPARE(summary(notifier->runOnce()), counts(0, 1, 0, 0));
        const OutboxMessage row = only(books->db(), OutboxChannel::Email);
        QCOMPARE(row.status, OutboxStatus::Failed);
        QCOMPARE(row.attempts, attempt);
        QVERIFY2(row.lastError.startsWith(
                     QLatin1String("The SMTP server refused the user name or password (smtp.user, smtp.password). (535")),
            qPrintable(row.lastError));
        m_now = row.nextAttemptAtMs;
    }
    QCOMPARE(m_smtp->mailCount(), 0);

    // Fixed with `ledgerdesk config set smtp.password ...`: the next attempt goes out by itself.
    LD_VERIFY_OK(settings(books->db()).setValue(NotifySettings::smtpPassword, QStringLiteral("right")));
    QCOMPARE(summary(notifier->runOnce()), counts(1, 0, 0, 0));
    QCOMPARE(only(books->db(), OutboxChannel::Email).status, OutboxStatus::Sent);
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

void TestNotifier::mailServerDownLongerThanTheRetrySchedule_nothingIsDead_thenEveryMailGoesOutOnce()
{
    LD_OPEN_BOOKS(books, testBooks());
    QVERIFY2(m_smtp->start(), qPrintable(m_smtp->errorString()));
    const int port = m_smtp->port();
    m_smtp->stop(); // the mail server is down when the changes are made, and stays down
    QVERIFY(configureSmtp(books->db(), port));
    constexpr int changes = 3;
    for (int i = 0; i < changes; ++i)
        QVERIFY(write(books->db(), {QStringLiteral("email")}, QStringLiteral("%1.00").arg(i + 1)));
    // The production schedule: a minute, doubling, capped at a quarter of an hour.
    const Notifier::Options production;
    auto notifier = makeNotifier(books->db(), production.backoffBaseMs, production.backoffMaxMs);
    OutboxModel model(books->db());
    const QString reason
        = QStringLiteral("Could not connect to the SMTP server at 127.0.0.1:%1: nothing answers there.").arg(port);
    // Every attempt is logged; the rounds' counts say what happened.
    QLoggingCategory::setFilterRules(QStringLiteral("ledgerdesk.notify.warning=false"));

    // Twelve hours down, then a week more: many times the one to two hours after which rows used to die.
    int rounds = 0;
    const qint64 outageStartedAt = m_now;
    const auto tryWhileDown = [&] {
        const NotifierRound round = notifier->runOnce();
        ++rounds;
        QCOMPARE(summary(round), counts(0, changes, 0, 0));
        auto rows = OutboxRepository(books->db()).list(std::nullopt, 0, 100);
        LD_VERIFY_OK(rows);
        QCOMPARE(rows->size(), changes);
        qint64 latest = 0;
        for (const OutboxMessage &row : std::as_const(*rows)) {
            QCOMPARE(row.status, OutboxStatus::Failed);
            QCOMPARE(row.attempts, rounds);
            QVERIFY2(row.lastError.startsWith(reason), qPrintable(row.lastError));
            const qint64 wait = row.nextAttemptAtMs - m_now;
            QVERIFY2(wait > 0 && wait <= production.backoffMaxMs, qPrintable(QString::number(wait)));
            if (rounds > 10)
                QVERIFY2(wait >= production.backoffMaxMs / 2, qPrintable(QString::number(wait)));
            latest = qMax(latest, row.nextAttemptAtMs);
        }
        m_now = latest; // every row is due in the next round
    };
    while (m_now < outageStartedAt + 12 * 3'600'000LL && !QTest::currentTestFailed())
        tryWhileDown();
    QVERIFY(!QTest::currentTestFailed());
    QVERIFY2(rounds >= 48, qPrintable(QString::number(rounds)));
    m_now += 7 * 24 * 3'600'000LL;
    tryWhileDown();
    QVERIFY(!QTest::currentTestFailed());

    // What the notifications page shows meanwhile: every row retrying, with the reason, none dead.
    QCOMPARE(model.reload(), QString());
    QCOMPARE(model.counts().dead, 0);
    QCOMPARE(model.counts().failed, changes);
    QCOMPARE(model.rowCount(), changes);
    for (int row = 0; row < model.rowCount(); ++row) {
        QCOMPARE(model.index(row, OutboxModel::StatusColumn).data().toString(), QStringLiteral("Retrying"));
        QVERIFY(model.index(row, OutboxModel::LastErrorColumn).data().toString().startsWith(reason));
        QVERIFY(
            model.index(row, OutboxModel::StatusColumn).data(Qt::ToolTipRole).toString().contains(QLatin1String("next attempt")));
        QCOMPARE(model.index(row, 0).data(OutboxModel::AttemptsRole).toInt(), rounds);
    }
    QCOMPARE(m_smtp->mailCount(), 0);

    // The server is back: every row goes out at its next attempt, once, and never again.
    SmtpTestServer::Options samePort;
    samePort.port = port;
    QVERIFY2(m_smtp->start(samePort), qPrintable(m_smtp->errorString()));
    QCOMPARE(summary(notifier->runOnce()), counts(changes, 0, 0, 0));
    for (int day = 0; day < 3; ++day) {
        m_now += 24 * 3'600'000LL;
        QCOMPARE(summary(notifier->runOnce()), counts(0, 0, 0, 0));
    }
    auto rows = OutboxRepository(books->db()).list(std::nullopt, 0, 100);
    LD_VERIFY_OK(rows);
    QSet<QString> expectedIds;
    for (const OutboxMessage &row : std::as_const(*rows)) {
        QCOMPARE(row.status, OutboxStatus::Sent);
        QCOMPARE(row.attempts, rounds + 1);
        QCOMPARE(row.lastError, QString());
        expectedIds.insert(QStringLiteral("<%1@ledgerdesk>").arg(row.id));
    }
    const QList<QJsonObject> mails = m_smtp->mails();
    QCOMPARE(mails.size(), changes);
    QSet<QString> deliveredIds;
    for (const QJsonObject &mail : mails)
        deliveredIds.insert(mail.value(QStringLiteral("message_id")).toString());
    QCOMPARE(deliveredIds, expectedIds);
    QCOMPARE(model.reload(), QString());
    QCOMPARE(model.counts().sent, changes);
}

void TestNotifier::relayWithoutStartTls_rowWaitsWithTheReason_untilTlsIsOffered()
{
    LD_OPEN_BOOKS(books, testBooks());
    QString error;
    QVERIFY2(SmtpTestServer::makeSelfSignedCertificate(m_dir.path(), &error), qPrintable(error));
    const QString cert = m_dir.filePath(QStringLiteral("cert.pem"));
    QVERIFY2(m_smtp->start(), qPrintable(m_smtp->errorString())); // a relay without a certificate: no STARTTLS
    const int port = m_smtp->port();
    QVERIFY(configureSmtp(books->db(), port));
    Settings config = settings(books->db());
    LD_VERIFY_OK(config.setValue(NotifySettings::smtpUrl, QStringLiteral("smtp+starttls://127.0.0.1:%1").arg(port)));
    LD_VERIFY_OK(config.setValue(NotifySettings::smtpCaFile, cert));
    QVERIFY(write(books->db(), {QStringLiteral("email")}));
    auto notifier = makeNotifier(books->db());

    for (int attempt = 1; attempt <= 12; ++attempt) {
        QCOMPARE(summary(notifier->runOnce()), counts(0, 1, 0, 0));
        const OutboxMessage row = only(books->db(), OutboxChannel::Email);
        QCOMPARE(row.status, OutboxStatus::Failed);
        QCOMPARE(row.attempts, attempt);
        QCOMPARE(
            row.lastError, QStringLiteral("The SMTP server does not offer STARTTLS, so the e-mail was not sent unencrypted."));
        QVERIFY2(row.nextAttemptAtMs - m_now <= 8 * backoffBaseMs, "the wait is capped");
        m_now = row.nextAttemptAtMs;
    }
    QCOMPARE(m_smtp->mailCount(), 0);

    // The relay is given its certificate and offers STARTTLS: the next attempt goes out, encrypted.
    SmtpTestServer::Options tls;
    tls.port = port;
    tls.tlsCert = cert;
    tls.tlsKey = m_dir.filePath(QStringLiteral("key.pem"));
    QVERIFY2(m_smtp->start(tls), qPrintable(m_smtp->errorString()));
    QCOMPARE(summary(notifier->runOnce()), counts(1, 0, 0, 0));
    QCOMPARE(m_smtp->mailCount(), 1);
    QVERIFY(m_smtp->mails().first().value(QStringLiteral("tls")).toBool());
    const OutboxMessage sent = only(books->db(), OutboxChannel::Email);
    QCOMPARE(sent.status, OutboxStatus::Sent);
    QCOMPARE(sent.attempts, 13);
}

void TestNotifier::recipientRefused_onlyThatRowIsDead_withTheServersWords()
{
    LD_OPEN_BOOKS(books, testBooks());
    SmtpTestServer::Options options;
    options.refusedRecipients = {QStringLiteral("gone@example.com")};
    QVERIFY2(m_smtp->start(options), qPrintable(m_smtp->errorString()));
    QVERIFY(configureSmtp(books->db(), m_smtp->port()));
    QVERIFY(write(books->db(), {QStringLiteral("email")}));
    Client gone = client({QStringLiteral("email")});
    gone.id = QStringLiteral("client-gone");
    gone.email = QStringLiteral("gone@example.com");
    QVERIFY(OutboxWriter().write(books->db(), gone, QStringLiteral("deposit"), deposit(), QStringLiteral("msg-2"), m_now).isOk());
    auto notifier = makeNotifier(books->db());
    QSignalSpy updated(notifier.get(), &Notifier::notificationUpdated);

    QCOMPARE(summary(notifier->runOnce()), counts(1, 0, 1, 0));
    const OutboxMessage dead = to(books->db(), QStringLiteral("gone@example.com"));
    QCOMPARE(dead.status, OutboxStatus::Dead);
    QCOMPARE(dead.attempts, 1);
    QCOMPARE(dead.lastError,
        QStringLiteral("The SMTP server refused the recipient gone@example.com. (550 5.1.1 <gone@example.com>: Recipient "
                       "address rejected: User unknown)"));
    QCOMPARE(to(books->db(), QStringLiteral("ada@example.com")).status, OutboxStatus::Sent);
    QCOMPARE(updated.size(), 2);

    // Dead is the end: it is not tried again.
    m_now += 24 * 3'600'000LL;
    QCOMPARE(summary(notifier->runOnce()), counts(0, 0, 0, 0));
    QCOMPARE(m_smtp->mailCount(), 1);
    QCOMPARE(m_smtp->mails().first().value(QStringLiteral("rcpt_tos")).toArray(), QJsonArray {QStringLiteral("ada@example.com")});
    OutboxModel model(books->db());
    QCOMPARE(model.reload(), QString());
    const int row = model.rowOf(dead.id);
    QVERIFY(row >= 0);
    QCOMPARE(model.index(row, OutboxModel::StatusColumn).data().toString(), QStringLiteral("Dead"));
    QCOMPARE(model.index(row, OutboxModel::LastErrorColumn).data().toString(), dead.lastError);
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
    // Each row says why it waits.
    QCOMPARE(only(books->db(), OutboxChannel::Email).lastError, QStringLiteral("E-mail is not set up (smtp.url is empty)."));
    QCOMPARE(only(books->db(), OutboxChannel::Sms).lastError,
        QStringLiteral("SMS and WhatsApp are not set up (sms.base_url, sms.account, sms.token, sms.from)."));
    m_now += 24 * 3'600'000LL;
    QCOMPARE(summary(notifier->runOnce()), counts(0, 0, 0, 2));
    QCOMPARE(only(books->db(), OutboxChannel::Email).status, OutboxStatus::Pending);

    // `ledgerdesk config set smtp.url ...` on this book: the next round picks it up.
    QVERIFY(configureSmtp(books->db(), m_smtp->port()));
    QCOMPARE(summary(notifier->runOnce()), counts(1, 0, 0, 1));
    QCOMPARE(only(books->db(), OutboxChannel::Sms).status, OutboxStatus::Pending);
    QCOMPARE(only(books->db(), OutboxChannel::Sms).attempts, 0);

    QVERIFY(configureSms(books->db()));
    QCOMPARE(summary(notifier->runOnce()), counts(1, 0, 0, 0));
    QCOMPARE(only(books->db(), OutboxChannel::Sms).status, OutboxStatus::Sent);
    QCOMPARE(only(books->db(), OutboxChannel::Sms).lastError, QString());
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
