#include "commandio.h"
#include "subcommand.h"

#include "engine/engine.h"
#include "notify/notifier.h"
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

int runServe(const QCommandLineParser &parser, const QStringList &)
{
    auto endpoint = WebhookServer::parseListen(
        parser.isSet(QStringLiteral("listen")) ? parser.value(QStringLiteral("listen")) : QStringLiteral("127.0.0.1:8080"));
    if (!endpoint)
        return fail(endpoint.error().message);
    auto db = openBooks(locationOf(parser));
    if (!db)
        return fail(db.error().message);
    Engine engine(**db);
    Settings settings(**db);
    auto port = engine.serve(*endpoint, settings);
    if (!port)
        return fail(port.error().message);
    reportConnectionChanges(engine.connection());
    engine.start();
    out() << Strings::tr("Receiving transactions on http://%1:%2/v1/webhooks/transactions%3; stop with Ctrl+C.")
                 .arg(engine.webhook()->address().toString())
                 .arg(*port)
                 .arg(engine.webhook()->hasSecret() ? Strings::tr(" (signed requests only)") : QString())
          << Qt::endl;
    return QCoreApplication::exec();
}

} // namespace

// `ledgerdesk serve`: the webhook server, the processor and the notifier without a window, until Ctrl+C.
Subcommand serveCommand()
{
    return {QStringLiteral("serve"), QStringLiteral("serve [--listen 127.0.0.1:8080]"),
        Strings::tr("Receive transactions by webhook, and run the processor."),
        {{QStringLiteral("listen"), Strings::tr("serve: the address to receive webhooks on (default 127.0.0.1:8080)."),
            Strings::tr("HOST:PORT")}},
        {}, false, runServe};
}

} // namespace Ledgerdesk::CommandLine
