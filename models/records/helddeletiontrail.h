#pragma once

#include "identity.h"
#include "sync/helddeletionrecorder.h"

namespace proofdesk::records {

// Writes `repository.delete_held` to the audit trail, as the system under the operating
// system's user, for each held communication a sync kept after its repository deleted it.
class HeldDeletionTrail final : public sync::HeldDeletionRecorder
{
public:
    void keptHeld(cache::Database &db, const QString &communicationId, const QString &objectId,
                  qint64 deletedAt) override;
};

} // namespace proofdesk::records
