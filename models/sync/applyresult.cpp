#include "applyresult.h"

namespace proofdesk::sync {

void ApplyResult::add(const ApplyResult &other)
{
    accepted += other.accepted;
    unchanged += other.unchanged;
    deleted += other.deleted;
    keptHeld += other.keptHeld;
    outsideScope += other.outsideScope;
    leftScope += other.leftScope;
    rejected += other.rejected;
    warnings += other.warnings;
    communicationsAccepted += other.communicationsAccepted;
}

} // namespace proofdesk::sync
