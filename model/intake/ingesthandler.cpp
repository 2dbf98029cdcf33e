#include "intakemessages.h"

#include "categorybands.h"
#include "commands/handlercontext.h"
#include "core/ids.h"
#include "core/logging.h"
#include "ingestpayload.h"
#include "intakerepository.h"
#include "settings/settings.h"
#include "transactionintake.h"

#include <QJsonObject>

namespace Ledgerdesk {

namespace {

QJsonObject outcome(const IngestedTransaction &transaction, bool duplicate)
{
    QJsonObject result {{QStringLiteral("transaction_id"), transaction.transactionId},
        {QStringLiteral("category"), transaction.category}, {QStringLiteral("status"), transaction.status}};
    if (duplicate)
        result.insert(QStringLiteral("duplicate"), true);
    return result;
}

// Completes a transaction the intake recorded as PROCESSING; a transaction that is PROCESSED by the
// time the update runs (another processor got there first) is a duplicate.
Result<QJsonObject> complete(HandlerContext &context, IntakeRepository &repository, const IngestedTransaction &recorded,
    const CategoryBands &bands, qint64 processedAtMs)
{
    if (recorded.isProcessed())
        return outcome(recorded, true);
    const QString category = bands.categorise(recorded.amount());
    auto updated = repository.markProcessed(recorded.transactionId, category, processedAtMs, context.message().id);
    if (!updated)
        return updated.error();
    if (!*updated) {
        auto now = repository.find(recorded.transactionId);
        if (!now)
            return now.error();
        return outcome(*now, true);
    }
    IngestedTransaction done = recorded;
    done.category = category;
    done.status = IngestedTransaction::processed;
    return outcome(done, false);
}

Result<QJsonObject> ingestTransaction(HandlerContext &context)
{
    auto reported = IngestPayload::parse(context.payload(), context.nowMs());
    if (!reported)
        return reported.error();
    IntakeRepository repository(context.db());
    auto recorded = repository.find(reported->transactionId);
    if (!recorded && recorded.error().kind != Error::Kind::NotFound)
        return recorded.error();
    if (recorded && recorded->isProcessed())
        return outcome(*recorded, true);

    BookSettings settings(context.db());
    auto bands = CategoryBands::load(settings);
    if (!bands)
        return bands.error();
    // The wall-clock time of processing: the context's time is when the message was sent.
    const qint64 processedAtMs = qMax(Ids::nowMs(), context.nowMs());

    if (recorded) {
        if (recorded->amountMinor != reported->amountMinor || recorded->currency != reported->currency)
            qCInfo(lcIntake) << "transaction" << recorded->transactionId << "was recorded as" << recorded->amountMinor
                             << recorded->currency << "and is reported again as" << reported->amountMinor << reported->currency
                             << "; the first report stands";
        return complete(context, repository, *recorded, *bands, processedAtMs);
    }

    // Not recorded by the intake (the message came from elsewhere): record it, already PROCESSED.
    IngestedTransaction transaction = *reported;
    transaction.category = bands->categorise(transaction.amount());
    transaction.status = IngestedTransaction::processed;
    transaction.processedAtMs = processedAtMs;
    transaction.messageId = context.message().id;
    auto inserted = repository.insertIfAbsent(transaction);
    if (!inserted)
        return inserted.error();
    if (!*inserted) {
        // Recorded by someone else between the look-up and the insert.
        auto now = repository.find(transaction.transactionId);
        if (!now)
            return now.error();
        return complete(context, repository, *now, *bands, processedAtMs);
    }
    return outcome(transaction, false);
}

} // namespace

QList<MessageType> IntakeMessages::types()
{
    MessageType type;
    type.name = ingest;
    type.handle = ingestTransaction;
    type.customCheck = [](const QJsonObject &payload) -> Result<void> {
        if (auto reported = IngestPayload::parse(payload, Ids::nowMs()); !reported)
            return reported.error();
        return {};
    };
    return QList<MessageType> {type} + apiTokenTypes();
}

} // namespace Ledgerdesk
