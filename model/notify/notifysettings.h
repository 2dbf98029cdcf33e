#pragma once

#include "settings/settingdefinition.h"

namespace Ledgerdesk::NotifySettings {

// How clients are told: the SMTP server for e-mail, the Twilio-compatible API for SMS and WhatsApp,
// and how often a notification is tried before it is DEAD.
extern const SettingDefinition smtpUrl;
extern const SettingDefinition smtpUser;
extern const SettingDefinition smtpPassword;
extern const SettingDefinition smtpFrom;
extern const SettingDefinition smtpCaFile;
extern const SettingDefinition smtpVerifyPeer;
extern const SettingDefinition smtpTimeoutMs;
extern const SettingDefinition smsBaseUrl;
extern const SettingDefinition smsAccount;
extern const SettingDefinition smsToken;
extern const SettingDefinition smsFrom;
extern const SettingDefinition maxAttempts;

QList<SettingDefinition> all();

} // namespace Ledgerdesk::NotifySettings
