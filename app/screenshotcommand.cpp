#include "commandio.h"
#include "subcommand.h"

#include "agents/agentrepository.h"
#include "commands/commandgateway.h"
#include "engine/engine.h"
#include "mainwindow.h"
#include "storage/openbooks.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace Ledgerdesk::CommandLine {

namespace {

struct Strings
{
    Q_DECLARE_TR_FUNCTIONS(Ledgerdesk::CommandLine)
};

int runScreenshot(const QCommandLineParser &parser, const QStringList &positional)
{
    if (positional.size() != 2)
        return fail(Strings::tr("Usage: ledgerdesk screenshot VIEW FILE (VIEW is one of %1).")
                        .arg(MainWindow::areaNames().join(QStringLiteral(", "))));
    const QString view = positional.at(0);
    if (!MainWindow::areaNames().contains(view))
        return fail(Strings::tr("There is no view \"%1\"; choose one of %2.")
                        .arg(view, MainWindow::areaNames().join(QStringLiteral(", "))));
    auto db = openBooks(locationOf(parser), Database::Access::ReadOnly);
    if (!db)
        return fail(db.error().message);
    AgentRepository agents(**db);
    Result<Agent> agent
        = makeError(Error::Kind::NotFound, Strings::tr("This book has no agents; run \"ledgerdesk demo\" first."));
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

    Engine engine(**db); // never started: a picture must not change the book
    CommandGateway gateway(**db, engine.processor(), agent->id);
    MainWindow window(**db, &gateway, *agent, MainWindow::Options {false});
    window.showArea(view);
    window.show();
    QCoreApplication::processEvents();
    const QString file = positional.at(1);
    if (!window.grab().save(file))
        return fail(Strings::tr("Could not write the picture to %1.").arg(file));
    out() << Strings::tr("The %1 view is in %2.").arg(view, file) << Qt::endl;
    return 0;
}

} // namespace

// `ledgerdesk screenshot`: renders one view of the window, as the agent named by --agent or else the
// first supervisor, without changing the book.
Subcommand screenshotCommand()
{
    return {QStringLiteral("screenshot"), QStringLiteral("screenshot VIEW FILE [--agent ID]"),
        Strings::tr("Render one view of the window to a PNG file."), {agentOption()},
        {{QStringLiteral("VIEW"), Strings::tr("The view to render: %1.").arg(MainWindow::areaNames().join(QStringLiteral(", "))),
             {}},
            {QStringLiteral("FILE"), Strings::tr("The PNG file to write."), {}}},
        true, runScreenshot};
}

} // namespace Ledgerdesk::CommandLine
