#include "loansettings.h"

#include "loans/loanterms.h"

namespace Ledgerdesk::LoanSettings {

const SettingDefinition rateTiers = SettingDefinition::text(QStringLiteral("loans.rate_tiers"),
    QT_TRANSLATE_NOOP("Ledgerdesk::Settings",
        "Annual loan rates by term: \"12:8.00,24:12.00,*:15.00\" is 8 % up to 12 months, 12 % up to 24, 15 % beyond."),
    QStringLiteral("12:8.00,24:12.00,*:15.00"), [](const QString &value) {
        auto tiers = RateTiers::fromText(value);
        return tiers ? QString() : tiers.error().message;
    });

QList<SettingDefinition> all()
{
    return {rateTiers};
}

} // namespace Ledgerdesk::LoanSettings
