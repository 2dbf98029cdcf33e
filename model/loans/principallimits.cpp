#include "principallimits.h"

#include "loans/loansettings.h"
#include "settings/settings.h"

#include <QCoreApplication>
#include <QStringList>

namespace Ledgerdesk {

namespace {

struct Strings
{
    Q_DECLARE_TR_FUNCTIONS(Ledgerdesk::PrincipalLimits)
};

QString withCurrency(qint64 minor, const QString &currency)
{
    return Money::decimal(minor, currency) + QLatin1Char(' ') + currency;
}

} // namespace

Result<PrincipalLimits> PrincipalLimits::fromText(const QString &text)
{
    const auto invalid = [&text](const QString &why) {
        return makeError(Error::Kind::Validation,
            Strings::tr("The loan maximums \"%1\" are not valid: %2 They look like \"USD:50000.00,EUR:50000.00\".")
                .arg(text, why),
            LoanSettings::maxPrincipal.key);
    };
    PrincipalLimits limits;
    const QStringList parts = text.split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (const QString &part : parts) {
        const QStringList pair = part.trimmed().split(QLatin1Char(':'));
        if (pair.size() != 2)
            return invalid(Strings::tr("each maximum is CURRENCY:AMOUNT."));
        const QString currency = pair.at(0).trimmed().toUpper();
        if (!Money::isKnownCurrency(currency))
            return invalid(Strings::tr("the currency \"%1\" is not supported.").arg(pair.at(0).trimmed()));
        if (limits.m_maxMinor.contains(currency))
            return invalid(Strings::tr("%1 is named twice.").arg(currency));
        auto amount = Money::parse(pair.at(1).trimmed(), currency);
        if (!amount)
            return invalid(Strings::tr("the maximum for %1 is not an amount in %1.").arg(currency));
        limits.m_maxMinor.insert(currency, amount->minor());
    }
    if (limits.m_maxMinor.isEmpty())
        return invalid(Strings::tr("at least one currency needs a maximum."));
    return limits;
}

Result<PrincipalLimits> PrincipalLimits::load(BookSettings &settings)
{
    auto text = settings.value(LoanSettings::maxPrincipal);
    if (!text)
        return text.error();
    return fromText(text->isEmpty() ? LoanSettings::maxPrincipal.defaultValue : *text);
}

std::optional<qint64> PrincipalLimits::maxMinor(const QString &currency) const
{
    const auto it = m_maxMinor.constFind(currency);
    if (it == m_maxMinor.cend())
        return std::nullopt;
    return *it;
}

Result<void> PrincipalLimits::check(const Money &principal) const
{
    const std::optional<qint64> maximum = maxMinor(principal.currency());
    if (!maximum)
        return makeError(Error::Kind::Validation,
            Strings::tr("The bank makes no loans in %1: the setting %2 names no maximum for it.")
                .arg(principal.currency(), LoanSettings::maxPrincipal.key),
            QStringLiteral("amount"));
    if (principal.minor() > *maximum)
        return makeError(Error::Kind::Validation,
            Strings::tr("A loan in %1 is at most %2; this application asks for %3.")
                .arg(principal.currency(), withCurrency(*maximum, principal.currency()),
                    withCurrency(principal.minor(), principal.currency())),
            QStringLiteral("amount"));
    return {};
}

} // namespace Ledgerdesk
