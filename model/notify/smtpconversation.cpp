#include "smtpconversation.h"

#include "core/logging.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QSslCipher>

namespace Ledgerdesk {

namespace {

// The sentences keep the context of SmtpClient, under which they are translated.
struct Strings
{
    Q_DECLARE_TR_FUNCTIONS(Ledgerdesk::SmtpClient)
};

// A reply longer than this without its last line is not an SMTP server talking.
constexpr qsizetype maxReplySize = 64 * 1024;
// How long a polite QUIT may take after the e-mail was accepted.
constexpr int quitGraceMs = 5000;

// Lines starting with a dot get another, and the message ends with CRLF . CRLF.
QByteArray dotStuffed(const QByteArray &message)
{
    QByteArray out;
    out.reserve(message.size() + message.size() / 64 + 8);
    if (message.startsWith('.'))
        out += '.';
    out += QByteArray(message).replace("\r\n.", "\r\n..");
    if (!out.endsWith("\r\n"))
        out += "\r\n";
    out += ".\r\n";
    return out;
}

} // namespace

SmtpConversation::SmtpConversation(QSslSocket *socket, const Options &options, QObject *parent)
    : QObject(parent)
    , m_options(options)
    , m_socket(socket)
    , m_data(dotStuffed(options.message))
{
    m_socket->setParent(this);
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &SmtpConversation::onTimeout);
    connect(m_socket, &QSslSocket::readyRead, this, &SmtpConversation::onReadyRead);
    connect(m_socket, &QSslSocket::encrypted, this, &SmtpConversation::onEncrypted);
    connect(m_socket, &QSslSocket::errorOccurred, this, &SmtpConversation::onSocketError);
    connect(m_socket, &QSslSocket::sslErrors, this, [this](const QList<QSslError> &errors) { m_sslErrors = errors; });
    connect(m_socket, &QSslSocket::disconnected, this, &SmtpConversation::onDisconnected);
    m_timer.start(m_options.timeoutMs);
}

bool SmtpConversation::isEnvelopeAddress(const QString &address)
{
    if (address.isEmpty() || address.size() > 254 || !address.contains(QLatin1Char('@')))
        return false;
    for (QChar c : address) {
        if (c.unicode() <= 32 || c.unicode() > 126 || c == QLatin1Char('<') || c == QLatin1Char('>'))
            return false;
    }
    return true;
}

void SmtpConversation::onReadyRead()
{
    m_buffer += m_socket->readAll();
    while (!m_finished) {
        const qsizetype end = m_buffer.indexOf('\n');
        if (end < 0) {
            if (m_buffer.size() > maxReplySize)
                finish(DeliveryOutcome::wait(
                    Strings::tr("The SMTP server sent a reply that never ends."), QString::fromUtf8(m_buffer.left(200))));
            return;
        }
        const QString line = QString::fromUtf8(m_buffer.left(end)).trimmed();
        m_buffer.remove(0, end + 1);
        bool isNumber = false;
        const int code = line.left(3).toInt(&isNumber);
        if (line.size() < 3 || !isNumber
            || (line.size() > 3 && line.at(3) != QLatin1Char('-') && line.at(3) != QLatin1Char(' '))) {
            finish(DeliveryOutcome::wait(Strings::tr("The server does not speak SMTP."), line.left(200)));
            return;
        }
        m_reply.append(line);
        if (line.size() > 3 && line.at(3) == QLatin1Char('-'))
            continue; // more lines of this reply follow
        onReply(code);
        m_reply.clear();
    }
}

void SmtpConversation::sendLine(const QByteArray &line, Step next, bool secret)
{
    qCDebug(lcNotify) << "C:" << (secret ? QByteArray("<credentials>") : line);
    m_step = next;
    m_socket->write(line + "\r\n");
}

void SmtpConversation::sendHello()
{
    const QHostAddress local = m_socket->localAddress();
    QByteArray name = "localhost";
    if (local.protocol() == QAbstractSocket::IPv4Protocol)
        name = '[' + local.toString().toLatin1() + ']';
    else if (local.protocol() == QAbstractSocket::IPv6Protocol)
        name = "[IPv6:" + local.toString().toLatin1() + ']';
    sendLine("EHLO " + name, Step::Ehlo);
}

bool SmtpConversation::offers(const QString &extension) const
{
    for (const QString &line : m_extensions) {
        if (line == extension || line.startsWith(extension + QLatin1Char(' ')) || line.startsWith(extension + QLatin1Char('=')))
            return true;
    }
    return false;
}

