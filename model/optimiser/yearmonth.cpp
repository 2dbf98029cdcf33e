#include "yearmonth.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace Ledgerdesk {

namespace {

struct Strings
{
    Q_DECLARE_TR_FUNCTIONS(Ledgerdesk::YearMonth)
};

} // namespace

YearMonth YearMonth::plusMonths(int months) const
{
    const int index = year * 12 + (month - 1) + months;
    return YearMonth {index / 12, index % 12 + 1};
}

QString YearMonth::toString() const
{
    return QStringLiteral("%1-%2").arg(year, 4, 10, QLatin1Char('0')).arg(month, 2, 10, QLatin1Char('0'));
}

Result<YearMonth> YearMonth::parse(const QString &text)
{
    static const QRegularExpression form(QStringLiteral("^(\\d{4})-(\\d{2})$"));
    const auto match = form.match(text.trimmed());
    if (!match.hasMatch())
        return makeError(Error::Kind::Validation, Strings::tr("\"%1\" is not a month; write it like 2027-01.").arg(text),
            QStringLiteral("month text: \"%1\"").arg(text));
    const YearMonth value {match.captured(1).toInt(), match.captured(2).toInt()};
    if (value.month < 1 || value.month > 12)
        return makeError(Error::Kind::Validation, Strings::tr("\"%1\" is not a month: months run from 01 to 12.").arg(text));
    if (value.year < minYear || value.year > maxYear)
        return makeError(Error::Kind::Validation,
            Strings::tr("The year of \"%1\" must lie between %2 and %3.").arg(text).arg(minYear).arg(maxYear));
    return value;
}

} // namespace Ledgerdesk
