#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QHostAddress>
#include <QJsonObject>
#include <QObject>
#include <QPointer>

#include <functional>
#include <memory>

class QHttpServer;
class QHttpServerRequest;
class QHttpServerResponder;
class QTcpServer;
class QTimer;

namespace Ledgerdesk {

class ConnectionKeeper;
class Database;
class Settings;

// The HTTP intake of DESIGN section 7, over QHttpServer; off until listen() is called, and on
// 127.0.0.1 unless told otherwise:
//   POST /v1/webhooks/transactions  202 {"message":"Webhook received"} (a duplicate id too, writing
//                                   nothing); 409 {"error"} for a known id with other details;
//                                   400 {"error","field"} naming a missing or bad field;
//                                   413 over 64 KiB; 401 without a valid X-Ledgerdesk-Signature
//                                   (sha256=<hex HMAC-SHA256 of the raw body>) when a secret is set
//   GET  /v1/transactions/{id}      the transaction and its status; 404 JSON when unknown
//   GET  /                          {"status":"HEALTHY","current_time":"...Z"}; 503 {"status":
//                                   "UNAVAILABLE","error"} while the book cannot be reached
//   GET  /v1/records?agent=ID       that agent's activity records (limit, offset optional)
//   anything else                   404 JSON
// The reads under /v1/ answer only a request with a live API token (Authorization: Bearer ldk_...,
// see ApiToken): without one, or with an unknown or revoked one, 401 {"error"} with a
// WWW-Authenticate: Bearer challenge, before the request is looked at any further (so an unknown id
// is not told apart from a known one without credentials).
// An accepted transaction is recorded PROCESSING and enqueued in one transaction (TransactionIntake);
// enqueued() then tells the processor to wake. Request bodies are bounded while they arrive, not only
// after. Lives on the thread of its Database connection (the GUI thread is fine), which it uses for
// every request; it does not own the connection.
class WebhookServer : public QObject
{
    Q_OBJECT

public:
    static constexpr qint64 maxBodyBytes = 64 * 1024;
    static constexpr quint16 defaultPort = 8080;
    static constexpr const char *signatureHeader = "X-Ledgerdesk-Signature";

    struct Endpoint
    {
        QHostAddress address = QHostAddress(QHostAddress::LocalHost);
        quint16 port = defaultPort;
    };

    // A status and a JSON body: what one request is answered with.
    struct Reply
    {
        int status = 200;
        QJsonObject body;
        QByteArray challenge; // the WWW-Authenticate header of a 401 that asks for an API token
    };

    explicit WebhookServer(Database &db, QObject *parent = nullptr);
    ~WebhookServer() override;

    // "HOST:PORT", "[IPv6]:PORT", ":PORT" or "PORT" (host 127.0.0.1); HOST is an IP address or
    // localhost; PORT 0 picks a free port. A Validation error with a sentence otherwise.
    static Result<Endpoint> parseListen(const QString &text);

    // The shared secret of the signature; empty accepts unsigned requests.
    void setSecret(const QByteArray &secret) { m_secret = secret; }
    bool hasSecret() const { return !m_secret.isEmpty(); }
    // Takes the secret from the setting intake.secret (this machine's secret store). Fails, keeping
    // the secret it had, when the store cannot be read, or when the book's intake.require_signature
    // is "true" and the secret is empty.
    Result<void> loadSecret(Settings &settings);
    // Follows `keeper`: health answers 503 with its reason while the book cannot be reached, and a
    // request that failed for storage lets it check the connection.
    void setConnectionKeeper(ConnectionKeeper *keeper) { m_keeper = keeper; }

    // Starts serving; returns the port it listens on. A Network error when the address is taken or
    // cannot be bound. Listening on an address other than loopback is logged as a warning.
    Result<quint16> listen(const Endpoint &endpoint);
    Result<quint16> listen(const QHostAddress &address, quint16 port);
    // Stops listening and drops open connections.
    void close();
    bool isListening() const;
    quint16 port() const;
    QHostAddress address() const;

    // The POST /v1/webhooks/transactions exchange without the HTTP around it: the raw body and the
    // signature header's value in, the answer out. Records and enqueues an accepted transaction.
    Reply receiveTransaction(const QByteArray &body, const QByteArray &signature);
    // A valid signature header value for a body: "sha256=<hex HMAC-SHA256>".
    static QByteArray sign(const QByteArray &body, const QByteArray &secret);

Q_SIGNALS:
    // A transaction was recorded and its message enqueued: the processor may wake at once.
    void enqueued(const QString &messageId);

private:
    void setUpRoutes();
    void respond(QHttpServerResponder &responder, const Reply &reply);
    Reply transactionStatus(const QString &transactionId);
    Reply health();
    Reply agentRecords(const QHttpServerRequest &request);
    // `read` when the request carries a live API token, else the refusal (401, or 503/500 when the
    // tokens cannot be read).
    Reply authorizedRead(const QHttpServerRequest &request, const std::function<Reply()> &read);
    Reply storageTrouble(const Error &error);
    bool isSignatureValid(const QByteArray &body, const QByteArray &signature) const;
    void closeIdleConnections();

    Database &m_db;
    ConnectionKeeper *m_keeper = nullptr;
    QByteArray m_secret;
    std::unique_ptr<QHttpServer> m_http;
    QPointer<QTcpServer> m_tcp;
    QTimer *m_idleSweep = nullptr;
};

} // namespace Ledgerdesk
