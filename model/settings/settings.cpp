#include "settings.h"

#include "core/logging.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
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

} // namespace

SecretStore::SecretStore(QString path)
    : m_path(std::move(path))
{ }

QString SecretStore::defaultPath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation)).filePath(QStringLiteral("secrets.json"));
}

Result<QJsonObject> SecretStore::read() const
{
    QFile file(m_path);
    if (!file.exists())
        return QJsonObject();
    if (!file.open(QIODevice::ReadOnly))
        return makeError(Error::Kind::Storage,
            Strings::tr("Could not read the secret store %1: this user may not open it. Run as the user who set the "
                        "secrets, or set them again as this one.")
                .arg(m_path),
            file.errorString());
    // Nothing is guessed from a damaged store: it is left as it is for a person to mend or remove.
    const QString unreadable = Strings::tr("Could not read the secret store %1: it is damaged (not the JSON object of "
                                           "text values it should be). Mend or remove the file, then set the secrets "
                                           "again with `ledgerdesk config set`.")
                                   .arg(m_path);
    if (file.permissions() & (QFile::ReadGroup | QFile::ReadOther))
        qCWarning(lcStorage) << "the secret store" << m_path << "is readable by others";
    QJsonParseError parsed;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parsed);
    if (parsed.error != QJsonParseError::NoError)
        return makeError(
            Error::Kind::Storage, unreadable, QStringLiteral("%1 at offset %2").arg(parsed.errorString()).arg(parsed.offset));
    if (!document.isObject())
        return makeError(Error::Kind::Storage, unreadable, QStringLiteral("not a JSON object"));
    const QJsonObject secrets = document.object();
    for (auto it = secrets.begin(); it != secrets.end(); ++it) {
        if (!it.value().isString())
            return makeError(Error::Kind::Storage, unreadable, QStringLiteral("the value of %1 is not text").arg(it.key()));
    }
    return secrets;
}

Result<QString> SecretStore::value(const QString &key) const
{
    auto secrets = read();
    if (!secrets)
        return secrets.error();
    return secrets->value(key).toString();
}

Result<void> SecretStore::setValue(const QString &key, const QString &value)
{
    auto stored = read();
    if (!stored)
        return stored.error();
    QJsonObject secrets = std::move(stored).value();
    if (value.isEmpty())
        secrets.remove(key);
    else
        secrets.insert(key, value);
    if (!QDir().mkpath(QFileInfo(m_path).absolutePath()))
        return makeError(Error::Kind::Storage, Strings::tr("Could not create the folder of %1.").arg(m_path));
    QSaveFile file(m_path);
    if (!file.open(QIODevice::WriteOnly))
        return makeError(
            Error::Kind::Storage, Strings::tr("Could not write the secret store %1.").arg(m_path), file.errorString());
    // Owner-only before a single secret byte is written.
    file.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
    file.write(QJsonDocument(secrets).toJson());
    if (!file.commit())
        return makeError(
            Error::Kind::Storage, Strings::tr("Could not write the secret store %1.").arg(m_path), file.errorString());
    QFile::setPermissions(m_path, QFile::ReadOwner | QFile::WriteOwner);
    return {};
}

Result<QString> BookSettings::value(const SettingDefinition &setting)
{
    Q_ASSERT(!setting.isSecret());
    QSqlQuery &query = m_db.prepared(QStringLiteral("SELECT value FROM settings WHERE key = ?"));
    query.addBindValue(setting.key);
    if (auto ok = m_db.exec(query, Strings::tr("Could not read the settings.")); !ok)
        return ok.error();
    if (!query.next())
        return setting.defaultValue;
    const QString value = query.value(0).toString();
    query.finish();
    return value;
}

Result<void> BookSettings::setValue(const SettingDefinition &setting, const QString &value)
{
    Q_ASSERT(!setting.isSecret());
    QSqlQuery query(m_db.connection());
    query.prepare(
        QStringLiteral("INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
    query.addBindValue(setting.key);
    query.addBindValue(notNull(value));
    return m_db.exec(query, Strings::tr("Could not save the setting %1.").arg(setting.key));
}

Result<QString> Settings::value(const SettingDefinition &setting)
{
    return setting.isSecret() ? m_secrets.value(setting.key) : m_book.value(setting);
}

Result<void> Settings::setValue(const SettingDefinition &setting, const QString &value)
{
    if (const QString problem = setting.problemWith(value); !problem.isEmpty())
        return makeError(Error::Kind::Validation, problem, setting.key);
    return setting.isSecret() ? m_secrets.setValue(setting.key, value) : m_book.setValue(setting, value);
}

Result<bool> Settings::isSet(const SettingDefinition &setting)
{
    auto stored = value(setting);
    if (!stored)
        return stored.error();
    return !stored->isEmpty();
}

} // namespace Ledgerdesk
