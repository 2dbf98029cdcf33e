#pragma once

#include "core/result.h"

#include <QString>

namespace Ledgerdesk {

// A calendar month, like 2027-01: when a pay-off plan starts and when each debt is paid off. A plain value.
struct YearMonth
{
    static constexpr int minYear = 1900;
    static constexpr int maxYear = 9000;

    int year = 2000;
    int month = 1; // 1 to 12

    // The month `months` later (earlier when negative).
    YearMonth plusMonths(int months) const;
    // "2027-01".
    QString toString() const;
    // Strictly "YYYY-MM", with the year between minYear and maxYear.
    static Result<YearMonth> parse(const QString &text);

    friend bool operator==(const YearMonth &, const YearMonth &) = default;
};

} // namespace Ledgerdesk
