#include "settings.h"

#include "core/logging.h"
#include "core/money.h"
#include "loans/loanterms.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QUrl>

namespace Ledgerdesk {

namespace {

struct Strings
{
    Q_DECLARE_TR_FUNCTIONS(Ledgerdesk::Settings)
};

const QList<SettingDefinition> definitions{
    {"smtp.url", QT_TRANSLATE_NOOP("Ledgerdesk::Settings", "SMTP server: smtp://host:port (plain, loopback relays only), smtps://host:port (TLS) or smtp+starttls://host:port."), false, ""},
    {"smtp.user", QT_TRANSLATE_NOOP("Ledgerdesk::Settings", "SMTP user name for AUTH; empty for no authentication."), false, ""},
    {"smtp.password", QT_TRANSLATE_NOOP("Ledgerdesk::Settings", "SMTP password (kept in this machine's secret store)."), true, ""},
    {"smtp.from", QT_TRANSLATE_NOOP("Ledgerdesk::Settings", "Sender address of the e-mails, like \"Ledgerdesk Bank <noreply@bank.example>\"."), false, "noreply@ledgerdesk.invalid"},
    {"smtp.ca_file", QT_TRANSLATE_NOOP("Ledgerdesk::Settings", "A PEM file of certificate authorities to trust for the SMTP server, besides the system's."), false, ""},
    {"smtp.verify_peer", QT_TRANSLATE_NOOP("Ledgerdesk::Settings", "\"true\" (default) verifies the SMTP server's certificate; \"false\" turns that off and is logged."), false, "true"},
    {"smtp.timeout_ms", QT_TRANSLATE_NOOP("Ledgerdesk::Settings", "How long one SMTP exchange may take, in milliseconds."), false, "30000"},
    {"sms.base_url", QT_TRANSLATE_NOOP("Ledgerdesk::Settings", "Base URL of the Twilio-compatible SMS and WhatsApp API, like https://api.twilio.com."), false, ""},
    {"sms.account", QT_TRANSLATE_NOOP("Ledgerdesk::Settings", "Account SID of the SMS provider."), false, ""},
    {"sms.token", QT_TRANSLATE_NOOP("Ledgerdesk::Settings", "Auth token of the SMS provider (kept in this machine's secret store)."), true, ""},
    {"sms.from", QT_TRANSLATE_NOOP("Ledgerdesk::Settings", "Sending phone number in E.164, like +14155550100; WhatsApp messages go from whatsapp:+..."), false, ""},
    {"intake.secret", QT_TRANSLATE_NOOP("Ledgerdesk::Settings", "Shared secret for the webhook's HMAC-SHA256 signature; empty accepts unsigned requests (kept in this machine's secret store)."), true, ""},
    {"bands.high_value", QT_TRANSLATE_NOOP("Ledgerdesk::Settings", "Ingested amounts at or above this (in the transaction's currency) are high_value."), false, "1000.00"},
    {"bands.medium_value", QT_TRANSLATE_NOOP("Ledgerdesk::Settings", "Ingested amounts at or above this and below high_value are medium_value; the rest are standard."), false, "100.00"},
    {"loans.rate_tiers", QT_TRANSLATE_NOOP("Ledgerdesk::Settings", "Annual loan rates by term: \"12:8.00,24:12.00,*:15.00\" is 8 % up to 12 months, 12 % up to 24, 15 % beyond."), false, "12:8.00,24:12.00,*:15.00"},
    {"notify.max_attempts", QT_TRANSLATE_NOOP("Ledgerdesk::Settings", "Attempts before a notification is DEAD."), false, "8"},
};

bool isWholeNumberIn(const QString &value, qint64 low, qint64 high)
{
    bool ok = false;
    const qint64 number = value.toLongLong(&ok);
    return ok && number >= low && number <= high;
}

} // namespace

const QList<SettingDefinition> &settingDefinitions()
{
    return definitions;
}

const SettingDefinition *findSetting(const QString &key)
{
    for (const SettingDefinition &definition : definitions) {
        if (key == QLatin1String(definition.key))
            return &definition;
    }
    return nullptr;
}

QString checkSettingValue(const QString &key, const QString &value)
{
    if (!findSetting(key))
        return Strings::tr("\"%1\" is not a setting; \"ledgerdesk config list\" shows them.").arg(key);
    if (value.isEmpty())
        return {};
    if (key == QLatin1String("smtp.url")) {
        const QUrl url(value);
        const QStringList schemes{QStringLiteral("smtp"), QStringLiteral("smtps"), QStringLiteral("smtp+starttls")};
        if (!url.isValid() || !schemes.contains(url.scheme()) || url.host().isEmpty())
            return Strings::tr("smtp.url must look like smtp://host:port, smtps://host:port or smtp+starttls://host:port.");
    } else if (key == QLatin1String("sms.base_url")) {
        const QUrl url(value);
        if (!url.isValid() || (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http")) || url.host().isEmpty())
            return Strings::tr("sms.base_url must be an http or https address.");
    } else if (key == QLatin1String("smtp.verify_peer")) {
        if (value != QLatin1String("true") && value != QLatin1String("false"))
            return Strings::tr("smtp.verify_peer is true or false.");
    } else if (key == QLatin1String("smtp.timeout_ms")) {
        if (!isWholeNumberIn(value, 1000, 600000))
            return Strings::tr("smtp.timeout_ms is a whole number of milliseconds between 1000 and 600000.");
    } else if (key == QLatin1String("notify.max_attempts")) {
        if (!isWholeNumberIn(value, 1, 100))
            return Strings::tr("notify.max_attempts is a whole number between 1 and 100.");
    } else if (key == QLatin1String("smtp.ca_file")) {
        if (!QFileInfo(value).isReadable())
            return Strings::tr("The CA file %1 cannot be read.").arg(value);
    } else if (key == QLatin1String("loans.rate_tiers")) {
        if (auto tiers = RateTiers::fromText(value); !tiers)
            return tiers.error().message;
    } else if (key.startsWith(QLatin1String("bands."))) {
        auto amount = Money::parse(value, QStringLiteral("USD"));
        if (!amount)
            return Strings::tr("%1 is an amount like 1000.00: %2").arg(key, amount.error().message);
    }
    return {};
}

SecretStore::SecretStore(QString path) : m_path(std::move(path)) {}

QString SecretStore::defaultPath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation)).filePath(QStringLiteral("secrets.json"));
}

