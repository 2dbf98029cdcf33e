#include "core/money.h"
#include "fuzzcheck.h"

#include <QLocale>

using namespace Ledgerdesk;

// The amount parser. An input is "CURRENCY LOCALE TEXT", for example "EUR de_DE 1.234,50": TEXT is read
// with Money::parse (strict, with and without a sign) and with Money::parseLocalized in the locale.
// Whatever parses must stay within Money::maxMinor and write back as text that parses to the same
// minor units (toDecimalString, and formatNumber in the locale); where the locale's decimal point is a
// dot, a text that parses strictly must read the same in the locale.
// An input without two spaces is all TEXT, in USD and the C locale.

namespace {

struct Input
{
    QString currency = QStringLiteral("USD");
    QLocale locale = QLocale::c();
    QString text;
};

Input split(const QString &all)
{
    Input input;
    const qsizetype first = all.indexOf(QLatin1Char(' '));
    const qsizetype second = first < 0 ? -1 : all.indexOf(QLatin1Char(' '), first + 1);
    if (second < 0) {
        input.text = all;
        return input;
    }
    input.currency = all.left(first);
    input.locale = QLocale(all.mid(first + 1, second - first - 1));
    input.text = all.mid(second + 1);
    return input;
}

QString describe(const Input &input, const QString &what)
{
    return QStringLiteral("%1 in %2 (%3): %4").arg(input.text, input.currency, input.locale.name(), what);
}

// Writing `amount` and reading it back gives it again, strictly and in the locale.
void checkWritesBack(const Input &input, const Money &amount)
{
    FUZZ_CHECK(
        amount.minor() >= -Money::maxMinor && amount.minor() <= Money::maxMinor, describe(input, amount.toDecimalString()));
    FUZZ_CHECK(amount.currency() == input.currency, describe(input, amount.currency()));

    const QString decimal = amount.toDecimalString();
    auto again = Money::parse(decimal, input.currency, true);
    FUZZ_CHECK(again && *again == amount,
        describe(
            input, QStringLiteral("%1 reads back as %2").arg(decimal, again ? again->toDecimalString() : again.error().message)));
    const int digits = Money::exponent(input.currency);
    const qsizetype point = decimal.indexOf(QLatin1Char('.'));
    FUZZ_CHECK(digits == 0 ? point < 0 : decimal.size() - point - 1 == digits, describe(input, decimal));

    if (amount.isNegative())
        return;
    const QString number = amount.formatNumber(input.locale);
    auto localized = Money::parseLocalized(number, input.currency, input.locale);
    FUZZ_CHECK(localized && *localized == amount,
        describe(input,
            QStringLiteral("%1 is written %2, which reads back as %3")
                .arg(decimal, number, localized ? localized->toDecimalString() : localized.error().message)));
    const QString formatted = amount.format(input.locale);
    FUZZ_CHECK(formatted.contains(number), describe(input, QStringLiteral("%1 is shown as %2").arg(number, formatted)));
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const Input input = split(QString::fromUtf8(Fuzz::bytes(data, size)));
    const bool known = Money::isKnownCurrency(input.currency);

    auto plain = Money::parse(input.text, input.currency);
    auto withSign = Money::parse(input.text, input.currency, true);
    FUZZ_CHECK(known || (!plain && !withSign), describe(input, QStringLiteral("an unknown currency was accepted")));
    if (plain) {
        FUZZ_CHECK(!plain->isNegative(), describe(input, plain->toDecimalString()));
        FUZZ_CHECK(withSign && *withSign == *plain, describe(input, QStringLiteral("reads differently when a sign is allowed")));
    } else {
        FUZZ_CHECK(!plain.error().message.isEmpty(), describe(input, QStringLiteral("refused without a sentence")));
    }
    if (withSign)
        checkWritesBack(input, *withSign);

    auto localized = Money::parseLocalized(input.text, input.currency, input.locale);
    if (plain && input.locale.decimalPoint() == QStringLiteral("."))
        FUZZ_CHECK(localized && *localized == *plain, describe(input, QStringLiteral("reads differently in the locale")));
    if (localized) {
        FUZZ_CHECK(!localized->isNegative(), describe(input, localized->toDecimalString()));
        checkWritesBack(input, *localized);
    }
    return 0;
}
