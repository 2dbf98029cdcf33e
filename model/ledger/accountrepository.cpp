#include "accountrepository.h"

#include "storage/database.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QVariant>

namespace Ledgerdesk {

namespace {

struct Strings
{
    Q_DECLARE_TR_FUNCTIONS(Ledgerdesk::AccountRepository)
};

Account accountFromRow(const QSqlQuery &query)
{
    Account account;
    account.id = query.value(0).toString();
    account.clientId = query.value(1).toString();
    account.kind = accountKindFromName(query.value(2).toString());
    account.name = query.value(3).toString();
    account.currency = query.value(4).toString();
    account.balanceMinor = query.value(5).toLongLong();
    account.postingCount = query.value(6).toLongLong();
    account.open = query.value(7).toString() == QLatin1String("open");
    account.createdAtMs = query.value(8).toLongLong();
    return account;
}

} // namespace

Result<Account> AccountRepository::find(const QString &id)
{
    QSqlQuery &query = m_db.prepared(QStringLiteral(
        "SELECT id, client_id, kind, name, currency, balance_minor, posting_count, status, created_at_ms "
        "FROM accounts WHERE id = ?"));
    query.addBindValue(id);
    if (auto ok = m_db.exec(query, Strings::tr("Could not read the account.")); !ok)
        return ok.error();
    if (!query.next())
        return makeError(Error::Kind::NotFound, Strings::tr("There is no wallet \"%1\".").arg(id));
    Account account = accountFromRow(query);
    query.finish();
    return account;
}

Result<Account> AccountRepository::findOpenWallet(const QString &id)
{
    auto account = find(id);
    if (!account)
        return account;
    if (!account->isWallet())
        return makeError(Error::Kind::Validation, Strings::tr("\"%1\" is one of the bank's own accounts, not a client's wallet.").arg(id));
    if (!account->open)
        return makeError(Error::Kind::Conflict, Strings::tr("The wallet \"%1\" is closed.").arg(id));
    return account;
}

Result<QList<Account>> AccountRepository::walletsOf(const QString &clientId)
{
    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral(
        "SELECT id, client_id, kind, name, currency, balance_minor, posting_count, status, created_at_ms "
        "FROM accounts WHERE client_id = ? AND kind = 'customer' ORDER BY created_at_ms, id"));
    query.addBindValue(clientId);
    if (auto ok = m_db.exec(query, Strings::tr("Could not read the wallets.")); !ok)
        return ok.error();
    QList<Account> accounts;
    while (query.next())
        accounts.append(accountFromRow(query));
    return accounts;
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
    if (auto ok = m_db.exec(query, Strings::tr("Could not read the wallets.")); !ok)
        return ok.error();
    QList<std::pair<Account, QString>> wallets;
    while (query.next())
        wallets.append({accountFromRow(query), query.value(9).toString()});
    return wallets;
}

Result<void> AccountRepository::insert(const Account &account)
{
    QSqlQuery &query = m_db.prepared(QStringLiteral(
        "INSERT INTO accounts (id, client_id, kind, name, currency, status, created_at_ms) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    query.addBindValue(account.id);
    query.addBindValue(account.clientId.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(account.clientId));
    query.addBindValue(accountKindName(account.kind));
    query.addBindValue(notNull(account.name));
    query.addBindValue(account.currency);
    query.addBindValue(account.open ? QStringLiteral("open") : QStringLiteral("closed"));
    query.addBindValue(account.createdAtMs);
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
    QSqlQuery &query = m_db.prepared(QStringLiteral(
        "INSERT INTO accounts (id, kind, name, currency, status, created_at_ms) VALUES (?, ?, ?, ?, 'open', ?) "
        "ON CONFLICT (id) DO NOTHING"));
    query.addBindValue(systemAccountId(kind, currency));
    query.addBindValue(accountKindName(kind));
    query.addBindValue(accountKindName(kind) + QLatin1Char(' ') + currency);
    query.addBindValue(currency);
    query.addBindValue(nowMs);
    return m_db.exec(query, Strings::tr("Could not create the bank's %1 account.").arg(currency));
}

} // namespace Ledgerdesk
