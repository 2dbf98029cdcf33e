#pragma once

#include "core/result.h"

#include <QList>
#include <QString>

namespace Ledgerdesk {

class Database;

// A setting that `ledgerdesk config` knows: its key, what it is for, whether it is a secret, and how
// its value is checked before it is stored.
struct SettingDefinition
{
    const char *key;
    const char *description;
    bool secret;
    const char *defaultValue;
};

// The documented keys: smtp.*, sms.*, intake.*, bands.*, loans.*, notify.*.
const QList<SettingDefinition> &settingDefinitions();
const SettingDefinition *findSetting(const QString &key);
// A sentence naming the problem when `value` is not acceptable for `key`, else an empty string.
QString checkSettingValue(const QString &key, const QString &value);

// Secrets (SMTP password, SMS token, webhook secret) of this machine, in a file only its owner can
// read (0600) under the configuration folder. No keyring is used on this platform; the file's
// permissions are checked and repaired on every write. Not thread-safe; cheap to construct.
class SecretStore
{
public:
    explicit SecretStore(QString path = defaultPath());

    static QString defaultPath();
    const QString &path() const { return m_path; }

    Result<QString> value(const QString &key) const;
    Result<void> setValue(const QString &key, const QString &value);

private:
    QString m_path;
};

// The settings every machine on this book shares, in the book's settings table; secrets are
// refused here and go to the SecretStore.
class BookSettings
{
public:
    explicit BookSettings(Database &db) : m_db(db) {}

    // The stored value, or the definition's default when none is stored.
    Result<QString> value(const QString &key);
    Result<void> setValue(const QString &key, const QString &value);

private:
    Database &m_db;
};

// Reads any setting from where it lives: secrets from the SecretStore, the rest from the book.
class Settings
{
public:
    Settings(Database &db, SecretStore secrets = SecretStore()) : m_book(db), m_secrets(std::move(secrets)) {}

    Result<QString> value(const QString &key);
    // Checks the key and the value, then stores it where it belongs.
    Result<void> setValue(const QString &key, const QString &value);

private:
    BookSettings m_book;
    SecretStore m_secrets;
};

} // namespace Ledgerdesk
