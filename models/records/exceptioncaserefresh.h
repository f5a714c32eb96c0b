#pragma once

#include "workflowlookup.h"

namespace proofdesk::records {

class RecordsSession;

struct CaseRefreshReport
{
    int changed = 0;
    QStringList errors; // one per workflow repository that could not be asked
};

// Asks the workflow repository where each open exception case is (its historic process
// instance, by business key) and stores what changed: started → running → completed, or
// deleted with the engine's reason; a case that ended gets an audit entry with the engine's
// outcome (exception_case.engine_outcome). A case still in the outbox is not asked about. A
// repository that cannot be asked leaves its cases as they were and is named in errors.
CaseRefreshReport refreshExceptionCases(const RecordsSession &session, const ConnectorFactory &connectors);

} // namespace proofdesk::records
