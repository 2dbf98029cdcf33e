#include "ledgerdeskchild.h"
#include "storage/openbooks.h"
#include "support/backendtest.h"

#include <QDir>
#include <QFile>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace Ledgerdesk;
using namespace Ledgerdesk::Test;

namespace {

// The demo book's supervisor and the password `ledgerdesk demo` gives him.
const QString supervisor = QStringLiteral("bruno");
const QString supervisorPassword = QStringLiteral("bruno-demo");

// How long `serve` may take to start, or to refuse to: it signs nobody in, so a few seconds at most.
constexpr int startMs = 15000;

quint16 freePort()
{
    QTcpServer probe;
    return probe.listen(QHostAddress::LocalHost, 0) ? probe.serverPort() : 0;
}

QByteArray contentsOf(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray("(cannot be read)");
}

} // namespace

// The secret store of a machine that does not parse (a disk error, a hand edit gone wrong, a copy cut
// short), under the real `ledgerdesk serve` and `ledgerdesk config set`. An unreadable store is an
// error, never "no secret": serve refuses to start with a sentence naming the store, whether or not
// the book requires signatures, so it never accepts unsigned requests by accident; and setting a
// secret on it fails and keeps the file as it was, so the other secrets in it can still be recovered.
// Each child runs with HOME and XDG_CONFIG_HOME in a temporary folder, so its store is the test's.
class TestCorruptSecrets : public BackendTest
{
    Q_OBJECT

public:
    using BackendTest::BackendTest;

private Q_SLOTS:
    void init();
    void validStore_isWhereTheChildLooks_andServeStartsSigned();
    void serve_onACorruptStore_refusesToStartNamingIt_data();
    void serve_onACorruptStore_refusesToStartNamingIt();
    void settingASecret_onACorruptStore_failsAndLeavesItByteForByte_data();
    void settingASecret_onACorruptStore_failsAndLeavesItByteForByte();

private:
    // A demo book in a fresh location; empty on failure (the test has failed then).
    QString demoBook();
    LedgerdeskChild ledgerdesk(const QStringList &arguments) const;
    void writeStore(const QByteArray &contents);
    // `config set intake.require_signature <value>` by the supervisor, through the real program.
    bool requireSignature(const QString &book, const QString &value);

    std::unique_ptr<QTemporaryDir> m_home;
    QString m_storePath;
};

void TestCorruptSecrets::init()
{
    m_home = std::make_unique<QTemporaryDir>();
    QVERIFY(m_home->isValid());
    // QStandardPaths::AppConfigLocation of the program: <XDG_CONFIG_HOME>/<organisation>/<application>.
    m_storePath = m_home->filePath(QStringLiteral("config/Ledgerdesk/Ledgerdesk/secrets.json"));
}

QString TestCorruptSecrets::demoBook()
{
    auto location = testBooks().freshLocation();
    if (!location) {
        QTest::qFail(describe(location.error()).constData(), __FILE__, __LINE__);
        return {};
    }
    const BinaryRun demo = ledgerdesk(
        {QStringLiteral("demo"), QStringLiteral("--db"), *location, QStringLiteral("--clients"), QStringLiteral("2")})
                               .run();
    if (!demo.succeeded()) {
        QTest::qFail(demo.describe().constData(), __FILE__, __LINE__);
        return {};
    }
    return *location;
}

LedgerdeskChild TestCorruptSecrets::ledgerdesk(const QStringList &arguments) const
{
    return LedgerdeskChild {arguments,
        {{QStringLiteral("HOME"), m_home->path()},
            {QStringLiteral("XDG_CONFIG_HOME"), m_home->filePath(QStringLiteral("config"))},
            {QStringLiteral("LEDGERDESK_PASSWORD"), supervisorPassword}},
        {}};
}

void TestCorruptSecrets::writeStore(const QByteArray &contents)
{
    QVERIFY(QDir().mkpath(QFileInfo(m_storePath).absolutePath()));
    QFile file(m_storePath);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    QCOMPARE(file.write(contents), contents.size());
    file.close();
    QVERIFY(QFile::setPermissions(m_storePath, QFile::ReadOwner | QFile::WriteOwner));
}

bool TestCorruptSecrets::requireSignature(const QString &book, const QString &value)
{
    const BinaryRun set = ledgerdesk({QStringLiteral("config"), QStringLiteral("set"), QStringLiteral("intake.require_signature"),
                                         value, QStringLiteral("--agent"), supervisor, QStringLiteral("--db"), book})
                              .run();
    if (!set.succeeded()) {
        QTest::qFail(set.describe().constData(), __FILE__, __LINE__);
        return false;
    }
    return true;
}

void TestCorruptSecrets::validStore_isWhereTheChildLooks_andServeStartsSigned()
{
    const QString book = demoBook();
    QVERIFY(!book.isEmpty());
    const BinaryRun set = ledgerdesk(
        {QStringLiteral("config"), QStringLiteral("set"), QStringLiteral("intake.secret"), QStringLiteral("s3cret-of-the-test"),
            QStringLiteral("--agent"), supervisor, QStringLiteral("--db"), book})
                              .run();
    QVERIFY2(set.succeeded(), set.describe().constData());
    QVERIFY2(set.output.contains(m_storePath.toUtf8()), set.describe().constData());
    QVERIFY2(contentsOf(m_storePath).contains("s3cret-of-the-test"), contentsOf(m_storePath).constData());
    QVERIFY(requireSignature(book, QStringLiteral("true")));

    const quint16 port = freePort();
    QVERIFY(port != 0);
    auto serve = ledgerdesk({QStringLiteral("serve"), QStringLiteral("--db"), book, QStringLiteral("--listen"),
                                QStringLiteral("127.0.0.1:%1").arg(port)})
                     .start();
    QVERIFY2(serve != nullptr, "ledgerdesk serve did not start");
    QByteArray said;
    QTRY_VERIFY2_WITH_TIMEOUT((said += serve->readAll()).contains("Receiving transactions"), said.constData(), startMs);
    QVERIFY2(said.contains("(signed requests only)"), said.constData());
    serve->terminate();
    QVERIFY(serve->waitForFinished(10000));
}

