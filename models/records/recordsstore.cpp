#include "recordsstore.h"

namespace proofdesk::records {

audit::AuditEntry RecordsStore::recordAccess(Action action, const QString &objectType, const QString &objectId,
                                             const QJsonObject &detail)
{
    require(action, objectType, objectId);
    return record(actionName(action), objectType, objectId, QString(), {},
                  detail.isEmpty() ? QJsonValue() : QJsonValue(detail));
}

audit::VerifyResult RecordsStore::verifyAuditAnchored(const audit::AuditAnchor &anchor,
                                                     const std::function<void(qint64)> &progress,
                                                     const std::atomic_bool *cancel)
{
    // Read first: verifying records an entry, which would take the seq of an anchored entry
    // that was removed and make a removal look like a rewrite.
    const std::optional<QString> anchored = anchor.seq > 0 ? auditEntryHash(anchor.seq) : std::nullopt;
    audit::VerifyResult result = verifyAudit(progress, cancel);
    audit::checkAnchor(result, anchor, anchored);
    return result;
}

} // namespace proofdesk::records
