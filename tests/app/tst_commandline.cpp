#include "queue/ledgerdeskbinary.h"
#include "storage/database.h"
#include "support/backendtest.h"

#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

using namespace Ledgerdesk;
using namespace Ledgerdesk::Test;

// Commands that sign in or change the book, run as the real executable with no terminal (as from a
// script) on a demo book, each with a home folder of its own so no secret store is shared.
class TestCommandLine : public BackendTest
{
    Q_OBJECT

public:
    using BackendTest::BackendTest;

private Q_SLOTS:
    void init();
    void cleanup();

    void enqueueWithoutPassword_saysHowAndCountsNoAttempt();
    void configSet_needsASupervisor();
    void configSet_isRecordedWithBeforeAndAfter();
    void configSetOfASecret_recordsOnlyTheReplacement();

private:
    BinaryRun run(const QStringList &arguments, const QString &password = {});

    std::unique_ptr<QTemporaryDir> m_home;
    QString m_location;
    std::unique_ptr<Database> m_db;
};

void TestCommandLine::init()
{
    m_home = std::make_unique<QTemporaryDir>();
    QVERIFY(m_home->isValid());
    qputenv("HOME", QFile::encodeName(m_home->path()));
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_home->filePath(QStringLiteral(".config"))));
    auto location = testBooks().freshLocation();
    LD_VERIFY_OK(location);
    m_location = *location;
    const BinaryRun demo = run({QStringLiteral("demo"), QStringLiteral("--clients"), QStringLiteral("2")});
    QVERIFY2(demo.succeeded(), demo.describe().constData());
    auto db = Database::open(m_location, Database::Access::ReadOnly);
    LD_VERIFY_OK(db);
    m_db = std::move(db).value();
}

void TestCommandLine::cleanup()
{
    m_db.reset();
    m_home.reset();
}

BinaryRun TestCommandLine::run(const QStringList &arguments, const QString &password)
{
    if (password.isEmpty())
        qunsetenv("LEDGERDESK_PASSWORD");
    else
        qputenv("LEDGERDESK_PASSWORD", password.toUtf8());
    return runLedgerdesk(arguments + QStringList {QStringLiteral("--db"), m_location});
}

void TestCommandLine::enqueueWithoutPassword_saysHowAndCountsNoAttempt()
{
    for (int attempt = 0; attempt < 6; ++attempt) {
        const BinaryRun enqueue = run({QStringLiteral("enqueue"), QStringLiteral("DEPOSIT"),
            QStringLiteral(R"({"wallet_id": "W00001-USD", "amount": "10.00"})"), QStringLiteral("--agent"),
            QStringLiteral("alice")});
        QCOMPARE(enqueue.exitCode, 2);
        QVERIFY2(enqueue.output.contains("set LEDGERDESK_PASSWORD"), enqueue.describe().constData());
    }
    QCOMPARE(scalar(*m_db, QStringLiteral("SELECT failed_logins FROM agents WHERE id = 'alice'")), qint64(0));
    QCOMPARE(scalar(*m_db, QStringLiteral("SELECT COUNT(*) FROM queue_messages")), qint64(0));
    // Six scripted tries later alice still signs in: none of them counted.
    const BinaryRun enqueue = run({QStringLiteral("enqueue"), QStringLiteral("DEPOSIT"),
                                      QStringLiteral(R"({"wallet_id": "W00001-USD", "amount": "10.00"})"),
                                      QStringLiteral("--agent"), QStringLiteral("alice")},
        QStringLiteral("alice-demo"));
    QVERIFY2(enqueue.succeeded(), enqueue.describe().constData());
}

