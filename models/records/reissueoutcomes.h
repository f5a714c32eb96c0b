#pragma once

#include "workflowlookup.h"

namespace proofdesk::records {

class RecordsSession;

struct ReissueOutcomeReport
{
    int ended = 0;      // requests the engine rejected or cancelled since the last time
    QStringList errors; // one per workflow repository that could not be asked
};

// Asks the workflow repository how the process instance of each sent reissue request ended
// (issue #25 item 4): deleted with a deleteReason makes the request cancelled (rejected when
// the reason starts "Rejected…"), completed with a rejection in its variables
// (sync/workflow/workflowoutcome.h) makes it rejected, each
// with the engine's reason and an audit entry (ReissueService::endByEngine). A running or
// completed instance leaves the request sent: the reissued communication coming back from
// the archive fulfils it (ReissueService::linkFulfilled).
ReissueOutcomeReport refreshReissueOutcomes(const RecordsSession &session, const ConnectorFactory &connectors);

} // namespace proofdesk::records
