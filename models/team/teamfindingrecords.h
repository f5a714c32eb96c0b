#pragma once

#include "records/findingrecords.h"

namespace proofdesk::records {
class RecordsSession;
}

namespace proofdesk::team {

class TeamActor;

// Finding reviews and exception cases on a team. The team database applies and audits a review
// (proofdesk.review_finding); this folder keeps a copy (TeamMirror) that the findings read. An exception case goes to
// this folder's workflow repository through its own outbox, like a reissue; the team's trail records that it was
// opened.
class TeamFindingRecords : public records::FindingRecords
{
public:
    TeamFindingRecords(TeamActor &actor);

    records::FindingReview reviewFinding(const QString &kind, const QString &communicationId,
                                         const QString &note) override;
    QList<records::FindingReview> findingReviews(const QString &communicationId = {}) const override;
    records::ExceptionCase openExceptionCase(const QString &finding, const QString &communicationId,
                                             const QString &reason) override;
    QList<records::ExceptionCase> exceptionCases(const QString &communicationId = {}) const override;

private:
    TeamActor &m_actor;
    const records::RecordsSession &m_local;
};

} // namespace proofdesk::team
