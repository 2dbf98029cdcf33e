#pragma once

#include "commands/messagetype.h"

namespace Ledgerdesk::NotifyMessages {

// An agent sends a failed or dead notification again; its attempts so far are kept, and the
// activity log says who asked.
inline const QString resend = QStringLiteral("NOTIFICATION_RESEND");

// The declaration of the type above, with its handler (notifyhandlers.cpp).
QList<MessageType> types();

} // namespace Ledgerdesk::NotifyMessages
