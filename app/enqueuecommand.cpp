#include "commandio.h"
#include "subcommand.h"

#include "core/ids.h"
#include "engine/engine.h"
#include "queue/message.h"
#include "queue/queue.h"
#include "storage/openbooks.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

namespace Ledgerdesk::CommandLine {

namespace {

struct Strings
{
    Q_DECLARE_TR_FUNCTIONS(Ledgerdesk::CommandLine)
};

int runEnqueue(const QCommandLineParser &parser, const QStringList &positional)
{
    if (positional.size() != 2)
        return fail(Strings::tr("Usage: ledgerdesk enqueue TYPE JSON --agent ID [--dedupe KEY]."));
    QJsonParseError parseError;
    const QJsonDocument payload = QJsonDocument::fromJson(positional.at(1).toUtf8(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !payload.isObject())
        return fail(Strings::tr("The payload must be a JSON object: %1.")
                        .arg(parseError.error != QJsonParseError::NoError ? parseError.errorString()
                                                                          : Strings::tr("it is not an object")));
    auto db = openBooks(locationOf(parser));
    if (!db)
        return fail(db.error().message);
    // The processor's own check: a payload it would refuse is not queued.
    Engine engine(**db);
    if (auto checked = engine.executor().check(positional.at(0), payload.object()); !checked)
        return fail(checked.error().message);
    auto agent = signIn(**db, parser);
    if (!agent)
        return fail(agent.error().message);
    Message message = Message::create(positional.at(0), payload.object(), agent->id, Ids::nowMs());
    const QString dedupe = parser.value(QStringLiteral("dedupe"));
    message.dedupeKey = Message::agentDedupeKey(agent->id, dedupe);
    auto stored = Queue(**db).enqueue(message);
    if (!stored)
        return fail(stored.error().message);
    if (*stored)
        out() << Strings::tr("Queued %1 as message %2.").arg(message.type, message.id) << Qt::endl;
    else
        out() << Strings::tr("A message with the dedupe key \"%1\" was queued before; this one was dropped.").arg(dedupe)
              << Qt::endl;
    return 0;
}

} // namespace

// `ledgerdesk enqueue`: publishes one message as the signed-in agent, for the processor to apply.
Subcommand enqueueCommand()
{
    return {QStringLiteral("enqueue"), QStringLiteral("enqueue TYPE JSON --agent ID [--dedupe KEY]"),
        Strings::tr("Publish one message as the agent (password from LEDGERDESK_PASSWORD or asked)."),
        {agentOption(),
            {QStringLiteral("dedupe"), Strings::tr("enqueue: a key; a second message of the agent with it is dropped."),
                Strings::tr("KEY")}},
        {{QStringLiteral("TYPE"), Strings::tr("The message type, like DEPOSIT."), {}},
            {QStringLiteral("JSON"), Strings::tr("The payload: a JSON object."), {}}},
        false, runEnqueue};
}

} // namespace Ledgerdesk::CommandLine
