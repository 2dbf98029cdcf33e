#pragma once

#include "commands/messagetype.h"

namespace Ledgerdesk::QueueMessages {

// A supervisor's decision about a dead letter: put it back in the queue to be applied again, or drop
// it for good. Each leaves an activity record of who decided what about which message.
inline const QString redrive = QStringLiteral("DEAD_LETTER_REDRIVE");
inline const QString discard = QStringLiteral("DEAD_LETTER_DISCARD");

// The declarations of the types above, with their handlers (queuehandlers.cpp).
QList<MessageType> types();

} // namespace Ledgerdesk::QueueMessages
