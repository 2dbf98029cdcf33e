#include "commandio.h"
#include "subcommand.h"

#include "engine/engine.h"
#include "notify/notifier.h"
#include "storage/openbooks.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace Ledgerdesk::CommandLine {

namespace {

struct Strings
{
    Q_DECLARE_TR_FUNCTIONS(Ledgerdesk::CommandLine)
};

int runProcess(const QCommandLineParser &parser, const QStringList &)
{
    auto db = openBooks(locationOf(parser));
    if (!db)
        return fail(db.error().message);
    Engine engine(**db);
    Processor &processor = engine.processor();
    if (parser.isSet(QStringLiteral("once"))) {
        auto report = processor.drainAll();
        if (!report)
            return fail(report.error().message);
        out() << Strings::tr("Applied %1 message(s); %2 dead-lettered; %3 waiting for a retry.")
                     .arg(report->applied)
                     .arg(report->deadLettered)
                     .arg(report->retried)
              << Qt::endl;
        const NotifierRound round = engine.notifier().runOnce();
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
        out() << Strings::tr("Applied %1, dead-lettered %2, retrying %3.")
                     .arg(report.applied)
                     .arg(report.deadLettered)
                     .arg(report.retried)
              << Qt::endl;
    });
    QObject::connect(
        &engine.connection(), &ConnectionKeeper::unreachable, [](const QString &reason) { out() << reason << Qt::endl; });
    QObject::connect(&engine.connection(), &ConnectionKeeper::reconnected,
        []() { out() << Strings::tr("Reconnected to the database server; processing goes on.") << Qt::endl; });
    engine.start();
    out() << Strings::tr("Processing the queue of %1; stop with Ctrl+C (safe at any moment).").arg((*db)->displayLocation())
          << Qt::endl;
    return QCoreApplication::exec();
}

} // namespace

// `ledgerdesk process`: the processor and the notifier without a window, until Ctrl+C or, with
// --once, until the queue is drained and one round of notifications is sent.
Subcommand processCommand()
{
    return {QStringLiteral("process"), QStringLiteral("process [--once]"),
        Strings::tr("Run the processor headless; --once drains the queue and exits."),
        {{QStringLiteral("once"), Strings::tr("process: drain the queue, then exit.")}}, {}, false, runProcess};
}

} // namespace Ledgerdesk::CommandLine
