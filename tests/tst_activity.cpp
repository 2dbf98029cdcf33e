#include "activity/activityrepository.h"
#include "models/activitymodel.h"
#include "support/backendtest.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Ledgerdesk;
using namespace Ledgerdesk::Test;

namespace {

constexpr qint64 hourMs = 60 * 60 * 1000;
// 14 November 2023, 22:13:20 UTC: a fixed start so date ranges are exact.
constexpr qint64 t0 = 1'700'000'000'000;

const QString bob = QStringLiteral("agent-bob");

QStringList actionsOf(const QList<ActivityRecord> &records)
{
    QStringList actions;
    for (const ActivityRecord &record : records)
        actions << record.action;
    return actions;
}

} // namespace

class TestActivity : public BackendTest
{
    Q_OBJECT

public:
    using BackendTest::BackendTest;

private Q_SLOTS:
    void list_filtered_givesTheMatchingRecordsNewestFirst_data();
    void list_filtered_givesTheMatchingRecordsNewestFirst();
    void list_pages_coverEveryRecordOnce();
    void list_sorted_followsTheColumnAndOrder_data();
    void list_sorted_followsTheColumnAndOrder();
    void recordUpdate_correctsTheRecordAndIsItselfRecorded();
    void recordUpdate_fieldThatCannotBeCorrected_isRefused();
    void recordDelete_byAnAgent_isForbidden();
    void recordDelete_byASupervisor_leavesATombstone();
    void activityModel_filtersPagesAndSorts();

private:
    // Seven records at t0 + 0..6 hours by two agents about two clients; returns the books or null.
    std::unique_ptr<Books> openDiary();
    QString m_ada;
    QString m_grace;
};

std::unique_ptr<Books> TestActivity::openDiary()
{
    auto books = testBooks().open();
    if (!books || !books->addAgent(bob, Role::Agent, Books::password, QStringLiteral("Bob Marley")))
        return nullptr;
    auto ada = books->createClient(QStringLiteral("Ada"), QStringLiteral("Lovelace"), Books::agent, t0);
    auto grace = books->createClient(QStringLiteral("Grace"), QStringLiteral("Hopper"), bob, t0 + hourMs);
    if (!ada || !grace)
        return nullptr;
    m_ada = *ada;
    m_grace = *grace;
    auto wallet = books->openWallet(m_ada, QStringLiteral("USD"), Books::agent, t0 + 2 * hourMs);
    if (!wallet || !books->deposit(*wallet, QStringLiteral("10.00"), Books::agent, t0 + 3 * hourMs))
        return nullptr;
    if (!books->apply(QStringLiteral("CLIENT_READ"), {{QStringLiteral("client_id"), m_ada}}, bob, t0 + 4 * hourMs))
        return nullptr;
    if (!books->apply(QStringLiteral("CLIENT_UPDATE"),
            {{QStringLiteral("client_id"), m_grace},
                {QStringLiteral("changes"), QJsonObject {{QStringLiteral("phone"), QStringLiteral("+12025550111")}}}},
            bob, t0 + 5 * hourMs))
        return nullptr;
    if (!books->apply(QStringLiteral("CLIENT_READ"), {{QStringLiteral("client_id"), m_grace}}, Books::agent, t0 + 6 * hourMs))
        return nullptr;
    return books;
}

