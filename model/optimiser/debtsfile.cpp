#include "debtsfile.h"

#include "core/money.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

namespace Ledgerdesk {

namespace {

struct Strings
{
    Q_DECLARE_TR_FUNCTIONS(Ledgerdesk::DebtsFile)
};

Error invalid(const QString &message, const QString &detail = {})
{
    return makeError(Error::Kind::Validation, message, detail);
}

// The first key of `object` that is not in `known`; empty when there is none.
QString unknownKey(const QJsonObject &object, const QStringList &known)
{
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        if (!known.contains(it.key()))
            return it.key();
    }
    return {};
}

Result<Debt> parseDebt(const QJsonValue &value, int index, const QString &currency)
{
    static const QStringList fields {
        QStringLiteral("name"), QStringLiteral("balance"), QStringLiteral("rate"), QStringLiteral("minimum")};
    if (!value.isObject())
        return invalid(
            Strings::tr("Debt %1 in the file is not an object with a name, balance, rate and minimum.").arg(index + 1));
    const QJsonObject object = value.toObject();
    Debt debt;
    debt.name = object.value(QStringLiteral("name")).toString().trimmed();
    if (debt.name.isEmpty())
        return invalid(Strings::tr("Debt %1 in the file has no \"name\".").arg(index + 1));
    if (const QString key = unknownKey(object, fields); !key.isEmpty())
        return invalid(Strings::tr("Debt \"%1\" has an unknown field \"%2\"; the fields are name, balance, rate and minimum.")
                           .arg(debt.name, key));

    const auto amount = [&](const QString &field) -> Result<qint64> {
        const QJsonValue text = object.value(field);
        if (text.isUndefined())
            return invalid(Strings::tr("Debt \"%1\" has no \"%2\".").arg(debt.name, field));
        if (!text.isString())
            return invalid(Strings::tr("Debt \"%1\", %2: write the amount as a string, like \"2500.00\".").arg(debt.name, field));
        auto money = Money::parse(text.toString(), currency);
        if (!money)
            return invalid(Strings::tr("Debt \"%1\", %2: %3").arg(debt.name, field, money.error().message), money.error().detail);
        return money->minor();
    };
    auto balance = amount(QStringLiteral("balance"));
    if (!balance)
        return balance.error();
    debt.balanceMinor = *balance;

    const QJsonValue rate = object.value(QStringLiteral("rate"));
    if (rate.isUndefined())
        return invalid(Strings::tr("Debt \"%1\" has no \"rate\".").arg(debt.name));
    if (!rate.isString() && !rate.isDouble())
        return invalid(Strings::tr("Debt \"%1\", rate: write the annual percentage like \"19.99\".").arg(debt.name));
    // A number is read as its shortest decimal form, which is what was written: 19.99 stays "19.99".
    const QString rateText
        = rate.isString() ? rate.toString() : QString::number(rate.toDouble(), 'g', QLocale::FloatingPointShortest);
    auto ratePpm = Debt::parseRate(rateText);
    if (!ratePpm)
        return invalid(Strings::tr("Debt \"%1\", rate: %2").arg(debt.name, ratePpm.error().message), ratePpm.error().detail);
    debt.ratePpm = *ratePpm;

    auto minimum = amount(QStringLiteral("minimum"));
    if (!minimum)
        return minimum.error();
    debt.minimumMinor = *minimum;
    return debt;
}

Result<ExtraPayment> parseExtra(const QJsonValue &value, int index, const QString &currency)
{
    static const QStringList fields {QStringLiteral("month"), QStringLiteral("amount")};
    const QJsonObject object = value.toObject();
    if (!value.isObject() || !unknownKey(object, fields).isEmpty())
        return invalid(Strings::tr("Extra payment %1 must be an object with a \"month\" and an \"amount\".").arg(index + 1));
    const QJsonValue month = object.value(QStringLiteral("month"));
    const double number = month.toDouble(-1);
    if (!month.isDouble() || number < 1 || number > DebtOptimiser::maxMonths || number != double(int(number)))
        return invalid(Strings::tr("Extra payment %1, month: write the month of the plan as a whole number from 1 to %2.")
                           .arg(index + 1)
                           .arg(DebtOptimiser::maxMonths));
    const QJsonValue text = object.value(QStringLiteral("amount"));
    if (!text.isString())
        return invalid(Strings::tr("Extra payment %1, amount: write the amount as a string, like \"500.00\".").arg(index + 1));
    auto amount = Money::parse(text.toString(), currency);
    if (!amount)
        return invalid(
            Strings::tr("Extra payment %1, amount: %2").arg(index + 1).arg(amount.error().message), amount.error().detail);
    return ExtraPayment {int(number), amount->minor()};
}

} // namespace

Result<PayoffInput> parseDebtsFile(const QByteArray &json)
{
    static const QStringList fields {
        QStringLiteral("currency"), QStringLiteral("start"), QStringLiteral("debts"), QStringLiteral("extra")};
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return invalid(Strings::tr("The debts file is not valid JSON: %1 at character %2.")
                           .arg(parseError.errorString())
                           .arg(parseError.offset));
    if (!document.isObject())
        return invalid(Strings::tr("The debts file must hold one JSON object with \"currency\", \"start\" and \"debts\"."));
    const QJsonObject root = document.object();
    if (const QString key = unknownKey(root, fields); !key.isEmpty())
        return invalid(
            Strings::tr("The debts file has an unknown field \"%1\"; the fields are currency, start, debts and extra.").arg(key));

    PayoffInput input;
    input.currency = root.value(QStringLiteral("currency")).toString().trimmed();
    if (input.currency.isEmpty())
        return invalid(Strings::tr("The debts file needs a \"currency\", like \"USD\"."));
    if (!Money::isKnownCurrency(input.currency))
        return invalid(Strings::tr("The currency \"%1\" is not supported.").arg(input.currency));
    const QJsonValue start = root.value(QStringLiteral("start"));
    if (!start.isString())
        return invalid(Strings::tr("The debts file needs a \"start\" month, like \"2027-01\"."));
    auto startMonth = YearMonth::parse(start.toString());
    if (!startMonth)
        return invalid(Strings::tr("start: %1").arg(startMonth.error().message), startMonth.error().detail);
    input.start = *startMonth;

    const QJsonValue debts = root.value(QStringLiteral("debts"));
    if (!debts.isArray() || debts.toArray().isEmpty())
        return invalid(Strings::tr("The debts file needs a \"debts\" list with at least one debt."));
    const QJsonArray debtList = debts.toArray();
    if (debtList.size() > DebtOptimiser::maxDebts)
        return invalid(Strings::tr("The debts file lists %1 debts; a plan holds at most %2.")
                           .arg(debtList.size())
                           .arg(DebtOptimiser::maxDebts));
    input.debts.reserve(debtList.size());
    for (int i = 0; i < int(debtList.size()); ++i) {
        auto debt = parseDebt(debtList.at(i), i, input.currency);
        if (!debt)
            return debt.error();
        input.debts.append(*debt);
    }

    const QJsonValue extra = root.value(QStringLiteral("extra"));
    if (!extra.isUndefined() && !extra.isArray())
        return invalid(Strings::tr("\"extra\" must be a list of one-off payments like {\"month\": 3, \"amount\": \"500.00\"}."));
    const QJsonArray extras = extra.toArray();
    for (int i = 0; i < int(extras.size()); ++i) {
        auto payment = parseExtra(extras.at(i), i, input.currency);
        if (!payment)
            return payment.error();
        input.extras.append(*payment);
    }
    return input;
}

} // namespace Ledgerdesk
