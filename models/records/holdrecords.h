#pragma once

#include "audit/auditentry.h"
#include "hold.h"
#include "holddeliverycounts.h"

namespace proofdesk::records {

// Legal holds: made, widened, narrowed and released by the records role; read by all.
class HoldRecords
{
public:
    virtual ~HoldRecords() = default;

    virtual HoldInfo createHold(const HoldSpec &spec, const HoldProgress &progress = {}) = 0;
    virtual qint64 addHoldItems(const QString &holdId, const QStringList &ids, const QString &reason,
                                const HoldProgress &progress = {}) = 0;
    virtual qint64 removeHoldItems(const QString &holdId, const QStringList &ids, const QString &reason) = 0;
    virtual HoldInfo releaseHold(const QString &holdId, const QString &reason) = 0;
    virtual QList<HoldInfo> list() const = 0;
    virtual std::optional<HoldInfo> findHold(const QString &holdId) const = 0;
    virtual QStringList holdMembers(const QString &holdId) const = 0;
    // The audit entries about a hold, oldest first.
    virtual QList<audit::AuditEntry> holdHistory(const QString &holdId) const = 0;
    // The repository objects that refused the hold for good (gone), with why; newest first.
    // Deliveries are this data folder's own work (its records.sqlite) in either store.
    virtual QList<HoldRefusal> holdRefusals(const QString &holdId, int limit) const = 0;
};

} // namespace proofdesk::records
