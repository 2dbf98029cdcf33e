#pragma once

#include "transport.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QObject>
#include <QSslCertificate>

namespace Ledgerdesk {

// Sends e-mail over SMTP with QSslSocket, asynchronously: smtp:// (plain, for loopback relays; a
// password is never sent over it to another host), smtps:// (implicit TLS) and smtp+starttls://
// (EHLO, STARTTLS, EHLO again). Logs in with AUTH PLAIN or LOGIN, whichever the server offers, when a
// user is set. Certificates are verified against the system's authorities plus an optional CA file;
// verification can only be turned off explicitly, and that is logged. Every reply code is checked; a
// timeout bounds the whole exchange. Each send() runs its own connection, so several may be under
// way at once; each ends with exactly one finished() (and one call of its callback), from the event
// loop. Lives on one thread; owns its connections, which it aborts when destroyed (without
// reporting them).
class SmtpClient : public QObject, public EmailTransport
{
    Q_OBJECT

public:
    // One e-mail: `id` names it in finished() and makes its Message-ID, <id@ledgerdesk>.
    struct Mail
    {
        QString id;
        QString from; // "Name <address>" or a bare address
        QString to; // a bare address
        QString subject;
        QString text;
        QString html; // empty: a text-only e-mail
        QDateTime date;
    };

    explicit SmtpClient(QObject *parent = nullptr);
    ~SmtpClient() override;

    void send(const SmtpConfig &config, const Mail &mail);
    void sendEmail(const SmtpConfig &config, const OutboxMessage &message, DeliveryCallback done) override;
    int activeExchanges() const;

    // The message as it goes into DATA, before dot-stuffing: headers (Date, From, To, Subject in RFC
    // 2047 words when it is not plain ASCII, Message-ID, MIME-Version) and a multipart/alternative
    // UTF-8 body (text, then HTML), each part quoted-printable or base64, whichever is shorter. CRLF
    // line ends, no line longer than 78 characters.
    static QByteArray composeMessage(const Mail &mail);
    // The address inside "Name <address>", or the text itself when it has no angle brackets.
    static QString addressOf(const QString &mailbox);

Q_SIGNALS:
    void finished(const QString &mailId, const Ledgerdesk::DeliveryOutcome &outcome);

private:
    friend class SmtpExchange;
    void start(const SmtpConfig &config, const Mail &mail, DeliveryCallback done);
    // The system's authorities plus those of `caFile`, read again only when the file changes; empty,
    // with a sentence in `problem`, when the file holds no certificate.
    QList<QSslCertificate> authoritiesWith(const QString &caFile, QString *problem);

    int m_active = 0;
    QString m_authoritiesKey; // the CA file and its modification time
    QList<QSslCertificate> m_authorities;
    QString m_warnedVerifyOffFor; // the host whose unverified connections were last logged
};

} // namespace Ledgerdesk
