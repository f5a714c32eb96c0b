#pragma once

#include "matter.h"

namespace proofdesk::records {

class RecordsSession;

// The one way a change reaches a matter on records.sqlite: inside the change's transaction,
// the matter as it is now, if this person may see it (MatterAccess: otherwise it is "no
// matter you may see", the refusal audited) and, for a change, if it is still open.
class MatterGate
{
public:
    explicit MatterGate(const RecordsSession &session);

    // Throws RecordsError(NotFound) for a matter that does not exist or that this person may
    // not see (the same words for both: an agent learns nothing of a matter not theirs).
    MatterInfo visible(const QString &matterId, const QString &action) const;
    // As visible(), and refused (Invalid) once the matter is closed.
    MatterInfo open(const QString &matterId, const QString &action) const;

private:
    const RecordsSession &m_session;
};

} // namespace proofdesk::records
