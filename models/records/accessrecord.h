#pragma once

#include "audit/auditentry.h"
#include "roles.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QString>

namespace proofdesk::records {

// A read (a search, a view of a document, an export of results) recorded through anything
// that checks roles and records entries (a RecordsStore, a RecordsSession): the role must
// permit `action` (a refusal is audited and thrown), then the entry is recorded under the
// action's name with `detail` as its after. One rule for the desktop, the CLI and the CLI's
// lean start (which has a session, not a store).
template <typename Recorder>
audit::AuditEntry recordAccessWith(Recorder &recorder, Action action, const QString &objectType,
                                   const QString &objectId, const QJsonObject &detail)
{
    recorder.require(action, objectType, objectId);
    return recorder.record(actionName(action), objectType, objectId, QString(), QJsonValue(),
                           detail.isEmpty() ? QJsonValue() : QJsonValue(detail));
}

} // namespace proofdesk::records
