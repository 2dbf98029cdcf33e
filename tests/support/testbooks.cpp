#include "testbooks.h"

#include "agents/agentrepository.h"
#include "agents/passwordhasher.h"
#include "core/ids.h"
#include "engine/engine.h"
#include "ledger/accountrepository.h"
#include "pgcluster.h"
#include "storage/openbooks.h"
#include "storage/verifier.h"

#include <QRegularExpression>
#include <QSqlQuery>
#include <QVariant>

namespace Ledgerdesk::Test {

QString backendName(Backend backend)
{
    return backend == Backend::Sqlite ? QStringLiteral("SQLite") : QStringLiteral("PostgreSQL");
}

QByteArray describe(const Error &error)
{
    QString text = Error::kindName(error.kind) + QStringLiteral(": ") + error.message;
    if (!error.detail.isEmpty())
        text += QStringLiteral(" (") + error.detail + QLatin1Char(')');
    return text.toUtf8();
}

QByteArray kindMismatch(const Error &error, Error::Kind expected)
{
    return "expected a " + Error::kindName(expected).toUtf8() + " refusal, got " + describe(error);
}

Books::Books(std::unique_ptr<Database> db)
    : m_db(std::move(db))
    , m_engine(std::make_unique<Engine>(*m_db))
{ }

Result<void> Books::addAgent(const QString &id, Role role, const QString &agentPassword, const QString &name)
{
    Agent row;
    row.id = id;
    row.displayName = name.isEmpty() ? id : name;
    row.role = role;
    row.passwordHash = PasswordHasher::hash(agentPassword, 1000);
    return AgentRepository(*m_db).create(row, Ids::nowMs());
}

Message Books::message(const QString &type, const QJsonObject &payload, const QString &agentId, qint64 createdAtMs)
{
    return Message::create(type, payload, agentId, createdAtMs);
}

Result<QJsonObject> Books::apply(const Message &message)
{
    return m_engine->executor().apply(message);
}

Result<QJsonObject> Books::apply(const QString &type, const QJsonObject &payload, const QString &agentId, qint64 createdAtMs)
{
    return m_engine->executor().apply(message(type, payload, agentId, createdAtMs));
}

Result<QString> Books::createClient(const QString &firstName, const QString &lastName, const QString &agentId, qint64 createdAtMs)
{
    const QString handle = (firstName + QLatin1Char('.') + lastName).toLower();
    auto result = apply(QStringLiteral("CLIENT_CREATE"),
        {{QStringLiteral("first_name"), firstName}, {QStringLiteral("last_name"), lastName},
            {QStringLiteral("email"), handle + QStringLiteral("@example.com")},
            {QStringLiteral("phone"), QStringLiteral("+14155550123")}},
        agentId, createdAtMs);
    if (!result)
        return result.error();
    return result->value(QStringLiteral("client_id")).toString();
}

Result<QString> Books::openWallet(const QString &clientId, const QString &currency, const QString &agentId, qint64 createdAtMs)
{
    auto result = apply(QStringLiteral("WALLET_OPEN"),
        {{QStringLiteral("client_id"), clientId}, {QStringLiteral("currency"), currency}}, agentId, createdAtMs);
    if (!result)
        return result.error();
    return result->value(QStringLiteral("wallet_id")).toString();
}

Result<QJsonObject> Books::deposit(const QString &walletId, const QString &amount, const QString &agentId, qint64 createdAtMs)
{
    return apply(QStringLiteral("DEPOSIT"), {{QStringLiteral("wallet_id"), walletId}, {QStringLiteral("amount"), amount}},
        agentId, createdAtMs);
}

Result<qint64> Books::balanceOf(const QString &accountId)
{
    auto account = AccountRepository(*m_db).find(accountId);
    if (!account)
        return account.error();
    return account->balanceMinor;
}

qint64 Books::walletBalance(const QString &walletId)
{
    auto balance = balanceOf(walletId);
    return balance ? *balance : -1;
}

qint64 Books::count(const QString &table)
{
    static const QRegularExpression identifier(QStringLiteral("^[a-z_]+$"));
    Q_ASSERT(identifier.match(table).hasMatch());
    const QVariant value = scalar(QStringLiteral("SELECT COUNT(*) FROM ") + table);
    return value.isValid() ? value.toLongLong() : -1;
}

QVariant Books::scalar(const QString &sql, const QVariantList &values)
{
    QSqlQuery query(m_db->connection());
    query.setForwardOnly(true);
    if (!query.prepare(sql))
        return {};
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!query.exec() || !query.next())
        return {};
    return query.value(0);
}

Result<void> Books::execute(const QString &sql, const QVariantList &values)
{
    QSqlQuery query(m_db->connection());
    if (!query.prepare(sql))
        return storageError(query, QStringLiteral("Could not prepare the test's statement."));
    for (const QVariant &value : values)
        query.addBindValue(value);
    return m_db->exec(query, QStringLiteral("The test's statement failed."));
}

QString Books::breaches()
{
    auto found = Verifier(*m_db, Engine::bookChecks()).run();
    if (!found)
        return QString::fromUtf8(describe(found.error()));
    QStringList lines;
    for (const Verifier::Breach &breach : std::as_const(*found))
        lines << breach.subject + QStringLiteral(": ") + breach.description;
    return lines.join(QLatin1Char('\n'));
}

TestBooks::TestBooks(Backend backend, PgCluster &cluster)
    : m_backend(backend)
    , m_cluster(cluster)
{ }

Result<QString> TestBooks::freshLocation()
{
    if (m_backend == Backend::Postgres)
        return m_cluster.createDatabase();
    if (!m_dir.isValid())
        return makeError(
            Error::Kind::Storage, QStringLiteral("No temporary folder for the test databases."), m_dir.errorString());
    return m_dir.filePath(QStringLiteral("books-%1.sqlite").arg(++m_files));
}

std::unique_ptr<Books> TestBooks::open()
{
    m_lastError.clear();
    auto location = freshLocation();
    if (!location) {
        m_lastError = describe(location.error());
        return nullptr;
    }
    auto db = openBooks(*location);
    if (!db) {
        m_lastError = "openBooks(" + location->toUtf8() + ") failed: " + describe(db.error());
        return nullptr;
    }
    auto books = std::make_unique<Books>(std::move(db).value());
    for (const auto &[id, role] : {std::pair {Books::agent, Role::Agent}, std::pair {Books::supervisor, Role::Supervisor}}) {
        if (auto ok = books->addAgent(id, role); !ok) {
            m_lastError = describe(ok.error());
            return nullptr;
        }
    }
    return books;
}

} // namespace Ledgerdesk::Test
