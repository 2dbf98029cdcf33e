#include "desktop.h"

#include "agents/agentrepository.h"
#include "agents/authenticator.h"
#include "commands/commandgateway.h"
#include "demo/demobook.h"
#include "engine/engine.h"
#include "logindialog.h"
#include "mainwindow.h"
#include "storage/openbooks.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QMessageBox>
#include <QProgressDialog>

namespace Ledgerdesk::Desktop {

namespace {

struct Strings
{
    Q_DECLARE_TR_FUNCTIONS(Ledgerdesk::Desktop)
};

int cannotStart(const QString &sentence)
{
    QMessageBox::critical(nullptr, Strings::tr("Ledgerdesk cannot start"), sentence);
    return 1;
}

// A book nobody can sign in to gets the demo book, with its agents.
Result<void> ensureSomeoneCanSignIn(Database &db)
{
    auto agents = AgentRepository(db).list();
    if (!agents)
        return agents.error();
    if (!agents->isEmpty())
        return {};
    QProgressDialog progress(Strings::tr("Writing a demo book for your first start…"), QString(), 0, 100);
    progress.setWindowTitle(Strings::tr("Ledgerdesk"));
    progress.setMinimumDuration(0);
    progress.setValue(0);
    return DemoBook(db).create(40, [&progress](int done, int total) {
        progress.setValue(done * 100 / qMax(1, total));
        QCoreApplication::processEvents();
    });
}

} // namespace

int run(const QStringList &arguments)
{
    QCommandLineParser parser; // --help and --version are answered by the command line (commandline.h)
    parser.addOption({QStringLiteral("db"), Strings::tr("The books: an SQLite file or postgresql://user@host:port/dbname."),
        Strings::tr("URL")});
    parser.process(arguments);

    const QString location
        = parser.isSet(QStringLiteral("db")) ? parser.value(QStringLiteral("db")) : Database::defaultLocation();
    auto db = openBooks(location);
    if (!db)
        return cannotStart(db.error().message);
    if (auto ok = ensureSomeoneCanSignIn(**db); !ok)
        return cannotStart(ok.error().message);

    Authenticator authenticator(**db);
    LoginDialog login(authenticator);
    if (login.exec() != QDialog::Accepted)
        return 0;
    auto agent = AgentRepository(**db).find(login.agentId());
    if (!agent)
        return cannotStart(agent.error().message);

    Engine engine(**db);
    CommandGateway gateway(**db, engine.processor(), agent->id);
    engine.start();
    MainWindow window(**db, &gateway, *agent, MainWindow::Options {});
    window.followConnection(engine.connection());
    window.show();
    return QApplication::exec();
}

} // namespace Ledgerdesk::Desktop
