#pragma once

#include "core/result.h"
#include "ledger/account.h"
#include "ledger/journal.h"

#include <QString>

namespace Ledgerdesk {

class HandlerContext;

// The ledger's side of applying a message, for every area's handlers.

// The open customer wallet named by the payload's `field`.
Result<Account> requireOpenWallet(const HandlerContext &context, const QString &field = QStringLiteral("wallet_id"));

// An entry of `kind` stamped with the message being applied: its time, agent and id as the source.
// Add the postings and a memo, then Journal::post() it.
JournalEntry newEntry(const HandlerContext &context, EntryKind kind);

} // namespace Ledgerdesk
