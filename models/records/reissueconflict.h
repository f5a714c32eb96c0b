#pragma once

#include "cache/sqlite.h"
#include "recordserror.h"
#include "reissue.h"

namespace proofdesk::records {

// A step on a reissue request found it where the step does not apply: another
// desk, process or window decided first (between what this one read and its
// transaction), or it was never there. The error says who decided and when ("…
// was already rejected by carol at …"), from the request and the audit entry
// that set its status, in the interface language. `attempted` is the step's
// action ("reissue.cancel", …). RecordsError::Kind::Invalid, as a wrong state
// is everywhere (the team store's answer to the same conflict included).
RecordsError reissueMovedOn(cache::Database &db, const ReissueRequest &found, const QString &attempted);

} // namespace proofdesk::records
