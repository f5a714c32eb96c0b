#pragma once

#include "workflowcase.h"

namespace proofdesk::sync {

// What a repository that runs processes (a workflow engine) remembers of them: where the
// process an outbox item started is now. The records layer asks it for the outcome of reissue
// requests and exception cases (records/workflowlookup.h) without knowing which engine answers
// (RepositoryConnector::caseHistory).
class CaseHistory
{
public:
    virtual ~CaseHistory() = default;
    // The newest instance of the process for `itemKind` started with this business key (the
    // outbox item's idempotency key); State::None when there is none yet. Throws
    // ConnectorError naming the repository and request when the engine cannot be asked.
    virtual WorkflowCase caseState(const QString &itemKind, const QString &businessKey) = 0;
};

} // namespace proofdesk::sync
