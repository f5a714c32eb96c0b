#pragma once

#include "audit/auditentry.h"

#include <QJsonObject>

namespace proofdesk::team {

// An audit entry as the team database's functions return it (to_jsonb of an audit_entries
// row: the table's column names; before/after are the stored JSON text).
audit::AuditEntry auditEntryFromServer(const QJsonObject &row);

} // namespace proofdesk::team
