#include "commandio.h"
#include "subcommand.h"

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

int runConfig(const QCommandLineParser &parser, const QStringList &positional)
{
    const QString action = positional.value(0);
    const bool listing = action == QLatin1String("list") && positional.size() == 1;
    if (!listing
        && !((action == QLatin1String("get") && positional.size() == 2)
            || (action == QLatin1String("set") && positional.size() == 3)))
        return fail(Strings::tr("Usage: ledgerdesk config get KEY | set KEY VALUE | list."));
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
    if (auto ok = settings.setValue(*definition, positional.at(2)); !ok)
        return fail(ok.error().message);
    out() << (definition->isSecret()
            ? Strings::tr("%1 is stored in this machine's secret store (%2, readable by its owner only).")
                  .arg(definition->key, SecretStore::defaultPath())
            : Strings::tr("%1 is set for every machine on this book.").arg(definition->key))
          << Qt::endl;
    return 0;
}

} // namespace

// `ledgerdesk config`: lists the settings, or reads or changes one; secrets go to this machine's
// secret store, the rest into the book.
Subcommand configCommand()
{
    return {QStringLiteral("config"), QStringLiteral("config get KEY | set KEY VALUE | list"),
        Strings::tr("Read or change a setting; secrets go to this machine's secret store."), {},
        {{QStringLiteral("ACTION"), Strings::tr("What to do: get, set or list."), {}},
            {QStringLiteral("KEY"), Strings::tr("The setting to get or set; list names them all."), QStringLiteral("[KEY]")},
            {QStringLiteral("VALUE"), Strings::tr("The value to set it to."), QStringLiteral("[VALUE]")}},
        false, runConfig};
}

} // namespace Ledgerdesk::CommandLine
