#pragma once

#include "mimemessage.h"
#include "transport.h"

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QSslCertificate>

class QSslSocket;

namespace Ledgerdesk {

// Sends e-mail over SMTP with QSslSocket, asynchronously: smtp:// (plain, for loopback relays; a
// password is never sent over it to another host), smtps:// (implicit TLS) and smtp+starttls://
// (EHLO, STARTTLS, EHLO again). This class reads the settings, holds back what cannot work before
// connecting (a Wait for the settings, a Refused for a recipient no server can be given), and sets up
// the socket: certificates are verified against the system's authorities plus an optional CA file;
// verification can only be turned off explicitly, and that is logged. The e-mail is composed by
// MimeMessage and handed over by one SmtpConversation per send(), which checks every reply code, logs
// in when a user is set, and ends the exchange at a timeout. Several sends may be under way at once;
// each ends with exactly one finished() (and one call of its callback), from the event loop. Lives on
// one thread; owns its conversations, which it aborts when destroyed (without reporting them).
class SmtpClient : public QObject, public EmailTransport
{
    Q_OBJECT

public:
    // One e-mail: `id` names it in finished() and makes its Message-ID, <id@ledgerdesk>.
    using Mail = MimeMessage;

    explicit SmtpClient(QObject *parent = nullptr);
    ~SmtpClient() override;

    void send(const SmtpConfig &config, const Mail &mail);
    void sendEmail(const SmtpConfig &config, const OutboxMessage &message, DeliveryCallback done) override;
    int activeExchanges() const;

    // MimeMessage::toBytes(): the message as it goes into DATA, before dot-stuffing.
    static QByteArray composeMessage(const Mail &mail);
    // MimeMessage::addressOf(): the address inside "Name <address>", or the text itself.
    static QString addressOf(const QString &mailbox);

Q_SIGNALS:
    void finished(const QString &mailId, const Ledgerdesk::DeliveryOutcome &outcome);

private:
    void start(const SmtpConfig &config, const Mail &mail, DeliveryCallback done);
    // A socket, not yet connected, that verifies the server as `config` says (and logs when it does
    // not); null, with a sentence in `problem`, when the CA file is unusable. The caller owns it.
    QSslSocket *createSocket(const SmtpConfig &config, QString *problem);
    // Counts the send as ended and logs it; the callback and finished() follow from the event loop.
    void report(const QString &mailId, const QString &recipient, const DeliveryOutcome &outcome, DeliveryCallback done);
    // The system's authorities plus those of `caFile`, read again only when the file changes; empty,
    // with a sentence in `problem`, when the file holds no certificate.
    QList<QSslCertificate> authoritiesWith(const QString &caFile, QString *problem);

    int m_active = 0;
    QString m_authoritiesKey; // the CA file and its modification time
    QList<QSslCertificate> m_authorities;
    QString m_warnedVerifyOffFor; // the host whose unverified connections were last logged
};

} // namespace Ledgerdesk
