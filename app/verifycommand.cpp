#include "commandio.h"
#include "subcommand.h"

#include "engine/engine.h"
#include "storage/openbooks.h"
#include "storage/verifier.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QSqlQuery>

namespace Ledgerdesk::CommandLine {

namespace {

struct Strings
{
    Q_DECLARE_TR_FUNCTIONS(Ledgerdesk::CommandLine)
};

int runVerify(const QCommandLineParser &parser, const QStringList &)
{
    auto db = openBooks(locationOf(parser), Database::Access::ReadOnly);
    if (!db)
        return fail(db.error().message);
    auto breaches = Verifier(**db, Engine::bookChecks()).run();
    if (!breaches)
        return fail(breaches.error().message);
    if (!breaches->isEmpty()) {
        for (const Verifier::Breach &breach : std::as_const(*breaches))
            err() << Strings::tr("BREACH %1: %2").arg(breach.subject, breach.description) << Qt::endl;
        err() << Strings::tr("%n breach(es) found: the books are not sound.", nullptr, int(breaches->size())) << Qt::endl;
        return 1;
    }
    QSqlQuery counts((*db)->connection());
    counts.exec(QStringLiteral("SELECT (SELECT COUNT(*) FROM journal_entries), (SELECT COUNT(*) FROM postings), "
                               "(SELECT COUNT(*) FROM accounts)"));
    counts.next();
    out() << Strings::tr("The books are sound: %1 entries, %2 postings and %3 accounts checked.")
                 .arg(counts.value(0).toLongLong())
                 .arg(counts.value(1).toLongLong())
                 .arg(counts.value(2).toLongLong())
          << Qt::endl;
    return 0;
}

} // namespace

// `ledgerdesk verify`: checks the books read-only; exit 1 after naming each breach.
Subcommand verifyCommand()
{
    return {QStringLiteral("verify"), QStringLiteral("verify"),
        Strings::tr("Check every invariant of the books; exit 1 naming each breach."), {}, {}, false, runVerify};
}

} // namespace Ledgerdesk::CommandLine
