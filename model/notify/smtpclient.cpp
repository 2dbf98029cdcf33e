#include "smtpclient.h"

#include "core/logging.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QHostAddress>
#include <QPointer>
#include <QRandomGenerator>
#include <QSslCipher>
#include <QSslConfiguration>
#include <QSslSocket>
#include <QTimer>

namespace Ledgerdesk {

namespace {

struct Strings
{
    Q_DECLARE_TR_FUNCTIONS(Ledgerdesk::SmtpClient)
};

// A reply longer than this without its last line is not an SMTP server talking.
constexpr qsizetype maxReplySize = 64 * 1024;
// RFC 2047: an encoded word is at most 75 characters; 36 bytes of UTF-8 make a 60-character word,
// which keeps "Subject: " and the word within 78 characters.
constexpr qsizetype bytesPerEncodedWord = 36;
constexpr qsizetype maxHeaderLine = 78;
// How long a polite QUIT may take after the e-mail was accepted.
constexpr int quitGraceMs = 5000;

bool needsEncoding(const QString &text)
{
    for (QChar c : text) {
        if (c.unicode() < 32 || c.unicode() > 126)
            return true;
    }
    return text.contains(QLatin1String("=?"));
}

// Unstructured header text (a subject, a display name) as RFC 2047 encoded words, folded.
QByteArray encodedWords(const QString &text)
{
    QByteArrayList words;
    QByteArray chunk;
    for (qsizetype i = 0; i < text.size();) {
        const qsizetype length = text.at(i).isHighSurrogate() && i + 1 < text.size() ? 2 : 1;
        const QByteArray bytes = text.mid(i, length).toUtf8();
        if (chunk.size() + bytes.size() > bytesPerEncodedWord) {
            words.append(chunk);
            chunk.clear();
        }
        chunk += bytes;
        i += length;
    }
    if (!chunk.isEmpty())
        words.append(chunk);
    QByteArrayList encoded;
    for (const QByteArray &word : std::as_const(words))
        encoded.append("=?UTF-8?B?" + word.toBase64() + "?=");
    return encoded.join("\r\n ");
}

// Plain ASCII text folded at spaces so that no line (with `used` characters of header name before
// it) is longer than 78 characters where a space allows it.
QByteArray foldedAscii(const QString &text, qsizetype used)
{
    const QByteArrayList words = text.toLatin1().split(' ');
    QByteArray out;
    qsizetype lineLength = used;
    for (qsizetype i = 0; i < words.size(); ++i) {
        const QByteArray &word = words.at(i);
        if (i > 0) {
            if (lineLength + 1 + word.size() > maxHeaderLine && lineLength > used) {
                out += "\r\n";
                lineLength = 0;
            }
            out += ' ';
            ++lineLength;
        }
        out += word;
        lineLength += word.size();
    }
    return out;
}

QString singleLine(const QString &text)
{
    QString line = text;
    line.replace(QLatin1Char('\r'), QLatin1Char(' '))
        .replace(QLatin1Char('\n'), QLatin1Char(' '))
        .replace(QLatin1Char('\t'), QLatin1Char(' '));
    return line.trimmed();
}

QByteArray unstructuredHeader(const char *name, const QString &value)
{
    const QString text = singleLine(value);
    const QByteArray prefix = QByteArray(name) + ": ";
    return prefix + (needsEncoding(text) ? encodedWords(text) : foldedAscii(text, prefix.size())) + "\r\n";
}

// A display name and address as a From header value: "Name" <address>, or the address alone.
QByteArray mailboxHeader(const QString &mailbox)
{
    const QString address = SmtpClient::addressOf(mailbox);
    const qsizetype open = mailbox.indexOf(QLatin1Char('<'));
    QString name = open > 0 ? singleLine(mailbox.left(open)) : QString();
    if (name.size() >= 2 && name.startsWith(QLatin1Char('"')) && name.endsWith(QLatin1Char('"')))
        name = name.mid(1, name.size() - 2);
    if (name.isEmpty())
        return address.toLatin1();
    if (needsEncoding(name))
        return encodedWords(name) + " <" + address.toLatin1() + '>';
    QString quoted = name;
    quoted.replace(QLatin1Char('\\'), QLatin1String("\\\\")).replace(QLatin1Char('"'), QLatin1String("\\\""));
    return '"' + quoted.toLatin1() + "\" <" + address.toLatin1() + '>';
}

// Text with \n, \r\n or \r line ends, as UTF-8 lines.
QByteArrayList utf8Lines(const QString &text)
{
    QString normalised = text;
    normalised.replace(QLatin1String("\r\n"), QLatin1String("\n")).replace(QLatin1Char('\r'), QLatin1Char('\n'));
    return normalised.toUtf8().split('\n');
}

// RFC 2045 quoted-printable: lines of at most 76 characters with soft breaks, CRLF hard breaks.
QByteArray quotedPrintable(const QByteArrayList &lines)
{
    static const char hex[] = "0123456789ABCDEF";
    QByteArray out;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QByteArray &line = lines.at(i);
        QByteArray current;
        for (qsizetype j = 0; j < line.size(); ++j) {
            const auto c = static_cast<unsigned char>(line.at(j));
            const bool last = j == line.size() - 1;
            QByteArray token;
            if ((c >= 33 && c <= 126 && c != '=') || ((c == ' ' || c == '\t') && !last))
                token = QByteArray(1, char(c));
            else
                token = QByteArray("=") + hex[c >> 4] + hex[c & 15];
            if (current.size() + token.size() > 75) {
                out += current + "=\r\n";
                current.clear();
            }
            current += token;
        }
        out += current;
        if (i + 1 < lines.size())
            out += "\r\n";
    }
    return out;
}

QByteArray base64Lines(const QByteArrayList &lines)
{
    const QByteArray encoded = lines.join("\r\n").toBase64();
    QByteArray out;
    for (qsizetype at = 0; at < encoded.size(); at += 76) {
        if (at > 0)
            out += "\r\n";
        out += encoded.mid(at, 76);
    }
    return out;
}

// One body part's headers and content, in whichever transfer encoding is shorter.
QByteArray bodyPart(const char *mimeType, const QString &text)
{
    const QByteArrayList lines = utf8Lines(text);
    const QByteArray qp = quotedPrintable(lines);
    const QByteArray b64 = base64Lines(lines);
    const bool useQp = qp.size() <= b64.size();
    return QByteArray("Content-Type: ") + mimeType + "; charset=UTF-8\r\n"
        + "Content-Transfer-Encoding: " + (useQp ? "quoted-printable" : "base64") + "\r\n\r\n" + (useQp ? qp : b64);
}

// A Message-ID's left part: the outbox id, kept to characters a Message-ID may carry.
QByteArray messageIdFor(const QString &id)
{
    QByteArray local;
    for (QChar c : id) {
        if (c.isLetterOrNumber() && c.unicode() < 128)
            local += char(c.unicode());
        else if (c == QLatin1Char('.') || c == QLatin1Char('-') || c == QLatin1Char('_'))
            local += char(c.unicode());
    }
    if (local.isEmpty())
        local = QByteArray::number(QRandomGenerator::global()->generate64(), 16);
    return '<' + local + "@ledgerdesk>";
}

// An address the server can be given between angle brackets.
bool isPlainAddress(const QString &address)
{
    if (address.isEmpty() || address.size() > 254 || !address.contains(QLatin1Char('@')))
        return false;
    for (QChar c : address) {
        if (c.unicode() <= 32 || c.unicode() > 126 || c == QLatin1Char('<') || c == QLatin1Char('>'))
            return false;
    }
    return true;
}

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

// One SMTP conversation for one e-mail, on its own socket. Reports through its callback and the
// client's finished() exactly once, then closes and deletes itself. A child of the SmtpClient.
class SmtpExchange : public QObject
{
public:
    SmtpExchange(SmtpClient *client, const SmtpConfig &config, const SmtpClient::Mail &mail, DeliveryCallback done)
        : QObject(client)
        , m_client(client)
        , m_config(config)
        , m_mail(mail)
        , m_done(std::move(done))
        , m_socket(new QSslSocket(this))
    {
        m_timer.setSingleShot(true);
        connect(&m_timer, &QTimer::timeout, this, &SmtpExchange::onTimeout);
        connect(m_socket, &QSslSocket::readyRead, this, &SmtpExchange::onReadyRead);
        connect(m_socket, &QSslSocket::encrypted, this, &SmtpExchange::onEncrypted);
        connect(m_socket, &QSslSocket::errorOccurred, this, &SmtpExchange::onSocketError);
        connect(m_socket, &QSslSocket::sslErrors, this, [this](const QList<QSslError> &errors) { m_sslErrors = errors; });
        connect(m_socket, &QSslSocket::disconnected, this, &SmtpExchange::onDisconnected);
    }

