#include "commandline.h"
#include "optimisecommand.h"
#include "wiring.h"

#include "agents/agentrepository.h"
#include "agents/authenticator.h"
#include "commands/commandexecutor.h"
#include "commands/commandgateway.h"
#include "demo/demobook.h"
#include "ledger/verifier.h"
#include "mainwindow.h"
#include "core/ids.h"
#include "intake/simulator.h"
#include "intake/webhookserver.h"
#include "notify/notifier.h"
#include "queue/processor.h"
#include "queue/queue.h"
#include "settings/settings.h"
#include "storage/openbooks.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QTextStream>

#include <cstdio>

#include <termios.h>
#include <unistd.h>

namespace Ledgerdesk::CommandLine {

namespace {

struct Strings
{
    Q_DECLARE_TR_FUNCTIONS(Ledgerdesk::CommandLine)
};

struct Subcommand
{
    const char *name;
    const char *synopsis;
    const char *summary;
    bool widgets;
    int (*run)(const QCommandLineParser &parser, const QStringList &positional);
};

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

QTextStream &err()
{
    static QTextStream stream(stderr);
    return stream;
}

int fail(const QString &sentence)
{
    err() << "ledgerdesk: " << sentence << Qt::endl;
    return 2;
}

QString locationOf(const QCommandLineParser &parser)
{
    return parser.isSet(QStringLiteral("db")) ? parser.value(QStringLiteral("db")) : Database::defaultLocation();
}

int runDemo(const QCommandLineParser &parser, const QStringList &)
{
    bool ok = true;
    const int clients = parser.isSet(QStringLiteral("clients")) ? parser.value(QStringLiteral("clients")).toInt(&ok) : 40;
    if (!ok)
        return fail(Strings::tr("--clients needs a whole number."));
    auto db = openBooks(locationOf(parser));
    if (!db)
        return fail(db.error().message);
    int lastPercent = -10;
    auto created = DemoBook(**db).create(clients, [&lastPercent](int done, int total) {
        const int percent = done * 100 / qMax(1, total);
        if (percent / 10 != lastPercent / 10) {
            err() << Strings::tr("Writing the demo book: %1%").arg(percent) << Qt::endl;
            lastPercent = percent;
        }
    });
    if (!created)
        return fail(created.error().message);
    out() << Strings::tr("Demo book written to %1 with %2 clients.").arg((*db)->location()).arg(clients) << Qt::endl;
    out() << Strings::tr("Sign in as:") << Qt::endl;
    for (const DemoBook::Agent &agent : DemoBook::agents())
        out() << QStringLiteral("  %1  %2  (%3, password %4)").arg(QString::fromLatin1(agent.id), QString::fromUtf8(agent.name),
                                                               QString::fromLatin1(agent.role), QString::fromLatin1(agent.password))
              << Qt::endl;
    return 0;
}

int runVerify(const QCommandLineParser &parser, const QStringList &)
{
    auto db = openBooks(locationOf(parser), Database::Access::ReadOnly);
    if (!db)
        return fail(db.error().message);
    auto breaches = Verifier(**db).run();
    if (!breaches)
        return fail(breaches.error().message);
    if (!breaches->isEmpty()) {
        for (const Verifier::Breach &breach : std::as_const(*breaches))
            err() << Strings::tr("BREACH %1: %2").arg(breach.subject, breach.description) << Qt::endl;
        err() << Strings::tr("%n breach(es) found: the books are not sound.", nullptr, int(breaches->size())) << Qt::endl;
        return 1;
    }
    QSqlQuery counts((*db)->connection());
    counts.exec(QStringLiteral("SELECT (SELECT COUNT(*) FROM journal_entries), (SELECT COUNT(*) FROM postings), "
                               "(SELECT COUNT(*) FROM accounts)"));
    counts.next();
    out() << Strings::tr("The books are sound: %1 entries, %2 postings and %3 accounts checked.")
                 .arg(counts.value(0).toLongLong())
                 .arg(counts.value(1).toLongLong())
                 .arg(counts.value(2).toLongLong())
          << Qt::endl;
    return 0;
}

int runScreenshot(const QCommandLineParser &parser, const QStringList &positional)
{
    if (positional.size() != 2)
        return fail(Strings::tr("Usage: ledgerdesk screenshot VIEW FILE (VIEW is one of %1).").arg(MainWindow::areaNames().join(QStringLiteral(", "))));
    const QString view = positional.at(0);
    if (!MainWindow::areaNames().contains(view))
        return fail(Strings::tr("There is no view \"%1\"; choose one of %2.").arg(view, MainWindow::areaNames().join(QStringLiteral(", "))));
    auto db = openBooks(locationOf(parser), Database::Access::ReadOnly);
    if (!db)
        return fail(db.error().message);
    AgentRepository agents(**db);
    Result<Agent> agent = makeError(Error::Kind::NotFound, Strings::tr("This book has no agents; run \"ledgerdesk demo\" first."));
    if (parser.isSet(QStringLiteral("agent"))) {
        agent = agents.find(parser.value(QStringLiteral("agent")));
    } else if (auto all = agents.list(); all && !all->isEmpty()) {
        agent = all->constFirst();
        for (const Agent &candidate : std::as_const(*all)) {
            if (candidate.isSupervisor()) {
                agent = candidate;
                break;
            }
        }
    }
    if (!agent)
        return fail(agent.error().message);

    CommandExecutor executor(**db);
    Processor processor(**db, executor); // never started: a picture must not change the book
    CommandGateway gateway(**db, processor, agent->id);
    MainWindow window(**db, &gateway, *agent, MainWindow::Options{false});
    window.showArea(view);
    window.show();
    QCoreApplication::processEvents();
    const QString file = positional.at(1);
    if (!window.grab().save(file))
        return fail(Strings::tr("Could not write the picture to %1.").arg(file));
    out() << Strings::tr("The %1 view is in %2.").arg(view, file) << Qt::endl;
    return 0;
}

// The password of the agent a command acts as: LEDGERDESK_PASSWORD, else asked on the terminal
// without echo.
QString agentPassword(const QString &agentId)
{
    if (qEnvironmentVariableIsSet("LEDGERDESK_PASSWORD"))
        return qEnvironmentVariable("LEDGERDESK_PASSWORD");
    if (!isatty(STDIN_FILENO))
        return {};
    err() << Strings::tr("Password for %1: ").arg(agentId) << Qt::flush;
    termios saved{};
    tcgetattr(STDIN_FILENO, &saved);
    termios silent = saved;
    silent.c_lflag &= ~tcflag_t(ECHO);
    tcsetattr(STDIN_FILENO, TCSANOW, &silent);
    QTextStream in(stdin);
    const QString password = in.readLine();
    tcsetattr(STDIN_FILENO, TCSANOW, &saved);
    err() << Qt::endl;
    return password;
}

// Signs in the agent named by --agent; commands that act for someone need one.
Result<Agent> signIn(Database &db, const QCommandLineParser &parser)
{
    if (!parser.isSet(QStringLiteral("agent")))
        return makeError(Error::Kind::Validation, Strings::tr("Name the agent to act as with --agent ID."));
    const QString agentId = parser.value(QStringLiteral("agent"));
    return Authenticator(db).authenticateBlocking(agentId, agentPassword(agentId));
}

int runProcess(const QCommandLineParser &parser, const QStringList &)
{
    auto db = openBooks(locationOf(parser));
    if (!db)
        return fail(db.error().message);
    CommandExecutor executor(**db);
    registerStandardHandlers(executor);
    Processor processor(**db, executor);
    Notifier notifier(**db, Settings(**db));
    if (parser.isSet(QStringLiteral("once"))) {
        auto report = processor.drainAll();
        if (!report)
            return fail(report.error().message);
        out() << Strings::tr("Applied %1 message(s); %2 dead-lettered; %3 waiting for a retry.")
                     .arg(report->applied)
                     .arg(report->deadLettered)
                     .arg(report->retried)
              << Qt::endl;
        const NotifierRound round = notifier.runOnce();
        if (!round.error.isEmpty())
            return fail(round.error);
        out() << Strings::tr("Notifications: %1 sent, %2 to retry, %3 dead, %4 waiting for their channel to be set up.")
                     .arg(round.sent)
                     .arg(round.failed)
                     .arg(round.dead)
                     .arg(round.waiting)
              << Qt::endl;
        return 0;
    }
    QObject::connect(&processor, &Processor::batchFinished, [](const Processor::Report &report) {
        out() << Strings::tr("Applied %1, dead-lettered %2, retrying %3.").arg(report.applied).arg(report.deadLettered).arg(report.retried)
              << Qt::endl;
    });
    wakeNotifierAfterBatches(processor, notifier);
    processor.start();
    notifier.start();
    out() << Strings::tr("Processing the queue of %1; stop with Ctrl+C (safe at any moment).").arg((*db)->location()) << Qt::endl;
    return QCoreApplication::exec();
}

int runEnqueue(const QCommandLineParser &parser, const QStringList &positional)
{
    if (positional.size() != 2)
        return fail(Strings::tr("Usage: ledgerdesk enqueue TYPE JSON --agent ID [--dedupe KEY]."));
    QJsonParseError parseError;
    const QJsonDocument payload = QJsonDocument::fromJson(positional.at(1).toUtf8(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !payload.isObject())
        return fail(Strings::tr("The payload must be a JSON object: %1.").arg(parseError.error != QJsonParseError::NoError
                                                                                   ? parseError.errorString()
                                                                                   : Strings::tr("it is not an object")));
    auto db = openBooks(locationOf(parser));
    if (!db)
        return fail(db.error().message);
    auto agent = signIn(**db, parser);
    if (!agent)
        return fail(agent.error().message);
    CommandExecutor executor(**db);
    registerStandardHandlers(executor);
    if (!executor.handles(positional.at(0)))
        return fail(Strings::tr("\"%1\" is not a message type.").arg(positional.at(0)));
    Message message = Message::create(positional.at(0), payload.object(), agent->id, Ids::nowMs());
    message.dedupeKey = parser.value(QStringLiteral("dedupe"));
    auto stored = Queue(**db).enqueue(message);
    if (!stored)
        return fail(stored.error().message);
    if (*stored)
        out() << Strings::tr("Queued %1 as message %2.").arg(message.type, message.id) << Qt::endl;
    else
        out() << Strings::tr("A message with the dedupe key \"%1\" was queued before; this one was dropped.").arg(message.dedupeKey)
              << Qt::endl;
    return 0;
}

int runConfig(const QCommandLineParser &parser, const QStringList &positional)
{
    const QString action = positional.value(0);
    if (action == QLatin1String("list") && positional.size() == 1) {
        for (const SettingDefinition &definition : settingDefinitions())
            out() << QString::fromLatin1(definition.key) << (definition.secret ? Strings::tr(" (secret)") : QString()) << Qt::endl
                  << QStringLiteral("    ") << Strings::tr(definition.description) << Qt::endl;
        return 0;
    }
    if (!((action == QLatin1String("get") && positional.size() == 2) || (action == QLatin1String("set") && positional.size() == 3)))
        return fail(Strings::tr("Usage: ledgerdesk config get KEY | set KEY VALUE | list."));
    auto db = openBooks(locationOf(parser));
    if (!db)
        return fail(db.error().message);
    Settings settings(**db);
    const QString key = positional.at(1);
    if (action == QLatin1String("get")) {
        auto value = settings.value(key);
        if (!value)
            return fail(value.error().message);
        out() << *value << Qt::endl;
        return 0;
    }
    if (auto ok = settings.setValue(key, positional.at(2)); !ok)
        return fail(ok.error().message);
    const SettingDefinition *definition = findSetting(key);
    out() << (definition->secret ? Strings::tr("%1 is stored in this machine's secret store (%2, readable by its owner only).")
                                       .arg(key, SecretStore::defaultPath())
                                 : Strings::tr("%1 is set for every machine on this book.").arg(key))
          << Qt::endl;
    return 0;
}

int runSimulate(const QCommandLineParser &parser, const QStringList &)
{
    bool countOk = false;
    bool rateOk = true;
    const qint64 count = parser.value(QStringLiteral("count")).toLongLong(&countOk);
    const double rate = parser.isSet(QStringLiteral("rate")) ? parser.value(QStringLiteral("rate")).toDouble(&rateOk) : 0.0;
    if (!countOk || count < 1)
        return fail(Strings::tr("--count needs a whole number of transactions, at least 1."));
    if (!rateOk || rate < 0)
        return fail(Strings::tr("--rate needs a number of transactions per second (0 or none: as fast as possible)."));
    bool seedOk = true;
    const quint64 seed = parser.isSet(QStringLiteral("seed")) ? parser.value(QStringLiteral("seed")).toULongLong(&seedOk) : 0;
    if (!seedOk)
        return fail(Strings::tr("--seed needs a whole number."));
    auto db = openBooks(locationOf(parser));
    if (!db)
        return fail(db.error().message);
    Simulator simulator(**db, seed);
    qint64 lastTenth = -1;
    QObject::connect(&simulator, &Simulator::progress, [&lastTenth](qint64 sent, qint64 total) {
        if (sent * 10 / total != lastTenth) {
            lastTenth = sent * 10 / total;
            err() << Strings::tr("Simulated %1 of %2 transactions.").arg(sent).arg(total) << Qt::endl;
        }
    });
    const auto summary = [&simulator]() {
        out() << Strings::tr("%1 transactions queued for the processor (seed %2); %3 were duplicates.")
                     .arg(simulator.stored())
                     .arg(simulator.seed())
                     .arg(simulator.duplicates())
              << Qt::endl;
    };
    if (rate == 0) {
        auto stored = simulator.runBlocking(count);
        if (!stored)
            return fail(stored.error().message);
        summary();
        return 0;
    }
    int exitCode = 0;
    QObject::connect(&simulator, &Simulator::finished, [&summary]() {
        summary();
        QCoreApplication::exit(0);
    });
    QObject::connect(&simulator, &Simulator::failed, [&exitCode](const QString &message) {
        exitCode = fail(message);
        QCoreApplication::exit(exitCode);
    });
    if (auto started = simulator.start(rate, count); !started)
        return fail(started.error().message);
    QCoreApplication::exec();
    return exitCode;
}

int runServe(const QCommandLineParser &parser, const QStringList &)
{
    auto endpoint = WebhookServer::parseListen(parser.isSet(QStringLiteral("listen")) ? parser.value(QStringLiteral("listen"))
                                                                                      : QStringLiteral("127.0.0.1:8080"));
    if (!endpoint)
        return fail(endpoint.error().message);
    auto db = openBooks(locationOf(parser));
    if (!db)
        return fail(db.error().message);
    CommandExecutor executor(**db);
    registerStandardHandlers(executor);
    Processor processor(**db, executor);
    WebhookServer server(**db);
    Settings settings(**db);
    if (auto ok = server.loadSecret(settings); !ok)
        return fail(ok.error().message);
    auto port = server.listen(*endpoint);
    if (!port)
        return fail(port.error().message);
    QObject::connect(&server, &WebhookServer::enqueued, &processor, &Processor::wake);
    Notifier notifier(**db, settings);
    wakeNotifierAfterBatches(processor, notifier);
    processor.start();
    notifier.start();
    out() << Strings::tr("Receiving transactions on http://%1:%2/v1/webhooks/transactions%3; stop with Ctrl+C.")
                 .arg(server.address().toString())
                 .arg(*port)
                 .arg(server.hasSecret() ? Strings::tr(" (signed requests only)") : QString())
          << Qt::endl;
    return QCoreApplication::exec();
}

const Subcommand subcommands[] = {
    {"demo", "demo [--clients N]", QT_TRANSLATE_NOOP("Ledgerdesk::CommandLine", "Create a demo book: agents, clients, wallets, loans, payments, savings goals and history."), false, runDemo},
    {"verify", "verify", QT_TRANSLATE_NOOP("Ledgerdesk::CommandLine", "Check every invariant of the books; exit 1 naming each breach."), false, runVerify},
    {"screenshot", "screenshot VIEW FILE", QT_TRANSLATE_NOOP("Ledgerdesk::CommandLine", "Render one view of the window to a PNG file."), true, runScreenshot},
    {"process", "process [--once]", QT_TRANSLATE_NOOP("Ledgerdesk::CommandLine", "Run the processor headless; --once drains the queue and exits."), false, runProcess},
    {"enqueue", "enqueue TYPE JSON --agent ID [--dedupe KEY]", QT_TRANSLATE_NOOP("Ledgerdesk::CommandLine", "Publish one message as the agent (password from LEDGERDESK_PASSWORD or asked)."), false, runEnqueue},
    {"serve", "serve [--listen 127.0.0.1:8080]", QT_TRANSLATE_NOOP("Ledgerdesk::CommandLine", "Receive transactions by webhook, and run the processor."), false, runServe},
    {"simulate", "simulate --count M [--rate N] [--seed S]", QT_TRANSLATE_NOOP("Ledgerdesk::CommandLine", "Produce realistic random transactions for the processor."), false, runSimulate},
    {"config", "config get KEY | set KEY VALUE | list", QT_TRANSLATE_NOOP("Ledgerdesk::CommandLine", "Read or change a setting; secrets go to this machine's secret store."), false, runConfig},
    {"optimise", "optimise --debts FILE --budget AMOUNT [--strategy S] [--json]", QT_TRANSLATE_NOOP("Ledgerdesk::CommandLine", "Compare pay-off plans for a file of debts: avalanche, snowball, custom order, minimum only."), false, runOptimise},
};

// Options that take a value as the next argument ("--db FILE"), which is then not the command word.
const QStringList optionsWithValues{QStringLiteral("--db"),     QStringLiteral("-db"),     QStringLiteral("--agent"),
                                    QStringLiteral("-agent"),   QStringLiteral("--clients"), QStringLiteral("-clients"),
                                    QStringLiteral("--dedupe"), QStringLiteral("-dedupe"),   QStringLiteral("--listen"),
                                    QStringLiteral("-listen"),  QStringLiteral("--rate"),    QStringLiteral("-rate"),
                                    QStringLiteral("--count"),  QStringLiteral("-count"),    QStringLiteral("--seed"),
                                    QStringLiteral("-seed"),    QStringLiteral("--debts"),   QStringLiteral("-debts"),
                                    QStringLiteral("--budget"), QStringLiteral("-budget"),   QStringLiteral("--strategy"),
                                    QStringLiteral("-strategy")};

// The first argument that is neither an option nor an option's value; empty when there is none.
QString commandWord(const QStringList &arguments)
{
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        if (optionsWithValues.contains(argument))
            ++i;
        else if (!argument.startsWith(QLatin1Char('-')))
            return argument;
    }
    return {};
}

const Subcommand *findSubcommand(const QStringList &arguments)
{
    const QString word = commandWord(arguments);
    for (const Subcommand &subcommand : subcommands) {
        if (word == QLatin1String(subcommand.name))
            return &subcommand;
    }
    return nullptr;
}

} // namespace

bool isSubcommand(const QStringList &arguments)
{
    const auto asksAbout = [&arguments](const QStringList &options) {
        return std::any_of(options.cbegin(), options.cend(), [&arguments](const QString &option) { return arguments.contains(option); });
    };
    return !commandWord(arguments).isEmpty()
        || asksAbout({QStringLiteral("--help"), QStringLiteral("-h"), QStringLiteral("--version"), QStringLiteral("-v")});
}

bool needsWidgets(const QStringList &arguments)
{
    const Subcommand *subcommand = findSubcommand(arguments);
    return subcommand && subcommand->widgets;
}

int run(const QStringList &arguments)
{
    QCommandLineParser parser;
    QString description = Strings::tr("Ledgerdesk: a double-entry ledger for bank agents.\n\nCommands:\n");
    for (const Subcommand &each : subcommands)
        description += QStringLiteral("  %1\n      %2\n").arg(QString::fromLatin1(each.synopsis), Strings::tr(each.summary));
    parser.setApplicationDescription(description);
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption({QStringLiteral("db"), Strings::tr("The books: an SQLite file or postgresql://user@host:port/dbname."), Strings::tr("URL")});
    parser.addOption({QStringLiteral("agent"), Strings::tr("The agent to act as."), Strings::tr("ID")});
    parser.addOption({QStringLiteral("clients"), Strings::tr("How many clients the demo book gets (default 40)."), Strings::tr("N")});
    parser.addOption({QStringLiteral("once"), Strings::tr("process: drain the queue, then exit.")});
    parser.addOption({QStringLiteral("listen"), Strings::tr("serve: the address to receive webhooks on (default 127.0.0.1:8080)."), Strings::tr("HOST:PORT")});
    parser.addOption({QStringLiteral("rate"), Strings::tr("simulate: transactions per second (default: as fast as possible)."), Strings::tr("N")});
    parser.addOption({QStringLiteral("count"), Strings::tr("simulate: how many transactions."), Strings::tr("M")});
    parser.addOption({QStringLiteral("seed"), Strings::tr("simulate: the random seed (the same seed gives the same transactions)."), Strings::tr("S")});
    parser.addOption({QStringLiteral("dedupe"), Strings::tr("enqueue: a key; a second message with it is dropped."), Strings::tr("KEY")});
    parser.addOption({QStringLiteral("debts"), Strings::tr("optimise: the JSON file of debts."), Strings::tr("FILE")});
    parser.addOption({QStringLiteral("budget"), Strings::tr("optimise: the monthly budget, like 750.00."), Strings::tr("AMOUNT")});
    parser.addOption({QStringLiteral("strategy"), Strings::tr("optimise: avalanche, snowball, custom or minimum (default: all)."), Strings::tr("S")});
    parser.addOption({QStringLiteral("json"), Strings::tr("optimise: print JSON instead of a table.")});
    parser.addPositionalArgument(QStringLiteral("command"), Strings::tr("The command to run."));
    if (!parser.parse(arguments))
        return fail(parser.errorText());
    if (parser.isSet(QStringLiteral("help")))
        parser.showHelp(0);
    if (parser.isSet(QStringLiteral("version")))
        parser.showVersion();
    const Subcommand *subcommand = findSubcommand(arguments);
    if (!subcommand)
        return fail(Strings::tr("There is no command \"%1\"; \"ledgerdesk --help\" lists them.").arg(commandWord(arguments)));
    QStringList positional = parser.positionalArguments();
    positional.removeFirst();
    return subcommand->run(parser, positional);
}

} // namespace Ledgerdesk::CommandLine
