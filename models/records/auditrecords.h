#pragma once

#include "audit/auditanchor.h"
#include "audit/audittrail.h"
#include "audit/auditverifier.h"
#include "recordsactor.h"

#include <QIODevice>
#include <atomic>
#include <functional>

namespace proofdesk::records {

// The audit trail as this person may see it, exported, verified and anchored.
class AuditRecords
{
public:
    virtual ~AuditRecords() = default;

    // The audit trail as this person may see it: everyone's entries for a role that may view
    // the trail, one's own only for an agent (whatever the filter says), refused otherwise.
    // `ownOnly` tells the caller which applied.
    virtual QList<audit::AuditEntry> auditEntries(audit::AuditFilter filter, bool *ownOnly = nullptr) = 0;
    // The objects the trail names about one communication (records::objectsAboutCommunication):
    // put in AuditFilter::objects, the entries about the letter, whatever object they name.
    virtual QList<audit::AuditObject> objectsAbout(const QString &communicationId) const = 0;
    virtual qint64 exportAudit(QIODevice &out, audit::AuditFilter filter, bool *ownOnly = nullptr) = 0;
    // The newest sequence number (entries have no gaps), for paging the newest entries.
    virtual qint64 auditCount() const = 0;
    // Recomputes the chain (ViewAuditTrail) and records that it was verified.
    virtual audit::VerifyResult verifyAudit(const std::function<void(qint64)> &progress = {},
                                            const std::atomic_bool *cancel = nullptr) = 0;

    // The chain head to keep outside the store (ViewAuditTrail; recorded as "audit.anchor").
    virtual audit::AuditAnchor auditAnchor() = 0;
    // The hash the entry `seq` has now, nullopt if there is none (ViewAuditTrail).
    virtual std::optional<QString> auditEntryHash(qint64 seq) const = 0;
    // verifyAudit, then checkAnchor: the chain, and that the anchored entry still has the
    // anchored hash (so that removed newest entries or a consistently rewritten chain fail).
    audit::VerifyResult verifyAuditAnchored(const audit::AuditAnchor &anchor,
                                            const std::function<void(qint64)> &progress = {},
                                            const std::atomic_bool *cancel = nullptr);
};

// AuditRecords::exportAudit as a person does it (the CLI's `audit export`, the audit view's
// Export): the entries as JSON lines; then `finish` (which commits the file and throws when it
// cannot); then an "audit.export" entry by `actor` naming the destination, the filter and the
// count. Nothing is recorded when writing or finishing fails.
qint64 exportAuditRecorded(AuditRecords &audit, RecordsActor &actor, QIODevice &out, const audit::AuditFilter &filter,
                           const QString &destination, const std::function<void()> &finish);

} // namespace proofdesk::records
