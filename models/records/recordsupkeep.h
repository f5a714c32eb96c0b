#pragma once

#include "disposition.h"
#include "identity.h"
#include "outboxdispatcher.h"

namespace proofdesk::records {

struct UpkeepReport
{
    int fulfilledReissues = 0;
    PurgeResult purged;
    FlushReport outbox;
};

// What the records side does after every sync or import (the desktop's sync job and
// `proofdesk-cli import|sync` call it): reissued communications that came back fulfil their
// requests, disposed communications that came back (a rebuilt cache) are taken out again,
// scope holds reach the repository objects of communications that arrived, and pending
// outbox items and hold deliveries are sent. Automatic steps are audited in the role "system".
// `kept`: whose trail made the folder's reissue requests (OutboxDispatcher::RequestsKept).
UpkeepReport afterSync(cache::Database &writer, const Identity &identity, const QString &dataDir,
                       OutboxDispatcher::RequestsKept kept);

} // namespace proofdesk::records
