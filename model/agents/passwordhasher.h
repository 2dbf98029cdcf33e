#pragma once

#include <QString>

namespace Ledgerdesk::PasswordHasher {

// PBKDF2-SHA256 (OpenSSL's) with a random 16-byte salt, stored as "pbkdf2-sha256$iterations$salt$hash"
// (base64), at OWASP's current count. Deliberately slow (about a tenth of a second): call it off the
// GUI thread.
constexpr int defaultIterations = 600000;

QString hash(const QString &password, int iterations = defaultIterations);
// Constant-time comparison against a stored hash; false for malformed or disabled ("!") hashes.
bool verify(const QString &password, const QString &storedHash);
// Whether a stored hash was made with fewer iterations than today's count, so the password, once
// known right, is to be hashed again.
bool needsRehash(const QString &storedHash);

} // namespace Ledgerdesk::PasswordHasher
