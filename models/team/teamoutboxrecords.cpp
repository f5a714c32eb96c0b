#include "teamoutboxrecords.h"

#include "records/outboxdispatcher.h"
#include "teamactor.h"
#include "teammirror.h"

namespace proofdesk::team {

using records::Action;
using records::RecordsError;

TeamOutboxRecords::TeamOutboxRecords(TeamActor &actor)
    : m_actor(actor)
    , m_local(actor.local())
{}

records::FlushReport TeamOutboxRecords::flushOutbox()
{
    const records::FlushReport report =
        records::OutboxDispatcher(m_local, records::OutboxDispatcher::RequestsKept::OnTheTeam).flush();
    // What was sent, and what the workflow engine ended (pushReissueProgress tells the team).
    if (report.sent || report.reissuesEnded)
        refreshIfReachable([this] { TeamMirror(m_actor.server(), m_local.db()).refreshAll(m_local.device()); });
    return report;
}

} // namespace proofdesk::team
