#include "accesslog.h"

#include "session.h"

namespace proofdesk::records {

void recordAccess(cache::Database &writer, const Identity &identity, std::optional<Role> role,
                  Action action, const QString &objectType, const QString &objectId,
                  const QJsonObject &detail)
{
    const RecordsSession session = RecordsSession::openFor(writer, identity, role, action);
    session.require(action, objectType, objectId);
    session.record(actionName(action), objectType, objectId, QString(), {},
                   detail.isEmpty() ? QJsonValue() : QJsonValue(detail));
}

} // namespace proofdesk::records
