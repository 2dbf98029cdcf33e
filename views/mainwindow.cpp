#include "mainwindow.h"

#include "activitypage.h"
#include "banner.h"
#include "clients/clientmessages.h"
#include "commands/commandgateway.h"
#include "commands/processor.h"
#include "ingestpage.h"
#include "loans/loandebts.h"
#include "loanspage.h"
#include "optimiserpage.h"
#include "outboxpage.h"
#include "paymentspage.h"
#include "placeholderpage.h"
#include "queuepage.h"
#include "savingspage.h"
#include "storage/connectionkeeper.h"
#include "storage/database.h"
#include "walletspage.h"

#include <QApplication>
#include <QFileInfo>
#include <QJsonObject>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QStackedWidget>
#include <QStatusBar>
#include <QStyle>
#include <QTabWidget>
#include <QVBoxLayout>

namespace Ledgerdesk {

namespace {

struct Area
{
    const char *name;
    const char *title;
    QStyle::StandardPixmap icon;
    const char *description; // for areas still to come
};

const Area areas[] = {
    {"wallets", QT_TRANSLATE_NOOP("Ledgerdesk::MainWindow", "Wallets"), QStyle::SP_DirHomeIcon, nullptr},
    {"activity", QT_TRANSLATE_NOOP("Ledgerdesk::MainWindow", "Clients & activity"), QStyle::SP_FileDialogDetailedView, nullptr},
    {"loans", QT_TRANSLATE_NOOP("Ledgerdesk::MainWindow", "Loans"), QStyle::SP_DialogApplyButton, nullptr},
    {"payments", QT_TRANSLATE_NOOP("Ledgerdesk::MainWindow", "Payments"), QStyle::SP_ArrowForward, nullptr},
    {"savings", QT_TRANSLATE_NOOP("Ledgerdesk::MainWindow", "Savings"), QStyle::SP_DriveHDIcon, nullptr},
    {"optimiser", QT_TRANSLATE_NOOP("Ledgerdesk::MainWindow", "Debt optimiser"), QStyle::SP_FileDialogContentsView, nullptr},
    {"queue", QT_TRANSLATE_NOOP("Ledgerdesk::MainWindow", "Queue"), QStyle::SP_BrowserReload, nullptr},
    {"reports", QT_TRANSLATE_NOOP("Ledgerdesk::MainWindow", "Reports"), QStyle::SP_FileIcon,
        QT_TRANSLATE_NOOP("Ledgerdesk::MainWindow", "Reports for people (PDF) and machines (CSV, JSON, ledger journal).")},
};

// The tabs of the queue area, by their command-line names, in tab order.
const char *const queueTabNames[] = {"queue", "outbox", "ingest"};

int queueTabOf(const QString &name)
{
    for (int tab = 0; tab < int(std::size(queueTabNames)); ++tab) {
        if (name == QLatin1String(queueTabNames[tab]))
            return tab;
    }
    return -1;
}

int rowOfArea(const QString &name)
{
    for (int row = 0; row < int(std::size(areas)); ++row) {
        if (name == QLatin1String(areas[row].name))
            return row;
    }
    return -1;
}

} // namespace

MainWindow::MainWindow(Database &db, CommandGateway *gateway, const Agent &agent, Options options, QWidget *parent)
    : QMainWindow(parent)
    , m_db(db)
    , m_gateway(gateway)
    , m_sidebar(new QListWidget(this))
    , m_pages(new QStackedWidget(this))
    , m_banner(new Banner(this))
{
    setWindowTitle(tr("Ledgerdesk"));
    m_sidebar->setObjectName(QStringLiteral("sidebar"));
    m_sidebar->setIconSize(QSize(20, 20));
    m_sidebar->setSpacing(2);
    m_sidebar->setFixedWidth(190);

    m_wallets = new WalletsPage(db, gateway, agent.isSupervisor(), this);
    m_activity = new ActivityPage(db, gateway, agent.isSupervisor(), this);
    m_loans = new LoansPage(db, gateway, agent, this);
    m_payments = new PaymentsPage(db, gateway, this);
    m_savings = new SavingsPage(db, gateway, this);
    const auto showProblem = [this](const QString &sentence) { m_banner->show(Banner::Level::Error, sentence); };
    connect(m_loans, &LoansPage::problem, this, showProblem);
    connect(m_payments, &PaymentsPage::problem, this, showProblem);
    connect(m_savings, &SavingsPage::problem, this, showProblem);
    connect(m_payments, &PaymentsPage::outcome, this, [this](bool succeeded, const QString &sentence) {
        m_banner->show(succeeded ? Banner::Level::Success : Banner::Level::Error, sentence);
    });
    m_optimiser = new OptimiserPage(this);
    m_optimiser->setLoanSource([&db](const QString &currency) { return approvedLoansAsDebts(db, currency); });
    connect(m_optimiser, &OptimiserPage::notice, this,
        [this](const QString &sentence) { m_banner->show(Banner::Level::Info, sentence); });
    m_queueTabs = new QTabWidget(this);
    m_queueTabs->setObjectName(QStringLiteral("queueTabs"));
    m_queueTabs->setDocumentMode(true);
    m_queue = new QueuePage(db, gateway, agent.isSupervisor(), m_queueTabs);
    m_outbox = new OutboxPage(db, gateway, m_queueTabs);
    m_ingest = new IngestPage(db, gateway, m_queueTabs);
    m_queueTabs->addTab(m_queue, tr("Queue"));
    m_queueTabs->addTab(m_outbox, tr("Notifications"));
    m_queueTabs->addTab(m_ingest, tr("Incoming transactions"));
    for (const Area &area : areas) {
        auto *item = new QListWidgetItem(style()->standardIcon(area.icon), tr(area.title), m_sidebar);
        item->setData(Qt::UserRole, QString::fromLatin1(area.name));
        QWidget *page = nullptr;
        if (qstrcmp(area.name, "wallets") == 0)
            page = m_wallets;
        else if (qstrcmp(area.name, "activity") == 0)
            page = m_activity;
        else if (qstrcmp(area.name, "loans") == 0)
            page = m_loans;
        else if (qstrcmp(area.name, "payments") == 0)
            page = m_payments;
        else if (qstrcmp(area.name, "savings") == 0)
            page = m_savings;
        else if (qstrcmp(area.name, "queue") == 0)
            page = m_queueTabs;
        else if (qstrcmp(area.name, "optimiser") == 0)
            page = m_optimiser;
        else
            page = new PlaceholderPage(tr(area.title), tr(area.description), this);
        m_pages->addWidget(page);
    }
    connect(m_sidebar, &QListWidget::currentRowChanged, m_pages, &QStackedWidget::setCurrentIndex);
    m_sidebar->setCurrentRow(0);

    auto *content = new QWidget(this);
    auto *contentLayout = new QVBoxLayout(content);
    contentLayout->setContentsMargins(6, 6, 6, 0);
    contentLayout->addWidget(m_banner);
    contentLayout->addWidget(m_pages, 1);
    auto *central = new QWidget(this);
    auto *layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_sidebar);
    layout->addWidget(content, 1);
    setCentralWidget(central);

