#include "bookcheck.h"

#include "core/money.h"

#include <QVariant>

namespace Ledgerdesk {

QString BookCheck::amount(const QVariant &minor, const QVariant &currency)
{
    return Money(minor.toLongLong(), currency.toString()).toDecimalString() + QLatin1Char(' ') + currency.toString();
}

} // namespace Ledgerdesk
