#pragma once

#include "commands/messagetype.h"

namespace Ledgerdesk::LedgerMessages {

inline const QString deposit = QStringLiteral("DEPOSIT");
inline const QString withdraw = QStringLiteral("WITHDRAW");
inline const QString transfer = QStringLiteral("TRANSFER");
inline const QString entryReverse = QStringLiteral("ENTRY_REVERSE");

// The declarations of the types above, with their handlers (ledgerhandlers.cpp).
QList<MessageType> types();

} // namespace Ledgerdesk::LedgerMessages
