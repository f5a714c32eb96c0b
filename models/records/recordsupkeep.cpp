#include "recordsupkeep.h"

#include "audit/changetransaction.h"
#include "holddeliveries.h"
#include "reissueservice.h"

namespace proofdesk::records {

UpkeepReport afterSync(cache::Database &writer, const Identity &identity, const QString &dataDir,
                       OutboxDispatcher::RequestsKept kept)
{
    UpkeepReport report;
    // The entries of held communications a repository deleted were staged with the sync's pages
    // (HeldDeletionTrail): the copies records.sqlite now has are cleared.
    audit::finishStagedEntries(writer);
    const RecordsSession system = RecordsSession::system(writer, identity);
    report.fulfilledReissues = ReissueService(system).linkFulfilled();
    report.purged = purgeDisposed(writer, dataDir);
    // A scope hold covers communications that arrived with this sync: their repository
    // objects get the hold too.
    HoldDeliveries(writer).planScopeHolds(system.now());
    report.outbox = OutboxDispatcher(system, kept).flush();
    return report;
}

} // namespace proofdesk::records
