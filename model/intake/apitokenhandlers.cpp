#include "intakemessages.h"

#include "apitokenrepository.h"
#include "commands/handlercontext.h"
#include "core/ids.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace Ledgerdesk {

namespace {

struct Strings
{
    Q_DECLARE_TR_FUNCTIONS(Ledgerdesk::ApiTokenHandlers)
};

const QString nameField = QStringLiteral("name");
const QString hashField = QStringLiteral("token_hash");
const QString recordAttribute = QStringLiteral("api_token");

QJsonObject outcome(const ApiToken &token)
{
    return QJsonObject {{QStringLiteral("token_id"), token.id}, {nameField, token.name}};
}

Result<QJsonObject> createToken(HandlerContext &context)
{
    auto name = context.requireString(nameField);
    if (!name)
        return name.error();
    auto hash = context.requireString(hashField);
    if (!hash)
        return hash.error();
    ApiTokenRepository tokens(context.db());
    auto live = tokens.findLive(*name);
    if (live)
        return makeError(Error::Kind::Conflict,
            Strings::tr("The API token \"%1\" exists already; revoke it first or choose another name.").arg(*name), nameField);
    if (live.error().kind != Error::Kind::NotFound)
        return live.error();
    auto issued = tokens.hasHash(*hash);
    if (!issued)
        return issued.error();
    if (*issued)
        return makeError(
            Error::Kind::Conflict, Strings::tr("This token was issued before; make a new one for \"%1\".").arg(*name), hashField);

    ApiToken token;
    token.id = Ids::next();
    token.name = *name;
    token.tokenHash = *hash;
    token.createdBy = context.agent().id;
    token.createdAtMs = context.nowMs();
    if (auto ok = tokens.insert(token); !ok)
        return ok.error();
    if (auto ok = context.record(QStringLiteral("Create|ApiToken"), {}, recordAttribute, {}, token.name); !ok)
        return ok.error();
    return outcome(token);
}

Result<QJsonObject> revokeToken(HandlerContext &context)
{
    auto name = context.requireString(nameField);
    if (!name)
        return name.error();
    ApiTokenRepository tokens(context.db());
    auto token = tokens.findLive(*name);
    if (!token)
        return token.error();
    if (auto ok = tokens.revoke(token->id, context.agent().id, context.nowMs()); !ok)
        return ok.error();
    if (auto ok = context.record(QStringLiteral("Revoke|ApiToken"), {}, recordAttribute, token->name, {}); !ok)
        return ok.error();
    return outcome(*token);
}

} // namespace

QList<MessageType> IntakeMessages::apiTokenTypes()
{
    MessageType create {apiTokenCreate, Permission::Supervisor, {PayloadField::text(nameField), PayloadField::text(hashField)},
        createToken, [](const QJsonObject &result) {
            return Strings::tr("The API token \"%1\" was created.").arg(result.value(nameField).toString());
        }};
    create.customCheck = [](const QJsonObject &payload) -> Result<void> {
        if (auto ok = ApiToken::checkName(payload.value(nameField).toString()); !ok)
            return ok;
        return ApiToken::checkHash(payload.value(hashField).toString());
    };
    MessageType revoke {
        apiTokenRevoke, Permission::Supervisor, {PayloadField::text(nameField)}, revokeToken, [](const QJsonObject &result) {
            return Strings::tr("The API token \"%1\" was revoked.").arg(result.value(nameField).toString());
        }};
    return {create, revoke};
}

} // namespace Ledgerdesk
