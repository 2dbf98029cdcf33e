#include "smtpclient.h"

#include "core/logging.h"
#include "smtpconversation.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QPointer>
#include <QSslConfiguration>
#include <QSslSocket>
#include <QTimer>

namespace Ledgerdesk {

namespace {

struct Strings
{
    Q_DECLARE_TR_FUNCTIONS(Ledgerdesk::SmtpClient)
};

} // namespace

SmtpClient::SmtpClient(QObject *parent)
    : QObject(parent)
{ }

SmtpClient::~SmtpClient() = default;

int SmtpClient::activeExchanges() const
{
    return m_active;
}

void SmtpClient::send(const SmtpConfig &config, const Mail &mail)
{
    start(config, mail, {});
}

void SmtpClient::sendEmail(const SmtpConfig &config, const OutboxMessage &message, DeliveryCallback done)
{
    Mail mail;
    mail.id = message.id;
    mail.from = config.from;
    mail.to = message.recipient;
    mail.subject = message.subject;
    mail.text = message.bodyText;
    mail.html = message.bodyHtml;
    mail.date = QDateTime::currentDateTimeUtc();
    start(config, mail, std::move(done));
}

void SmtpClient::start(const SmtpConfig &config, const Mail &mail, DeliveryCallback done)
{
    ++m_active;
    const auto refuseLater = [&](const DeliveryOutcome &outcome) {
        QTimer::singleShot(
            0, this, [this, id = mail.id, to = mail.to, outcome, done = std::move(done)] { report(id, to, outcome, done); });
    };
    // What is wrong with the settings holds every e-mail back and is fixed there: the mail waits. Only
    // a recipient no server can be given is this mail's own problem.
    if (const QString problem = config.problem(); !problem.isEmpty())
        return refuseLater(DeliveryOutcome::wait(problem));
    if (!SmtpConversation::isEnvelopeAddress(mail.to))
        return refuseLater(
            DeliveryOutcome::refused(Strings::tr("\"%1\" is not an e-mail address a mail server can be given.").arg(mail.to)));
    const QString from = addressOf(mail.from);
    if (!SmtpConversation::isEnvelopeAddress(from))
        return refuseLater(DeliveryOutcome::wait(
            Strings::tr("The sender \"%1\" is not an e-mail address a mail server can be given (smtp.from).").arg(mail.from)));
    const QString scheme = config.url.scheme();
    const bool implicitTls = scheme == QLatin1String("smtps");
    const bool startTls = scheme == QLatin1String("smtp+starttls");
    if ((implicitTls || startTls) && !QSslSocket::supportsSsl())
        return refuseLater(DeliveryOutcome::wait(Strings::tr("TLS is not available on this machine (OpenSSL is missing)."),
            QSslSocket::sslLibraryBuildVersionString()));

    QString problem;
    QSslSocket *socket = createSocket(config, &problem);
    if (!socket)
        return refuseLater(DeliveryOutcome::wait(problem));

    SmtpConversation::Options options;
    options.host = config.url.host();
    options.port = config.port();
    options.startTls = startTls;
    options.user = config.user;
    options.password = config.password;
    options.sender = from;
    options.recipient = mail.to;
    options.message = composeMessage(mail);
    options.timeoutMs = config.timeoutMs;
    auto *conversation = new SmtpConversation(socket, options, this);
    connect(conversation, &SmtpConversation::finished, this,
        [this, id = mail.id, to = mail.to, done = std::move(done)](
            const DeliveryOutcome &outcome) { report(id, to, outcome, done); });

    qCDebug(lcNotify) << "connecting to" << config.url.toDisplayString(QUrl::RemoveUserInfo) << "for" << mail.id;
    if (implicitTls)
        socket->connectToHostEncrypted(options.host, quint16(options.port));
    else
        socket->connectToHost(options.host, quint16(options.port));
}

QSslSocket *SmtpClient::createSocket(const SmtpConfig &config, QString *problem)
{
    QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
    if (!config.caFile.isEmpty()) {
        const QList<QSslCertificate> authorities = authoritiesWith(config.caFile, problem);
        if (!problem->isEmpty())
            return nullptr;
        ssl.setCaCertificates(authorities);
    }
    if (config.verifyPeer) {
        ssl.setPeerVerifyMode(QSslSocket::VerifyPeer);
    } else {
        ssl.setPeerVerifyMode(QSslSocket::VerifyNone);
        const QString host = config.url.host();
        if (m_warnedVerifyOffFor != host) {
            qCWarning(lcNotify).noquote() << "the certificate of the SMTP server" << host
                                          << "is NOT verified (smtp.verify_peer is false)";
            m_warnedVerifyOffFor = host;
        }
    }
    auto *socket = new QSslSocket;
    socket->setSslConfiguration(ssl);
    return socket;
}

void SmtpClient::report(const QString &mailId, const QString &recipient, const DeliveryOutcome &outcome, DeliveryCallback done)
{
    --m_active;
    if (outcome.isSent())
        qCInfo(lcNotify).noquote() << "e-mail" << mailId << "to" << recipient << "accepted:" << outcome.providerRef;
    else
        qCWarning(lcNotify).noquote() << "e-mail" << mailId << "to" << recipient << "not sent:" << outcome.describe();
    // Reported from the event loop, outside the socket's signal handlers, since a handler may delete
    // this client (and its conversations with it).
    QTimer::singleShot(0, this, [client = QPointer<SmtpClient>(this), mailId, outcome, done = std::move(done)] {
        if (done)
            done(outcome);
        if (client)
            Q_EMIT client->finished(mailId, outcome);
    });
}

QList<QSslCertificate> SmtpClient::authoritiesWith(const QString &caFile, QString *problem)
{
    const QFileInfo info(caFile);
    const QString key = caFile + QLatin1Char('@') + QString::number(info.lastModified().toMSecsSinceEpoch());
    if (key == m_authoritiesKey)
        return m_authorities;
    if (!info.isReadable()) {
        *problem = Strings::tr("The CA file %1 cannot be read (smtp.ca_file).").arg(caFile);
        return {};
    }
    QSslConfiguration config;
    config.setCaCertificates(QSslConfiguration::systemCaCertificates());
    if (!config.addCaCertificates(caFile)) {
        *problem = Strings::tr("The CA file %1 holds no certificate in PEM format (smtp.ca_file).").arg(caFile);
        return {};
    }
    m_authoritiesKey = key;
    m_authorities = config.caCertificates();
    return m_authorities;
}

QString SmtpClient::addressOf(const QString &mailbox)
{
    return MimeMessage::addressOf(mailbox);
}

QByteArray SmtpClient::composeMessage(const Mail &mail)
{
    return mail.toBytes();
}

} // namespace Ledgerdesk
