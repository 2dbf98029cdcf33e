#include "client.h"

#include "core/plaintext.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QLocale>
#include <QRegularExpression>

namespace Ledgerdesk {

namespace {

struct Strings
{
    Q_DECLARE_TR_FUNCTIONS(Ledgerdesk::Client)
};

Error invalid(const QString &field, const QString &sentence)
{
    return makeError(Error::Kind::Validation, sentence, field);
}

const QStringList knownChannels {QStringLiteral("email"), QStringLiteral("sms"), QStringLiteral("whatsapp")};

} // namespace

namespace ClientValidation {

bool isValidEmail(const QString &email)
{
    // One @, a dotted domain, no spaces; the practical shape banks check, not full RFC 5322.
    static const QRegularExpression pattern(
        QStringLiteral("^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?"
                       "(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+$"));
    return email.size() <= 254 && pattern.match(email).hasMatch() && !email.contains(QLatin1String(".."));
}

bool isValidPhone(const QString &phone)
{
    static const QRegularExpression pattern(QStringLiteral("^\\+[1-9][0-9]{6,14}$"));
    return pattern.match(phone).hasMatch();
}

} // namespace ClientValidation

const QStringList &Client::editableFields()
{
    static const QStringList fields {QStringLiteral("first_name"), QStringLiteral("last_name"), QStringLiteral("email"),
        QStringLiteral("phone"), QStringLiteral("channels"), QStringLiteral("locale")};
    return fields;
}

QString Client::field(const QString &name) const
{
    if (name == QLatin1String("first_name"))
        return firstName;
    if (name == QLatin1String("last_name"))
        return lastName;
    if (name == QLatin1String("email"))
        return email;
    if (name == QLatin1String("phone"))
        return phone;
    if (name == QLatin1String("channels"))
        return channels.join(QLatin1Char(','));
    if (name == QLatin1String("locale"))
        return locale;
    return {};
}

Result<void> Client::setField(const QString &name, const QJsonValue &value)
{
    if (name == QLatin1String("channels")) {
        QStringList list;
        if (value.isArray()) {
            for (const QJsonValue &item : value.toArray())
                list << item.toString();
        } else if (value.isString()) {
            list = value.toString().split(QLatin1Char(','), Qt::SkipEmptyParts);
        } else {
            return invalid(name, Strings::tr("\"channels\" must be a list of email, sms and whatsapp."));
        }
        for (QString &channel : list)
            channel = channel.trimmed().toLower();
        list.removeDuplicates();
        channels = list;
        return {};
    }
    if (!value.isString())
        return invalid(name, Strings::tr("\"%1\" must be text.").arg(name));
    const QString text = value.toString().trimmed();
    if (name == QLatin1String("first_name"))
        firstName = text;
    else if (name == QLatin1String("last_name"))
        lastName = text;
    else if (name == QLatin1String("email"))
        email = text.toLower();
    else if (name == QLatin1String("phone"))
        phone = QString(text).remove(QLatin1Char(' ')).remove(QLatin1Char('-'));
    else if (name == QLatin1String("locale"))
        locale = text;
    else
        return invalid(name, Strings::tr("\"%1\" is not an attribute of a client that can be changed.").arg(name));
    return {};
}

Result<void> Client::validate() const
{
    if (firstName.isEmpty())
        return invalid(QStringLiteral("first_name"), Strings::tr("Enter the client's first name."));
    if (lastName.isEmpty())
        return invalid(QStringLiteral("last_name"), Strings::tr("Enter the client's last name."));
    if (firstName.size() > 100 || lastName.size() > 100)
        return invalid(QStringLiteral("last_name"), Strings::tr("Names can be at most 100 characters long."));
    for (const auto &[field, text] : {std::pair {QStringLiteral("first_name"), firstName},
             {QStringLiteral("last_name"), lastName}, {QStringLiteral("email"), email}, {QStringLiteral("phone"), phone}}) {
        if (PlainText::hasControlCharacters(text))
            return invalid(field,
                Strings::tr(
                    "A name, an e-mail address or a phone number cannot hold a line break or another control character."));
    }
    if (email.isEmpty() && phone.isEmpty())
        return invalid(QStringLiteral("email"), Strings::tr("Enter an e-mail address or a phone number."));
    if (!email.isEmpty() && !ClientValidation::isValidEmail(email))
        return invalid(QStringLiteral("email"), Strings::tr("\"%1\" is not a valid e-mail address.").arg(email));
    if (!phone.isEmpty() && !ClientValidation::isValidPhone(phone))
        return invalid(QStringLiteral("phone"),
            Strings::tr("\"%1\" is not a valid phone number; write it with the country code, like +14155550123.").arg(phone));
    for (const QString &channel : channels) {
        if (!knownChannels.contains(channel))
            return invalid(
                QStringLiteral("channels"), Strings::tr("\"%1\" is not a channel; use email, sms or whatsapp.").arg(channel));
        if (channel == QLatin1String("email") && email.isEmpty())
            return invalid(QStringLiteral("channels"), Strings::tr("The e-mail channel needs an e-mail address."));
        if (channel != QLatin1String("email") && phone.isEmpty())
            return invalid(QStringLiteral("channels"), Strings::tr("The %1 channel needs a phone number.").arg(channel));
    }
    if (QLocale(locale).name() == QLatin1String("C") && locale != QLatin1String("C"))
        return invalid(
            QStringLiteral("locale"), Strings::tr("\"%1\" is not a known language and region, like en_US.").arg(locale));
    return {};
}

} // namespace Ledgerdesk
