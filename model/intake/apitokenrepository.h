#pragma once

#include "apitoken.h"
#include "core/result.h"

#include <QList>

namespace Ledgerdesk {

class Database;

// Stores and reads the API tokens (table api_tokens): hashes only, never a token. Used on the
// connection's thread; every call runs inside the caller's transaction when there is one.
class ApiTokenRepository
{
public:
    // How stale a token's last use may be: markUsed() writes at most once in this time per token, so
    // that reads do not each cost a write.
    static constexpr qint64 lastUsedPrecisionMs = 60'000;

    explicit ApiTokenRepository(Database &db)
        : m_db(db)
    { }

    Result<void> insert(const ApiToken &token);
    // The live token of that name; NotFound with a sentence when there is none.
    Result<ApiToken> findLive(const QString &name);
    // Whether any token, live or revoked, has this hash.
    Result<bool> hasHash(const QString &tokenHash);
    // Marks a live token revoked; a Conflict when it is revoked already (or was never there).
    Result<void> revoke(const QString &id, const QString &byAgentId, qint64 atMs);
    // Every token, live and revoked, by name and then by creation.
    Result<QList<ApiToken>> list();

    // The live token whose hash is that of `token`, compared with every live token's in constant
    // time; NotFound with a sentence when the token is malformed, unknown or revoked (the same
    // sentence for each, so an answer tells a caller nothing about which).
    Result<ApiToken> authenticate(const QString &token);
    // Notes that the token was used at nowMs, unless its last use was noted less than
    // lastUsedPrecisionMs before.
    Result<void> markUsed(const ApiToken &token, qint64 nowMs);

private:
    Database &m_db;
};

} // namespace Ledgerdesk
