#pragma once

#include "commands/commandexecutor.h"
#include "commands/processor.h"
#include "engine/bookeffects.h"
#include "intake/webhookserver.h"
#include "settings/settingdefinition.h"
#include "storage/bookcheck.h"
#include "storage/connectionkeeper.h"

#include <QObject>

#include <memory>

namespace Ledgerdesk {

class Database;
class Notifier;
class Settings;

// One book's moving parts, wired once for every front end (the window, `process`, `serve`, the
// benchmarks and the tests): the executor with every area's message types, the processor that drains
// the queue through it, the notifier that sends what the outbox holds (woken after each batch that
// applied something), and on request the webhook intake (which wakes the processor on each
// transaction). It is also where the areas' declarations meet: message types, settings and the
// invariants `verify` checks. Nothing runs until start() or serve(). Lives on the thread of its
// Database, which it does not own.
class Engine : public QObject
{
    Q_OBJECT

public:
    explicit Engine(Database &db, QObject *parent = nullptr);
    ~Engine() override;

    // Every area's declarations.
    static QList<MessageType> messageTypes();
    static SettingsRegistry settings();
    static QList<BookCheck> bookChecks();

    Database &db() const { return m_db; }
    // Says when the book cannot be reached and reconnects; the processor and the webhook intake
    // follow it.
    ConnectionKeeper &connection() { return m_connection; }
    CommandExecutor &executor() { return m_executor; }
    Processor &processor() { return m_processor; }
    // The notifier with the production transports, created on first use.
    Notifier &notifier();

    // Starts the processor and the notifier.
    void start();
    // Receives transactions on `endpoint` with the signature secret of `settings`; returns the port.
    Result<quint16> serve(const WebhookServer::Endpoint &endpoint, Settings &settings);
    // The webhook intake once serve() succeeded, else nullptr.
    WebhookServer *webhook() const { return m_webhook.get(); }

private:
    Database &m_db;
    ConnectionKeeper m_connection;
    BookEffects m_effects;
    CommandExecutor m_executor;
    Processor m_processor;
    std::unique_ptr<Notifier> m_notifier;
    std::unique_ptr<WebhookServer> m_webhook;
};

} // namespace Ledgerdesk
