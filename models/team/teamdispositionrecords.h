#pragma once

#include "records/dispositionrecords.h"

namespace proofdesk::records {
class RecordsSession;
}

namespace proofdesk::team {

class TeamActor;

// Disposition on a team: the team database decides against every hold; this desk purges its copy.
class TeamDispositionRecords : public records::DispositionRecords
{
public:
    TeamDispositionRecords(TeamActor &actor);

    QList<records::EligibleItem> dispositionReview(int limit = -1,
                                                   records::ReviewRead read = records::ReviewRead::Review) override;
    records::DispositionResult approveDisposition(const QStringList &ids, const QString &reason) override;
    qint64 heldEligibleCount() const override;
    std::optional<records::Tombstone> tombstone(const QString &communicationId) const override;

private:
    TeamActor &m_actor;
    const records::RecordsSession &m_local;
};

} // namespace proofdesk::team
