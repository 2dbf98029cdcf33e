#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QProcess>
#include <QString>
#include <QStringList>

#include <memory>

namespace Ledgerdesk::Test {

// A real SMTP server for one test: tests/notify/smtp_server.py (python3-aiosmtpd) run with
// /usr/bin/python3 on 127.0.0.1, storing every accepted e-mail in `mailDir` as the message and a JSON
// summary parsed by Python's e-mail package. Started and stopped by the test; the destructor stops it.
class SmtpTestServer
{
public:
    struct Options
    {
        QString tlsCert; // PEM; with tlsKey offers STARTTLS, or TLS from the start with implicitTls
        QString tlsKey;
        bool implicitTls = false;
        QString auth; // "user:password": the one login accepted
        QStringList authExclude; // mechanisms not offered ("PLAIN", "LOGIN")
        QString dataReply; // answer DATA with this reply ("451 4.3.0 Try later") instead of accepting
        QStringList refusedRecipients; // answer RCPT TO for these addresses with rcptReply
        QString rcptReply; // empty: "550 5.1.1 <address>: Recipient address rejected: User unknown"
        int port = 0; // 0: a free one
    };

    explicit SmtpTestServer(QString mailDir);
    ~SmtpTestServer();
    SmtpTestServer(const SmtpTestServer &) = delete;
    SmtpTestServer &operator=(const SmtpTestServer &) = delete;

    // Starts the server and waits until it accepts connections; false with errorString() on failure.
    bool start();
    bool start(const Options &options);
    void stop();
    bool isRunning() const;
    int port() const { return m_port; }
    const QString &errorString() const { return m_error; }

    // The summaries of the e-mails accepted so far, oldest first: subject, from, to, message_id,
    // date, text, html, parts, mail_from, rcpt_tos, auth_user, tls, max_line_length.
    QList<QJsonObject> mails() const;
    int mailCount() const { return int(mails().size()); }
    // The i-th accepted message as it arrived (after dot-unstuffing).
    QByteArray rawMail(int index) const;

    // A self-signed certificate for 127.0.0.1 and localhost, made with openssl: cert.pem and key.pem
    // in `dir`. False with a reason in `error` when openssl fails.
    static bool makeSelfSignedCertificate(const QString &dir, QString *error);

private:
    QString m_mailDir;
    std::unique_ptr<QProcess> m_process;
    int m_port = 0;
    QString m_error;
};

} // namespace Ledgerdesk::Test
