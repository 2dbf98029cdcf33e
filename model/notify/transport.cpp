#include "transport.h"

#include <QCoreApplication>
#include <QHostAddress>

namespace Ledgerdesk {

namespace {

struct Strings
{
    Q_DECLARE_TR_FUNCTIONS(Ledgerdesk::Transport)
};

bool isLoopbackHost(const QString &host)
{
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

} // namespace

QString DeliveryOutcome::describe() const
{
    if (isSent())
        return {};
    return peerReply.isEmpty() ? message : message + QStringLiteral(" (") + peerReply + QLatin1Char(')');
}

DeliveryOutcome DeliveryOutcome::sent(const QString &providerRef)
{
    return DeliveryOutcome {Kind::Sent, providerRef, {}, {}};
}

DeliveryOutcome DeliveryOutcome::wait(const QString &message, const QString &peerReply)
{
    return DeliveryOutcome {Kind::Wait, {}, message, peerReply};
}

DeliveryOutcome DeliveryOutcome::refused(const QString &message, const QString &peerReply)
{
    return DeliveryOutcome {Kind::Refused, {}, message, peerReply};
}

int SmtpConfig::port() const
{
    const QString scheme = url.scheme();
    const int fallback = scheme == QLatin1String("smtps") ? 465 : scheme == QLatin1String("smtp+starttls") ? 587 : 25;
    return url.port(fallback);
}

QString SmtpConfig::problem() const
{
    const QString scheme = url.scheme();
    if (!url.isValid() || url.host().isEmpty()
        || (scheme != QLatin1String("smtp") && scheme != QLatin1String("smtps") && scheme != QLatin1String("smtp+starttls")))
        return Strings::tr("The SMTP server address \"%1\" must look like smtp://host:port, smtps://host:port or "
                           "smtp+starttls://host:port.")
            .arg(url.toString());
    if (scheme == QLatin1String("smtp") && !user.isEmpty() && !isLoopbackHost(url.host()))
        return Strings::tr("A password is never sent over an unencrypted connection: use smtps:// or smtp+starttls:// "
                           "for %1, or a relay on this machine.")
            .arg(url.host());
    if (from.trimmed().isEmpty())
        return Strings::tr("Set the sender address of the e-mails (smtp.from).");
    if (timeoutMs <= 0)
        return Strings::tr("The SMTP timeout must be a positive number of milliseconds.");
    return {};
}

QString SmsConfig::problem() const
{
    if (!baseUrl.isValid() || baseUrl.host().isEmpty()
        || (baseUrl.scheme() != QLatin1String("https") && baseUrl.scheme() != QLatin1String("http")))
        return Strings::tr("The SMS provider's address \"%1\" must be an http or https address.").arg(baseUrl.toString());
    if (account.isEmpty() || token.isEmpty())
        return Strings::tr("Set the SMS provider's account and token (sms.account, sms.token).");
    if (from.isEmpty())
        return Strings::tr("Set the sending phone number for SMS and WhatsApp (sms.from).");
    if (timeoutMs <= 0)
        return Strings::tr("The SMS timeout must be a positive number of milliseconds.");
    return {};
}

} // namespace Ledgerdesk