Result<QString> SecretStore::value(const QString &key) const
{
    QFile file(m_path);
    if (!file.exists())
        return QString();
    if (!file.open(QIODevice::ReadOnly))
        return makeError(Error::Kind::Storage, Strings::tr("Could not read the secret store %1.").arg(m_path), file.errorString());
    if (file.permissions() & (QFile::ReadGroup | QFile::ReadOther))
        qCWarning(lcStorage) << "the secret store" << m_path << "is readable by others";
    return QJsonDocument::fromJson(file.readAll()).object().value(key).toString();
}

Result<void> SecretStore::setValue(const QString &key, const QString &value)
{
    QJsonObject secrets;
    QFile existing(m_path);
    if (existing.exists()) {
        if (!existing.open(QIODevice::ReadOnly))
            return makeError(Error::Kind::Storage, Strings::tr("Could not read the secret store %1.").arg(m_path), existing.errorString());
        secrets = QJsonDocument::fromJson(existing.readAll()).object();
    }
    if (value.isEmpty())
        secrets.remove(key);
    else
        secrets.insert(key, value);
    if (!QDir().mkpath(QFileInfo(m_path).absolutePath()))
        return makeError(Error::Kind::Storage, Strings::tr("Could not create the folder of %1.").arg(m_path));
    QSaveFile file(m_path);
    if (!file.open(QIODevice::WriteOnly))
        return makeError(Error::Kind::Storage, Strings::tr("Could not write the secret store %1.").arg(m_path), file.errorString());
    // Owner-only before a single secret byte is written.
    file.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
    file.write(QJsonDocument(secrets).toJson());
    if (!file.commit())
        return makeError(Error::Kind::Storage, Strings::tr("Could not write the secret store %1.").arg(m_path), file.errorString());
    QFile::setPermissions(m_path, QFile::ReadOwner | QFile::WriteOwner);
    return {};
}

Result<QString> BookSettings::value(const QString &key)
{
    const SettingDefinition *definition = findSetting(key);
    Q_ASSERT(definition && !definition->secret);
    QSqlQuery &query = m_db.prepared(QStringLiteral("SELECT value FROM settings WHERE key = ?"));
    query.addBindValue(key);
    if (auto ok = m_db.exec(query, Strings::tr("Could not read the settings.")); !ok)
        return ok.error();
    if (!query.next())
        return QString::fromUtf8(definition->defaultValue);
    const QString value = query.value(0).toString();
    query.finish();
    return value;
}

Result<void> BookSettings::setValue(const QString &key, const QString &value)
{
    QSqlQuery query(m_db.connection());
    query.prepare(QStringLiteral("INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
    query.addBindValue(key);
    query.addBindValue(notNull(value));
    return m_db.exec(query, Strings::tr("Could not save the setting %1.").arg(key));
}

Result<QString> Settings::value(const QString &key)
{
    const SettingDefinition *definition = findSetting(key);
    if (!definition)
        return makeError(Error::Kind::Validation, checkSettingValue(key, QString()));
    return definition->secret ? m_secrets.value(key) : m_book.value(key);
}

Result<void> Settings::setValue(const QString &key, const QString &value)
{
    if (const QString problem = checkSettingValue(key, value); !problem.isEmpty())
        return makeError(Error::Kind::Validation, problem);
    return findSetting(key)->secret ? m_secrets.setValue(key, value) : m_book.setValue(key, value);
}

} // namespace Ledgerdesk
