#pragma once

#include "transport.h"

#include <QNetworkAccessManager>
#include <QObject>

namespace Ledgerdesk {

// Sends SMS and WhatsApp messages through a Twilio-compatible HTTP API with QNetworkAccessManager:
// POST To, From and Body as a form to {base}/2010-04-01/Accounts/{account}/Messages.json with Basic
// authentication; WhatsApp numbers carry the "whatsapp:" prefix on To and From. A 2xx answer is sent
// (the provider's reference is the JSON "sid"). A 400, 413 or 422 refuses the message, with the
// provider's words, unless its error code names the sender or the account; every other answer waits:
// 5xx, 408 and 429, a refused account or token (401, 403), a wrong address (404, 405), incomplete
// settings, network trouble and timeouts. Each send() ends with exactly one finished() (and one call
// of its callback), from the event loop. Lives on one thread; owns its network manager, and drops the
// requests still under way when destroyed (without reporting them).
class SmsClient : public QObject, public TextTransport
{
    Q_OBJECT

public:
    struct Text
    {
        QString id; // names the message in finished()
        bool whatsApp = false;
        QString to; // E.164
        QString body;
    };

    explicit SmsClient(QObject *parent = nullptr);
    ~SmsClient() override;

    void send(const SmsConfig &config, const Text &text);
    void sendText(const SmsConfig &config, const OutboxMessage &message, DeliveryCallback done) override;

    // {base}/2010-04-01/Accounts/{account}/Messages.json
    static QUrl messagesUrl(const SmsConfig &config);
    // The application/x-www-form-urlencoded body: every byte but letters, digits and -._~ escaped, so
    // the "+" of a phone number arrives as a plus and not as a space.
    static QByteArray formBody(const QList<std::pair<QString, QString>> &fields);

Q_SIGNALS:
    void finished(const QString &textId, const Ledgerdesk::DeliveryOutcome &outcome);

private:
    void start(const SmsConfig &config, const Text &text, DeliveryCallback done);

    QNetworkAccessManager m_network;
};

} // namespace Ledgerdesk
