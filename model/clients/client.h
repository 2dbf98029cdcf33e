#pragma once

#include "core/result.h"

#include <QJsonObject>
#include <QStringList>

namespace Ledgerdesk {

// A bank client. Channels are the ways they want to hear from us: "email", "sms", "whatsapp".
struct Client
{
    QString id;
    QString firstName;
    QString lastName;
    QString email;
    QString phone; // E.164, "+4915112345678"
    QStringList channels;
    QString locale; // BCP 47, "en_US"
    qint64 createdAtMs = 0;
    qint64 updatedAtMs = 0;
    qint64 deletedAtMs = 0; // 0 while the client exists

    QString fullName() const { return firstName + QLatin1Char(' ') + lastName; }
    bool isDeleted() const { return deletedAtMs != 0; }

    // The editable attributes by their message names (first_name, email, channels, ...).
    static const QStringList &editableFields();
    QString field(const QString &name) const;
    // Sets an attribute from its message form; a sentence naming the field when the value is wrong.
    Result<void> setField(const QString &name, const QJsonValue &value);
    // Checks every attribute as a bank would; the first problem as a sentence naming the field.
    Result<void> validate() const;
};

namespace ClientValidation {
bool isValidEmail(const QString &email);
bool isValidPhone(const QString &phone);
} // namespace ClientValidation

} // namespace Ledgerdesk
