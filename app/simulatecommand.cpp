#include "commandio.h"
#include "subcommand.h"

#include "intake/simulator.h"
#include "storage/openbooks.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace Ledgerdesk::CommandLine {

namespace {

struct Strings
{
    Q_DECLARE_TR_FUNCTIONS(Ledgerdesk::CommandLine)
};

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

} // namespace

// `ledgerdesk simulate`: queues random transactions, as fast as possible or at --rate a second.
Subcommand simulateCommand()
{
    return {QStringLiteral("simulate"), QStringLiteral("simulate --count M [--rate N] [--seed S]"),
        Strings::tr("Produce realistic random transactions for the processor."),
        {{QStringLiteral("rate"), Strings::tr("simulate: transactions per second (default: as fast as possible)."),
             Strings::tr("N")},
            {QStringLiteral("count"), Strings::tr("simulate: how many transactions."), Strings::tr("M")},
            {QStringLiteral("seed"), Strings::tr("simulate: the random seed (the same seed gives the same transactions)."),
                Strings::tr("S")}},
        {}, false, runSimulate};
}

} // namespace Ledgerdesk::CommandLine
