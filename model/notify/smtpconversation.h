#pragma once

#include "transport.h"

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QSslError>
#include <QSslSocket>
#include <QStringList>
#include <QTimer>

namespace Ledgerdesk {

// The client's side of one SMTP conversation, for one e-mail, on a socket it is given: it reads the
// greeting, says EHLO (HELO to a server from before ESMTP when neither TLS nor a login is needed),
// upgrades with STARTTLS when asked to and greets again, logs in with AUTH PLAIN or LOGIN, whichever
// the server offers, then MAIL FROM, RCPT TO and DATA (dot-stuffed). Every reply code is checked and
// classified: a 5xx to RCPT TO, DATA or the message refuses this e-mail (unless the reply is about
// the sender's set-up: a login required, relaying denied); anything else (the greeting, STARTTLS not
// offered or refused, the login, MAIL FROM, every 4xx) makes it wait, and so do socket and TLS errors
// and a timeout over the whole conversation. finished() reports the outcome exactly once; after it
// the conversation says QUIT when the e-mail was accepted (with a short grace period), closes the
// socket and deletes itself. Lives on one thread; owns its socket and aborts it when destroyed,
// without reporting.
class SmtpConversation : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        QString host; // as the socket connects to it, for the sentences of failures
        int port = 0;
        bool startTls = false; // upgrade a plain connection before anything else; without STARTTLS the e-mail waits
        QString user; // empty: no AUTH
        QString password;
        QString sender; // bare addresses, which isEnvelopeAddress() accepts
        QString recipient;
        QByteArray message; // the message before dot-stuffing, CRLF line ends
        int timeoutMs = 30000; // for the whole conversation, connecting included
    };

    // Takes `socket` as its child: not yet connected, its TLS configuration set. The clock starts
    // here, so the caller connects the socket right after; finished() may then come from within the
    // connect call.
    SmtpConversation(QSslSocket *socket, const Options &options, QObject *parent = nullptr);

    // An address a server can be given between angle brackets in MAIL FROM and RCPT TO.
    static bool isEnvelopeAddress(const QString &address);

Q_SIGNALS:
    // A receiver must not delete the conversation; it deletes itself.
    void finished(const Ledgerdesk::DeliveryOutcome &outcome);

private:
    enum class Step {
        Greeting,
        Ehlo,
        Helo,
        StartTls,
        AuthPlain,
        AuthPlainResponse,
        AuthLogin,
        AuthLoginUser,
        AuthLoginPassword,
        MailFrom,
        RcptTo,
        Data,
        Message,
        Quit,
    };

    void onReadyRead();
    void onReply(int code);
    void onEncrypted();
    void onSocketError(QAbstractSocket::SocketError error);
    void onDisconnected();
    void onTimeout();

    void sendLine(const QByteArray &line, Step next, bool secret = false);
    void sendHello();
    void afterHello();
    void authenticate();
    void sendMailFrom();
    void finish(const DeliveryOutcome &outcome);
    // Ends with a Wait: `sentence` and the current reply.
    void holdBack(const QString &sentence);
    // Ends after the server refused this e-mail at RCPT TO, DATA or after the message: Refused for a
    // 5xx about the e-mail, Wait for a 4xx or a reply about the sender's set-up.
    void refuseMessage(int code, const QString &sentence);
    QString replyText() const { return m_reply.join(QLatin1Char(' ')); }
    bool offers(const QString &extension) const;

    Options m_options;
    QSslSocket *m_socket;
    QTimer m_timer;
    QByteArray m_data; // the dot-stuffed message for DATA
    QByteArray m_buffer;
    QStringList m_reply; // the lines of the reply being read, codes included
    QStringList m_extensions; // EHLO keywords and their parameters, upper case
    QList<QSslError> m_sslErrors;
    Step m_step = Step::Greeting;
    bool m_finished = false;
};

} // namespace Ledgerdesk
