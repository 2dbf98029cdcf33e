#pragma once

#include "core/result.h"
#include "storage/bookcheck.h"
#include "storage/journalchain.h"

#include <QHash>
#include <QList>
#include <QString>

namespace Ledgerdesk {

class Database;

enum class EntryKind {
    Deposit,
    Withdrawal,
    Transfer,
    LoanIn,
    LoanRepayment,
    PaymentOut,
    SavingsAdd,
    SavingsRedeem,
    SavingsRefund,
    Ingested,
    Reversal,
};

QString entryKindName(EntryKind kind); // "DEPOSIT", ...
EntryKind entryKindFromName(const QString &name);

// One leg of an entry: a signed amount in minor units of the account's currency.
struct Posting
{
    QString accountId;
    qint64 amountMinor = 0;
};

struct JournalEntry
{
    QString id;
    EntryKind kind = EntryKind::Deposit;
    qint64 createdAtMs = 0;
    QString agentId;
    QString sourceMessageId;
    QString memo;
    QString reversesEntryId;
    QList<Posting> postings;
};

// Writes journal entries and keeps the accounts' materialised balances, posting counts and running
// balances in step with them, and links each entry into the journal's hash chain (JournalChain).
// Entries are never edited or deleted. Used on the connection's thread inside the caller's
// transaction: on failure nothing of the entry is written.
class Journal
{
public:
    explicit Journal(Database &db)
        : m_db(db)
    { }

    // Posts a balanced entry (an id is assigned when empty). Refuses an unbalanced entry, an unknown
    // or closed account, and a customer wallet going below zero ("Insufficient funds.", Conflict).
    // Returns the new balance of every account the entry touched. The entry takes the place after the
    // chain's head, read in the caller's transaction (on PostgreSQL the processors' batch lock keeps
    // other posters out; one racing for the same place anyway fails with a Storage error).
    Result<QHash<QString, qint64>> post(JournalEntry &entry);

    Result<JournalEntry> find(const QString &entryId);
    Result<bool> isReversed(const QString &entryId);

    // The ledger's invariants, for the Verifier: each entry has postings and they sum to zero per
    // currency; each account's stored balance and posting count equal its postings, and its running
    // balances chain; no customer wallet is below zero; each currency sums to zero over all accounts.
    // The hash chain needs SHA-256, which SQL lacks: checkChain() checks it.
    static QList<BookCheck> checks();

    // Recomputes the hash chain: names the first entry that was changed, or where an entry was removed
    // or inserted, and every entry that is not in the chain. Reads every entry; empty when it holds.
    Result<QList<Breach>> checkChain();
    // The newest entry of the chain (its number, id and hash), for snapshots, exports and verify.
    Result<JournalChain::Head> chainHead();

private:
    // Why a posting's account refused it: missing, closed, or a wallet short of funds.
    Error refusal(const Posting &posting);

    Database &m_db;
};

} // namespace Ledgerdesk
