#pragma once

#include "account.h"
#include "core/result.h"

#include <QList>

namespace Ledgerdesk {

class Database;

// Reads and creates accounts. Balances change only through Journal::post(). Used on the connection's
// thread; callers own the transaction.
class AccountRepository
{
public:
    explicit AccountRepository(Database &db)
        : m_db(db)
    { }

    Result<Account> find(const QString &id);
    // A customer wallet that is open; a clear sentence when it is missing, closed or not a wallet.
    Result<Account> findOpenWallet(const QString &id);
    Result<QList<Account>> walletsOf(const QString &clientId);
    // Every open wallet of a client who is not deleted, with the owner's full name, by name then wallet.
    Result<QList<std::pair<Account, QString>>> openWalletsWithOwners();
    Result<void> insert(const Account &account);
    // Closes an account: nothing can be posted to it afterwards. Its balance should be zero.
    Result<void> close(const QString &id);
    // The id of the bank's account of `kind` in `currency`: "sys:cash:USD".
    static QString systemAccountId(AccountKind kind, const QString &currency);
    // Creates that account unless it exists. Opening a wallet ensures the cash account of its currency.
    Result<void> ensureSystemAccount(AccountKind kind, const QString &currency, qint64 nowMs);

private:
    Database &m_db;
};

} // namespace Ledgerdesk
