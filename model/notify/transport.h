#pragma once

#include "outboxmessage.h"

#include <QString>
#include <QUrl>

#include <functional>

namespace Ledgerdesk {

// What became of one attempt to deliver a notification: sent (with the provider's reference), or
// failed with a sentence for people and the peer's own words, classified as transient (retry later:
// 4xx, network, timeout, TLS) or permanent (retrying cannot help: 5xx, a refused login, a bad number).
struct DeliveryOutcome
{
    enum class Kind { Sent, TransientFailure, PermanentFailure };

    Kind kind = Kind::TransientFailure;
    QString providerRef; // when sent: the SMS provider's sid, the SMTP server's acceptance reply
    QString message; // when failed: a translated sentence
    QString peerReply; // when failed: what the server said ("550 5.1.1 User unknown"), may be empty

    bool isSent() const { return kind == Kind::Sent; }
    bool isPermanent() const { return kind == Kind::PermanentFailure; }
    // The sentence followed by the peer's reply in brackets: what the outbox keeps as last_error.
    QString describe() const;

    static DeliveryOutcome sent(const QString &providerRef);
    static DeliveryOutcome transient(const QString &message, const QString &peerReply = {});
    static DeliveryOutcome permanent(const QString &message, const QString &peerReply = {});
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
    // that is not loopback, no sender address); empty when it can.
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
