#pragma once

#include "settings/settingdefinition.h"

namespace Ledgerdesk::IntakeSettings {

// The webhook's shared secret and whether serving requires it, and the amounts that divide ingested
// transactions into categories.
extern const SettingDefinition secret;
extern const SettingDefinition requireSignature;
extern const SettingDefinition highValue;
extern const SettingDefinition mediumValue;

QList<SettingDefinition> all();

} // namespace Ledgerdesk::IntakeSettings
