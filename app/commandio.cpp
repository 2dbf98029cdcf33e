#include "commandio.h"

#include "agents/authenticator.h"
#include "storage/connectionkeeper.h"
#include "storage/database.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <cstdio>

#include <termios.h>
#include <unistd.h>

namespace Ledgerdesk::CommandLine {

namespace {

struct Strings
{
    Q_DECLARE_TR_FUNCTIONS(Ledgerdesk::CommandLine)
};

} // namespace

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

QCommandLineOption agentOption()
{
    return {QStringLiteral("agent"), Strings::tr("The agent to act as."), Strings::tr("ID")};
}

QString agentPassword(const QString &agentId)
{
    if (qEnvironmentVariableIsSet("LEDGERDESK_PASSWORD"))
        return qEnvironmentVariable("LEDGERDESK_PASSWORD");
    if (!isatty(STDIN_FILENO))
        return {};
    err() << Strings::tr("Password for %1: ").arg(agentId) << Qt::flush;
    termios saved {};
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

Result<Agent> signIn(Database &db, const QCommandLineParser &parser)
{
    if (!parser.isSet(QStringLiteral("agent")))
        return makeError(Error::Kind::Validation, Strings::tr("Name the agent to act as with --agent ID."));
    const QString agentId = parser.value(QStringLiteral("agent"));
    // No password at all is no attempt: a script that forgot it must not lock the agent out.
    const QString password = agentPassword(agentId);
    if (password.isEmpty())
        return makeError(Error::Kind::Validation,
            Strings::tr("No password for %1: set LEDGERDESK_PASSWORD when running from a script, or run the command "
                        "in a terminal to be asked for it.")
                .arg(agentId));
    return Authenticator(db).authenticateBlocking(agentId, password);
}

void reportConnectionChanges(ConnectionKeeper &keeper)
{
    QObject::connect(&keeper, &ConnectionKeeper::unreachable, [](const QString &reason) { out() << reason << Qt::endl; });
    QObject::connect(&keeper, &ConnectionKeeper::reconnected,
        []() { out() << Strings::tr("Reconnected to the database server; processing goes on.") << Qt::endl; });
}

} // namespace Ledgerdesk::CommandLine