void SmtpConversation::onReply(int code)
{
    switch (m_step) {
    case Step::Greeting:
        if (code != 220)
            return holdBack(Strings::tr("The SMTP server did not accept the connection."));
        return sendHello();
    case Step::Ehlo:
        if (code == 250) {
            m_extensions.clear();
            for (qsizetype i = 1; i < m_reply.size(); ++i)
                m_extensions.append(m_reply.at(i).mid(4).trimmed().toUpper());
            return afterHello();
        }
        // A server from before ESMTP: HELO will do when neither TLS nor a login is needed.
        if ((code == 500 || code == 502) && !m_options.startTls && m_options.user.isEmpty()) {
            m_extensions.clear();
            return sendLine("HELO " + m_socket->localAddress().toString().toLatin1(), Step::Helo);
        }
        return holdBack(Strings::tr("The SMTP server refused the greeting (EHLO)."));
    case Step::Helo:
        if (code != 250)
            return holdBack(Strings::tr("The SMTP server refused the greeting (HELO)."));
        return afterHello();
    case Step::StartTls:
        if (code != 220)
            return holdBack(Strings::tr("The SMTP server refused to start TLS."));
        m_buffer.clear(); // nothing sent before the handshake may count after it
        m_socket->startClientEncryption();
        return; // onEncrypted() greets again
    case Step::AuthPlain:
        if (code == 334) { // a server that wants the credentials on their own line
            const QByteArray credentials = '\0' + m_options.user.toUtf8() + '\0' + m_options.password.toUtf8();
            return sendLine(credentials.toBase64(), Step::AuthPlainResponse, true);
        }
        Q_FALLTHROUGH();
    case Step::AuthPlainResponse:
    case Step::AuthLoginPassword:
        if (code == 235)
            return sendMailFrom();
        if (code == 535 || code == 534 || code == 530)
            return holdBack(Strings::tr("The SMTP server refused the user name or password (smtp.user, smtp.password)."));
        return holdBack(Strings::tr("The SMTP server did not accept the login."));
    case Step::AuthLogin:
        if (code != 334)
            return holdBack(Strings::tr("The SMTP server did not accept the login."));
        return sendLine(m_options.user.toUtf8().toBase64(), Step::AuthLoginUser, true);
    case Step::AuthLoginUser:
        if (code != 334)
            return holdBack(Strings::tr("The SMTP server refused the user name or password (smtp.user, smtp.password)."));
        return sendLine(m_options.password.toUtf8().toBase64(), Step::AuthLoginPassword, true);
    case Step::MailFrom:
        if (code != 250)
            return holdBack(Strings::tr("The SMTP server refused the sender address %1 (smtp.from).").arg(m_options.sender));
        return sendLine("RCPT TO:<" + m_options.recipient.toLatin1() + '>', Step::RcptTo);
    case Step::RcptTo:
        if (code != 250 && code != 251)
            return refuseMessage(code, Strings::tr("The SMTP server refused the recipient %1.").arg(m_options.recipient));
        return sendLine("DATA", Step::Data);
    case Step::Data:
        if (code != 354)
            return refuseMessage(code, Strings::tr("The SMTP server refused to take the e-mail."));
        qCDebug(lcNotify) << "C: <message of" << m_data.size() << "bytes>";
        m_step = Step::Message;
        m_socket->write(m_data);
        return;
    case Step::Message:
        if (code != 250)
            return refuseMessage(code, Strings::tr("The SMTP server refused the e-mail."));
        return finish(DeliveryOutcome::sent(replyText()));
    case Step::Quit:
        m_socket->disconnectFromHost();
        return;
    }
}

void SmtpConversation::afterHello()
{
    if (m_options.startTls && !m_socket->isEncrypted()) {
        if (!offers(QStringLiteral("STARTTLS")))
            return finish(DeliveryOutcome::wait(
                Strings::tr("The SMTP server does not offer STARTTLS, so the e-mail was not sent unencrypted.")));
        return sendLine("STARTTLS", Step::StartTls);
    }
    if (!m_options.user.isEmpty())
        return authenticate();
    sendMailFrom();
}

void SmtpConversation::sendMailFrom()
{
    sendLine("MAIL FROM:<" + m_options.sender.toLatin1() + '>', Step::MailFrom);
}

void SmtpConversation::authenticate()
{
    QStringList mechanisms;
    for (const QString &line : std::as_const(m_extensions)) {
        if (line.startsWith(QLatin1String("AUTH ")) || line.startsWith(QLatin1String("AUTH=")))
            mechanisms += line.mid(5).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    }
    if (mechanisms.contains(QLatin1String("PLAIN"))) {
        const QByteArray credentials = '\0' + m_options.user.toUtf8() + '\0' + m_options.password.toUtf8();
        return sendLine("AUTH PLAIN " + credentials.toBase64(), Step::AuthPlain, true);
    }
    if (mechanisms.contains(QLatin1String("LOGIN")))
        return sendLine("AUTH LOGIN", Step::AuthLogin);
    if (mechanisms.isEmpty())
        return finish(DeliveryOutcome::wait(
            Strings::tr("The SMTP server does not offer a login on this connection; it may need TLS first, or no user name "
                        "(smtp.user).")));
    finish(DeliveryOutcome::wait(Strings::tr("The SMTP server offers no login method Ledgerdesk knows (PLAIN, LOGIN)."),
        QStringLiteral("AUTH ") + mechanisms.join(QLatin1Char(' '))));
}

