#include "messagetype.h"

#include "core/money.h"
#include "core/plaintext.h"

#include <QCoreApplication>

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
    const QString text = value.toString();
    if (text.trimmed().isEmpty())
        return invalid(field, Strings::tr("The field \"%1\" is empty.").arg(field));
    if (text.size() > PlainText::maxLength)
        return invalid(
            field, Strings::tr("The field \"%1\" can be at most %2 characters long.").arg(field).arg(PlainText::maxLength));
    if (PlainText::hasControlCharacters(text))
        return invalid(field, Strings::tr("The field \"%1\" holds a line break or another control character.").arg(field));
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
    // Too many decimals for any currency: the sentence of one currency would mislead about the others.
    const QString text = value.toString().trimmed();
    if (const qsizetype point = text.indexOf(QLatin1Char('.')); point >= 0 && text.size() - point - 1 > 3)
        return invalid(field, Strings::tr("The field \"%1\" has more decimal places than any currency allows.").arg(field));
    return invalid(field, Strings::tr("The field \"%1\": %2").arg(field, firstProblem->message));
}

} // namespace

Result<void> PayloadField::check(const QJsonObject &payload) const
{
    const QJsonValue value = payload.value(name);
    // An optional field left blank is as good as absent.
    const bool blank = value.isUndefined() || value.isNull() || (value.isString() && value.toString().trimmed().isEmpty());
    if (blank && !required)
        return {};
    if (value.isUndefined() || value.isNull())
        return invalid(name, Strings::tr("The field \"%1\" is missing.").arg(name));
    switch (kind) {
    case Kind::Text:
        return checkText(name, value);
    case Kind::Amount:
        return checkAmount(name, value);
    case Kind::Object:
        if (!value.isObject() || value.toObject().isEmpty())
            return invalid(name, Strings::tr("The field \"%1\" must name at least one attribute and its new value.").arg(name));
        return {};
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
