#include "recordsstore.h"

namespace proofdesk::records {

audit::AuditEntry RecordsStore::recordAccess(Action action, const QString &objectType, const QString &objectId,
                                             const QJsonObject &detail)
{
    require(action, objectType, objectId);
    return record(actionName(action), objectType, objectId, QString(), {},
                  detail.isEmpty() ? QJsonValue() : QJsonValue(detail));
}

} // namespace proofdesk::records
