#pragma once

#include "commands/messagetype.h"

namespace Ledgerdesk::SavingsMessages {

inline const QString create = QStringLiteral("GOAL_CREATE");
inline const QString add = QStringLiteral("GOAL_ADD");
inline const QString redeem = QStringLiteral("GOAL_REDEEM");
inline const QString remove = QStringLiteral("GOAL_DELETE");

// The declarations of the types above, with their handlers (savingshandlers.cpp).
QList<MessageType> types();

} // namespace Ledgerdesk::SavingsMessages