void SmtpConversation::onEncrypted()
{
    qCDebug(lcNotify) << "TLS with" << m_options.host << m_socket->sessionCipher().name();
    if (m_step == Step::StartTls)
        sendHello(); // RFC 3207: forget what the server said before TLS and ask again
}

void SmtpConversation::onSocketError(QAbstractSocket::SocketError error)
{
    if (m_finished)
        return;
    const QString where = QStringLiteral("%1:%2").arg(m_options.host).arg(m_options.port);
    switch (error) {
    case QAbstractSocket::ConnectionRefusedError:
        return finish(
            DeliveryOutcome::wait(Strings::tr("Could not connect to the SMTP server at %1: nothing answers there.").arg(where),
                m_socket->errorString()));
    case QAbstractSocket::HostNotFoundError:
        return finish(DeliveryOutcome::wait(
            Strings::tr("The SMTP server %1 could not be found.").arg(m_options.host), m_socket->errorString()));
    case QAbstractSocket::SslHandshakeFailedError:
        if (!m_sslErrors.isEmpty()) {
            QStringList reasons;
            for (const QSslError &sslError : std::as_const(m_sslErrors))
                reasons.append(sslError.errorString());
            reasons.removeDuplicates();
            return finish(DeliveryOutcome::wait(
                Strings::tr("The certificate of the SMTP server %1 could not be verified: %2. Give its certificate "
                            "authority in smtp.ca_file.")
                    .arg(m_options.host, reasons.join(QStringLiteral("; "))),
                m_socket->errorString()));
        }
        return finish(DeliveryOutcome::wait(
            Strings::tr("The TLS handshake with the SMTP server %1 failed.").arg(where), m_socket->errorString()));
    case QAbstractSocket::RemoteHostClosedError:
        return finish(DeliveryOutcome::wait(
            Strings::tr("The SMTP server %1 closed the connection before the e-mail was accepted.").arg(where),
            replyText().isEmpty() ? m_socket->errorString() : replyText()));
    default:
        return finish(DeliveryOutcome::wait(
            Strings::tr("The connection to the SMTP server %1 failed.").arg(where), m_socket->errorString()));
    }
}

void SmtpConversation::onDisconnected()
{
    if (!m_finished) {
        finish(DeliveryOutcome::wait(
            Strings::tr("The SMTP server %1 closed the connection before the e-mail was accepted.").arg(m_options.host)));
        return;
    }
    deleteLater();
}

void SmtpConversation::onTimeout()
{
    if (m_finished) { // QUIT took too long; the e-mail is long accepted
        m_socket->abort();
        deleteLater();
        return;
    }
    const int seconds = qMax(1, m_options.timeoutMs / 1000);
    finish(DeliveryOutcome::wait(
        Strings::tr("The SMTP server %1 did not complete the exchange within %n second(s).", nullptr, seconds)
            .arg(m_options.host),
        m_reply.isEmpty() ? QString() : replyText()));
}

void SmtpConversation::holdBack(const QString &sentence)
{
    finish(DeliveryOutcome::wait(sentence, replyText()));
}

void SmtpConversation::refuseMessage(int code, const QString &sentence)
{
    // Replies that name the sender's set-up, not this e-mail, hold every e-mail back alike.
    if (code == 530)
        return holdBack(Strings::tr("The SMTP server wants a login before it takes e-mail (smtp.user, smtp.password)."));
    if (code >= 500 && replyText().contains(QLatin1String("relay"), Qt::CaseInsensitive))
        return holdBack(Strings::tr("The SMTP server does not pass e-mail on for Ledgerdesk (relaying denied); it may want a "
                                    "login (smtp.user, smtp.password) or another server (smtp.url)."));
    // RFC 5321 4.5.3.1.10: a 552 to RCPT TO means too many recipients, to be tried again later.
    const bool permanent = code >= 500 && code < 600 && !(code == 552 && m_step == Step::RcptTo);
    finish(permanent ? DeliveryOutcome::refused(sentence, replyText()) : DeliveryOutcome::wait(sentence, replyText()));
}

void SmtpConversation::finish(const DeliveryOutcome &outcome)
{
    if (m_finished)
        return;
    m_finished = true;
    m_timer.stop();
    Q_EMIT finished(outcome);

    if (outcome.isSent() && m_socket->state() == QAbstractSocket::ConnectedState) {
        sendLine("QUIT", Step::Quit);
        m_timer.start(quitGraceMs);
    } else {
        m_socket->abort();
        deleteLater();
    }
}

} // namespace Ledgerdesk
