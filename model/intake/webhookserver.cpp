#include "webhookserver.h"

#include "activity/activityrepository.h"
#include "agents/agentrepository.h"
#include "apitokenrepository.h"
#include "core/ids.h"
#include "core/logging.h"
#include "ingestpayload.h"
#include "intake/intakesettings.h"
#include "intakerepository.h"
#include "settings/settings.h"
#include "storage/connectionkeeper.h"
#include "storage/database.h"
#include "transactionintake.h"

#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMessageAuthenticationCode>
#include <QMetaEnum>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>
#include <QUrlQuery>

namespace Ledgerdesk {

namespace {

using StatusCode = QHttpServerResponder::StatusCode;

// Headers may add this much to the body before a request counts as too large while it arrives.
constexpr qint64 headerAllowanceBytes = 16 * 1024;
// A connection that sent nothing for this long is closed (also one QHttpServer gave up on after
// a malformed request, which it leaves open).
constexpr qint64 idleTimeoutMs = 30'000;
// After refusing an oversized request: how long to keep reading (and dropping) what the client still
// sends, so that it reads the 413 instead of a reset connection, and how much at most.
constexpr int lingerQuietMs = 500;
constexpr int lingerLimitMs = 10'000;
constexpr qint64 lingerLimitBytes = 64 * 1024 * 1024;

// Dynamic properties of each connection's socket.
constexpr const char *requestBytesProperty = "ledgerdeskRequestBytes";
constexpr const char *lastActivityProperty = "ledgerdeskLastActivityMs";

constexpr int maxRecordsPerPage = 1000;

constexpr const char *authorizationHeader = "Authorization";

QString tooLargeMessage()
{
    return WebhookServer::tr("The request body is larger than %1 KiB.").arg(WebhookServer::maxBodyBytes / 1024);
}

QJsonObject errorBody(const QString &message, const QString &field = {})
{
    QJsonObject body {{QStringLiteral("error"), message}};
    if (!field.isEmpty())
        body.insert(QStringLiteral("field"), field);
    return body;
}

QJsonValue timeOrNull(qint64 epochMs)
{
    return epochMs == 0 ? QJsonValue(QJsonValue::Null) : QJsonValue(IngestPayload::formatTime(epochMs));
}

QJsonObject transactionJson(const IngestedTransaction &transaction)
{
    return QJsonObject {{QStringLiteral("transaction_id"), transaction.transactionId},
        {QStringLiteral("source_account"), transaction.sourceAccount},
        {QStringLiteral("destination_account"), transaction.destinationAccount},
        {QStringLiteral("amount"), transaction.amount().toDecimalString()},
        {QStringLiteral("amount_minor"), transaction.amountMinor}, {QStringLiteral("currency"), transaction.currency},
        {QStringLiteral("merchant"), transaction.merchant},
        {QStringLiteral("timestamp"), IngestPayload::formatTime(transaction.eventTimeMs)},
        {QStringLiteral("category"),
            transaction.category.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(transaction.category)},
        {QStringLiteral("status"), transaction.status},
        {QStringLiteral("received_at"), IngestPayload::formatTime(transaction.receivedAtMs)},
        {QStringLiteral("processed_at"), timeOrNull(transaction.processedAtMs)}};
}

QJsonObject recordJson(const ActivityRecord &record)
{
    return QJsonObject {{QStringLiteral("id"), record.id}, {QStringLiteral("agent_id"), record.agentId},
        {QStringLiteral("client_id"), record.clientId.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(record.clientId)},
        {QStringLiteral("action"), record.action}, {QStringLiteral("attribute"), record.attribute},
        {QStringLiteral("before"), record.before}, {QStringLiteral("after"), record.after},
        {QStringLiteral("created_at"), IngestPayload::formatTime(record.createdAtMs)},
        {QStringLiteral("email_sent"), record.emailSent}, {QStringLiteral("corrected_at"), timeOrNull(record.correctedAtMs)}};
}

bool isHexDigits(QByteArrayView text)
{
    for (const char c : text) {
        if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F')))
            return false;
    }
    return true;
}

// Equal bytes, in a time that does not depend on where they differ.
bool constantTimeEquals(const QByteArray &a, const QByteArray &b)
{
    if (a.size() != b.size())
        return false;
    unsigned char difference = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        difference |= static_cast<unsigned char>(a.at(i) ^ b.at(i));
    return difference == 0;
}

// Answers an oversized request with 413 before QHttpServer has buffered it all, then keeps reading
// and dropping what the client still sends for a moment before closing.
void refuseOversized(QTcpSocket *socket)
{
    QObject::disconnect(socket, &QTcpSocket::readyRead, nullptr, nullptr);
    if (socket->isTransactionStarted())
        socket->commitTransaction(); // frees what QHttpServer kept of the request
    socket->readAll();
    const QByteArray body = QJsonDocument(errorBody(tooLargeMessage())).toJson(QJsonDocument::Compact);
    socket->write(QByteArrayLiteral("HTTP/1.1 413 Payload Too Large\r\nContent-Type: application/json\r\nContent-Length: ")
        + QByteArray::number(body.size()) + QByteArrayLiteral("\r\nConnection: close\r\n\r\n") + body);
    qCInfo(lcIntake) << "refused a request over" << WebhookServer::maxBodyBytes << "bytes from"
                     << socket->peerAddress().toString();

    auto *quiet = new QTimer(socket);
    quiet->setSingleShot(true);
    quiet->setInterval(lingerQuietMs);
    QObject::connect(quiet, &QTimer::timeout, socket, [socket] { socket->disconnectFromHost(); });
    QTimer::singleShot(lingerLimitMs, socket, [socket] { socket->abort(); });
    auto drained = std::make_shared<qint64>(0);
    QObject::connect(socket, &QTcpSocket::readyRead, socket, [socket, quiet, drained] {
        *drained += socket->readAll().size();
        if (*drained > lingerLimitBytes)
            socket->abort();
        else
            quiet->start();
    });
    quiet->start();
}

// A QTcpServer whose connections count the bytes of the request they are receiving, before
// QHttpServer sees them (its readyRead slot is connected after this one), and refuse a request that
// grows past the body limit plus room for headers: QHttpServer 6.4 would buffer any size.
class GuardedTcpServer : public QTcpServer
{
public:
    using QTcpServer::QTcpServer;

protected:
    void incomingConnection(qintptr descriptor) override
    {
        auto *socket = new QTcpSocket(this);
        if (!socket->setSocketDescriptor(descriptor)) {
            qCWarning(lcIntake) << "could not take a connection:" << socket->errorString();
            delete socket;
            return;
        }
        socket->setProperty(requestBytesProperty, qint64(0));
        socket->setProperty(lastActivityProperty, Ids::nowMs());
        connect(socket, &QTcpSocket::readyRead, socket, [socket] {
            const qint64 received = socket->property(requestBytesProperty).toLongLong() + socket->bytesAvailable();
            socket->setProperty(requestBytesProperty, received);
            socket->setProperty(lastActivityProperty, Ids::nowMs());
            if (received > WebhookServer::maxBodyBytes + headerAllowanceBytes)
                refuseOversized(socket);
        });
        addPendingConnection(socket);
    }
};

} // namespace

WebhookServer::WebhookServer(Database &db, QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_http(std::make_unique<QHttpServer>())
    , m_idleSweep(new QTimer(this))
{
    setUpRoutes();
    m_idleSweep->setInterval(idleTimeoutMs / 3);
    connect(m_idleSweep, &QTimer::timeout, this, &WebhookServer::closeIdleConnections);
}

WebhookServer::~WebhookServer()
{
    close();
}

Result<WebhookServer::Endpoint> WebhookServer::parseListen(const QString &input)
{
    const QString text = input.trimmed();
    const Error invalid = makeError(Error::Kind::Validation,
        WebhookServer::tr("\"%1\" is not an address to listen on; write it like 127.0.0.1:8080.").arg(text));
    Endpoint endpoint;
    QString host;
    QString port;
    if (text.startsWith(QLatin1Char('['))) {
        const qsizetype close = text.indexOf(QStringLiteral("]:"));
        if (close < 0)
            return invalid;
        host = text.mid(1, close - 1);
        port = text.mid(close + 2);
    } else if (text.count(QLatin1Char(':')) == 1) {
        host = text.section(QLatin1Char(':'), 0, 0);
        port = text.section(QLatin1Char(':'), 1, 1);
    } else if (!text.contains(QLatin1Char(':'))) {
        port = text;
    } else {
        return invalid;
    }
    bool portOk = false;
    const uint number = port.toUInt(&portOk);
    if (!portOk || number > 65535)
        return invalid;
    endpoint.port = quint16(number);
    if (host.isEmpty() || host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0) {
        endpoint.address = QHostAddress(QHostAddress::LocalHost);
    } else if (!endpoint.address.setAddress(host)) {
        return makeError(Error::Kind::Validation,
            WebhookServer::tr("\"%1\" is not an IP address; listen on an address like 127.0.0.1 or 0.0.0.0.").arg(host));
    }
    return endpoint;
}

Result<void> WebhookServer::loadSecret(Settings &settings)
{
    auto required = settings.value(IntakeSettings::requireSignature);
    if (!required)
        return required.error();
    auto secret = settings.value(IntakeSettings::secret);
    if (!secret)
        return secret.error();
    if (secret->isEmpty() && *required == QLatin1String("true"))
        return makeError(Error::Kind::Conflict,
            WebhookServer::tr("intake.require_signature is set, but this machine has no intake.secret: set it with "
                              "`ledgerdesk config set intake.secret SECRET --agent SUPERVISOR`."));
    m_secret = secret->toUtf8();
    return {};
}

Result<quint16> WebhookServer::listen(const Endpoint &endpoint)
{
    return listen(endpoint.address, endpoint.port);
}

Result<quint16> WebhookServer::listen(const QHostAddress &address, quint16 port)
{
    close();
    auto *tcp = new GuardedTcpServer(m_http.get());
    if (!tcp->listen(address, port)) {
        const QString reason = tcp->errorString();
        delete tcp;
        return makeError(Error::Kind::Network,
            WebhookServer::tr("Could not listen on %1 port %2: %3").arg(address.toString()).arg(port).arg(reason));
    }
    m_http->bind(tcp);
    m_tcp = tcp;
    m_idleSweep->start();
    if (!address.isLoopback())
        qCWarning(lcIntake) << "the webhook intake listens on" << address.toString() << "which is reachable from other machines";
    qCInfo(lcIntake) << "webhook intake listening on" << address.toString() << tcp->serverPort()
                     << (m_secret.isEmpty() ? "accepting unsigned requests" : "requiring signatures");
    return tcp->serverPort();
}

void WebhookServer::close()
{
    m_idleSweep->stop();
    if (m_tcp) {
        m_tcp->close();
        delete m_tcp.data();
    }
}

bool WebhookServer::isListening() const
{
    return m_tcp && m_tcp->isListening();
}

quint16 WebhookServer::port() const
{
    return isListening() ? m_tcp->serverPort() : 0;
}

QHostAddress WebhookServer::address() const
{
    return isListening() ? m_tcp->serverAddress() : QHostAddress();
}

void WebhookServer::closeIdleConnections()
{
    if (!m_tcp)
        return;
    const qint64 now = Ids::nowMs();
    const auto sockets = m_tcp->findChildren<QTcpSocket *>(Qt::FindDirectChildrenOnly);
    for (QTcpSocket *socket : sockets) {
        if (now - socket->property(lastActivityProperty).toLongLong() > idleTimeoutMs) {
            socket->abort();
            socket->deleteLater();
        }
    }
}

void WebhookServer::setUpRoutes()
{
    using Method = QHttpServerRequest::Method;
    m_http->route(QStringLiteral("/"), Method::Get,
        [this](const QHttpServerRequest &, QHttpServerResponder &&responder) { respond(responder, health()); });
    m_http->route(QStringLiteral("/v1/webhooks/transactions"), Method::Post,
        [this](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
            respond(responder, receiveTransaction(request.body(), request.value(signatureHeader)));
        });
    m_http->route(QStringLiteral("/v1/transactions/<arg>"), Method::Get,
        [this](const QString &transactionId, const QHttpServerRequest &request, QHttpServerResponder &&responder) {
            respond(responder, authorizedRead(request, [&] { return transactionStatus(transactionId); }));
        });
    m_http->route(
        QStringLiteral("/v1/records"), Method::Get, [this](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
            respond(responder, authorizedRead(request, [&] { return agentRecords(request); }));
        });
    m_http->setMissingHandler([this](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
        respond(responder,
            {404,
                errorBody(WebhookServer::tr("There is nothing at %1 %2.")
                              .arg(QString::fromLatin1(
                                       QMetaEnum::fromType<QHttpServerRequest::Method>().valueToKey(int(request.method())))
                                       .toUpper(),
                                  request.url().path()))});
    });
}

void WebhookServer::respond(QHttpServerResponder &responder, const Reply &reply)
{
    if (QTcpSocket *socket = responder.socket()) {
        // The request is complete: the next one on this connection counts from zero.
        socket->setProperty(requestBytesProperty, qint64(0));
        socket->setProperty(lastActivityProperty, Ids::nowMs());
    }
    const QByteArray body = QJsonDocument(reply.body).toJson(QJsonDocument::Compact);
    if (reply.challenge.isEmpty())
        responder.write(body, QByteArrayLiteral("application/json"), StatusCode(reply.status));
    else
        responder.write(body,
            {{QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json")},
                {QByteArrayLiteral("WWW-Authenticate"), reply.challenge}},
            StatusCode(reply.status));
}

QByteArray WebhookServer::sign(const QByteArray &body, const QByteArray &secret)
{
    return QByteArrayLiteral("sha256=") + QMessageAuthenticationCode::hash(body, secret, QCryptographicHash::Sha256).toHex();
}

bool WebhookServer::isSignatureValid(const QByteArray &body, const QByteArray &signature) const
{
    const QByteArray value = signature.trimmed();
    static const QByteArray prefix = QByteArrayLiteral("sha256=");
    if (value.size() != prefix.size() + 64 || !value.left(prefix.size()).toLower().startsWith(prefix))
        return false;
    const QByteArrayView hex = QByteArrayView(value).sliced(prefix.size());
    if (!isHexDigits(hex))
        return false;
    const QByteArray given = QByteArray::fromHex(hex.toByteArray());
    const QByteArray expected = QMessageAuthenticationCode::hash(body, m_secret, QCryptographicHash::Sha256);
    return constantTimeEquals(given, expected);
}

WebhookServer::Reply WebhookServer::storageTrouble(const Error &error)
{
    qCWarning(lcIntake) << "intake request failed:" << error.message << error.detail;
    if (m_keeper && error.kind == Error::Kind::Storage)
        m_keeper->checkAfterFailure();
    const int status = error.isTransient() ? 503 : 500;
    return {status,
        errorBody(error.isTransient() ? WebhookServer::tr("The books are busy or unreachable; send it again later.")
                                      : WebhookServer::tr("The request could not be handled."))};
}

WebhookServer::Reply WebhookServer::receiveTransaction(const QByteArray &body, const QByteArray &signature)
{
    if (body.size() > maxBodyBytes)
        return {413, errorBody(tooLargeMessage())};
    if (hasSecret() && !isSignatureValid(body, signature)) {
        qCInfo(lcIntake) << "refused a webhook without a valid signature";
        return {401,
            errorBody(WebhookServer::tr("The request needs a valid %1 header: sha256= and the hex HMAC-SHA256 of the body.")
                          .arg(QLatin1String(signatureHeader)))};
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return {400,
            errorBody(WebhookServer::tr("The body is not valid JSON (%1 at byte %2).")
                          .arg(parseError.errorString())
                          .arg(parseError.offset))};
    if (!document.isObject())
        return {400, errorBody(WebhookServer::tr("The body must be a JSON object."))};

    auto receipt = TransactionIntake(m_db).submit(document.object(), Ids::nowMs());
    if (!receipt) {
        if (receipt.error().kind == Error::Kind::Validation)
            return {400, errorBody(receipt.error().message, receipt.error().detail)};
        if (receipt.error().kind == Error::Kind::Conflict)
            return {409, errorBody(receipt.error().message)};
        return storageTrouble(receipt.error());
    }
    if (receipt->outcome == TransactionIntake::Outcome::Accepted)
        Q_EMIT enqueued(receipt->messageId);
    return {202, QJsonObject {{QStringLiteral("message"), QStringLiteral("Webhook received")}}};
}

WebhookServer::Reply WebhookServer::authorizedRead(const QHttpServerRequest &request, const std::function<Reply()> &read)
{
    const QByteArray authorization = request.value(authorizationHeader).trimmed();
    const qsizetype space = authorization.indexOf(' ');
    const bool bearer = space > 0 && authorization.left(space).compare(QByteArrayLiteral("Bearer"), Qt::CaseInsensitive) == 0;
    if (!bearer) {
        qCInfo(lcIntake) << "refused a read without an API token from" << request.remoteAddress().toString();
        return {401,
            errorBody(
                WebhookServer::tr("Reading needs an API token: send the header \"Authorization: Bearer TOKEN\" with a token "
                                  "a supervisor made with `ledgerdesk token create NAME`.")),
            QByteArrayLiteral("Bearer realm=\"ledgerdesk\"")};
    }
    ApiTokenRepository tokens(m_db);
    auto token = tokens.authenticate(QString::fromLatin1(authorization.mid(space + 1).trimmed()));
    if (!token) {
        if (token.error().kind != Error::Kind::NotFound)
            return storageTrouble(token.error());
        qCInfo(lcIntake) << "refused a read with an unknown or revoked API token from" << request.remoteAddress().toString();
        return {401, errorBody(token.error().message), QByteArrayLiteral("Bearer realm=\"ledgerdesk\", error=\"invalid_token\"")};
    }
    if (!m_db.isReadOnly()) {
        if (auto noted = tokens.markUsed(*token, Ids::nowMs()); !noted)
            qCWarning(lcIntake) << "could not note the use of the API token" << token->name << ":" << noted.error().message
                                << noted.error().detail;
    }
    return read();
}

WebhookServer::Reply WebhookServer::transactionStatus(const QString &transactionId)
{
    auto transaction = IntakeRepository(m_db).find(transactionId);
    if (!transaction) {
        if (transaction.error().kind == Error::Kind::NotFound)
            return {404, errorBody(transaction.error().message)};
        return storageTrouble(transaction.error());
    }
    return {200, transactionJson(*transaction)};
}

WebhookServer::Reply WebhookServer::health()
{
    const bool reachable
        = m_keeper ? m_keeper->isReachable() && (m_db.ping() || !m_keeper->checkAfterFailure()) : m_db.ping().isOk();
    if (!reachable) {
        const QString reason = m_keeper ? m_keeper->reason() : WebhookServer::tr("The database server cannot be reached.");
        return {503, QJsonObject {{QStringLiteral("status"), QStringLiteral("UNAVAILABLE")}, {QStringLiteral("error"), reason}}};
    }
    return {200,
        QJsonObject {{QStringLiteral("status"), QStringLiteral("HEALTHY")},
            {QStringLiteral("current_time"), IngestPayload::formatTime(Ids::nowMs())}}};
}

WebhookServer::Reply WebhookServer::agentRecords(const QHttpServerRequest &request)
{
    const QUrlQuery query = request.query();
    const QString agentId = query.queryItemValue(QStringLiteral("agent"), QUrl::FullyDecoded).trimmed();
    if (agentId.isEmpty())
        return {400, errorBody(WebhookServer::tr("Name the agent: /v1/records?agent=ID."), QStringLiteral("agent"))};
    int limit = 100;
    int offset = 0;
    if (query.hasQueryItem(QStringLiteral("limit"))) {
        bool ok = false;
        limit = query.queryItemValue(QStringLiteral("limit")).toInt(&ok);
        if (!ok || limit < 1 || limit > maxRecordsPerPage)
            return {400,
                errorBody(
                    WebhookServer::tr("The parameter \"limit\" must be a whole number from 1 to %1.").arg(maxRecordsPerPage),
                    QStringLiteral("limit"))};
    }
    if (query.hasQueryItem(QStringLiteral("offset"))) {
        bool ok = false;
        offset = query.queryItemValue(QStringLiteral("offset")).toInt(&ok);
        if (!ok || offset < 0)
            return {400,
                errorBody(
                    WebhookServer::tr("The parameter \"offset\" must be a whole number, 0 or more."), QStringLiteral("offset"))};
    }

    auto agent = AgentRepository(m_db).find(agentId);
    if (!agent) {
        if (agent.error().kind == Error::Kind::NotFound)
            return {404, errorBody(WebhookServer::tr("There is no agent \"%1\".").arg(agentId), QStringLiteral("agent"))};
        return storageTrouble(agent.error());
    }
    ActivityFilter filter;
    filter.agentId = agent->id;
    ActivityRepository activity(m_db);
    auto total = activity.count(filter);
    if (!total)
        return storageTrouble(total.error());
    auto records = activity.list(filter, ActivitySort::Time, Qt::DescendingOrder, offset, limit);
    if (!records)
        return storageTrouble(records.error());
    QJsonArray list;
    for (const ActivityRecord &record : std::as_const(*records))
        list.append(recordJson(record));
    return {200,
        QJsonObject {{QStringLiteral("agent_id"), agent->id}, {QStringLiteral("total"), *total},
            {QStringLiteral("offset"), offset}, {QStringLiteral("records"), list}}};
}

} // namespace Ledgerdesk
