#include "commandio.h"
#include "subcommand.h"

#include "engine/engine.h"
#include "ledger/journal.h"
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
    auto found = Verifier(**db, Engine::bookChecks()).run();
    if (!found)
        return fail(found.error().message);
    // The journal's hash chain is checked beside the Verifier's SQL checks: it needs SHA-256.
    Journal journal(**db);
    auto chainBreaches = journal.checkChain();
    if (!chainBreaches)
        return fail(chainBreaches.error().message);
    const QList<Verifier::Breach> breaches = *found + *chainBreaches;
    if (!breaches.isEmpty()) {
        for (const Verifier::Breach &breach : breaches)
            err() << Strings::tr("BREACH %1: %2").arg(breach.subject, breach.description) << Qt::endl;
        err() << Strings::tr("%n breach(es) found: the books are not sound.", nullptr, int(breaches.size())) << Qt::endl;
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
    auto head = journal.chainHead();
    if (!head)
        return fail(head.error().message);
    if (head->seq == 0)
        out() << Strings::tr("The journal's chain is empty.") << Qt::endl;
    else
        out() << Strings::tr("Chain head: entry %1 (%2), SHA-256 %3.").arg(head->seq).arg(head->entryId, head->hash) << Qt::endl;
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
