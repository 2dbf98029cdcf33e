#include "engine.h"

#include "activity/activitymessages.h"
#include "administration/administrationmessages.h"
#include "clients/clientmessages.h"
#include "commands/queuemessages.h"
#include "intake/intakemessages.h"
#include "intake/intakesettings.h"
#include "ledger/journal.h"
#include "ledger/ledgermessages.h"
#include "loans/loanmessages.h"
#include "loans/loanrepository.h"
#include "loans/loansettings.h"
#include "notify/notifier.h"
#include "notify/notifymessages.h"
#include "notify/notifysettings.h"
#include "payments/paymentmessages.h"
#include "payments/paymentrepository.h"
#include "savings/savingsmessages.h"
#include "savings/savingsrepository.h"
#include "settings/settings.h"

namespace Ledgerdesk {

Engine::Engine(Database &db, QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_connection(db)
    , m_executor(db, m_effects)
    , m_processor(db, m_executor)
{
    m_executor.registerTypes(messageTypes());
    m_processor.setConnectionKeeper(&m_connection);
}

Engine::~Engine() = default;

QList<MessageType> Engine::messageTypes()
{
    // Each product area says what of a client's is still open, so clients/ need not know them.
    const QList<ClientMessages::ClosingCheck> closingChecks {
        LoanRepository::closingBlockers, PaymentRepository::closingBlockers, SavingsRepository::closingBlockers};
    return QueueMessages::types() + ActivityMessages::types() + AdministrationMessages::types(settings())
        + ClientMessages::types(closingChecks) + LedgerMessages::types() + LoanMessages::types() + PaymentMessages::types()
        + SavingsMessages::types() + IntakeMessages::types() + NotifyMessages::types();
}

SettingsRegistry Engine::settings()
{
    SettingsRegistry registry;
    registry.add(NotifySettings::all());
    registry.add(IntakeSettings::all());
    registry.add(LoanSettings::all());
    return registry;
}

QList<BookCheck> Engine::bookChecks()
{
    return Journal::checks() + LoanRepository::checks() + PaymentRepository::checks() + SavingsRepository::checks();
}

Notifier &Engine::notifier()
{
    if (!m_notifier) {
        m_notifier = std::make_unique<Notifier>(m_db, Settings(m_db));
        // Applied messages may have written notifications: send them soon, not at the next poll.
        connect(&m_processor, &Processor::batchFinished, m_notifier.get(),
            [notifier = m_notifier.get()](const Processor::Report &report) {
                if (report.applied > 0)
                    notifier->wake();
            });
        // A round that failed may have lost the connection while the processor had nothing to do.
        connect(m_notifier.get(), &Notifier::roundFinished, &m_connection, [this](const NotifierRound &round) {
            if (!round.error.isEmpty())
                m_connection.checkAfterFailure();
        });
    }
    return *m_notifier;
}

void Engine::start()
{
    m_processor.start();
    notifier().start();
}

Result<quint16> Engine::serve(const WebhookServer::Endpoint &endpoint, Settings &settings)
{
    auto server = std::make_unique<WebhookServer>(m_db);
    server->setConnectionKeeper(&m_connection);
    if (auto ok = server->loadSecret(settings); !ok)
        return ok.error();
    auto port = server->listen(endpoint);
    if (!port)
        return port;
    connect(server.get(), &WebhookServer::enqueued, &m_processor, &Processor::wake);
    m_webhook = std::move(server);
    return port;
}

} // namespace Ledgerdesk
