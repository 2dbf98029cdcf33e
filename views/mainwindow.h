#pragma once

#include "agents/agent.h"

#include <QMainWindow>

class QListWidget;
class QStackedWidget;
class QTabWidget;

namespace Ledgerdesk {

class ActivityPage;
class Banner;
class CommandGateway;
class ConnectionKeeper;
class Database;
class IngestPage;
class LoansPage;
class OptimiserPage;
class OutboxPage;
class PaymentsPage;
class QueuePage;
class SavingsPage;
class WalletsPage;

// The one window: a sidebar of the product's areas, the current area's page, and a banner for
// outcomes. It owns its pages; the database and the gateway belong to the caller and outlive it.
// Without a gateway the book is read-only: every write action is disabled and a banner says so.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    struct Options
    {
        bool recordProfileReads = true; // off for screenshots, which must not write
    };

    MainWindow(Database &db, CommandGateway *gateway, const Agent &agent, Options options, QWidget *parent = nullptr);

    // The areas by their command-line names: wallets, activity, loans, payments, savings, optimiser, queue,
    // outbox, ingest, reports. "outbox" and "ingest" are tabs of the queue area, and "queue" its first tab.
    static QStringList areaNames();
    bool showArea(const QString &name);
    // Shows a banner while `keeper` cannot reach the book, and another when it is back.
    void followConnection(ConnectionKeeper &keeper);

    Banner *banner() const { return m_banner; }
    WalletsPage *walletsPage() const { return m_wallets; }
    ActivityPage *activityPage() const { return m_activity; }
    LoansPage *loansPage() const { return m_loans; }
    PaymentsPage *paymentsPage() const { return m_payments; }
    SavingsPage *savingsPage() const { return m_savings; }
    OptimiserPage *optimiserPage() const { return m_optimiser; }
    QTabWidget *queueTabs() const { return m_queueTabs; }
    QueuePage *queuePage() const { return m_queue; }
    OutboxPage *outboxPage() const { return m_outbox; }
    IngestPage *ingestPage() const { return m_ingest; }

private:
    Database &m_db;
    CommandGateway *m_gateway;
    QListWidget *m_sidebar;
    QStackedWidget *m_pages;
    Banner *m_banner;
    WalletsPage *m_wallets;
    ActivityPage *m_activity;
    LoansPage *m_loans;
    PaymentsPage *m_payments;
    SavingsPage *m_savings;
    OptimiserPage *m_optimiser;
    QTabWidget *m_queueTabs;
    QueuePage *m_queue;
    OutboxPage *m_outbox;
    IngestPage *m_ingest;
};

} // namespace Ledgerdesk
