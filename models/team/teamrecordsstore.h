#pragma once

#include "records/recordsstore.h"
#include "teamactor.h"
#include "teamauditrecords.h"
#include "teamdispositionrecords.h"
#include "teamfindingrecords.h"
#include "teamholdrecords.h"
#include "teammatterrecords.h"
#include "teamoutboxrecords.h"
#include "teamreissuerecords.h"
#include "teamrolerecords.h"

#include <QJsonValue>

namespace proofdesk::team {

// The records store of a team: holds, reissues, disposition decisions, finding reviews and
// the audit trail live in the team database, whose functions check the role and the records
// rule and write the audit entry (teamschema.sql). Its parts, one per kind of records work
// (TeamHoldRecords, ...), act through one TeamActor: the role table checked first, each action
// sent with an idempotency key, the local mirror kept current (TeamMirror). What only this
// desktop has, the cache and the outbox to the repositories, is reached through `local` (a
// system session on the writer).
class TeamRecordsStore : public records::RecordsStore
{
public:
    using Connect = TeamActor::Connect;

    // `connect` opens a connection (again, after one dropped); `role` is the role acted in,
    // which must be among the login's group roles (checked by ActionRunner and the server).
    TeamRecordsStore(Connect connect, std::unique_ptr<PgConnection> connection, records::Role role,
                     const records::RecordsSession &local, QString dataDir);

    records::RecordsActor &actor() override { return m_actor; }
    records::HoldRecords &holds() override { return m_holds; }
    records::ReissueRecords &reissues() override { return m_reissues; }
    records::FindingRecords &findings() override { return m_findings; }
    records::DispositionRecords &disposition() override { return m_disposition; }
    records::AuditRecords &audit() override { return m_audit; }
    records::OutboxRecords &outbox() override { return m_outbox; }
    records::RoleRecords &roles() override { return m_roles; }
    records::MatterRecords &matters() override { return m_matters; }

    // Offline: the team database could not be reached. Changes are kept in this folder's
    // TeamOutbox (sent in order, once, when it is back) and answered provisionally (a request
    // or hold with status "offline"); reads use the local copy; what needs the server's answer
    // now (disposition, the whole trail) fails, saying so.
    void goOffline(const QString &login, const QString &why) { m_actor.goOffline(login, why); }
    bool isOffline() const { return m_actor.isOffline(); }
    void setMayWait(bool mayWait) { m_actor.setMayWait(mayWait); }

    // The connection, opened again if it dropped (never hold it across a call(): a retry may
    // replace it).
    PgConnection &connection() const { return m_actor.server(); }

    // After a process died between the team database's answer and this desktop's outbox
    // (kill -9, power): approved requests (TeamReissueRecords::resumeApproved) and hold
    // revisions (TeamHoldRecords::resume) this login left unqueued are queued now.
    int resumeApproved();

    // An admin adds a login to the team with its roles (proofdesk.add_user, which checks the
    // admin and records it). Throws TeamError. Returns the server's answer.
    QJsonValue addUser(const QString &login, const QString &password, const QStringList &roles);

    // Tests: see TeamActor::setCallHook.
    using CallHook = TeamActor::CallHook;
    static void setCallHook(CallHook hook) { TeamActor::setCallHook(std::move(hook)); }

private:
    TeamActor m_actor;
    TeamAuditRecords m_audit;
    TeamHoldRecords m_holds;
    TeamReissueRecords m_reissues;
    TeamFindingRecords m_findings;
    TeamDispositionRecords m_disposition;
    TeamOutboxRecords m_outbox;
    TeamRoleRecords m_roles;
    TeamMatterRecords m_matters;
};

} // namespace proofdesk::team
