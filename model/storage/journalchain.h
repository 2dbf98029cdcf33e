#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <optional>

namespace Ledgerdesk {

class Database;

// The journal's hash chain, which makes the books tamper-evident (DESIGN section 12). Every entry row
// holds chain_seq (1, 2, 3, ... in the order the entries were posted, without a gap), prev_hash (the
// entry_hash of the entry numbered one less, empty for the first) and entry_hash: the SHA-256 of the
// entry's canonical encoding (encode(), which covers its content, its postings and prev_hash) as 64
// lower-case hexadecimal digits. Changing an entry or its postings breaks its own hash; removing or
// inserting one breaks the link of the entry after it. Whoever rewrites every later hash as well is
// caught only against a head kept elsewhere (a snapshot, an export). It lives in storage because the
// upgrade that introduces the chain (Migrator) chains the entries a book already holds; the Journal
// links each new entry. Used on the Database's thread, inside the caller's transaction.
class JournalChain
{
public:
    // One posting as the hash covers it: the account, its currency, the signed amount in minor units.
    struct Leg
    {
        QString accountId;
        QString currency;
        qint64 amountMinor = 0;
    };

    // An entry as the chain sees it; an empty string stands for SQL NULL. entryHash is the hash the row
    // records, which encode() leaves out.
    struct Record
    {
        qint64 seq = 0;
        QString prevHash;
        QString entryId;
        QString kind;
        qint64 createdAtMs = 0;
        QString agentId;
        QString sourceMessageId;
        QString memo;
        QString reversesEntryId;
        QList<Leg> postings;
        QString entryHash;
    };

    // The newest entry of the chain; seq 0 and empty strings while the chain is empty.
    struct Head
    {
        qint64 seq = 0;
        QString entryId;
        QString hash;
    };

    // The first place where the chain does not hold, in chain order.
    struct Fault
    {
        enum class Kind {
            Altered, // entryId no longer matches its recorded hash
            Broken, // entryId does not follow previousEntryId (its number or its prev_hash)
        };
        Kind kind = Kind::Altered;
        QString entryId;
        QString previousEntryId; // the last entry that holds; empty when the chain breaks at its start
    };

    explicit JournalChain(Database &db)
        : m_db(db)
    { }

    // The bytes that are hashed, with fields in this order: the tag "ledgerdesk-journal-v1", seq,
    // prevHash, entryId, kind, createdAtMs, agentId, sourceMessageId, memo, reversesEntryId, the number
    // of postings, then per posting accountId, currency, amountMinor, the postings sorted by the UTF-8
    // bytes of accountId, then by amount (numerically). Each field is its length in bytes in decimal
    // ASCII, a colon, then its bytes: text as UTF-8, integers as decimal ASCII ("-" before a negative
    // one, no leading zeros). Example: "3:abc" for the text abc, "4:-250" for the integer -250.
    static QByteArray encode(const Record &record);
    // SHA-256 of encode(), as 64 lower-case hexadecimal digits.
    static QString hashOf(const Record &record);

    Result<Head> head();
    // Places `record` (its content and postings filled in) after the head: sets seq, prevHash and
    // entryHash. The caller writes the row in the same transaction, which must exclude other posters
    // until it commits (SQLite's write lock; on PostgreSQL the processors' batch lock). Should another
    // transaction take the same place anyway, the unique chain_seq makes the later of the two fail (a
    // Storage error, to be retried): the chain never forks.
    Result<void> link(Record &record);
    // Chains the entries that have no place in the chain yet after its head, in the order they were
    // posted (by their first posting). Only for the upgrade that introduces the chain: after it, an
    // entry without a place was not posted by the program.
    Result<void> chainExisting();
    // Recomputes the chain from its start; the first fault, or none.
    Result<std::optional<Fault>> firstFault();
    // The entries without a place in the chain (no number, or one below 1), oldest first.
    Result<QStringList> unchained();

private:
    // The currency of every account, by id: read once per walk rather than joined to every posting.
    Result<QHash<QString, QString>> currencies();
    // The entries that `filter` (a condition on journal_entries e, with `values` bound) selects, with
    // their postings, in chain order.
    Result<QList<Record>> records(const QString &filter, const QVariantList &values, const QHash<QString, QString> &currencies);

    Database &m_db;
};

} // namespace Ledgerdesk
