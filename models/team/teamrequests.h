#pragma once

#include "records/reissue.h"

#include <QString>

namespace proofdesk::cache {
class Database;
}

namespace proofdesk::team {

// A reissue request as proofdesk.request_reissue takes it (JSON text, the table's column
// names), its repository named by identity (repositoryidentity.h), never by this folder's
// number for it. Who asked, when, the status, whether approval is needed and, when the team
// has the communication's facts, the repository are the server's.
QString reissueRequestJson(cache::Database &db, const records::ReissueRequest &request);

} // namespace proofdesk::team
