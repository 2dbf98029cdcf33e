#include "journal.h"

#include "core/ids.h"
#include "core/money.h"
#include "storage/database.h"
#include "storage/transactionguard.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QVariant>

namespace Ledgerdesk {

namespace {

struct Strings
{
    Q_DECLARE_TR_FUNCTIONS(Ledgerdesk::Journal)
};

// The sentences of the ledger's checks, in the context every area's checks share.
struct CheckStrings
{
    Q_DECLARE_TR_FUNCTIONS(Ledgerdesk::Verifier)
};

constexpr std::pair<EntryKind, const char *> entryKindNames[] = {
    {EntryKind::Deposit, "DEPOSIT"},
    {EntryKind::Withdrawal, "WITHDRAWAL"},
    {EntryKind::Transfer, "TRANSFER"},
    {EntryKind::LoanIn, "LOAN_IN"},
    {EntryKind::LoanRepayment, "LOAN_REPAYMENT"},
    {EntryKind::PaymentOut, "PAYMENT_OUT"},
    {EntryKind::SavingsAdd, "SAVINGS_ADD"},
    {EntryKind::SavingsRedeem, "SAVINGS_REDEEM"},
    {EntryKind::SavingsRefund, "SAVINGS_REFUND"},
    {EntryKind::Ingested, "INGESTED"},
    {EntryKind::Reversal, "REVERSAL"},
};

} // namespace

QString entryKindName(EntryKind kind)
{
    for (const auto &[value, name] : entryKindNames) {
        if (value == kind)
            return QString::fromLatin1(name);
    }
    return {};
}

EntryKind entryKindFromName(const QString &name)
{
    for (const auto &[value, text] : entryKindNames) {
        if (name == QLatin1String(text))
            return value;
    }
    return EntryKind::Deposit;
}

Result<QHash<QString, qint64>> Journal::post(JournalEntry &entry)
{
    if (entry.postings.size() < 2)
        return makeError(Error::Kind::Validation, Strings::tr("An entry needs at least two postings."));
    for (const Posting &posting : std::as_const(entry.postings)) {
        if (posting.amountMinor == 0 || posting.amountMinor > Money::maxMinor || posting.amountMinor < -Money::maxMinor)
            return makeError(
                Error::Kind::Validation, Strings::tr("A posting amount must be non-zero and at most 10^15 minor units."));
    }
    if (entry.id.isEmpty())
        entry.id = Ids::next();

    TransactionGuard transaction(m_db);
    if (!transaction.isActive())
        return transaction.error();

    // One statement per posting: the guard in the WHERE clause refuses a closed account and a wallet
    // that would go below zero; only then is the account read again to say which it was. The balances
    // come first, so that the entry's row is written once, with its place in the chain and its hash.
    QSqlQuery &bump
        = m_db.prepared(QStringLiteral("UPDATE accounts SET balance_minor = balance_minor + ?, posting_count = posting_count + 1 "
                                       "WHERE id = ? AND status = 'open' AND (kind <> 'customer' OR balance_minor + ? >= 0) "
                                       "RETURNING balance_minor, posting_count, currency"));
    struct Applied
    {
        qint64 balance;
        qint64 seq;
    };
    QList<Applied> applied;
    applied.reserve(entry.postings.size());
    JournalChain::Record link;
    link.postings.reserve(entry.postings.size());
    QHash<QString, qint64> balances;
    QHash<QString, qint64> sumByCurrency;
    for (const Posting &posting : std::as_const(entry.postings)) {
        bump.addBindValue(posting.amountMinor);
        bump.addBindValue(posting.accountId);
        bump.addBindValue(posting.amountMinor);
        if (!bump.exec())
            return storageError(bump, Strings::tr("Could not record the entry in the journal."));
        if (!bump.next()) {
            bump.finish();
            return refusal(posting);
        }
        const qint64 balance = bump.value(0).toLongLong();
        const qint64 seq = bump.value(1).toLongLong();
        const QString currency = bump.value(2).toString();
        bump.finish();
        if (qAbs(balance) > Money::maxMinor)
            return makeError(
                Error::Kind::Validation, Strings::tr("The balance of \"%1\" would be too large.").arg(posting.accountId));
        sumByCurrency[currency] += posting.amountMinor;
        applied.append({balance, seq});
        link.postings.append({posting.accountId, currency, posting.amountMinor});
        balances.insert(posting.accountId, balance);
    }
    for (auto it = sumByCurrency.cbegin(); it != sumByCurrency.cend(); ++it) {
        if (it.value() != 0)
            return makeError(Error::Kind::Validation, Strings::tr("The entry does not balance in %1.").arg(it.key()));
    }

    link.entryId = entry.id;
    link.kind = entryKindName(entry.kind);
    link.createdAtMs = entry.createdAtMs;
    link.agentId = entry.agentId;
    link.sourceMessageId = entry.sourceMessageId;
    link.memo = entry.memo;
    link.reversesEntryId = entry.reversesEntryId;
    if (auto linked = JournalChain(m_db).link(link); !linked)
        return linked.error();
    QSqlQuery &insertEntry = m_db.prepared(QStringLiteral(
        "INSERT INTO journal_entries (id, kind, created_at_ms, agent_id, source_message_id, memo, reverses_entry_id, "
        "chain_seq, prev_hash, entry_hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    insertEntry.addBindValue(entry.id);
    insertEntry.addBindValue(link.kind);
    insertEntry.addBindValue(entry.createdAtMs);
    insertEntry.addBindValue(entry.agentId);
    insertEntry.addBindValue(nullIfEmpty(entry.sourceMessageId));
    insertEntry.addBindValue(notNull(entry.memo));
    insertEntry.addBindValue(nullIfEmpty(entry.reversesEntryId));
    insertEntry.addBindValue(link.seq);
    insertEntry.addBindValue(notNull(link.prevHash));
    insertEntry.addBindValue(link.entryHash);
    if (!insertEntry.exec())
        return storageError(insertEntry, Strings::tr("Could not record the entry in the journal."));

    QSqlQuery &insertPosting = m_db.prepared(QStringLiteral(
        "INSERT INTO postings (entry_id, account_id, seq, amount_minor, balance_after_minor) VALUES (?, ?, ?, ?, ?)"));
    for (qsizetype i = 0; i < entry.postings.size(); ++i) {
        insertPosting.addBindValue(entry.id);
        insertPosting.addBindValue(entry.postings.at(i).accountId);
        insertPosting.addBindValue(applied.at(i).seq);
        insertPosting.addBindValue(entry.postings.at(i).amountMinor);
        insertPosting.addBindValue(applied.at(i).balance);
        if (!insertPosting.exec())
            return storageError(insertPosting, Strings::tr("Could not record the entry in the journal."));
    }
    if (auto ok = transaction.commit(); !ok)
        return ok.error();
    return balances;
}

Error Journal::refusal(const Posting &posting)
{
    QSqlQuery &read = m_db.prepared(QStringLiteral("SELECT kind, status FROM accounts WHERE id = ?"));
    read.addBindValue(posting.accountId);
    if (!read.exec())
        return storageError(read, Strings::tr("Could not read the account."));
    if (!read.next())
        return makeError(Error::Kind::NotFound, Strings::tr("There is no account \"%1\".").arg(posting.accountId));
    const bool closed = read.value(1).toString() != QLatin1String("open");
    read.finish();
    if (closed)
        return makeError(Error::Kind::Conflict, Strings::tr("The account \"%1\" is closed.").arg(posting.accountId));
    return makeError(Error::Kind::Conflict, Strings::tr("Insufficient funds."),
        QStringLiteral("account %1, posting %2").arg(posting.accountId).arg(posting.amountMinor));
}

Result<JournalEntry> Journal::find(const QString &entryId)
{
    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral(
        "SELECT e.kind, e.created_at_ms, e.agent_id, e.source_message_id, e.memo, e.reverses_entry_id, p.account_id, "
        "p.amount_minor FROM journal_entries e JOIN postings p ON p.entry_id = e.id WHERE e.id = ? ORDER BY p.id"));
    query.addBindValue(entryId);
    if (auto ok = m_db.exec(query, Strings::tr("Could not read the journal entry.")); !ok)
        return ok.error();
    JournalEntry entry;
    entry.id = entryId;
    while (query.next()) {
        entry.kind = entryKindFromName(query.value(0).toString());
        entry.createdAtMs = query.value(1).toLongLong();
        entry.agentId = query.value(2).toString();
        entry.sourceMessageId = query.value(3).toString();
        entry.memo = query.value(4).toString();
        entry.reversesEntryId = query.value(5).toString();
        entry.postings.append({query.value(6).toString(), query.value(7).toLongLong()});
    }
    if (entry.postings.isEmpty())
        return makeError(Error::Kind::NotFound, Strings::tr("There is no journal entry \"%1\".").arg(entryId));
    return entry;
}

Result<bool> Journal::isReversed(const QString &entryId)
{
    QSqlQuery query(m_db.connection());
    query.prepare(QStringLiteral("SELECT 1 FROM journal_entries WHERE reverses_entry_id = ?"));
    query.addBindValue(entryId);
    if (auto ok = m_db.exec(query, Strings::tr("Could not read the journal entry.")); !ok)
        return ok.error();
    return query.next();
}

Result<QList<Breach>> Journal::checkChain()
{
    JournalChain chain(m_db);
    auto fault = chain.firstFault();
    if (!fault)
        return fault.error();
    QList<Breach> breaches;
    if (*fault) {
        const JournalChain::Fault &found = **fault;
        QString description;
        if (found.kind == JournalChain::Fault::Kind::Altered)
            description = CheckStrings::tr(
                "Entry %1 does not match its recorded hash: it or its postings were changed after it was written.")
                              .arg(found.entryId);
        else if (found.previousEntryId.isEmpty())
            description = CheckStrings::tr("The chain breaks before entry %1, where it begins: an entry was removed or inserted.")
                              .arg(found.entryId);
        else
            description = CheckStrings::tr("The chain breaks after entry %1: an entry was removed or inserted before entry %2.")
                              .arg(found.previousEntryId, found.entryId);
        breaches.append({found.entryId, description});
    }
    auto unchained = chain.unchained();
    if (!unchained)
        return unchained.error();
    for (const QString &entryId : std::as_const(*unchained))
        breaches.append({entryId,
            CheckStrings::tr("Entry %1 is not in the chain: it was added to the journal without being posted.").arg(entryId)});
    return breaches;
}

Result<JournalChain::Head> Journal::chainHead()
{
    return JournalChain(m_db).head();
}

QList<BookCheck> Journal::checks()
{
    return {
        {QStringLiteral("SELECT p.entry_id, a.currency, SUM(p.amount_minor) FROM postings p "
                        "JOIN accounts a ON a.id = p.account_id GROUP BY p.entry_id, a.currency "
                        "HAVING SUM(p.amount_minor) <> 0"),
            [](const QSqlQuery &q) {
                return Breach {q.value(0).toString(),
                    CheckStrings::tr("Entry %1 does not balance: its %2 postings sum to %3.")
                        .arg(q.value(0).toString(), q.value(1).toString(), BookCheck::amount(q.value(2), q.value(1)))};
            }},
        {QStringLiteral("SELECT e.id FROM journal_entries e WHERE NOT EXISTS "
                        "(SELECT 1 FROM postings p WHERE p.entry_id = e.id)"),
            [](const QSqlQuery &q) {
                return Breach {q.value(0).toString(), CheckStrings::tr("Entry %1 has no postings.").arg(q.value(0).toString())};
            }},
        {QStringLiteral("SELECT a.id, a.currency, a.balance_minor, COALESCE(s.total, 0), a.posting_count, COALESCE(s.n, 0) "
                        "FROM accounts a LEFT JOIN (SELECT account_id, SUM(amount_minor) AS total, COUNT(*) AS n "
                        "FROM postings GROUP BY account_id) s ON s.account_id = a.id "
                        "WHERE a.balance_minor <> COALESCE(s.total, 0) OR a.posting_count <> COALESCE(s.n, 0)"),
            [](const QSqlQuery &q) {
                return Breach {q.value(0).toString(),
                    CheckStrings::tr("Account %1 says its balance is %2 over %3 postings, but its postings sum to %4 over %5.")
                        .arg(q.value(0).toString(), BookCheck::amount(q.value(2), q.value(1)), q.value(4).toString(),
                            BookCheck::amount(q.value(3), q.value(1)), q.value(5).toString())};
            }},
        {QStringLiteral("SELECT p.account_id, p.seq, a.currency FROM postings p JOIN accounts a ON a.id = p.account_id "
                        "LEFT JOIN postings q ON q.account_id = p.account_id AND q.seq = p.seq - 1 "
                        "WHERE p.balance_after_minor <> COALESCE(q.balance_after_minor, 0) + p.amount_minor "
                        "OR (p.seq > 1 AND q.id IS NULL)"),
            [](const QSqlQuery &q) {
                return Breach {q.value(0).toString(),
                    CheckStrings::tr("Account %1: the running balance breaks at posting %2.")
                        .arg(q.value(0).toString(), q.value(1).toString())};
            }},
        {QStringLiteral("SELECT id, currency, balance_minor FROM accounts WHERE kind = 'customer' AND balance_minor < 0"),
            [](const QSqlQuery &q) {
                return Breach {q.value(0).toString(),
                    CheckStrings::tr("Wallet %1 is below zero: %2.")
                        .arg(q.value(0).toString(), BookCheck::amount(q.value(2), q.value(1)))};
            }},
        {QStringLiteral("SELECT currency, SUM(balance_minor) FROM accounts GROUP BY currency HAVING SUM(balance_minor) <> 0"),
            [](const QSqlQuery &q) {
                return Breach {q.value(0).toString(),
                    CheckStrings::tr("The %1 accounts do not sum to zero: they sum to %2.")
                        .arg(q.value(0).toString(), BookCheck::amount(q.value(1), q.value(0)))};
            }},
    };
}

} // namespace Ledgerdesk
