#include "notifysettings.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QHostAddress>
#include <QUrl>

namespace Ledgerdesk::NotifySettings {

namespace {

struct Strings
{
    Q_DECLARE_TR_FUNCTIONS(Ledgerdesk::Settings)
};

QString checkSmtpUrl(const QString &value)
{
    const QUrl url(value);
    const QStringList schemes {QStringLiteral("smtp"), QStringLiteral("smtps"), QStringLiteral("smtp+starttls")};
    if (!url.isValid() || !schemes.contains(url.scheme()) || url.host().isEmpty())
        return Strings::tr("smtp.url must look like smtp://host:port, smtps://host:port or smtp+starttls://host:port.");
    return {};
}

QString checkSmsBaseUrl(const QString &value)
{
    const QUrl url(value);
    if (!url.isValid() || (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http"))
        || url.host().isEmpty())
        return Strings::tr("sms.base_url must be an http or https address.");
    // The provider's token travels with every request: in clear text only to this machine.
    const QHostAddress host(url.host());
    const bool loopback = url.host() == QLatin1String("localhost") || (!host.isNull() && host.isLoopback());
    if (url.scheme() == QLatin1String("http") && !loopback)
        return Strings::tr("sms.base_url must be an https address (plain http only to this machine, for tests).");
    return {};
}

QString checkReadableFile(const QString &value)
{
    if (!QFileInfo(value).isReadable())
        return Strings::tr("The CA file %1 cannot be read.").arg(value);
    return {};
}

} // namespace

const SettingDefinition smtpUrl = SettingDefinition::text(QStringLiteral("smtp.url"),
    QT_TRANSLATE_NOOP("Ledgerdesk::Settings",
        "SMTP server: smtp://host:port (plain, loopback relays only), smtps://host:port (TLS) or smtp+starttls://host:port."),
    {}, checkSmtpUrl);
const SettingDefinition smtpUser = SettingDefinition::text(QStringLiteral("smtp.user"),
    QT_TRANSLATE_NOOP("Ledgerdesk::Settings", "SMTP user name for AUTH; empty for no authentication."));
const SettingDefinition smtpPassword = SettingDefinition::secret(QStringLiteral("smtp.password"),
    QT_TRANSLATE_NOOP("Ledgerdesk::Settings", "SMTP password (kept in this machine's secret store)."));
const SettingDefinition smtpFrom = SettingDefinition::text(QStringLiteral("smtp.from"),
    QT_TRANSLATE_NOOP("Ledgerdesk::Settings", "Sender address of the e-mails, like \"Ledgerdesk Bank <noreply@bank.example>\"."),
    QStringLiteral("noreply@ledgerdesk.invalid"));
const SettingDefinition smtpCaFile = SettingDefinition::text(QStringLiteral("smtp.ca_file"),
    QT_TRANSLATE_NOOP(
        "Ledgerdesk::Settings", "A PEM file of certificate authorities to trust for the SMTP server, besides the system's."),
    {}, checkReadableFile);
const SettingDefinition smtpVerifyPeer = SettingDefinition::flag(QStringLiteral("smtp.verify_peer"),
    QT_TRANSLATE_NOOP("Ledgerdesk::Settings",
        "\"true\" (default) verifies the SMTP server's certificate; \"false\" turns that off and is logged."),
    true);
const SettingDefinition smtpTimeoutMs = SettingDefinition::wholeNumber(QStringLiteral("smtp.timeout_ms"),
    QT_TRANSLATE_NOOP("Ledgerdesk::Settings", "How long one SMTP exchange may take, in milliseconds."), 30000, 1000, 600000);
const SettingDefinition smsBaseUrl = SettingDefinition::text(QStringLiteral("sms.base_url"),
    QT_TRANSLATE_NOOP(
        "Ledgerdesk::Settings", "Base URL of the Twilio-compatible SMS and WhatsApp API, like https://api.twilio.com."),
    {}, checkSmsBaseUrl);
const SettingDefinition smsAccount = SettingDefinition::text(
    QStringLiteral("sms.account"), QT_TRANSLATE_NOOP("Ledgerdesk::Settings", "Account SID of the SMS provider."));
const SettingDefinition smsToken = SettingDefinition::secret(QStringLiteral("sms.token"),
    QT_TRANSLATE_NOOP("Ledgerdesk::Settings", "Auth token of the SMS provider (kept in this machine's secret store)."));
const SettingDefinition smsFrom = SettingDefinition::text(QStringLiteral("sms.from"),
    QT_TRANSLATE_NOOP(
        "Ledgerdesk::Settings", "Sending phone number in E.164, like +14155550100; WhatsApp messages go from whatsapp:+..."));

QList<SettingDefinition> all()
{
    return {smtpUrl, smtpUser, smtpPassword, smtpFrom, smtpCaFile, smtpVerifyPeer, smtpTimeoutMs, smsBaseUrl, smsAccount,
        smsToken, smsFrom};
}

} // namespace Ledgerdesk::NotifySettings
