#pragma once

#include "commands/messagetype.h"
#include "ledger/journal.h"

namespace Ledgerdesk::LedgerMessages {

inline const QString deposit = QStringLiteral("DEPOSIT");
inline const QString withdraw = QStringLiteral("WITHDRAW");
inline const QString transfer = QStringLiteral("TRANSFER");
inline const QString entryReverse = QStringLiteral("ENTRY_REVERSE");

// Whether ENTRY_REVERSE takes an entry of this kind: only the ledger's own (deposits, withdrawals,
// transfers); a product's entries are undone through the product.
bool isReversible(EntryKind kind);

// The declarations of the types above, with their handlers (ledgerhandlers.cpp).
QList<MessageType> types();

} // namespace Ledgerdesk::LedgerMessages