    void begin();

private:
    enum class Step {
        Greeting,
        Ehlo,
        Helo,
        StartTls,
        AuthPlain,
        AuthPlainResponse,
        AuthLogin,
        AuthLoginUser,
        AuthLoginPassword,
        MailFrom,
        RcptTo,
        Data,
        Message,
        Quit,
    };

    bool isImplicitTls() const { return m_config.url.scheme() == QLatin1String("smtps"); }
    bool wantsStartTls() const { return m_config.url.scheme() == QLatin1String("smtp+starttls"); }
    QString host() const { return m_config.url.host(); }

    void onReadyRead();
    void onReply(int code);
    void onEncrypted();
    void onSocketError(QAbstractSocket::SocketError error);
    void onDisconnected();
    void onTimeout();

    void sendLine(const QByteArray &line, Step next, bool secret = false);
    void sendHello();
    void afterHello();
    void authenticate();
    void finish(const DeliveryOutcome &outcome);
    // Fails with `sentence` and the current reply: permanent for 5xx, transient otherwise.
    void refuse(int code, const QString &sentence);
    QString replyText() const { return m_reply.join(QLatin1Char(' ')); }
    bool offers(const QString &extension) const;

    QPointer<SmtpClient> m_client;
    SmtpConfig m_config;
    SmtpClient::Mail m_mail;
    DeliveryCallback m_done;
    QSslSocket *m_socket;
    QTimer m_timer;
    QByteArray m_data; // the dot-stuffed message for DATA
    QByteArray m_buffer;
    QStringList m_reply; // the lines of the reply being read, codes included
    QStringList m_extensions; // EHLO keywords and their parameters, upper case
    QList<QSslError> m_sslErrors;
    Step m_step = Step::Greeting;
    bool m_finished = false;
};

void SmtpExchange::begin()
{
    const auto refuseLater
        = [this](const DeliveryOutcome &outcome) { QTimer::singleShot(0, this, [this, outcome] { finish(outcome); }); };
    if (const QString problem = m_config.problem(); !problem.isEmpty())
        return refuseLater(DeliveryOutcome::permanent(problem));
    if (!isPlainAddress(m_mail.to))
        return refuseLater(DeliveryOutcome::permanent(
            Strings::tr("\"%1\" is not an e-mail address a mail server can be given.").arg(m_mail.to)));
    const QString from = SmtpClient::addressOf(m_mail.from);
    if (!isPlainAddress(from))
        return refuseLater(DeliveryOutcome::permanent(
            Strings::tr("The sender \"%1\" is not an e-mail address a mail server can be given (smtp.from).").arg(m_mail.from)));
    if ((isImplicitTls() || wantsStartTls()) && !QSslSocket::supportsSsl())
        return refuseLater(DeliveryOutcome::transient(Strings::tr("TLS is not available on this machine (OpenSSL is missing)."),
            QSslSocket::sslLibraryBuildVersionString()));

    QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
    if (!m_config.caFile.isEmpty()) {
        QString problem;
        const QList<QSslCertificate> authorities = m_client->authoritiesWith(m_config.caFile, &problem);
        if (!problem.isEmpty())
            return refuseLater(DeliveryOutcome::transient(problem));
        ssl.setCaCertificates(authorities);
    }
    if (m_config.verifyPeer) {
        ssl.setPeerVerifyMode(QSslSocket::VerifyPeer);
    } else {
        ssl.setPeerVerifyMode(QSslSocket::VerifyNone);
        if (m_client->m_warnedVerifyOffFor != host()) {
            qCWarning(lcNotify).noquote() << "the certificate of the SMTP server" << host()
                                          << "is NOT verified (smtp.verify_peer is false)";
            m_client->m_warnedVerifyOffFor = host();
        }
    }
    m_socket->setSslConfiguration(ssl);

    m_data = dotStuffed(SmtpClient::composeMessage(m_mail));
    m_timer.start(m_config.timeoutMs);
    qCDebug(lcNotify) << "connecting to" << m_config.url.toDisplayString(QUrl::RemoveUserInfo) << "for" << m_mail.id;
    if (isImplicitTls())
        m_socket->connectToHostEncrypted(host(), quint16(m_config.port()));
    else
        m_socket->connectToHost(host(), quint16(m_config.port()));
}

void SmtpExchange::onReadyRead()
{
    m_buffer += m_socket->readAll();
    while (!m_finished) {
        const qsizetype end = m_buffer.indexOf('\n');
        if (end < 0) {
            if (m_buffer.size() > maxReplySize)
                finish(DeliveryOutcome::transient(
                    Strings::tr("The SMTP server sent a reply that never ends."), QString::fromUtf8(m_buffer.left(200))));
            return;
        }
        const QString line = QString::fromUtf8(m_buffer.left(end)).trimmed();
        m_buffer.remove(0, end + 1);
        bool isNumber = false;
        const int code = line.left(3).toInt(&isNumber);
        if (line.size() < 3 || !isNumber
            || (line.size() > 3 && line.at(3) != QLatin1Char('-') && line.at(3) != QLatin1Char(' '))) {
            finish(DeliveryOutcome::transient(Strings::tr("The server does not speak SMTP."), line.left(200)));
            return;
        }
        m_reply.append(line);
        if (line.size() > 3 && line.at(3) == QLatin1Char('-'))
            continue; // more lines of this reply follow
        onReply(code);
        m_reply.clear();
    }
}

void SmtpExchange::sendLine(const QByteArray &line, Step next, bool secret)
{
    qCDebug(lcNotify) << "C:" << (secret ? QByteArray("<credentials>") : line);
    m_step = next;
    m_socket->write(line + "\r\n");
}

void SmtpExchange::sendHello()
{
    const QHostAddress local = m_socket->localAddress();
    QByteArray name = "localhost";
    if (local.protocol() == QAbstractSocket::IPv4Protocol)
        name = '[' + local.toString().toLatin1() + ']';
    else if (local.protocol() == QAbstractSocket::IPv6Protocol)
        name = "[IPv6:" + local.toString().toLatin1() + ']';
    sendLine("EHLO " + name, Step::Ehlo);
}

bool SmtpExchange::offers(const QString &extension) const
{
    for (const QString &line : m_extensions) {
        if (line == extension || line.startsWith(extension + QLatin1Char(' ')) || line.startsWith(extension + QLatin1Char('=')))
            return true;
    }
    return false;
}

void SmtpExchange::onReply(int code)
{
    switch (m_step) {
    case Step::Greeting:
        if (code != 220)
            return refuse(code, Strings::tr("The SMTP server did not accept the connection."));
        return sendHello();
    case Step::Ehlo:
        if (code == 250) {
            m_extensions.clear();
            for (qsizetype i = 1; i < m_reply.size(); ++i)
                m_extensions.append(m_reply.at(i).mid(4).trimmed().toUpper());
            return afterHello();
        }
        // A server from before ESMTP: HELO will do when neither TLS nor a login is needed.
        if ((code == 500 || code == 502) && !wantsStartTls() && m_config.user.isEmpty()) {
            m_extensions.clear();
            return sendLine("HELO " + m_socket->localAddress().toString().toLatin1(), Step::Helo);
        }
        return refuse(code, Strings::tr("The SMTP server refused the greeting (EHLO)."));
    case Step::Helo:
        if (code != 250)
            return refuse(code, Strings::tr("The SMTP server refused the greeting (HELO)."));
        return afterHello();
    case Step::StartTls:
        if (code != 220)
            return refuse(code, Strings::tr("The SMTP server refused to start TLS."));
        m_buffer.clear(); // nothing sent before the handshake may count after it
        m_socket->startClientEncryption();
        return; // onEncrypted() greets again
    case Step::AuthPlain:
        if (code == 334) { // a server that wants the credentials on their own line
            const QByteArray credentials = '\0' + m_config.user.toUtf8() + '\0' + m_config.password.toUtf8();
            return sendLine(credentials.toBase64(), Step::AuthPlainResponse, true);
        }
        Q_FALLTHROUGH();
    case Step::AuthPlainResponse:
    case Step::AuthLoginPassword:
        if (code == 235)
            return sendLine("MAIL FROM:<" + SmtpClient::addressOf(m_mail.from).toLatin1() + '>', Step::MailFrom);
        if (code == 535 || code == 534 || code == 530)
            return refuse(code, Strings::tr("The SMTP server refused the user name or password (smtp.user, smtp.password)."));
        return refuse(code, Strings::tr("The SMTP server did not accept the login."));
    case Step::AuthLogin:
        if (code != 334)
            return refuse(code, Strings::tr("The SMTP server did not accept the login."));
        return sendLine(m_config.user.toUtf8().toBase64(), Step::AuthLoginUser, true);
    case Step::AuthLoginUser:
        if (code != 334)
            return refuse(code, Strings::tr("The SMTP server refused the user name or password (smtp.user, smtp.password)."));
        return sendLine(m_config.password.toUtf8().toBase64(), Step::AuthLoginPassword, true);
    case Step::MailFrom:
        if (code != 250)
            return refuse(
                code, Strings::tr("The SMTP server refused the sender address %1.").arg(SmtpClient::addressOf(m_mail.from)));
        return sendLine("RCPT TO:<" + m_mail.to.toLatin1() + '>', Step::RcptTo);
    case Step::RcptTo:
        if (code != 250 && code != 251)
            return refuse(code, Strings::tr("The SMTP server refused the recipient %1.").arg(m_mail.to));
        return sendLine("DATA", Step::Data);
    case Step::Data:
        if (code != 354)
            return refuse(code, Strings::tr("The SMTP server refused to take the e-mail."));
        qCDebug(lcNotify) << "C: <message of" << m_data.size() << "bytes>";
        m_step = Step::Message;
        m_socket->write(m_data);
        return;
    case Step::Message:
        if (code != 250)
            return refuse(code, Strings::tr("The SMTP server refused the e-mail."));
        return finish(DeliveryOutcome::sent(replyText()));
    case Step::Quit:
        m_socket->disconnectFromHost();
        return;
    }
}

void SmtpExchange::afterHello()
{
    if (wantsStartTls() && !m_socket->isEncrypted()) {
        if (!offers(QStringLiteral("STARTTLS")))
            return finish(DeliveryOutcome::permanent(
                Strings::tr("The SMTP server does not offer STARTTLS, so the e-mail was not sent unencrypted.")));
        return sendLine("STARTTLS", Step::StartTls);
    }
    if (!m_config.user.isEmpty())
        return authenticate();
    sendLine("MAIL FROM:<" + SmtpClient::addressOf(m_mail.from).toLatin1() + '>', Step::MailFrom);
}

void SmtpExchange::authenticate()
{
    QStringList mechanisms;
    for (const QString &line : std::as_const(m_extensions)) {
        if (line.startsWith(QLatin1String("AUTH ")) || line.startsWith(QLatin1String("AUTH=")))
            mechanisms += line.mid(5).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    }
    if (mechanisms.contains(QLatin1String("PLAIN"))) {
        const QByteArray credentials = '\0' + m_config.user.toUtf8() + '\0' + m_config.password.toUtf8();
        return sendLine("AUTH PLAIN " + credentials.toBase64(), Step::AuthPlain, true);
    }
    if (mechanisms.contains(QLatin1String("LOGIN")))
        return sendLine("AUTH LOGIN", Step::AuthLogin);
    if (mechanisms.isEmpty())
        return finish(DeliveryOutcome::permanent(
            Strings::tr("The SMTP server does not offer a login on this connection; it may need TLS first, or no user name "
                        "(smtp.user).")));
    finish(DeliveryOutcome::permanent(Strings::tr("The SMTP server offers no login method Ledgerdesk knows (PLAIN, LOGIN)."),
        QStringLiteral("AUTH ") + mechanisms.join(QLatin1Char(' '))));
}

void SmtpExchange::onEncrypted()
{
    qCDebug(lcNotify) << "TLS with" << host() << m_socket->sessionCipher().name();
    if (m_step == Step::StartTls)
        sendHello(); // RFC 3207: forget what the server said before TLS and ask again
}

void SmtpExchange::onSocketError(QAbstractSocket::SocketError error)
{
    if (m_finished)
        return;
    const QString where = QStringLiteral("%1:%2").arg(host()).arg(m_config.port());
    switch (error) {
    case QAbstractSocket::ConnectionRefusedError:
        return finish(DeliveryOutcome::transient(
            Strings::tr("Could not connect to the SMTP server at %1: nothing answers there.").arg(where),
            m_socket->errorString()));
    case QAbstractSocket::HostNotFoundError:
        return finish(DeliveryOutcome::transient(
            Strings::tr("The SMTP server %1 could not be found.").arg(host()), m_socket->errorString()));
    case QAbstractSocket::SslHandshakeFailedError:
        if (!m_sslErrors.isEmpty()) {
            QStringList reasons;
            for (const QSslError &sslError : std::as_const(m_sslErrors))
                reasons.append(sslError.errorString());
            reasons.removeDuplicates();
            return finish(DeliveryOutcome::transient(
                Strings::tr("The certificate of the SMTP server %1 could not be verified: %2. Give its certificate "
                            "authority in smtp.ca_file.")
                    .arg(host(), reasons.join(QStringLiteral("; "))),
                m_socket->errorString()));
        }
        return finish(DeliveryOutcome::transient(
            Strings::tr("The TLS handshake with the SMTP server %1 failed.").arg(where), m_socket->errorString()));
    case QAbstractSocket::RemoteHostClosedError:
        return finish(DeliveryOutcome::transient(
            Strings::tr("The SMTP server %1 closed the connection before the e-mail was accepted.").arg(where),
            replyText().isEmpty() ? m_socket->errorString() : replyText()));
    default:
        return finish(DeliveryOutcome::transient(
            Strings::tr("The connection to the SMTP server %1 failed.").arg(where), m_socket->errorString()));
    }
}

void SmtpExchange::onDisconnected()
{
    if (!m_finished) {
        finish(DeliveryOutcome::transient(
            Strings::tr("The SMTP server %1 closed the connection before the e-mail was accepted.").arg(host())));
        return;
    }
    deleteLater();
}

void SmtpExchange::onTimeout()
{
    if (m_finished) { // QUIT took too long; the e-mail is long accepted
        m_socket->abort();
        deleteLater();
        return;
    }
    const int seconds = qMax(1, m_config.timeoutMs / 1000);
    finish(DeliveryOutcome::transient(
        Strings::tr("The SMTP server %1 did not complete the exchange within %n second(s).", nullptr, seconds).arg(host()),
        m_reply.isEmpty() ? QString() : replyText()));
}

void SmtpExchange::refuse(int code, const QString &sentence)
{
    const bool permanent = code >= 500 && code < 600;
    finish(permanent ? DeliveryOutcome::permanent(sentence, replyText()) : DeliveryOutcome::transient(sentence, replyText()));
}

void SmtpExchange::finish(const DeliveryOutcome &outcome)
{
    if (m_finished)
        return;
    m_finished = true;
    m_timer.stop();
    if (outcome.isSent())
        qCInfo(lcNotify).noquote() << "e-mail" << m_mail.id << "to" << m_mail.to << "accepted:" << outcome.providerRef;
    else
        qCWarning(lcNotify).noquote() << "e-mail" << m_mail.id << "to" << m_mail.to << "not sent:" << outcome.describe();

    if (m_client) {
        --m_client->m_active;
        // Reported from the event loop, outside this socket's signal handlers, since a handler may
        // delete the client (and this exchange with it).
        QTimer::singleShot(0, m_client.data(), [client = m_client, id = m_mail.id, done = std::move(m_done), outcome] {
            if (done)
                done(outcome);
            if (client)
                Q_EMIT client->finished(id, outcome);
        });
    }
    m_done = nullptr;

    if (outcome.isSent() && m_socket->state() == QAbstractSocket::ConnectedState) {
        sendLine("QUIT", Step::Quit);
        m_timer.start(quitGraceMs);
    } else {
        m_socket->abort();
        deleteLater();
    }
}

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
    auto *exchange = new SmtpExchange(this, config, mail, std::move(done));
    exchange->begin();
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
    const qsizetype open = mailbox.lastIndexOf(QLatin1Char('<'));
    const qsizetype close = mailbox.lastIndexOf(QLatin1Char('>'));
    if (open >= 0 && close > open)
        return mailbox.mid(open + 1, close - open - 1).trimmed();
    return mailbox.trimmed();
}