void TestCorruptSecrets::serve_onACorruptStore_refusesToStartNamingIt_data()
{
    QTest::addColumn<QByteArray>("store");
    QTest::addColumn<bool>("signatureRequired");
    const QList<std::pair<const char *, QByteArray>> stores {
        {"cut short", QByteArrayLiteral("{\n    \"intake.secret\": \"s3cret-of-the-te")},
        {"empty file", QByteArray()},
        {"binary garbage", QByteArray::fromHex("00ff13ee7a0000c3a9deadbeef")},
        {"a JSON array", QByteArrayLiteral("[\"intake.secret\", \"s3cret\"]")},
        {"a secret that is not text", QByteArrayLiteral("{\"intake.secret\": 42, \"smtp.password\": \"mail-pass\"}")},
    };
    for (const auto &[name, contents] : stores) {
        QTest::addRow("%s, signature required", name) << contents << true;
        QTest::addRow("%s, signature not required", name) << contents << false;
    }
}

void TestCorruptSecrets::serve_onACorruptStore_refusesToStartNamingIt()
{
    QFETCH(QByteArray, store);
    QFETCH(bool, signatureRequired);
    const QString book = demoBook();
    QVERIFY(!book.isEmpty());
    writeStore(store);
    if (signatureRequired)
        QVERIFY(requireSignature(book, QStringLiteral("true")));
    // The book setting went into the book; the store was not touched by it.
    QCOMPARE(contentsOf(m_storePath), store);

    const quint16 port = freePort();
    QVERIFY(port != 0);
    const BinaryRun serve = ledgerdesk({QStringLiteral("serve"), QStringLiteral("--db"), book, QStringLiteral("--listen"),
                                           QStringLiteral("127.0.0.1:%1").arg(port)})
                                .run(startMs);
    QVERIFY2(serve.finished, serve.describe().constData());
    QVERIFY2(serve.exitCode != 0, serve.describe().constData());
    QVERIFY2(serve.output.contains("Could not read the secret store " + m_storePath.toUtf8() + ": it is damaged"),
        serve.describe().constData());
    QVERIFY2(!serve.output.contains("Receiving transactions"), serve.describe().constData());
    QCOMPARE(contentsOf(m_storePath), store);
    const BinaryRun verify = ledgerdesk({QStringLiteral("verify"), QStringLiteral("--db"), book}).run();
    QVERIFY2(verify.succeeded(), verify.describe().constData());
}

void TestCorruptSecrets::settingASecret_onACorruptStore_failsAndLeavesItByteForByte_data()
{
    QTest::addColumn<QByteArray>("store");
    QTest::newRow("cut short") << QByteArrayLiteral("{\n    \"smtp.password\": \"mail-pass\",\n    \"intake.secret\": \"s3c");
    QTest::newRow("a secret that is not text")
        << QByteArrayLiteral("{\"smtp.password\": \"mail-pass\", \"sms.token\": [\"tok\"]}");
    QTest::newRow("binary garbage") << QByteArray::fromHex("7b22736d74702e70617373776f7264223a00ff13ee");
}

void TestCorruptSecrets::settingASecret_onACorruptStore_failsAndLeavesItByteForByte()
{
    QFETCH(QByteArray, store);
    const QString book = demoBook();
    QVERIFY(!book.isEmpty());
    writeStore(store);
    QVERIFY(requireSignature(book, QStringLiteral("true")));
    const QFile::Permissions modeBefore = QFileInfo(m_storePath).permissions();
    auto db = openBooks(book, Database::Access::ReadOnly);
    LD_VERIFY_OK(db);
    const QString recordsOfSecrets = QStringLiteral("SELECT COUNT(*) FROM activity_records WHERE action = 'Replace|Secret'");
    const qint64 recordsBefore = scalar(**db, recordsOfSecrets);
    QVERIFY(recordsBefore >= 0);

    const BinaryRun set
        = ledgerdesk({QStringLiteral("config"), QStringLiteral("set"), QStringLiteral("intake.secret"), QStringLiteral("X"),
                         QStringLiteral("--agent"), supervisor, QStringLiteral("--db"), book})
              .run();
    QVERIFY2(set.finished, set.describe().constData());
    QVERIFY2(set.exitCode != 0, set.describe().constData());
    QVERIFY2(set.output.contains("Could not read the secret store " + m_storePath.toUtf8() + ": it is damaged"),
        set.describe().constData());
    QCOMPARE(contentsOf(m_storePath), store);
    QCOMPARE(QFileInfo(m_storePath).permissions(), modeBefore);
    // No temporary file of an atomic write was left beside it either.
    QCOMPARE(QDir(QFileInfo(m_storePath).absolutePath()).entryList(QDir::Files | QDir::Hidden),
        QStringList {QStringLiteral("secrets.json")});
    // A replacement that did not happen is not recorded as one.
    QCOMPARE(scalar(**db, recordsOfSecrets), recordsBefore);
    const BinaryRun verify = ledgerdesk({QStringLiteral("verify"), QStringLiteral("--db"), book}).run();
    QVERIFY2(verify.succeeded(), verify.describe().constData());
}

LEDGERDESK_TEST_MAIN_SQLITE(TestCorruptSecrets)

#include "tst_corruptsecrets.moc"
