#pragma once

#include "outboxdispatcher.h"

namespace proofdesk::records {

// The outbox: what actions queued for the repositories.
class OutboxRecords
{
public:
    virtual ~OutboxRecords() = default;

    // Sends what actions queued for the repositories (each item once; see OutboxDispatcher).
    virtual FlushReport flushOutbox() = 0;
};

} // namespace proofdesk::records
