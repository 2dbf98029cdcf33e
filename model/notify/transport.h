#pragma once

#include "outboxmessage.h"

#include <QString>
#include <QUrl>

#include <functional>

namespace Ledgerdesk {

// What became of one attempt to deliver a notification, in one of three kinds. Sent: accepted, with
// the provider's reference. Wait: not delivered for a reason that is not this message's own (nothing
// answers, a timeout, TLS, STARTTLS not offered, a login or set-up problem, an SMTP 4xx, the SMS
// provider's 5xx or 429, a network error): the notification is tried again later, however long that
// takes. Refused: the server refused this very message for good (an SMTP 5xx for its recipient or its
// content, the SMS provider's 4xx for its number or text), so trying again cannot help. A Wait and a
// Refused carry a sentence for people and the peer's own words.
struct DeliveryOutcome
{
    enum class Kind { Sent, Wait, Refused };

    Kind kind = Kind::Wait;
    QString providerRef; // when sent: the SMS provider's sid, the SMTP server's acceptance reply
    QString message; // when not sent: a translated sentence
    QString peerReply; // when not sent: what the server said ("550 5.1.1 User unknown"), may be empty

    bool isSent() const { return kind == Kind::Sent; }
    bool isWait() const { return kind == Kind::Wait; }
    bool isRefused() const { return kind == Kind::Refused; }
    // The sentence followed by the peer's reply in brackets: what the outbox keeps as last_error.
    QString describe() const;

    static DeliveryOutcome sent(const QString &providerRef);
    static DeliveryOutcome wait(const QString &message, const QString &peerReply = {});
    static DeliveryOutcome refused(const QString &message, const QString &peerReply = {});
};

using DeliveryCallback = std::function<void(const DeliveryOutcome &)>;

// How to reach the SMTP server (the smtp.* settings).
struct SmtpConfig
{
    QUrl url; // smtp://host:port (loopback relays), smtps://host:port (TLS), smtp+starttls://host:port
    QString user; // empty: no AUTH
    QString password;
    QString from; // "Name <address>" or a bare address
    QString caFile; // extra certificate authorities (PEM), besides the system's
    bool verifyPeer = true;
    int timeoutMs = 30000; // for the whole exchange of one e-mail

    bool isConfigured() const { return !url.isEmpty(); }
    // A sentence when this configuration cannot work (unknown scheme, AUTH over plain text to a host
    // that is not loopback, no sender address); empty when it can. E-mail waits while there is one.
    QString problem() const;
    // The port the URL names, else the scheme's default (25, 465, 587).
    int port() const;
};

// How to reach the Twilio-compatible SMS and WhatsApp provider (the sms.* settings).
struct SmsConfig
{
    QUrl baseUrl; // https://api.twilio.com, or a local server in tests
    QString account; // account SID
    QString token;
    QString from; // E.164; WhatsApp messages go from whatsapp:<from>
    int timeoutMs = 30000;

    bool isConfigured() const { return !baseUrl.isEmpty() && !account.isEmpty() && !token.isEmpty() && !from.isEmpty(); }
    QString problem() const;
};

// Delivers e-mail rows of the outbox. sendEmail() starts one delivery and returns at once; `done`
// is called exactly once, later, from the event loop of the calling thread (never from inside
// sendEmail()). Several deliveries may be under way at once. Implemented by SmtpClient; a test may
// put a fake in its place for a fault it cannot provoke.
class EmailTransport
{
public:
    virtual ~EmailTransport() = default;
    virtual void sendEmail(const SmtpConfig &config, const OutboxMessage &message, DeliveryCallback done) = 0;
};

// Delivers SMS and WhatsApp rows of the outbox, with the same calling rules as EmailTransport.
// Implemented by SmsClient.
class TextTransport
{
public:
    virtual ~TextTransport() = default;
    virtual void sendText(const SmsConfig &config, const OutboxMessage &message, DeliveryCallback done) = 0;
};

} // namespace Ledgerdesk
