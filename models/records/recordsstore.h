#pragma once

#include "auditrecords.h"
#include "dispositionrecords.h"
#include "findingrecords.h"
#include "holdrecords.h"
#include "matterrecords.h"
#include "outboxrecords.h"
#include "recordsactor.h"
#include "reissuerecords.h"
#include "rolerecords.h"

namespace proofdesk::records {

// What people do with records, whichever store keeps them: the data folder's own
// records.sqlite (LocalRecordsStore) or a team's shared database (team::TeamRecordsStore). A
// store is bound to one person acting in one role: every call checks the role table and the
// records rules and is audited by the store itself, so a caller can neither skip a check nor
// forget an entry. Refusals and bad input throw RecordsError.
//
// A store is one small interface per kind of records work, each a class of its own in either
// store, over who acts (RecordsActor): a caller takes the one it uses (HoldRecords for the hold
// register, AuditRecords for the trail, ...) and never knows which store it has, as
// qBittorrent's session and its ResumeDataStorage. Callers (the desktop's jobs, the
// command-line client) get a store from services::ActionRunner and never reach the database
// behind it.
class RecordsStore
{
public:
    virtual ~RecordsStore() = default;

    virtual RecordsActor &actor() = 0;
    virtual HoldRecords &holds() = 0;
    virtual ReissueRecords &reissues() = 0;
    virtual FindingRecords &findings() = 0;
    virtual DispositionRecords &disposition() = 0;
    virtual AuditRecords &audit() = 0;
    virtual OutboxRecords &outbox() = 0;
    virtual RoleRecords &roles() = 0;
    virtual MatterRecords &matters() = 0;
};

} // namespace proofdesk::records
