#include "recordsactor.h"

namespace proofdesk::records {

audit::AuditEntry RecordsActor::recordAccess(Action action, const QString &objectType, const QString &objectId,
                                             const QJsonObject &detail)
{
    require(action, objectType, objectId);
    return record(actionName(action), objectType, objectId, QString(), QJsonValue(),
                  detail.isEmpty() ? QJsonValue() : QJsonValue(detail));
}

} // namespace proofdesk::records
