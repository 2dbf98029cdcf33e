#pragma once

#include "core/money.h"
#include "core/result.h"

#include <QString>

namespace Ledgerdesk {

class BookSettings;

// The category bands of ingested transactions: high_value at or above bands.high_value,
// medium_value at or above bands.medium_value, else standard (defaults 1000.00 and 100.00). A band is
// a decimal amount that applies in every currency ("100.00" is 100 USD, 100 EUR and 100 JPY);
// comparing happens in minor units of the transaction's currency, with the threshold rounded up to
// a whole minor unit (100.50 in JPY is 101 yen), so no float ever decides a category. A value type.
class CategoryBands
{
public:
    static inline const QString highValue = QStringLiteral("high_value");
    static inline const QString mediumValue = QStringLiteral("medium_value");
    static inline const QString standard = QStringLiteral("standard");

    // The default bands, 1000.00 and 100.00.
    CategoryBands();

    // Bands from two decimal strings ("1000.00"); a Validation error naming the setting otherwise.
    static Result<CategoryBands> fromText(const QString &highValue, const QString &mediumValue);
    // The bands the book is configured with now (bands.high_value, bands.medium_value).
    static Result<CategoryBands> load(BookSettings &settings);

    // high_value, medium_value or standard.
    QString categorise(const Money &amount) const;
    // The smallest amount in minor units of `currency` that is high_value / medium_value; -1 when the
    // currency is unknown.
    qint64 highThresholdMinor(const QString &currency) const;
    qint64 mediumThresholdMinor(const QString &currency) const;

private:
    // A threshold as an exact decimal: units and a fraction of up to 18 digits (value = units + fraction / 10^fractionDigits).
    struct Threshold
    {
        qint64 units = 0;
        qint64 fraction = 0;
        int fractionDigits = 0;
    };

    static Result<Threshold> parseThreshold(const QString &key, const QString &text);
    static qint64 inMinorUnits(const Threshold &threshold, const QString &currency);

    Threshold m_high;
    Threshold m_medium;
};

} // namespace Ledgerdesk
