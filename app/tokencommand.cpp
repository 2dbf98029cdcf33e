#include "commandio.h"
#include "subcommand.h"

#include "core/ids.h"
#include "engine/engine.h"
#include "intake/apitoken.h"
#include "intake/apitokenrepository.h"
#include "intake/intakemessages.h"
#include "queue/message.h"
#include "storage/openbooks.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>

#include <algorithm>

namespace Ledgerdesk::CommandLine {

namespace {

struct Strings
{
    Q_DECLARE_TR_FUNCTIONS(Ledgerdesk::CommandLine)
};

const QString nameField = QStringLiteral("name");

// Applies one message of the signed-in agent at once, in this process, as the processor would: the
// type's role and payload checks, the change, its activity record and the mark that it was applied,
// in one transaction. A token is usable (or refused) as soon as the command returns.
Result<QJsonObject> applyNow(const QCommandLineParser &parser, Engine &engine, const QString &type, const QJsonObject &payload)
{
    if (auto checked = engine.executor().check(type, payload); !checked)
        return checked.error();
    auto agent = signIn(engine.db(), parser);
    if (!agent)
        return agent.error();
    return engine.executor().apply(Message::create(type, payload, agent->id, Ids::nowMs()));
}

int createToken(const QCommandLineParser &parser, Engine &engine, const QString &name)
{
    const QString token = ApiToken::generate();
    auto applied = applyNow(parser, engine, IntakeMessages::apiTokenCreate,
        {{nameField, name}, {QStringLiteral("token_hash"), ApiToken::hashOf(token)}});
    if (!applied)
        return fail(applied.error().message);
    // The token alone on stdout, so that a script can take it; the advice on stderr.
    err() << Strings::tr("The API token \"%1\" is live. It is shown this once and cannot be read again: give it to the "
                         "integration, which sends it as \"Authorization: Bearer TOKEN\".")
                 .arg(name)
          << Qt::endl;
    out() << token << Qt::endl;
    return 0;
}

int revokeToken(const QCommandLineParser &parser, Engine &engine, const QString &name)
{
    auto applied = applyNow(parser, engine, IntakeMessages::apiTokenRevoke, {{nameField, name}});
    if (!applied)
        return fail(applied.error().message);
    out() << Strings::tr("The API token \"%1\" is revoked; reads with it are refused from now on.").arg(name) << Qt::endl;
    return 0;
}

QString timeText(qint64 epochMs)
{
    return epochMs == 0 ? QStringLiteral("-") : QDateTime::fromMSecsSinceEpoch(epochMs, Qt::UTC).toString(Qt::ISODate);
}

int listTokens(Database &db)
{
    auto tokens = ApiTokenRepository(db).list();
    if (!tokens)
        return fail(tokens.error().message);
    if (tokens->isEmpty()) {
        out() << Strings::tr("There are no API tokens; a supervisor makes one with `ledgerdesk token create NAME --agent ID`.")
              << Qt::endl;
        return 0;
    }
    QList<QStringList> rows {{Strings::tr("NAME"), Strings::tr("CREATED"), Strings::tr("BY"), Strings::tr("LAST USED"),
        Strings::tr("REVOKED"), Strings::tr("BY")}};
    for (const ApiToken &token : std::as_const(*tokens))
        rows.append({token.name, timeText(token.createdAtMs), token.createdBy, timeText(token.lastUsedAtMs),
            timeText(token.revokedAtMs), token.isRevoked() ? token.revokedBy : QStringLiteral("-")});
    QList<qsizetype> widths(rows.first().size(), 0);
    for (const QStringList &row : std::as_const(rows)) {
        for (qsizetype column = 0; column < row.size(); ++column)
            widths[column] = std::max(widths.at(column), row.at(column).size());
    }
    for (const QStringList &row : std::as_const(rows)) {
        QString line;
        for (qsizetype column = 0; column < row.size(); ++column)
            line += row.at(column).leftJustified(widths.at(column) + 2);
        out() << line.trimmed() << Qt::endl;
    }
    return 0;
}

int runToken(const QCommandLineParser &parser, const QStringList &positional)
{
    const QString action = positional.value(0);
    const bool listing = action == QLatin1String("list") && positional.size() == 1;
    const bool changing = (action == QLatin1String("create") || action == QLatin1String("revoke")) && positional.size() == 2;
    if (!listing && !changing)
        return fail(Strings::tr("Usage: ledgerdesk token create NAME --agent ID | revoke NAME --agent ID | list."));
    if (listing) {
        auto db = openBooks(locationOf(parser), Database::Access::ReadOnly);
        if (!db)
            return fail(db.error().message);
        return listTokens(**db);
    }
    const QString name = positional.at(1);
    if (auto ok = ApiToken::checkName(name); !ok)
        return fail(ok.error().message);
    auto db = openBooks(locationOf(parser));
    if (!db)
        return fail(db.error().message);
    Engine engine(**db);
    return action == QLatin1String("create") ? createToken(parser, engine, name) : revokeToken(parser, engine, name);
}

} // namespace

// `ledgerdesk token`: a supervisor creates and revokes the API tokens integrations read with; the
// token is printed once, at its creation, and the book keeps only its hash. Both apply at once.
Subcommand tokenCommand()
{
    return {QStringLiteral("token"), QStringLiteral("token create NAME --agent ID | revoke NAME --agent ID | list"),
        Strings::tr("Create, revoke or list the API tokens of the webhook server's reads (supervisors)."), {agentOption()},
        {{QStringLiteral("ACTION"), Strings::tr("What to do: create, revoke or list."), {}},
            {QStringLiteral("NAME"), Strings::tr("The token's name, like reporting."), QStringLiteral("[NAME]")}},
        false, runToken};
}

} // namespace Ledgerdesk::CommandLine
