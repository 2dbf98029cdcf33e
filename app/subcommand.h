#pragma once

#include <QCommandLineOption>
#include <QList>
#include <QString>
#include <QStringList>

class QCommandLineParser;

namespace Ledgerdesk::CommandLine {

// A positional argument of a command, for its help: the name listed under "Arguments", what it is, and
// how it reads in the usage line ("[KEY]" for an optional one; the name when empty).
struct PositionalArgument
{
    QString name;
    QString description;
    QString syntax;
};

// One command of `ledgerdesk <command>`: everything about it in one value, built by the command's own
// file. The command line (commandline.h) parses the arguments with the global options (--db, --help,
// --version) plus `options`, so an option of another command is unknown here. Texts are translated
// when the value is built. `run` gets the positional arguments after the command word and returns the
// process exit code: 0 success, 1 the books have breaches, 2 a usage or runtime error (one sentence
// on stderr); it runs on the main thread, with the application object in place.
struct Subcommand
{
    QString name;
    QString synopsis; // "enqueue TYPE JSON --agent ID [--dedupe KEY]"
    QString summary;
    QList<QCommandLineOption> options;
    QList<PositionalArgument> positionalArguments;
    bool needsWidgets = false; // renders widgets, so needs a QApplication
    int (*run)(const QCommandLineParser &parser, const QStringList &positional) = nullptr;
};

Subcommand demoCommand();
Subcommand verifyCommand();
Subcommand screenshotCommand();
Subcommand processCommand();
Subcommand enqueueCommand();
Subcommand serveCommand();
Subcommand simulateCommand();
Subcommand configCommand();
Subcommand optimiseCommand();
Subcommand tokenCommand();

} // namespace Ledgerdesk::CommandLine
