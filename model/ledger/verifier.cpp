#include "verifier.h"

#include "core/money.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QVariant>

#include <functional>

namespace Ledgerdesk {

namespace {

struct Strings
{
    Q_DECLARE_TR_FUNCTIONS(Ledgerdesk::Verifier)
};

QString amount(const QVariant &minor, const QVariant &currency)
{
    return Money(minor.toLongLong(), currency.toString()).toDecimalString() + QLatin1Char(' ') + currency.toString();
}

} // namespace

Result<QList<Verifier::Breach>> Verifier::run()
{
    QList<Breach> breaches;
    // Each check: SQL returning the offending rows, and how to describe one row.
    const QList<std::pair<QString, std::function<Breach(const QSqlQuery &)>>> checks{
        {QStringLiteral("SELECT p.entry_id, a.currency, SUM(p.amount_minor) FROM postings p "
                        "JOIN accounts a ON a.id = p.account_id GROUP BY p.entry_id, a.currency "
                        "HAVING SUM(p.amount_minor) <> 0"),
         [](const QSqlQuery &q) {
             return Breach{q.value(0).toString(), Strings::tr("Entry %1 does not balance: its %2 postings sum to %3.")
                                                      .arg(q.value(0).toString(), q.value(1).toString(), amount(q.value(2), q.value(1)))};
         }},
        {QStringLiteral("SELECT e.id FROM journal_entries e WHERE NOT EXISTS "
                        "(SELECT 1 FROM postings p WHERE p.entry_id = e.id)"),
         [](const QSqlQuery &q) {
             return Breach{q.value(0).toString(), Strings::tr("Entry %1 has no postings.").arg(q.value(0).toString())};
         }},
        {QStringLiteral("SELECT a.id, a.currency, a.balance_minor, COALESCE(s.total, 0), a.posting_count, COALESCE(s.n, 0) "
                        "FROM accounts a LEFT JOIN (SELECT account_id, SUM(amount_minor) AS total, COUNT(*) AS n "
                        "FROM postings GROUP BY account_id) s ON s.account_id = a.id "
                        "WHERE a.balance_minor <> COALESCE(s.total, 0) OR a.posting_count <> COALESCE(s.n, 0)"),
         [](const QSqlQuery &q) {
             return Breach{q.value(0).toString(),
                           Strings::tr("Account %1 says its balance is %2 over %3 postings, but its postings sum to %4 over %5.")
                               .arg(q.value(0).toString(), amount(q.value(2), q.value(1)), q.value(4).toString(),
                                    amount(q.value(3), q.value(1)), q.value(5).toString())};
         }},
        {QStringLiteral("SELECT p.account_id, p.seq, a.currency FROM postings p JOIN accounts a ON a.id = p.account_id "
                        "LEFT JOIN postings q ON q.account_id = p.account_id AND q.seq = p.seq - 1 "
                        "WHERE p.balance_after_minor <> COALESCE(q.balance_after_minor, 0) + p.amount_minor "
                        "OR (p.seq > 1 AND q.id IS NULL)"),
         [](const QSqlQuery &q) {
             return Breach{q.value(0).toString(), Strings::tr("Account %1: the running balance breaks at posting %2.")
                                                      .arg(q.value(0).toString(), q.value(1).toString())};
         }},
        {QStringLiteral("SELECT id, currency, balance_minor FROM accounts WHERE kind = 'customer' AND balance_minor < 0"),
         [](const QSqlQuery &q) {
             return Breach{q.value(0).toString(), Strings::tr("Wallet %1 is below zero: %2.").arg(q.value(0).toString(), amount(q.value(2), q.value(1)))};
         }},
        {QStringLiteral("SELECT currency, SUM(balance_minor) FROM accounts GROUP BY currency HAVING SUM(balance_minor) <> 0"),
         [](const QSqlQuery &q) {
             return Breach{q.value(0).toString(), Strings::tr("The %1 accounts do not sum to zero: they sum to %2.")
                                                      .arg(q.value(0).toString(), amount(q.value(1), q.value(0)))};
         }},
    };
    for (const auto &[sql, describe] : checks) {
        QSqlQuery query(m_db.connection());
        query.setForwardOnly(true);
        if (!query.exec(sql))
            return storageError(query, Strings::tr("Could not check the books."));
        while (query.next())
            breaches.append(describe(query));
    }
    return breaches;
}

} // namespace Ledgerdesk