void TestActivity::list_filtered_givesTheMatchingRecordsNewestFirst_data()
{
    QTest::addColumn<QString>("agent");
    QTest::addColumn<QString>("client"); // "ada" or "grace"
    QTest::addColumn<QString>("verb");
    QTest::addColumn<QString>("action");
    QTest::addColumn<qint64>("from");
    QTest::addColumn<qint64>("to");
    QTest::addColumn<QStringList>("expected");

    const QStringList all {
        "Read|Client", "Update|Client", "Read|Client", "Deposit|Wallet", "Create|Wallet", "Create|Client", "Create|Client"};
    QTest::newRow("everything") << ""
                                << ""
                                << ""
                                << "" << qint64(0) << qint64(0) << all;
    QTest::newRow("by agent") << Books::agent << ""
                              << ""
                              << "" << qint64(0) << qint64(0)
                              << QStringList {"Read|Client", "Deposit|Wallet", "Create|Wallet", "Create|Client"};
    QTest::newRow("by other agent") << bob << ""
                                    << ""
                                    << "" << qint64(0) << qint64(0)
                                    << QStringList {"Update|Client", "Read|Client", "Create|Client"};
    QTest::newRow("by client") << ""
                               << "ada"
                               << ""
                               << "" << qint64(0) << qint64(0)
                               << QStringList {"Read|Client", "Deposit|Wallet", "Create|Wallet", "Create|Client"};
    QTest::newRow("by verb") << ""
                             << ""
                             << "Read"
                             << "" << qint64(0) << qint64(0) << QStringList {"Read|Client", "Read|Client"};
    QTest::newRow("by verb over entities") << ""
                                           << ""
                                           << "Create"
                                           << "" << qint64(0) << qint64(0)
                                           << QStringList {"Create|Wallet", "Create|Client", "Create|Client"};
    QTest::newRow("by action") << ""
                               << ""
                               << ""
                               << "Create|Client" << qint64(0) << qint64(0) << QStringList {"Create|Client", "Create|Client"};
    QTest::newRow("date range, end exclusive")
        << ""
        << ""
        << ""
        << "" << t0 + hourMs << t0 + 4 * hourMs << QStringList {"Deposit|Wallet", "Create|Wallet", "Create|Client"};
    QTest::newRow("from a time on") << ""
                                    << ""
                                    << ""
                                    << "" << t0 + 5 * hourMs << qint64(0) << QStringList {"Read|Client", "Update|Client"};
    QTest::newRow("until a time") << ""
                                  << ""
                                  << ""
                                  << "" << qint64(0) << t0 + 1 << QStringList {"Create|Client"};
    QTest::newRow("agent and client") << bob << "ada"
                                      << ""
                                      << "" << qint64(0) << qint64(0) << QStringList {"Read|Client"};
    QTest::newRow("nothing matches") << ""
                                     << "grace"
                                     << "Deposit"
                                     << "" << qint64(0) << qint64(0) << QStringList {};
    QTest::newRow("unknown agent") << "nobody"
                                   << ""
                                   << ""
                                   << "" << qint64(0) << qint64(0) << QStringList {};
}

void TestActivity::list_filtered_givesTheMatchingRecordsNewestFirst()
{
    QFETCH(QString, agent);
    QFETCH(QString, client);
    QFETCH(QString, verb);
    QFETCH(QString, action);
    QFETCH(qint64, from);
    QFETCH(qint64, to);
    QFETCH(QStringList, expected);

    auto books = openDiary();
    QVERIFY2(books, testBooks().lastError().constData());
    ActivityFilter filter;
    filter.agentId = agent;
    filter.clientId = client == QLatin1String("ada") ? m_ada : client == QLatin1String("grace") ? m_grace : QString();
    filter.verb = verb;
    filter.action = action;
    filter.fromMs = from;
    filter.toMs = to;

    ActivityRepository repository(books->db());
    auto records = repository.list(filter);
    LD_VERIFY_OK(records);
    QCOMPARE(actionsOf(*records), expected);
    auto count = repository.count(filter);
    LD_VERIFY_OK(count);
    QCOMPARE(*count, qint64(expected.size()));
    for (const ActivityRecord &record : std::as_const(*records)) {
        QVERIFY(agent.isEmpty() || record.agentId == agent);
        QVERIFY(filter.clientId.isEmpty() || record.clientId == filter.clientId);
        QVERIFY(from == 0 || record.createdAtMs >= from);
        QVERIFY(to == 0 || record.createdAtMs < to);
    }
}

void TestActivity::list_pages_coverEveryRecordOnce()
{
    auto books = openDiary();
    QVERIFY2(books, testBooks().lastError().constData());
    ActivityRepository repository(books->db());
    auto everything = repository.list({});
    LD_VERIFY_OK(everything);
    QCOMPARE(everything->size(), 7);

    QList<ActivityRecord> paged;
    QList<int> pageSizes;
    for (int offset = 0; offset < 10; offset += 3) {
        auto page = repository.list({}, ActivitySort::Time, Qt::DescendingOrder, offset, 3);
        LD_VERIFY_OK(page);
        pageSizes << int(page->size());
        paged += *page;
    }
    QCOMPARE(pageSizes, (QList<int> {3, 3, 1, 0}));
    QStringList pagedIds;
    QStringList allIds;
    for (int i = 0; i < paged.size(); ++i) {
        pagedIds << paged.at(i).id;
        allIds << everything->at(i).id;
    }
    QCOMPARE(pagedIds, allIds);
}

