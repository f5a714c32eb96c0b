#include "workflowcase.h"

namespace proofdesk::sync {

QString WorkflowCase::stateName(State state)
{
    switch (state) {
    case State::Running:
        return QStringLiteral("running");
    case State::Completed:
        return QStringLiteral("completed");
    case State::Deleted:
        return QStringLiteral("deleted");
    case State::None:
        break;
    }
    return QStringLiteral("none");
}

} // namespace proofdesk::sync
