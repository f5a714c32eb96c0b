#include "communicationcount.h"

#include "bulkload.h"
#include "sqlite.h"

namespace proofdesk::cache {

const char *countCommunicationsSql(const Database &db)
{
    if (Statement pending = db.prepareCached(BulkLoad::kAggregatesPendingSql); pending.step())
        return "SELECT count(*) FROM communications";
    return "SELECT coalesce(sum(n), 0) FROM agg_comm_month";
}

qint64 countCommunications(const Database &db)
{
    Statement st = db.prepareCached(countCommunicationsSql(db));
    return st.step() ? st.columnInt(0) : 0;
}

} // namespace proofdesk::cache
