#include "journalchain.h"

#include "database.h"
#include "rowreader.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QHash>
#include <QSqlQuery>

#include <algorithm>
#include <charconv>

namespace Ledgerdesk {

namespace {

struct Strings
{
    Q_DECLARE_TR_FUNCTIONS(Ledgerdesk::JournalChain)
};

// Entries read per query while walking or building the chain, so memory stays bounded on any book.
constexpr qint64 batchSize = 1000;

// Decimal ASCII, with "-" before a negative number; into a buffer on the stack, as this runs per entry.
qsizetype writeDecimal(char (&digits)[24], qint64 value)
{
    return std::to_chars(digits, digits + sizeof digits, value).ptr - digits;
}

void appendField(QByteArray &out, QByteArrayView bytes)
{
    char digits[24];
    out.append(digits, writeDecimal(digits, bytes.size()));
    out.append(':');
    out.append(bytes);
}

void appendText(QByteArray &out, const QString &text)
{
    appendField(out, text.toUtf8());
}

void appendInteger(QByteArray &out, qint64 value)
{
    char digits[24];
    appendField(out, QByteArrayView(digits, writeDecimal(digits, value)));
}

} // namespace

QByteArray JournalChain::encode(const Record &record)
{
    struct SortedLeg
    {
        QByteArray accountId;
        const Leg *leg;
    };
    QList<SortedLeg> legs;
    legs.reserve(record.postings.size());
    for (const Leg &leg : record.postings)
        legs.append({leg.accountId.toUtf8(), &leg});
    std::sort(legs.begin(), legs.end(), [](const SortedLeg &a, const SortedLeg &b) {
        return a.accountId != b.accountId ? a.accountId < b.accountId : a.leg->amountMinor < b.leg->amountMinor;
    });

    QByteArray out;
    out.reserve(512);
    appendField(out, QByteArrayLiteral("ledgerdesk-journal-v1"));
    appendInteger(out, record.seq);
    appendText(out, record.prevHash);
    appendText(out, record.entryId);
    appendText(out, record.kind);
    appendInteger(out, record.createdAtMs);
    appendText(out, record.agentId);
    appendText(out, record.sourceMessageId);
    appendText(out, record.memo);
    appendText(out, record.reversesEntryId);
    appendInteger(out, legs.size());
    for (const SortedLeg &sorted : std::as_const(legs)) {
        appendField(out, sorted.accountId);
        appendText(out, sorted.leg->currency);
        appendInteger(out, sorted.leg->amountMinor);
    }
    return out;
}

QString JournalChain::hashOf(const Record &record)
{
    return QString::fromLatin1(QCryptographicHash::hash(encode(record), QCryptographicHash::Sha256).toHex());
}

Result<JournalChain::Head> JournalChain::head()
{
    QSqlQuery &query = m_db.prepared(QStringLiteral("SELECT chain_seq, id, entry_hash FROM journal_entries "
                                                    "WHERE chain_seq IS NOT NULL ORDER BY chain_seq DESC LIMIT 1"));
    if (!query.exec())
        return storageError(query, Strings::tr("Could not read the head of the journal's chain."));
    Head head;
    if (query.next()) {
        RowReader row(query);
        head.seq = row.int64();
        head.entryId = row.text();
        head.hash = row.text();
    }
    query.finish();
    return head;
}

Result<void> JournalChain::link(Record &record)
{
    auto last = head();
    if (!last)
        return last.error();
    record.seq = last->seq + 1;
    record.prevHash = last->hash;
    record.entryHash = hashOf(record);
    return {};
}

Result<QHash<QString, QString>> JournalChain::currencies()
{
    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT id, currency FROM accounts")))
        return storageError(query, Strings::tr("Could not read the journal's chain."));
    QHash<QString, QString> byAccount;
    while (query.next())
        byAccount.insert(query.value(0).toString(), query.value(1).toString());
    return byAccount;
}

Result<QList<JournalChain::Record>> JournalChain::records(
    const QString &filter, const QVariantList &values, const QHash<QString, QString> &currencies)
{
    const QString failed = Strings::tr("Could not read the journal's chain.");
    QSqlQuery entries(m_db.connection());
    entries.setForwardOnly(true);
    entries.prepare(QStringLiteral("SELECT e.chain_seq, e.prev_hash, e.id, e.kind, e.created_at_ms, e.agent_id, "
                                   "e.source_message_id, e.memo, e.reverses_entry_id, e.entry_hash FROM journal_entries e WHERE ")
        + filter + QStringLiteral(" ORDER BY e.chain_seq"));
    for (const QVariant &value : values)
        entries.addBindValue(value);
    if (auto ok = m_db.exec(entries, failed); !ok)
        return ok.error();
    QList<Record> found;
    QHash<QString, qsizetype> byId;
    while (entries.next()) {
        RowReader row(entries);
        Record record;
        record.seq = row.int64();
        record.prevHash = row.text();
        record.entryId = row.text();
        record.kind = row.text();
        record.createdAtMs = row.int64();
        record.agentId = row.text();
        record.sourceMessageId = row.text();
        record.memo = row.text();
        record.reversesEntryId = row.text();
        record.entryHash = row.text();
        byId.insert(record.entryId, found.size());
        found.append(std::move(record));
    }
    if (found.isEmpty())
        return found;

    QSqlQuery postings(m_db.connection());
    postings.setForwardOnly(true);
    postings.prepare(
        QStringLiteral(
            "SELECT p.entry_id, p.account_id, p.amount_minor FROM journal_entries e JOIN postings p ON p.entry_id = e.id "
            "WHERE ")
        + filter);
    for (const QVariant &value : values)
        postings.addBindValue(value);
    if (auto ok = m_db.exec(postings, failed); !ok)
        return ok.error();
    while (postings.next()) {
        RowReader row(postings);
        // An entry posted between the two reads has postings but was not read: it is not in this batch.
        const qsizetype at = byId.value(row.text(), -1);
        if (at < 0)
            continue;
        Leg leg;
        leg.accountId = row.text();
        leg.currency = currencies.value(leg.accountId);
        leg.amountMinor = row.int64();
        found[at].postings.append(std::move(leg));
    }
    return found;
}

Result<void> JournalChain::chainExisting()
{
    const QString failed = Strings::tr("Could not chain the journal's entries.");
    QSqlQuery order(m_db.connection());
    order.setForwardOnly(true);
    order.prepare(
        QStringLiteral("SELECT e.id FROM journal_entries e LEFT JOIN (SELECT entry_id, MIN(id) AS first_posting FROM postings "
                       "GROUP BY entry_id) f ON f.entry_id = e.id WHERE e.chain_seq IS NULL "
                       "ORDER BY COALESCE(f.first_posting, 0), e.created_at_ms, e.id"));
    if (auto ok = m_db.exec(order, failed); !ok)
        return ok;
    QStringList ids;
    while (order.next())
        ids << order.value(0).toString();
    order.finish();
    if (ids.isEmpty())
        return {};

    auto last = head();
    if (!last)
        return last.error();
    auto accounts = currencies();
    if (!accounts)
        return accounts.error();
    qint64 seq = last->seq;
    QString previous = last->hash;
    QSqlQuery &update
        = m_db.prepared(QStringLiteral("UPDATE journal_entries SET chain_seq = ?, prev_hash = ?, entry_hash = ? WHERE id = ?"));
    for (qsizetype from = 0; from < ids.size(); from += batchSize) {
        const QStringList chunk = ids.mid(from, batchSize);
        QStringList marks(chunk.size(), QStringLiteral("?"));
        auto found = records(QStringLiteral("e.id IN (") + marks.join(QLatin1Char(',')) + QLatin1Char(')'),
            QVariantList(chunk.cbegin(), chunk.cend()), *accounts);
        if (!found)
            return found.error();
        QList<Record> &batch = found.value();
        QHash<QString, qsizetype> byId;
        for (qsizetype i = 0; i < batch.size(); ++i)
            byId.insert(batch.at(i).entryId, i);
        for (const QString &id : chunk) {
            Q_ASSERT(byId.contains(id));
            Record &record = batch[byId.value(id)];
            record.seq = ++seq;
            record.prevHash = previous;
            record.entryHash = hashOf(record);
            previous = record.entryHash;
            update.addBindValue(record.seq);
            update.addBindValue(notNull(record.prevHash));
            update.addBindValue(record.entryHash);
            update.addBindValue(record.entryId);
            if (auto ok = m_db.exec(update, failed); !ok)
                return ok;
        }
    }
    return {};
}

Result<std::optional<JournalChain::Fault>> JournalChain::firstFault()
{
    QSqlQuery last(m_db.connection());
    last.setForwardOnly(true);
    if (!last.exec(QStringLiteral("SELECT MAX(chain_seq) FROM journal_entries")))
        return storageError(last, Strings::tr("Could not read the journal's chain."));
    const qint64 lastSeq = last.next() ? last.value(0).toLongLong() : 0;
    last.finish();
    auto accounts = currencies();
    if (!accounts)
        return accounts.error();

    qint64 expectedSeq = 1;
    QString expectedPrev;
    QString previousId;
    for (qint64 from = 0; from < lastSeq; from += batchSize) {
        auto batch = records(QStringLiteral("e.chain_seq > ? AND e.chain_seq <= ?"), {from, from + batchSize}, *accounts);
        if (!batch)
            return batch.error();
        for (const Record &record : std::as_const(*batch)) {
            if (record.seq != expectedSeq || record.prevHash != expectedPrev)
                return std::optional<Fault>(Fault {Fault::Kind::Broken, record.entryId, previousId});
            if (hashOf(record) != record.entryHash)
                return std::optional<Fault>(Fault {Fault::Kind::Altered, record.entryId, previousId});
            expectedSeq = record.seq + 1;
            expectedPrev = record.entryHash;
            previousId = record.entryId;
        }
    }
    return std::optional<Fault>();
}

Result<QStringList> JournalChain::unchained()
{
    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);
    if (!query.exec(
            QStringLiteral("SELECT id FROM journal_entries WHERE chain_seq IS NULL OR chain_seq < 1 ORDER BY created_at_ms, id")))
        return storageError(query, Strings::tr("Could not read the journal's chain."));
    QStringList ids;
    while (query.next())
        ids << query.value(0).toString();
    return ids;
}

} // namespace Ledgerdesk
