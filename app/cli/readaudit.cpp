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
        // Reading needs no space and goes on; that it could not be recorded is said, never hidden.
        ctx.message(QStringLiteral("This %1 could not be recorded in the audit trail: %2.")
                        .arg(read.search ? QStringLiteral("search") : QStringLiteral("view"), QString::fromUtf8(e.what())));
        return Done;
    }
}

} // namespace proofdesk::cli
