#include "debt.h"

#include <QCoreApplication>

#include <algorithm>

namespace Ledgerdesk {

namespace {

struct Strings
{
    Q_DECLARE_TR_FUNCTIONS(Ledgerdesk::Debt)
};

constexpr int rateDecimals = 4;

} // namespace

Result<qint64> Debt::parseRate(const QString &input, const QLocale &locale)
{
    QString text = input.trimmed();
    if (text.isEmpty())
        return makeError(Error::Kind::Validation, Strings::tr("Enter the annual rate in percent, like 19.99."));
    const QString point = locale.decimalPoint();
    if (point != QStringLiteral("."))
        text.replace(point, QStringLiteral("."));
    if (text.startsWith(QLatin1Char('-')))
        return makeError(Error::Kind::Validation, Strings::tr("The rate cannot be negative."));

    const qsizetype dot = text.indexOf(QLatin1Char('.'));
    const QString wholePart = dot < 0 ? text : text.left(dot);
    const QString fractionPart = dot < 0 ? QString() : text.mid(dot + 1);
    const auto isNumber = [](const QString &digits) {
        return !digits.isEmpty() && std::all_of(digits.cbegin(), digits.cend(), [](QChar c) {
            return c >= QLatin1Char('0') && c <= QLatin1Char('9');
        });
    };
    if (!isNumber(wholePart) || (dot >= 0 && !isNumber(fractionPart)))
        return makeError(Error::Kind::Validation,
            Strings::tr("\"%1\" is not a rate; write the percentage like 19.99.").arg(input.trimmed()),
            QStringLiteral("rate text: \"%1\"").arg(input));
    if (fractionPart.size() > rateDecimals)
        return makeError(Error::Kind::Validation, Strings::tr("Write the rate with at most four decimals, like 19.9999."));
    // More than nine digits is far above the limit; clamping keeps the conversion from overflowing.
    const qint64 whole = wholePart.size() > 9 ? maxRatePpm : wholePart.toLongLong();
    const qint64 fraction = fractionPart.isEmpty() ? 0 : fractionPart.leftJustified(rateDecimals, QLatin1Char('0')).toLongLong();
    const qint64 ppm = whole * ratePpmPerPercent + fraction;
    if (ppm > maxRatePpm)
        return makeError(Error::Kind::Validation,
            Strings::tr("A rate of %1 % a year is not believable; write 19.99 for 19.99 %.").arg(input.trimmed()));
    return ppm;
}

QString Debt::rateText(qint64 ratePpm, const QLocale &locale)
{
    const QString text = QString::number(ratePpm / ratePpmPerPercent);
    const qint64 fraction = ratePpm % ratePpmPerPercent;
    if (fraction == 0)
        return text;
    QString digits = QString::number(fraction).rightJustified(rateDecimals, QLatin1Char('0'));
    while (digits.endsWith(QLatin1Char('0')))
        digits.chop(1);
    return text + locale.decimalPoint() + digits;
}

} // namespace Ledgerdesk
