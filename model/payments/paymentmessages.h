#pragma once

#include "commands/messagetype.h"

namespace Ledgerdesk::PaymentMessages {

// The agent's command.
inline const QString request = QStringLiteral("PAYMENT_REQUEST");
// Events of the saga, published by the handlers.
inline const QString requested = QStringLiteral("PAYMENT_REQUESTED");
inline const QString succeeded = QStringLiteral("PAYMENT_SUCCEEDED");
inline const QString failed = QStringLiteral("PAYMENT_FAILED");

// The declarations of the types above, with their handlers (paymenthandlers.cpp).
QList<MessageType> types();

} // namespace Ledgerdesk::PaymentMessages
