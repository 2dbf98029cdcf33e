#include "activitypage.h"
#include "agents/agentrepository.h"
#include "banner.h"
#include "commands/commandgateway.h"
#include "commands/processor.h"
#include "ingestpage.h"
#include "loanspage.h"
#include "mainwindow.h"
#include "models/activitymodel.h"
#include "models/deadlettermodel.h"
#include "models/registermodel.h"
#include "optimiserpage.h"
#include "outboxpage.h"
#include "paymentspage.h"
#include "placeholderpage.h"
#include "queuepage.h"
#include "savingspage.h"
#include "storage/connectionkeeper.h"
#include "walletspage.h"
#include "widgettest.h"

#include <QComboBox>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableView>

using namespace Ledgerdesk;
using namespace Ledgerdesk::Test;

// The window over a real book: commands sent through the gateway show their outcome in the banner
// and in the pages, areas not built yet say so, and a read-only book disables every write.
class TestMainWindow : public QObject
{
    Q_OBJECT

public:
    explicit TestMainWindow(TestBooks &books)
        : m_books(books)
    { }

private:
    TestBooks &m_books;

private Q_SLOTS:
    void deposit_showsTheNewBalanceInTheBannerAndTheRegister()
    {
        LD_OPEN_BOOKS(books, m_books);
        const QString client = books->createClient(QStringLiteral("Ada"), QStringLiteral("Lovelace")).value();
        const QString wallet = books->openWallet(client).value();
        const Agent agent = AgentRepository(books->db()).find(Books::agent).value();
        Processor processor(books->db(), books->executor());
        CommandGateway gateway(books->db(), processor, agent.id);
        MainWindow window(books->db(), &gateway, agent, {});
        window.show();
        auto *registerView = window.findChild<QTableView *>(QStringLiteral("register"));
        QCOMPARE(window.walletsPage()->currentWalletId(), wallet);
        QCOMPARE(registerView->model()->rowCount(), 0);

        gateway.submit(QStringLiteral("DEPOSIT"),
            {{QStringLiteral("wallet_id"), wallet}, {QStringLiteral("amount"), QStringLiteral("1000.00")}});

        LD_VERIFY_OK(processor.drainAll());
        QCOMPARE(window.banner()->level(), Banner::Level::Success);
        QVERIFY2(window.banner()->text().contains(QStringLiteral("New balance: $1,000.00")), qPrintable(window.banner()->text()));
        QCOMPARE(registerView->model()->rowCount(), 1);
        QCOMPARE(window.walletsPage()->currentWalletId(), wallet);

        gateway.submit(QStringLiteral("WITHDRAW"),
            {{QStringLiteral("wallet_id"), wallet}, {QStringLiteral("amount"), QStringLiteral("1500.00")}});

        LD_VERIFY_OK(processor.drainAll());
        QCOMPARE(window.banner()->level(), Banner::Level::Error);
        QVERIFY2(window.banner()->text().startsWith(QStringLiteral("Insufficient funds")), qPrintable(window.banner()->text()));
        QCOMPARE(registerView->model()->rowCount(), 1);
        QCOMPARE(books->walletBalance(wallet), 100000);
    }

    void lostConnection_isShownUntilItIsBack()
    {
        LD_OPEN_BOOKS(books, m_books);
        const Agent agent = AgentRepository(books->db()).find(Books::agent).value();
        CommandGateway gateway(books->db(), books->engine().processor(), agent.id);
        MainWindow window(books->db(), &gateway, agent, {});
        ConnectionKeeper &keeper = books->engine().connection();
        window.followConnection(keeper);

        // What the keeper says when a PostgreSQL server goes away (tst_serverrestart provokes it for real).
        Q_EMIT keeper.unreachable(QStringLiteral("The database server cannot be reached; reconnecting."));
        QCOMPARE(window.banner()->level(), Banner::Level::Error);
        QVERIFY(window.banner()->text().contains(QStringLiteral("cannot be reached")));
        Q_EMIT keeper.reconnected();
        QCOMPARE(window.banner()->level(), Banner::Level::Success);
        QVERIFY2(window.banner()->text().contains(QStringLiteral("back")), qPrintable(window.banner()->text()));
    }

