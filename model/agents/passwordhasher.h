#pragma once

#include <QString>

namespace Ledgerdesk::PasswordHasher {

// PBKDF2-SHA256 with a random 16-byte salt, stored as "pbkdf2-sha256$iterations$salt$hash" (base64).
// Deliberately slow: call it off the GUI thread.
constexpr int defaultIterations = 120000;

QString hash(const QString &password, int iterations = defaultIterations);
// Constant-time comparison against a stored hash; false for malformed or disabled ("!") hashes.
bool verify(const QString &password, const QString &storedHash);

} // namespace Ledgerdesk::PasswordHasher
