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
        {QStringLiteral("SELECT l.id, l.currency, l.remaining_minor, l.total_due_minor - COALESCE(SUM(r.amount_minor), 0) FROM loans l "
                        "LEFT JOIN loan_repayments r ON r.loan_id = l.id AND r.status = 'SUCCEEDED' "
                        "GROUP BY l.id, l.currency, l.remaining_minor, l.total_due_minor "
                        "HAVING l.remaining_minor <> l.total_due_minor - COALESCE(SUM(r.amount_minor), 0)"),
         [](const QSqlQuery &q) {
             return Breach{q.value(0).toString(), Strings::tr("Loan %1 says it still owes %2, but its repayments leave %3.")
                                                      .arg(q.value(0).toString(), amount(q.value(2), q.value(1)), amount(q.value(3), q.value(1)))};
         }},
        {QStringLiteral("SELECT l.id FROM loans l WHERE l.funded_entry_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM postings p "
                        "WHERE p.entry_id = l.funded_entry_id AND p.account_id = l.wallet_id AND p.amount_minor = l.principal_minor)"),
         [](const QSqlQuery &q) {
             return Breach{q.value(0).toString(), Strings::tr("Loan %1 was not paid into its wallet as its principal.").arg(q.value(0).toString())};
         }},
        {QStringLiteral("SELECT r.id, r.loan_id FROM loan_repayments r JOIN loans l ON l.id = r.loan_id "
                        "WHERE r.status IN ('DEBITED', 'SUCCEEDED') AND NOT EXISTS (SELECT 1 FROM postings p "
                        "WHERE p.entry_id = r.entry_id AND p.account_id = l.wallet_id AND p.amount_minor = -r.amount_minor)"),
         [](const QSqlQuery &q) {
             return Breach{q.value(1).toString(), Strings::tr("Repayment %1 of loan %2 has no matching debit of the wallet.")
                                                      .arg(q.value(0).toString(), q.value(1).toString())};
         }},
        {QStringLiteral("SELECT y.id, y.status FROM payments y WHERE (y.status = 'FAILED' AND y.entry_id IS NOT NULL) "
                        "OR (y.status = 'SUCCEEDED' AND NOT EXISTS (SELECT 1 FROM postings p "
                        "WHERE p.entry_id = y.entry_id AND p.account_id = y.wallet_id AND p.amount_minor = -y.amount_minor))"),
         [](const QSqlQuery &q) {
             return Breach{q.value(0).toString(), Strings::tr("Payment %1 is %2, but the wallet's postings say otherwise.")
                                                      .arg(q.value(0).toString(), q.value(1).toString())};
         }},
        {QStringLiteral("SELECT g.id, a.currency, a.balance_minor FROM savings_goals g JOIN accounts a ON a.id = g.account_id "
                        "WHERE a.balance_minor < 0 OR (g.status <> 'OPEN' AND a.balance_minor <> 0)"),
         [](const QSqlQuery &q) {
             return Breach{q.value(0).toString(), Strings::tr("Savings goal %1 holds %2, which its status does not allow.")
                                                      .arg(q.value(0).toString(), amount(q.value(2), q.value(1)))};
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
