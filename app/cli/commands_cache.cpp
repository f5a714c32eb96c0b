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

// Each delivery event or letter's text changed in place, said and listed (cache/tableseal.h).
// `part`: "delivery events"; `row`: how one changed row is said after its letter's id.
QJsonArray reportChangedRows(CliContext &ctx, const cache::TableSeal::Check &check, const QString &part,
                             const QString &row, const QString &triggers)
{
    if (!check.triggers)
        ctx.message(QStringLiteral("The sealing triggers of the %1 (%2) are not all in place: someone removed them, "
                                   "and rows changed since may not be named below.")
                        .arg(part, triggers));
    QJsonArray changed;
    for (const cache::TableSeal::Damaged &d : check.damaged) {
        changed.append(d.communicationId);
        ctx.message(QStringLiteral("%1: %2 changed outside Proofdesk.").arg(d.communicationId, row.arg(d.key)));
    }
    if (check.damagedRows > check.damaged.size())
        ctx.message(QStringLiteral("… and %1 more %2.").arg(check.damagedRows - check.damaged.size()).arg(part));
    return changed;
}

// The repair the daily check makes (RowSeal::repair), and what it did, said.
void repairAndSay(CliContext &ctx, const cache::RowSeal::Check &check)
{
    cache::Database writer = cache::CacheFile::openWriter(ctx.dataFolder().databasePath());
    const qsizetype repositories = cache::RowSeal::repair(writer, check);
    if (!check.triggers)
        ctx.message(QStringLiteral("The sealing triggers were made again."));
    if (!check.tallyTriggers)
        ctx.message(QStringLiteral("The counting triggers were made again."));
    if (!check.events.triggers || !check.texts.triggers)
        ctx.message(QStringLiteral("The sealing triggers of the delivery events and texts were made again."));
    if (check.events.damagedRows > 0)
        ctx.message(QStringLiteral("The changed delivery events were taken out of the cache."));
    if (check.texts.damagedRows > 0)
        ctx.message(QStringLiteral("The full-text index was built again from the texts as they are, and the "
                                   "letters whose text changed are written again at the next sync."));
    if (repositories > 0)
        ctx.message(QStringLiteral("The next sync reads %1 again from its start and writes those rows again "
                                   "as the repository holds them.")
                        .arg(repositories == 1 ? QStringLiteral("their repository")
                                               : QStringLiteral("their %1 repositories").arg(repositories)));
}

} // namespace

// cache verify: every communication's row, delivery event and text against the seal it was
// written with, and each repository's letters and delivery events against the count of those
// written (issue #62): a row changed, deleted or put in outside Proofdesk (the sqlite3 shell,
// another program) is named with its letter or repository, and its repository is read again at
// the next sync, which writes the row again from what the repository holds (RowSeal::repair, as
// the daily check does). Nothing goes to the trail.
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
    const QJsonArray changedEvents =
        reportChangedRows(ctx, check.events, QStringLiteral("delivery events"),
                          QStringLiteral("one of its delivery events (number %1) in the cache was"),
                          QStringLiteral("event_seal_insert, event_seal_update"));
    const QJsonArray changedTexts = reportChangedRows(ctx, check.texts, QStringLiteral("texts"),
                                                      QStringLiteral("its text (row %1) in the cache was"),
                                                      QStringLiteral("text_seal_insert, text_seal_update"));
    if (!ok)
        repairAndSay(ctx, check);
    if (ctx.json())
        ctx.printJson(QJsonObject{{QStringLiteral("ok"), ok},
                                  {QStringLiteral("rows"), check.rows},
                                  {QStringLiteral("damaged_rows"), check.damagedRows},
                                  {QStringLiteral("damaged"), damaged},
                                  {QStringLiteral("triggers"), check.triggers},
                                  {QStringLiteral("miscounted"), miscounted},
                                  {QStringLiteral("counting_triggers"), check.tallyTriggers},
                                  {QStringLiteral("events"), check.events.rows},
                                  {QStringLiteral("changed_events"), changedEvents},
                                  {QStringLiteral("changed_event_count"), check.events.damagedRows},
                                  {QStringLiteral("event_triggers"), check.events.triggers},
                                  {QStringLiteral("texts"), check.texts.rows},
                                  {QStringLiteral("changed_texts"), changedTexts},
                                  {QStringLiteral("changed_text_count"), check.texts.damagedRows},
                                  {QStringLiteral("text_triggers"), check.texts.triggers}});
    else if (ok)
        ctx.printText(QStringLiteral("%1 rows, %2 delivery events and %3 texts checked: each holds what Proofdesk "
                                     "wrote, and each repository has the letters and delivery events it wrote.")
                          .arg(check.rows)
                          .arg(check.events.rows)
                          .arg(check.texts.rows));
    return int(ok ? Done : FoundProblems);
}

} // namespace proofdesk::cli
