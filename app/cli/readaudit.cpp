#include "readaudit.h"

#include "cache/sqlite.h"
#include "clicontext.h"

namespace proofdesk::cli {

int recordRead(CliContext &ctx, const ReadAccess &read, const std::function<int(const ReadAccess &)> &append)
{
    try {
        return append(read);
    } catch (const cache::SqliteError &e) {
        if (!e.isDiskFull())
            throw;
        // DESIGN.md "Audit trail": every search and every view of a document is recorded. A
        // result shown without its entry would be a read the trail never has, so none is shown.
        const QString what = read.search ? QStringLiteral("search") : QStringLiteral("view of %1").arg(read.objectId);
        ctx.message(QStringLiteral("Refused: this %1 cannot be recorded in the audit trail, and nothing is shown "
                                   "that is not recorded: %2.\nFree some space on that disk and run it again; "
                                   "stats, hold list, findings and audit verify work meanwhile.")
                        .arg(what, cache::SqliteError::diskFullMessage(ctx.dataPath(), QString::fromUtf8(e.what()))));
        return Unusable;
    }
}

} // namespace proofdesk::cli
