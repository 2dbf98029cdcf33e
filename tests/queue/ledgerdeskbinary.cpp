#include "ledgerdeskbinary.h"

#include "storage/openbooks.h"

#include <QProcessEnvironment>
#include <QSqlQuery>

namespace Ledgerdesk::Test {

namespace {

QProcessEnvironment englishEnvironment()
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    environment.remove(QStringLiteral("LANGUAGE"));
    return environment;
}

void prepare(QProcess &process)
{
    process.setProgram(ledgerdeskBinary());
    process.setProcessEnvironment(englishEnvironment());
    process.setProcessChannelMode(QProcess::MergedChannels);
}

} // namespace

QByteArray BinaryRun::describe() const
{
    const QByteArray how = finished ? "exit " + QByteArray::number(exitCode) : QByteArray("did not finish in time");
    return "ledgerdesk " + arguments.join(QLatin1Char(' ')).toUtf8() + ": " + how + '\n' + output.right(4000);
}

QString ledgerdeskBinary()
{
    return QStringLiteral(LEDGERDESK_BINARY);
}

BinaryRun runLedgerdesk(const QStringList &arguments, int timeoutMs)
{
    BinaryRun run;
    run.arguments = arguments;
    QProcess process;
    prepare(process);
    process.setArguments(arguments);
    process.start();
    if (!process.waitForStarted(30000)) {
        run.output = process.errorString().toUtf8();
        return run;
    }
    run.finished = process.waitForFinished(timeoutMs);
    if (!run.finished) {
        process.kill();
        process.waitForFinished(10000);
    }
    run.output = process.readAll();
    run.exitCode = run.finished && process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    return run;
}

std::unique_ptr<QProcess> startLedgerdesk(const QStringList &arguments)
{
    auto process = std::make_unique<QProcess>();
    prepare(*process);
    process->setArguments(arguments);
    process->start();
    if (!process->waitForStarted(30000))
        return nullptr;
    return process;
}

std::unique_ptr<QProcess> startProcessor(const QString &location)
{
    return startLedgerdesk({QStringLiteral("process"), QStringLiteral("--db"), location});
}

Result<std::unique_ptr<Database>> openDemoBook(const QString &location, int clients)
{
    const BinaryRun demo = runLedgerdesk(
        {QStringLiteral("demo"), QStringLiteral("--db"), location, QStringLiteral("--clients"), QString::number(clients)});
    if (!demo.succeeded())
        return makeError(
            Error::Kind::Storage, QStringLiteral("The demo book was not written."), QString::fromUtf8(demo.describe()));
    return openBooks(location);
}

qint64 scalar(Database &db, const QString &sql)
{
    QSqlQuery query(db.connection());
    return query.exec(sql) && query.next() ? query.value(0).toLongLong() : -1;
}

} // namespace Ledgerdesk::Test
