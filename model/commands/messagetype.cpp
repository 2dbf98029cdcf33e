#include "messagetype.h"

#include "core/money.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <optional>

namespace Ledgerdesk {

namespace {

struct Strings
{
    Q_DECLARE_TR_FUNCTIONS(Ledgerdesk::HandlerContext)
};

// Amount fields are read before the handler knows the currency, so the form is checked against the
// kinds of currency there are (no decimals, two, three); the handler checks the currency's own.
const QStringList currencyKinds {QStringLiteral("USD"), QStringLiteral("JPY"), QStringLiteral("KWD")};

Error invalid(const QString &field, const QString &sentence)
{
    return makeError(Error::Kind::Validation, sentence, field);
}

Result<void> checkText(const QString &field, const QJsonValue &value)
{
    if (!value.isString())
        return invalid(field, Strings::tr("The field \"%1\" must be text.").arg(field));
    if (value.toString().trimmed().isEmpty())
        return invalid(field, Strings::tr("The field \"%1\" is empty.").arg(field));
    return {};
}

Result<void> checkAmount(const QString &field, const QJsonValue &value)
{
    if (auto ok = checkText(field, value); !ok)
        return ok;
    std::optional<Error> firstProblem;
    for (const QString &currency : currencyKinds) {
        auto amount = Money::parse(value.toString(), currency);
        if (amount && amount->isZero())
            return invalid(field, Strings::tr("The field \"%1\": the amount must be more than zero.").arg(field));
        if (amount)
            return {};
        if (!firstProblem)
            firstProblem = amount.error();
    }
    return invalid(field, Strings::tr("The field \"%1\": %2").arg(field, firstProblem->message));
}

Result<void> checkWholeNumber(const PayloadField &field, const QJsonValue &value)
{
    bool ok = false;
    qint64 number = 0;
    if (value.isString()) {
        number = value.toString().trimmed().toLongLong(&ok);
    } else if (value.isDouble()) {
        const double raw = value.toDouble();
        number = qint64(raw);
        ok = double(number) == raw;
    }
    if (!ok || number < field.minimum || number > field.maximum)
        return invalid(field.name,
            Strings::tr("The field \"%1\" must be a whole number from %2 to %3.")
                .arg(field.name)
                .arg(field.minimum)
                .arg(field.maximum));
    return {};
}

} // namespace

Result<void> PayloadField::check(const QJsonObject &payload) const
{
    const QJsonValue value = payload.value(name);
    if (value.isUndefined() || value.isNull()) {
        if (required)
            return invalid(name, Strings::tr("The field \"%1\" is missing.").arg(name));
        return {};
    }
    switch (kind) {
    case Kind::Text:
        return checkText(name, value);
    case Kind::Amount:
        return checkAmount(name, value);
    case Kind::WholeNumber:
        return checkWholeNumber(*this, value);
    case Kind::Object:
        if (!value.isObject() || value.toObject().isEmpty())
            return invalid(name, Strings::tr("The field \"%1\" must name at least one attribute and its new value.").arg(name));
        return {};
    case Kind::TextList: {
        const QJsonArray list = value.toArray();
        if (!value.isArray() || std::any_of(list.begin(), list.end(), [](const QJsonValue &item) { return !item.isString(); }))
            return invalid(name, Strings::tr("The field \"%1\" must be a list of words.").arg(name));
        return {};
    }
    }
    return {};
}

Result<void> MessageType::checkPayload(const QJsonObject &payload) const
{
    for (const PayloadField &field : fields) {
        if (auto ok = field.check(payload); !ok)
            return ok;
    }
    if (customCheck)
        return customCheck(payload);
    return {};
}

QString MessageType::displayAmount(const QJsonObject &result, const QString &field)
{
    const QString text = result.value(field).toString();
    auto amount = Money::parse(text, result.value(QStringLiteral("currency")).toString());
    return amount ? amount->format() : text;
}

} // namespace Ledgerdesk
