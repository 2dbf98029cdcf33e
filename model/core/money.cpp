#include "money.h"

#include <QCoreApplication>
#include <QHash>

#include <limits>

namespace Ledgerdesk {

namespace {

struct CurrencyInfo
{
    int exponent;
    const char16_t *symbol;
};

const QHash<QString, CurrencyInfo> &currencyTable()
{
    static const QHash<QString, CurrencyInfo> table {
        {QStringLiteral("USD"), {2, u"$"}},
        {QStringLiteral("EUR"), {2, u"€"}},
        {QStringLiteral("GBP"), {2, u"£"}},
        {QStringLiteral("CHF"), {2, u"CHF"}},
        {QStringLiteral("CAD"), {2, u"CA$"}},
        {QStringLiteral("AUD"), {2, u"A$"}},
        {QStringLiteral("JPY"), {0, u"¥"}},
        {QStringLiteral("INR"), {2, u"₹"}},
        {QStringLiteral("KES"), {2, u"KSh"}},
        {QStringLiteral("NGN"), {2, u"₦"}},
        {QStringLiteral("GHS"), {2, u"GH₵"}},
        {QStringLiteral("ZAR"), {2, u"R"}},
        {QStringLiteral("UGX"), {0, u"USh"}},
        {QStringLiteral("TZS"), {2, u"TSh"}},
        {QStringLiteral("XOF"), {0, u"CFA"}},
        {QStringLiteral("KWD"), {3, u"KD"}},
        {QStringLiteral("BHD"), {3, u"BD"}},
    };
    return table;
}

struct Strings
{
    Q_DECLARE_TR_FUNCTIONS(Ledgerdesk::Money)
};

qint64 powerOfTen(int exponent)
{
    qint64 factor = 1;
    for (int i = 0; i < exponent; ++i)
        factor *= 10;
    return factor;
}

// The text with every decimal digit of any script (some, like Chakma, beyond the 16-bit range)
// written as an ASCII digit.
QString withAsciiDigits(const QString &text)
{
    QString ascii;
    ascii.reserve(text.size());
    for (const char32_t codePoint : text.toUcs4()) {
        if (codePoint > 0x7f && QChar::isDigit(codePoint))
            ascii += QLatin1Char(char('0' + QChar::digitValue(codePoint)));
        else
            ascii += QString::fromUcs4(&codePoint, 1);
    }
    return ascii;
}

// Whether `whole` (ASCII digits and the locale's group separators) groups its digits as people
// write them: in threes ("1.234.567" in German), or the locale's own way ("12,34,567" in India).
bool isWellGrouped(const QString &whole, const QString &group, const QLocale &locale)
{
    const QStringList groups = whole.split(group);
    bool inThrees = groups.first().size() >= 1 && groups.first().size() <= 3;
    for (qsizetype i = 1; i < groups.size(); ++i)
        inThrees = inThrees && groups.at(i).size() == 3;
    if (inThrees)
        return true;
    bool isNumber = false;
    const qlonglong value = QString(whole).remove(group).toLongLong(&isNumber);
    return isNumber && withAsciiDigits(locale.toString(value)) == whole;
}

Error invalidAmount(const QString &text, const QString &why)
{
    return makeError(Error::Kind::Validation, why, QStringLiteral("amount text: \"%1\"").arg(text));
}

} // namespace

int Money::exponent(const QString &currency)
{
    const auto it = currencyTable().constFind(currency);
    return it == currencyTable().cend() ? -1 : it->exponent;
}

QStringList Money::knownCurrencies()
{
    QStringList codes = currencyTable().keys();
    codes.sort();
    return codes;
}

Result<Money> Money::plus(const Money &other) const
{
    if (other.m_currency != m_currency)
        return makeError(Error::Kind::Validation, Strings::tr("Amounts in different currencies cannot be added."),
            m_currency + QLatin1Char('+') + other.m_currency);
    qint64 sum = 0;
    if (__builtin_add_overflow(m_minor, other.m_minor, &sum) || sum > maxMinor || sum < -maxMinor)
        return makeError(Error::Kind::Validation, Strings::tr("The amount is too large."));
    return Money(sum, m_currency);
}

Result<Money> Money::minus(const Money &other) const
{
    return plus(other.negated());
}

QString Money::toDecimalString() const
{
    const int digits = qMax(0, exponent(m_currency));
    const qint64 factor = powerOfTen(digits);
    const quint64 magnitude = m_minor < 0 ? quint64(-(m_minor + 1)) + 1 : quint64(m_minor);
    QString text = QString::number(magnitude / quint64(factor));
    if (digits > 0)
        text += QLatin1Char('.') + QString::number(magnitude % quint64(factor)).rightJustified(digits, QLatin1Char('0'));
    return m_minor < 0 ? QLatin1Char('-') + text : text;
}

QString Money::formatNumber(const QLocale &locale) const
{
    const int digits = qMax(0, exponent(m_currency));
    const qint64 factor = powerOfTen(digits);
    const qint64 magnitude = m_minor < 0 ? -m_minor : m_minor;
    QString number = locale.toString(magnitude / factor);
    if (digits > 0) {
        QString fraction = QString::number(magnitude % factor).rightJustified(digits, QLatin1Char('0'));
        // Keep the locale's own digits (for example Arabic-Indic) in the fraction too.
        if (locale.zeroDigit() != QStringLiteral("0")) {
            QString localDigits;
            for (const QChar c : std::as_const(fraction))
                localDigits += locale.toString(c.digitValue());
            fraction = localDigits;
        }
        number += locale.decimalPoint() + fraction;
    }
    return number;
}

QString Money::format(const QLocale &locale) const
{
    const QString number = formatNumber(locale);
    const auto it = currencyTable().constFind(m_currency);
    const QString symbol = it == currencyTable().cend() ? m_currency : QString::fromUtf16(it->symbol);
    // Let the locale place the symbol and the sign, then put the real number where its "1" stands.
    const QString pattern = locale.toCurrencyString(qlonglong(m_minor < 0 ? -1 : 1), symbol);
    const QString one = locale.toString(1);
    const qsizetype at = pattern.indexOf(one);
    if (at < 0)
        return symbol + QLatin1Char(' ') + (m_minor < 0 ? QStringLiteral("-") : QString()) + number;
    return QString(pattern).replace(at, one.size(), number);
}

Result<Money> Money::parse(const QString &input, const QString &currency, bool allowNegative)
{
    const int digits = exponent(currency);
    if (digits < 0)
        return makeError(Error::Kind::Validation, Strings::tr("The currency \"%1\" is not supported.").arg(currency));
    const QString text = input.trimmed();
    if (text.isEmpty())
        return invalidAmount(input, Strings::tr("Enter an amount."));

    qsizetype pos = 0;
    bool negative = false;
    if (text.at(0) == QLatin1Char('-')) {
        if (!allowNegative)
            return invalidAmount(input, Strings::tr("The amount cannot be negative."));
        negative = true;
        pos = 1;
    }
    quint64 whole = 0;
    int wholeDigits = 0;
    for (; pos < text.size() && text.at(pos) >= QLatin1Char('0') && text.at(pos) <= QLatin1Char('9'); ++pos) {
        whole = whole * 10 + quint64(text.at(pos).unicode() - '0');
        if (++wholeDigits > 16)
            return invalidAmount(input, Strings::tr("The amount is too large."));
    }
    quint64 fraction = 0;
    int fractionDigits = 0;
    if (pos < text.size() && text.at(pos) == QLatin1Char('.')) {
        if (digits == 0)
            return invalidAmount(input, Strings::tr("%1 amounts have no decimal places.").arg(currency));
        ++pos;
        for (; pos < text.size() && text.at(pos) >= QLatin1Char('0') && text.at(pos) <= QLatin1Char('9'); ++pos) {
            if (++fractionDigits > digits)
                return invalidAmount(
                    input, Strings::tr("%1 amounts have at most %n decimal place(s).", nullptr, digits).arg(currency));
            fraction = fraction * 10 + quint64(text.at(pos).unicode() - '0');
        }
        if (fractionDigits == 0)
            return invalidAmount(input, Strings::tr("Write digits after the decimal point."));
    }
    if (pos != text.size() || wholeDigits + fractionDigits == 0)
        return invalidAmount(input, Strings::tr("\"%1\" is not an amount; write it like 1234.50.").arg(text));
    if (wholeDigits == 0)
        return invalidAmount(input, Strings::tr("Write a digit before the decimal point."));

    const quint64 scale = quint64(powerOfTen(digits));
    while (fractionDigits < digits) {
        fraction *= 10;
        ++fractionDigits;
    }
    if (whole > quint64(maxMinor) / scale)
        return invalidAmount(input, Strings::tr("The amount is too large."));
    const quint64 minor = whole * scale + fraction;
    if (minor > quint64(maxMinor))
        return invalidAmount(input, Strings::tr("The amount is too large."));
    return Money(negative ? -qint64(minor) : qint64(minor), currency);
}

Result<Money> Money::parseLocalized(const QString &input, const QString &currency, const QLocale &locale)
{
    // Digits of the locale's own script become ASCII digits.
    const QString text = withAsciiDigits(input.trimmed());
    const QString group = locale.groupSeparator();
    const QString point = locale.decimalPoint();
    const qsizetype pointAt = text.indexOf(point);
    QString whole = pointAt < 0 ? text : text.left(pointAt);
    const QString fraction = pointAt < 0 ? QString() : text.mid(pointAt + point.size());
    if (!group.isEmpty() && whole.contains(group)) {
        // Group separators only between groups of digits, never "12.50" for twelve and a half in German.
        if (!isWellGrouped(whole, group, locale))
            return invalidAmount(input,
                Strings::tr("\"%1\" is not an amount; write it like %2.")
                    .arg(input.trimmed(), Money(123450, currency).formatNumber(locale)));
        whole.remove(group);
    }
    return parse(pointAt < 0 ? whole : whole + QLatin1Char('.') + fraction, currency);
}

} // namespace Ledgerdesk
