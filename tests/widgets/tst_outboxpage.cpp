#include "agents/agentrepository.h"
#include "commands/commandgateway.h"
#include "commands/processor.h"
#include "models/outboxmodel.h"
#include "outboxpage.h"
#include "widgettest.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QJsonArray>
#include <QLabel>
#include <QPushButton>
#include <QSet>
#include <QTableView>

using namespace Ledgerdesk;
using namespace Ledgerdesk::Test;

namespace {

// Creates Ada Lovelace, who chose e-mail, SMS and WhatsApp, and opens her a USD wallet; returns the
// wallet. Her welcome writes three outbox rows (template client_created).
Result<QString> clientOnEveryChannel(Books &books)
{
    auto created = books.apply(QStringLiteral("CLIENT_CREATE"),
        {{QStringLiteral("first_name"), QStringLiteral("Ada")}, {QStringLiteral("last_name"), QStringLiteral("Lovelace")},
            {QStringLiteral("email"), QStringLiteral("ada@example.com")},
            {QStringLiteral("phone"), QStringLiteral("+14155550123")},
            {QStringLiteral("channels"),
                QJsonArray {QStringLiteral("email"), QStringLiteral("sms"), QStringLiteral("whatsapp")}}});
    if (!created)
        return created.error();
    return books.openWallet(created->value(QStringLiteral("client_id")).toString());
}

// The statuses a model shows on its current page.
QSet<OutboxStatus> statusesShown(const OutboxModel &model)
{
    QSet<OutboxStatus> statuses;
    for (int row = 0; row < model.rowCount(); ++row)
        statuses.insert(model.index(row, 0).data(OutboxModel::StatusRole).value<OutboxStatus>());
    return statuses;
}

} // namespace

