#pragma once

#include "commands/messagetype.h"
#include "settings/settingdefinition.h"

namespace Ledgerdesk::AdministrationMessages {

// A supervisor changes a setting. A book setting is stored by the message and recorded with its value
// before and after; a secret never travels in a message: it is written to the machine's secret store
// by the command that asked, and the message only records that it was replaced.
inline const QString settingChange = QStringLiteral("SETTING_CHANGE");

// The declarations of the types above over the settings `registry` knows (settinghandlers.cpp).
QList<MessageType> types(const SettingsRegistry &registry);

} // namespace Ledgerdesk::AdministrationMessages
