#pragma once

#include "core/money.h"
#include "core/result.h"

#include <QMap>
#include <QString>

#include <optional>

namespace Ledgerdesk {

class BookSettings;

// The largest principal the bank lends in each currency, from the setting loans.max_principal:
// "USD:50000.00,EUR:50000.00,JPY:7500000", amounts in the currency's own decimals. A currency the
// setting does not name takes no loans at all, so a book never lends in a currency nobody capped.
// A value type.
class PrincipalLimits
{
public:
    static Result<PrincipalLimits> fromText(const QString &text);
    // The book's setting; its default when none (or an empty value) is stored.
    static Result<PrincipalLimits> load(BookSettings &settings);

    // The largest principal in `currency`, in its minor units; nothing when the bank does not lend in it.
    std::optional<qint64> maxMinor(const QString &currency) const;
    // A Validation error on the field "amount" stating the maximum when `principal` is above it, or
    // saying that the bank does not lend in its currency.
    Result<void> check(const Money &principal) const;

private:
    QMap<QString, qint64> m_maxMinor;
};

} // namespace Ledgerdesk
