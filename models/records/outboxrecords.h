#pragma once

#include "outboxdispatcher.h"
#include "recordsactor.h"

namespace proofdesk::records {

// The outbox: what actions queued for the repositories.
class OutboxRecords : public virtual RecordsActor
{
public:
    // Sends what actions queued for the repositories (each item once; see OutboxDispatcher).
    virtual FlushReport flushOutbox() = 0;
};

} // namespace proofdesk::records