    auto *fileMenu = menuBar()->addMenu(tr("&File"));
    fileMenu->addAction(tr("&Quit"), QKeySequence::Quit, this, &QWidget::close);
    auto *helpMenu = menuBar()->addMenu(tr("&Help"));
    helpMenu->addAction(tr("&About Ledgerdesk"), this, [this]() {
        QMessageBox::about(this, tr("About Ledgerdesk"),
            tr("<b>Ledgerdesk %1</b><p>A double-entry ledger for bank agents.</p>").arg(QApplication::applicationVersion()));
    });

    const QString where = db.dialect() == Database::Dialect::Sqlite ? QFileInfo(db.location()).fileName() : db.displayLocation();
    statusBar()->addWidget(new QLabel(tr("Signed in as %1 (%2)").arg(agent.displayName, roleName(agent.role)), this));
    statusBar()->addPermanentWidget(new QLabel(where, this));

    if (!gateway) {
        m_banner->show(
            Banner::Level::ReadOnly, tr("This book is open read-only: you can look at everything, but nothing can be changed."));
    } else {
        connect(gateway, &CommandGateway::applied, this,
            [this, gateway](const QString &, const QString &type, const QJsonObject &result) {
                if (const QString sentence = gateway->outcome(type, result); !sentence.isEmpty())
                    m_banner->show(Banner::Level::Success, sentence);
            });
        connect(gateway, &CommandGateway::submitted, this, [this, gateway](const QString &, const QString &type) {
            if (!gateway->reportsOutcome(type))
                return;
            m_banner->show(Banner::Level::Info,
                gateway->processor().isPaused() ? tr("Sent. The processor is paused: it is applied once you resume it.")
                                                : tr("Sent. Waiting for the processor to apply it…"));
        });
        connect(gateway, &CommandGateway::failed, this,
            [this](const QString &, const QString &, const QString &message) { m_banner->show(Banner::Level::Error, message); });
        if (options.recordProfileReads) {
            connect(m_wallets, &WalletsPage::clientOpened, gateway, [gateway](const QString &clientId) {
                gateway->submit(ClientMessages::read, {{QStringLiteral("client_id"), clientId}});
            });
        }
    }
    resize(1280, 800);
}

void MainWindow::followConnection(ConnectionKeeper &keeper)
{
    connect(&keeper, &ConnectionKeeper::unreachable, this,
        [this](const QString &reason) { m_banner->show(Banner::Level::Error, reason); });
    connect(&keeper, &ConnectionKeeper::reconnected, this,
        [this]() { m_banner->show(Banner::Level::Success, tr("The database server is back; the desk is up to date again.")); });
}

QStringList MainWindow::areaNames()
{
    QStringList names;
    for (const Area &area : areas) {
        if (qstrcmp(area.name, "queue") == 0) {
            for (const char *tab : queueTabNames)
                names << QString::fromLatin1(tab);
        } else {
            names << QString::fromLatin1(area.name);
        }
    }
    return names;
}

bool MainWindow::showArea(const QString &name)
{
    const int tab = queueTabOf(name);
    const int row = rowOfArea(tab >= 0 ? QStringLiteral("queue") : name);
    if (row < 0)
        return false;
    m_sidebar->setCurrentRow(row);
    if (tab >= 0)
        m_queueTabs->setCurrentIndex(tab);
    return true;
}

} // namespace Ledgerdesk
