#pragma once

#include "settings/settingdefinition.h"

namespace Ledgerdesk::LoanSettings {

// The annual rate of a loan by its term (see RateTiers).
extern const SettingDefinition rateTiers;
// The largest principal per currency (see PrincipalLimits).
extern const SettingDefinition maxPrincipal;

QList<SettingDefinition> all();

} // namespace Ledgerdesk::LoanSettings
