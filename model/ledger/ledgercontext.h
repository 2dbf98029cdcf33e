#pragma once

#include "core/result.h"
#include "ledger/account.h"
#include "ledger/journal.h"

#include <QString>

namespace Ledgerdesk {

class HandlerContext;

// The ledger's side of applying a message, for every area's handlers.

// The open customer wallet named by the payload's `field` (see findOpenWallet()).
Result<Account> requireOpenWallet(const HandlerContext &context, const QString &field = QStringLiteral("wallet_id"));

// The open customer wallet `walletId`, for a handler that holds the id already (a loan's, a payment's,
// a goal's wallet). Every message that moves money into or out of a wallet goes through here or
// requireOpenWallet(): a wallet that is missing, closed or not a client's is refused with a sentence,
// and so is every wallet of a client who was closed (Conflict), also one left open by an older version.
Result<Account> findOpenWallet(const HandlerContext &context, const QString &walletId);

// An entry of `kind` stamped with the message being applied: its time, agent and id as the source.
// Add the postings and a memo, then Journal::post() it.
JournalEntry newEntry(const HandlerContext &context, EntryKind kind);

} // namespace Ledgerdesk
