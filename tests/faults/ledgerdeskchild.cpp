#include "ledgerdeskchild.h"

#include <QProcessEnvironment>

namespace Ledgerdesk::Test {

std::unique_ptr<QProcess> LedgerdeskChild::start() const
{
    auto process = std::make_unique<QProcess>();
    process->setProgram(ledgerdeskBinary());
    process->setArguments(arguments);
    QProcessEnvironment childEnvironment = QProcessEnvironment::systemEnvironment();
    childEnvironment.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    childEnvironment.remove(QStringLiteral("LANGUAGE"));
    for (auto it = environment.cbegin(); it != environment.cend(); ++it)
        childEnvironment.insert(it.key(), it.value());
    process->setProcessEnvironment(childEnvironment);
    process->setProcessChannelMode(QProcess::MergedChannels);
    if (beforeExec)
        process->setChildProcessModifier(beforeExec);
    process->start();
    if (!process->waitForStarted(30000))
        return nullptr;
    return process;
}

BinaryRun LedgerdeskChild::run(int timeoutMs) const
{
    BinaryRun run;
    run.arguments = arguments;
    auto process = start();
    if (!process) {
        run.output = "the program did not start";
        return run;
    }
    run.finished = process->waitForFinished(timeoutMs);
    if (!run.finished) {
        process->kill();
        process->waitForFinished(10000);
    }
    run.output = process->readAll();
    run.exitCode = run.finished && process->exitStatus() == QProcess::NormalExit ? process->exitCode() : -1;
    return run;
}

} // namespace Ledgerdesk::Test
