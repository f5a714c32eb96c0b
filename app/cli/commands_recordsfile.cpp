// records start-empty: going on, on purpose, in a data folder whose records.sqlite is lost.
#include "clicontext.h"
#include "commands.h"
#include "datafolder/recordsstartempty.h"
#include "records/recordserror.h"

#include <QJsonObject>

namespace proofdesk::cli {

int runRecordsFile(CliContext &ctx)
{
    if (ctx.args() != QStringList{QStringLiteral("start-empty")} || !ctx.isSet(QStringLiteral("reason")))
        return ctx.usageError(
            QStringLiteral("records takes start-empty --reason R: it starts an empty records.sqlite in a "
                           "data folder that lost its own, or found it emptied, damaged or swapped for "
                           "another folder's (restore it from a backup if you can)."));
    const records::Identity me = records::Identity::fromOperatingSystem();
    try {
        const datafolder::StartedEmpty started =
            datafolder::startEmptyRecordsFile(ctx.dataPath(), me, ctx.value(QStringLiteral("reason")));
        if (ctx.json())
            ctx.printJson(QJsonObject{{QStringLiteral("lost_device"), started.lostDevice},
                                      {QStringLiteral("device"), started.newDevice},
                                      {QStringLiteral("kept_as"), started.keptAs},
                                      {QStringLiteral("user"), me.user}});
        ctx.printText(QStringLiteral("Started an empty records file (device %1) in place of the lost one (device %2). "
                                     "%3 has every role; `proofdesk-cli roles grant USER ROLE --reason R` grants "
                                     "roles to others again.")
                          .arg(started.newDevice, started.lostDevice, me.user));
        if (!started.keptAs.isEmpty())
            ctx.message(QStringLiteral("The file that was in its place was kept as %1.").arg(started.keptAs));
        return Done;
    } catch (const records::RecordsError &e) {
        ctx.message(e.message());
        return BadUsage;
    }
}

} // namespace proofdesk::cli
