#include "migrator.h"

#include "core/logging.h"
#include "database.h"
#include "journalchain.h"
#include "transactionguard.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QRegularExpression>

namespace Ledgerdesk {

namespace {

struct Strings
{
    Q_DECLARE_TR_FUNCTIONS(Ledgerdesk::Migrator)
};

// The statements of one migration file, comments removed and dialect placeholders filled in.
QStringList statementsOf(const QString &script, Database::Dialect dialect)
{
    QString text;
    for (const QString &line : script.split(QLatin1Char('\n'))) {
        if (!line.trimmed().startsWith(QLatin1String("--")))
            text += line + QLatin1Char('\n');
    }
    text.replace(QStringLiteral("@SERIAL_PK@"),
        dialect == Database::Dialect::Postgres ? QStringLiteral("BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY")
                                               : QStringLiteral("INTEGER PRIMARY KEY"));
    QStringList statements;
    for (const QString &part : text.split(QLatin1Char(';'))) {
        if (!part.trimmed().isEmpty())
            statements << part.trimmed();
    }
    return statements;
}

// The version that gives the journal its hash chain: SQL cannot compute SHA-256 portably, so the
// entries a book already holds are chained here, in the same transaction as the new columns.
constexpr int journalChainVersion = 5;

} // namespace

Migrator::Migrator(Database &db)
    : m_db(db)
{ }

QList<Migrator::Migration> Migrator::migrations()
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d{4})_.+\\.sql$"));
    QList<Migration> list;
    const QDir dir(QStringLiteral(":/sql"));
    for (const QString &name : dir.entryList(QDir::Files, QDir::Name)) {
        const auto match = pattern.match(name);
        if (match.hasMatch())
            list.append({match.captured(1).toInt(), dir.filePath(name)});
    }
    return list;
}

int Migrator::latestVersion()
{
    const auto list = migrations();
    return list.isEmpty() ? 0 : list.constLast().version;
}

Result<int> Migrator::currentVersion()
{
    const QStringList tables = m_db.connection().tables();
    if (!tables.contains(QStringLiteral("schema_version")))
        return 0;
    QSqlQuery query(m_db.connection());
    if (!query.exec(QStringLiteral("SELECT version FROM schema_version")))
        return storageError(query, Strings::tr("Could not read the database's version."));
    return query.next() ? query.value(0).toInt() : 0;
}

Result<void> Migrator::migrate(int target)
{
    const int latest = latestVersion();
    if (target < 0)
        target = latest;
    auto current = currentVersion();
    if (!current)
        return current.error();
    if (*current > latest)
        return makeError(Error::Kind::Unsupported,
            Strings::tr("This database was written by a newer Ledgerdesk (schema %1; this program knows up to %2). "
                        "Update Ledgerdesk to open it.")
                .arg(*current)
                .arg(latest));
    if (*current >= target)
        return {};
    if (m_db.isReadOnly())
        return makeError(Error::Kind::Unsupported,
            Strings::tr("This database is from an older Ledgerdesk and must be upgraded before it can be opened read-only."));
    for (const Migration &migration : migrations()) {
        if (migration.version > *current && migration.version <= target) {
            if (auto ok = apply(migration); !ok)
                return ok;
        }
    }
    return {};
}

Result<void> Migrator::apply(const Migration &migration)
{
    QFile file(migration.resourcePath);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(
            Error::Kind::Storage, Strings::tr("A database upgrade step is missing from the program."), migration.resourcePath);
    const QString failed = Strings::tr("Could not upgrade the database to version %1.").arg(migration.version);

    TransactionGuard transaction(m_db);
    if (!transaction.isActive())
        return transaction.error();
    QStringList statements = statementsOf(QString::fromUtf8(file.readAll()), m_db.dialect());
    if (migration.version == 1)
        statements << QStringLiteral("CREATE TABLE schema_version (version INTEGER NOT NULL)")
                   << QStringLiteral("INSERT INTO schema_version (version) VALUES (0)");
    for (const QString &sql : std::as_const(statements)) {
        if (auto ok = m_db.execRaw(sql, failed); !ok)
            return ok;
    }
    if (migration.version == journalChainVersion) {
        if (auto ok = JournalChain(m_db).chainExisting(); !ok)
            return ok;
    }
    QSqlQuery bump(m_db.connection());
    bump.prepare(QStringLiteral("UPDATE schema_version SET version = ?"));
    bump.addBindValue(migration.version);
    if (auto ok = m_db.exec(bump, failed); !ok)
        return ok;
    qCInfo(lcStorage) << "database upgraded to schema" << migration.version;
    return transaction.commit();
}

} // namespace Ledgerdesk
