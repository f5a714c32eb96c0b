#pragma once

#include "audit/audittrail.h"
#include "cache/sqlite.h"

#include <QList>
#include <QString>

namespace proofdesk::records {

// What the audit trail names when it speaks of one communication: the communication itself,
// its reissue requests (object type "reissue"), the holds it is or was under (as an item or
// through a hold's scope), its exception cases and the disposition batch that disposed of
// it. An evidence package carries the entries about all of them, and the audit view's
// object filter finds them from the letter's id. Read from this data folder's records
// (a team's holds and requests are mirrored there).
QList<audit::AuditObject> objectsAboutCommunication(cache::Database &db, const QString &communicationId);

} // namespace proofdesk::records
