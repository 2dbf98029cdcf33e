#include "categorybands.h"

#include "intake/intakesettings.h"
#include "settings/settings.h"

#include <QCoreApplication>

namespace Ledgerdesk {

namespace {

struct Strings
{
    Q_DECLARE_TR_FUNCTIONS(Ledgerdesk::CategoryBands)
};

const QString &highKey = IntakeSettings::highValue.key;
const QString &mediumKey = IntakeSettings::mediumValue.key;

qint64 powerOfTen(int exponent)
{
    qint64 factor = 1;
    for (int i = 0; i < exponent; ++i)
        factor *= 10;
    return factor;
}

} // namespace

CategoryBands::CategoryBands()
{
    m_high = {1000, 0, 0};
    m_medium = {100, 0, 0};
}

Result<CategoryBands::Threshold> CategoryBands::parseThreshold(const QString &key, const QString &input)
{
    const QString text = input.trimmed();
    const Error invalid = makeError(
        Error::Kind::Validation, Strings::tr("The setting %1 must be an amount like 1000.00, not \"%2\".").arg(key, text), key);
    const qsizetype point = text.indexOf(QLatin1Char('.'));
    const QString whole = point < 0 ? text : text.left(point);
    const QString fraction = point < 0 ? QString() : text.mid(point + 1);
    if (whole.isEmpty() || whole.size() > 15 || (point >= 0 && (fraction.isEmpty() || fraction.size() > 18)))
        return invalid;
    Threshold threshold;
    for (const QChar c : whole) {
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return invalid;
        threshold.units = threshold.units * 10 + (c.unicode() - u'0');
    }
    for (const QChar c : fraction) {
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return invalid;
        threshold.fraction = threshold.fraction * 10 + (c.unicode() - u'0');
    }
    threshold.fractionDigits = int(fraction.size());
    return threshold;
}

Result<CategoryBands> CategoryBands::fromText(const QString &highValue, const QString &mediumValue)
{
    auto high = parseThreshold(highKey, highValue);
    if (!high)
        return high.error();
    auto medium = parseThreshold(mediumKey, mediumValue);
    if (!medium)
        return medium.error();
    CategoryBands bands;
    bands.m_high = *high;
    bands.m_medium = *medium;
    return bands;
}

Result<CategoryBands> CategoryBands::load(BookSettings &settings)
{
    auto high = settings.value(IntakeSettings::highValue);
    if (!high)
        return high.error();
    auto medium = settings.value(IntakeSettings::mediumValue);
    if (!medium)
        return medium.error();
    return fromText(*high, *medium);
}

qint64 CategoryBands::inMinorUnits(const Threshold &threshold, const QString &currency)
{
    const int exponent = Money::exponent(currency);
    if (exponent < 0)
        return -1;
    qint64 minor = threshold.units * powerOfTen(exponent);
    if (threshold.fractionDigits <= exponent) {
        minor += threshold.fraction * powerOfTen(exponent - threshold.fractionDigits);
    } else {
        // More decimals than the currency has: round up, since "at or above" a threshold between two
        // minor units starts at the next one.
        const qint64 divisor = powerOfTen(threshold.fractionDigits - exponent);
        minor += threshold.fraction / divisor + (threshold.fraction % divisor != 0 ? 1 : 0);
    }
    return minor;
}

qint64 CategoryBands::highThresholdMinor(const QString &currency) const
{
    return inMinorUnits(m_high, currency);
}

qint64 CategoryBands::mediumThresholdMinor(const QString &currency) const
{
    return inMinorUnits(m_medium, currency);
}

QString CategoryBands::categorise(const Money &amount) const
{
    const qint64 high = highThresholdMinor(amount.currency());
    const qint64 medium = mediumThresholdMinor(amount.currency());
    if (high >= 0 && amount.minor() >= high)
        return highValue;
    if (medium >= 0 && amount.minor() >= medium)
        return mediumValue;
    return standard;
}

} // namespace Ledgerdesk
