#pragma once

#include "core/result.h"

#include <QString>

namespace Ledgerdesk {

// An integration's credential for the webhook server's reads. The token itself is "ldk_" and the
// base64url of 32 random bytes: made by generate(), shown to the supervisor once and never stored.
// The book keeps its SHA-256 as 64 lower-case hex digits (hashOf()); a fast hash is enough, since a
// token has 256 random bits. A token is live until it is revoked. Times are epoch milliseconds (UTC),
// 0 for never. A value type.
struct ApiToken
{
    static inline const QString prefix = QStringLiteral("ldk_");

    QString id;
    QString name; // "reporting": one live token per name
    QString tokenHash;
    QString createdBy;
    qint64 createdAtMs = 0;
    QString revokedBy; // empty while live
    qint64 revokedAtMs = 0;
    qint64 lastUsedAtMs = 0;

    bool isRevoked() const { return revokedAtMs != 0; }
    // Whether `hash` is this token's, compared in a time that does not depend on where they differ.
    bool hasHash(const QString &hash) const;

    // A new token from the system's random source.
    static QString generate();
    // Whether `token` has the form generate() gives: the prefix, then 43 base64url characters.
    static bool isWellFormed(const QString &token);
    // The SHA-256 of the token's text, in 64 lower-case hex digits.
    static QString hashOf(const QString &token);

    // Validation errors naming the field ("name", "token_hash") with a sentence for people.
    static Result<void> checkName(const QString &name);
    static Result<void> checkHash(const QString &hash);
};

} // namespace Ledgerdesk