void TestCommandLine::configSet_needsASupervisor()
{
    const BinaryRun withoutAgent
        = run({QStringLiteral("config"), QStringLiteral("set"), QStringLiteral("bands.high_value"), QStringLiteral("5000.00")});
    QCOMPARE(withoutAgent.exitCode, 2);
    QVERIFY2(withoutAgent.output.contains("--agent"), withoutAgent.describe().constData());

    const BinaryRun byAnAgent = run({QStringLiteral("config"), QStringLiteral("set"), QStringLiteral("bands.high_value"),
                                        QStringLiteral("5000.00"), QStringLiteral("--agent"), QStringLiteral("alice")},
        QStringLiteral("alice-demo"));
    QCOMPARE(byAnAgent.exitCode, 2);
    QVERIFY2(byAnAgent.output.contains("Only a supervisor"), byAnAgent.describe().constData());

    const BinaryRun get = run({QStringLiteral("config"), QStringLiteral("get"), QStringLiteral("bands.high_value")});
    QVERIFY2(get.succeeded(), get.describe().constData());
    QCOMPARE(get.output.trimmed(), QByteArray("1000.00"));
    QCOMPARE(scalar(*m_db, QStringLiteral("SELECT COUNT(*) FROM activity_records WHERE action = 'Change|Setting'")), qint64(0));
}

void TestCommandLine::configSet_isRecordedWithBeforeAndAfter()
{
    const BinaryRun set = run({QStringLiteral("config"), QStringLiteral("set"), QStringLiteral("bands.high_value"),
                                  QStringLiteral("5000.00"), QStringLiteral("--agent"), QStringLiteral("bruno")},
        QStringLiteral("bruno-demo"));
    QVERIFY2(set.succeeded(), set.describe().constData());
    const BinaryRun get = run({QStringLiteral("config"), QStringLiteral("get"), QStringLiteral("bands.high_value")});
    QCOMPARE(get.output.trimmed(), QByteArray("5000.00"));

    QSqlQuery record(m_db->connection());
    QVERIFY(record.exec(QStringLiteral("SELECT agent_id, attribute, before_value, after_value FROM activity_records "
                                       "WHERE action = 'Change|Setting'")));
    QVERIFY2(record.next(), "no activity record of the change");
    QCOMPARE(record.value(0).toString(), QStringLiteral("bruno"));
    QCOMPARE(record.value(1).toString(), QStringLiteral("bands.high_value"));
    QCOMPARE(record.value(2).toString(), QStringLiteral("1000.00"));
    QCOMPARE(record.value(3).toString(), QStringLiteral("5000.00"));
    QVERIFY(!record.next());

    const BinaryRun refused = run({QStringLiteral("config"), QStringLiteral("set"), QStringLiteral("bands.high_value"),
                                      QStringLiteral("lots"), QStringLiteral("--agent"), QStringLiteral("bruno")},
        QStringLiteral("bruno-demo"));
    QCOMPARE(refused.exitCode, 2);
    QCOMPARE(scalar(*m_db, QStringLiteral("SELECT COUNT(*) FROM activity_records WHERE action = 'Change|Setting'")), qint64(1));
}

void TestCommandLine::configSetOfASecret_recordsOnlyTheReplacement()
{
    const QString secret = QStringLiteral("s3cret-webhook-key");
    const BinaryRun set = run({QStringLiteral("config"), QStringLiteral("set"), QStringLiteral("intake.secret"), secret,
                                  QStringLiteral("--agent"), QStringLiteral("chen")},
        QStringLiteral("chen-demo"));
    QVERIFY2(set.succeeded(), set.describe().constData());
    const BinaryRun list = run({QStringLiteral("config"), QStringLiteral("list")});
    QVERIFY2(list.output.contains("intake.secret = (secret, set)"), list.describe().constData());

    QSqlQuery record(m_db->connection());
    QVERIFY(record.exec(QStringLiteral("SELECT agent_id, attribute, before_value, after_value FROM activity_records "
                                       "WHERE action = 'Replace|Secret'")));
    QVERIFY2(record.next(), "no activity record of the replacement");
    QCOMPARE(record.value(0).toString(), QStringLiteral("chen"));
    QCOMPARE(record.value(1).toString(), QStringLiteral("intake.secret"));
    QVERIFY(record.value(2).toString().isEmpty() && record.value(3).toString().isEmpty());
    for (const char *table : {"activity_records", "processed_messages", "queue_messages", "settings"}) {
        QSqlQuery rows(m_db->connection());
        QVERIFY(rows.exec(QStringLiteral("SELECT * FROM %1").arg(QLatin1String(table))));
        while (rows.next()) {
            for (int column = 0; column < rows.record().count(); ++column)
                QVERIFY2(!rows.value(column).toString().contains(secret), table);
        }
    }
}

LEDGERDESK_TEST_MAIN_SQLITE(TestCommandLine)

#include "tst_commandline.moc"
