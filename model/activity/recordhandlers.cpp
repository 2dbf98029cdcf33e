#include "activitymessages.h"

#include "activityrepository.h"
#include "commands/handlercontext.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace Ledgerdesk {

namespace {

struct Strings
{
    Q_DECLARE_TR_FUNCTIONS(Ledgerdesk::RecordHandlers)
};

Result<ActivityRecord> requireLiveRecord(HandlerContext &context)
{
    auto recordId = context.requireString(QStringLiteral("record_id"));
    if (!recordId)
        return recordId.error();
    auto record = ActivityRepository(context.db()).find(*recordId);
    if (!record)
        return record;
    if (record->isDeleted())
        return makeError(Error::Kind::Conflict, Strings::tr("The activity record \"%1\" has been deleted.").arg(record->id));
    return record;
}

Result<QJsonObject> updateRecord(HandlerContext &context)
{
    auto record = requireLiveRecord(context);
    if (!record)
        return record.error();
    const QJsonObject changes = context.payload().value(QStringLiteral("changes")).toObject();
    ActivityRecord corrected = *record;
    for (auto it = changes.begin(); it != changes.end(); ++it) {
        if (!it.value().isString())
            return makeError(
                Error::Kind::Validation, Strings::tr("The new value of \"%1\" must be text.").arg(it.key()), it.key());
        const QString value = it.value().toString();
        if (it.key() == QLatin1String("attribute"))
            corrected.attribute = value;
        else if (it.key() == QLatin1String("before"))
            corrected.before = value;
        else if (it.key() == QLatin1String("after"))
            corrected.after = value;
        else
            return makeError(Error::Kind::Validation,
                Strings::tr("\"%1\" cannot be corrected; only attribute, before and after can.").arg(it.key()), it.key());
    }
    const QList<std::pair<QString, std::pair<QString, QString>>> fields {
        {QStringLiteral("attribute"), {record->attribute, corrected.attribute}},
        {QStringLiteral("before"), {record->before, corrected.before}},
        {QStringLiteral("after"), {record->after, corrected.after}},
    };
    QJsonArray changed;
    for (const auto &[name, values] : fields) {
        if (values.first == values.second)
            continue;
        if (auto ok = context.record(QStringLiteral("Update|Record"), record->clientId, name, values.first, values.second); !ok)
            return ok.error();
        changed.append(name);
    }
    if (!changed.isEmpty()) {
        corrected.correctedAtMs = context.nowMs();
        if (auto ok = ActivityRepository(context.db()).update(corrected); !ok)
            return ok.error();
    }
    return QJsonObject {{QStringLiteral("record_id"), record->id}, {QStringLiteral("changed"), changed}};
}

Result<QJsonObject> deleteRecord(HandlerContext &context)
{
    auto record = requireLiveRecord(context);
    if (!record)
        return record.error();
    if (auto ok = ActivityRepository(context.db()).markDeleted(record->id, context.agent().id, context.nowMs()); !ok)
        return ok.error();
    if (auto ok = context.record(QStringLiteral("Delete|Record"), record->clientId, QStringLiteral("record"),
            record->id + QLatin1Char(' ') + record->action, {});
        !ok)
        return ok.error();
    return QJsonObject {{QStringLiteral("record_id"), record->id}};
}

} // namespace

QList<MessageType> ActivityMessages::types()
{
    const PayloadField recordId = PayloadField::text(QStringLiteral("record_id"));
    return {
        {recordUpdate, Permission::AnyAgent, {recordId, PayloadField::object(QStringLiteral("changes"))}, updateRecord,
            [](const QJsonObject &) { return Strings::tr("The activity record was corrected."); }},
        {recordDelete, Permission::Supervisor, {recordId}, deleteRecord,
            [](const QJsonObject &) { return Strings::tr("The activity record was deleted."); }},
    };
}

} // namespace Ledgerdesk
