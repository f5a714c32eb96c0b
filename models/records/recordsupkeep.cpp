#include "recordsupkeep.h"

#include "holddeliveries.h"
#include "reissueservice.h"

namespace proofdesk::records {

UpkeepReport afterSync(cache::Database &writer, const Identity &identity, const QString &dataDir)
{
    UpkeepReport report;
    const RecordsSession system = RecordsSession::system(writer, identity);
    report.fulfilledReissues = ReissueService(system).linkFulfilled();
    report.purged = purgeDisposed(writer, dataDir);
    // A scope hold covers communications that arrived with this sync: their repository
    // objects get the hold too.
    HoldDeliveries(writer).planScopeHolds(system.now());
    report.outbox = OutboxDispatcher(system).flush();
    return report;
}

} // namespace proofdesk::records
