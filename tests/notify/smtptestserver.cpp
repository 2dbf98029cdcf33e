#include "smtptestserver.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QJsonDocument>

namespace Ledgerdesk::Test {

namespace {

const QString python = QStringLiteral("/usr/bin/python3");

QString scriptPath()
{
    return QStringLiteral(LEDGERDESK_NOTIFY_TEST_DIR "/smtp_server.py");
}

} // namespace

SmtpTestServer::SmtpTestServer(QString mailDir)
    : m_mailDir(std::move(mailDir))
{
    QDir().mkpath(m_mailDir);
}

SmtpTestServer::~SmtpTestServer()
{
    stop();
}

bool SmtpTestServer::start()
{
    return start(Options());
}

bool SmtpTestServer::start(const Options &options)
{
    stop();
    m_error.clear();
    QStringList arguments {scriptPath(), QStringLiteral("--dir"), m_mailDir};
    if (options.port > 0)
        arguments << QStringLiteral("--port") << QString::number(options.port);
    if (!options.tlsCert.isEmpty())
        arguments << QStringLiteral("--tls-cert") << options.tlsCert << QStringLiteral("--tls-key") << options.tlsKey;
    if (options.implicitTls)
        arguments << QStringLiteral("--implicit-tls");
    if (!options.auth.isEmpty())
        arguments << QStringLiteral("--auth") << options.auth;
    for (const QString &mechanism : options.authExclude)
        arguments << QStringLiteral("--auth-exclude") << mechanism;
    if (!options.dataReply.isEmpty())
        arguments << QStringLiteral("--data-reply") << options.dataReply;
    for (const QString &recipient : options.refusedRecipients)
        arguments << QStringLiteral("--refuse-recipient") << recipient;
    if (!options.rcptReply.isEmpty())
        arguments << QStringLiteral("--rcpt-reply") << options.rcptReply;

    const QString log = QDir(m_mailDir).filePath(QStringLiteral("server.log"));
    m_process = std::make_unique<QProcess>();
    m_process->setStandardErrorFile(log, QIODevice::Append);
    m_process->start(python, arguments);
    if (!m_process->waitForStarted(5000)) {
        m_error = QStringLiteral("could not start %1: %2").arg(python, m_process->errorString());
        m_process.reset();
        return false;
    }
    QByteArray output;
    const QDeadlineTimer deadline(15000);
    while (!deadline.hasExpired()) {
        if (m_process->canReadLine() || m_process->waitForReadyRead(int(qMax<qint64>(1, deadline.remainingTime())))) {
            while (m_process->canReadLine()) {
                const QByteArray line = m_process->readLine().trimmed();
                output += line + '\n';
                if (line.startsWith("READY ")) {
                    m_port = line.mid(6).toInt();
                    return true;
                }
            }
        } else if (m_process->state() != QProcess::Running) {
            break;
        }
    }
    QFile errors(log);
    errors.open(QIODevice::ReadOnly);
    m_error = QStringLiteral("the SMTP test server did not start: %1 %2")
                  .arg(QString::fromUtf8(output), QString::fromUtf8(errors.readAll().right(2000)));
    stop();
    return false;
}

void SmtpTestServer::stop()
{
    if (!m_process)
        return;
    m_process->closeWriteChannel(); // the script stops when its standard input closes
    if (!m_process->waitForFinished(5000)) {
        m_process->kill();
        m_process->waitForFinished(2000);
    }
    m_process.reset();
}

bool SmtpTestServer::isRunning() const
{
    return m_process && m_process->state() == QProcess::Running;
}

QList<QJsonObject> SmtpTestServer::mails() const
{
    QList<QJsonObject> result;
    const QStringList names = QDir(m_mailDir).entryList({QStringLiteral("mail-*.json")}, QDir::Files, QDir::Name);
    for (const QString &name : names) {
        QFile file(QDir(m_mailDir).filePath(name));
        if (file.open(QIODevice::ReadOnly))
            result.append(QJsonDocument::fromJson(file.readAll()).object());
    }
    return result;
}

QByteArray SmtpTestServer::rawMail(int index) const
{
    const QStringList names = QDir(m_mailDir).entryList({QStringLiteral("mail-*.eml")}, QDir::Files, QDir::Name);
    if (index < 0 || index >= names.size())
        return {};
    QFile file(QDir(m_mailDir).filePath(names.at(index)));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool SmtpTestServer::makeSelfSignedCertificate(const QString &dir, QString *error)
{
    QProcess openssl;
    openssl.setProcessChannelMode(QProcess::MergedChannels);
    openssl.start(QStringLiteral("openssl"),
        {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("ec"),
            QStringLiteral("-pkeyopt"), QStringLiteral("ec_paramgen_curve:prime256v1"), QStringLiteral("-nodes"),
            QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-subj"), QStringLiteral("/CN=Ledgerdesk test SMTP"),
            QStringLiteral("-addext"), QStringLiteral("subjectAltName=IP:127.0.0.1,DNS:localhost"), QStringLiteral("-keyout"),
            QDir(dir).filePath(QStringLiteral("key.pem")), QStringLiteral("-out"),
            QDir(dir).filePath(QStringLiteral("cert.pem"))});
    if (!openssl.waitForFinished(20000) || openssl.exitStatus() != QProcess::NormalExit || openssl.exitCode() != 0) {
        *error = QStringLiteral("openssl failed: %1 %2").arg(openssl.errorString(), QString::fromUtf8(openssl.readAll()));
        return false;
    }
    return true;
}

} // namespace Ledgerdesk::Test
