#include "commandline.h"
#include "commandio.h"
#include "subcommand.h"

#include "storage/database.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <algorithm>
#include <optional>

namespace Ledgerdesk::CommandLine {

namespace {

struct Strings
{
    Q_DECLARE_TR_FUNCTIONS(Ledgerdesk::CommandLine)
};

QList<Subcommand> subcommands()
{
    return {demoCommand(), verifyCommand(), screenshotCommand(), processCommand(), enqueueCommand(), serveCommand(),
        simulateCommand(), configCommand(), tokenCommand(), optimiseCommand()};
}

// The options of every command: --db URL (where the books are); --help and --version come with the parser.
QList<QCommandLineOption> globalOptions()
{
    return {{QStringLiteral("db"),
        Strings::tr("The books: an SQLite file or postgresql://user@host:port/dbname.") + QLatin1Char(' ')
            + Strings::tr("Default: %1.").arg(Database::defaultLocation()),
        Strings::tr("URL")}};
}

// How each option that takes a value is written ("--db", "-x"): its value is the next argument, which
// is then not the command word. Gathered from the global options and every command's own.
QStringList optionsWithValues()
{
    QList<QCommandLineOption> options = globalOptions();
    for (const Subcommand &subcommand : subcommands())
        options += subcommand.options;
    QStringList spellings;
    for (const QCommandLineOption &option : std::as_const(options)) {
        if (option.valueName().isEmpty())
            continue;
        for (const QString &name : option.names())
            spellings << (name.size() == 1 ? QStringLiteral("-") : QStringLiteral("--")) + name;
    }
    return spellings;
}

// The first argument that is neither an option nor an option's value; empty when there is none.
QString commandWord(const QStringList &arguments)
{
    const QStringList valued = optionsWithValues();
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        if (valued.contains(argument))
            ++i;
        else if (!argument.startsWith(QLatin1Char('-')))
            return argument;
    }
    return {};
}

std::optional<Subcommand> findSubcommand(const QStringList &arguments)
{
    const QString word = commandWord(arguments);
    for (Subcommand &subcommand : subcommands()) {
        if (subcommand.name == word)
            return std::move(subcommand);
    }
    return std::nullopt;
}

// The help of `ledgerdesk --help`: the commands, each with its synopsis and summary.
void describeCommands(QCommandLineParser &parser)
{
    QString description = Strings::tr("Ledgerdesk: a double-entry ledger for bank agents.\n\nCommands:\n");
    for (const Subcommand &each : subcommands())
        description += QStringLiteral("  %1\n      %2\n").arg(each.synopsis, each.summary);
    parser.setApplicationDescription(description);
    parser.addPositionalArgument(QStringLiteral("command"), Strings::tr("The command to run."));
}

// The command's own options and arguments, and the help of `ledgerdesk <command> --help` about it alone.
void describeCommand(QCommandLineParser &parser, const Subcommand &subcommand)
{
    parser.setApplicationDescription(QStringLiteral("ledgerdesk %1\n%2").arg(subcommand.synopsis, subcommand.summary));
    parser.addOptions(subcommand.options);
    parser.addPositionalArgument(subcommand.name, Strings::tr("The command to run."));
    for (const PositionalArgument &argument : subcommand.positionalArguments)
        parser.addPositionalArgument(argument.name, argument.description, argument.syntax);
}

} // namespace

bool isSubcommand(const QStringList &arguments)
{
    const auto asksAbout = [&arguments](const QStringList &options) {
        return std::any_of(
            options.cbegin(), options.cend(), [&arguments](const QString &option) { return arguments.contains(option); });
    };
    return !commandWord(arguments).isEmpty()
        || asksAbout({QStringLiteral("--help"), QStringLiteral("-h"), QStringLiteral("--version"), QStringLiteral("-v")});
}

bool needsWidgets(const QStringList &arguments)
{
    const std::optional<Subcommand> subcommand = findSubcommand(arguments);
    return subcommand && subcommand->needsWidgets;
}

int run(const QStringList &arguments)
{
    const std::optional<Subcommand> subcommand = findSubcommand(arguments);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOptions(globalOptions());
    if (subcommand)
        describeCommand(parser, *subcommand);
    else
        describeCommands(parser);
    if (!parser.parse(arguments))
        return fail(parser.errorText());
    if (parser.isSet(QStringLiteral("help")))
        parser.showHelp(0);
    if (parser.isSet(QStringLiteral("version")))
        parser.showVersion();
    if (!subcommand)
        return fail(Strings::tr("There is no command \"%1\"; \"ledgerdesk --help\" lists them.").arg(commandWord(arguments)));
    QStringList positional = parser.positionalArguments();
    positional.removeFirst();
    return subcommand->run(parser, positional);
}

} // namespace Ledgerdesk::CommandLine
