#include "ledgercontext.h"

#include "commands/handlercontext.h"
#include "ledger/accountrepository.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace Ledgerdesk {

namespace {

struct Strings
{
    Q_DECLARE_TR_FUNCTIONS(Ledgerdesk::LedgerContext)
};

// Whether the client who owns the account `walletId` was closed. Read from the clients table the
// accounts refer to (as AccountRepository::openWalletsWithOwners() does), so the ledger includes
// nothing of clients/.
Result<bool> ownerIsClosed(Database &db, const QString &walletId)
{
    QSqlQuery &query = db.prepared(QStringLiteral("SELECT 1 FROM accounts a JOIN clients c ON c.id = a.client_id "
                                                  "WHERE a.id = ? AND c.deleted_at_ms IS NOT NULL"));
    query.addBindValue(walletId);
    if (auto ok = db.exec(query, Strings::tr("Could not read who owns the wallet.")); !ok)
        return ok.error();
    const bool closed = query.next();
    query.finish();
    return closed;
}

} // namespace

Result<Account> requireOpenWallet(const HandlerContext &context, const QString &field)
{
    auto walletId = context.requireString(field);
    if (!walletId)
        return walletId.error();
    return findOpenWallet(context, *walletId);
}

Result<Account> findOpenWallet(const HandlerContext &context, const QString &walletId)
{
    auto wallet = AccountRepository(context.db()).findOpenWallet(walletId);
    // A closed wallet and an open one of a closed client are both refused for the client's sake.
    if (!wallet && wallet.error().kind != Error::Kind::Conflict)
        return wallet;
    auto closed = ownerIsClosed(context.db(), walletId);
    if (!closed)
        return closed.error();
    if (*closed)
        return makeError(Error::Kind::Conflict,
            Strings::tr("The wallet \"%1\" belongs to a client who was closed; it takes no more money and no new loans, "
                        "payments or savings goals.")
                .arg(walletId));
    return wallet;
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
