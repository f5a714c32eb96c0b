#pragma once

#include "records/outboxrecords.h"

namespace proofdesk::records {
class RecordsSession;
}

namespace proofdesk::team {

class TeamActor;

// This folder's outbox on a team: sent to the repositories, then the team told what was sent and what the workflow
// engine ended.
class TeamOutboxRecords : public records::OutboxRecords
{
public:
    TeamOutboxRecords(TeamActor &actor);

    records::FlushReport flushOutbox() override;

private:
    TeamActor &m_actor;
    const records::RecordsSession &m_local;
};

} // namespace proofdesk::team
