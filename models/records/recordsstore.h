#pragma once

#include "auditrecords.h"
#include "dispositionrecords.h"
#include "findingrecords.h"
#include "holdrecords.h"
#include "outboxrecords.h"
#include "recordsactor.h"
#include "reissuerecords.h"
#include "rolerecords.h"

namespace proofdesk::records {

// What people do with records, whichever store keeps them: today the data folder's own
// records.sqlite (LocalRecordsStore); a team's shared database implements the same calls.
// A store is bound to one person acting in one role: every call checks the role table and
// the records rules and is audited by the store itself, so a caller can neither skip a check
// nor forget an entry. Refusals and bad input throw RecordsError.
//
// It is the sum of small interfaces, one per kind of records work, each with who acts
// (RecordsActor): a caller takes the one it needs (HoldRecords for the hold register,
// AuditRecords for the trail, …), as qBittorrent's small ResumeDataStorage. Callers (the
// desktop's jobs, the command-line client) get a store from services::ActionRunner and
// never reach the database behind it.
class RecordsStore : public HoldRecords,
                     public ReissueRecords,
                     public FindingRecords,
                     public DispositionRecords,
                     public AuditRecords,
                     public OutboxRecords,
                     public RoleRecords
{};

} // namespace proofdesk::records
