#pragma once

#include "result.h"

#include <QLocale>
#include <QString>

namespace Ledgerdesk {

// An amount as an integer number of minor units of an ISO 4217 currency. Never a float.
// Arithmetic is overflow-checked and refuses to mix currencies.
class Money
{
public:
    // The largest magnitude any amount may have: 10^15 minor units.
    static constexpr qint64 maxMinor = 1'000'000'000'000'000LL;

    Money() = default;
    Money(qint64 minor, QString currency)
        : m_minor(minor)
        , m_currency(std::move(currency))
    { }

    qint64 minor() const { return m_minor; }
    const QString &currency() const { return m_currency; }
    bool isZero() const { return m_minor == 0; }
    bool isNegative() const { return m_minor < 0; }

    Result<Money> plus(const Money &other) const;
    Result<Money> minus(const Money &other) const;
    Money negated() const { return Money(-m_minor, m_currency); }

    // "1234.50" with a dot and exactly the currency's digits; the form used in messages and files.
    QString toDecimalString() const;
    static QString decimal(qint64 minor, const QString &currency) { return Money(minor, currency).toDecimalString(); }
    // "$1,234.50" or "1.234,50 €" for people, in the given locale.
    QString format(const QLocale &locale = QLocale()) const;
    // The magnitude without symbol or sign, grouped as the locale writes it: "1,234.50".
    QString formatNumber(const QLocale &locale = QLocale()) const;

    // Strict parsing of a decimal string: no exponent, no more digits than the currency allows,
    // no sign unless allowNegative, at most maxMinor. Group separators are refused.
    static Result<Money> parse(const QString &text, const QString &currency, bool allowNegative = false);
    // Parses what a person typed in their locale ("1.234,50" in German, "1,23,456.78" in India), in its
    // digits or ASCII ones; same limits as parse(). Group separators are accepted only between groups
    // of three digits or where the locale itself puts them, so "12.50" in German is refused.
    static Result<Money> parseLocalized(const QString &text, const QString &currency, const QLocale &locale);

    // Number of minor-unit digits of a currency (2 for USD, 0 for JPY, 3 for KWD); -1 when unknown.
    static int exponent(const QString &currency);
    static bool isKnownCurrency(const QString &currency) { return exponent(currency) >= 0; }
    static QStringList knownCurrencies();

    friend bool operator==(const Money &, const Money &) = default;

private:
    qint64 m_minor = 0;
    QString m_currency;
};

} // namespace Ledgerdesk
