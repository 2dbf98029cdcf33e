#include "apitokenrepository.h"

#include "storage/database.h"
#include "storage/rows.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QVariant>

#include <optional>

namespace Ledgerdesk {

namespace {

struct Strings
{
    Q_DECLARE_TR_FUNCTIONS(Ledgerdesk::ApiTokenRepository)
};

// The columns tokenFrom() reads, in its order.
const QString tokenColumns
    = QStringLiteral("id, name, token_hash, created_by, created_at_ms, revoked_by, revoked_at_ms, last_used_at_ms");

ApiToken tokenFrom(RowReader &row)
{
    ApiToken token;
    token.id = row.text();
    token.name = row.text();
    token.tokenHash = row.text();
    token.createdBy = row.text();
    token.createdAtMs = row.int64();
    token.revokedBy = row.text();
    token.revokedAtMs = row.int64();
    token.lastUsedAtMs = row.int64();
    return token;
}

} // namespace

Result<void> ApiTokenRepository::insert(const ApiToken &token)
{
    QSqlQuery &query = m_db.prepared(
        QStringLiteral("INSERT INTO api_tokens (id, name, token_hash, created_by, created_at_ms) VALUES (?, ?, ?, ?, ?)"));
    bindValues(query, {token.id, token.name, token.tokenHash, token.createdBy, token.createdAtMs});
    return m_db.exec(query, Strings::tr("Could not store the API token \"%1\".").arg(token.name));
}

Result<ApiToken> ApiTokenRepository::findLive(const QString &name)
{
    QSqlQuery &query = m_db.prepared(
        QStringLiteral("SELECT ") + tokenColumns + QStringLiteral(" FROM api_tokens WHERE name = ? AND revoked_at_ms IS NULL"));
    query.addBindValue(name);
    return findOne(m_db, query, tokenFrom, Strings::tr("Could not read the API token \"%1\".").arg(name),
        Strings::tr("There is no live API token named \"%1\".").arg(name), name);
}

Result<bool> ApiTokenRepository::hasHash(const QString &tokenHash)
{
    QSqlQuery &query = m_db.prepared(QStringLiteral("SELECT COUNT(*) FROM api_tokens WHERE token_hash = ?"));
    query.addBindValue(tokenHash);
    if (auto ok = m_db.exec(query, Strings::tr("Could not read the API tokens.")); !ok)
        return ok.error();
    const bool found = query.next() && query.value(0).toLongLong() > 0;
    query.finish();
    return found;
}

Result<void> ApiTokenRepository::revoke(const QString &id, const QString &byAgentId, qint64 atMs)
{
    QSqlQuery &query = m_db.prepared(
        QStringLiteral("UPDATE api_tokens SET revoked_by = ?, revoked_at_ms = ? WHERE id = ? AND revoked_at_ms IS NULL"));
    bindValues(query, {byAgentId, atMs, id});
    if (auto ok = m_db.exec(query, Strings::tr("Could not revoke the API token.")); !ok)
        return ok;
    if (query.numRowsAffected() == 0)
        return makeError(Error::Kind::Conflict, Strings::tr("The API token has been revoked already."), id);
    return {};
}

Result<QList<ApiToken>> ApiTokenRepository::list()
{
    QSqlQuery &query = m_db.prepared(
        QStringLiteral("SELECT ") + tokenColumns + QStringLiteral(" FROM api_tokens ORDER BY name, created_at_ms, id"));
    return fetchAll(m_db, query, tokenFrom, Strings::tr("Could not list the API tokens."));
}

Result<ApiToken> ApiTokenRepository::authenticate(const QString &token)
{
    const Error refused = makeError(Error::Kind::NotFound, Strings::tr("The API token is unknown or has been revoked."));
    if (!ApiToken::isWellFormed(token))
        return refused;
    const QString hash = ApiToken::hashOf(token);
    QSqlQuery &query = m_db.prepared(
        QStringLiteral("SELECT ") + tokenColumns + QStringLiteral(" FROM api_tokens WHERE revoked_at_ms IS NULL"));
    auto live = fetchAll(m_db, query, tokenFrom, Strings::tr("Could not read the API tokens."));
    if (!live)
        return live.error();
    // Every live token is compared, whichever matches.
    std::optional<ApiToken> match;
    for (const ApiToken &candidate : std::as_const(*live)) {
        if (candidate.hasHash(hash))
            match = candidate;
    }
    if (!match)
        return refused;
    return *match;
}

Result<void> ApiTokenRepository::markUsed(const ApiToken &token, qint64 nowMs)
{
    if (nowMs - token.lastUsedAtMs < lastUsedPrecisionMs)
        return {};
    QSqlQuery &query = m_db.prepared(QStringLiteral("UPDATE api_tokens SET last_used_at_ms = ? WHERE id = ?"));
    bindValues(query, {nowMs, token.id});
    return m_db.exec(query, Strings::tr("Could not note when the API token \"%1\" was used.").arg(token.name));
}

} // namespace Ledgerdesk