void TestActivity::list_sorted_followsTheColumnAndOrder_data()
{
    QTest::addColumn<int>("sort");
    QTest::addColumn<bool>("ascending");
    QTest::addColumn<QStringList>("expected");

    QTest::newRow("time, oldest first") << int(ActivitySort::Time) << true
                                        << QStringList {"Create|Client", "Create|Client", "Create|Wallet", "Deposit|Wallet",
                                               "Read|Client", "Update|Client", "Read|Client"};
    QTest::newRow("action, A to Z") << int(ActivitySort::Action) << true
                                    << QStringList {"Create|Client", "Create|Client", "Create|Wallet", "Deposit|Wallet",
                                           "Read|Client", "Read|Client", "Update|Client"};
    QTest::newRow("action, Z to A") << int(ActivitySort::Action) << false
                                    << QStringList {"Update|Client", "Read|Client", "Read|Client", "Deposit|Wallet",
                                           "Create|Wallet", "Create|Client", "Create|Client"};
    QTest::newRow("agent, A to Z") << int(ActivitySort::Agent) << true
                                   << QStringList {"Create|Client", "Create|Wallet", "Deposit|Wallet", "Read|Client",
                                          "Create|Client", "Read|Client", "Update|Client"};
}

void TestActivity::list_sorted_followsTheColumnAndOrder()
{
    QFETCH(int, sort);
    QFETCH(bool, ascending);
    QFETCH(QStringList, expected);

    auto books = openDiary();
    QVERIFY2(books, testBooks().lastError().constData());
    auto records
        = ActivityRepository(books->db()).list({}, ActivitySort(sort), ascending ? Qt::AscendingOrder : Qt::DescendingOrder);
    LD_VERIFY_OK(records);
    QCOMPARE(actionsOf(*records), expected);
}

void TestActivity::recordUpdate_correctsTheRecordAndIsItselfRecorded()
{
    auto books = openDiary();
    QVERIFY2(books, testBooks().lastError().constData());
    ActivityRepository repository(books->db());
    ActivityFilter reads;
    reads.action = QStringLiteral("Read|Client");
    reads.agentId = Books::agent;
    auto found = repository.list(reads);
    LD_VERIFY_OK(found);
    QCOMPARE(found->size(), 1);
    const ActivityRecord original = found->first();

    auto corrected = books->apply(QStringLiteral("RECORD_UPDATE"),
        {{QStringLiteral("record_id"), original.id},
            {QStringLiteral("changes"),
                QJsonObject {{QStringLiteral("attribute"), QStringLiteral("profile")},
                    {QStringLiteral("after"), QStringLiteral("opened at the desk")}}}},
        bob, t0 + 7 * hourMs);
    LD_VERIFY_OK(corrected);

    auto after = repository.find(original.id);
    LD_VERIFY_OK(after);
    QCOMPARE(after->attribute, QStringLiteral("profile"));
    QCOMPARE(after->after, QStringLiteral("opened at the desk"));
    QCOMPARE(after->before, original.before);
    QCOMPARE(after->action, original.action);
    QCOMPARE(after->agentId, original.agentId);
    QCOMPARE(after->createdAtMs, original.createdAtMs);
    QCOMPARE(after->correctedAtMs, t0 + 7 * hourMs);

    ActivityFilter corrections;
    corrections.action = QStringLiteral("Update|Record");
    auto written = repository.list(corrections, ActivitySort::Attribute, Qt::AscendingOrder);
    LD_VERIFY_OK(written);
    QCOMPARE(written->size(), 2);
    QCOMPARE(written->at(0).attribute, QStringLiteral("after"));
    QCOMPARE(written->at(0).before, QString());
    QCOMPARE(written->at(0).after, QStringLiteral("opened at the desk"));
    QCOMPARE(written->at(1).attribute, QStringLiteral("attribute"));
    QCOMPARE(written->at(1).before, QString());
    QCOMPARE(written->at(1).after, QStringLiteral("profile"));
    QCOMPARE(written->at(1).agentId, bob);
    QCOMPARE(written->at(1).clientId, m_grace);
}

