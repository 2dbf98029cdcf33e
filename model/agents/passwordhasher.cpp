#include "passwordhasher.h"

#include <QRandomGenerator>
#include <QStringList>

#include <openssl/evp.h>

namespace Ledgerdesk::PasswordHasher {

namespace {

constexpr int keyLength = 32;

// Empty when OpenSSL fails, which then matches no stored hash.
QByteArray derive(const QString &password, const QByteArray &salt, int iterations)
{
    const QByteArray secret = password.toUtf8();
    QByteArray key(keyLength, Qt::Uninitialized);
    const int ok
        = PKCS5_PBKDF2_HMAC(secret.constData(), int(secret.size()), reinterpret_cast<const unsigned char *>(salt.constData()),
            int(salt.size()), iterations, EVP_sha256(), keyLength, reinterpret_cast<unsigned char *>(key.data()));
    return ok == 1 ? key : QByteArray();
}

// The iteration count of a stored hash; 0 when it is malformed.
int iterationsOf(const QStringList &parts)
{
    if (parts.size() != 4 || parts.at(0) != QLatin1String("pbkdf2-sha256"))
        return 0;
    bool ok = false;
    const int iterations = parts.at(1).toInt(&ok);
    return ok && iterations > 0 ? iterations : 0;
}

} // namespace

QString hash(const QString &password, int iterations)
{
    QByteArray salt(16, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(salt.data()), salt.size() / int(sizeof(quint32)));
    return QStringLiteral("pbkdf2-sha256$%1$%2$%3")
        .arg(iterations)
        .arg(QString::fromLatin1(salt.toBase64()), QString::fromLatin1(derive(password, salt, iterations).toBase64()));
}

bool verify(const QString &password, const QString &storedHash)
{
    const QStringList parts = storedHash.split(QLatin1Char('$'));
    const int iterations = iterationsOf(parts);
    if (iterations == 0)
        return false;
    const QByteArray salt = QByteArray::fromBase64(parts.at(2).toLatin1());
    const QByteArray expected = QByteArray::fromBase64(parts.at(3).toLatin1());
    const QByteArray actual = derive(password, salt, iterations);
    if (actual.isEmpty() || actual.size() != expected.size())
        return false;
    unsigned char difference = 0;
    for (qsizetype i = 0; i < actual.size(); ++i)
        difference |= static_cast<unsigned char>(actual.at(i) ^ expected.at(i));
    return difference == 0;
}

bool needsRehash(const QString &storedHash)
{
    const int iterations = iterationsOf(storedHash.split(QLatin1Char('$')));
    return iterations > 0 && iterations < defaultIterations;
}

} // namespace Ledgerdesk::PasswordHasher