    void choosingAClient_recordsThatTheProfileWasRead()
    {
        LD_OPEN_BOOKS(books, m_books);
        (void)books->createClient(QStringLiteral("Ada"), QStringLiteral("Lovelace"));
        const QString grace = books->createClient(QStringLiteral("Grace"), QStringLiteral("Hopper")).value();
        const Agent agent = AgentRepository(books->db()).find(Books::agent).value();
        Processor processor(books->db(), books->executor());
        CommandGateway gateway(books->db(), processor, agent.id);
        MainWindow window(books->db(), &gateway, agent, {});
        window.show();
        const auto reads = [&books]() {
            return books->scalar(QStringLiteral("SELECT COUNT(*) FROM activity_records WHERE action = 'Read|Client'")).toInt();
        };
        QCOMPARE(reads(), 0); // showing the first client on start is not a look-up

        auto *clients = window.findChild<QTableView *>(QStringLiteral("clients"));
        const int graceRow = 0; // sorted by last name: Hopper before Lovelace
        QCOMPARE(clients->model()->index(graceRow, 0).data(Qt::UserRole + 1).toString(), grace);
        clients->setCurrentIndex(clients->model()->index(1, 0));
        clients->setCurrentIndex(clients->model()->index(graceRow, 0));
        QCOMPARE(reads(), 0); // queued, not applied yet
        LD_VERIFY_OK(processor.drainAll());
        QCOMPARE(reads(), 2);
        QCOMPARE(
            books->scalar(QStringLiteral("SELECT client_id FROM activity_records WHERE action = 'Read|Client' ORDER BY id DESC"))
                .toString(),
            grace);
    }

    void reversal_isOfferedToSupervisorsOnlyAndUndoesTheEntry()
    {
        LD_OPEN_BOOKS(books, m_books);
        const QString client = books->createClient(QStringLiteral("Ada"), QStringLiteral("Lovelace")).value();
        const QString wallet = books->openWallet(client).value();
        (void)books->deposit(wallet, QStringLiteral("250.00"));
        for (const QString &agentId : {Books::agent, Books::supervisor}) {
            const Agent agent = AgentRepository(books->db()).find(agentId).value();
            Processor processor(books->db(), books->executor());
            CommandGateway gateway(books->db(), processor, agent.id);
            MainWindow window(books->db(), &gateway, agent, {});
            auto *registerView = window.findChild<QTableView *>(QStringLiteral("register"));
            auto *reverse = window.findChild<QPushButton *>(QStringLiteral("reverse"));
            QVERIFY(!reverse->isEnabled());
            registerView->setCurrentIndex(registerView->model()->index(0, 0));
            QCOMPARE(reverse->isEnabled(), agent.isSupervisor());
            if (!agent.isSupervisor())
                continue;
            const QString entryId = registerView->currentIndex().data(RegisterModel::EntryIdRole).toString();
            gateway.submit(QStringLiteral("ENTRY_REVERSE"),
                {{QStringLiteral("entry_id"), entryId}, {QStringLiteral("reason"), QStringLiteral("Keyed twice")}});
            LD_VERIFY_OK(processor.drainAll());
            QVERIFY2(window.banner()->level() == Banner::Level::Success, qPrintable(window.banner()->text()));
            QCOMPARE(registerView->model()->rowCount(), 2);
            QCOMPARE(
                registerView->model()->index(0, 0).data(RegisterModel::EntryKindRole).toString(), QStringLiteral("REVERSAL"));
            QCOMPARE(books->walletBalance(wallet), 0);
            registerView->setCurrentIndex(registerView->model()->index(0, 0));
            QVERIFY(!reverse->isEnabled()); // a reversal is not reversed again
        }
    }

