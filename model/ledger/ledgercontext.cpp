#include "ledgercontext.h"

#include "commands/handlercontext.h"
#include "ledger/accountrepository.h"

namespace Ledgerdesk {

Result<Account> requireOpenWallet(const HandlerContext &context, const QString &field)
{
    auto walletId = context.requireString(field);
    if (!walletId)
        return walletId.error();
    return AccountRepository(context.db()).findOpenWallet(*walletId);
}

JournalEntry newEntry(const HandlerContext &context, EntryKind kind)
{
    JournalEntry entry;
    entry.kind = kind;
    entry.createdAtMs = context.nowMs();
    entry.agentId = context.agent().id;
    entry.sourceMessageId = context.message().id;
    return entry;
}

} // namespace Ledgerdesk
