#include "smsclient.h"

#include "core/logging.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPointer>
#include <QTimer>

namespace Ledgerdesk {

namespace {

struct Strings
{
    Q_DECLARE_TR_FUNCTIONS(Ledgerdesk::SmsClient)
};

QString withWhatsAppPrefix(const QString &number, bool whatsApp)
{
    const QString prefix = QStringLiteral("whatsapp:");
    if (!whatsApp || number.startsWith(prefix))
        return number;
    return prefix + number;
}

// The provider's own words from an error body: Twilio's {"code", "message", "more_info", "status"}.
QString providerMessage(const QByteArray &body)
{
    const QJsonObject json = QJsonDocument::fromJson(body).object();
    QString message = json.value(QStringLiteral("message")).toString();
    if (message.isEmpty())
        message = QString::fromUtf8(body.left(300)).simplified();
    const QJsonValue code = json.value(QStringLiteral("code"));
    if (!code.isUndefined() && !code.isNull())
        message += QStringLiteral(" [code %1]").arg(code.toVariant().toString());
    return message;
}

// Twilio's error codes, in a 400, for a sender or an account that cannot send (the From number is not
// the account's or cannot send SMS, the region is not enabled, no WhatsApp sender): set-up problems
// that hold every message back alike, not refusals of one message.
bool isSetUpError(const QByteArray &body)
{
    static const QList<int> codes {21212, 21408, 21606, 21660, 63007};
    const QJsonValue code = QJsonDocument::fromJson(body).object().value(QStringLiteral("code"));
    return code.isDouble() && codes.contains(code.toInt());
}

DeliveryOutcome outcomeOf(QNetworkReply *reply, const SmsConfig &config)
{
    const QVariant status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    const QByteArray body = reply->readAll();
    if (!status.isValid()) {
        // No HTTP answer at all: the network, TLS or the timeout.
        if (reply->error() == QNetworkReply::OperationCanceledError || reply->error() == QNetworkReply::TimeoutError)
            return DeliveryOutcome::wait(
                Strings::tr("The SMS provider did not answer within %n second(s).", nullptr, qMax(1, config.timeoutMs / 1000)),
                reply->errorString());
        if (reply->error() == QNetworkReply::SslHandshakeFailedError)
            return DeliveryOutcome::wait(
                Strings::tr("The SMS provider's certificate could not be verified."), reply->errorString());
        return DeliveryOutcome::wait(
            Strings::tr("Could not reach the SMS provider at %1.").arg(config.baseUrl.host()), reply->errorString());
    }
    const int code = status.toInt();
    if (code >= 200 && code < 300) {
        const QString sid = QJsonDocument::fromJson(body).object().value(QStringLiteral("sid")).toString();
        if (sid.isEmpty())
            qCWarning(lcNotify) << "the SMS provider accepted a message without giving its sid";
        return DeliveryOutcome::sent(sid);
    }
    const QString reason = QStringLiteral("HTTP %1: %2").arg(code).arg(providerMessage(body));
    if (code == 408 || code == 429)
        return DeliveryOutcome::wait(Strings::tr("The SMS provider asked to try again later."), reason);
    if (code == 401 || code == 403)
        return DeliveryOutcome::wait(
            Strings::tr("The SMS provider refused the account or token (sms.account, sms.token)."), reason);
    if (code == 404 || code == 405)
        return DeliveryOutcome::wait(
            Strings::tr("The SMS provider has no such address; check sms.base_url and sms.account."), reason);
    if (code == 400 && isSetUpError(body))
        return DeliveryOutcome::wait(
            Strings::tr("The SMS provider cannot send from this account or number (sms.from, sms.account)."), reason);
    // The provider judged this message itself (its number, its text): trying again cannot help.
    if (code == 400 || code == 413 || code == 422)
        return DeliveryOutcome::refused(Strings::tr("The SMS provider refused the message."), reason);
    if (code >= 500)
        return DeliveryOutcome::wait(Strings::tr("The SMS provider failed to take the message."), reason);
    return DeliveryOutcome::wait(Strings::tr("The SMS provider gave an answer Ledgerdesk does not understand."), reason);
}

} // namespace

SmsClient::SmsClient(QObject *parent)
    : QObject(parent)
{
    m_network.setRedirectPolicy(QNetworkRequest::NoLessSafeRedirectPolicy);
}

SmsClient::~SmsClient()
{
    const QList<QNetworkReply *> replies = m_network.findChildren<QNetworkReply *>();
    for (QNetworkReply *reply : replies) {
        disconnect(reply, nullptr, this, nullptr);
        reply->abort();
    }
}

QUrl SmsClient::messagesUrl(const SmsConfig &config)
{
    QUrl url = config.baseUrl;
    QString path = url.path(QUrl::FullyEncoded);
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    url.setPath(path + QStringLiteral("/2010-04-01/Accounts/") + QString::fromLatin1(QUrl::toPercentEncoding(config.account))
            + QStringLiteral("/Messages.json"),
        QUrl::TolerantMode);
    return url;
}

QByteArray SmsClient::formBody(const QList<std::pair<QString, QString>> &fields)
{
    QByteArrayList pairs;
    for (const auto &[name, value] : fields)
        pairs.append(QUrl::toPercentEncoding(name) + '=' + QUrl::toPercentEncoding(value));
    return pairs.join('&');
}

void SmsClient::send(const SmsConfig &config, const Text &text)
{
    start(config, text, {});
}

void SmsClient::sendText(const SmsConfig &config, const OutboxMessage &message, DeliveryCallback done)
{
    Text text;
    text.id = message.id;
    text.whatsApp = message.channel == OutboxChannel::WhatsApp;
    text.to = message.recipient;
    text.body = message.bodyText;
    start(config, text, std::move(done));
}

void SmsClient::start(const SmsConfig &config, const Text &text, DeliveryCallback done)
{
    const auto report = [this, id = text.id, to = text.to, done](const DeliveryOutcome &outcome) {
        if (outcome.isSent())
            qCInfo(lcNotify).noquote() << "text" << id << "to" << to << "accepted:" << outcome.providerRef;
        else
            qCWarning(lcNotify).noquote() << "text" << id << "to" << to << "not sent:" << outcome.describe();
        QPointer<SmsClient> self(this);
        if (done)
            done(outcome);
        if (self)
            Q_EMIT finished(id, outcome);
    };
    if (const QString problem = config.problem(); !problem.isEmpty()) {
        QTimer::singleShot(0, this, [report, problem] { report(DeliveryOutcome::wait(problem)); });
        return;
    }

    QNetworkRequest request(messagesUrl(config));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/x-www-form-urlencoded"));
    request.setRawHeader("Accept", "application/json");
    request.setRawHeader("Authorization", "Basic " + (config.account + QLatin1Char(':') + config.token).toUtf8().toBase64());
    request.setTransferTimeout(config.timeoutMs);
    const QByteArray body = formBody({{QStringLiteral("To"), withWhatsAppPrefix(text.to, text.whatsApp)},
        {QStringLiteral("From"), withWhatsAppPrefix(config.from, text.whatsApp)}, {QStringLiteral("Body"), text.body}});
    QNetworkReply *reply = m_network.post(request, body);
    connect(reply, &QNetworkReply::finished, this, [this, reply, config, report] {
        const DeliveryOutcome outcome = outcomeOf(reply, config);
        reply->deleteLater();
        // Reported from the event loop, outside the reply's signal, since a handler may delete this client.
        QTimer::singleShot(0, this, [report, outcome] { report(outcome); });
    });
}

} // namespace Ledgerdesk
