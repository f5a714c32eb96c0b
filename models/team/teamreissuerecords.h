#pragma once

#include "records/reissuerecords.h"

namespace proofdesk::records {
class RecordsSession;
}

namespace proofdesk::team {

class TeamActor;

// Reissue requests on the team database: requested by agents and officers, decided by another officer; an approved one
// is sent by the desk that approved it (or requested it without needing approval), through this folder's outbox.
class TeamReissueRecords : public records::ReissueRecords
{
public:
    TeamReissueRecords(TeamActor &actor);

    records::ReissueRequest planReissue(const records::ReissueSpec &spec) const override;
    records::ReissueRequest requestReissue(const records::ReissueSpec &spec) override;
    records::ReissueRequest approveReissue(const QString &requestId, const QString &note) override;
    records::ReissueRequest rejectReissue(const QString &requestId, const QString &note) override;
    records::ReissueRequest withdrawReissue(const QString &requestId, const QString &reason) override;
    QList<records::ReissueRequest> list(const QString &status = {}, const QString &communicationId = {}) const override;
    std::optional<records::ReissueRequest> findReissue(const QString &requestId) const override;

    // After a process died between the team database's approval and this desktop's outbox
    // (kill -9, power): requests this login approved, or requested without needing approval,
    // that are still "approved" on the server are put in the outbox and marked queued.
    int resumeApproved();

private:
    // Approve or reject (`action` reissue.approve or reissue.reject, by `function` on the team).
    records::ReissueRequest decide(const QString &action, const QString &function, const QString &requestId,
                                   const QString &note);
    // Brings the copy up to date and sends an approved request from this desk; offline, the
    // provisional answer (the draft, or the copy, with status "offline").
    records::ReissueRequest afterReissueChange(const QString &id, const QJsonValue &row,
                                               const records::ReissueRequest *draft = nullptr);
    // Throws RecordsError unless this desk can send `r` to `repository` (the team's identity
    // of the original's repository) or has a workflow service that sends reissues.
    void requireSendable(const records::ReissueRequest &r, const QString &repository) const;

    TeamActor &m_actor;
    const records::RecordsSession &m_local;
};

} // namespace proofdesk::team
