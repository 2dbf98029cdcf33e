#pragma once

#include "core/result.h"
#include "settings/settingdefinition.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace Ledgerdesk {

class Database;

// Secrets (SMTP password, SMS token, webhook secret) of this machine, in a file only its owner can
// read (0600) under the configuration folder. No keyring is used on this platform; the file's
// permissions are checked and repaired on every write. A store that exists but cannot be read as one
// JSON object of texts is a Storage error for every read and write, and is never replaced. Not
// thread-safe; cheap to construct.
class SecretStore
{
public:
    explicit SecretStore(QString path = defaultPath());

    static QString defaultPath();
    const QString &path() const { return m_path; }

    Result<QString> value(const QString &key) const;
    Result<void> setValue(const QString &key, const QString &value);

private:
    // Every secret in the store; empty when there is no store yet.
    Result<QJsonObject> read() const;

    QString m_path;
};

// The settings every machine on this book shares, in the book's settings table; secrets never
// come here (they go to the SecretStore).
class BookSettings
{
public:
    explicit BookSettings(Database &db)
        : m_db(db)
    { }

    // The stored value, or the definition's default when none is stored.
    Result<QString> value(const SettingDefinition &setting);
    Result<void> setValue(const SettingDefinition &setting, const QString &value);

private:
    Database &m_db;
};

// Reads any setting from where it lives: secrets from the SecretStore, the rest from the book.
class Settings
{
public:
    Settings(Database &db, SecretStore secrets = SecretStore())
        : m_book(db)
        , m_secrets(std::move(secrets))
    { }

    Result<QString> value(const SettingDefinition &setting);
    // Checks the value against the declaration, then stores it where it belongs.
    Result<void> setValue(const SettingDefinition &setting, const QString &value);
    // Whether a value is stored (for secrets, which are never shown).
    Result<bool> isSet(const SettingDefinition &setting);

private:
    BookSettings m_book;
    SecretStore m_secrets;
};

} // namespace Ledgerdesk
