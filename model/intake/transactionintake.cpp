#include "transactionintake.h"

#include "core/logging.h"
#include "ingestpayload.h"
#include "intakemessages.h"
#include "intakerepository.h"
#include "queue/message.h"
#include "queue/queue.h"
#include "storage/transactionguard.h"

namespace Ledgerdesk {

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
        receipt.outcome = Outcome::Duplicate;
        return receipt; // the guard rolls back: nothing new
    }
    auto stored = Queue(m_db).enqueue(message);
    if (!stored)
        return stored.error();
    if (!*stored) {
        // The key was taken by a message that did not come through here (ledgerdesk enqueue with the
        // same key): that message will record the transaction when it is applied. Keep nothing.
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