// The notifications tab over a real book whose outbox rows were written by the real handlers: what
// each row shows, the status filter and its counts, paging, refreshing, and resending a dead one.
class TestOutboxPage : public QObject
{
    Q_OBJECT

public:
    explicit TestOutboxPage(TestBooks &books)
        : m_books(books)
    { }

private:
    TestBooks &m_books;

private Q_SLOTS:
    void notifications_showEveryChannelNewestFirstWithTheirCounts()
    {
        LD_OPEN_BOOKS(books, m_books);
        auto wallet = clientOnEveryChannel(*books);
        LD_VERIFY_OK(wallet);
        LD_VERIFY_OK(books->deposit(*wallet, QStringLiteral("125.00")));
        QCOMPARE(books->count(QStringLiteral("outbox")), 6);

        OutboxPage page(books->db(), nullptr);
        QAbstractItemModelTester tester(page.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        OutboxModel *model = page.model();
        QCOMPARE(model->rowCount(), 6);
        QCOMPARE(model->columnCount(), int(OutboxModel::ColumnCount));
        QSet<OutboxChannel> depositChannels;
        for (int row = 0; row < 3; ++row) {
            QCOMPARE(model->index(row, OutboxModel::TemplateColumn).data().toString(), QStringLiteral("deposit"));
            depositChannels.insert(model->index(row, 0).data(OutboxModel::ChannelRole).value<OutboxChannel>());
        }
        QCOMPARE(depositChannels, QSet<OutboxChannel>({OutboxChannel::Email, OutboxChannel::Sms, OutboxChannel::WhatsApp}));
        for (int row = 3; row < 6; ++row)
            QCOMPARE(model->index(row, OutboxModel::TemplateColumn).data().toString(), QStringLiteral("client_created"));
        for (int row = 0; row < 6; ++row) {
            const QModelIndex first = model->index(row, 0);
            const bool email = first.data(OutboxModel::ChannelRole).value<OutboxChannel>() == OutboxChannel::Email;
            QCOMPARE(model->index(row, OutboxModel::RecipientColumn).data().toString(),
                email ? QStringLiteral("ada@example.com") : QStringLiteral("+14155550123"));
            QCOMPARE(model->index(row, OutboxModel::StatusColumn).data().toString(), QStringLiteral("Pending"));
            QCOMPARE(first.data(OutboxModel::AttemptsRole).toInt(), 0);
            QCOMPARE(first.data(OutboxModel::SentAtMsRole).toLongLong(), 0);
            QVERIFY(first.data(OutboxModel::CreatedAtMsRole).toLongLong() > 0);
            QVERIFY(!model->index(row, OutboxModel::CreatedColumn).data().toString().isEmpty());
        }
        QCOMPARE(model->counts().pending, 6);
        const QString summary = page.findChild<QLabel *>(QStringLiteral("summary"))->text();
        QVERIFY2(summary.contains(QStringLiteral("Pending <b>6</b>")) && summary.contains(QStringLiteral("dead <b>0</b>")),
            qPrintable(summary));
        QCOMPARE(
            page.findChild<QLabel *>(QStringLiteral("pageLabel"))->text(), QStringLiteral("Page 1 of 1 · 6 notification(s)"));
    }

    void statusFilter_showsOnlyThatStatusAndTheCountsOfAll()
    {
        LD_OPEN_BOOKS(books, m_books);
        auto wallet = clientOnEveryChannel(*books);
        LD_VERIFY_OK(wallet);
        LD_VERIFY_OK(books->deposit(*wallet, QStringLiteral("125.00")));
        LD_VERIFY_OK(books->execute(QStringLiteral("UPDATE outbox SET status = 'SENT', sent_at_ms = created_at_ms + 1000 "
                                                   "WHERE template = 'client_created'")));
        LD_VERIFY_OK(books->execute(QStringLiteral("UPDATE outbox SET status = 'DEAD', attempts = 8, last_error = ? "
                                                   "WHERE template = 'deposit' AND channel = 'whatsapp'"),
            {QStringLiteral("63016: outside the 24-hour window")}));
        LD_VERIFY_OK(books->execute(QStringLiteral("UPDATE outbox SET status = 'FAILED', attempts = 2, last_error = ? "
                                                   "WHERE template = 'deposit' AND channel = 'sms'"),
            {QStringLiteral("503 Service Unavailable")}));

        OutboxPage page(books->db(), nullptr);
        QAbstractItemModelTester tester(page.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        OutboxModel *model = page.model();
        auto *status = page.findChild<QComboBox *>(QStringLiteral("status"));
        QCOMPARE(status->count(), 5);
        QCOMPARE(model->rowCount(), 6);

        const std::tuple<QString, OutboxStatus, int> expected[]
            = {{QStringLiteral("Pending"), OutboxStatus::Pending, 1}, {QStringLiteral("Sent"), OutboxStatus::Sent, 3},
                {QStringLiteral("Retrying"), OutboxStatus::Failed, 1}, {QStringLiteral("Dead"), OutboxStatus::Dead, 1}};
        for (const auto &[label, wanted, rows] : expected) {
            status->setCurrentIndex(status->findText(label));
            QCOMPARE(model->statusFilter(), std::optional(wanted));
            QCOMPARE(model->rowCount(), rows);
            QCOMPARE(model->totalCount(), rows);
            QCOMPARE(statusesShown(*model), QSet<OutboxStatus>({wanted}));
        }
        status->setCurrentIndex(status->findText(QStringLiteral("Dead")));
        QCOMPARE(
            model->index(0, OutboxModel::LastErrorColumn).data().toString(), QStringLiteral("63016: outside the 24-hour window"));
        QCOMPARE(model->index(0, OutboxModel::AttemptsColumn).data().toInt(), 8);
        QCOMPARE(model->index(0, OutboxModel::StatusColumn).data().toString(), QStringLiteral("Dead"));
        QCOMPARE(model->index(0, OutboxModel::ChannelColumn).data().toString(), QStringLiteral("WhatsApp"));

        const QString summary = page.findChild<QLabel *>(QStringLiteral("summary"))->text();
        QCOMPARE(
            summary, QStringLiteral("Pending <b>1</b> · sent <b>3</b> · retrying <b>1</b> · dead <b>1</b> · <b>6</b> in all"));

        // A retrying row says why it waits and that it is tried again; a pending one says why it waits.
        status->setCurrentIndex(status->findText(QStringLiteral("Retrying")));
        QCOMPARE(model->index(0, OutboxModel::StatusColumn).data().toString(), QStringLiteral("Retrying"));
        QCOMPARE(model->index(0, OutboxModel::LastErrorColumn).data().toString(), QStringLiteral("503 Service Unavailable"));
        const QString retryTip = model->index(0, OutboxModel::StatusColumn).data(Qt::ToolTipRole).toString();
        QVERIFY2(retryTip.contains(QLatin1String("2 attempt(s)")) && retryTip.contains(QLatin1String("next attempt")),
            qPrintable(retryTip));
        LD_VERIFY_OK(books->execute(QStringLiteral("UPDATE outbox SET last_error = ? WHERE status = 'PENDING'"),
            {QStringLiteral("E-mail is not set up (smtp.url is empty).")}));
        status->setCurrentIndex(status->findText(QStringLiteral("Pending")));
        QCOMPARE(model->index(0, OutboxModel::LastErrorColumn).data().toString(),
            QStringLiteral("E-mail is not set up (smtp.url is empty)."));
        QCOMPARE(model->index(0, OutboxModel::StatusColumn).data(Qt::ToolTipRole).toString(),
            QStringLiteral("Waiting: E-mail is not set up (smtp.url is empty)."));

        status->setCurrentIndex(status->findText(QStringLiteral("All")));
        QCOMPARE(model->rowCount(), 6);
        QCOMPARE(statusesShown(*model).size(), 4);
    }

    void paging_walksThroughEveryNotification()
    {
        LD_OPEN_BOOKS(books, m_books);
        auto wallet = clientOnEveryChannel(*books);
        LD_VERIFY_OK(wallet);
        for (int i = 0; i < 20; ++i)
            LD_VERIFY_OK(books->deposit(*wallet, QStringLiteral("%1.00").arg(i + 1)));
        QCOMPARE(books->count(QStringLiteral("outbox")), 63);

        OutboxPage page(books->db(), nullptr);
        QAbstractItemModelTester tester(page.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        OutboxModel *model = page.model();
        auto *previous = page.findChild<QPushButton *>(QStringLiteral("previous"));
        auto *next = page.findChild<QPushButton *>(QStringLiteral("next"));
        auto *pageLabel = page.findChild<QLabel *>(QStringLiteral("pageLabel"));
        QCOMPARE(model->pageCount(), 2);
        QCOMPARE(model->rowCount(), 50);
        QVERIFY(!previous->isEnabled());
        QVERIFY(next->isEnabled());
        QCOMPARE(pageLabel->text(), QStringLiteral("Page 1 of 2 · 63 notification(s)"));

        QSet<QString> seen;
        for (int row = 0; row < model->rowCount(); ++row)
            seen.insert(model->index(row, 0).data(OutboxModel::MessageIdRole).toString());
        next->click();
        QCOMPARE(model->page(), 1);
        QCOMPARE(model->rowCount(), 13);
        QVERIFY(previous->isEnabled());
        QVERIFY(!next->isEnabled());
        QCOMPARE(pageLabel->text(), QStringLiteral("Page 2 of 2 · 63 notification(s)"));
        for (int row = 0; row < model->rowCount(); ++row)
            seen.insert(model->index(row, 0).data(OutboxModel::MessageIdRole).toString());
        QCOMPARE(seen.size(), 63);
        QCOMPARE(
            model->index(model->rowCount() - 1, OutboxModel::TemplateColumn).data().toString(), QStringLiteral("client_created"));

        previous->click();
        QCOMPARE(model->page(), 0);
        QCOMPARE(model->index(0, OutboxModel::TemplateColumn).data().toString(), QStringLiteral("deposit"));
    }

    void resend_putsADeadNotificationBackToPending()
    {
        LD_OPEN_BOOKS(books, m_books);
        auto wallet = clientOnEveryChannel(*books);
        LD_VERIFY_OK(wallet);
        LD_VERIFY_OK(books->deposit(*wallet, QStringLiteral("125.00")));
        const QString deadId
            = books->scalar(QStringLiteral("SELECT id FROM outbox WHERE template = 'deposit' AND channel = 'email'")).toString();
        QVERIFY(!deadId.isEmpty());
        LD_VERIFY_OK(
            books->execute(QStringLiteral("UPDATE outbox SET status = 'DEAD', attempts = 8, last_error = ? WHERE id = ?"),
                {QStringLiteral("550 mailbox unavailable"), deadId}));
        LD_VERIFY_OK(books->execute(
            QStringLiteral("UPDATE outbox SET status = 'SENT', sent_at_ms = created_at_ms WHERE template = 'client_created'")));
        const Agent agent = AgentRepository(books->db()).find(Books::agent).value();
        Processor processor(books->db(), books->executor());
        CommandGateway gateway(books->db(), processor, agent.id);

        OutboxPage page(books->db(), &gateway);
        QAbstractItemModelTester tester(page.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        OutboxModel *model = page.model();
        auto *table = page.findChild<QTableView *>(QStringLiteral("outbox"));
        auto *resend = page.findChild<QPushButton *>(QStringLiteral("resend"));
        QVERIFY(!resend->isEnabled()); // nothing chosen
        for (int row = 0; row < model->rowCount(); ++row) {
            table->setCurrentIndex(model->index(row, 0));
            const auto status = model->index(row, 0).data(OutboxModel::StatusRole).value<OutboxStatus>();
            QCOMPARE(resend->isEnabled(), status == OutboxStatus::Dead);
        }

        auto *status = page.findChild<QComboBox *>(QStringLiteral("status"));
        status->setCurrentIndex(status->findText(QStringLiteral("Dead")));
        QCOMPARE(model->rowCount(), 1);
        table->setCurrentIndex(model->index(0, 0));
        QCOMPARE(model->index(0, 0).data(OutboxModel::MessageIdRole).toString(), deadId);
        QVERIFY(resend->isEnabled());

        resend->click();
        // A message like every change: nothing moves until the processor applies it.
        QCOMPARE(
            books->scalar(QStringLiteral("SELECT status FROM outbox WHERE id = ?"), {deadId}).toString(), QStringLiteral("DEAD"));
        LD_VERIFY_OK(processor.drainAll());

        QCOMPARE(books->scalar(QStringLiteral("SELECT status FROM outbox WHERE id = ?"), {deadId}).toString(),
            QStringLiteral("PENDING"));
        QCOMPARE(books->scalar(QStringLiteral("SELECT agent_id FROM activity_records WHERE action = 'Resend|Notification'"))
                     .toString(),
            Books::agent);
        QCOMPARE(books->scalar(QStringLiteral("SELECT attempts FROM outbox WHERE id = ?"), {deadId}).toInt(), 8);
        QCOMPARE(model->rowCount(), 0); // no longer dead
        QCOMPARE(model->counts().dead, 0);
        QCOMPARE(model->counts().pending, 3);
        QVERIFY(!resend->isEnabled());
        status->setCurrentIndex(status->findText(QStringLiteral("Pending")));
        const int row = model->rowOf(deadId);
        QVERIFY(row >= 0);
        QCOMPARE(model->index(row, OutboxModel::StatusColumn).data().toString(), QStringLiteral("Pending"));
        table->setCurrentIndex(model->index(row, 0));
        QVERIFY(!resend->isEnabled()); // waiting to be sent: nothing to resend
    }

    void readOnlyBook_cannotResend()
    {
        LD_OPEN_BOOKS(books, m_books);
        auto wallet = clientOnEveryChannel(*books);
        LD_VERIFY_OK(wallet);
        LD_VERIFY_OK(books->execute(QStringLiteral("UPDATE outbox SET status = 'DEAD', attempts = 8")));

        OutboxPage page(books->db(), nullptr);
        auto *table = page.findChild<QTableView *>(QStringLiteral("outbox"));
        auto *resend = page.findChild<QPushButton *>(QStringLiteral("resend"));
        table->setCurrentIndex(page.model()->index(0, 0));
        QCOMPARE(page.model()->index(0, 0).data(OutboxModel::ResendableRole).toBool(), true);
        QVERIFY(!resend->isEnabled());
        QVERIFY(resend->toolTip().contains(QStringLiteral("read-only")));
    }

    void visiblePage_refreshesOnItsTimerAndKeepsTheChoice()
    {
        LD_OPEN_BOOKS(books, m_books);
        auto wallet = clientOnEveryChannel(*books);
        LD_VERIFY_OK(wallet);
        OutboxPage page(books->db(), nullptr);
        page.setRefreshInterval(50);
        OutboxModel *model = page.model();
        auto *table = page.findChild<QTableView *>(QStringLiteral("outbox"));
        QCOMPARE(model->rowCount(), 3);

        LD_VERIFY_OK(books->deposit(*wallet, QStringLiteral("10.00")));
        QTest::qWait(200);
        QCOMPARE(model->rowCount(), 3); // hidden: not re-read

        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QCOMPARE(model->rowCount(), 6); // showing re-reads at once
        table->setCurrentIndex(model->index(5, 0));
        const QString chosen = table->currentIndex().data(OutboxModel::MessageIdRole).toString();

        LD_VERIFY_OK(books->execute(
            QStringLiteral("UPDATE outbox SET status = 'SENT', sent_at_ms = created_at_ms WHERE id = ?"), {chosen}));
        QTRY_COMPARE(model->index(5, OutboxModel::StatusColumn).data().toString(), QStringLiteral("Sent"));
        QCOMPARE(table->currentIndex().data(OutboxModel::MessageIdRole).toString(), chosen);
        QVERIFY(!model->index(5, OutboxModel::SentColumn).data().toString().isEmpty());

        LD_VERIFY_OK(books->deposit(*wallet, QStringLiteral("20.00")));
        QTRY_COMPARE(model->rowCount(), 9);
        QCOMPARE(table->currentIndex().data(OutboxModel::MessageIdRole).toString(), chosen);
        QCOMPARE(table->currentIndex().row(), 8);
    }

    void appliedCommands_refreshTheVisiblePageAtOnce()
    {
        LD_OPEN_BOOKS(books, m_books);
        auto wallet = clientOnEveryChannel(*books);
        LD_VERIFY_OK(wallet);
        const Agent agent = AgentRepository(books->db()).find(Books::agent).value();
        Processor processor(books->db(), books->executor());
        CommandGateway gateway(books->db(), processor, agent.id);
        OutboxPage page(books->db(), &gateway);
        page.setRefreshInterval(3'600'000);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QCOMPARE(page.model()->rowCount(), 3);

        gateway.submit(QStringLiteral("DEPOSIT"),
            {{QStringLiteral("wallet_id"), *wallet}, {QStringLiteral("amount"), QStringLiteral("40.00")}});
        LD_VERIFY_OK(processor.drainAll());

        QCOMPARE(page.model()->rowCount(), 6);
        QCOMPARE(page.model()->index(0, OutboxModel::TemplateColumn).data().toString(), QStringLiteral("deposit"));
    }
};

LEDGERDESK_WIDGET_TEST_MAIN(TestOutboxPage)
#include "tst_outboxpage.moc"