void TestActivity::recordUpdate_fieldThatCannotBeCorrected_isRefused()
{
    auto books = openDiary();
    QVERIFY2(books, testBooks().lastError().constData());
    auto records = ActivityRepository(books->db()).list({});
    LD_VERIFY_OK(records);
    const ActivityRecord target = records->first();
    const qint64 before = books->count(QStringLiteral("activity_records"));

    for (const QString &field : {QStringLiteral("agent_id"), QStringLiteral("action"), QStringLiteral("created_at_ms")}) {
        auto refused = books->apply(QStringLiteral("RECORD_UPDATE"),
            {{QStringLiteral("record_id"), target.id}, {QStringLiteral("changes"), QJsonObject {{field, QStringLiteral("x")}}}});
        LD_VERIFY_ERROR(refused, Error::Kind::Validation);
        QCOMPARE(refused.error().detail, field);
    }
    auto unknown = books->apply(QStringLiteral("RECORD_UPDATE"),
        {{QStringLiteral("record_id"), QStringLiteral("NO-SUCH")},
            {QStringLiteral("changes"), QJsonObject {{QStringLiteral("after"), QStringLiteral("x")}}}});
    LD_VERIFY_ERROR(unknown, Error::Kind::NotFound);
    QCOMPARE(books->count(QStringLiteral("activity_records")), before);
    auto unchanged = ActivityRepository(books->db()).find(target.id);
    LD_VERIFY_OK(unchanged);
    QCOMPARE(unchanged->correctedAtMs, qint64(0));
}

void TestActivity::recordDelete_byAnAgent_isForbidden()
{
    auto books = openDiary();
    QVERIFY2(books, testBooks().lastError().constData());
    auto records = ActivityRepository(books->db()).list({});
    LD_VERIFY_OK(records);
    const QString target = records->first().id;

    auto refused = books->apply(QStringLiteral("RECORD_DELETE"), {{QStringLiteral("record_id"), target}}, Books::agent);
    LD_VERIFY_ERROR(refused, Error::Kind::Forbidden);
    auto still = ActivityRepository(books->db()).find(target);
    LD_VERIFY_OK(still);
    QVERIFY(!still->isDeleted());
    // One record more: who tried.
    QCOMPARE(books->count(QStringLiteral("activity_records")), qint64(8));
    QCOMPARE(
        books
            ->scalar(QStringLiteral("SELECT attribute FROM activity_records WHERE action = 'Refuse|Message' AND agent_id = ?"),
                {Books::agent})
            .toString(),
        QStringLiteral("RECORD_DELETE"));
}

void TestActivity::recordDelete_byASupervisor_leavesATombstone()
{
    auto books = openDiary();
    QVERIFY2(books, testBooks().lastError().constData());
    ActivityRepository repository(books->db());
    ActivityFilter deposits;
    deposits.action = QStringLiteral("Deposit|Wallet");
    auto found = repository.list(deposits);
    LD_VERIFY_OK(found);
    QCOMPARE(found->size(), 1);
    const QString target = found->first().id;

    LD_VERIFY_OK(books->apply(
        QStringLiteral("RECORD_DELETE"), {{QStringLiteral("record_id"), target}}, Books::supervisor, t0 + 8 * hourMs));

    // Hidden from the ordinary listing and count...
    auto visible = repository.list(deposits);
    LD_VERIFY_OK(visible);
    QVERIFY(visible->isEmpty());
    ActivityFilter everything;
    QCOMPARE(*repository.count(everything), qint64(7)); // 7 - the deleted one + the Delete|Record record
    // ...but kept as a tombstone saying who deleted it.
    deposits.includeDeleted = true;
    auto withDeleted = repository.list(deposits);
    LD_VERIFY_OK(withDeleted);
    QCOMPARE(withDeleted->size(), 1);
    QVERIFY(withDeleted->first().isDeleted());
    QCOMPARE(withDeleted->first().deletedBy, Books::supervisor);
    QCOMPARE(withDeleted->first().deletedAtMs, t0 + 8 * hourMs);
    everything.includeDeleted = true;
    QCOMPARE(*repository.count(everything), qint64(8));

    ActivityFilter deletions;
    deletions.action = QStringLiteral("Delete|Record");
    auto logged = repository.list(deletions);
    LD_VERIFY_OK(logged);
    QCOMPARE(logged->size(), 1);
    QCOMPARE(logged->first().agentId, Books::supervisor);
    QVERIFY2(logged->first().before.contains(target), qPrintable(logged->first().before));

    // A tombstone can be neither deleted again nor corrected.
    LD_VERIFY_ERROR(books->apply(QStringLiteral("RECORD_DELETE"), {{QStringLiteral("record_id"), target}}, Books::supervisor),
        Error::Kind::Conflict);
    LD_VERIFY_ERROR(books->apply(QStringLiteral("RECORD_UPDATE"),
                        {{QStringLiteral("record_id"), target},
                            {QStringLiteral("changes"), QJsonObject {{QStringLiteral("after"), QStringLiteral("x")}}}}),
        Error::Kind::Conflict);
}

