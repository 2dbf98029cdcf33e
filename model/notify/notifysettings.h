#pragma once

#include "settings/settingdefinition.h"

namespace Ledgerdesk::NotifySettings {

// How clients are told: the SMTP server for e-mail and the Twilio-compatible API for SMS and
// WhatsApp. A notification is tried until it goes out or its server refuses it, so there is no limit
// of attempts to set.
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

QList<SettingDefinition> all();

} // namespace Ledgerdesk::NotifySettings
