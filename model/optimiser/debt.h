#pragma once

#include "core/result.h"

#include <QLocale>
#include <QString>

#include <limits>

namespace Ledgerdesk {

// One debt to pay off: what is owed now, its annual rate and its minimum monthly payment, amounts in
// minor units of the plan's currency. A plain value.
struct Debt
{
    // Rates are held in millionths of the balance per year: 19.99 % is 199,900.
    static constexpr qint64 ratePpmPerPercent = 10'000;
    // The highest annual rate accepted, 1,000 %: above it the figure is almost surely mistyped.
    static constexpr qint64 maxRatePpm = 1000 * ratePpmPerPercent;

    QString name;
    qint64 balanceMinor = 0;
    qint64 ratePpm = 0;
    qint64 minimumMinor = 0;

    // Reads a percentage like "19.99" (at most four decimals, no sign, the locale's decimal point) as
    // millionths; refuses anything above maxRatePpm.
    static Result<qint64> parseRate(const QString &text, const QLocale &locale = QLocale::c());
    // Millionths as the shortest percentage text in the locale: 199900 is "19.99", 50000 is "5".
    static QString rateText(qint64 ratePpm, const QLocale &locale = QLocale::c());

    // One month's interest on a balance at an annual rate in millionths, rounded half up to a minor unit:
    // balance x rate% / 100 / 12 is balance x ppm / 12,000,000. In 128 bits when 64 cannot hold the product.
    static qint64 monthlyInterest(qint64 balanceMinor, qint64 ratePpm)
    {
        constexpr qint64 divisor = 12'000'000;
        qint64 product = 0;
        if (!__builtin_mul_overflow(balanceMinor, ratePpm, &product)
            && product <= std::numeric_limits<qint64>::max() - divisor / 2)
            return (product + divisor / 2) / divisor;
        return qint64((__int128(balanceMinor) * ratePpm + divisor / 2) / divisor);
    }

    friend bool operator==(const Debt &, const Debt &) = default;
};

} // namespace Ledgerdesk