QByteArray SmtpClient::composeMessage(const Mail &mail)
{
    const QDateTime date = mail.date.isValid() ? mail.date : QDateTime::currentDateTimeUtc();
    QByteArray message;
    message += "Date: " + date.toUTC().toString(Qt::RFC2822Date).toLatin1() + "\r\n";
    message += "From: " + mailboxHeader(mail.from) + "\r\n";
    message += "To: " + addressOf(mail.to).toLatin1() + "\r\n";
    message += unstructuredHeader("Subject", mail.subject);
    message += "Message-ID: " + messageIdFor(mail.id) + "\r\n";
    message += "MIME-Version: 1.0\r\n";
    message += "Auto-Submitted: auto-generated\r\n";
    if (mail.html.isEmpty())
        return message + bodyPart("text/plain", mail.text);

    // "=_" cannot occur in quoted-printable or base64 text, so the boundary never clashes with a part.
    const QByteArray boundary = "=_ledgerdesk_" + QByteArray::number(QRandomGenerator::global()->generate64(), 16);
    message += "Content-Type: multipart/alternative; boundary=\"" + boundary + "\"\r\n\r\n";
    message += "--" + boundary + "\r\n" + bodyPart("text/plain", mail.text) + "\r\n";
    message += "--" + boundary + "\r\n" + bodyPart("text/html", mail.html) + "\r\n";
    message += "--" + boundary + "--\r\n";
    return message;
}

} // namespace Ledgerdesk