    void areasNotBuiltYet_sayItAndShowNoData()
    {
        LD_OPEN_BOOKS(books, m_books);
        const Agent agent = AgentRepository(books->db()).find(Books::supervisor).value();
        Processor processor(books->db(), books->executor());
        CommandGateway gateway(books->db(), processor, agent.id);
        MainWindow window(books->db(), &gateway, agent, {});
        QCOMPARE(MainWindow::areaNames(),
            QStringList({QStringLiteral("wallets"), QStringLiteral("activity"), QStringLiteral("loans"),
                QStringLiteral("payments"), QStringLiteral("savings"), QStringLiteral("optimiser"), QStringLiteral("queue"),
                QStringLiteral("outbox"), QStringLiteral("ingest"), QStringLiteral("reports")}));
        auto *pages = window.findChild<QStackedWidget *>();
        QVERIFY(window.showArea(QStringLiteral("reports")));
        QVERIFY(qobject_cast<PlaceholderPage *>(pages->currentWidget()));
        QVERIFY(window.showArea(QStringLiteral("loans")));
        QCOMPARE(pages->currentWidget(), window.loansPage());
        QVERIFY(window.showArea(QStringLiteral("payments")));
        QCOMPARE(pages->currentWidget(), window.paymentsPage());
        QVERIFY(window.showArea(QStringLiteral("savings")));
        QCOMPARE(pages->currentWidget(), window.savingsPage());
        QVERIFY(window.showArea(QStringLiteral("activity")));
        QCOMPARE(pages->currentWidget(), window.activityPage());
        QVERIFY(!window.showArea(QStringLiteral("nowhere")));
    }

    void optimiser_pullsInTheBooksApprovedLoans()
    {
        LD_OPEN_BOOKS(books, m_books);
        LD_VERIFY_OK(books->addAgent(QStringLiteral("supervisor-sue"), Role::Supervisor));
        const QString wallet
            = books->openWallet(books->createClient(QStringLiteral("Ada"), QStringLiteral("Lovelace")).value()).value();
        const Agent agent = AgentRepository(books->db()).find(Books::supervisor).value();
        Processor processor(books->db(), books->executor());
        CommandGateway gateway(books->db(), processor, agent.id);
        MainWindow window(books->db(), &gateway, agent, {});
        QVERIFY(!window.optimiserPage()->addApprovedLoans());
        QVERIFY2(
            window.banner()->text().contains(QStringLiteral("no approved loans in USD")), qPrintable(window.banner()->text()));

        LD_VERIFY_OK(books->apply(QStringLiteral("LOAN_APPLY"),
            {{QStringLiteral("loan_id"), QStringLiteral("L1")}, {QStringLiteral("wallet_id"), wallet},
                {QStringLiteral("amount"), QStringLiteral("2400.00")}, {QStringLiteral("term_months"), 24}}));
        LD_VERIFY_OK(books->apply(QStringLiteral("LOAN_APPROVE"), {{QStringLiteral("loan_id"), QStringLiteral("L1")}},
            QStringLiteral("supervisor-sue")));
        LD_VERIFY_OK(processor.drainAll());
        QVERIFY(window.optimiserPage()->addApprovedLoans());
        QVERIFY(!window.optimiserPage()->plans().isEmpty());
        bool found = false;
        for (const DebtOutcome &debt : window.optimiserPage()->plans().constFirst().debts)
            found = found || (debt.name == QLatin1String("L1 (Ada Lovelace)") && debt.openingBalanceMinor == 240000);
        QVERIFY(found);
    }

