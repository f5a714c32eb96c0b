#include "cache/cachefile.h"
#include "cache/rowseal.h"
#include "cachereads.h"
#include "clicontext.h"
#include "commands.h"
#include "recordsexit.h"

#include <QJsonArray>
#include <QJsonObject>

namespace proofdesk::cli {

namespace {

// Each repository whose letters or delivery events are not as many as written, said and listed.
QJsonArray reportMiscounts(CliContext &ctx, const QList<cache::RowTally::Miscount> &found)
{
    QJsonArray miscounted;
    for (const cache::RowTally::Miscount &m : found) {
        miscounted.append(QJsonObject{{QStringLiteral("repository"), m.name},
                                      {QStringLiteral("letters"), m.letters},
                                      {QStringLiteral("letters_written"), m.lettersKept},
                                      {QStringLiteral("events"), m.events},
                                      {QStringLiteral("events_written"), m.eventsKept},
                                      {QStringLiteral("tally_holds"), m.sealHolds}});
        ctx.message(m.sealHolds ? QStringLiteral("Repository \"%1\": the cache holds %2 letters and %3 delivery events "
                                                 "where Proofdesk wrote %4 and %5: rows were deleted or put in "
                                                 "outside Proofdesk.")
                                      .arg(m.name.isEmpty() ? QString::number(m.repository) : m.name)
                                      .arg(m.letters)
                                      .arg(m.events)
                                      .arg(m.lettersKept)
                                      .arg(m.eventsKept)
                                : QStringLiteral("Repository \"%1\": its count of letters and events was changed "
                                                 "outside Proofdesk.")
                                      .arg(m.name.isEmpty() ? QString::number(m.repository) : m.name));
    }
    return miscounted;
}

} // namespace

// cache verify: every communication's row against the seal it was written with, and each
// repository's letters and delivery events against the count of those written (issue #62):
// a row changed, deleted or put in outside Proofdesk (the sqlite3 shell, another program) is
// named with its repository, and its
// repository is read again at the next sync, which writes the row again from what the
// repository holds (RowSeal::repair, as the daily check does). Nothing goes to the trail.
int runCache(CliContext &ctx)
{
    if (ctx.args() != QStringList{QStringLiteral("verify")})
        return ctx.usageError(QStringLiteral("cache takes verify: it checks every letter's row in the cache against "
                                             "what Proofdesk wrote."));
    const cache::RowSeal::Check check = cache::RowSeal::verify(ctx.reads().reader());
    const bool ok = check.clean();
    if (!check.triggers)
        ctx.message(QStringLiteral("The cache's sealing triggers (comm_seal_insert, comm_seal_update) are missing: "
                                   "someone removed them, and rows changed since may not be named below."));
    QJsonArray damaged;
    for (const cache::RowSeal::Damaged &d : check.damaged) {
        damaged.append(d.id);
        ctx.message(QStringLiteral("%1: its row in the cache was changed outside Proofdesk (it no longer holds what "
                                   "was written).")
                        .arg(d.id));
    }
    if (check.damagedRows > check.damaged.size())
        ctx.message(QStringLiteral("… and %1 more.").arg(check.damagedRows - check.damaged.size()));
    if (!check.tallyTriggers)
        ctx.message(QStringLiteral("The cache's counting triggers (tally_*) are missing: someone removed them."));
    const QJsonArray miscounted = reportMiscounts(ctx, check.miscounted);
    if (!ok) {
        cache::Database writer = cache::CacheFile::openWriter(ctx.dataFolder().databasePath());
        const qsizetype repositories = cache::RowSeal::repair(writer, check);
        if (!check.triggers)
            ctx.message(QStringLiteral("The sealing triggers were made again."));
        if (!check.tallyTriggers)
            ctx.message(QStringLiteral("The counting triggers were made again."));
        if (repositories > 0)
            ctx.message(QStringLiteral("The next sync reads %1 again from its start and writes those rows again "
                                       "as the repository holds them.")
                            .arg(repositories == 1 ? QStringLiteral("their repository")
                                                   : QStringLiteral("their %1 repositories").arg(repositories)));
    }
    if (ctx.json())
        ctx.printJson(QJsonObject{{QStringLiteral("ok"), ok},
                                  {QStringLiteral("rows"), check.rows},
                                  {QStringLiteral("damaged_rows"), check.damagedRows},
                                  {QStringLiteral("damaged"), damaged},
                                  {QStringLiteral("triggers"), check.triggers},
                                  {QStringLiteral("miscounted"), miscounted},
                                  {QStringLiteral("counting_triggers"), check.tallyTriggers}});
    else if (ok)
        ctx.printText(QStringLiteral("%1 rows checked: each holds what Proofdesk wrote, and each repository has "
                                     "the letters and delivery events it wrote.")
                          .arg(check.rows));
    return int(ok ? Done : FoundProblems);
}

} // namespace proofdesk::cli
