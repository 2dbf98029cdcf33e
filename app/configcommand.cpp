#include "commandio.h"
#include "subcommand.h"

#include "administration/administrationmessages.h"
#include "core/ids.h"
#include "engine/engine.h"
#include "settings/settings.h"
#include "storage/openbooks.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace Ledgerdesk::CommandLine {

namespace {

struct Strings
{
    Q_DECLARE_TR_FUNCTIONS(Ledgerdesk::CommandLine)
};

// "name = value" for people: a secret only as set or not set, an empty value as (empty).
QString shownValue(Settings &settings, const SettingDefinition &definition)
{
    if (definition.isSecret()) {
        auto set = settings.isSet(definition);
        if (!set)
            return Strings::tr("(cannot be read: %1)").arg(set.error().message);
        return *set ? Strings::tr("(secret, set)") : Strings::tr("(secret, not set)");
    }
    auto value = settings.value(definition);
    if (!value)
        return Strings::tr("(cannot be read: %1)").arg(value.error().message);
    return value->isEmpty() ? Strings::tr("(empty)") : *value;
}

// A supervisor's change, applied at once through the executor (role check, activity record). A
// secret goes to this machine's store first; the message records only that it was replaced.
int changeSetting(Database &db, const QCommandLineParser &parser, const SettingDefinition &definition, const QString &value)
{
    if (const QString problem = definition.problemWith(value); !problem.isEmpty())
        return fail(problem);
    auto agent = signIn(db, parser);
    if (!agent)
        return fail(agent.error().message);
    if (!agent->isSupervisor())
        return fail(Strings::tr("Only a supervisor may change a setting."));
    QJsonObject payload {{QStringLiteral("key"), definition.key}};
    if (definition.isSecret()) {
        if (auto ok = SecretStore().setValue(definition.key, value); !ok)
            return fail(ok.error().message);
    } else {
        payload.insert(QStringLiteral("value"), value);
    }
    Engine engine(db);
    auto applied
        = engine.executor().apply(Message::create(AdministrationMessages::settingChange, payload, agent->id, Ids::nowMs()));
    if (!applied)
        return fail(definition.isSecret() ? Strings::tr("%1 is stored, but the record of the change could not be written: %2")
                                                .arg(definition.key, applied.error().message)
                                          : applied.error().message);
    out() << (definition.isSecret() ? Strings::tr("%1 is stored in this machine's secret store (%2, readable by its owner only).")
                                          .arg(definition.key, SecretStore::defaultPath())
                                    : Strings::tr("%1 is set for every machine on this book.").arg(definition.key))
          << Qt::endl;
    return 0;
}

int runConfig(const QCommandLineParser &parser, const QStringList &positional)
{
    const QString action = positional.value(0);
    const bool listing = action == QLatin1String("list") && positional.size() == 1;
    if (!listing
        && !((action == QLatin1String("get") && positional.size() == 2)
            || (action == QLatin1String("set") && positional.size() == 3)))
        return fail(Strings::tr("Usage: ledgerdesk config get KEY | set KEY VALUE --agent ID | list."));
    const SettingsRegistry registry = Engine::settings();
    const SettingDefinition *definition = listing ? nullptr : registry.find(positional.at(1));
    if (!listing && !definition)
        return fail(registry.problemWith(positional.at(1), {}));
    auto db = openBooks(
        locationOf(parser), action == QLatin1String("set") ? Database::Access::ReadWrite : Database::Access::ReadOnly);
    if (!db)
        return fail(db.error().message);
    Settings settings(**db);
    if (listing) {
        for (const SettingDefinition &each : registry.all())
            out() << each.key << QStringLiteral(" = ") << shownValue(settings, each) << Qt::endl
                  << QStringLiteral("    ") << each.translatedDescription() << Qt::endl;
        return 0;
    }
    if (action == QLatin1String("get")) {
        auto value = settings.value(*definition);
        if (!value)
            return fail(value.error().message);
        out() << *value << Qt::endl;
        return 0;
    }
    return changeSetting(**db, parser, *definition, positional.at(2));
}

} // namespace

// `ledgerdesk config`: lists the settings, or reads or changes one; secrets go to this machine's
// secret store, the rest into the book.
Subcommand configCommand()
{
    return {QStringLiteral("config"), QStringLiteral("config get KEY | set KEY VALUE --agent ID | list"),
        Strings::tr("Read or change a setting (a supervisor's, recorded); secrets go to this machine's secret store."),
        {agentOption()},
        {{QStringLiteral("ACTION"), Strings::tr("What to do: get, set or list."), {}},
            {QStringLiteral("KEY"), Strings::tr("The setting to get or set; list names them all."), QStringLiteral("[KEY]")},
            {QStringLiteral("VALUE"), Strings::tr("The value to set it to."), QStringLiteral("[VALUE]")}},
        false, runConfig};
}

} // namespace Ledgerdesk::CommandLine
