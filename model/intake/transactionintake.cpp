#include "transactionintake.h"

#include "core/logging.h"
#include "ingestpayload.h"
#include "intakemessages.h"
#include "intakerepository.h"
#include "queue/message.h"
#include "queue/queue.h"
#include "storage/transactionguard.h"

#include <QCoreApplication>

namespace Ledgerdesk {

namespace {

struct Strings
{
    Q_DECLARE_TR_FUNCTIONS(Ledgerdesk::TransactionIntake)
};

// What makes two reports of one transaction id the same transaction: the money and where it moves.
// The merchant and the timestamp are left out (a sender without a timestamp gets the time of arrival).
bool hasSameDetails(const IngestedTransaction &recorded, const IngestedTransaction &reported)
{
    return recorded.amountMinor == reported.amountMinor && recorded.currency == reported.currency
        && recorded.sourceAccount == reported.sourceAccount && recorded.destinationAccount == reported.destinationAccount;
}

} // namespace

Result<TransactionIntake::Receipt> TransactionIntake::submit(const QJsonObject &payload, qint64 receivedAtMs)
{
    auto transaction = IngestPayload::parse(payload, receivedAtMs);
    if (!transaction)
        return transaction.error();
    return submit(*transaction);
}

Result<TransactionIntake::Receipt> TransactionIntake::submit(const IngestedTransaction &checked)
{
    Q_ASSERT(!checked.transactionId.isEmpty() && checked.amountMinor > 0 && checked.receivedAtMs > 0);
    Receipt receipt;
    receipt.transactionId = checked.transactionId;

    TransactionGuard transaction(m_db);
    if (!transaction.isActive())
        return transaction.error();

    // The message carries the canonical payload (amount as a decimal string), so what the processor
    // applies is exactly what was recorded here.
    Message message = Message::create(IntakeMessages::ingest, IngestPayload::toJson(checked), agentId, checked.receivedAtMs);
    message.dedupeKey = dedupeKey(checked.transactionId);

    IngestedTransaction row = checked;
    row.status = IngestedTransaction::processing;
    row.category.clear();
    row.processedAtMs = 0;
    row.messageId = message.id;
    auto inserted = IntakeRepository(m_db).insertIfAbsent(row);
    if (!inserted)
        return inserted.error();
    if (!*inserted) {
        auto recorded = IntakeRepository(m_db).find(checked.transactionId);
        if (!recorded)
            return recorded.error();
        if (!hasSameDetails(*recorded, checked)) {
            qCInfo(lcIntake) << "transaction" << checked.transactionId << "was reported again with other details";
            return makeError(Error::Kind::Conflict,
                Strings::tr("Transaction %1 was received before with different details; send a correction under a new "
                            "transaction id.")
                    .arg(checked.transactionId));
        }
        receipt.outcome = Outcome::Duplicate;
        return receipt; // the guard rolls back: nothing new
    }
    auto stored = Queue(m_db).enqueue(message);
    if (!stored)
        return stored.error();
    if (!*stored) {
        // Only the intake gives "ingest:" keys (an agent's keys are namespaced, Message::agentDedupeKey),
        // so the transaction was enqueued here before and its row has gone since. Keep nothing.
        qCInfo(lcIntake) << "transaction" << checked.transactionId << "was enqueued before under" << message.dedupeKey;
        receipt.outcome = Outcome::Duplicate;
        return receipt;
    }
    if (auto ok = transaction.commit(); !ok)
        return ok.error();
    receipt.outcome = Outcome::Accepted;
    receipt.messageId = message.id;
    return receipt;
}

} // namespace Ledgerdesk
