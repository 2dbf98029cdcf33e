#include "apitoken.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QRandomGenerator>
#include <QRegularExpression>

namespace Ledgerdesk {

namespace {

struct Strings
{
    Q_DECLARE_TR_FUNCTIONS(Ledgerdesk::ApiToken)
};

constexpr int randomWords = 8; // 32 bytes
constexpr qsizetype encodedLength = 43; // base64url of 32 bytes, without padding

} // namespace

bool ApiToken::hasHash(const QString &hash) const
{
    if (hash.size() != tokenHash.size())
        return false;
    unsigned difference = 0;
    for (qsizetype i = 0; i < hash.size(); ++i)
        difference |= hash.at(i).unicode() ^ tokenHash.at(i).unicode();
    return difference == 0;
}

QString ApiToken::generate()
{
    quint32 words[randomWords];
    QRandomGenerator::system()->fillRange(words);
    const QByteArray bytes(reinterpret_cast<const char *>(words), sizeof(words));
    return prefix + QString::fromLatin1(bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

bool ApiToken::isWellFormed(const QString &token)
{
    static const QRegularExpression form(QRegularExpression::anchoredPattern(
        QRegularExpression::escape(prefix) + QStringLiteral("[A-Za-z0-9_-]{%1}").arg(encodedLength)));
    return form.match(token).hasMatch();
}

QString ApiToken::hashOf(const QString &token)
{
    return QString::fromLatin1(QCryptographicHash::hash(token.toUtf8(), QCryptographicHash::Sha256).toHex());
}

Result<void> ApiToken::checkName(const QString &name)
{
    static const QRegularExpression form(QRegularExpression::anchoredPattern(QStringLiteral("[A-Za-z0-9][A-Za-z0-9._-]{0,63}")));
    if (!form.match(name).hasMatch())
        return makeError(Error::Kind::Validation,
            Strings::tr("\"%1\" cannot name an API token: use 1 to 64 letters, digits, dots, hyphens or underscores, "
                        "starting with a letter or digit, like \"reporting\".")
                .arg(name),
            QStringLiteral("name"));
    return {};
}

Result<void> ApiToken::checkHash(const QString &hash)
{
    static const QRegularExpression form(QRegularExpression::anchoredPattern(QStringLiteral("[0-9a-f]{64}")));
    if (!form.match(hash).hasMatch())
        return makeError(Error::Kind::Validation,
            Strings::tr("The field \"token_hash\" must be the token's SHA-256 in 64 lower-case hex digits."),
            QStringLiteral("token_hash"));
    return {};
}

} // namespace Ledgerdesk
