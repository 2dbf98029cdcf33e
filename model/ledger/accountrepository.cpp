#include "accountrepository.h"

#include "storage/database.h"
#include "storage/rows.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QVariant>

namespace Ledgerdesk {

namespace {

struct Strings
{
    Q_DECLARE_TR_FUNCTIONS(Ledgerdesk::AccountRepository)
};

// The columns accountFrom() reads, in its order.
const QString accountColumns
    = QStringLiteral("id, client_id, kind, name, currency, balance_minor, posting_count, status, created_at_ms");

Account accountFrom(RowReader &row)
{
    Account account;
    account.id = row.text();
    account.clientId = row.text();
    account.kind = accountKindFromName(row.text());
    account.name = row.text();
    account.currency = row.text();
    account.balanceMinor = row.int64();
    account.postingCount = row.int64();
    account.open = row.text() == QLatin1String("open");
    account.createdAtMs = row.int64();
    return account;
}

} // namespace

Result<Account> AccountRepository::find(const QString &id)
{
    QSqlQuery &query = m_db.prepared(QStringLiteral("SELECT ") + accountColumns + QStringLiteral(" FROM accounts WHERE id = ?"));
    query.addBindValue(id);
    return findOne(
        m_db, query, accountFrom, Strings::tr("Could not read the account."), Strings::tr("There is no wallet \"%1\".").arg(id));
}

Result<Account> AccountRepository::findOpenWallet(const QString &id)
{
    auto account = find(id);
    if (!account)
        return account;
    if (!account->isWallet())
        return makeError(
            Error::Kind::Validation, Strings::tr("\"%1\" is one of the bank's own accounts, not a client's wallet.").arg(id));
    if (!account->open)
        return makeError(Error::Kind::Conflict, Strings::tr("The wallet \"%1\" is closed.").arg(id));
    return account;
}

Result<QList<Account>> AccountRepository::walletsOf(const QString &clientId)
{
    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT ") + accountColumns
        + QStringLiteral(" FROM accounts WHERE client_id = ? AND kind = 'customer' ORDER BY created_at_ms, id"));
    query.addBindValue(clientId);
    return fetchAll(m_db, query, accountFrom, Strings::tr("Could not read the wallets."));
}

Result<QList<std::pair<Account, QString>>> AccountRepository::openWalletsWithOwners()
{
    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral(
        "SELECT a.id, a.client_id, a.kind, a.name, a.currency, a.balance_minor, a.posting_count, a.status, a.created_at_ms, "
        "c.first_name || ' ' || c.last_name FROM accounts a JOIN clients c ON c.id = a.client_id "
        "WHERE a.kind = 'customer' AND a.status = 'open' AND c.deleted_at_ms IS NULL "
        "ORDER BY c.last_name, c.first_name, a.id"));
    return fetchAll(
        m_db, query,
        [](RowReader &row) {
            Account account = accountFrom(row);
            return std::pair {account, row.text()};
        },
        Strings::tr("Could not read the wallets."));
}

Result<void> AccountRepository::insert(const Account &account)
{
    QSqlQuery &query = m_db.prepared(QStringLiteral(
        "INSERT INTO accounts (id, client_id, kind, name, currency, status, created_at_ms) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    bindValues(query,
        {account.id, nullIfEmpty(account.clientId), accountKindName(account.kind), notNull(account.name), account.currency,
            account.open ? QStringLiteral("open") : QStringLiteral("closed"), account.createdAtMs});
    return m_db.exec(query, Strings::tr("Could not save the account."));
}

Result<void> AccountRepository::close(const QString &id)
{
    QSqlQuery &query = m_db.prepared(QStringLiteral("UPDATE accounts SET status = 'closed' WHERE id = ?"));
    query.addBindValue(id);
    return m_db.exec(query, Strings::tr("Could not close the account \"%1\".").arg(id));
}

QString AccountRepository::systemAccountId(AccountKind kind, const QString &currency)
{
    Q_ASSERT(kind != AccountKind::Customer);
    return QStringLiteral("sys:") + accountKindName(kind) + QLatin1Char(':') + currency;
}

Result<void> AccountRepository::ensureSystemAccount(AccountKind kind, const QString &currency, qint64 nowMs)
{
    QSqlQuery &query = m_db.prepared(
        QStringLiteral("INSERT INTO accounts (id, kind, name, currency, status, created_at_ms) VALUES (?, ?, ?, ?, 'open', ?) "
                       "ON CONFLICT (id) DO NOTHING"));
    bindValues(query,
        {systemAccountId(kind, currency), accountKindName(kind), QString(accountKindName(kind) + QLatin1Char(' ') + currency),
            currency, nowMs});
    return m_db.exec(query, Strings::tr("Could not create the bank's %1 account.").arg(currency));
}

} // namespace Ledgerdesk