    void queueArea_showsTheQueueTheNotificationsAndTheIncomingTransactionsAsTabs()
    {
        LD_OPEN_BOOKS(books, m_books);
        const Agent agent = AgentRepository(books->db()).find(Books::supervisor).value();
        Processor processor(books->db(), books->executor());
        CommandGateway gateway(books->db(), processor, agent.id);
        MainWindow window(books->db(), &gateway, agent, {});
        auto *pages = window.findChild<QStackedWidget *>();
        auto *sidebar = window.findChild<QListWidget *>(QStringLiteral("sidebar"));
        QCOMPARE(sidebar->count(), 8); // the tabs are not areas of their own
        QTabWidget *tabs = window.queueTabs();
        QCOMPARE(tabs->count(), 3);
        QCOMPARE(tabs->tabText(0), QStringLiteral("Queue"));
        QCOMPARE(tabs->tabText(1), QStringLiteral("Notifications"));
        QCOMPARE(tabs->tabText(2), QStringLiteral("Incoming transactions"));

        const std::pair<QString, QWidget *> shown[] = {{QStringLiteral("outbox"), window.outboxPage()},
            {QStringLiteral("ingest"), window.ingestPage()}, {QStringLiteral("queue"), window.queuePage()}};
        for (const auto &[area, page] : shown) {
            QVERIFY(window.showArea(QStringLiteral("wallets")));
            QVERIFY(window.showArea(area));
            QCOMPARE(pages->currentWidget(), tabs);
            QCOMPARE(sidebar->currentItem()->data(Qt::UserRole).toString(), QStringLiteral("queue"));
            QVERIFY2(tabs->currentWidget() == page, qPrintable(area));
        }
    }

    void readOnlyBook_disablesEveryWriteAndSaysSo()
    {
        LD_OPEN_BOOKS(books, m_books);
        const QString client = books->createClient(QStringLiteral("Ada"), QStringLiteral("Lovelace")).value();
        (void)books->openWallet(client);
        const Agent agent = AgentRepository(books->db()).find(Books::supervisor).value();
        MainWindow window(books->db(), nullptr, agent, {});
        QCOMPARE(window.banner()->level(), Banner::Level::ReadOnly);
        QVERIFY(window.banner()->text().contains(QStringLiteral("read-only")));
        const QList<QPushButton *> buttons = window.walletsPage()->findChildren<QPushButton *>();
        QVERIFY(!buttons.isEmpty());
        for (QPushButton *button : buttons)
            QVERIFY2(!button->isEnabled(), qPrintable(button->text()));
        QVERIFY(!window.outboxPage()->findChild<QPushButton *>(QStringLiteral("resend"))->isEnabled());
    }

    void activityPage_filtersByAgentAndPages()
    {
        LD_OPEN_BOOKS(books, m_books);
        for (int i = 0; i < 60; ++i)
            (void)books->createClient(
                QStringLiteral("Client"), QStringLiteral("Number%1").arg(i), i % 2 ? Books::agent : Books::supervisor);
        const Agent agent = AgentRepository(books->db()).find(Books::supervisor).value();
        Processor processor(books->db(), books->executor());
        CommandGateway gateway(books->db(), processor, agent.id);
        MainWindow window(books->db(), &gateway, agent, {});
        ActivityModel *model = window.activityPage()->model();
        QCOMPARE(model->totalCount(), 60);
        QCOMPARE(model->rowCount(), 50);
        QCOMPARE(model->pageCount(), 2);
        model->setPage(1);
        QCOMPARE(model->rowCount(), 10);

        auto *agentFilter = window.activityPage()->findChild<QComboBox *>(QStringLiteral("agent"));
        agentFilter->setCurrentIndex(agentFilter->findData(Books::agent));
        QCOMPARE(model->totalCount(), 30);
        QCOMPARE(model->page(), 0);
        for (int row = 0; row < model->rowCount(); ++row)
            QCOMPARE(model->index(row, 0).data(ActivityModel::AgentIdRole).toString(), Books::agent);
    }

