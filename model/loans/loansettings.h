#pragma once

#include "settings/settingdefinition.h"

namespace Ledgerdesk::LoanSettings {

// The annual rate of a loan by its term (see RateTiers).
extern const SettingDefinition rateTiers;

QList<SettingDefinition> all();

} // namespace Ledgerdesk::LoanSettings
