#include "loansettings.h"

#include "loans/loanterms.h"
#include "loans/principallimits.h"

namespace Ledgerdesk::LoanSettings {

const SettingDefinition rateTiers = SettingDefinition::text(QStringLiteral("loans.rate_tiers"),
    QT_TRANSLATE_NOOP("Ledgerdesk::Settings",
        "Annual loan rates by term: \"12:8.00,24:12.00,*:15.00\" is 8 % up to 12 months, 12 % up to 24, 15 % beyond."),
    QStringLiteral("12:8.00,24:12.00,*:15.00"), [](const QString &value) {
        auto tiers = RateTiers::fromText(value);
        return tiers ? QString() : tiers.error().message;
    });

// About 50,000 US dollars in every currency the books know, rounded.
const SettingDefinition maxPrincipal = SettingDefinition::text(QStringLiteral("loans.max_principal"),
    QT_TRANSLATE_NOOP("Ledgerdesk::Settings",
        "The largest loan per currency: \"USD:50000.00,EUR:50000.00\". A currency that is not named takes no loans."),
    QStringLiteral("USD:50000.00,EUR:50000.00,GBP:40000.00,CHF:50000.00,CAD:70000.00,AUD:75000.00,JPY:7500000,"
                   "INR:4000000.00,KES:6500000.00,NGN:75000000.00,GHS:750000.00,ZAR:900000.00,UGX:185000000,"
                   "TZS:130000000.00,XOF:30000000,KWD:15000.000,BHD:19000.000"),
    [](const QString &value) {
        auto limits = PrincipalLimits::fromText(value);
        return limits ? QString() : limits.error().message;
    });

QList<SettingDefinition> all()
{
    return {rateTiers, maxPrincipal};
}

} // namespace Ledgerdesk::LoanSettings
