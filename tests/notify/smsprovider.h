#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QMap>
#include <QStringList>
#include <QTcpServer>
#include <QUrl>

namespace Ledgerdesk::Test {

// A Twilio-compatible SMS provider for one test: an HTTP/1.1 server on 127.0.0.1 written on
// QTcpServer, which records every request and answers with the responses the test queued (201 with
// a fresh sid when none is queued). It runs on the test's event loop, so the test must spin it
// (QTRY_*, a Notifier round, QSignalSpy::wait) while the client talks to it.
class SmsProvider : public QObject
{
public:
    struct Request
    {
        QByteArray method;
        QByteArray path;
        QHash<QByteArray, QByteArray> headers; // names in lower case
        QByteArray body;

        // The body decoded as application/x-www-form-urlencoded, the way a provider reads it.
        QMap<QString, QString> form() const;
    };

    struct Response
    {
        int status = 201;
        QByteArray body; // empty: a Twilio-like message resource with a fresh sid
        bool hang = false; // never answer (for timeouts)
    };

    explicit SmsProvider(QObject *parent = nullptr);
    ~SmsProvider() override;

    bool listen();
    QUrl baseUrl() const;
    // Stops accepting and drops open connections: nothing answers afterwards.
    void shutDown();

    // Responses for the next requests, in order.
    void queue(const Response &response) { m_responses.append(response); }
    const QList<Request> &requests() const { return m_requests; }
    // The sids handed out, in order.
    const QStringList &sids() const { return m_sids; }

private:
    void serve(QTcpSocket *socket);

    QTcpServer m_server;
    QList<Response> m_responses;
    QList<Request> m_requests;
    QStringList m_sids;
    QHash<QTcpSocket *, QByteArray> m_buffers; // every open connection and what it sent so far
};

} // namespace Ledgerdesk::Test