    void deadLetters_areDecidedBySupervisorsOnly_throughTheQueue()
    {
        LD_OPEN_BOOKS(books, m_books);
        const QString client = books->createClient(QStringLiteral("Ada"), QStringLiteral("Lovelace")).value();
        Processor processor(books->db(), books->executor());
        CommandGateway agentDesk(books->db(), processor, Books::agent);
        CommandGateway supervisorDesk(books->db(), processor, Books::supervisor);
        // A deposit into a wallet that is opened only later dies at once.
        agentDesk.submit(QStringLiteral("DEPOSIT"),
            {{QStringLiteral("wallet_id"), QStringLiteral("W-LATER")}, {QStringLiteral("amount"), QStringLiteral("5.00")}});
        LD_VERIFY_OK(processor.drainAll());
        QCOMPARE(books->count(QStringLiteral("dead_letters")), qint64(1));
        const QString letter = books->scalar(QStringLiteral("SELECT id FROM dead_letters")).toString();

        const auto buttonOf = [](QueuePage &page, const QString &text) {
            for (QPushButton *button : page.findChildren<QPushButton *>()) {
                if (button->text() == text)
                    return button;
            }
            return static_cast<QPushButton *>(nullptr);
        };
        QueuePage agentPage(books->db(), &agentDesk, false);
        auto *agentLetters = agentPage.findChild<QTableView *>(QStringLiteral("deadLetters"));
        agentLetters->setCurrentIndex(agentLetters->model()->index(0, 0));
        QVERIFY(!buttonOf(agentPage, QStringLiteral("Redrive"))->isEnabled());
        QVERIFY(!buttonOf(agentPage, QStringLiteral("Discard"))->isEnabled());

        // The button is only a hint: the handler refuses the agent's message and records who tried.
        QSignalSpy refused(&agentDesk, &CommandGateway::failed);
        agentDesk.submit(QStringLiteral("DEAD_LETTER_REDRIVE"), {{QStringLiteral("message_id"), letter}});
        LD_VERIFY_OK(processor.drainAll());
        QCOMPARE(refused.count(), 1);
        QVERIFY2(refused.first().at(2).toString().contains(QStringLiteral("Only a supervisor")),
            qPrintable(refused.first().at(2).toString()));
        QCOMPARE(
            books->scalar(QStringLiteral("SELECT agent_id FROM activity_records WHERE action = 'Refuse|Message'")).toString(),
            Books::agent);
        QVERIFY(books->scalar(QStringLiteral("SELECT 1 FROM dead_letters WHERE id = ?"), {letter}).isValid());

        LD_VERIFY_OK(books->apply(QStringLiteral("WALLET_OPEN"),
            {{QStringLiteral("wallet_id"), QStringLiteral("W-LATER")}, {QStringLiteral("client_id"), client},
                {QStringLiteral("currency"), QStringLiteral("USD")}}));
        QueuePage supervisorPage(books->db(), &supervisorDesk, true);
        auto *letters = supervisorPage.findChild<QTableView *>(QStringLiteral("deadLetters"));
        int row = -1;
        for (int i = 0; i < letters->model()->rowCount(); ++i) {
            if (letters->model()->index(i, 0).data(DeadLetterModel::MessageIdRole).toString() == letter)
                row = i;
        }
        QVERIFY(row >= 0);
        letters->setCurrentIndex(letters->model()->index(row, 0));
        QPushButton *redrive = buttonOf(supervisorPage, QStringLiteral("Redrive"));
        QVERIFY(redrive->isEnabled());
        redrive->click();
        LD_VERIFY_OK(processor.drainAll()); // the decision, then the redriven deposit
        LD_VERIFY_OK(processor.drainAll());
        QVERIFY(!books->scalar(QStringLiteral("SELECT 1 FROM dead_letters WHERE id = ?"), {letter}).isValid());
        QCOMPARE(books->walletBalance(QStringLiteral("W-LATER")), qint64(500));
        QCOMPARE(
            books->scalar(QStringLiteral("SELECT agent_id FROM activity_records WHERE action = 'Redrive|Message'")).toString(),
            Books::supervisor);
    }
};

LEDGERDESK_WIDGET_TEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
