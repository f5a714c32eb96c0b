#pragma once

#include "localauditrecords.h"
#include "localdispositionrecords.h"
#include "localfindingrecords.h"
#include "localholdrecords.h"
#include "localmatterrecords.h"
#include "localoutboxrecords.h"
#include "localrecordsactor.h"
#include "localrecordsfolder.h"
#include "localreissuerecords.h"
#include "localrolerecords.h"
#include "recordsstore.h"

namespace proofdesk::records {

// The embedded records store: records.sqlite beside the cache (attached as `rec` to the writer
// connection). The services (HoldService, ReissueService, DispositionService) hold the rules;
// its parts, one per kind of records work (LocalHoldRecords, ...), are the doors callers go
// through, each acting as LocalRecordsActor.
class LocalRecordsStore : public RecordsStore
{
public:
    // `session` must outlive the store; `dataDir` is the data folder (certificates, purges).
    LocalRecordsStore(const RecordsSession &session, QString dataDir);

    RecordsActor &actor() override { return m_actor; }
    HoldRecords &holds() override { return m_holds; }
    ReissueRecords &reissues() override { return m_reissues; }
    FindingRecords &findings() override { return m_findings; }
    DispositionRecords &disposition() override { return m_disposition; }
    AuditRecords &audit() override { return m_audit; }
    OutboxRecords &outbox() override { return m_outbox; }
    RoleRecords &roles() override { return m_roles; }
    MatterRecords &matters() override { return m_matters; }

    const RecordsSession &session() const { return m_folder.session(); }
    // Every change is refused with `why` (a copy of a team's records after `team disconnect`);
    // reads, and the records of reads, go on.
    void setReadOnly(const QString &why) { m_folder.setReadOnly(why); }

private:
    LocalRecordsFolder m_folder;
    LocalRecordsActor m_actor;
    LocalHoldRecords m_holds;
    LocalReissueRecords m_reissues;
    LocalFindingRecords m_findings;
    LocalDispositionRecords m_disposition;
    LocalAuditRecords m_audit;
    LocalOutboxRecords m_outbox;
    LocalRoleRecords m_roles;
    LocalMatterRecords m_matters;
};

} // namespace proofdesk::records
