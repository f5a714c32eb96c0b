#pragma once

#include "cache/sqlite.h"
#include "identity.h"
#include "roles.h"

#include <QJsonObject>

#include <optional>

namespace proofdesk::records {

// Records a read (a search, a view of a document, an evidence export) in the audit trail
// after checking the role table: the desktop's views and `proofdesk-cli search|show` call
// it before showing anything. `role` unset = the first granted role that may. Throws
// RecordsError(Refused), itself audited, when the user may not.
void recordAccess(cache::Database &writer, const Identity &identity, std::optional<Role> role,
                  Action action, const QString &objectType, const QString &objectId,
                  const QJsonObject &detail = {});

} // namespace proofdesk::records
