#pragma once

#include "agents/agent.h"
#include "commands/commandexecutor.h"
#include "core/result.h"
#include "engine/engine.h"
#include "queue/message.h"
#include "storage/database.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace Ledgerdesk::Test {

class PgCluster;

enum class Backend { Sqlite, Postgres };

QString backendName(Backend backend);

// "kind: message (detail)", for test failure messages.
QByteArray describe(const Error &error);

// Empty when the result is ok, else its error described; safe to use as a QVERIFY2 message (which
// is evaluated even when the check passes).
// "expected a <kind> refusal, got <error described>".
QByteArray kindMismatch(const Error &error, Error::Kind expected);

template <typename R> QByteArray failureText(const R &result)
{
    return result.isOk() ? QByteArray() : describe(result.error());
}

// An open, migrated test database with two agents and the book's engine (its executor knows every
// message type; nothing runs unless a test starts it). Owned by one test function; used on the thread that created it.
class Books
{
public:
    // Agents every test book has; both sign in with `password`.
    static inline const QString agent = QStringLiteral("agent-ada");
    static inline const QString supervisor = QStringLiteral("supervisor-sam");
    static inline const QString password = QStringLiteral("secret");

    explicit Books(std::unique_ptr<Database> db);

    Database &db() { return *m_db; }
    Engine &engine() { return *m_engine; }
    CommandExecutor &executor() { return m_engine->executor(); }

    // Creates an agent the fast way (1,000 PBKDF2 iterations instead of the production count).
    Result<void> addAgent(const QString &id, Role role, const QString &agentPassword = password, const QString &name = {});

    // A new message with a fresh id; createdAtMs 0 means "now" to the executor.
    static Message message(
        const QString &type, const QJsonObject &payload, const QString &agentId = agent, qint64 createdAtMs = 0);
    Result<QJsonObject> apply(const Message &message);
    Result<QJsonObject> apply(
        const QString &type, const QJsonObject &payload, const QString &agentId = agent, qint64 createdAtMs = 0);

    // Shortcuts through the real handlers, for arranging a test. They return the new id.
    Result<QString> createClient(
        const QString &firstName, const QString &lastName, const QString &agentId = agent, qint64 createdAtMs = 0);
    Result<QString> openWallet(const QString &clientId, const QString &currency = QStringLiteral("USD"),
        const QString &agentId = agent, qint64 createdAtMs = 0);
    Result<QJsonObject> deposit(
        const QString &walletId, const QString &amount, const QString &agentId = agent, qint64 createdAtMs = 0);

    // The stored balance of an account in minor units, or an error.
    Result<qint64> balanceOf(const QString &accountId);
    // The same for a customer wallet (never negative); -1 when it cannot be read.
    qint64 walletBalance(const QString &walletId);
    // COUNT(*) of one of the schema's tables; -1 when the query fails.
    qint64 count(const QString &table);
    // The first column of the first row of a query with bound values; an invalid QVariant on failure.
    QVariant scalar(const QString &sql, const QVariantList &values = {});
    // Runs a statement with bound values (for corrupting the books on purpose).
    Result<void> execute(const QString &sql, const QVariantList &values = {});
    // Every breach the Verifier finds, one per line; empty when the books are sound.
    QString breaches();

private:
    std::unique_ptr<Database> m_db;
    std::unique_ptr<Engine> m_engine;
};

// Fresh databases for one backend: an SQLite file in a temporary folder of its own, or a new
// database on the test process's PostgreSQL cluster. Every call gives a database nobody has used.
class TestBooks
{
public:
    TestBooks(Backend backend, PgCluster &cluster);

    Backend backend() const { return m_backend; }

    // Where a new, empty database lives. Nothing exists there yet for SQLite; for PostgreSQL the
    // (empty) database has been created.
    Result<QString> freshLocation();
    // A new database opened with openBooks() and holding Books::agent and Books::supervisor;
    // null on failure, with lastError() saying why.
    std::unique_ptr<Books> open();
    const QByteArray &lastError() const { return m_lastError; }

private:
    Backend m_backend;
    PgCluster &m_cluster;
    QTemporaryDir m_dir;
    int m_files = 0;
    QByteArray m_lastError;
};

} // namespace Ledgerdesk::Test

// Fails the test function with the error's sentence when a Result is not ok. Evaluates `result` once.
#define LD_VERIFY_OK(result)                                                                                                     \
    do {                                                                                                                         \
        const auto &ldOutcome = (result);                                                                                        \
        if (!QTest::qVerify(                                                                                                     \
                ldOutcome.isOk(), #result, Ledgerdesk::Test::failureText(ldOutcome).constData(), __FILE__, __LINE__))            \
            return;                                                                                                              \
    } while (false)

// Fails the test function unless a Result failed with the given Error::Kind. Evaluates `result` once.
#define LD_VERIFY_ERROR(result, expectedKind)                                                                                    \
    do {                                                                                                                         \
        const auto &ldOutcome = (result);                                                                                        \
        if (!QTest::qVerify(!ldOutcome.isOk(), #result, "expected a refusal, but it succeeded", __FILE__, __LINE__))             \
            return;                                                                                                              \
        if (!QTest::qVerify(ldOutcome.error().kind == (expectedKind), #result,                                                   \
                Ledgerdesk::Test::kindMismatch(ldOutcome.error(), expectedKind).constData(), __FILE__, __LINE__))                \
            return;                                                                                                              \
    } while (false)

// Opens a fresh test book into `books` (a std::unique_ptr<Books>) or fails the test function.
#define LD_OPEN_BOOKS(books, testBooks)                                                                                          \
    auto books = (testBooks).open();                                                                                             \
    QVERIFY2(books != nullptr, (testBooks).lastError().constData())
