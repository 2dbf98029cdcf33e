#pragma once

#include "core/result.h"
#include "ingestedtransaction.h"

#include <QJsonObject>
#include <QString>

namespace Ledgerdesk {

class Database;

// Where a reported transaction enters the books, for the webhook and the simulator alike: in ONE
// transaction it records the transaction as PROCESSING (category '') and enqueues its
// TRANSACTION_INGEST message as agent "intake" with dedupe key "ingest:<transaction_id>" (a key no
// agent can give). A transaction id seen before writes nothing: with the same amount, currency and
// accounts it is a duplicate, otherwise a Conflict error (merchant and timestamp are not compared).
// The processor applies the message later (IntakeMessages::ingest), which categorises it and marks
// it PROCESSED.
// Used on the connection's thread; composes inside a caller's transaction (a savepoint then).
class TransactionIntake
{
public:
    static inline const QString agentId = QStringLiteral("intake");

    enum class Outcome { Accepted, Duplicate };

    struct Receipt
    {
        Outcome outcome = Outcome::Accepted;
        QString transactionId;
        QString messageId; // the enqueued message; empty for a duplicate
    };

    explicit TransactionIntake(Database &db)
        : m_db(db)
    { }

    // Checks a payload (IngestPayload::parse: a Validation error naming the field), then records and
    // enqueues it. receivedAtMs is the time it arrived (epoch ms). A Conflict error with a sentence
    // when the id was recorded before with other details.
    Result<Receipt> submit(const QJsonObject &payload, qint64 receivedAtMs);
    // The same for a transaction that is already checked.
    Result<Receipt> submit(const IngestedTransaction &transaction);

    static QString dedupeKey(const QString &transactionId) { return QStringLiteral("ingest:") + transactionId; }

private:
    Database &m_db;
};

} // namespace Ledgerdesk
