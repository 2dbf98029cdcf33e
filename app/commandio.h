#pragma once

#include "agents/agent.h"
#include "core/result.h"

#include <QCommandLineOption>
#include <QString>
#include <QTextStream>

class QCommandLineParser;

namespace Ledgerdesk {

class ConnectionKeeper;
class Database;

namespace CommandLine {

// What the commands share: their output streams, how they refuse, where the books are, and who they
// act for. Main thread only, like the commands.

QTextStream &out();
QTextStream &err();

// Says "ledgerdesk: <sentence>" on stderr and returns the exit code for a refusal, 2.
int fail(const QString &sentence);

// The books named by the global --db option, else Database::defaultLocation().
QString locationOf(const QCommandLineParser &parser);

// --agent ID, for a command that acts for an agent or shows what one sees.
QCommandLineOption agentOption();

// The password of the agent a command acts as: LEDGERDESK_PASSWORD, else asked on the terminal without
// echo; empty when neither is there.
QString agentPassword(const QString &agentId);

// Signs in the agent named by --agent (the command declares agentOption()); an error when it is missing
// or the password is wrong.
Result<Agent> signIn(Database &db, const QCommandLineParser &parser);

// Says on stdout when the book cannot be reached and when it is back (for the commands that keep running).
void reportConnectionChanges(ConnectionKeeper &keeper);

} // namespace CommandLine

} // namespace Ledgerdesk
