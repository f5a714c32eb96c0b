#include "cache/cachefile.h"
#include "cache/rowseal.h"
#include "cachereads.h"
#include "clicontext.h"
#include "commands.h"
#include "recordsexit.h"

#include <QJsonArray>
#include <QJsonObject>

namespace proofdesk::cli {

// cache verify: every communication's row against the seal it was written with (issue #62):
// a row changed outside Proofdesk (the sqlite3 shell, another program) is named, and its
// repository is read again at the next sync, which writes the row again from what the
// repository holds (RowSeal::repair, as the daily check does). Nothing goes to the trail.
int runCache(CliContext &ctx)
{
    if (ctx.args() != QStringList{QStringLiteral("verify")})
        return ctx.usageError(QStringLiteral("cache takes verify: it checks every letter's row in the cache against "
                                             "what Proofdesk wrote."));
    const cache::RowSeal::Check check = cache::RowSeal::verify(ctx.reads().reader());
    const bool ok = check.damagedRows == 0 && check.triggers;
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
    if (!ok) {
        cache::Database writer = cache::CacheFile::openWriter(ctx.dataFolder().databasePath());
        const qsizetype repositories = cache::RowSeal::repair(writer, check);
        if (!check.triggers)
            ctx.message(QStringLiteral("The sealing triggers were made again."));
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
                                  {QStringLiteral("triggers"), check.triggers}});
    else if (ok)
        ctx.printText(QStringLiteral("%1 rows checked: each holds what Proofdesk wrote.").arg(check.rows));
    return int(ok ? Done : FoundProblems);
}

} // namespace proofdesk::cli
