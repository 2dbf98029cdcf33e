#include "commandio.h"
#include "subcommand.h"

#include "demo/demobook.h"
#include "storage/openbooks.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace Ledgerdesk::CommandLine {

namespace {

struct Strings
{
    Q_DECLARE_TR_FUNCTIONS(Ledgerdesk::CommandLine)
};

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
    out() << Strings::tr("Demo book written to %1 with %2 clients.").arg((*db)->displayLocation()).arg(clients) << Qt::endl;
    out() << Strings::tr("Sign in as:") << Qt::endl;
    for (const DemoBook::Agent &agent : DemoBook::agents())
        out() << QStringLiteral("  %1  %2  (%3, password %4)")
                     .arg(QString::fromLatin1(agent.id), QString::fromUtf8(agent.name), QString::fromLatin1(agent.role),
                         QString::fromLatin1(agent.password))
              << Qt::endl;
    return 0;
}

} // namespace

// `ledgerdesk demo`: writes the demo book into the books and names the agents to sign in as.
Subcommand demoCommand()
{
    return {QStringLiteral("demo"), QStringLiteral("demo [--clients N]"),
        Strings::tr("Create a demo book: agents, clients, wallets, loans, payments, savings goals and history."),
        {{QStringLiteral("clients"), Strings::tr("How many clients the demo book gets (default 40)."), Strings::tr("N")}}, {},
        false, runDemo};
}

} // namespace Ledgerdesk::CommandLine
