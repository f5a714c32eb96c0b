#pragma once

#include "records/reissue.h"

#include <QString>

namespace proofdesk::team {

// A reissue request as proofdesk.request_reissue takes it (JSON text, the table's column
// names). Who asked, when, the status and whether approval is needed are the server's.
QString reissueRequestJson(const records::ReissueRequest &request);

} // namespace proofdesk::team