void TestActivity::activityModel_filtersPagesAndSorts()
{
    auto books = openDiary();
    QVERIFY2(books, testBooks().lastError().constData());
    ActivityModel model(books->db());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy pages(&model, &ActivityModel::pageChanged);
    QVERIFY(pages.isValid());

    model.setPageSize(3);
    QCOMPARE(pages.size(), 1);
    QCOMPARE(pages.last(), (QVariantList {0, 3, qint64(7)}));
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.columnCount(), int(ActivityModel::ColumnCount));
    QCOMPARE(model.totalCount(), qint64(7));
    // Newest first, with people's names rather than ids.
    QCOMPARE(model.index(0, ActivityModel::ActionColumn).data().toString(), QStringLiteral("Read Client"));
    QCOMPARE(model.index(0, ActivityModel::ClientColumn).data().toString(), QStringLiteral("Grace Hopper"));
    QCOMPARE(model.index(0, ActivityModel::ClientColumn).data(ActivityModel::ClientIdRole).toString(), m_grace);
    QCOMPARE(model.index(1, ActivityModel::AgentColumn).data().toString(), QStringLiteral("Bob Marley"));
    QCOMPARE(model.index(1, ActivityModel::AttributeColumn).data().toString(), QStringLiteral("phone"));
    QCOMPARE(model.index(1, ActivityModel::AfterColumn).data().toString(), QStringLiteral("+12025550111"));
    QCOMPARE(model.index(0, 0).data(ActivityModel::TimeMsRole).toLongLong(), t0 + 6 * hourMs);
    QCOMPARE(model.index(0, 0).data(ActivityModel::DeletedRole).toBool(), false);
    QCOMPARE(model.headerData(ActivityModel::ActionColumn, Qt::Horizontal).toString(), QStringLiteral("Action"));

    model.setPage(2);
    QCOMPARE(pages.size(), 2);
    QCOMPARE(pages.last(), (QVariantList {2, 3, qint64(7)}));
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.index(0, ActivityModel::ActionColumn).data().toString(), QStringLiteral("Create Client"));
    QCOMPARE(model.index(0, ActivityModel::ClientColumn).data().toString(), QStringLiteral("Ada Lovelace"));

    model.setPage(99);
    QCOMPARE(model.page(), 2);
    QCOMPARE(pages.last().at(0).toInt(), 2);

    ActivityFilter byBob;
    byBob.agentId = bob;
    model.setFilter(byBob);
    QCOMPARE(pages.last(), (QVariantList {0, 1, qint64(3)}));
    QCOMPARE(model.rowCount(), 3);
    for (int row = 0; row < model.rowCount(); ++row)
        QCOMPARE(model.index(row, 0).data(ActivityModel::AgentIdRole).toString(), bob);

    model.sort(ActivityModel::ActionColumn, Qt::AscendingOrder);
    QCOMPARE(model.page(), 0);
    QStringList actions;
    for (int row = 0; row < model.rowCount(); ++row)
        actions << model.index(row, ActivityModel::ActionColumn).data().toString();
    QCOMPARE(
        actions, (QStringList {QStringLiteral("Create Client"), QStringLiteral("Read Client"), QStringLiteral("Update Client")}));

    // A deleted record shows as a tombstone once deleted ones are included.
    const QString target = model.index(0, 0).data(ActivityModel::RecordIdRole).toString();
    LD_VERIFY_OK(books->apply(QStringLiteral("RECORD_DELETE"), {{QStringLiteral("record_id"), target}}, Books::supervisor));
    model.reload();
    QCOMPARE(model.rowCount(), 2);
    byBob.includeDeleted = true;
    model.setFilter(byBob);
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.index(0, 0).data(ActivityModel::RecordIdRole).toString(), target);
    QCOMPARE(model.index(0, 0).data(ActivityModel::DeletedRole).toBool(), true);
    QVERIFY2(model.index(0, 0).data(Qt::ToolTipRole).toString().contains(Books::supervisor),
        qPrintable(model.index(0, 0).data(Qt::ToolTipRole).toString()));
}

LEDGERDESK_TEST_MAIN_BOTH_BACKENDS(TestActivity)

#include "tst_activity.moc"
